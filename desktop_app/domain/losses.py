"""Where each town lost points, as the core counted them: every veto, every inspection round
that cost points, and every scored part below its points with the department's reasons.

The letters, the documents tab's check and ``status`` read this; none of them re-derives a loss.
The points listed for a town add up to ``full − raw`` plus its inspection deductions.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Optional

from .model import ZERO, AssessmentYear, Deduction, Rules, Score
from .scoring import YearResult, round_score

VETO = "veto"
INSPECTION = "inspection"
PART = "part"


def reason_given(deductions, note: Optional[str]) -> bool:
    """Whether a department said why a part lost points: an itemised deduction (each has its
    reason) or a note that is not blank."""
    return bool(deductions) or bool((note or "").strip())


def reason_missing(rules: Rules, score: Score, points: Decimal) -> bool:
    """The year requires a reason for every loss and ``score`` lost points without one: the
    entry grid and a returned sheet refuse it."""
    return rules.require_loss_reasons and score.score < points and not reason_given(score.deductions, score.note)


@dataclass(frozen=True, slots=True)
class Loss:
    """One problem a town's letter must name; the most serious sources first (veto, inspection, part)."""

    source: str  # VETO | INSPECTION | PART
    points: Decimal  # points lost (a veto costs the grade, not points: ZERO)
    reason: Optional[str] = None  # the veto's reason; an inspection round's note
    deductions: tuple[Deduction, ...] = ()  # a part's deductions as the department entered them
    note: Optional[str] = None  # a part's note
    indicator: Optional[str] = None  # indicator code (a part's, or the indicator a veto names)
    part: Optional[str] = None  # part code
    department: Optional[str] = None  # department code of the part
    index: Optional[int] = None  # into year.vetoes or year.inspections
    rounds: tuple[str, ...] = ()  # the part codes of every round, for an indicator scored in rounds

    @property
    def parts_scored(self) -> tuple[str, ...]:
        """The parts whose scores (and their evidence) make this loss."""
        return self.rounds or ((self.part,) if self.part else ())

    @property
    def explained(self) -> bool:
        """Whether the town is told why: a veto and an inspection round are their own reason;
        a part needs a deduction or a note from its department."""
        return self.source != PART or reason_given(self.deductions, self.note)


def year_losses(year: AssessmentYear, result: YearResult) -> dict[str, tuple[Loss, ...]]:
    """Every town's losses (town code -> losses, in the order a letter lists them)."""
    losses: dict[str, list[Loss]] = {town.code: [] for town in year.towns}
    for index, veto in enumerate(year.vetoes):
        if veto.town in losses:
            losses[veto.town].append(Loss(VETO, ZERO, reason=veto.reason, indicator=veto.indicator, index=index))
    for line in result.inspection_lines:
        record = year.inspections[line.index]
        if line.cancelled and line.change < 0 and record.town in losses:
            losses[record.town].append(Loss(INSPECTION, -line.change, reason=record.note, index=line.index))
    scores: dict[tuple[str, str], object] = {(score.town, score.part): score for score in year.scores}
    for indicator in year.indicators:
        if indicator.veto:
            continue
        if indicator.rounds is not None:
            for town, town_losses in losses.items():
                loss = _round_loss(indicator, town, scores)
                if loss is not None:
                    town_losses.append(loss)
            continue
        for part in indicator.parts:
            for town, town_losses in losses.items():
                score = scores.get((town, part.code))
                if score is None or score.score >= part.points or not indicator.applies(town):
                    continue
                town_losses.append(Loss(PART, part.points - score.score, deductions=tuple(score.deductions),
                                        note=score.note, indicator=indicator.code, part=part.code,
                                        department=part.department))
    return {town: tuple(items) for town, items in losses.items()}


def _round_loss(indicator, town: str, scores) -> Optional[Loss]:
    """What an indicator scored in rounds cost the town over the year (its round points less its year
    score), once all its rounds are scored: one loss, with every round's deductions and notes, each
    note headed by its round; under the indicator's first part and department."""
    if not indicator.parts or not indicator.applies(town):
        return None
    entered = [scores.get((town, part.code)) for part in indicator.parts]
    if None in entered:
        return None
    lost = indicator.points - round_score(indicator, [score.score for score in entered])
    if lost <= 0:
        return None
    # Each deduction named by its round: the letter and the ledger tell 第一季度 from 第三季度.
    deductions = tuple(Deduction(f"{part.round}：{deduction.reason}", deduction.points)
                       for part, score in zip(indicator.parts, entered) for deduction in score.deductions)
    notes = [f"{part.round}：{score.note.strip()}" for part, score in zip(indicator.parts, entered)
             if (score.note or "").strip()]
    first = indicator.parts[0]
    return Loss(PART, lost, deductions=deductions, note="；".join(notes) or None, indicator=indicator.code,
                part=first.code, department=first.department, rounds=tuple(part.code for part in indicator.parts))


def lost_points(losses: tuple[Loss, ...]) -> Decimal:
    return sum((loss.points for loss in losses), ZERO)


def unexplained(losses: dict[str, tuple[Loss, ...]]) -> dict[str, tuple[Loss, ...]]:
    """The towns whose letters would carry a loss their department gave no reason for."""
    found = {}
    for town, items in losses.items():
        silent = tuple(loss for loss in items if not loss.explained)
        if silent:
            found[town] = silent
    return found
