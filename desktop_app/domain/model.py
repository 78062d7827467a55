"""Immutable value objects for one assessment year.

Numbers are ``Decimal`` everywhere. The year is a plain value: a what-if
simulation is ``dataclasses.replace(year, ...)`` followed by another compute.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import NamedTuple, Optional

TOWN_KINDS = ("镇", "街道", "乡")
FORMAT_ID = "assessment-year/1"

ZERO = Decimal(0)


@dataclass(frozen=True, slots=True)
class Grade:
    name: str
    share: Optional[Decimal] = None
    min_score: Optional[Decimal] = None


@dataclass(frozen=True, slots=True)
class Rules:
    full_score: Decimal
    bonus_cap: Decimal
    grade_mode: str
    grades: tuple[Grade, ...]
    quota_rounding: str = "floor"
    boundary_ties: str = "include"
    veto_grade: Optional[str] = None
    rank_style: str = "competition"
    # Every score below its part's points must say why (a deduction or a note): the letters quote it.
    require_loss_reasons: bool = False
    # Classified assessment (分类考核): each town class is ranked and graded on its own, quotas
    # taken of the class's size; otherwise all towns together.
    rank_by_class: bool = False
    # Caps of the adjustment register's sums over a town (Hebei's ±5): additions and deductions
    # each at most this much; None: uncapped.
    adjustment_add_cap: Optional[Decimal] = None
    adjustment_deduct_cap: Optional[Decimal] = None
    # A place a grade limit frees in a better grade goes to the next town that may have it;
    # otherwise (the default) it stays empty.
    refill_limited_places: bool = False

    @property
    def effective_veto_grade(self) -> str:
        return self.veto_grade if self.veto_grade else self.grades[-1].name


@dataclass(frozen=True, slots=True)
class Department:
    code: str
    name: str


@dataclass(frozen=True, slots=True)
class Category:
    code: str
    name: str
    points: Decimal


@dataclass(frozen=True, slots=True)
class Part:
    """A scoring part: one department's share of an indicator's points, or one round of an
    indicator scored in rounds (``round`` names it, one of the year's rounds)."""

    code: str
    department: str
    points: Decimal
    round: Optional[str] = None


@dataclass(frozen=True, slots=True)
class Indicator:
    code: str
    category: str
    name: str
    parts: tuple[Part, ...]
    content: Optional[str] = None
    method: Optional[str] = None
    veto: bool = False
    # None means the indicator applies to every town.
    applies_to: Optional[tuple[str, ...]] = None
    # Scored in periodic rounds (平时考核 by quarter): each part is one round, and the indicator's year
    # score is the mean (to 0.01) or the sum of its rounds (ROUNDS_MEAN / ROUNDS_SUM), capped at round_points,
    # which is also what the indicator weighs in its category. None: its parts add up as usual.
    rounds: Optional[str] = None
    round_points: Optional[Decimal] = None

    def applies(self, town_code: str) -> bool:
        return self.applies_to is None or town_code in self.applies_to

    def part_name(self, part: "Part") -> str:
        """How a part of this indicator is named where it stands alone (a column, a row, a picker):
        the indicator's name, and the round of a part that scores one (平时考核·第一季度)."""
        return self.name if part.round is None else f"{self.name}·{part.round}"

    @property
    def points(self) -> Decimal:
        """What the indicator weighs: its round points when scored in rounds, else its parts' sum (a
        veto indicator's parts should weigh nothing; validation says so when they do)."""
        if self.rounds is not None and not self.veto:
            return self.round_points if self.round_points is not None else ZERO
        return sum((part.points for part in self.parts), ZERO)


ROUNDS_MEAN = "mean"
ROUNDS_SUM = "sum"
ROUND_COMBINATIONS = (ROUNDS_MEAN, ROUNDS_SUM)


@dataclass(frozen=True, slots=True)
class TownClass:
    """A class of towns assessed together (镇 / 街道, 重点帮扶 / 其他)."""

    code: str
    name: str


@dataclass(frozen=True, slots=True)
class Town:
    code: str
    name: str
    kind: Optional[str] = None
    # The code of the town's class, when the year defines classes.
    class_code: Optional[str] = None


# Scores are the one high-volume record (500 towns x 60 parts): immutable
# NamedTuples build about twice as fast as frozen dataclasses. Use ``_replace``.
class Deduction(NamedTuple):
    reason: str
    points: Decimal


class Score(NamedTuple):
    town: str
    part: str
    score: Decimal
    deductions: tuple[Deduction, ...] = ()
    note: Optional[str] = None


@dataclass(frozen=True, slots=True)
class BonusType:
    code: str
    name: str
    points: Decimal


@dataclass(frozen=True, slots=True)
class Bonus:
    town: str
    type: str
    count: int = 1
    group: Optional[str] = None
    evidence: Optional[str] = None
    date: Optional[str] = None


@dataclass(frozen=True, slots=True)
class AdjustmentType:
    """An adjustment per occurrence (调整指标, 负面清单): positive points add, negative deduct.
    ``cap`` bounds the type's total for one town (a 负面清单's "at most M in all")."""

    code: str
    name: str
    points: Decimal
    cap: Optional[Decimal] = None


@dataclass(frozen=True, slots=True)
class GradeLimit:
    """A condition under which a town is graded no better than ``grade`` (Yunnan: a unit with
    prominent problems may not be graded 好): met by a record of the adjustment type
    ``adjustment_type`` or by the bureau's flag naming this limit. Applied after the quotas."""

    code: str
    name: str
    grade: str
    adjustment_type: Optional[str] = None


@dataclass(frozen=True, slots=True)
class RollUpPart:
    """A part scored from the results of each town's units one level down (a city's part from
    its counties' results): points × the weighted mean of the units' final ÷ full score.
    ``weights``: (class name, weight) of the lower units; without weights every unit weighs 1,
    with them a unit of an unlisted class weighs 0. ``unit_level``: the level of the units a
    lower year file must assess (its ``unit_level``), if set."""

    part: str
    weights: tuple[tuple[str, Decimal], ...] = ()
    unit_level: Optional[str] = None

    def weight(self, class_name: Optional[str]) -> Decimal:
        if not self.weights:
            return Decimal(1)
        return dict(self.weights).get(class_name or "", ZERO)


@dataclass(frozen=True, slots=True)
class SubUnit:
    """One unit's result in a lower year, as imported."""

    name: str
    final: Decimal
    full: Decimal
    class_name: Optional[str] = None


@dataclass(frozen=True, slots=True)
class RollUp:
    """The lower results a town's roll-up part is scored from, and where they came from."""

    town: str
    part: str
    units: tuple[SubUnit, ...]
    source: str  # the lower year file's name
    fingerprint: str  # the lower year's results fingerprint when imported
    imported_on: str
    lower_year: int
    lower_title: str


@dataclass(frozen=True, slots=True)
class Consequence:
    """What the plan says follows (结果运用): ``action`` (通报表扬, 约谈提醒 …) for every town graded
    ``grade``, or meeting grade limit ``limit``."""

    action: str
    grade: Optional[str] = None
    limit: Optional[str] = None


@dataclass(frozen=True, slots=True)
class LimitFlag:
    """The bureau's decision that ``town`` meets grade limit ``limit``, and why."""

    town: str
    limit: str
    reason: str


@dataclass(frozen=True, slots=True)
class Adjustment:
    town: str
    type: str
    count: int = 1
    evidence: Optional[str] = None
    date: Optional[str] = None


@dataclass(frozen=True, slots=True)
class InspectionType:
    code: str
    name: str
    award: Decimal


@dataclass(frozen=True, slots=True)
class Inspection:
    town: str
    type: str
    round: Optional[int] = None
    deducted: Decimal = ZERO
    note: Optional[str] = None


@dataclass(frozen=True, slots=True)
class Veto:
    town: str
    reason: str
    indicator: Optional[str] = None
    evidence: Optional[str] = None
    date: Optional[str] = None


@dataclass(frozen=True, slots=True)
class AssessmentYear:
    year: int
    title: str
    rules: Rules
    departments: tuple[Department, ...]
    categories: tuple[Category, ...]
    indicators: tuple[Indicator, ...]
    towns: tuple[Town, ...]
    scores: tuple[Score, ...] = ()
    bonus_types: tuple[BonusType, ...] = ()
    bonuses: tuple[Bonus, ...] = ()
    inspection_types: tuple[InspectionType, ...] = ()
    inspections: tuple[Inspection, ...] = ()
    vetoes: tuple[Veto, ...] = ()
    # The plan's veto conditions, offered as reasons when a veto is registered.
    veto_conditions: tuple[str, ...] = ()
    # The assessment methods the plan names, offered for each indicator.
    assessment_methods: tuple[str, ...] = ()
    # Free-form notice settings (issuer marks, document number, recipients ...).
    issuer: Optional[dict] = field(default=None, compare=True)
    # The classes towns belong to, in the order results list them; none: one class of all towns.
    town_classes: tuple[TownClass, ...] = ()
    # The adjustment register (beside the bonus): its types and records.
    adjustment_types: tuple[AdjustmentType, ...] = ()
    adjustments: tuple[Adjustment, ...] = ()
    # Grade limits and the towns the bureau flagged under them.
    grade_limits: tuple[GradeLimit, ...] = ()
    limit_flags: tuple[LimitFlag, ...] = ()
    # What follows from a grade or a limit, printed in the notice and the upward workbook.
    consequences: tuple[Consequence, ...] = ()
    # Parts scored from the level below, and the lower results imported for each town.
    rollup_parts: tuple[RollUpPart, ...] = ()
    rollups: tuple[RollUp, ...] = ()
    # The level of the units this year assesses (镇街, 县（市、区）…), checked by a roll-up above it.
    unit_level: Optional[str] = None
    # The year's periodic rounds (第一季度 … 第四季度), in order: the rounds its indicators' parts may name.
    rounds: tuple[str, ...] = ()

    def unit_name(self, default: str) -> str:
        """What the year calls the units it assesses (its ``unit_level``: 县（区）…), else ``default``."""
        return (self.unit_level or "").strip() or default

    def class_name(self, code: Optional[str]) -> str:
        return next((c.name for c in self.town_classes if c.code == code), code or "")

    def parts(self):
        """Every (indicator, part) pair in scheme order."""
        for indicator in self.indicators:
            for part in indicator.parts:
                yield indicator, part
