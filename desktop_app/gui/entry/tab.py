"""部门打分: one department's sheet of towns × parts, typed like a spreadsheet.

Every commit is written at once through the session (no save button), recorded
as an undo step, and announced with ``workspace.changed`` so the results and the
other tabs follow. The grid keeps its current cell across refreshes: a refresh
with the same towns and parts is one ``dataChanged``; only another department or
year resets the model.
"""
from __future__ import annotations

import contextlib
from typing import Callable, Optional

from PySide6.QtCore import QEvent, QItemSelection, QItemSelectionModel, QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QUndoGroup, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemDelegate, QAbstractItemView, QApplication, QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton,
    QStyledItemDelegate, QVBoxLayout,
)

from ..audit.viewer import AuditDialog
from ...domain.losses import reason_missing
from ...domain.model import Deduction, Score
from ...domain.numbers import points_text
from ...domain.scheme_edit import unfit_scores
from ...domain.validation import in_names
from ...services import STATUS_LABELS, STATUS_SUBMITTED, EntryError, parse_score_text
from ...services.paste import check_pasted_block, parse_block
from ..common.layout import split
from ..common.errors import EXPECTED_ERRORS, describe_error, translate_core
from ..common.tab import Tab
from ..common.undo import SnapshotCommand, UndoButtons
from .models import EntryGridModel
from .panel import CellPanel, EditorAwareTableView
from .sheets import EntrySheets

MAX_LISTED_PROBLEMS = 20


def _value_text(score: Optional[Score]) -> str:
    return f"{score.score:.2f}" if score is not None else "—"


@contextlib.contextmanager
def _busy(active: bool = True):
    """A wait cursor while a block of cells is written."""
    if active:
        QApplication.setOverrideCursor(Qt.WaitCursor)
    try:
        yield
    finally:
        if active:
            QApplication.restoreOverrideCursor()



class ScoreDelegate(QStyledItemDelegate):
    """A line editor showing the allowed range; Enter commits and moves down."""

    enterCommitted = Signal()
    editorOpened = Signal(QModelIndex)

    def createEditor(self, parent, option, index):  # noqa: N802 - Qt name
        model = index.model()
        part = model.part(index.column())
        editor = QLineEdit(parent)
        editor.setAlignment(Qt.AlignRight | Qt.AlignVCenter)
        editor.setPlaceholderText(self.tr("0～{points}").format(points=points_text(part.points)))
        editor.setToolTip(self.tr("允许范围 0～{points}，最多两位小数。Enter 保存并下移，Tab 保存并右移，Esc 取消。").format(
            points=points_text(part.points)))
        model.last_commit_ok = True
        self.editorOpened.emit(index)
        return editor

    def eventFilter(self, editor, event) -> bool:  # noqa: N802 - Qt name
        if (event.type() == QEvent.KeyPress and isinstance(editor, QLineEdit)
                and event.key() in (Qt.Key_Return, Qt.Key_Enter)):
            # Commit now (Qt would queue it) so the write, the refresh and the move happen in order.
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, QAbstractItemDelegate.NoHint)
            self.enterCommitted.emit()
            return True
        return super().eventFilter(editor, event)


