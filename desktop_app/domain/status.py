"""The state of a year's results, decided in one place: draft, official or finalised.

A year is **official** when its scheme and rules validate, every stored entry fits the
scheme, every scoring part has a score for every town it applies to, and every
department has submitted its sheet (or the administrator has said why it need not).
Anything else is a **draft**, and ``failing`` says why in plain words. An official year
can be **finalised** (审定): frozen, with the fingerprint of the content that made it.
"""
from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
from dataclasses import dataclass, field
from typing import Mapping, Optional, Sequence

from .messages import QT_TRANSLATE_NOOP, Problem
from .model import AssessmentYear
from .scheme_edit import ENTRY_FIELDS
from .scoring import YearResult
from .validation import in_names, validate

DRAFT, OFFICIAL, FINALISED = "draft", "official", "finalised"
CONTEXT = "Status"
STATE_LABELS = {
    DRAFT: QT_TRANSLATE_NOOP("Status", "草稿"),
    OFFICIAL: QT_TRANSLATE_NOOP("Status", "正式"),
    FINALISED: QT_TRANSLATE_NOOP("Status", "已审定"),
}
# What a failing condition is about, so the window can jump to the place.
SCHEME, ENTRY, MISSING, SUBMISSION, CHANGED, APPEAL = "scheme", "entry", "missing", "submission", "changed", "appeal"
MAX_NAMED_PARTS = 6


@dataclass(frozen=True)
class Failing:
    """One condition that keeps the year from being official, and where to go to fix it."""

    about: str                 # SCHEME, ENTRY, MISSING, SUBMISSION, APPEAL or CHANGED
    problem: Problem
    town: Optional[str] = None
    part: Optional[str] = None
    department: Optional[str] = None


@dataclass(frozen=True)
class YearState:
    state: str
    failing: tuple[Failing, ...]
    year: AssessmentYear = field(repr=False, compare=False)
    result: YearResult = field(repr=False, compare=False)
    waived: tuple[tuple[str, str], ...] = ()  # (department, reason) counted without a submission
    finalised_at: Optional[str] = None

    @functools.cached_property
    def fingerprint(self) -> str:
        """Of the year's content and results as they are now; worked out when first asked
        (a draft shown in the status bar after each typed score never needs it)."""
        return fingerprint(self.year, self.result)

    @property
    def official(self) -> bool:
        """Official and finalised results may be issued as such; a draft may not."""
        return self.state in (OFFICIAL, FINALISED)

    @property
    def problems(self) -> list[Problem]:
        return [failing.problem for failing in self.failing]

    def sheet_failing(self, year: AssessmentYear, department: str) -> list[Failing]:
        """What keeps one department's score sheet from being issued as final: the sheet not
        submitted, or a score of its parts that does not fit (a missing score makes the sheet
        a draft by itself). A finalised year has none."""
        if self.state == FINALISED:
            return []
        parts = {part.code for _, part in year.parts() if part.department == department}
        return [f for f in self.failing if (f.about == SUBMISSION and f.department == department)
                or (f.about == ENTRY and f.part in parts)]


# Fields added in later versions: left out of the fingerprint while at their default, so a year
# finalised by an earlier version keeps its fingerprint (and stays finalised) after an update.
LATER_RULE_FIELDS = {"require_loss_reasons": False, "rank_by_class": False, "adjustment_add_cap": None,
                     "adjustment_deduct_cap": None, "refill_limited_places": False}
LATER_TOWN_FIELDS = {"class_code": None}
LATER_INDICATOR_FIELDS = {"rounds": None, "round_points": None}
LATER_PART_FIELDS = {"round": None}


def _as_before(value, later_fields: dict) -> str:
    """``repr(value)`` of a dataclass without the later fields that are at their default."""
    shown = [f"{f.name}={getattr(value, f.name)!r}" for f in dataclasses.fields(value)
             if not (f.name in later_fields and getattr(value, f.name) == later_fields[f.name])]
    return f"{type(value).__name__}({', '.join(shown)})"


def _tuple_text(shown: list[str]) -> str:
    """How ``repr`` writes a tuple of items already written."""
    return "(" + ", ".join(shown) + ("," if len(shown) == 1 else "") + ")"


def _towns_as_before(towns) -> str:
    return _tuple_text([_as_before(town, LATER_TOWN_FIELDS) for town in towns])


def _indicators_as_before(indicators) -> str:
    """``repr`` of the indicators without the later fields at their default, in them or their parts."""
    shown = []
    for indicator in indicators:
        fields = []
        for f in dataclasses.fields(indicator):
            value = getattr(indicator, f.name)
            if f.name in LATER_INDICATOR_FIELDS and value == LATER_INDICATOR_FIELDS[f.name]:
                continue
            text = _tuple_text([_as_before(part, LATER_PART_FIELDS) for part in value]) if f.name == "parts" \
                else repr(value)
            fields.append(f"{f.name}={text}")
        shown.append(f"{type(indicator).__name__}({', '.join(fields)})")
    return _tuple_text(shown)


