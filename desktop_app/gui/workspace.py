"""The open database and year, shared by every tab.

Tabs call ``workspace.apply(fn, ...)`` for every change: it runs the service
call, shows a clear message on failure, and emits ``changed`` on success so
every tab refreshes from the same, freshly computed state.
"""
from __future__ import annotations

from typing import Callable, Optional

from PySide6.QtCore import QCoreApplication, QObject, Signal

from ..domain.messages import MessageError
from ..domain.scoring import YearResult
from ..services import YearSession
from ..storage import Store
from .messenger import Messenger


def translate_core(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def describe_error(error: Exception) -> str:
    """A user-facing message for any expected failure, translated."""
    if isinstance(error, MessageError):
        return error.describe(translate_core, limit=30)
    if isinstance(error, OSError):
        return QCoreApplication.translate("Workspace", "无法读写文件 {name}：{reason}").format(
            name=error.filename or "", reason=error.strerror or str(error))
    return str(error)


EXPECTED_ERRORS = (MessageError, OSError)


class Workspace(QObject):
    yearOpened = Signal()   # another year (or database) is now current
    changed = Signal()      # the current year's data changed

    def __init__(self, store: Store, messenger: Optional[Messenger] = None, parent=None):
        super().__init__(parent)
        self.store = store
        self.messenger = messenger or Messenger()
        self.session: Optional[YearSession] = None
        self._scheme_changes = None

    @property
    def scheme_changes(self):
        """The one undo history of scheme and town edits, shared by their tabs."""
        if self._scheme_changes is None:
            from .scheme_changes import SchemeChanges

            self._scheme_changes = SchemeChanges(self)
        return self._scheme_changes

    # --- opening ----------------------------------------------------------------

    def years(self) -> list[tuple[int, str]]:
        return self.store.list_years()

    def open_year(self, year: int) -> None:
        self.session = YearSession(self.store, year)
        self.yearOpened.emit()

    def replace_store(self, store: Store) -> None:
        old = self.store
        self.store = store
        self.session = None
        if old is not store:
            old.close()
        years = self.years()
        if years:
            self.open_year(years[-1][0])
        else:
            self.yearOpened.emit()

    @property
    def result(self) -> Optional[YearResult]:
        return self.session.result if self.session else None

    # --- changing -----------------------------------------------------------------

    def apply(self, action: Callable, *args, parent=None, **kwargs) -> bool:
        """Run one change; on an expected failure show why and return False."""
        try:
            action(*args, **kwargs)
        except EXPECTED_ERRORS as error:
            self.messenger.error(parent, describe_error(error))
            return False
        self.changed.emit()
        return True
