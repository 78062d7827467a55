"""A tab shown read-only to an operator bound to one department: its inputs stop taking
edits and its buttons stop working, while tables still scroll and select. The services
refuse such a change anyway; this spares the operator a refusal after the typing."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit, QTextEdit, QWidget,
)


class ReadOnlyGuard:
    """Makes the inputs of ``root`` read-only, remembering what it changed so that it can
    put back exactly that (another database, another account)."""

    def __init__(self, root: QWidget):
        self.root = root
        self._changed: list[tuple[QWidget, str, object]] = []

    def apply(self, read_only: bool, keep=()) -> None:
        if not read_only:
            self._restore()
            return
        kept = tuple(keep)
        for widget in self.root.findChildren(QWidget):
            if any(widget is k or k.isAncestorOf(widget) for k in kept):
                continue
            if isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
                if not widget.isReadOnly():
                    self._changed.append((widget, "readonly", False))
                    widget.setReadOnly(True)
            elif isinstance(widget, QAbstractItemView):
                triggers = widget.editTriggers()
                if triggers != QAbstractItemView.NoEditTriggers:
                    self._changed.append((widget, "triggers", triggers))
                    widget.setEditTriggers(QAbstractItemView.NoEditTriggers)
            elif isinstance(widget, (QAbstractButton, QAbstractSpinBox, QComboBox)) and widget.isEnabled():
                if widget.parent() is not None and isinstance(widget.parent(), QAbstractItemView):
                    continue  # a table's own corner button
                self._changed.append((widget, "enabled", True))
                widget.setEnabled(False)

    def _restore(self) -> None:
        changed, self._changed = self._changed, []
        for widget, what, before in changed:
            if what == "readonly":
                widget.setReadOnly(before)
            elif what == "triggers":
                widget.setEditTriggers(before)
            else:
                widget.setEnabled(before)
