"""The scoring engine: the only place where scores are computed.

``compute(year)`` is a pure function of an ``AssessmentYear``. The rules are summed up
in the README (计分规则); each function below says which one it applies.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import Decimal
from typing import NamedTuple, Optional

from .model import ROUNDS_MEAN, ZERO, AssessmentYear, Indicator, Rules
from .numbers import round2, round_int, to_text


@dataclass(frozen=True, slots=True)
class BonusBreakdown:
    """How a town's bonus was counted: for the registers and the explain view."""

    achievements: tuple[tuple[Optional[str], Decimal, int], ...]  # (group, value, index of counted record)
    uncapped: Decimal
    capped: bool
    # Indexes (into year.bonuses) of records outranked inside their group (就高不就低).
    superseded: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class InspectionLine:
    """One inspection round as the core counted it: the registers, the explain view, the
    letters and the workbooks read these instead of re-applying the rule."""

    index: int  # into year.inspections
    award: Decimal  # what the round awards (nothing for an unknown type)
    cancelled: bool  # the round cost the district points: the award is cancelled and the points deducted
    change: Decimal  # what it adds to the town's result: the award, or minus the deducted points


@dataclass(frozen=True, slots=True)
class AdjustmentBreakdown:
    """How a town's adjustment was counted: each type's total (its records' points × count,
    then the type's own cap), the additions and deductions before and after their caps."""

    by_type: tuple[tuple[str, Decimal, Decimal], ...]  # (type code, total, counted after the type's cap)
    additions_uncapped: Decimal
    deductions_uncapped: Decimal  # a positive number: what the deductions take away
    additions: Decimal
    deductions: Decimal

    @property
    def total(self) -> Decimal:
        return self.additions - self.deductions


@dataclass(frozen=True, slots=True)
class TownResult:
    code: str
    name: str
    order: int  # position of the town in the year's town list
    full: Decimal
    raw: Decimal
    normalised: Decimal  # rounded to hundredths for display
    normalised_exact: Decimal
    bonus: Decimal
    inspection: Decimal
    final: Decimal
    rank: int
    grade: str
    vetoed: bool
    complete: bool
    categories: dict  # category code -> raw subtotal
    missing_parts: tuple[str, ...]
    bonus_detail: BonusBreakdown
    veto_reasons: tuple[str, ...]
    inspection_detail: tuple[InspectionLine, ...] = ()
    town_class: Optional[str] = None  # the town's class code, when the year has classes
    adjustment: Decimal = ZERO  # the adjustment register's sum after its caps
    adjustment_detail: Optional[AdjustmentBreakdown] = None  # None: the year has no adjustment types
    limits: tuple[str, ...] = ()  # codes of the grade limits the town meets (its grade is no better than theirs)
    consequences: tuple[str, ...] = ()  # the actions the plan states for its grade and its limits, in the year's order

    def as_json(self) -> dict:
        """The command line's JSON row (key order as the reference results; the class only
        when the year has classes)."""
        row = {
            "code": self.code,
            "name": self.name,
            "full": to_text(self.full),
            "raw": to_text(self.raw),
            "normalised": to_text(self.normalised),
            "bonus": to_text(self.bonus),
            "inspection": to_text(self.inspection),
            "final": to_text(self.final),
            "vetoed": self.vetoed,
            "complete": self.complete,
            "rank": self.rank,
            "grade": self.grade,
            "categories": {code: to_text(value) for code, value in self.categories.items()},
        }
        if self.town_class is not None:
            row["class"] = self.town_class
        if self.adjustment_detail is not None:
            row["adjustment"] = to_text(self.adjustment)
        return row