class EntryGridView(EditorAwareTableView):
    """The sheet: Enter moves down, Tab right, Delete clears, Ctrl+C/Ctrl+V copy and paste blocks."""

    pasteRequested = Signal()
    copyRequested = Signal()
    clearRequested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setEditTriggers(QAbstractItemView.AnyKeyPressed | QAbstractItemView.DoubleClicked
                             | QAbstractItemView.EditKeyPressed)
        self.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectItems)
        self.setTabKeyNavigation(True)
        self.setWordWrap(False)
        self.setCornerButtonEnabled(True)
        header = self.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignCenter | Qt.TextWordWrap)
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setHighlightSections(True)
        self.verticalHeader().setDefaultSectionSize(26)
        self.verticalHeader().setSectionResizeMode(QHeaderView.Fixed)

    def move_down(self) -> None:
        current = self.currentIndex()
        if current.isValid() and current.row() + 1 < self.model().rowCount():
            self.setCurrentIndex(current.sibling(current.row() + 1, current.column()))

    def closeEditor(self, editor, hint) -> None:  # noqa: N802 - Qt name
        if hint in (QAbstractItemDelegate.EditNextItem, QAbstractItemDelegate.EditPreviousItem) \
                and not getattr(self.model(), "last_commit_ok", True):
            hint = QAbstractItemDelegate.NoHint  # refused: stay on the cell to correct it
        super().closeEditor(editor, hint)

    def after_enter(self) -> None:
        if getattr(self.model(), "last_commit_ok", True):
            self.move_down()

    def keyboardSearch(self, search: str) -> None:  # noqa: N802 - Qt name
        """Typing on a cell that cannot be edited does nothing (no jump to a matching cell)."""

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt name
        if not self.is_editing():
            if event.key() in (Qt.Key_Return, Qt.Key_Enter) and not event.modifiers() & ~Qt.KeypadModifier:
                self.move_down()
                return
            if event.matches(QKeySequence.Paste):
                self.pasteRequested.emit()
                return
            if event.matches(QKeySequence.Copy):
                self.copyRequested.emit()
                return
            if event.key() == Qt.Key_Delete:
                self.clearRequested.emit()
                return
        super().keyPressEvent(event)


