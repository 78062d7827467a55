"""考核结果通报: the results notice with its attachment table and imprint.

Every number comes from the core's ``YearResult`` and is printed as computed.
"""
from __future__ import annotations

from typing import Callable, Optional

from reportlab.platypus import Spacer

from ..domain.messages import QT_TRANSLATE_NOOP
from ..domain.model import AssessmentYear
from ..domain.numbers import chinese_numeral, two_decimals
from ..domain.scoring import YearResult
from .blocks import HeaderBlock, Imprint, SignatureBlock
from .common import BuiltDocument, is_draft, render
from .fonts import FANG, HEI, XBS, DocumentError, FontSet
from .layout import (
    BODY, CHAR, FLUSH, SIZE_2, SIZE_SMALL_4, TEXT_HEIGHT, TEXT_WIDTH, TITLE, BlankLines, Column,
    GongwenDoc, GridTable, NewPage, Run, TableRow, TextBlock, TextStyle, flow_text, mm, stacked_height, units_column,
)
from .seal import DEFAULT_DIAMETER_MM
from .texts import (
    area, fill_fields, format_date, full_width_punctuation, heading_runs, normalise_doc_number, notice_texts, paragraphs,
    limit_sentences, split_title, unit_noun, veto_clause,
)

NOTE = TextStyle(size=SIZE_SMALL_4, leading=SIZE_SMALL_4 * 1.6, char_space=0.0, first_indent=0.0)


def _quote(text: str) -> str:
    return f"“{text}”"


def results_paragraphs(year: AssessmentYear, result: YearResult, texts: dict) -> list[str]:
    """The results part of the body: grades with the towns named, vetoes with their
    reasons, and the commendation of the best grade."""
    grades = [grade.name for grade in year.rules.grades]
    rows = result.rows
    standing = [row for row in rows if not row.vetoed]
    vetoed = [row for row in rows if row.vetoed]
    by_class = classes_ranked_apart(year, result)

    def summary(members) -> str:
        return "，".join(f"考核等次为{_quote(g)}的{sum(1 for row in members if row.grade == g)}个" for g in grades)

    noun, whole = unit_noun(year), texts.get("area") or area(year)
    if by_class:
        parts = [f"{town_class.name}（{len(members)}个）中，{summary(members)}" for town_class, members in by_class]
        opening = (f"经综合评定，{whole}{len(rows)}个{noun}分{len(by_class)}类考核：{'；'.join(parts)}。"
                   f"各{noun}得分和排名见附件。")
    else:
        opening = f"经综合评定，{whole}{len(rows)}个{noun}中，{summary(rows)}。各{noun}得分和排名见附件。"
    out = ["一、考核结果", opening]
    for number, grade in enumerate(grades):
        label = chinese_numeral(number + 1)
        groups = by_class or [(None, rows)]
        named = [(town_class, [row.name for row in members if row.grade == grade and not row.vetoed]
                  + [row.name for row in members if row.grade == grade and row.vetoed]) for town_class, members in groups]
        count = sum(len(names) for _, names in named)
        if not count:
            listed = "无。"
        elif by_class:
            listed = "；".join(f"{town_class.name}：{'、'.join(names)}" for town_class, names in named if names) + "。"
        else:
            listed = "、".join(named[0][1]) + "。"
        out.append(f"（{label}）{_quote(grade)}等次（{count}个）。{listed}")
    for row in vetoed:
        out.append(f"{row.name}{veto_clause(row.veto_reasons)}，实行{_quote('一票否决')}，考核等次直接定为{_quote(row.grade)}。")
    for row in standing:
        out += limit_sentences(year, row)
    best = grades[0]
    commended = [row.name for row in standing if row.grade == best]
    section = 2
    if year.consequences:  # the plan's own list of what follows replaces the built-in commendation and its text
        applied = consequence_paragraphs(year, result)
        if applied:
            out.append(f"{chinese_numeral(section)}、结果运用")
            out.extend(applied)
            section += 1
    elif commended:
        out.append(f"{chinese_numeral(section)}、通报表扬")
        tail = full_width_punctuation(texts.get("commendation", "").strip())
        sentence = f"对考核等次为{_quote(best)}的{'、'.join(commended)}予以通报表扬"
        if tail:
            out.append(f"{sentence}，{tail.lstrip('，,')}" if not tail.startswith(("。", "，")) else sentence + tail)
        else:
            out.append(sentence + "。")
        section += 1
    requirements = paragraphs(full_width_punctuation(texts.get("requirements", "")))
    if requirements:
        out.append(f"{chinese_numeral(section)}、有关要求")
        out.extend(requirements)
    return out


