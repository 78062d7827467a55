"""The results workbook submitted upward: 汇总表, 明细 and the three registers.

Every number is a value taken from ``compute(year)`` (the same ``YearResult``
the dashboard shows) or from the stored entries; nothing is a formula, so the
file cannot be broken by re-sorting or by a program that does not recalculate.
"""
from __future__ import annotations

import datetime
from pathlib import Path
from typing import Mapping, Optional, Sequence

from openpyxl import Workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from ..atomicfile import replace_atomically
from ..domain.messages import QT_TRANSLATE_NOOP
from ..domain.model import ZERO, AssessmentYear
from ..domain.numbers import points_text
from ..domain.scoring import YearResult
from ..domain.status import STATE_LABELS, YearState
from .styles import CellMaker, plain_text, register_styles

CONTEXT = "Excel"

T = {
    "summary": QT_TRANSLATE_NOOP("Excel", "汇总表"),
    "detail": QT_TRANSLATE_NOOP("Excel", "明细"),
    "bonuses": QT_TRANSLATE_NOOP("Excel", "加分"),
    "inspections": QT_TRANSLATE_NOOP("Excel", "督查评估"),
    "vetoes": QT_TRANSLATE_NOOP("Excel", "一票否决"),
    "summary_title": QT_TRANSLATE_NOOP("Excel", "{title}结果汇总表"),
    "detail_title": QT_TRANSLATE_NOOP("Excel", "{title}各项得分明细"),
    "bonus_title": QT_TRANSLATE_NOOP("Excel", "{title}加分登记"),
    "inspection_title": QT_TRANSLATE_NOOP("Excel", "{title}市级评估结果运用登记"),
    "veto_title": QT_TRANSLATE_NOOP("Excel", "{title}一票否决登记"),
    "with_year": QT_TRANSLATE_NOOP("Excel", "{year}年度{title}"),
    "issuer": QT_TRANSLATE_NOOP("Excel", "填报单位：{name}"),
    "date_unit": QT_TRANSLATE_NOOP("Excel", "填报日期：{date}　　单位：分"),
    "date": QT_TRANSLATE_NOOP("Excel", "{year}年{month}月{day}日"),
    "rank": QT_TRANSLATE_NOOP("Excel", "排名"),
    "rank_in_class": QT_TRANSLATE_NOOP("Excel", "类内排名"),
    "class": QT_TRANSLATE_NOOP("Excel", "类别"),
    "town": QT_TRANSLATE_NOOP("Excel", "镇街"),
    "categories": QT_TRANSLATE_NOOP("Excel", "各项得分"),
    "category": QT_TRANSLATE_NOOP("Excel", "{name}\n（{points}分）"),
    "raw": QT_TRANSLATE_NOOP("Excel", "得分合计"),
    "full": QT_TRANSLATE_NOOP("Excel", "适用满分"),
    "normalised": QT_TRANSLATE_NOOP("Excel", "百分制折算"),
    "bonus": QT_TRANSLATE_NOOP("Excel", "加分"),
    "inspection": QT_TRANSLATE_NOOP("Excel", "督查评估"),
    "adjustment": QT_TRANSLATE_NOOP("Excel", "调整指标"),
    "final": QT_TRANSLATE_NOOP("Excel", "最终得分"),
    "grade": QT_TRANSLATE_NOOP("Excel", "等次"),
    "veto": QT_TRANSLATE_NOOP("Excel", "一票否决"),
    "remark": QT_TRANSLATE_NOOP("Excel", "备注"),
    "consequences": QT_TRANSLATE_NOOP("Excel", "结果运用"),
    "veto_mark": QT_TRANSLATE_NOOP("Excel", "否决"),
    "incomplete_mark": QT_TRANSLATE_NOOP("Excel", "缺 {count} 项打分"),
    "explain": QT_TRANSLATE_NOOP("Excel", "说明：百分制折算 = 得分合计 × {full} ÷ 适用满分；最终得分 = 百分制折算 + 加分 + 督查评估，"
                                           "四舍五入保留两位小数；加分累计不超过 {cap} 分；被一票否决的镇街排在最后，定为“{veto}”等次。"),
    "explain_adjusted": QT_TRANSLATE_NOOP("Excel", "说明：百分制折算 = 得分合计 × {full} ÷ 适用满分；最终得分 = 百分制折算 + 加分 + 督查评估 + 调整指标，"
                                                    "四舍五入保留两位小数；加分累计不超过 {cap} 分；被一票否决的镇街排在最后，定为“{veto}”等次。"),
    "provisional": QT_TRANSLATE_NOOP("Excel", "注意：尚有 {count} 项未打分（按 0 分计），本表为临时结果，不作正式上报。"),
    "draft": QT_TRANSLATE_NOOP("Excel", "草稿，不作正式上报：尚有 {count} 项条件未满足——{conditions}"),
    "fingerprint": QT_TRANSLATE_NOOP("Excel", "数据指纹 {fingerprint}（{state}）"),
    "sign": QT_TRANSLATE_NOOP("Excel", "填表人：　　　　　　　　审核人：　　　　　　　　负责人：　　　　　　　　（单位盖章）"),
    "footer": QT_TRANSLATE_NOOP("Excel", "第 &P 页，共 &N 页"),
    "number": QT_TRANSLATE_NOOP("Excel", "序号"),
    "indicator_category": QT_TRANSLATE_NOOP("Excel", "一级指标"),
    "indicator": QT_TRANSLATE_NOOP("Excel", "二级指标"),
    "part": QT_TRANSLATE_NOOP("Excel", "打分部分"),
    "department": QT_TRANSLATE_NOOP("Excel", "责任部门"),
    "points": QT_TRANSLATE_NOOP("Excel", "分值"),
    "score": QT_TRANSLATE_NOOP("Excel", "得分"),
    "deducted": QT_TRANSLATE_NOOP("Excel", "扣分合计"),
    "reasons": QT_TRANSLATE_NOOP("Excel", "扣分事由"),
    "note": QT_TRANSLATE_NOOP("Excel", "备注"),
    "files": QT_TRANSLATE_NOOP("Excel", "佐证材料"),
    "missing": QT_TRANSLATE_NOOP("Excel", "未打分"),
    "bonus_type": QT_TRANSLATE_NOOP("Excel", "加分类型"),
    "unit_points": QT_TRANSLATE_NOOP("Excel", "每次分值"),
    "count": QT_TRANSLATE_NOOP("Excel", "次数"),
    "group": QT_TRANSLATE_NOOP("Excel", "同一成果"),
    "counted": QT_TRANSLATE_NOOP("Excel", "计入分值"),
    "evidence": QT_TRANSLATE_NOOP("Excel", "依据（文号、标题）"),
    "when": QT_TRANSLATE_NOOP("Excel", "日期"),
    "superseded": QT_TRANSLATE_NOOP("Excel", "同一成果就高计分，本条不计"),
    "capped": QT_TRANSLATE_NOOP("Excel", "注：加分累计上限 {cap} 分。{towns}的加分合计超过上限，按 {cap} 分计入。"),
    "town_total": QT_TRANSLATE_NOOP("Excel", "{name}（合计 {total} 分）"),
    "inspection_type": QT_TRANSLATE_NOOP("Excel", "类型"),
    "round": QT_TRANSLATE_NOOP("Excel", "轮次"),
    "award": QT_TRANSLATE_NOOP("Excel", "每轮加分"),
    "lost": QT_TRANSLATE_NOOP("Excel", "造成区被扣分值"),
    "outcome": QT_TRANSLATE_NOOP("Excel", "结果"),
    "awarded": QT_TRANSLATE_NOOP("Excel", "加分"),
    "cancelled": QT_TRANSLATE_NOOP("Excel", "取消加分并扣除同等分值"),
    "reason": QT_TRANSLATE_NOOP("Excel", "否决原因"),
    "veto_indicator": QT_TRANSLATE_NOOP("Excel", "否决指标"),
    "none": QT_TRANSLATE_NOOP("Excel", "（无）"),
}


