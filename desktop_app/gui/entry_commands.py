"""Undo steps of the 部门打分 tab.

A step is a list of cells, each with the ``Score`` it held before (or ``None``)
and the one it holds after. A typed score is a one-cell step; a paste or a
Delete over a block is one step for the whole block. Undo and redo put cells
back exactly with ``YearSession.restore_score`` (see ``EntryTab.restore_cells``).
"""
from __future__ import annotations

from typing import NamedTuple, Optional

from PySide6.QtGui import QUndoCommand

from ..domain.model import Score


class CellChange(NamedTuple):
    town: str
    part: str
    before: Optional[Score]
    after: Optional[Score]


class ScoreCommand(QUndoCommand):
    """One undo step over one or more cells of one department's sheet."""

    def __init__(self, tab, department: str, changes: list[CellChange], text: str):
        super().__init__(text)
        self.tab = tab
        self.department = department
        self.changes = list(changes)
        # Pushed after the write succeeded: the first redo (from QUndoStack.push) does nothing.
        self._applied = True

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        self.tab.restore_cells(self.department, [(c.town, c.part, c.after) for c in self.changes])

    def undo(self) -> None:
        self.tab.restore_cells(self.department, [(c.town, c.part, c.before) for c in self.changes])
