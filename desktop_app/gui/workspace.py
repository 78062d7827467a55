"""The open database and year, shared by every tab.

Tabs call ``workspace.apply(fn, ...)`` for every change: it runs the service
call, shows a clear message on failure, and emits ``changed`` on success so
every tab refreshes from the same, freshly computed state.
"""
from __future__ import annotations

from typing import Callable, Optional

from PySide6.QtCore import QObject, Signal

from ..domain.scoring import YearResult
from ..services import ConflictError, YearSession
from ..storage import Store
from .common.errors import EXPECTED_ERRORS, describe_error
from .common.messenger import Messenger


class Workspace(QObject):
    yearOpened = Signal()   # another year (or database) is now current
    changed = Signal()      # the current year's data changed

    def __init__(self, store: Store, messenger: Optional[Messenger] = None, parent=None):
        super().__init__(parent)
        self.store = store
        self.messenger = messenger or Messenger()
        self.session: Optional[YearSession] = None
        self.window_lock = None  # this window's hold on its database (``common/window_lock.py``)
        self._scheme_changes = None
        # Called before the open year is left (another year, another database, quitting):
        # a tab with unsaved edits offers to keep them here.
        self.before_leaving: list[Callable[[], None]] = []

    @property
    def scheme_changes(self):
        """The one undo history of scheme and town edits, shared by their tabs."""
        if self._scheme_changes is None:
            from .scheme.changes import SchemeChanges

            self._scheme_changes = SchemeChanges(self)
        return self._scheme_changes

    # --- opening ----------------------------------------------------------------

    def years(self) -> list[tuple[int, str]]:
        return self.store.list_years()

    def leave(self) -> None:
        """Let every tab keep what it has not stored before the open year goes away."""
        if self.session is not None:
            for settle in self.before_leaving:
                settle()

    def release_window_lock(self) -> None:
        if self.window_lock is not None:
            self.window_lock.unlock()
            self.window_lock = None

    def open_year(self, year: int) -> None:
        self.leave()
        self.session = YearSession(self.store, year)
        self.yearOpened.emit()

    def replace_store(self, store: Store, window_lock=None) -> None:
        self.leave()
        old = self.store
        self.store = store
        self.session = None
        if old is not store:
            old.close()
        if window_lock is not self.window_lock:
            self.release_window_lock()
            self.window_lock = window_lock
        years = self.years()
        if years:
            self.open_year(years[-1][0])
        else:
            self.yearOpened.emit()

    # --- who is acting ---------------------------------------------------------------

    @property
    def operator(self):
        """The signed-in account (None on a database without accounts: one user, all rights)."""
        return self.store.signed_in

    def may_administer(self) -> bool:
        """The scheme, towns, registers, state and documents: administrators only. The
        services check this again on every write; the window only spares a refusal."""
        return self.operator is None or self.operator.is_admin

    def may_enter(self, department: Optional[str]) -> bool:
        return self.operator is None or (department is not None and self.operator.may_enter(department))

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
            if isinstance(error, ConflictError):  # changed elsewhere: show what is stored now
                self.changed.emit()
            return False
        self.changed.emit()
        return True
