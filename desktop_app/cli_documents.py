"""Command line for the official documents: ``notice``, ``letters``, ``score-sheet``.

The year comes from a year file or from the database (``--year``). Font paths and
electronic seals are settings of the database; an electronic seal is used only
when ``--seal`` asks for it, which is the confirmation of that use.
"""
from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Optional

from .atomicfile import write_atomically
from .cli_common import UsageError, database_path, open_database
from .documents import (
    FontSet, build_letters, build_letters_combined, build_notice, build_score_sheet, draft_path,
    notice_texts, safe_file_name,
)
from .documents.coverage import font_warnings
from .documents.fonts import ROLES, resolve_fonts
from .documents.seal import DEFAULT_DIAMETER_MM
from .domain.scoring import compute
from .domain.status import year_state
from .services import YearService, YearSession
from .services.documents import DocumentSettings
from .services.attachments import Attachments
from .services.ledger import RectificationLedger
from .yearfile import read_year_file

def year_font_warnings(args, year) -> list:
    """Texts of ``year`` with characters the documents cannot print, with the fonts of the
    database named by ``--db`` (its font settings) or else the office's standard ones."""
    if database_path(args) is None:
        return font_warnings(year)
    with open_database(args) as store:
        return DocumentSettings(store).font_warnings(year)


def print_font_warnings(warnings) -> None:
    """Warnings, not refusals: the year is valid, only a document that prints such a text is refused."""
    if not warnings:
        return
    print(f"警告：有 {len(warnings)} 处文字含公文字体印不出的字（年度数据本身有效；印有这些字的公文会被拒绝生成）：")
    for warning in warnings:
        print(f"  - {warning.describe()}")


def _font_options(values) -> dict[str, str]:
    paths = {}
    for value in values or ():
        role, _, path = value.partition("=")
        if role not in ROLES or not path:
            raise UsageError(f"--font 的写法是 角色=字体文件，角色为 {'、'.join(ROLES)} 之一；收到“{value}”")
        if not Path(path).is_file():
            raise UsageError(f"找不到字体文件 {path}")
        paths[role] = path
    return paths


@contextlib.contextmanager
def _source(args):
    """(year, its state, settings or None) from a year file or the database. A year file
    says nothing of submissions, so its documents are drafts; a stored year's state says."""
    if (args.file is None) == (args.year is None):
        raise UsageError(f"{args.command} 需要年度文件或 --year 年度（二选一）")
    database = database_path(args)
    if args.file is not None:
        year = read_year_file(args.file)
        state = year_state(year, compute(year), {})
        if database is None:
            yield year, state, None
            return
        with open_database(args) as store:
            yield year, state, DocumentSettings(store)
        return
    with open_database(args) as store:
        session = YearSession(store, args.year)
        yield session.year, session.state(), DocumentSettings(store)


def _issue(args, state) -> dict:
    """Draft unless asked for one or the year is not official; the fingerprint always."""
    return {"draft": args.draft or not state.official, "fingerprint": state.fingerprint}


def _prepare(args, settings: Optional[DocumentSettings], signatures):
    configured = settings.font_paths() if settings else {}
    configured.update(_font_options(args.font))
    fonts = FontSet(resolve_fonts(configured))
    seals, diameter = None, DEFAULT_DIAMETER_MM
    if getattr(args, "seal", False):
        if settings is None:
            raise UsageError("电子印章保存在数据库中：使用 --seal 时请用 --year（或 --db）指明数据库")
        seals = settings.seals_for_use(signatures, f"命令行 {args.command}：{args.output}", getattr(args, "year", None))
        missing = [name for name in signatures if name not in seals]
        if missing:
            raise UsageError(f"数据库中没有“{'、'.join(missing)}”的电子印章；请在“公文输出”页设置，或去掉 --seal 留出盖章位置")
        diameter = settings.seal_diameter_mm()
    return fonts, seals, diameter


def _report(path: Path, built, state=None) -> None:
    kind = "草稿" if built.draft else "正式版"
    print(f"已生成 {path}（{built.page_count} 页，{kind}）")
    _say_why(built.draft, state)


def _say_why(draft: bool, state) -> None:
    if draft and state is not None and state.failing:
        print(f"是草稿，因为尚有 {len(state.failing)} 项条件未满足：")
        for failing in state.failing[:20]:
            print(f"  - {failing.problem.render()}")
        if len(state.failing) > 20:
            print(f"  ……另有 {len(state.failing) - 20} 项（python -m desktop_app status 可看全部）")