def consequence_paragraphs(year: AssessmentYear, result: YearResult) -> list[str]:
    """One sentence per consequence of the year that concerns some town: 对…的甲镇、乙镇予以通报表扬。"""
    limits = {limit.code: limit for limit in year.grade_limits}
    out = []
    for consequence in year.consequences:
        if consequence.grade is not None:
            who = f"考核等次为{_quote(consequence.grade)}的"
            towns = [row.name for row in result.rows if row.grade == consequence.grade]
        else:
            limit = limits.get(consequence.limit)
            who = f"{_quote(limit.name if limit else consequence.limit)}的"
            towns = [row.name for row in result.rows if consequence.limit in row.limits]
        if not towns:
            continue
        out.append(f"对{who}{'、'.join(towns)}{full_width_punctuation(consequence.action.strip()).rstrip('。')}。")
    return out


def classes_ranked_apart(year: AssessmentYear, result: YearResult) -> list:
    """(class, its rows in ranking order) for each class of a year ranked by class; else empty."""
    if not (year.rules.rank_by_class and year.town_classes):
        return []
    return [(town_class, [row for row in result.rows if row.town_class == town_class.code])
            for town_class in year.town_classes]


def results_table(year: AssessmentYear, result: YearResult, fonts: FontSet) -> GridTable:
    categories = year.categories
    by_class = bool(year.rules.rank_by_class and year.town_classes)
    columns = [Column("类内\n排名" if by_class else "排名"), units_column(unit_noun(year))]
    if year.town_classes:
        columns.append(Column("类别", wrap=True))
    columns += [Column(f"{c.name}\n{points(c.points)}分") for c in categories]
    adjusted = bool(year.adjustment_types)
    columns += [Column("折算\n得分"), Column("加分"), Column("市级评估\n运用"),
                *([Column("调整\n指标")] if adjusted else []), Column("最终\n得分"), Column("等次", wrap=True)]
    rows = []
    for row in result.rows:
        cells = (str(row.rank), row.name, *((year.class_name(row.town_class),) if year.town_classes else ()),
                 *(two_decimals(row.categories.get(c.code)) for c in categories),
                 two_decimals(row.normalised), two_decimals(row.bonus), two_decimals(row.inspection),
                 *((two_decimals(row.adjustment),) if adjusted else ()), two_decimals(row.final), row.grade)
        rows.append(TableRow(tuple(cells)))
    return GridTable(columns, rows, fonts, "附件表格")


def points(value) -> str:
    return format(value.normalize(), "f")


def table_notes(year: AssessmentYear, result: YearResult) -> list[str]:
    notes = []
    full = year.rules.full_score
    partial = [row for row in result.rows if row.full != full]
    if partial:
        fulls = sorted({row.full for row in partial})
        notes.append(f"各分项为实际得分；适用满分为{'、'.join(points(f) for f in fulls)}分的镇街"
                     f"按百分制折算（得分×{points(full)}÷适用满分）后计入最终得分。")
    vetoed = [row.name for row in result.rows if row.vetoed]
    if vetoed:
        notes.append(f"{'、'.join(vetoed)}实行“一票否决”，考核等次直接定为“{year.rules.effective_veto_grade}”。")
    missing = result.missing_count
    if missing:
        notes.append(f"尚有{missing}项未打分，表中为临时结果（缺项按0分计）。")
    return notes


