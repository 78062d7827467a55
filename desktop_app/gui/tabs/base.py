from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ..workspace import Workspace


class Tab(QWidget):
    """Base of the main window's tabs: keeps itself current with the workspace."""

    def __init__(self, workspace: Workspace, parent=None):
        super().__init__(parent)
        self.workspace = workspace
        workspace.yearOpened.connect(self.on_year_opened)
        workspace.changed.connect(self.refresh)

    @property
    def session(self):
        return self.workspace.session

    def on_year_opened(self) -> None:
        self.refresh()

    def refresh(self) -> None:  # pragma: no cover - every tab overrides
        raise NotImplementedError