def _identity(context: str, text: str) -> str:
    return text


class _Sheet:
    """A write-only sheet with the common page set-up; rows are appended in order."""

    def __init__(self, workbook: Workbook, styles: dict, title: str, widths: list[float], *, header_rows: tuple[int, int],
                 footer_left: str, footer_center: str, freeze: Optional[str] = None, landscape: bool = True,
                 row_height: Optional[float] = 18):
        self.sheet = workbook.create_sheet(title)
        self.cell = CellMaker(self.sheet, styles)
        self.width = len(widths)
        self.row = 0
        self.print_from = 1
        sheet = self.sheet
        for index, width in enumerate(widths, start=1):
            sheet.column_dimensions[get_column_letter(index)].width = width
        # Write-only mode writes the sheet head with the first row: set everything now.
        if row_height:
            sheet.sheet_format.defaultRowHeight = row_height
            sheet.sheet_format.customHeight = True
        if freeze:
            sheet.freeze_panes = freeze
        sheet.page_setup.orientation = "landscape" if landscape else "portrait"
        sheet.page_setup.paperSize = Worksheet.PAPERSIZE_A4
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
        sheet.page_setup.fitToWidth = 1
        sheet.page_setup.fitToHeight = 0
        sheet.print_title_rows = f"{header_rows[0]}:{header_rows[1]}"
        sheet.print_options.horizontalCentered = True
        sheet.page_margins.left = sheet.page_margins.right = 0.5
        sheet.page_margins.top = 0.7
        sheet.page_margins.bottom = 0.8
        sheet.page_margins.header = 0.3
        sheet.page_margins.footer = 0.35
        sheet.oddFooter.left.text = footer_left
        sheet.oddFooter.center.text = footer_center
        sheet.oddFooter.left.size = sheet.oddFooter.center.size = 9

    def height(self, row: int, points: float) -> None:
        self.sheet.row_dimensions[row].height = points

    def append(self, cells: list) -> int:
        self.sheet.append(cells)
        self.row += 1
        return self.row

    def merge(self, first_column: int, first_row: int, last_column: int, last_row: int) -> None:
        self.sheet.merged_cells.add(
            f"{get_column_letter(first_column)}{first_row}:{get_column_letter(last_column)}{last_row}")

    def banner(self, text: str, style: str, height: Optional[float] = None) -> int:
        """A full-width merged line (title, note, signature)."""
        row = self.row + 1
        if height:
            self.height(row, height)
        self.append([self.cell(text, style), *(self.cell(None, style) for _ in range(self.width - 1))])
        self.merge(1, row, self.width, row)
        return row

    def table_header(self, labels: list[str], height: float = 30) -> int:
        row = self.row + 1
        self.height(row, height)
        return self.append([self.cell(label, "header") for label in labels])

    def close(self, last_row: Optional[int] = None) -> None:
        self.sheet.print_area = f"A{self.print_from}:{get_column_letter(self.width)}{last_row or self.row}"


