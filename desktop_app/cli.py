"""Command line: ``python -m desktop_app COMMAND …``.

Exit codes: 0 done; 2 bad input or a database problem (message on stderr,
nothing written); 1 an unexpected internal error.
"""
from __future__ import annotations

import argparse
import sys
import unicodedata
from pathlib import Path
from typing import Optional, Sequence

from . import APP_NAME, __version__
from . import cli_documents
from . import cli_excel
from . import cli_audit, cli_status
from .cli_common import UsageError, database_path, describe_refusal, open_database
from .domain.messages import MessageError
from .domain.numbers import to_text
from .domain.scoring import YearResult, compute
from .jsontext import dumps_json
from .paths import default_database_path
from .services import DEMO_YEAR, YearService, YearSession
from .yearfile import read_year_bundle, read_year_file

EXIT_OK, EXIT_INTERNAL, EXIT_INPUT = 0, 1, 2


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int, right: bool) -> str:
    space = " " * max(0, width - _width(text))
    return space + text if right else text + space


def format_table(result: YearResult, category_names: dict[str, str], class_names: Optional[dict[str, str]] = None) -> str:
    """The ranking as aligned text; with ``class_names`` (a year with classes) a 类别 column, and
    an 调整 column when the year has an adjustment register."""
    classes = ["类别"] if class_names else []
    adjusted = ["调整"] if result.rows and result.rows[0].adjustment_detail is not None else []
    headers = ["排名", "镇街", *classes, *category_names.values(), "满分", "得分", "折算", "加分", "督查", *adjusted, "最终",
               "等次", "备注"]
    rows = []
    for row in result.rows:
        notes = []
        if row.vetoed:
            notes.append("一票否决")
        if not row.complete:
            notes.append(f"未完成（缺 {len(row.missing_parts)} 项）")
        rows.append([str(row.rank), row.name, *([class_names.get(row.town_class, row.town_class or "")] if classes else []),
                     *(f"{row.categories[c]:.2f}" for c in category_names),
                     to_text(row.full), f"{row.raw:.2f}", f"{row.normalised:.2f}", f"{row.bonus:.2f}",
                     f"{row.inspection:.2f}", *([f"{row.adjustment:.2f}"] if adjusted else []), f"{row.final:.2f}",
                     row.grade, "、".join(notes)])
    widths = [max(_width(cell) for cell in column) for column in zip(headers, *rows)]
    numeric = [False, False, *(False for _ in classes)] + [True] * (len(headers) - 4 - len(classes)) + [False, False]
    lines = ["  ".join(_pad(cell, w, r) for cell, w, r in zip(line, widths, numeric)).rstrip()
             for line in [headers, *rows]]
    lines.insert(1, "-" * (sum(widths) + 2 * (len(widths) - 1)))
    if not result.complete:
        lines.append("注意：尚有未填报的打分项，结果为临时结果（缺项按 0 分计）。")
    return "\n".join(lines) + "\n"


def _print_result(result: YearResult, year, fmt: str) -> None:
    if fmt == "json":
        sys.stdout.write(dumps_json([row.as_json() for row in result.rows]))
    else:
        sys.stdout.write(f"{year.title}（{year.year} 年度）\n")
        sys.stdout.write(format_table(result, {c.code: c.name for c in year.categories},
                                      {c.code: c.name for c in year.town_classes}))



def cmd_compute(args) -> int:
    if (args.file is None) == (args.year is None):
        raise UsageError("compute 需要年度文件或 --year 年度（二选一）")
    if args.file is not None:
        year = read_year_file(args.file)
    else:
        with open_database(args) as store:
            year = YearService(store).load(args.year)
    _print_result(compute(year), year, args.format)
    return EXIT_OK


def cmd_validate(args) -> int:
    year = read_year_file(args.file)
    print(f"{args.file}: 有效。{year.year} 年度，{len(year.towns)} 个镇街，"
          f"{sum(1 for _ in year.parts())} 个打分部分，{len(year.scores)} 条得分。")
    cli_documents.print_font_warnings(cli_documents.year_font_warnings(args, year))
    return EXIT_OK


def cmd_import(args) -> int:
    year, follow_up = read_year_bundle(args.file)  # fully checked before the database is opened
    with open_database(args, create=True) as store:  # importing into a new file makes it
        YearService(store).import_year(year, replace=args.replace, source=str(args.file), follow_up=follow_up)
        print(f"已导入 {year.year} 年度（{len(year.towns)} 个镇街，{len(year.scores)} 条得分）到 {store.path}")
    return EXIT_OK


def cmd_export(args) -> int:
    with open_database(args) as store:
        YearService(store).export_file(args.year, args.output)
    print(f"已导出 {args.year} 年度到 {args.output}")
    return EXIT_OK


