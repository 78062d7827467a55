"""整改情况报告: the rectification of one town's problems, or of every town for the bureau, in
the official format (title, body, the problems as a ruled table repeated header on every page,
the issuer's signature and date, page numbers). Every count comes from the ledger as stored."""
from __future__ import annotations

import datetime as _dt
from typing import Optional, Sequence

from reportlab.platypus import Spacer

from ..domain.ledger import CLOSED, IN_PROGRESS, OPEN, STATUS_LABELS, TO_VERIFY, LedgerEntry, counts_by, is_overdue
from ..domain.messages import QT_TRANSLATE_NOOP
from ..domain.model import AssessmentYear
from ..domain.numbers import chinese_date
from .blocks import SignatureBlock
from .common import BuiltDocument, render
from .fonts import XBS, DocumentError, FontSet
from .layout import (
    BODY, SIZE_2, TEXT_WIDTH, TITLE, BlankLines, Column, GongwenDoc, GridTable, TableRow, TextBlock, flow_text, mm,
    units_column,
)
from .texts import full_width_punctuation, heading_runs, notice_texts, split_title, subject_of, unit_noun


def _status_text(entry: LedgerEntry) -> str:
    text = STATUS_LABELS.get(entry.status, entry.status)
    if entry.closed and entry.completed_on:
        text += f"\n{_dt.date.fromisoformat(entry.completed_on):%Y-%m-%d}"
    return text


def _counts_sentence(entries: Sequence[LedgerEntry], today: _dt.date) -> str:
    counts = {status: sum(1 for e in entries if e.status == status) for status in (OPEN, IN_PROGRESS, TO_VERIFY, CLOSED)}
    overdue = sum(1 for e in entries if is_overdue(e, today))
    text = (f"已销号{counts[CLOSED]}个，待核验{counts[TO_VERIFY]}个，整改中{counts[IN_PROGRESS]}个，"
            f"待整改{counts[OPEN]}个")
    return text + (f"；其中逾期未销号{overdue}个" if overdue else "；无逾期未销号的问题")


def problems_table(entries: Sequence[LedgerEntry], fonts: FontSet, town_names: Optional[dict] = None,
                   noun: str = "镇街") -> GridTable:
    columns = [Column("序号")]
    if town_names is not None:
        columns.append(units_column(noun))
    columns += [Column("问题", align="left", wrap=True, min_chars=8), Column("整改措施", align="left", wrap=True, min_chars=6),
                Column("责任\n单位", wrap=True, min_chars=4), Column("整改\n时限"), Column("完成\n情况", wrap=True)]
    rows = []
    for number, entry in enumerate(entries, 1):
        cells = [str(number)]
        if town_names is not None:
            cells.append(town_names.get(entry.town, entry.town))
        cells += [full_width_punctuation(entry.description), full_width_punctuation(entry.measures) or "—",
                  entry.responsible_unit or entry.lead_unit or "—",
                  f"{_dt.date.fromisoformat(entry.deadline):%Y-%m-%d}" if entry.deadline else "—", _status_text(entry)]
        rows.append(TableRow(tuple(cells)))
    return GridTable(columns, rows, fonts, "整改问题表")


def counts_table(year: AssessmentYear, entries: Sequence[LedgerEntry], today: _dt.date, fonts: FontSet) -> GridTable:
    names = {town.code: town.name for town in year.towns}
    counts = counts_by(entries, lambda e: e.town, today)
    columns = [units_column(unit_noun(year)), Column("问题\n总数"), Column("已销号"), Column("待核验"),
               Column("整改中"), Column("待整改"), Column("逾期\n未销号")]
    rows = []
    for town in year.towns:
        row = counts.get(town.code)
        if row is None:
            continue
        rows.append(TableRow((names[town.code], str(row["all"]), str(row[CLOSED]), str(row[TO_VERIFY]),
                              str(row[IN_PROGRESS]), str(row[OPEN]), str(row["overdue"]))))
    total = counts_by(entries, lambda e: "all", today).get("all")
    if total:
        rows.append(TableRow(("合计", str(total["all"]), str(total[CLOSED]), str(total[TO_VERIFY]),
                              str(total[IN_PROGRESS]), str(total[OPEN]), str(total["overdue"])), kind="total"))
    return GridTable(columns, rows, fonts, "整改情况汇总表")


def build_rectification_report(year: AssessmentYear, entries: Sequence[LedgerEntry], town: Optional[str] = None, *,
                               today: _dt.date, fonts: Optional[FontSet] = None,
                               texts: Optional[dict] = None) -> BuiltDocument:
    """The rectification report of ``town`` (its problems), or of every town (``town`` None):
    the counts as of ``today`` and every problem with its measures, unit, deadline and status."""
    fonts = fonts or FontSet.default()
    texts = notice_texts(year) if texts is None else texts
    signer = (texts.get("letter_signature") or "").strip() or next(iter(texts.get("marks") or []), "").strip()
    if not signer:
        raise DocumentError(QT_TRANSLATE_NOOP("Documents", "请先填写反馈函的署名单位（报告署名）。"))
    names = {t.code: t.name for t in year.towns}
    subject = subject_of(year.title)
    noun = unit_noun(year)
    if town is not None:
        if town not in names:
            raise DocumentError(QT_TRANSLATE_NOOP("Documents", "镇街 {town} 不存在"), town=town)
        entries = [entry for entry in entries if entry.town == town]
        title = f"关于{names[town]}{year.year}年度{subject}考核反馈问题整改情况的报告"
    else:
        title = f"关于{year.year}年度{subject}考核反馈问题整改情况的报告"
    date = chinese_date(today)

    def story(doc: GongwenDoc) -> list:
        out = [TextBlock("\n".join(split_title(title, fonts, XBS, SIZE_2, TEXT_WIDTH, list(names.values()))),
                         TITLE, fonts, "标题"), BlankLines(1)]
        if not entries:
            body = [f"截至{date}，{'该' if town else '各'}{noun}整改台账中没有问题。"]
        elif town is not None:
            body = [f"根据{year.year}年度{subject}考核结果反馈，{names[town]}共有整改问题{len(entries)}个。"
                    f"截至{date}，{_counts_sentence(entries, today)}。各问题整改情况见下表。"]
        else:
            towns_with = len({entry.town for entry in entries})
            body = [f"根据{year.year}年度{subject}考核结果反馈，{len(year.towns)}个{noun}中有{towns_with}个{noun}"
                    f"共有整改问题{len(entries)}个。截至{date}，{_counts_sentence(entries, today)}。",
                    f"一、各{noun}整改情况"]
        blocks = [TextBlock(heading_runs(paragraph), BODY, fonts, "正文") for paragraph in body]
        out.extend(flow_text(blocks))
        if entries:
            out.append(Spacer(TEXT_WIDTH, mm(2)))
            if town is None:
                out.append(counts_table(year, entries, today, fonts))
                out.append(Spacer(TEXT_WIDTH, mm(3)))
                overdue = [entry for entry in entries if is_overdue(entry, today)]
                out.append(TextBlock(heading_runs("二、逾期未销号的问题" if overdue else "二、逾期情况"), BODY, fonts,
                                     "正文", keep_with_next=True))
                if overdue:
                    out.append(problems_table(overdue, fonts, names, noun))
                else:
                    out.append(TextBlock("无逾期未销号的问题。", BODY, fonts, "正文"))
            else:
                out.append(problems_table(entries, fonts))
            out.append(Spacer(TEXT_WIDTH, mm(4)))
        out.append(SignatureBlock([signer], date, fonts, doc))
        return out

    return render(story, fonts, title=title, author=signer, draft=False)