def _full_title(year: AssessmentYear, tr) -> str:
    return year.title if str(year.year) in year.title else tr("with_year").format(year=year.year, title=year.title)


def _issuer_name(year: AssessmentYear) -> str:
    issuer = year.issuer or {}
    return str(issuer.get("name") or "")


def write_submission_workbook(year: AssessmentYear, result: YearResult, path, *,
                              today: Optional[datetime.date] = None, translate=_identity,
                              state: Optional[YearState] = None,
                              evidence: Optional[Mapping[str, Sequence[str]]] = None) -> Path:
    """Write the upward results workbook of ``year`` with the rows of ``result`` to ``path``.
    With the year's ``state`` the summary says whether it is a draft (and why) and carries
    the results' fingerprint. ``evidence``: the names of evidence files by owner (``score:TOWN/PART``
    of a score's deductions, ``bonus:#N`` and ``veto:#N`` of a register record), listed beside
    them when there are any."""
    tr = lambda key: translate(CONTEXT, T[key])  # noqa: E731
    today = today or datetime.date.today()
    path = Path(path)
    workbook = Workbook(write_only=True)
    styles = register_styles(workbook)
    title = _full_title(year, tr)
    issuer = _issuer_name(year)
    date_text = tr("date").format(year=today.year, month=today.month, day=today.day)
    footer = tr("footer")
    town_names = {town.code: town.name for town in year.towns}

    _summary(workbook, styles, year, result, tr, title, issuer, date_text, footer, state, translate)
    _detail(workbook, styles, year, tr, title, issuer, footer, town_names, evidence or {})
    _bonuses(workbook, styles, year, result, tr, title, issuer, footer, town_names, evidence or {})
    _inspections(workbook, styles, year, result, tr, title, issuer, footer, town_names)
    _vetoes(workbook, styles, year, tr, title, issuer, footer, town_names, evidence or {})

    return replace_atomically(path, workbook.save)


