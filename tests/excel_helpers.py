"""Filling exported department templates the way a department would (with openpyxl)."""
from __future__ import annotations

import random
from decimal import Decimal
from pathlib import Path

import openpyxl

from desktop_app.domain.model import Deduction, Score
from desktop_app.excel.layout import CODE_COLUMN, CODES_MARK, END_MARK, split_field_code

HUNDREDTH = Decimal("0.01")


class Template:
    """An exported template opened for editing: cells found by town and part code."""

    def __init__(self, path):
        self.path = Path(path)
        self.workbook = openpyxl.load_workbook(self.path)
        self.sheet = self.workbook.worksheets[0]
        self.columns: dict[tuple[str, str], int] = {}
        self.rows: dict[str, int] = {}
        codes_row = next(row for row in range(1, self.sheet.max_row + 1)
                         if self.sheet.cell(row, CODE_COLUMN).value == CODES_MARK)
        self.codes_row = codes_row
        for column in range(1, self.sheet.max_column + 1):
            parsed = split_field_code(self.sheet.cell(codes_row, column).value)
            if parsed:
                self.columns[parsed] = column
        row = codes_row + 1
        while self.sheet.cell(row, CODE_COLUMN).value != END_MARK:
            self.rows[self.sheet.cell(row, CODE_COLUMN).value] = row
            row += 1
        self.end_row = row

    def cell(self, town: str, part: str, field: str = "score"):
        return self.sheet.cell(self.rows[town], self.columns[(part, field)])

    def address(self, town: str, part: str, field: str = "score") -> str:
        return f"{self.sheet.title}!{self.cell(town, part, field).coordinate}"

    def set(self, town: str, part: str, field: str, value) -> None:
        self.cell(town, part, field).value = value

    def save(self, path=None) -> Path:
        target = Path(path) if path else self.path
        self.workbook.save(target)
        return target


def random_scores(year, department: str, seed: int, blank_share: float = 0.0) -> list[Score]:
    """New valid scores for every cell a department scores: some plain, some with
    itemised deductions (score left for the import to compute), some with notes."""
    rng = random.Random(seed)
    scores = []
    for indicator, part in year.parts():
        if part.department != department or indicator.veto:
            continue
        for town in year.towns:
            if not indicator.applies(town.code) or rng.random() < blank_share:
                continue
            hundredths = int(part.points / HUNDREDTH)
            style = rng.random()
            note = f"核查记录{rng.randint(1, 99)}" if rng.random() < 0.2 else None
            if style < 0.5:
                value = Decimal(rng.randint(0, hundredths)) * HUNDREDTH
                scores.append(Score(town.code, part.code, value, (), note))
            elif style < 0.8:
                lost = Decimal(rng.randint(1, hundredths)) * HUNDREDTH
                scores.append(Score(town.code, part.code, part.points - lost, (Deduction("台账资料不完整", lost),), note))
            else:
                first = Decimal(rng.randint(1, hundredths // 2 or 1)) * HUNDREDTH
                second = Decimal(rng.randint(0, hundredths)) * HUNDREDTH  # may take the score below 0: floored
                total = first + second
                value = max(Decimal(0), part.points - total)
                scores.append(Score(town.code, part.code, value,
                                    (Deduction("资料缺失", first), Deduction("群众反映问题未整改", second)), note))
    return scores


def fill(template: Template, scores, *, numbers_as_float: bool = True, write_score_with_deductions: bool = False) -> None:
    """Type ``scores`` into the template as Excel would store them (floats)."""
    as_value = (lambda d: float(d)) if numbers_as_float else (lambda d: d)
    for score in scores:
        if score.deductions:
            if write_score_with_deductions:
                template.set(score.town, score.part, "score", as_value(score.score))
            template.set(score.town, score.part, "reason", "\n".join(d.reason for d in score.deductions))
            if len(score.deductions) == 1:
                template.set(score.town, score.part, "deduction", as_value(score.deductions[0].points))
            else:
                template.set(score.town, score.part, "deduction", "\n".join(str(d.points) for d in score.deductions))
        else:
            template.set(score.town, score.part, "score", as_value(score.score))
        if score.note:
            template.set(score.town, score.part, "note", score.note)


def database_key(database) -> bytes:
    """The key a database signs its templates with (made on first use), for templates written here."""
    from desktop_app.services.sheets import signing_key
    from desktop_app.storage import Store

    with Store(database) as store:
        return signing_key(store)
