from PySide6.QtWidgets import QLabel, QVBoxLayout

from .base import Tab


class RegistersTab(Tab):
    """加分与否决: bonus, inspection and veto registers."""

    def __init__(self, workspace, parent=None):
        super().__init__(workspace, parent)
        QVBoxLayout(self).addWidget(QLabel(self.tr("加分与否决")))

    def refresh(self) -> None:
        pass