def cmd_notice(args) -> int:
    with _source(args) as (year, state, settings):
        texts = notice_texts(year)
        if args.date:
            texts["date"] = args.date
        fonts, seals, diameter = _prepare(args, settings, texts.get("signatures") or texts.get("marks") or [])
        if settings is not None and args.year is not None:
            YearService(settings.store).refuse_doc_number_used_elsewhere(texts.get("doc_number", ""), year.year)
        built = build_notice(year, compute(year), texts, fonts=fonts, seals=seals, seal_diameter_mm=diameter,
                             **_issue(args, state))
    path = write_atomically(draft_path(args.output, built.draft), built.pdf)
    _report(path, built, state)
    return 0


def cmd_letters(args) -> int:
    with _source(args) as (year, state, settings):
        texts = notice_texts(year)
        if args.date:
            texts["date"] = args.date
        fonts, seals, diameter = _prepare(args, settings, [texts.get("letter_signature", "")])
        result = compute(year)
        towns = args.town or None
        output = Path(args.output)
        # a stored year's letters list each town's open problems of its rectification ledger
        stored = settings is not None and args.year is not None
        ledger = RectificationLedger(settings.store, year.year).open_entries_by_town() if stored else None
        evidence = Attachments(settings.store, year.year).names_by_owner() if stored else None
        if args.single_file:
            built = build_letters_combined(year, result, texts, towns=towns, fonts=fonts, seals=seals,
                                           seal_diameter_mm=diameter, ledger=ledger, evidence=evidence,
                                           **_issue(args, state))
            target = output if output.suffix.lower() == ".pdf" else output / f"{year.year}年度考核结果反馈.pdf"
            _report(write_atomically(draft_path(target, built.draft), built.pdf), built, state)
            return 0
        if output.suffix.lower() == ".pdf":
            raise UsageError("letters 的 -o 是一个文件夹（每个镇街一个 PDF）；要合成一个文件请加 --single-file")
        count, drafts = 0, False
        for row, built in build_letters(year, result, texts, towns=towns, fonts=fonts, seals=seals,
                                        seal_diameter_mm=diameter, ledger=ledger, evidence=evidence,
                                           **_issue(args, state)):
            name = safe_file_name(f"{year.year}年度考核结果反馈-{row.order + 1:02d}-{row.name}.pdf")
            write_atomically(draft_path(output / name, built.draft), built.pdf)
            count += 1
            drafts = drafts or built.draft
        print(f"已生成 {count} 份反馈函（{'草稿' if drafts else '正式版'}）到 {output}")
        _say_why(drafts, state)
    return 0


def cmd_score_sheet(args) -> int:
    with _source(args) as (year, state, settings):
        fonts, _, _ = _prepare(args, settings, [])
        code = next((d.code for d in year.departments if args.department in (d.code, d.name)), args.department)
        unfinished = state.sheet_failing(year, code)  # not submitted, or scores that do not fit
        built = build_score_sheet(year, compute(year), args.department, fonts=fonts,
                                  draft=args.draft or bool(unfinished), fingerprint=state.fingerprint)
    _report(write_atomically(draft_path(args.output, built.draft), built.pdf), built)
    if built.draft and unfinished:
        print(f"是草稿，因为：{'；'.join(f.problem.render() for f in unfinished[:5])}")
    return 0


def add_commands(add) -> None:
    def common(sub, seal: bool = True):
        sub.add_argument("file", nargs="?", type=Path, help="年度文件 YEAR.json")
        sub.add_argument("--year", type=int, help="数据库中的年度")
        sub.add_argument("--draft", action="store_true", help="输出草稿（带“草稿”水印）；数据不完整时总是草稿")
        sub.add_argument("--font", action="append", metavar="角色=文件",
                         help=f"指定字体文件，角色为 {'、'.join(ROLES)}（可多次）")
        if seal:
            sub.add_argument("--seal", action="store_true", help="加盖数据库中保存的电子印章（默认留出盖章位置）")
            sub.add_argument("--date", help="成文日期，如 2024-06-28（默认用保存的日期或今天）")

    sub = add("notice", cmd_notice, "生成考核结果通报 PDF（GB/T 9704 公文格式，附结果汇总表）", writes=True)
    common(sub)
    sub.add_argument("-o", "--output", type=Path, required=True, help="输出文件 OUT.pdf")
    sub = add("letters", cmd_letters, "生成各镇街考核结果反馈函 PDF（每个镇街一个文件，或合成一个）", writes=True)
    common(sub)
    sub.add_argument("-o", "--output", type=Path, required=True, help="输出文件夹（--single-file 时可为 .pdf 文件）")
    sub.add_argument("--single-file", action="store_true", help="所有反馈函合成一个 PDF")
    sub.add_argument("--town", action="append", metavar="编码", help="只生成这些镇街（可多次）")
    sub = add("score-sheet", cmd_score_sheet, "生成部门量化考评打分表 PDF（供部门签字盖章）")
    common(sub, seal=False)
    sub.add_argument("--department", required=True, help="部门编码或名称")
    sub.add_argument("-o", "--output", type=Path, required=True, help="输出文件 OUT.pdf")
