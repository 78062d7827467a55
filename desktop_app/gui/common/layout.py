"""Layout pieces every tab uses the same way."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QWidget


def split(orientation: Qt.Orientation, *panes: tuple[QWidget, int, int], collapsible: bool = False) -> QSplitter:
    """A splitter of ``panes``, each (widget, stretch, starting size in pixels); panes do
    not collapse to nothing when dragged unless ``collapsible``."""
    splitter = QSplitter(orientation)
    for index, (widget, stretch, _) in enumerate(panes):
        splitter.addWidget(widget)
        splitter.setStretchFactor(index, stretch)
    splitter.setSizes([size for _, _, size in panes])
    splitter.setChildrenCollapsible(collapsible)
    return splitter
