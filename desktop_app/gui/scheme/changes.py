"""Scheme and town edits: one place that builds, confirms, stores and records them.

Both the 考核方案 and the 镇街设置 tabs change the same value (the year's scheme
and towns), so they share one undo history: undo always puts back the state
before the latest edit, whichever tab made it.
"""
from __future__ import annotations

from typing import Callable, Optional

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from ...domain.model import AssessmentYear
from ...domain.scheme_edit import entries_lost, scores_made_unfit
from ..common.errors import EXPECTED_ERRORS, describe_error
from ..common.undo import SnapshotCommand


class SchemeChanges(QObject):
    def __init__(self, workspace):
        super().__init__(workspace)
        self.workspace = workspace
        self.stack = QUndoStack(self)
        self.stack.setUndoLimit(200)
        workspace.yearOpened.connect(self.stack.clear)

    def edit(self, parent: Optional[QWidget], label: str, change: Callable[[AssessmentYear], AssessmentYear]) -> bool:
        """Apply ``change`` to the current year. Edits that would drop entries ask
        first and say how many; every stored edit is one undo step."""
        workspace = self.workspace
        session = workspace.session
        if session is None:
            return False
        before = session.year
        try:
            after = change(before)
        except EXPECTED_ERRORS as error:
            workspace.messenger.error(parent, describe_error(error))
            return False
        if after == before:
            return True
        lost = entries_lost(before, after)
        if lost["scores"] or lost["records"]:
            question = self.tr("这项修改（{what}）将删除 {scores} 条打分和 {records} 条加分、督查评估或否决记录。"
                               "确定要修改吗？（可以撤销）").format(what=label, **lost)
            if not workspace.messenger.confirm(parent, question):
                return False
        unfit = scores_made_unfit(before, after)
        if unfit:
            question = self.tr("这项修改（{what}）后，已录入的 {count} 条得分将不再符合分值（超出范围或与扣分不符）。"
                               "这些得分会保留并在打分表中标红，修正前结果只能作为草稿。确定要修改吗？（可以撤销）").format(
                what=label, count=unfit)
            if not workspace.messenger.confirm(parent, question):
                return False
        if not workspace.apply(session.update_scheme, after, before, parent=parent):
            return False
        self.stack.push(SnapshotCommand(lambda state: self._restore(parent, state), before, session.year, label))
        return True

    def _restore(self, parent, state: AssessmentYear) -> bool:
        session = self.workspace.session
        return session is not None and self.workspace.apply(session.restore_scheme, state, parent=parent)
