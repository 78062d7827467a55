from PySide6.QtWidgets import QLabel, QVBoxLayout

from .base import Tab


class EntryTab(Tab):
    """部门打分: one department's grid of towns × parts."""

    def __init__(self, workspace, parent=None):
        super().__init__(workspace, parent)
        QVBoxLayout(self).addWidget(QLabel(self.tr("部门打分")))

    def refresh(self) -> None:
        pass
