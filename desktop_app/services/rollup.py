"""Roll-up from the level below (下级结果汇总): a town's roll-up part is scored from the results of
its units one level down, read from the year file that level exported with this program.

The lower file is checked before anything is kept: no problem (as any year file read), the same
assessment year, the level the part expects and complete results; what is kept is each unit's final and full score (and
class, for the weights), the file's name, its results fingerprint and the day it was read."""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Callable

from ..domain.messages import QT_TRANSLATE_NOOP, MessageError
from ..domain.model import AssessmentYear, RollUp, SubUnit
from ..domain.scoring import compute
from ..domain.status import fingerprint
from ..yearfile import read_year_bundle
from .session import YearSession


class RollUpError(MessageError):
    """A lower year file that cannot be rolled up, with a message for the office staff."""

    context = "RollUp"


def lower_results(path, upper: AssessmentYear, town: str, part: str, today: dt.date) -> RollUp:
    """The lower results of ``path`` for ``town``'s roll-up ``part``; ``RollUpError`` (or
    ``YearFileError`` for a file that cannot be read) when they cannot be used."""
    rule = next((rule for rule in upper.rollup_parts if rule.part == part), None)
    if rule is None:
        raise RollUpError(QT_TRANSLATE_NOOP("RollUp", "打分部分 {part} 不是下级结果汇总部分"), part=part)
    if town not in {t.code for t in upper.towns}:
        raise RollUpError(QT_TRANSLATE_NOOP("RollUp", "本年度没有镇街 {town}"), town=town)
    lower, _ = read_year_bundle(path)  # a file with any problem is refused here, naming each
    name = Path(path).name
    if lower.year != upper.year:
        raise RollUpError(QT_TRANSLATE_NOOP("RollUp", "{file} 是 {lower} 年度的考核，本年度是 {upper} 年度，不能汇总"),
                          file=name, lower=lower.year, upper=upper.year)
    if rule.unit_level is not None and lower.unit_level != rule.unit_level:
        raise RollUpError(QT_TRANSLATE_NOOP(
            "RollUp", "{file} 考核的是“{found}”，这里要汇总的是“{wanted}”的考核结果"),
            file=name, found=lower.unit_level or "（未注明层级）", wanted=rule.unit_level)
    result = compute(lower)
    if not result.complete:
        raise RollUpError(QT_TRANSLATE_NOOP("RollUp", "{file} 的考核尚有 {count} 项未打分，结果不是最终结果，不能汇总"),
                          file=name, count=result.missing_count)
    units = tuple(SubUnit(row.name, row.final, lower.rules.full_score,
                          lower.class_name(row.town_class) if row.town_class else None) for row in result.rows)
    return RollUp(town, part, units, name, fingerprint(lower, result), today.isoformat(), lower.year, lower.title)


def with_lower_results(rollups: tuple, rollup: RollUp) -> tuple:
    """``rollups`` with ``rollup`` in place of any read before for the same town and part."""
    return tuple(r for r in rollups if (r.town, r.part) != (rollup.town, rollup.part)) + (rollup,)


def import_lower_year(session: YearSession, town: str, part: str, path,
                      today: Callable[[], dt.date] = dt.date.today) -> RollUp:
    """Keep the lower results of ``path`` for ``town``'s roll-up ``part`` (replacing any read before)."""
    year = session.year
    rollup = lower_results(path, year, town, part, today())
    session.set_rollups(with_lower_results(year.rollups, rollup), based_on=year)
    return rollup


__all__ = ["RollUpError", "import_lower_year", "lower_results", "with_lower_results"]
