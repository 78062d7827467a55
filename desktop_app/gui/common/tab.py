from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ..workspace import Workspace


class Tab(QWidget):
    """Base of the main window's tabs: keeps itself current with the workspace.

    A ``lazy`` tab refreshes only while it is shown: a score typed in one tab does
    not rebuild the tables and charts of the others, which refresh when next shown.
    """

    lazy = True

    def __init__(self, workspace: Workspace, parent=None):
        super().__init__(parent)
        self.workspace = workspace
        self._stale = False
        workspace.yearOpened.connect(self.on_year_opened)
        workspace.changed.connect(self.request_refresh)

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

    def refresh(self) -> None:  # pragma: no cover - every tab overrides
        raise NotImplementedError