def cmd_years(args) -> int:
    with open_database(args) as store:
        years = YearService(store).years()
        print(f"数据库：{store.path}")
    for number, title in years:
        print(f"{number}\t{title}")
    return EXIT_OK


def cmd_rollup(args) -> int:
    """Score a town's roll-up part from the year file its level below exported."""
    from .services.rollup import import_lower_year

    with open_database(args) as store:
        session = YearSession(store, args.year)
        rollup = import_lower_year(session, args.town, args.part, args.file)
        row = session.result.by_code()[args.town]
        print(f"已汇总 {args.file}（{len(rollup.units)} 个单位，数据指纹 {rollup.fingerprint}）："
              f"{session.town_name(args.town)} 打分部分 {args.part}；最终得分 {row.final:.2f}，第 {row.rank} 名，{row.grade}")
    return EXIT_OK


def cmd_gui(args) -> int:
    """No command: the desktop window."""
    from .gui.app import run

    return run(database_path(args), getattr(args, "year", None))


def cmd_show(args) -> int:
    """The ranking of a stored year (default: the demo year) as a table."""
    with open_database(args) as store:
        service = YearService(store)
        years = service.years()
        if not years:
            print(f"数据库 {store.path} 中还没有年度。用 import 导入年度文件。")
            return EXIT_OK
        wanted = getattr(args, "year", None)
        number = wanted or (DEMO_YEAR if any(y == DEMO_YEAR for y, _ in years) else years[-1][0])
        year = service.load(number)
        print(f"数据库：{store.path}")
    _print_result(compute(year), year, "table")
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m desktop_app", description=f"{APP_NAME}：镇街年度考核计分、排名与定等。")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument("--db", help=f"数据库文件（默认 {default_database_path()}）")
    parser.add_argument("--user", help="以此账户登录（修改设有账户的数据库时需要；密码在提示时输入，或由环境变量 DESK_PASSWORD 提供）")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    def add(name, handler, help_text, *, writes: bool = False):
        sub = commands.add_parser(name, help=help_text, description=help_text)
        sub.add_argument("--db", default=argparse.SUPPRESS, help="数据库文件")
        if writes:  # a change to a database with accounts is made as a signed-in account
            sub.add_argument("--user", default=argparse.SUPPRESS, help="登录账户（密码在提示时输入，或由环境变量 DESK_PASSWORD 提供）")
        sub.set_defaults(handler=handler)
        return sub

    sub = add("compute", cmd_compute, "计算考核结果（从年度文件或数据库）")
    sub.add_argument("file", nargs="?", type=Path, help="年度文件 YEAR.json")
    sub.add_argument("--year", type=int, help="数据库中的年度")
    sub.add_argument("--format", choices=["json", "table"], default="table", help="输出格式")
    sub = add("validate", cmd_validate, "检查年度文件")
    sub.add_argument("file", type=Path)
    sub = add("import", cmd_import, "把年度文件导入数据库（全部导入或不导入）", writes=True)
    sub.add_argument("file", type=Path)
    sub.add_argument("--replace", action="store_true", help="替换数据库中已有的同一年度")
    sub = add("rollup", cmd_rollup, "用下级导出的年度文件计算某镇街的下级结果汇总部分", writes=True)
    sub.add_argument("file", type=Path, help="下级的年度文件")
    sub.add_argument("--year", type=int, required=True)
    sub.add_argument("--town", required=True, help="本年度中该下级所属的单位编码")
    sub.add_argument("--part", required=True, help="下级结果汇总的打分部分编码")
    sub = add("export", cmd_export, "把数据库中的年度导出为年度文件")
    sub.add_argument("--year", type=int, required=True)
    sub.add_argument("-o", "--output", type=Path, required=True)
    add("years", cmd_years, "列出数据库中的年度")
    sub = add("show", cmd_show, "以表格显示数据库中某年度的排名（默认演示年度）")
    sub.add_argument("--year", type=int)
    cli_status.add_commands(add)
    cli_excel.add_commands(add)
    cli_documents.add_commands(add)
    cli_audit.add_commands(add)
    sub = add("gui", cmd_gui, "打开桌面窗口（不带命令时的默认操作）")
    sub.add_argument("--year", type=int)
    return parser


def main(argv: Optional[Sequence[str]] = None) -> int:
    if not sys.stdout.isatty():
        sys.stdout.reconfigure(encoding="utf-8")
    parser = build_parser()
    args = parser.parse_args(argv)
    handler = getattr(args, "handler", cmd_gui)
    try:
        return handler(args)
    except UsageError as exc:
        parser.print_usage(sys.stderr)
        print(describe_refusal(exc), file=sys.stderr)
    except MessageError as exc:
        print(describe_refusal(exc), file=sys.stderr)
    except OSError as exc:
        print(f"错误：无法写入或读取 {exc.filename or ''}：{exc.strerror or exc}", file=sys.stderr)
    return EXIT_INPUT
