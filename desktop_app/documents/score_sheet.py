"""部门量化考评打分表: one department's parts × towns with scores and deduction
reasons, and the lines the department signs and seals to certify them."""
from __future__ import annotations

from typing import Optional

from reportlab.platypus import Flowable, Spacer

from ..domain.messages import QT_TRANSLATE_NOOP
from ..domain.model import AssessmentYear
from ..domain.scoring import YearResult
from .common import BuiltDocument, render
from .fonts import FANG, HEI, XBS, DocumentError, FontSet
from .layout import (
    BODY_CHAR_SPACE, CHAR, FLUSH, LINE, SIZE_2, SIZE_3, TEXT_WIDTH, TITLE, BlankLines, Column, GongwenDoc,
    GridTable, KeepAround, Run, TableRow, TextBlock, TextStyle, mm, set_text, units_column,
)
from ..domain.numbers import points_text, two_decimals
from .texts import full_width_punctuation, split_title, unit_noun

SIGN_FIELDS = (("经办人：", "负责人："), ("单位（盖章）：", "日期："))
# a part's heading stays on one page with the table header and this many rows;
# the signature lines with at least the table's last rows
ROWS_UNDER_HEADING, ROWS_ABOVE_SIGNATURE = 3, 2


class SignatureLines(Flowable):
    """经办人 / 负责人 / 单位（盖章） / 日期 with ruled blanks to sign on."""

    def __init__(self, fonts: FontSet):
        super().__init__()
        self.fonts = fonts
        self.height = 2 * LINE * 1.5

    def wrap(self, avail_width, avail_height):
        return TEXT_WIDTH, self.height

    def draw(self):
        canv = self.canv
        font = self.fonts[FANG]
        half = TEXT_WIDTH / 2
        canv.setLineWidth(0.6)
        for row, pair in enumerate(SIGN_FIELDS):
            top = self.height - row * LINE * 1.5
            for column, label in enumerate(pair):
                x = column * half
                set_text(canv, label, FANG, SIZE_3, self.fonts, x, top, char_space=BODY_CHAR_SPACE)
                start = x + font.width(label, SIZE_3) + BODY_CHAR_SPACE * len(label)
                end = x + half - CHAR
                baseline = top - SIZE_3 + 1
                if label == "日期：":
                    set_text(canv, "年　　月　　日", FANG, SIZE_3, self.fonts, start + 3 * CHAR, top,
                             char_space=BODY_CHAR_SPACE)
                else:
                    canv.line(start, baseline, end, baseline)


def department_is_complete(year: AssessmentYear, result: YearResult, department: str) -> bool:
    parts = {part.code for indicator, part in year.parts() if part.department == department and not indicator.veto}
    return not any(part in parts for row in result.rows for part in row.missing_parts)


def build_score_sheet(year: AssessmentYear, result: YearResult, department: str, *,
                      fonts: Optional[FontSet] = None, draft: bool = False,
                      fingerprint: Optional[str] = None) -> BuiltDocument:
    fonts = fonts or FontSet.default()
    names = {d.code: d.name for d in year.departments}
    if department not in names:
        by_name = {d.name: d.code for d in year.departments}
        if department not in by_name:
            raise DocumentError(QT_TRANSLATE_NOOP("Documents", "部门 {department} 不存在。可用的部门编码：{codes}"),
                                department=department, codes="、".join(names))
        department = by_name[department]
    name = names[department]
    parts = [(i, p) for i, p in year.parts() if p.department == department and not i.veto]
    if not parts:
        raise DocumentError(QT_TRANSLATE_NOOP("Documents", "{department}没有需要打分的部分。"), department=name)
    draft = draft or not department_is_complete(year, result, department)
    scores = {(s.town, s.part): s for s in year.scores if s.part in {p.code for _, p in parts}}
    title = f"{year.title}部门量化考评打分表"

    def story(doc: GongwenDoc) -> list:
        flow = [TextBlock("\n".join(split_title(title, fonts, XBS, SIZE_2, TEXT_WIDTH)), TITLE, fonts, "标题"),
                BlankLines(1),
                TextBlock([Run("考评部门：", HEI), Run(name)], FLUSH, fonts, "考评部门")]
        for number, (indicator, part) in enumerate(parts, 1):
            flow.append(Spacer(TEXT_WIDTH, mm(3)))
            part_name = indicator.part_name(part)
            head = [TextBlock([Run(f"{number}.{part_name}（{points_text(part.points)}分）", HEI)], FLUSH,
                              fonts, "打分部分")]
            details = []
            if indicator.content:
                details.append(f"考核内容：{indicator.content}")
            if indicator.method:
                details.append(f"考核方式：{indicator.method}")
            if details:
                head.append(TextBlock(full_width_punctuation("；".join(details)) + "。",
                                      TextStyle(size=14, leading=14 * 1.6, char_space=0.0), fonts, "考核内容"))
            rows = []
            for town in year.towns:
                if not indicator.applies(town.code):
                    continue
                score = scores.get((town.code, part.code))
                reasons = "；".join(f"{d.reason.rstrip('。；;')}，扣{two_decimals(d.points)}分" for d in score.deductions) \
                    if score else ""
                rows.append(TableRow((str(len(rows) + 1), town.name, points_text(part.points),
                                      two_decimals(score.score) if score else "未打分",
                                      full_width_punctuation(reasons) or "—",
                                      full_width_punctuation(score.note or "") if score else "")))
            columns = [Column("序号"), units_column(unit_noun(year)), Column("分值"), Column("得分"),
                       Column("扣分原因及扣分", align="left", wrap=True, min_chars=8),
                       Column("备注", align="left", wrap=True, min_chars=4)]
            table = GridTable(columns, rows, fonts, f"{part_name}打分表", sizes=(12.0, 10.5))
            tail = [Spacer(TEXT_WIDTH, LINE), SignatureLines(fonts)] if number == len(parts) else []
            flow.append(KeepAround(table, head, tail, start=ROWS_UNDER_HEADING, end=ROWS_ABOVE_SIGNATURE))
        return flow

    return render(story, fonts, title=f"{name}{title}", author=name, draft=draft, fingerprint=fingerprint)
