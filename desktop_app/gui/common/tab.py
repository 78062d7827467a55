from __future__ import annotations

import functools

from PySide6.QtWidgets import QWidget

from ..workspace import Workspace


class Tab(QWidget):
    """Base of the main window's tabs: keeps itself current with the workspace.

    A ``lazy`` tab refreshes only while it is shown: a score typed in one tab does
    not rebuild the tables and charts of the others, which refresh when next shown.
    """

    lazy = True
    # Shown read-only to an operator bound to a department (the scheme, towns, registers, documents).
    administered = False

    def __init__(self, workspace: Workspace, parent=None):
        super().__init__(parent)
        self.workspace = workspace
        self._stale = False
        workspace.yearOpened.connect(self.on_year_opened)
        workspace.changed.connect(self.request_refresh)
        self._read_only_guard = None

    @property
    def session(self):
        return self.workspace.session

    def on_year_opened(self) -> None:
        self.request_refresh()

    def request_refresh(self) -> None:
        if self.lazy and not self.isVisible():
            self._stale = True
            return
        self._stale = False
        self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt name
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.refresh()

    def __init_subclass__(cls, **kwargs):
        """An administered tab's ``refresh``, however it is called, ends read-only for a reader."""
        super().__init_subclass__(**kwargs)
        refresh = cls.__dict__.get("refresh")
        if refresh is None or not cls.administered:
            return

        @functools.wraps(refresh)
        def refresh_as_permitted(self, *args, **kwargs):
            if self._read_only_guard is not None:
                self._read_only_guard.apply(False)  # the tab decides its buttons afresh
            outcome = refresh(self, *args, **kwargs)
            if not self.workspace.may_administer():
                if self._read_only_guard is None:
                    from .read_only import ReadOnlyGuard

                    self._read_only_guard = ReadOnlyGuard(self)
                self._read_only_guard.apply(True, keep=self.kept_for_readers())
            return outcome

        cls.refresh = refresh_as_permitted

    def apply_change(self, action, *args, **kwargs):
        """One change through the workspace (a clear message on failure): its value, or None."""
        outcome = []
        ok = self.workspace.apply(lambda: outcome.append(action(*args, **kwargs)), parent=self)
        return outcome[0] if ok and outcome else None

    def kept_for_readers(self) -> tuple:
        """The widgets a read-only tab keeps working (choosing and previewing a document)."""
        return ()

    def refresh(self) -> None:  # pragma: no cover - every tab overrides
        raise NotImplementedError
