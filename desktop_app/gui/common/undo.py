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
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoGroup
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


def _keys(main: str, standard) -> list[QKeySequence]:
    """``main`` first, then the platform's own bindings for the same action, without repeats."""
    unique: list[QKeySequence] = []
    for key in (QKeySequence(main), *QKeySequence.keyBindings(standard)):
        if not key.isEmpty() and key not in unique:
            unique.append(key)
    return unique


class UndoButtons:
    """撤销/重做 actions (Ctrl+Z / Ctrl+Y and the platform's keys, within ``owner``) and
    tool buttons for a ``QUndoStack`` or a ``QUndoGroup`` (its active stack). ``allowed``
    may refuse a step (it says why itself), e.g. while a department's sheet is submitted."""

    def __init__(self, owner: QWidget, history, allowed: Callable[[], bool] = lambda: True):
        self.history = history
        self.allowed = allowed
        self.undo_action = QAction(_tr("撤销"), owner)
        self.undo_action.setShortcuts(_keys("Ctrl+Z", QKeySequence.Undo))
        self.undo_action.triggered.connect(self.undo)
        self.redo_action = QAction(_tr("重做"), owner)
        self.redo_action.setShortcuts(_keys("Ctrl+Y", QKeySequence.Redo))
        self.redo_action.triggered.connect(self.redo)
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.WidgetWithChildrenShortcut)
            owner.addAction(action)
        self.undo_button, self.redo_button = QToolButton(), QToolButton()
        for button, action in ((self.undo_button, self.undo_action), (self.redo_button, self.redo_action)):
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonTextOnly)
        for signal in (history.canUndoChanged, history.canRedoChanged, history.undoTextChanged, history.redoTextChanged):
            signal.connect(self.update)
        if isinstance(history, QUndoGroup):
            history.activeStackChanged.connect(self.update)
        self.update()

    def undo(self) -> None:
        if self.history.canUndo() and self.allowed():
            self.history.undo()
        self.update()

    def redo(self) -> None:
        if self.history.canRedo() and self.allowed():
            self.history.redo()
        self.update()

    def update(self, *_) -> None:
        history = self.history
        if not shiboken6.isValid(history):  # signals still arrive while the history is being destroyed
            return
        self.undo_action.setEnabled(history.canUndo())
        self.redo_action.setEnabled(history.canRedo())
        self.undo_action.setToolTip(_tr("撤销：{what}（Ctrl+Z）").format(what=history.undoText()) if history.canUndo()
                                    else _tr("撤销（Ctrl+Z）"))
        self.redo_action.setToolTip(_tr("重做：{what}（Ctrl+Y）").format(what=history.redoText()) if history.canRedo()
                                    else _tr("重做（Ctrl+Y）"))


def add_list_keys(widget: QWidget, buttons, remove: Callable, move: Callable[[int], None], remove_tip: str) -> None:
    """Delete removes and Alt+↑/↓ move the current item of a list the user orders; the
    buttons (remove, up, down) say so in their tooltips."""
    add_shortcuts(widget, [(QKeySequence.Delete, remove), (QKeySequence("Alt+Up"), lambda: move(-1)),
                           (QKeySequence("Alt+Down"), lambda: move(1))])
    remove_button, up_button, down_button = buttons
    remove_button.setToolTip(remove_tip)
    up_button.setToolTip(_tr("上移（Alt+↑）"))
    down_button.setToolTip(_tr("下移（Alt+↓）"))


def add_shortcuts(widget: QWidget, bindings) -> None:
    """Keys that act while ``widget`` has focus, e.g. Delete on a tree or table."""
    for key, slot in bindings:
        action = QAction(widget)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.WidgetShortcut)
        action.triggered.connect(slot)
        widget.addAction(action)