class EntryTab(Tab):
    """部门打分: one department's grid of towns × parts."""


    def __init__(self, workspace, parent=None):
        super().__init__(workspace, parent)
        self._department: Optional[str] = None
        self._signature = None
        self._scores_for = None
        self._scores: dict = {}
        self._progress: dict = {}
        self._submitted: dict = {}
        self._pending_error: Optional[str] = None
        self.undo_group = QUndoGroup(self)
        self._stacks: dict[str, QUndoStack] = {}

        # --- department bar (the department combo is this tab's first combo box) ---
        self.department_combo = QComboBox()
        self.department_combo.setMinimumContentsLength(20)
        self.department_combo.setSizeAdjustPolicy(QComboBox.AdjustToContents)
        self.department_combo.currentIndexChanged.connect(self._on_department_chosen)
        self.status_label = QLabel()
        self.submit_button = QPushButton(self.tr("提交"))
        self.submit_button.setToolTip(self.tr("全部填完后提交；提交后打分表只读"))
        self.submit_button.clicked.connect(self.submit)
        self.reopen_button = QPushButton(self.tr("退回修改"))
        self.reopen_button.setToolTip(self.tr("把已提交的打分表退回，重新可以修改"))
        self.reopen_button.clicked.connect(self.reopen)
        self.waive_button = QPushButton(self.tr("计为已提交…"))
        self.waive_button.setToolTip(self.tr("部门未提交打分表而需出正式结果时：由考核办计为已提交，须说明理由，理由随年度保存"))
        self.waive_button.clicked.connect(self.waive)

        self.history = UndoButtons(self, self.undo_group, allowed=self._may_change)
        self.undo_action, self.redo_action = self.history.undo_action, self.history.redo_action
        self.undo_button, self.redo_button = self.history.undo_button, self.history.redo_button

        self.sheets = EntrySheets(self)  # Excel templates out and returned sheets in

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("打分部门：")))
        bar.addWidget(self.department_combo)
        bar.addSpacing(12)
        bar.addWidget(self.status_label)
        bar.addSpacing(12)
        bar.addWidget(self.submit_button)
        bar.addWidget(self.reopen_button)
        bar.addWidget(self.waive_button)
        bar.addSpacing(12)
        bar.addWidget(self.sheets.import_button)
        bar.addWidget(self.sheets.export_button)
        bar.addStretch(1)
        bar.addWidget(self.undo_button)
        bar.addWidget(self.redo_button)

        self.locked_label = QLabel(self.tr("已提交，只读。如需修改，请点“退回修改”。"))
        self.locked_label.setStyleSheet(
            "QLabel { background: #fdecea; color: #8a1c12; border: 1px solid #f1b0a8; padding: 4px 8px; }")
        self.locked_label.setVisible(False)

        # --- grid and side panel ---
        self.model = EntryGridModel(self)
        self.model.commit = self.commit_text
        self.view = EntryGridView()
        self.delegate = ScoreDelegate(self.view)
        self.view.setItemDelegate(self.delegate)
        self.view.setModel(self.model)
        self.delegate.enterCommitted.connect(self.view.after_enter)
        self.delegate.editorOpened.connect(self._on_editor_opened)
        self.view.editorClosed.connect(self._show_pending_error)
        self.view.pasteRequested.connect(self.paste)
        self.view.copyRequested.connect(self.copy)
        self.view.clearRequested.connect(self.clear_selection)
        self.view.selectionModel().currentChanged.connect(self._on_current_changed)
        self.copy_action = self._view_action(self.tr("复制"), QKeySequence.Copy, self.copy)
        self.paste_action = self._view_action(self.tr("粘贴（从 Excel）"), QKeySequence.Paste, self.paste)
        self.clear_action = self._view_action(self.tr("清除所选得分"), QKeySequence.Delete, self.clear_selection)
        self.history_action = self._view_action(self.tr("这一格的修改记录…"), QKeySequence("Ctrl+H"), self.show_history)
        self.view.addAction(self.undo_action)
        self.view.addAction(self.redo_action)
        self.view.setContextMenuPolicy(Qt.ActionsContextMenu)

        self.panel = CellPanel(self)
        self.panel.deduction_view.editorClosed.connect(self._show_pending_error)
        self.panel.setMinimumWidth(300)

        splitter = split(Qt.Horizontal, (self.view, 1, 1000), (self.panel, 0, 340))

        self.progress_label = QLabel()
        self.cell_label = QLabel()
        self.cell_label.setWordWrap(True)
        self.legend_label = QLabel(self.tr("斜体：有扣分项或备注　浅黄：未填　灰色“—”：不适用"))
        self.legend_label.setStyleSheet("color: #666;")
        status = QHBoxLayout()
        status.addWidget(self.progress_label)
        status.addSpacing(16)
        status.addWidget(self.cell_label, 1)
        status.addWidget(self.legend_label)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.locked_label)
        layout.addWidget(splitter, 1)
        layout.addLayout(status)
        self._update_undo_actions()
        self.refresh()
        self.sheets.update_actions()

    def _view_action(self, text: str, key, slot: Callable) -> QAction:
        action = QAction(text, self.view)
        action.setShortcut(key)
        action.setShortcutContext(Qt.WidgetShortcut)
        action.triggered.connect(slot)
        self.view.addAction(action)
        return action

    # --- state ------------------------------------------------------------------------

    def department(self) -> Optional[str]:
        return self.department_combo.currentData()

    def show_department(self, department: str) -> bool:
        """Show ``department``'s sheet (for a link from elsewhere, e.g. the year's state)."""
        index = self.department_combo.findData(department)
        if index < 0:
            return False
        self.department_combo.setCurrentIndex(index)
        self.refresh()
        return True

    def show_cell(self, town: str, part: str) -> bool:
        """Show the sheet holding ``part`` with the cell of ``town`` current."""
        if self.session is None:
            return False
        found = next((p for _, p in self.session.year.parts() if p.code == part), None)
        if found is None or not self.show_department(found.department):
            return False
        index = self.model.index_of(town, part)
        if not index.isValid():
            return False
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        self.view.setFocus()
        return True

    def locked(self) -> bool:
        """The shown sheet is read-only: submitted, the whole year finalised, or another
        department's sheet for an operator bound to one department."""
        return self._department is not None and (self._department in self._submitted or self._finalised()
                                                 or not self.workspace.may_enter(self._department))

    def _finalised(self) -> bool:
        return self.session is not None and self.session.finalised()

    def _stack(self, department: str) -> QUndoStack:
        stack = self._stacks.get(department)
        if stack is None:
            stack = QUndoStack(self.undo_group)
            stack.setUndoLimit(500)
            self._stacks[department] = stack
        return stack

    def _clear_stacks(self) -> None:
        for stack in self._stacks.values():
            self.undo_group.removeStack(stack)
            stack.deleteLater()
        self._stacks = {}

    # --- refreshing -------------------------------------------------------------------

    def on_year_opened(self) -> None:
        self._clear_stacks()
        self._signature = None
        self._scores_for = None
        self.department_combo.blockSignals(True)
        self.department_combo.clear()
        self.department_combo.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        session = self.session
        if session is None:
            self._show_nothing()
            return
        year = session.year
        if self._scores_for is not year:
            self._scores, self._scores_for = session.score_map(), year
        self._submitted = session.submitted()
        self._progress = session.departments_progress()
        self._fill_departments(year)
        department = self.department()
        self._department = department
        columns = session.department_parts(department) if department else []
        locked = self.locked()
        signature = (year.towns, tuple(columns))
        if signature != self._signature:
            current = self.view.currentIndex()
            keep_row = current.row() if current.isValid() else 0
            keep = self.model.cell(current.row(), current.column()) if current.isValid() else None
            self.model.reset(year.towns, columns, self._scores, locked)
            self._signature = signature
            self._size_columns()
            target = self.model.index_of(*keep) if keep else QModelIndex()
            if not target.isValid() and self.model.rowCount() and self.model.columnCount():
                target = self.model.index(min(keep_row, self.model.rowCount() - 1), 0)
            if target.isValid():
                self.view.selectionModel().setCurrentIndex(target, QItemSelectionModel.ClearAndSelect)
        else:
            self.model.update(self._scores, locked)
        self.model.unfit = {cell: "；".join(in_names(problem, year).render(translate_core) for problem in problems)
                            for cell, problems in unfit_scores(year, [part.code for _, part in columns]).items()}
        self.undo_group.setActiveStack(self._stack(department) if department else None)
        self._update_status()
        self._update_panel()
        self._update_undo_actions()

    def _show_nothing(self) -> None:
        self._clear_stacks()
        self.department_combo.blockSignals(True)
        self.department_combo.clear()
        self.department_combo.blockSignals(False)
        self._department = None
        self._signature = None
        self._scores_for = None
        self._scores = {}
        self.model.reset((), [], {}, False)
        self.status_label.setText(self.tr("没有打开的年度"))
        self.progress_label.clear()
        self.cell_label.clear()
        self.locked_label.setVisible(False)
        for widget in (self.department_combo, self.submit_button, self.reopen_button, self.waive_button):
            widget.setEnabled(False)
        self._update_panel()
        self._update_undo_actions()

    def _department_text(self, name: str, code: str) -> str:
        status, entered, total = self._progress.get(code, ("empty", 0, 0))
        return self.tr("{name}　{status} {entered}/{total}").format(
            name=name, status=translate_core("Entry", STATUS_LABELS[status]), entered=entered, total=total)

    def _fill_departments(self, year) -> None:
        combo = self.department_combo
        wanted = [(d.code, d.name) for d in year.departments]
        present = [(combo.itemData(i), combo.itemData(i, Qt.UserRole + 1)) for i in range(combo.count())]
        combo.blockSignals(True)
        if wanted != present:
            keep = combo.currentData() or self._department
            combo.clear()
            for code, name in wanted:
                combo.addItem(self._department_text(name, code), code)
                combo.setItemData(combo.count() - 1, name, Qt.UserRole + 1)
            operator = self.workspace.operator
            if keep is None and operator is not None and operator.department:
                keep = operator.department  # an operator bound to a department starts on its own sheet
            index = combo.findData(keep) if keep else -1
            if index < 0:
                # Start on the first department that has something to score.
                index = next((i for i, (code, _) in enumerate(wanted) if self._progress.get(code, (0, 0, 0))[2]), 0)
            combo.setCurrentIndex(index if wanted else -1)
        else:
            for i, (code, name) in enumerate(wanted):
                text = self._department_text(name, code)
                if combo.itemText(i) != text:
                    combo.setItemText(i, text)
        combo.blockSignals(False)
        combo.setEnabled(bool(wanted))

    def _size_columns(self) -> None:
        header = self.view.horizontalHeader()
        metrics = header.fontMetrics()
        char = metrics.horizontalAdvance("分")
        names = [indicator.part_name(part) for indicator, part in self.model.columns]  # as the header shows them
        for column, ((indicator, part), name) in enumerate(zip(self.model.columns, names)):
            code_line = metrics.horizontalAdvance(f"{part.code}（{points_text(part.points)}分）")
            name_line = min(metrics.horizontalAdvance(name), char * 7)
            header.resizeSection(column, max(code_line, name_line, char * 5) + 18)
        lines = max((min(3, -(-len(name) // 7)) for name in names), default=1) + 1
        header.setMinimumHeight(metrics.lineSpacing() * lines + 12)

    def _update_status(self) -> None:
        department = self._department
        if department is None:
            self.status_label.setText(self.tr("本年度没有打分部门"))
            self.progress_label.clear()
            self.submit_button.setEnabled(False)
            self.reopen_button.setEnabled(False)
            self.waive_button.setEnabled(False)
            self.locked_label.setVisible(False)
            return
        status, entered, total = self._progress.get(department, ("empty", 0, 0))
        locked = status == STATUS_SUBMITTED
        status_text = translate_core("Entry", STATUS_LABELS[status])
        if locked:
            submitted_at = self._submitted.get(department) or ""
            status_text = self.tr("已提交（{time}）").format(time=submitted_at.replace("T", " ")) if submitted_at \
                else status_text
        if not locked and total and entered == total:
            status_text = self.tr("{status}（已填完，可提交）").format(status=status_text)
        self.status_label.setText(self.tr("状态：{status}").format(status=status_text))
        self.progress_label.setText(self.tr("已填 {entered} / 共 {total}").format(entered=entered, total=total))
        self.progress_label.setToolTip(self.tr("每次输入即时保存，结果看板和各页随之自动更新"))
        own = self.workspace.may_enter(department)
        administer = self.workspace.may_administer()
        self.submit_button.setEnabled(not locked and total > 0 and own)
        self.reopen_button.setEnabled(locked and administer)
        self.waive_button.setEnabled(not locked and administer)
        self.locked_label.setVisible(locked)
        self.view.setToolTip("")

    def _update_panel(self) -> None:
        index = self.view.currentIndex()
        if self.session is None or not index.isValid() or not self.model.columns:
            self.panel.show_cell(None, None, None, None, applies=False, locked=False, town_result=None)
            return
        row, column = index.row(), index.column()
        town = self.model.town(row)
        result = self.session.result.by_code().get(town.code)
        self.panel.show_cell(town, self.model.indicator(column), self.model.part(column), self.model.score(row, column),
                             applies=self.model.applies(row, column), locked=self.model.locked, town_result=result)
        if self._pending_error is None:
            self._describe_cell(index)

    def _describe_cell(self, index: QModelIndex) -> None:
        row, column = index.row(), index.column()
        town, part = self.model.town(row), self.model.part(column)
        if not self.model.applies(row, column):
            text = self.tr("{town} / {part}：不适用").format(town=town.name, part=part.code)
        else:
            text = self.tr("{town} / {part}：允许范围 0～{points}。每次输入即时保存，结果自动更新。").format(
                town=town.name, part=part.code, points=points_text(part.points))
        self.cell_label.setStyleSheet("")
        self.cell_label.setText(text)

    @Slot(QModelIndex, QModelIndex)
    def _on_current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        self._update_panel()

    @Slot(int)
    def _on_department_chosen(self, index: int) -> None:
        self.refresh()
        self.view.setFocus()

    def _on_editor_opened(self, index: QModelIndex) -> None:
        self._describe_cell(index)

    def _update_undo_actions(self, *_) -> None:
        self.history.update()

    # --- messages -----------------------------------------------------------------------

    def refuse(self, message: str) -> None:
        """Show why an entry was refused: in the status line at once, and as a message
        (after an open item editor has closed, so the dialog does not re-trigger its commit)."""
        self.cell_label.setStyleSheet("color: #b3261e;")
        self.cell_label.setText(self.tr("未保存：{reason}").format(reason=message.replace("\n", "；")))
        if self.view.is_editing() or self.panel.deduction_view.is_editing():
            self._pending_error = message
        else:
            self.workspace.messenger.error(self, message)

    def _show_pending_error(self) -> None:
        message, self._pending_error = self._pending_error, None
        if message:
            self.workspace.messenger.error(self, message)

    def _locked_message(self) -> str:
        if not self.workspace.may_enter(self._department):
            own = self.workspace.operator.department
            return self.tr("您的账户只能录入{own}的打分；{department}的打分表只读").format(
                own=self.session.department_name(own), department=self.session.department_name(self._department))
        if self._finalised():
            return self.tr("{year} 年度已审定，数据只读；如需修改，请先在“结果看板”重新打开该年度并说明理由").format(
                year=self.session.number)
        return self.tr("{department}的打分表已提交，只读；如需修改请先“退回修改”").format(
            department=self.session.department_name(self._department))

    # --- writing --------------------------------------------------------------------------

    def _current_scores(self) -> dict:
        """The score map, rebuilt first if the year changed since the last refresh
        (e.g. another computer wrote to the shared database), so undo records the truth."""
        year = self.session.year
        if year is not self._scores_for:
            self._scores, self._scores_for = self.session.score_map(), year
        return self._scores

    def _run(self, action: Callable, cells: list[tuple[str, str]], label: str) -> bool:
        """Write, refresh every tab, and record one undo step for ``cells``."""
        department = self._department
        scores = self._current_scores()
        before = {cell: scores.get(cell) for cell in cells}
        try:
            action()
        except EXPECTED_ERRORS as error:
            if len(cells) > 1:  # a multi-cell write may have stopped half way: show and record what was written
                self.workspace.changed.emit()
                self._record(department, before, label)
            self.refuse(describe_error(error))
            return False
        self.workspace.changed.emit()
        self._record(department, before, label)
        return True

    def _record(self, department: str, before: dict, label: str) -> None:
        """One undo step over the cells that changed: (town, part, Score or None) before and after."""
        changed = [(cell, old, self._scores.get(cell)) for cell, old in before.items() if self._scores.get(cell) != old]
        if changed and department is not None:
            self._stack(department).push(SnapshotCommand(
                lambda states: self.restore_cells(department, states),
                [(*cell, old) for cell, old, _ in changed], [(*cell, new) for cell, _, new in changed], label))
            self._update_undo_actions()

    def commit_text(self, row: int, column: int, text: str) -> bool:
        """A score typed into the grid (the model's ``setData``)."""
        if self.session is None:
            return False
        town, part = self.model.cell(row, column)
        town_name = self.model.town(row).name
        existing = self._current_scores().get((town, part))
        text = text.strip()
        session = self.session
        if not text:
            if existing is None:
                return True
            if existing.deductions and not self._may_drop_deductions([existing], town_name):
                return False
            return self._run(lambda: session.set_score(town, part, None, deductions=()), [(town, part)],
                             self.tr("清除 {town} / {part}").format(town=town_name, part=part))
        try:
            value = parse_score_text(text)
        except EntryError as error:
            self.refuse(describe_error(error))
            return False
        if existing is not None and existing.score == value:
            return True
        if existing is not None and existing.deductions and not self._may_drop_deductions([existing], town_name):
            return False
        note = existing.note if existing is not None else None
        # A typed score replaces any itemised deductions (undo brings them back).
        deductions = ()
        indicator, part_of_cell = self.model.indicator(column), self.model.part(column)
        if reason_missing(session.year.rules, Score(town, part, value, (), note), part_of_cell.points):
            reason = self.workspace.messenger.ask_text(self, self.tr(
                "本年度要求说明失分原因。{town}“{indicator}”得 {score} 分，失 {lost} 分，请填写扣分事由"
                "（记为一项扣分，反馈函中列出）：").format(town=town_name, indicator=indicator.name,
                                                  score=f"{value:.2f}", lost=f"{part_of_cell.points - value:.2f}"),
                title=self.tr("失分原因"))
            if not (reason or "").strip():
                self.cell_label.setText(self.tr("未保存：得分低于分值，须说明失分原因"))
                return False
            deductions = (Deduction(reason.strip(), part_of_cell.points - value),)
        return self._run(lambda: session.set_score(town, part, value, deductions, note), [(town, part)],
                         self.tr("{town} / {part}：{before} → {after}").format(
                             town=town_name, part=part, before=_value_text(existing), after=f"{value:.2f}"))

    def _may_drop_deductions(self, scores, town_name: str = "") -> bool:
        """Itemised deductions (and their reasons, which the letters quote) go only when the user says so."""
        if len(scores) == 1:
            score = scores[0]
            items = "；".join(f"{d.reason} {d.points:.2f}" for d in score.deductions)
            question = self.tr("{town} / {part} 有 {count} 项扣分（{items}）。改写得分将删除这些扣分项及其原因，"
                               "反馈函中也不再列出。确定吗？（可以撤销）").format(
                town=town_name or self.session.town_name(score.town), part=score.part, count=len(score.deductions),
                items=items)
        else:
            question = self.tr("所选单元格中有 {cells} 格带有逐项扣分（共 {count} 项），清除将一并删除这些扣分项及其原因。"
                               "确定吗？（可以撤销）").format(cells=len(scores),
                                                        count=sum(len(score.deductions) for score in scores))
        if self.workspace.messenger.confirm(self, question, self.tr("删除扣分项")):
            return True
        self.cell_label.setText(self.tr("未修改：扣分项保留"))
        return False

    def write_cell(self, town: str, part: str, score, deductions, note, label: str) -> bool:
        """A change from the side panel (deductions, note) of one cell."""
        if self.session is None:
            return False
        session = self.session
        return self._run(lambda: session.set_score(town, part, score, deductions, note), [(town, part)], label)

    def set_cell_text(self, town: str, part: str, text: str) -> bool:
        """Type ``text`` into the cell of ``town``/``part`` of the shown department (for scripts and tests)."""
        index = self.model.index_of(town, part)
        return bool(index.isValid() and self.model.setData(index, text))

    def restore_cells(self, department: str, states: list) -> None:
        """Undo/redo: put cells back exactly as they were."""
        session = self.session

        def restore():
            if len(states) == 1:
                town, part, score = states[0]
                session.restore_score(score, town, part)
                return
            # A block (paste, Delete) goes back in one checked transaction.
            session.restore_scores(states)

        with _busy(len(states) > 1):
            if not self.workspace.apply(restore, parent=self) and len(states) > 1:
                self.workspace.changed.emit()
        if states and department == self._department:
            index = self.model.index_of(states[0][0], states[0][1])
            if index.isValid():
                self.view.setCurrentIndex(index)

    def paste(self) -> bool:
        return self.paste_text(QGuiApplication.clipboard().text())

    def paste_text(self, text: str) -> bool:
        """Paste a block of tab/newline separated values at the current cell: all or nothing."""
        if self.session is None or self._department is None:
            return False
        if not parse_block(text):
            return False
        if self.locked():
            self.refuse(self._locked_message())
            return False
        start = self.view.currentIndex()
        top, left = (start.row(), start.column()) if start.isValid() else (0, 0)
        pasted = check_pasted_block(self.session, self._department, text, top, left)
        if pasted.problems:
            self.refuse(self.tr("粘贴未写入任何数据，以下 {count} 处有误：\n{list}").format(
                count=len(pasted.problems), list=pasted.error().describe(translate_core, limit=MAX_LISTED_PROBLEMS)))
            return False
        scores = pasted.scores
        if pasted.replaces_deductions and not self._may_drop_deductions(pasted.replaces_deductions):
            return False
        cells = [(score.town, score.part) for score in scores]
        if not scores:
            self.cell_label.setText(self.tr("粘贴的数值与现有得分相同，没有变化"))
            return True
        session = self.session
        with _busy(len(scores) > 1):
            ok = self._run(lambda: session.set_scores(scores), cells,
                           self.tr("粘贴 {count} 个得分").format(count=len(scores)))
        if ok:
            selection = self.view.selectionModel()
            bottom, right = top + pasted.rows - 1, left + pasted.columns - 1
            selection.select(QItemSelection(self.model.index(top, left), self.model.index(bottom, right)),
                             QItemSelectionModel.ClearAndSelect)
            self.cell_label.setStyleSheet("")
            self.cell_label.setText(self.tr("已粘贴 {count} 个得分（可一步撤销）").format(count=len(scores)))
        return ok

    def show_history(self):
        """Every change of the current cell's score and deductions, who made it and when."""
        index = self.view.currentIndex()
        if not index.isValid() or self.session is None:
            return None
        town, part = self.model.cell(index.row(), index.column())
        dialog = AuditDialog(self.workspace, self, town=town, part=part)
        dialog.show()
        return dialog

    def copy(self) -> None:
        indexes = self.view.selectionModel().selectedIndexes() or (
            [self.view.currentIndex()] if self.view.currentIndex().isValid() else [])
        if not indexes:
            return
        top = min(i.row() for i in indexes)
        left = min(i.column() for i in indexes)
        bottom = max(i.row() for i in indexes)
        right = max(i.column() for i in indexes)
        chosen = {(i.row(), i.column()) for i in indexes}
        lines = []
        for row in range(top, bottom + 1):
            cells = []
            for column in range(left, right + 1):
                score = self.model.score(row, column) if (row, column) in chosen else None
                cells.append(f"{score.score:.2f}" if score is not None else "")
            lines.append("\t".join(cells))
        QGuiApplication.clipboard().setText("\n".join(lines) + "\n")

    def clear_selection(self) -> bool:
        """Delete: clear the selected cells' scores (one undo step)."""
        if self.session is None or self._department is None:
            return False
        indexes = self.view.selectionModel().selectedIndexes() or (
            [self.view.currentIndex()] if self.view.currentIndex().isValid() else [])
        cells = []
        for index in sorted(indexes, key=lambda i: (i.row(), i.column())):
            if self.model.applies(index.row(), index.column()) and self.model.score(index.row(), index.column()) is not None:
                cells.append(self.model.cell(index.row(), index.column()))
        if not cells:
            return False
        if self.locked():
            self.refuse(self._locked_message())
            return False
        itemised = [self._scores[cell] for cell in cells if self._scores.get(cell) and self._scores[cell].deductions]
        if itemised and not self._may_drop_deductions(itemised):
            return False
        session = self.session

        def clear():
            session.clear_scores(cells)

        if len(cells) == 1:
            label = self.tr("清除 {town} / {part}").format(town=self.session.town_name(cells[0][0]), part=cells[0][1])
        else:
            label = self.tr("清除 {count} 个得分").format(count=len(cells))
        with _busy(len(cells) > 1):
            return self._run(clear, cells, label)

    # --- workflow -------------------------------------------------------------------------

    def submit(self) -> bool:
        if self.session is None or self._department is None:
            return False
        if self.view.is_editing():
            self.view.setFocus()  # commit the open editor first
        department = self._department
        ok = self.workspace.apply(self.session.submit_department, department, parent=self)
        if ok:
            self.cell_label.setStyleSheet("")
            self.cell_label.setText(self.tr("{department}的打分表已提交").format(
                department=self.session.department_name(department)))
        return ok

    def waive(self) -> bool:
        """Count the shown department's sheet as submitted without the department doing so."""
        if self.session is None or self._department is None:
            return False
        name = self.session.department_name(self._department)
        reason = self.workspace.messenger.ask_text(self, self.tr(
            "{department}未提交打分表。计为已提交的理由（随年度保存，结果看板列出）：").format(department=name),
            title=self.tr("计为已提交"))
        if reason is None:
            return False
        return self.workspace.apply(self.session.waive_department, self._department, reason, parent=self)

    def reopen(self) -> bool:
        if self.session is None or self._department is None:
            return False
        name = self.session.department_name(self._department)
        if not self.workspace.messenger.confirm(self, self.tr(
                "把{department}已提交的打分表退回修改吗？退回后可以再次修改，改完需重新提交。").format(department=name),
                self.tr("退回修改")):
            return False
        return self.workspace.apply(self.session.reopen_department, self._department, parent=self)

    def _may_change(self) -> bool:
        """Undo and redo write scores: not on a submitted sheet."""
        if self.locked():
            self.refuse(self._locked_message())
            return False
        return True

    def undo(self) -> None:
        self.history.undo()

    def redo(self) -> None:
        self.history.redo()