def build_notice(year: AssessmentYear, result: YearResult, texts: Optional[dict] = None, *,
                 fonts: Optional[FontSet] = None, draft: bool = False, seals: Optional[dict] = None,
                 seal_diameter_mm: float = DEFAULT_DIAMETER_MM,
                 progress: Optional[Callable[[int], None]] = None, fingerprint: Optional[str] = None) -> BuiltDocument:
    """The notice as PDF bytes. ``texts`` defaults to the year's stored texts;
    ``seals`` maps a signature to a red seal image (only when the user confirmed)."""
    fonts = fonts or FontSet.default()
    texts = fill_fields(dict(notice_texts(year) if texts is None else texts), year)
    draft = is_draft(result, draft)
    marks = [m.strip() for m in texts.get("marks") or [] if m and m.strip()]
    if not marks:
        raise DocumentError(QT_TRANSLATE_NOOP("Documents", "请先填写发文机关标志（发文机关名称）。"))
    doc_number = normalise_doc_number(texts.get("doc_number", ""))
    if not doc_number:
        raise DocumentError(QT_TRANSLATE_NOOP("Documents", "请先填写发文字号，如 长委办发〔2024〕3号。"))
    date_text = format_date(texts.get("date"))
    print_date = format_date(texts.get("print_date") or texts.get("date"))
    signatures = [s for s in texts.get("signatures") or marks if s and s.strip()]
    title = texts.get("title", "").strip() or f"关于{year.title}结果的通报"
    town_names = [town.name for town in year.towns]
    keep = [*marks, *town_names]

    def flowables(doc: GongwenDoc) -> list:
        story = [Spacer(TEXT_WIDTH, mm(35)), HeaderBlock(marks, bool(texts.get("file_word")), doc_number, fonts, doc),
                 BlankLines(2)]
        title_lines = split_title(title, fonts, XBS, SIZE_2, TEXT_WIDTH, keep)
        story.append(TextBlock("\n".join(title_lines), TITLE, fonts, "标题"))
        story.append(BlankLines(1))
        recipients = full_width_punctuation(texts.get("recipients", "")).strip().rstrip("：:") + "："
        story.append(TextBlock(recipients, FLUSH, fonts, "主送机关"))
        body = paragraphs(full_width_punctuation(texts.get("opening", "")))
        body += results_paragraphs(year, result, texts)
        blocks = []
        for paragraph in body:
            runs = heading_runs(paragraph)
            heading = len(runs) == 1 and runs[0].role != FANG
            blocks.append(TextBlock(runs, BODY, fonts, "正文", keep_with_next=heading))
        attachment_title = full_width_punctuation(texts.get("attachment_title", "")).strip()
        attachment_note = TextBlock(f"附件：{attachment_title}", TextStyle(first_indent=2 * CHAR, indent=5 * CHAR),
                                    fonts, "附件说明")
        signature = SignatureBlock(signatures, date_text, fonts, doc, seals, seal_diameter_mm)
        story.extend(flow_text(blocks, (BlankLines(1), attachment_note, signature)))
        contact = full_width_punctuation(texts.get("contact", "")).strip().strip("（）()")
        if contact:
            story.append(TextBlock(f"（{contact}）", BODY, fonts, "附注"))
        # the attachment, on a new page
        story.append(NewPage())
        above = [TextBlock([Run("附件", HEI)], FLUSH, fonts, "附件标识"), BlankLines(1),
                 TextBlock("\n".join(split_title(attachment_title, fonts, XBS, SIZE_2, TEXT_WIDTH, keep)),
                           TITLE, fonts, "附件标题"),
                 Spacer(TEXT_WIDTH, mm(3))]
        below = [Spacer(TEXT_WIDTH, mm(2))]
        below += [TextBlock(f"注：{note}", NOTE, fonts, "表注") for note in table_notes(year, result)]
        # rather than carry a row or two and the notes onto a page of their own
        table = results_table(year, result, fonts).fitted(TEXT_HEIGHT - stacked_height(above + below))
        story.extend([*above, table, *below])
        cc = full_width_punctuation(texts.get("cc", "")).strip()
        printer = full_width_punctuation(texts.get("printer", "")).strip() or marks[0]
        story.append(Imprint(cc.replace(",", "，"), printer, print_date, fonts, doc))
        return story

    return render(flowables, fonts, title=title, author="、".join(marks), draft=draft, progress=progress,
                  fingerprint=fingerprint)
