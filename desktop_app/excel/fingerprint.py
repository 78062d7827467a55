"""A stable hash of what a department template depends on.

Departments, towns, indicators with their parts, points and applicability: if
any of these changes after a template went out, the returned sheet may no
longer line up with the scheme and is refused. Entries (scores, bonuses …),
rules and the order of lists do not count.
"""
from __future__ import annotations

import hashlib
import hmac
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
             sorted([p.code, p.department, _points(p.points)] + ([p.round] if p.round is not None else [])
                    for p in i.parts)]
            + ([i.rounds, _points(i.round_points)] if i.rounds is not None else [])  # none: as before rounds
            for i in year.indicators),
    }
    text = json.dumps(canonical, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def sheet_signature(key: bytes, year: int, department: str, codes, fingerprint: str) -> str:
    """The seal on a department template's hidden identification: an HMAC, with a key kept
    in the database, over its year, department, column codes and scheme fingerprint. Whoever
    edits those hidden cells cannot make a matching signature without the key."""
    text = json.dumps([year, department, [str(code) for code in codes], fingerprint], ensure_ascii=False,
                      separators=(",", ":"))
    return hmac.new(key, text.encode("utf-8"), hashlib.sha256).hexdigest()
