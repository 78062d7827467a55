"""Appeals (申诉): a town disputes a score within the window the bureau sets; the bureau rechecks
and either upholds the score or changes it. While an appeal waits for its decision the year's
results stay a draft, so the final notice goes out after the appeals are closed."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Optional

from .messages import QT_TRANSLATE_NOOP

PENDING, UPHELD, CHANGED = "pending", "upheld", "changed"
DECISIONS = (PENDING, UPHELD, CHANGED)
DECISION_LABELS = {
    PENDING: QT_TRANSLATE_NOOP("Appeals", "待复核"),
    UPHELD: QT_TRANSLATE_NOOP("Appeals", "维持原分"),
    CHANGED: QT_TRANSLATE_NOOP("Appeals", "改分"),
}
APPEAL_COLUMNS = ("town", "part", "reason", "evidence", "filed_on", "decision", "decision_note", "decided_on",
                  "decided_by", "score_before", "score_after")


@dataclass(frozen=True, slots=True)
class Appeal:
    town: str
    part: str
    reason: str
    filed_on: str  # ISO date
    id: Optional[int] = None
    evidence: str = ""
    decision: str = PENDING
    decision_note: str = ""
    decided_on: Optional[str] = None
    decided_by: Optional[str] = None
    score_before: Optional[Decimal] = None  # the score when the appeal was decided
    score_after: Optional[Decimal] = None   # the score the decision set (a change only)

    @property
    def pending(self) -> bool:
        return self.decision == PENDING
