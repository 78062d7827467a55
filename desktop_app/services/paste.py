"""A block of scores pasted from a spreadsheet into a department's sheet: which cells
it changes, or every reason it cannot be written. The entry grid, the command line and
tests all check a paste here, so a pasted score is held to the same rules as a typed one."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..domain.messages import QT_TRANSLATE_NOOP, MessageError, Problem
from ..domain.model import Score
from .session import EntryError, YearSession, parse_score_text

CONTEXT = "Entry"


def parse_block(text: str) -> list[list[str]]:
    """Rows of tab-separated cells as Excel puts them on the clipboard."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.endswith("\n"):
        text = text[:-1]
    if not text.strip():
        return []
    return [line.split("\t") for line in text.split("\n")]


@dataclass
class PastedBlock:
    """What a paste would write: the scores that change (nothing if any cell is refused)."""

    scores: list[Score] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    # stored scores with itemised deductions that the pasted values would replace (ask first)
    replaces_deductions: list[Score] = field(default_factory=list)
    rows: int = 0      # the block's size inside the sheet, for selecting what was pasted
    columns: int = 0

    def error(self) -> MessageError:
        return EntryError(problems=self.problems)


def _problem(where: str, template: str, **params) -> Problem:
    return Problem(where, template, params, context=CONTEXT)


def check_pasted_block(session: YearSession, department: str, text: str, first_town: int = 0,
                       first_part: int = 0) -> PastedBlock:
    """The block ``text`` pasted with its top-left value at the ``first_town``-th town and
    the ``first_part``-th part of ``department``'s sheet (the entry grid's row and column).
    Blank values leave their cell as it is; a value equal to the stored score is no change."""
    block = parse_block(text)
    towns = session.year.towns
    parts = [part for _, part in session.department_parts(department)]
    applies = {part.code: indicator for indicator, part in session.department_parts(department)}
    check = session.score_checker()
    current = session.score_map()
    pasted = PastedBlock(rows=max(0, min(len(block), len(towns) - first_town)),
                         columns=max(0, min(max((len(values) for values in block), default=0), len(parts) - first_part)))
    for i, values in enumerate(block):
        for j, raw in enumerate(values):
            value = raw.strip()
            if not value:
                continue
            row, column = first_town + i, first_part + j
            if row >= len(towns) or column >= len(parts):
                pasted.problems.append(_problem(
                    "", QT_TRANSLATE_NOOP("Entry", "粘贴内容第 {row} 行第 {column} 列“{value}”：超出表格范围"),
                    row=i + 1, column=j + 1, value=value))
                continue
            town, part = towns[row], parts[column]
            where = f"{town.name} / {part.code}"
            if not applies[part.code].applies(town.code):
                pasted.problems.append(_problem(where, QT_TRANSLATE_NOOP("Entry", "该指标不适用于此镇街，不打分")))
                continue
            existing = current.get((town.code, part.code))
            try:
                number = parse_score_text(value)
                if existing is not None and existing.score == number:
                    check(town.code, part.code, None)  # the cell's sheet may still be locked
                else:
                    # A pasted score replaces the deductions; the note stays (and may be the loss's reason).
                    check(town.code, part.code, number, (), existing.note if existing else None)
            except EntryError as error:
                pasted.problems += [Problem(where, p.template, p.params, context=p.context) for p in error.problems]
                continue
            if existing is not None and existing.score == number:
                continue
            if existing is not None and existing.deductions:
                pasted.replaces_deductions.append(existing)
            pasted.scores.append(Score(town.code, part.code, number, (), existing.note if existing else None))
    if pasted.problems:
        pasted.scores, pasted.replaces_deductions = [], []
    return pasted
