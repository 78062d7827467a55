"""How far entry has come, read from the core's result: the entry tab, the results
dashboard and the submission check all count the same cells the same way."""
from __future__ import annotations

from collections import Counter

from .model import AssessmentYear
from .scoring import YearResult


def department_counts(year: AssessmentYear, result: YearResult) -> dict[str, tuple[int, int]]:
    """(entered, to enter) of each department's sheet: a part counts for the towns its
    indicator applies to, veto indicators are not scored, and what is still to enter is
    exactly the core's missing parts."""
    towns = {town.code for town in year.towns}
    totals = dict.fromkeys((department.code for department in year.departments), 0)
    department_of = {}
    for indicator, part in year.parts():
        if indicator.veto:
            continue
        department_of[part.code] = part.department
        applicable = len(towns) if indicator.applies_to is None else len(towns.intersection(indicator.applies_to))
        totals[part.department] = totals.get(part.department, 0) + applicable
    missing = Counter(department_of[code] for row in result.rows for code in row.missing_parts)
    return {code: (total - missing[code], total) for code, total in totals.items()}
