from PySide6.QtWidgets import QLabel, QVBoxLayout

from .base import Tab


class TownsTab(Tab):
    """镇街设置: towns, applicable full score, applicability matrix."""

    def __init__(self, workspace, parent=None):
        super().__init__(workspace, parent)
        QVBoxLayout(self).addWidget(QLabel(self.tr("镇街设置")))

    def refresh(self) -> None:
        pass