MAX_LISTED_CONDITIONS = 10


def _summary(workbook, styles, year: AssessmentYear, result: YearResult, tr, title, issuer, date_text, footer,
             state: Optional[YearState] = None, translate=_identity) -> None:
    categories = list(year.categories)
    classes = bool(year.town_classes)
    single = [tr("rank_in_class") if classes and year.rules.rank_by_class else tr("rank"), year.unit_name(tr("town"))]
    if classes:
        single.append(tr("class"))
    adjusted = bool(year.adjustment_types)
    tail = [tr("raw"), tr("full"), tr("normalised"), tr("bonus"), tr("inspection"),
            *([tr("adjustment")] if adjusted else []), tr("final"), tr("grade"), tr("veto"),
            *([tr("consequences")] if year.consequences else []), tr("remark")]
    widths = [6, 13, *([10] if classes else []), *([10] * len(categories)), 9, 9, 10, 7, 9, *([9] if adjusted else []),
              9, 7, 8, *([16] if year.consequences else []), 14]
    page = _Sheet(workbook, styles, tr("summary"), widths, header_rows=(3, 4), footer_left=issuer,
                  footer_center=footer, freeze="D5" if classes else "C5")
    page.banner(tr("summary_title").format(title=title), "title", 36)
    half = page.width // 2
    page.height(2, 22)
    page.append([page.cell(tr("issuer").format(name=issuer), "subtitle"), *(page.cell(None, "subtitle") for _ in range(half - 1)),
                 page.cell(tr("date_unit").format(date=date_text), "subtitle_right"),
                 *(page.cell(None, "subtitle_right") for _ in range(page.width - half - 1))])
    page.merge(1, 2, half, 2)
    page.merge(half + 1, 2, page.width, 2)

    first_category = len(single) + 1
    last_category = first_category + len(categories) - 1
    top = [*(page.cell(label, "header") for label in single)]
    top += [page.cell(tr("categories"), "header"), *(page.cell(None, "header") for _ in categories[1:])]
    top += [page.cell(label, "header") for label in tail]
    bottom = [page.cell(None, "header") for _ in single]
    bottom += [page.cell(tr("category").format(name=c.name, points=points_text(c.points)), "header") for c in categories]
    bottom += [page.cell(None, "header") for _ in tail]
    page.height(3, 22)
    page.height(4, 36)
    page.append(top)
    page.append(bottom)
    for column in [*range(1, len(single) + 1), *range(last_category + 1, page.width + 1)]:
        page.merge(column, 3, column, 4)
    if categories:
        page.merge(first_category, 3, last_category, 3)

    for row in result.rows:
        remark = tr("incomplete_mark").format(count=len(row.missing_parts)) if not row.complete else None
        page.append([
            page.cell(row.rank, "integer"), page.cell(row.name, "text_center"),
            *((page.cell(year.class_name(row.town_class), "text_center"),) if classes else ()),
            *(page.cell(row.categories.get(c.code, ZERO), "number") for c in categories),
            page.cell(row.raw, "number"), page.cell(row.full, "number"), page.cell(row.normalised, "number"),
            page.cell(row.bonus, "number"), page.cell(row.inspection, "number"),
            *((page.cell(row.adjustment, "number"),) if adjusted else ()), page.cell(row.final, "number"),
            page.cell(row.grade, "text_center"), page.cell(tr("veto_mark") if row.vetoed else None,
                                                          "veto" if row.vetoed else "text_center"),
            *((page.cell("；".join(row.consequences) or None, "text"),) if year.consequences else ()),
            page.cell(remark, "text"),
        ])
    page.append([])
    page.banner(tr("explain_adjusted" if adjusted else "explain").format(full=points_text(year.rules.full_score), cap=points_text(year.rules.bonus_cap),
                                     veto=year.rules.effective_veto_grade), "note", 30)
    missing = result.missing_count
    if missing:
        page.banner(tr("provisional").format(count=missing), "warning", 20)
    if state is not None and not state.official:
        listed = [problem.render(translate) for problem in state.problems[:MAX_LISTED_CONDITIONS]]
        if len(state.problems) > len(listed):
            listed.append("……")
        page.banner(tr("draft").format(count=len(state.problems), conditions="；".join(listed)), "warning", 20)
    page.append([])
    page.banner(tr("sign"), "sign", 28)
    if state is not None:
        page.banner(tr("fingerprint").format(fingerprint=state.fingerprint,
                                             state=translate("Status", STATE_LABELS[state.state])), "note", 14)
    page.close()


