from PySide6.QtWidgets import QLabel, QVBoxLayout

from .base import Tab


class SchemeTab(Tab):
    """考核方案: categories → indicators → parts, with a live validation banner."""

    def __init__(self, workspace, parent=None):
        super().__init__(workspace, parent)
        QVBoxLayout(self).addWidget(QLabel(self.tr("考核方案")))

    def refresh(self) -> None:
        pass
