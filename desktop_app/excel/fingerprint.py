"""A stable hash of what a department template depends on.

Departments, towns, indicators with their parts, points and applicability: if
any of these changes after a template went out, the returned sheet may no
longer line up with the scheme and is refused. Entries (scores, bonuses …),
rules and the order of lists do not count.
"""
from __future__ import annotations

import hashlib
import json

from ..domain.model import AssessmentYear
from ..domain.numbers import to_text


def _points(value) -> str:
    return to_text(value.normalize())  # 5, 5.0 and 5.00 are the same scheme


def scheme_fingerprint(year: AssessmentYear) -> str:
    canonical = {
        "departments": sorted([d.code, d.name] for d in year.departments),
        "towns": sorted([t.code, t.name] for t in year.towns),
        "indicators": sorted(
            [i.code, i.name, bool(i.veto), "all" if i.applies_to is None else sorted(i.applies_to),
             sorted([p.code, p.department, _points(p.points)] for p in i.parts)]
            for i in year.indicators),
    }
    text = json.dumps(canonical, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