@dataclass(frozen=True, slots=True)
class YearResult:
    year: int
    rows: tuple[TownResult, ...]  # ranking order
    # What each record of year.bonuses is worth (points of its type × count), in record order.
    bonus_values: tuple[Decimal, ...] = ()
    # How each record of year.inspections counts, in record order.
    inspection_lines: tuple[InspectionLine, ...] = ()

    @property
    def complete(self) -> bool:
        return all(row.complete for row in self.rows)

    @property
    def missing_count(self) -> int:
        """Scores still to be entered, over all towns."""
        return sum(len(row.missing_parts) for row in self.rows)

    def by_code(self) -> dict[str, TownResult]:
        return {row.code: row for row in self.rows}

    def grade_counts(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for row in self.rows:
            counts[row.grade] = counts.get(row.grade, 0) + 1
        return counts


def _bonus(town_records, values: list[Decimal], cap: Decimal) -> BonusBreakdown:
    """就高不就低: records sharing a group are one achievement, counted at its best value."""
    best: dict[str, tuple[Decimal, int]] = {}
    achievements: list[tuple[Optional[str], Decimal, int]] = []
    superseded: list[int] = []
    for index, record in town_records:
        value = values[index]
        if record.group is None:
            achievements.append((None, value, index))
            continue
        held = best.get(record.group)
        if held is None or value > held[0]:
            if held is not None:
                superseded.append(held[1])
            best[record.group] = (value, index)
        else:
            superseded.append(index)
    achievements.extend((group, value, index) for group, (value, index) in best.items())
    uncapped = sum((value for _, value, _ in achievements), ZERO)
    capped = uncapped > cap
    return BonusBreakdown(tuple(achievements), uncapped, capped, tuple(sorted(superseded)))


def rollup_score(part_points: Decimal, rule, rollup) -> Optional[Decimal]:
    """A roll-up part's score: points × the weighted mean of the lower units' final ÷ full, to
    0.01; None when no unit weighs anything (or any unit's full score is not positive)."""
    total_weight = ZERO
    weighted = ZERO
    for unit in rollup.units:
        weight = rule.weight(unit.class_name)
        if weight and unit.full <= 0:
            return None
        if weight:
            total_weight += weight
            weighted += weight * unit.final / unit.full
    if total_weight <= 0:
        return None
    return round2(part_points * weighted / total_weight)


def round_score(indicator: Indicator, values) -> Decimal:
    """The year score of an indicator scored in rounds, from its rounds' scores (one per part; a round
    not yet scored, None, counts 0 meanwhile, as a part does): their mean to 0.01 or their sum, as the
    indicator says, capped at its round points."""
    total = sum((value for value in values if value is not None), ZERO)
    combined = round2(total / len(values)) if indicator.rounds == ROUNDS_MEAN else total
    return min(combined, indicator.points)


def _adjustment(town_records, kinds: dict, rules: Rules) -> AdjustmentBreakdown:
    """The adjustment register: each type's records summed and held to the type's cap, then
    additions and deductions each held to their own cap."""
    totals: dict[str, Decimal] = {}
    for record in town_records:
        kind = kinds.get(record.type)
        if kind is not None:
            totals[record.type] = totals.get(record.type, ZERO) + kind.points * record.count
    by_type = []
    for code, total in totals.items():
        cap = kinds[code].cap
        counted = total if cap is None else max(-cap, min(cap, total))
        by_type.append((code, total, counted))
    additions = sum((counted for _, _, counted in by_type if counted > 0), ZERO)
    deductions = -sum((counted for _, _, counted in by_type if counted < 0), ZERO)
    return AdjustmentBreakdown(
        tuple(by_type), additions, deductions,
        additions if rules.adjustment_add_cap is None else min(additions, rules.adjustment_add_cap),
        deductions if rules.adjustment_deduct_cap is None else min(deductions, rules.adjustment_deduct_cap))


def _ranks(finals: list[Decimal], style: str, start: int) -> list[int]:
    """Ranks for finals already sorted descending; numbering continues after ``start``."""
    ranks: list[int] = []
    dense = 0
    for position, final in enumerate(finals):
        if position and final == finals[position - 1]:
            ranks.append(ranks[-1])
            continue
        dense += 1
        ranks.append(start + (dense if style == "dense" else position + 1))
    return ranks


def _quota(town_count: int, share: Decimal, rounding: str) -> int:
    exact = share * town_count
    return math.floor(exact) if rounding == "floor" else round_int(exact)


def _proportion_grades(finals: list[Decimal], town_count: int, rules: Rules,
                       best_allowed: Optional[list[int]] = None) -> list[str]:
    """Hand grades out in rank order; each grade takes its quota from the towns not yet graded
    that may have it (``best_allowed``: per position the index of the best grade a limit allows;
    without limits every town may have every grade, and each grade starts where the previous ended)."""
    grades: list[str] = [rules.grades[-1].name] * len(finals)
    remaining = list(range(len(finals)))  # positions not yet graded, in ranking order
    for index, grade in enumerate(rules.grades[:-1]):
        if not remaining:
            break
        eligible = remaining if best_allowed is None else [p for p in remaining if best_allowed[p] <= index]
        quota = _quota(town_count, grade.share or ZERO, rules.quota_rounding)
        end = min(quota, len(eligible))
        if end > 0 and end < len(eligible) and finals[eligible[end]] == finals[eligible[end - 1]]:
            boundary = finals[eligible[end - 1]]
            if rules.boundary_ties == "include":
                while end < len(eligible) and finals[eligible[end]] == boundary:
                    end += 1
            else:
                while end > 0 and finals[eligible[end - 1]] == boundary:
                    end -= 1
        taken = set(eligible[:end])
        for position in taken:
            grades[position] = grade.name
        remaining = [p for p in remaining if p not in taken]
    return grades


def _threshold_grade(final: Decimal, rules: Rules) -> str:
    for grade in rules.grades[:-1]:
        if grade.min_score is not None and final >= grade.min_score:
            return grade.name
    return rules.grades[-1].name


class _Standing(NamedTuple):
    """A town's numbers before ranking and grading."""

    town: object
    order: int
    full: Decimal
    raw: Decimal
    normalised_exact: Decimal
    detail: BonusBreakdown
    bonus: Decimal
    inspection: Decimal
    final: Decimal
    subtotals: dict
    missing: tuple
    veto_reasons: tuple
    inspection_lines: tuple
    adjustment: Optional[AdjustmentBreakdown]
    limits: tuple  # codes of the grade limits the town meets
    best_allowed: int  # index of the best grade its limits allow (0: any)


def compute(year: AssessmentYear) -> YearResult:
    """Results of every town. A year being edited may be inconsistent (``validate``
    says how); dangling references then count as nothing rather than fail."""
    rules = year.rules
    category_codes = [category.code for category in year.categories]
    bonus_points = {kind.code: kind.points for kind in year.bonus_types}
    award_of = {kind.code: kind.award for kind in year.inspection_types}

    # Scored parts: veto indicators carry no points and are triggered by veto records. An indicator
    # scored in rounds weighs its round points once; each of its rounds is a part to enter.
    part_info: dict[str, tuple] = {}  # part code -> (category, applies_to or None)
    common_full = ZERO
    common_count = 0
    partial_parts: list[tuple[Decimal, int, frozenset]] = []  # (points, parts to enter, applies_to)
    round_indicators: list[tuple[Indicator, frozenset]] = []
    round_parts: set[str] = set()
    for indicator in year.indicators:
        if indicator.veto:
            continue
        applies_to = None if indicator.applies_to is None else frozenset(indicator.applies_to)
        for part in indicator.parts:
            part_info[part.code] = (indicator.category, applies_to)
        if indicator.rounds is not None and indicator.parts:
            round_indicators.append((indicator, applies_to))
            round_parts.update(part.code for part in indicator.parts)
            weighed = [(indicator.points, len(indicator.parts))]
        else:
            weighed = [(part.points, 1) for part in indicator.parts]
        for points, count in weighed:
            if applies_to is None:
                common_full += points
                common_count += count
            else:
                partial_parts.append((points, count, applies_to))

    category_of = {code: info[0] for code, info in part_info.items()}

    # One pass over the scores; a score for a part that does not apply is not counted. A roll-up
    # part's score comes from its lower results only.
    rollup_rules = {rule.part: rule for rule in year.rollup_parts}
    scored: dict[str, dict] = {town.code: {} for town in year.towns}
    for town_code, part_code, value, _, _ in year.scores:
        info = part_info.get(part_code)
        entered = scored.get(town_code)
        if info is None or entered is None or (info[1] is not None and town_code not in info[1]) \
                or part_code in rollup_rules:
            continue
        entered[part_code] = value
    if rollup_rules:
        points_of = {part.code: part.points for _, part in year.parts()}
        for rollup in year.rollups:
            info = part_info.get(rollup.part)
            entered = scored.get(rollup.town)
            if rollup.part not in rollup_rules or info is None or entered is None \
                    or (info[1] is not None and rollup.town not in info[1]):
                continue
            value = rollup_score(points_of[rollup.part], rollup_rules[rollup.part], rollup)
            if value is not None:
                entered[rollup.part] = value

    bonuses_by_town: dict[str, list] = {}
    bonus_values = [bonus_points.get(record.type, ZERO) * record.count for record in year.bonuses]
    for index, record in enumerate(year.bonuses):
        bonuses_by_town.setdefault(record.town, []).append((index, record))
    # A round that cost the district points cancels the town's award and deducts the same.
    inspection_lines = []
    lines_by_town: dict[str, list[InspectionLine]] = {}
    for index, record in enumerate(year.inspections):
        award = award_of.get(record.type, ZERO)
        cancelled = record.deducted != 0
        line = InspectionLine(index, award, cancelled, -record.deducted if cancelled else award)
        inspection_lines.append(line)
        lines_by_town.setdefault(record.town, []).append(line)
    adjustment_kinds = {kind.code: kind for kind in year.adjustment_types}
    adjustments_by_town: dict[str, list] = {}
    for record in year.adjustments:
        adjustments_by_town.setdefault(record.town, []).append(record)
    limits_of = _limits_met(year)
    grade_index = {grade.name: n for n, grade in enumerate(rules.grades)}
    limit_grade = {limit.code: grade_index.get(limit.grade, 0) for limit in year.grade_limits}
    veto_reasons: dict[str, list[str]] = {}
    for veto in year.vetoes:
        veto_reasons.setdefault(veto.town, []).append(veto.reason)

    provisional = []
    for order, town in enumerate(year.towns):
        entered = scored[town.code]
        full = common_full
        applicable = common_count
        for points, count, applies_to in partial_parts:
            if town.code in applies_to:
                full += points
                applicable += count
        subtotals = dict.fromkeys(category_codes, ZERO)
        for part_code, value in entered.items():
            if part_code in round_parts:
                continue  # counted with its indicator's other rounds, below
            category = category_of[part_code]
            subtotals[category] = subtotals.get(category, ZERO) + value
        for indicator, applies_to in round_indicators:
            if applies_to is None or town.code in applies_to:
                values = [entered.get(part.code) for part in indicator.parts]
                subtotals[indicator.category] = subtotals.get(indicator.category, ZERO) + round_score(indicator, values)
        raw = sum(subtotals.values(), ZERO)
        missing: tuple[str, ...] = ()
        if len(entered) < applicable:  # rare once entry is done; listed in scheme order
            missing = tuple(code for code, (_, applies_to) in part_info.items()
                            if code not in entered and (applies_to is None or town.code in applies_to))
        normalised_exact = raw * rules.full_score / full if full else ZERO
        detail = _bonus(bonuses_by_town.get(town.code, ()), bonus_values, rules.bonus_cap)
        bonus = rules.bonus_cap if detail.capped else detail.uncapped
        lines = tuple(lines_by_town.get(town.code, ()))
        inspection = sum((line.change for line in lines), ZERO)
        adjustment = None
        if adjustment_kinds:
            adjustment = _adjustment(adjustments_by_town.get(town.code, ()), adjustment_kinds, rules)
        final = round2(normalised_exact + bonus + inspection + (adjustment.total if adjustment else ZERO))
        limits = limits_of.get(town.code, ())
        best_allowed = max((limit_grade[code] for code in limits), default=0)
        provisional.append(_Standing(town, order, full, raw, normalised_exact, detail, bonus, inspection, final,
                                     subtotals, missing, tuple(veto_reasons.get(town.code, ())), lines, adjustment,
                                     limits, best_allowed))

    # Classified assessment: each class its own ranks and quotas, classes in the year's order
    # (a town of no known class, which validation refuses, last); otherwise one group of all.
    if rules.rank_by_class and year.town_classes:
        class_order = {town_class.code: n for n, town_class in enumerate(year.town_classes)}
        groups: dict = {}
        for item in provisional:
            groups.setdefault(class_order.get(item.town.class_code, len(class_order)), []).append(item)
        ranked = [entry for _, group in sorted(groups.items()) for entry in _rank_and_grade(group, rules)]
    else:
        ranked = _rank_and_grade(provisional, rules)

    rows = tuple(
        TownResult(
            code=item.town.code, name=item.town.name, order=item.order, full=item.full, raw=item.raw,
            normalised=round2(item.normalised_exact), normalised_exact=item.normalised_exact,
            bonus=item.bonus, inspection=item.inspection, final=item.final, rank=rank, grade=grade,
            vetoed=bool(item.veto_reasons), complete=not item.missing, categories=item.subtotals,
            missing_parts=item.missing, bonus_detail=item.detail, veto_reasons=item.veto_reasons,
            inspection_detail=item.inspection_lines, town_class=item.town.class_code,
            adjustment=item.adjustment.total if item.adjustment else ZERO, adjustment_detail=item.adjustment,
            limits=item.limits, consequences=_consequences(year, grade, item.limits),
        )
        for item, rank, grade in ranked
    )
    return YearResult(year=year.year, rows=rows, bonus_values=tuple(bonus_values),
                      inspection_lines=tuple(inspection_lines))


def _rank_and_grade(group: list[_Standing], rules: Rules) -> list[tuple[_Standing, int, str]]:
    """Rank and grade towns assessed together: non-vetoed by final descending, then vetoed
    (last grade, ranked last); ties keep town order. Quotas are shares of the group's size."""
    group = sorted(group, key=lambda item: (bool(item.veto_reasons), -item.final, item.order))
    standing = [item for item in group if not item.veto_reasons]
    vetoed = [item for item in group if item.veto_reasons]
    standing_finals = [item.final for item in standing]
    ranks = _ranks(standing_finals, rules.rank_style, 0)
    last_rank = 0
    if ranks:
        last_rank = len(ranks) if rules.rank_style == "competition" else ranks[-1]
    ranks += _ranks([item.final for item in vetoed], rules.rank_style, last_rank)
    best_allowed = [item.best_allowed for item in standing]
    if rules.grade_mode == "proportion":
        # A place a limit frees is given to the next town that may have it only if the year says so.
        grades = _proportion_grades(standing_finals, len(group), rules,
                                    best_allowed if rules.refill_limited_places and any(best_allowed) else None)
    else:
        grades = [_threshold_grade(final, rules) for final in standing_finals]
    # Grade limits: no better than the best grade the town's limits allow.
    if any(best_allowed):
        names = [grade.name for grade in rules.grades]
        grades = [names[best] if best and names.index(grade) < best else grade
                  for grade, best in zip(grades, best_allowed)]
    grades += [rules.effective_veto_grade] * len(vetoed)
    return list(zip(group, ranks, grades))


def _consequences(year: AssessmentYear, grade: str, limits: tuple[str, ...]) -> tuple[str, ...]:
    """The actions that follow for a town of ``grade`` meeting ``limits``, each once, in the year's order."""
    actions = [c.action for c in year.consequences if (c.grade is not None and c.grade == grade)
               or (c.limit is not None and c.limit in limits)]
    return tuple(dict.fromkeys(actions))


def _limits_met(year: AssessmentYear) -> dict[str, tuple[str, ...]]:
    """Town code -> codes of the grade limits it meets: by a record of the limit's adjustment
    type, or by the bureau's flag."""
    if not year.grade_limits:
        return {}
    adjusted = {(record.town, record.type) for record in year.adjustments}
    flagged = {(flag.town, flag.limit) for flag in year.limit_flags}
    met: dict[str, tuple[str, ...]] = {}
    for town in year.towns:
        codes = tuple(limit.code for limit in year.grade_limits
                      if (town.code, limit.code) in flagged
                      or (limit.adjustment_type is not None and (town.code, limit.adjustment_type) in adjusted))
        if codes:
            met[town.code] = codes
    return met
