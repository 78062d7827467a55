"""The one undo mechanism of the window, and the undo/redo buttons of a tab.

Every undo step of every tab is a ``SnapshotCommand``: the state before and after a
stored change, and the session call that stores a state again (``restore``), in one
transaction like any other change. The scheme and towns step keeps the year's scheme,
a register step the register's records, a score step the cells it changed.
"""
from __future__ import annotations

from typing import Callable

import shiboken6

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QToolButton, QWidget


class SnapshotCommand(QUndoCommand):
    """Pushed after the change was stored, so the first redo (from ``push``) does nothing."""

    def __init__(self, restore: Callable[[object], bool], before, after, text: str):
        super().__init__(text)
        self.restore = restore
        self.before = before
        self.after = after
        self._applied = True

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        self.restore(self.after)

    def undo(self) -> None:
        self.restore(self.before)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Undo", text)


class UndoButtons:
    """撤销/重做 actions (Ctrl+Z / Ctrl+Y within ``owner``) and tool buttons for one stack."""

    def __init__(self, owner: QWidget, stack: QUndoStack):
        self.stack = stack
        self.undo_action = QAction(_tr("撤销"), owner)
        self.undo_action.setShortcut(QKeySequence("Ctrl+Z"))
        self.undo_action.setShortcutContext(Qt.WidgetWithChildrenShortcut)
        self.undo_action.triggered.connect(stack.undo)
        self.redo_action = QAction(_tr("重做"), owner)
        self.redo_action.setShortcut(QKeySequence("Ctrl+Y"))
        self.redo_action.setShortcutContext(Qt.WidgetWithChildrenShortcut)
        self.redo_action.triggered.connect(stack.redo)
        owner.addAction(self.undo_action)
        owner.addAction(self.redo_action)
        self.undo_button = QToolButton()
        self.undo_button.setDefaultAction(self.undo_action)
        self.redo_button = QToolButton()
        self.redo_button.setDefaultAction(self.redo_action)
        stack.indexChanged.connect(self.update)
        stack.cleanChanged.connect(self.update)
        self.update()

    def update(self, *_) -> None:
        stack = self.stack
        if not shiboken6.isValid(stack):  # signals still arrive while the stack is being destroyed
            return
        self.undo_action.setEnabled(stack.canUndo())
        self.redo_action.setEnabled(stack.canRedo())
        self.undo_action.setToolTip(_tr("撤销：{what}（Ctrl+Z）").format(what=stack.undoText()) if stack.canUndo()
                                    else _tr("撤销（Ctrl+Z）"))
        self.redo_action.setToolTip(_tr("重做：{what}（Ctrl+Y）").format(what=stack.redoText()) if stack.canRedo()
                                    else _tr("重做（Ctrl+Y）"))


def add_shortcuts(widget: QWidget, bindings) -> None:
    """Keys that act while ``widget`` has focus, e.g. Delete on a tree or table."""
    for key, slot in bindings:
        action = QAction(widget)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.WidgetShortcut)
        action.triggered.connect(slot)
        widget.addAction(action)
