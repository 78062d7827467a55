"""The base of every use case that writes."""
from __future__ import annotations

import contextlib
from typing import Optional

from ..domain.messages import QT_TRANSLATE_NOOP, MessageError
from ..storage import Store


class FinalisedError(MessageError):
    """A change to a finalised (审定) year: refused on every path until it is reopened."""

    context = "Entry"


class Service:
    def __init__(self, store: Store):
        self.store = store

    @contextlib.contextmanager
    def _write(self, year: Optional[int] = None):
        """One transaction for one change: the one place where the acting operator's
        permission check and the audit row will go, for every service alike. A change
        to ``year`` is refused while that year is finalised."""
        with self.store.transaction():
            if year is not None:
                self._refuse_if_finalised(year)
            yield

    def _refuse_if_finalised(self, year: int) -> None:
        if self.store.has_year(year) and self.store.finalisation(year) is not None:
            raise FinalisedError(QT_TRANSLATE_NOOP(
                "Entry", "{year} 年度已审定，数据只读；如需修改，请先“重新打开”该年度并说明理由"), year=year)
