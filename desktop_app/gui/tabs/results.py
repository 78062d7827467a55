from PySide6.QtWidgets import QLabel, QVBoxLayout

from .base import Tab


class ResultsTab(Tab):
    """结果看板: ranking, charts, completeness, explain."""

    def __init__(self, workspace, parent=None):
        super().__init__(workspace, parent)
        QVBoxLayout(self).addWidget(QLabel(self.tr("结果看板")))

    def refresh(self) -> None:
        pass