def _detail(workbook, styles, year: AssessmentYear, tr, title, issuer, footer, town_names, evidence) -> None:
    labels = [tr("number"), year.unit_name(tr("town")), tr("indicator_category"), tr("indicator"), tr("part"), tr("department"),
              tr("points"), tr("score"), tr("deducted"), tr("reasons"), tr("note")]
    widths = [7, 12, 11, 30, 8, 14, 7, 8, 8, 26, 18]
    files = {owner: names for owner, names in evidence.items() if owner.startswith("score:") and names}
    if files:
        labels.append(tr("files"))
        widths.append(24)
    page = _Sheet(workbook, styles, tr("detail"), widths, header_rows=(2, 2), footer_left=issuer,
                  footer_center=footer, freeze="C3", row_height=None)
    # Tens of thousands of rows: text goes in unstyled and empty cells are left out
    # (the grid is printed instead of drawn per cell), which halves the writing time.
    # The title then prints as the page header, outside the grid.
    page.sheet.print_options.gridLines = True
    detail_title = tr("detail_title").format(title=title)
    page.sheet.oddHeader.center.text = detail_title
    page.sheet.oddHeader.center.size = 12
    page.sheet.oddHeader.center.font = "宋体,Bold"
    page.print_from = 2
    page.banner(detail_title, "title", 32)
    page.table_header(labels, 22)
    categories = {c.code: c.name for c in year.categories}
    departments = {d.code: d.name for d in year.departments}
    scores = {(s.town, s.part): s for s in year.scores}
    scored = [(i, p) for i, p in year.parts() if not i.veto]
    cell = page.cell
    text = plain_text(page.sheet)
    missing = tr("missing")
    number = 0
    for town in year.towns:
        for indicator, part in scored:
            if not indicator.applies(town.code):
                continue
            number += 1
            score = scores.get((town.code, part.code))
            if score is None:
                values = [None, None, None, cell(missing, "warning")]
            elif score.deductions:
                deducted = sum((d.points for d in score.deductions), ZERO)
                values = [cell(score.score, "plain_number"), cell(deducted, "plain_number"),
                          text("；".join(f"{d.reason} {points_text(d.points)}" for d in score.deductions)),
                          text(score.note)]
            else:
                values = [cell(score.score, "plain_number"), None, None, text(score.note)]
            if files and score is not None:
                names = files.get(f"score:{town.code}/{part.code}")
                values.append(text("；".join(names)) if names else None)
            # Points as the scheme writes them (5, 2.5): no number format needed.
            page.append([cell(number, "plain_center"), text(town.name),
                         text(categories.get(indicator.category, indicator.category)),
                         text(indicator.part_name(part)),
                         text(part.code), text(departments.get(part.department, part.department)), part.points, *values])
    page.close()


def _record_files(evidence, kind: str, count: int) -> Optional[list]:
    """The evidence file names of each of a register's records (``kind:#N``), or None when none has any."""
    names = [evidence.get(f"{kind}:#{index}") for index in range(count)]
    return ["；".join(found) if found else None for found in names] if any(names) else None


