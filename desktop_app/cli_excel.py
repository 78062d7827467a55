"""Command-line Excel commands: department templates out, returned sheets in, results workbook.

``import-sheet`` reads and checks the file before the database is opened, prints
what will change and applies it all or nothing; any problem exits with code 2
and lists every faulty cell (``文件: 打分表!D7: …``).
"""
from __future__ import annotations

import argparse
import datetime
from pathlib import Path

from .cli_common import UsageError, open_database
from .services import YearSession

# The workbook modules load openpyxl, which other commands should not wait for:
# they are imported in the commands that use them.

LISTED_CHANGES = 50



def _date(text: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}”不是日期，请写作 2024-06-28") from None


def cmd_import_sheet(args) -> int:
    from .excel.returned import CHANGED, NEW, read_returned_sheet, score_text, year_missing
    from .services.sheets import apply_sheet, preview_sheet

    sheet = read_returned_sheet(args.file)  # fully read and recognised before the database is opened
    with open_database(args) as store:
        years = [number for number, _ in store.list_years()]
        number = args.year or sheet.year
        if number not in years:
            raise year_missing(sheet, years)
        session = YearSession(store, number)
        preview = preview_sheet(session, sheet, department=args.department)
        if preview.problems:
            raise preview.error()
        counts = preview.counts()
        print(f"{args.file}：{preview.year} 年度 {preview.department_name}打分表")
        for kind, label in ((NEW, "新增"), (CHANGED, "修改")):
            listed = [change for change in preview.changes if change.kind == kind]
            for change in listed[:LISTED_CHANGES]:
                print(f"  {label} {change.cell} {change.town_name} / {change.part_name}（{change.part}）："
                      f"{score_text(change.before)} → {score_text(change.after)}")
            if len(listed) > LISTED_CHANGES:
                print(f"  ……另有 {len(listed) - LISTED_CHANGES} 项{label}")
        summary = (f"新增 {counts[NEW]} 项，修改 {counts[CHANGED]} 项，未变 {counts['unchanged']} 项，"
                   f"未填 {counts['blank']} 格")
        if args.dry_run:
            print(f"检查通过：{summary}。（--dry-run：未写入数据库）")
            return 0
        if not preview.scores_to_apply():
            print(f"没有变化：{summary}。数据库未改动。")
            return 0
        _, applied = apply_sheet(session, sheet, department=args.department)
        print(f"已导入到 {store.path}：新增 {applied['new']} 项，修改 {applied['changed']} 项，"
              f"未变 {applied['unchanged']} 项，未填 {counts['blank']} 格")
    return 0


def cmd_export_templates(args) -> int:
    with open_database(args) as store:
        written = _write_templates(args, YearSession(store, args.year))
    for path in written:
        print(path)
    print(f"已导出 {len(written)} 个打分表")
    return 0


def _write_templates(args, session: YearSession) -> list:
    """The templates asked for, signed with the database's key (services.sheets)."""
    from .excel.template import department_columns, template_file_name
    from .services.sheets import export_template, export_templates

    year = session.year
    if not args.department:
        return export_templates(session, args.output, include_scores=args.with_scores)
    if args.department not in {d.code for d in year.departments}:
        raise UsageError(f"{args.year} 年度没有编码为 {args.department} 的部门。"
                         f"可用：{'、'.join(d.code + ' ' + d.name for d in year.departments)}")
    if not department_columns(year, args.department):
        raise UsageError(f"部门 {args.department} 在 {args.year} 年度没有需要打分的指标。")
    target = Path(args.output)
    if target.is_dir() or not target.suffix:
        target = target / template_file_name(year, args.department)
    return [export_template(session, args.department, target, include_scores=args.with_scores)]


def cmd_export_results(args) -> int:
    from .excel.submission import write_submission_workbook
    from .services.attachments import Attachments

    with open_database(args) as store:
        session = YearSession(store, args.year)
        year, result, state = session.year, session.result, session.state()
        evidence = Attachments(store, args.year).names_by_owner()
    write_submission_workbook(year, result, args.output, today=args.date, state=state, evidence=evidence)
    print(f"已导出 {args.year} 年度上报表格到 {args.output}（{'正式' if state.official else '草稿'}，数据指纹 {state.fingerprint}）")
    if not state.official:
        print(f"是草稿，因为尚有 {len(state.failing)} 项条件未满足（python -m desktop_app status 可看全部）。")
    return 0


def add_commands(add) -> None:
    """Register the Excel commands with the main parser's ``add(name, handler, help)``."""
    sub = add("import-sheet", cmd_import_sheet, "导入部门交回的打分表（Excel），全部导入或不导入", writes=True)
    sub.add_argument("file", type=Path, help="交回的打分表 FILE.xlsx")
    sub.add_argument("--year", type=int, help="应属的年度（默认取表中的年度）")
    sub.add_argument("--department", help="应属的部门编码（给出时核对）")
    sub.add_argument("--dry-run", action="store_true", help="只检查并列出变化，不写入")
    sub = add("export-templates", cmd_export_templates, "导出部门空白打分表（Excel），每个部门一个文件")
    sub.add_argument("--year", type=int, required=True)
    sub.add_argument("-o", "--output", type=Path, required=True, help="输出文件夹（或 --department 时的文件名）")
    sub.add_argument("--department", help="只导出这个部门（编码）")
    sub.add_argument("--with-scores", action="store_true", help="填入已录入的得分（供核对）")
    sub = add("export-results", cmd_export_results, "导出上报表格（Excel：汇总表、明细、加分、督查评估、一票否决）")
    sub.add_argument("--year", type=int, required=True)
    sub.add_argument("-o", "--output", type=Path, required=True, help="输出文件 FILE.xlsx")
    sub.add_argument("--date", type=_date, help="填报日期 YYYY-MM-DD（默认今天）")