def fingerprint(year: AssessmentYear, result: YearResult) -> str:
    """A short fingerprint of everything that makes the printed results: twelve hex
    digits in three groups (``3F2A-9C1D-77E0``), printed on every document and workbook.

    The same data gives the same fingerprint however it was read: scores are taken in
    (town, part) order, the notice settings with sorted keys; every other list keeps its
    order, which is part of the data (the order of towns, indicators and records)."""
    digest = hashlib.sha256()
    for piece in (
        "(" + ", ".join([repr(year.year), repr(year.title), _as_before(year.rules, LATER_RULE_FIELDS),
                         repr(year.departments), repr(year.categories), _indicators_as_before(year.indicators),
                         _towns_as_before(year.towns), *map(repr, (
                             year.bonus_types, year.bonuses, year.inspection_types, year.inspections, year.vetoes,
                             year.veto_conditions, year.assessment_methods))]) + ")"
        + (repr(year.town_classes) if year.town_classes else "")
        + (repr((year.adjustment_types, year.adjustments)) if year.adjustment_types or year.adjustments else "")
        + (repr((year.grade_limits, year.limit_flags)) if year.grade_limits or year.limit_flags else "")
        + (repr(year.consequences) if year.consequences else "")
        + (repr((year.rollup_parts, year.rollups)) if year.rollup_parts or year.rollups else "")
        + (repr(year.unit_level) if year.unit_level is not None else "")
        + (repr(year.rounds) if year.rounds else ""),
        json.dumps(year.issuer, ensure_ascii=False, sort_keys=True, default=str),
        repr(sorted(year.scores)),
        repr([(row.code, row.final, row.rank, row.grade, row.vetoed) for row in result.rows]),
    ):
        digest.update(piece.encode("utf-8"))
        digest.update(b"\x1e")
    text = digest.hexdigest()[:12].upper()
    return "-".join(text[n:n + 4] for n in range(0, 12, 4))


def year_state(year: AssessmentYear, result: YearResult, submitted: Mapping[str, str],
               waived: Mapping[str, str] = {}, finalised: Optional[tuple[str, str]] = None,
               pending_appeals: Sequence[tuple[str, str]] = ()) -> YearState:
    """The state of ``year`` with ``result`` (its computed results), the departments that
    have ``submitted`` their sheets, those ``waived`` (department -> the reason given),
    the appeals still waiting for a decision (town, part) and, once finalised,
    ``(when, fingerprint then)``."""
    failing: list[Failing] = []
    for problem in validate(year):
        about = ENTRY if problem.path.split("[")[0] in ENTRY_FIELDS else SCHEME
        town = part = None
        if problem.path.startswith("scores["):
            town, part = problem.params.get("town"), problem.params.get("part")
        failing.append(Failing(about, in_names(problem, year), town=town, part=part))
    for row in result.rows:
        if row.missing_parts:
            shown = "、".join(row.missing_parts[:MAX_NAMED_PARTS]) + ("……" if len(row.missing_parts) > MAX_NAMED_PARTS else "")
            failing.append(Failing(MISSING, Problem(
                "", QT_TRANSLATE_NOOP("Status", "{town}还有 {count} 项未打分（{parts}）"),
                {"town": row.name, "count": len(row.missing_parts), "parts": shown}, context=CONTEXT),
                town=row.code, part=row.missing_parts[0]))
    for department in year.departments:
        if department.code not in submitted and department.code not in waived:
            failing.append(Failing(SUBMISSION, Problem(
                "", QT_TRANSLATE_NOOP("Status", "{department}尚未提交打分表"),
                {"department": department.name}, context=CONTEXT), department=department.code))
    town_names = {town.code: town.name for town in year.towns}
    indicator_of = {part.code: indicator.part_name(part) for indicator, part in year.parts()}
    for town, part in pending_appeals:
        failing.append(Failing(APPEAL, Problem(
            "", QT_TRANSLATE_NOOP("Status", "{town}对“{indicator}”的申诉尚未复核"),
            {"town": town_names.get(town, town), "indicator": indicator_of.get(part, part)}, context=CONTEXT),
            town=town, part=part))
    waived_list = tuple((code, reason) for code, reason in waived.items())
    if finalised is not None:
        when, frozen = finalised
        now = fingerprint(year, result)
        if frozen != now:  # only a change outside the program can get here: say so, loudly
            failing.insert(0, Failing(CHANGED, Problem(
                "", QT_TRANSLATE_NOOP("Status", "数据与审定时不一致（审定时指纹 {then}，现为 {now}），请从备份恢复或重新审定"),
                {"then": frozen, "now": now}, context=CONTEXT)))
            return YearState(DRAFT, tuple(failing), year, result, waived_list, when)
        return YearState(FINALISED, (), year, result, waived_list, when)
    return YearState(DRAFT if failing else OFFICIAL, tuple(failing), year, result, waived_list)