def _bonuses(workbook, styles, year: AssessmentYear, result: YearResult, tr, title, issuer, footer, town_names,
             evidence) -> None:
    labels = [tr("number"), year.unit_name(tr("town")), tr("bonus_type"), tr("unit_points"), tr("count"), tr("group"), tr("counted"),
              tr("evidence"), tr("when"), tr("remark")]
    widths = [6, 12, 22, 9, 6, 14, 9, 30, 11, 22]
    files = _record_files(evidence, "bonus", len(year.bonuses))
    if files:
        labels.append(tr("files"))
        widths.append(24)
    page = _Sheet(workbook, styles, tr("bonuses"), widths, header_rows=(2, 2), footer_left=issuer, footer_center=footer)
    page.banner(tr("bonus_title").format(title=title), "title", 32)
    page.table_header(labels)
    types = {kind.code: kind for kind in year.bonus_types}
    counted: dict[int, object] = {}
    superseded: set[int] = set()
    capped = []
    for row in result.rows:
        detail = row.bonus_detail
        for _, value, index in detail.achievements:
            counted[index] = value
        superseded.update(detail.superseded)
        if detail.capped:
            capped.append(tr("town_total").format(name=row.name, total=f"{detail.uncapped:.2f}"))
    cell = page.cell
    for index, record in enumerate(year.bonuses):
        kind = types.get(record.type)
        page.append([cell(index + 1, "integer"), cell(town_names.get(record.town, record.town), "text_center"),
                     cell(kind.name if kind else record.type, "text"), cell(kind.points if kind else None, "number"),
                     cell(record.count, "integer"), cell(record.group, "text"), cell(counted.get(index), "number"),
                     cell(record.evidence, "text"), cell(record.date, "text_center"),
                     cell(tr("superseded") if index in superseded else None, "text"),
                     *([cell(files[index], "text")] if files else [])])
    if not year.bonuses:
        page.banner(tr("none"), "text_center")
    if capped:
        page.append([])
        page.banner(tr("capped").format(cap=points_text(year.rules.bonus_cap), towns="、".join(capped)), "note", 30)
    page.close()


def _inspections(workbook, styles, year: AssessmentYear, result: YearResult, tr, title, issuer, footer, town_names) -> None:
    labels = [tr("number"), year.unit_name(tr("town")), tr("inspection_type"), tr("round"), tr("award"), tr("lost"), tr("outcome"),
              tr("note")]
    widths = [6, 12, 22, 7, 10, 14, 24, 30]
    page = _Sheet(workbook, styles, tr("inspections"), widths, header_rows=(2, 2), footer_left=issuer,
                  footer_center=footer)
    page.banner(tr("inspection_title").format(title=title), "title", 32)
    page.table_header(labels)
    types = {kind.code: kind for kind in year.inspection_types}
    cell = page.cell
    for record, counted in zip(year.inspections, result.inspection_lines):
        kind = types.get(record.type)
        lost = counted.cancelled
        page.append([cell(counted.index + 1, "integer"), cell(town_names.get(record.town, record.town), "text_center"),
                     cell(kind.name if kind else record.type, "text"), cell(record.round, "integer"),
                     cell(kind.award if kind else None, "number"), cell(-counted.change if lost else None, "number"),
                     cell(tr("cancelled") if lost else tr("awarded"), "veto" if lost else "text_center"),
                     cell(record.note, "text")])
    if not year.inspections:
        page.banner(tr("none"), "text_center")
    page.close()


def _vetoes(workbook, styles, year: AssessmentYear, tr, title, issuer, footer, town_names, evidence) -> None:
    labels = [tr("number"), year.unit_name(tr("town")), tr("reason"), tr("veto_indicator"), tr("evidence"), tr("when")]
    widths = [6, 12, 40, 18, 32, 11]
    files = _record_files(evidence, "veto", len(year.vetoes))
    if files:
        labels.append(tr("files"))
        widths.append(24)
    page = _Sheet(workbook, styles, tr("vetoes"), widths, header_rows=(2, 2), footer_left=issuer, footer_center=footer)
    page.banner(tr("veto_title").format(title=title), "title", 32)
    page.table_header(labels)
    indicators = {i.code: i.name for i in year.indicators}
    cell = page.cell
    for index, record in enumerate(year.vetoes):
        page.append([cell(index + 1, "integer"), cell(town_names.get(record.town, record.town), "text_center"),
                     cell(record.reason, "text"),
                     cell(indicators.get(record.indicator, record.indicator) if record.indicator else None, "text"),
                     cell(record.evidence, "text"), cell(record.date, "text_center"),
                     *([cell(files[index], "text")] if files else [])])
    if not year.vetoes:
        page.banner(tr("none"), "text_center")
    page.close()
