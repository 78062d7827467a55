"""整改台账: every problem a town must fix, filtered by town, unit, status or the overdue, with its
form, the counts per town and unit, and the ledger as a workbook. Closing (销号) takes the
evidence and the reviewer from the form: the service refuses it without them.

The clock is ``today`` (a callable), so a test sets the day that decides what is overdue.
"""
from __future__ import annotations

import datetime as _dt
from typing import Optional

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QTableView, QTabWidget, QVBoxLayout, QWidget,
)

from ...domain.ledger import (
    CLOSED, EDITABLE_FIELDS, OPEN, SOURCE_LABELS, SOURCE_MANUAL, SOURCES, STATUS_LABELS, STATUSES, LedgerEntry,
    is_due_soon, is_overdue,
)
from ...services.attachments import ledger_owner
from ...services.ledger import RectificationLedger
from ..common.attachments import AttachmentList
from ..common.errors import EXPECTED_ERRORS, describe_error
from ..common.layout import split
from ..common.tab import Tab
from ..common.undo import SnapshotCommand, UndoButtons
from .models import CountsModel, LedgerFilter, LedgerModel

TEXT_FIELDS = ("description", "requirement", "measures", "evidence", "review_note")
LINE_FIELDS = ("leader", "lead_unit", "responsible_unit", "deadline", "completed_on", "reviewer")
XLSX_FILTER = "Excel 工作簿 (*.xlsx)"


def _translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


class LedgerTab(Tab):
    administered = True

    def __init__(self, workspace, parent=None, today=_dt.date.today):
        super().__init__(workspace, parent)
        self.today = today
        self._shown: Optional[LedgerEntry] = None   # the entry in the form, as it was read
        self._aliases: dict[int, int] = {}          # an entry removed and put back by undo gets a new number
        self._offering = False                      # asking whether to save the form's edits
        workspace.before_leaving.append(self.offer_to_save)
        self.history = QUndoStack(self)
        tr = self.tr

        # filters and the summary line
        self.town_filter = QComboBox()
        self.unit_filter = QLineEdit()
        self.unit_filter.setPlaceholderText(tr("牵头或责任单位"))
        self.status_filter = QComboBox()
        self.status_filter.addItem(tr("全部状态"), None)
        for status in STATUSES:
            self.status_filter.addItem(_translate("Ledger", STATUS_LABELS[status]), status)
        self.overdue_filter = QCheckBox(tr("只看逾期"))
        for signal in (self.town_filter.currentIndexChanged, self.status_filter.currentIndexChanged,
                       self.unit_filter.textChanged, self.overdue_filter.toggled):
            signal.connect(self._apply_filter)
        filters = QHBoxLayout()
        for label, widget in ((tr("镇街"), self.town_filter), (tr("单位"), self.unit_filter),
                              (tr("状态"), self.status_filter)):
            filters.addWidget(QLabel(label))
            filters.addWidget(widget)
        filters.addWidget(self.overdue_filter)
        filters.addStretch(1)
        self.undo = UndoButtons(self, self.history)
        filters.addWidget(self.undo.undo_button)
        filters.addWidget(self.undo.redo_button)
        self.summary_label = QLabel()

        # the table
        self.model = LedgerModel(lambda: self.today(), self)
        self.proxy = LedgerFilter(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.view.setWordWrap(False)
        character = self.view.fontMetrics().horizontalAdvance("国")
        for column, (_, _, _, chars) in enumerate(LedgerModel.COLUMNS):
            if chars:
                self.view.setColumnWidth(column, chars * character + 16)
            else:
                self.view.horizontalHeader().setSectionResizeMode(column, QHeaderView.Stretch)
        self.view.verticalHeader().setVisible(False)
        self.view.selectionModel().currentRowChanged.connect(self._on_current_changed)

        # the form
        self.form_box = QGroupBox(tr("问题"))
        form = QFormLayout(self.form_box)
        form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.fields: dict[str, QWidget] = {}
        self.fields["town"] = QComboBox()
        self.fields["source"] = QComboBox()
        for source in SOURCES:
            self.fields["source"].addItem(_translate("Ledger", SOURCE_LABELS[source]), source)
        self.fields["status"] = QComboBox()
        for status in STATUSES:
            self.fields["status"].addItem(_translate("Ledger", STATUS_LABELS[status]), status)
        for name in TEXT_FIELDS:
            edit = QPlainTextEdit()
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 2 + 12)
            self.fields[name] = edit
        for name in LINE_FIELDS:
            self.fields[name] = QLineEdit()
        self.fields["deadline"].setPlaceholderText("2024-06-30")
        self.fields["completed_on"].setPlaceholderText(tr("销号时填写，留空为今天"))
        labels = {
            "town": tr("镇街"), "source": tr("问题来源"), "description": tr("问题"), "requirement": tr("整改要求"),
            "measures": tr("整改措施"), "leader": tr("责任领导"), "lead_unit": tr("牵头单位"),
            "responsible_unit": tr("责任单位"), "deadline": tr("整改时限"), "status": tr("完成情况"),
            "completed_on": tr("完成日期"), "evidence": tr("佐证材料"), "reviewer": tr("核验人"),
            "review_note": tr("核验意见"),
        }
        self.attachments = AttachmentList(workspace)
        for name in EDITABLE_FIELDS:
            form.addRow(labels[name], self.fields[name])
            if name == "evidence":
                form.addRow(tr("佐证文件"), self.attachments)
        self.letter_label = QLabel()
        form.addRow(tr("反馈函"), self.letter_label)
        self.add_button = QPushButton(tr("新增问题"))
        self.save_button = QPushButton(tr("保存修改"))
        self.close_button = QPushButton(tr("销号"))
        self.close_button.setToolTip(tr("须填写佐证材料和核验人；完成日期留空为今天"))
        self.remove_button = QPushButton(tr("删除"))
        self.new_button = QPushButton(tr("清空表单"))
        buttons = QHBoxLayout()
        for button, slot in ((self.add_button, self.add_entry), (self.save_button, self.save_entry),
                             (self.close_button, self.close_entry), (self.remove_button, self.remove_entry),
                             (self.new_button, self.clear_form)):
            button.clicked.connect(slot)
            buttons.addWidget(button)
        form.addRow(buttons)

        # counts per town and per unit
        self.town_counts = CountsModel(tr("镇街"), self)
        self.unit_counts = CountsModel(tr("牵头单位"), self)
        counts = QTabWidget()
        for model, title in ((self.town_counts, tr("按镇街")), (self.unit_counts, tr("按牵头单位"))):
            view = QTableView()
            view.setModel(model)
            view.verticalHeader().setVisible(False)
            view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
            view.horizontalHeader().setStretchLastSection(True)
            counts.addTab(view, title)

        # the whole ledger
        self.generate_button = QPushButton(tr("由失分生成问题…"))
        self.generate_button.setToolTip(tr("每个一票否决、市级评估扣分和扣分事由成为一个问题；再次生成只添加新的"))
        self.export_button = QPushButton(tr("导出台账 Excel…"))
        self.import_button = QPushButton(tr("导入台账 Excel…"))
        self.report_button = QPushButton(tr("整改情况报告 PDF…"))
        actions = QHBoxLayout()
        for button, slot in ((self.generate_button, self.generate), (self.export_button, self.export_workbook),
                             (self.import_button, self.import_workbook), (self.report_button, self.save_report)):
            button.clicked.connect(slot)
            actions.addWidget(button)
        actions.addStretch(1)

        right = split(Qt.Vertical, (self.form_box, 3, 560), (counts, 2, 300))
        layout = QVBoxLayout(self)
        layout.addLayout(actions)
        layout.addLayout(filters)
        layout.addWidget(self.summary_label)
        layout.addWidget(split(Qt.Horizontal, (self.view, 3, 760), (right, 2, 480)), 1)

    # --- the service ------------------------------------------------------------------------

    @property
    def ledger(self) -> Optional[RectificationLedger]:
        if self.session is None:
            return None
        return RectificationLedger(self.workspace.store, self.session.number, today=self.today)

    def _current_id(self, entry_id: int) -> int:
        seen = {entry_id}
        while entry_id in self._aliases and self._aliases[entry_id] not in seen:
            entry_id = self._aliases[entry_id]
            seen.add(entry_id)
        return entry_id

    # --- showing ----------------------------------------------------------------------------

    def on_year_opened(self) -> None:
        self.history.clear()
        self._aliases.clear()
        self._shown = None
        super().on_year_opened()

    def refresh(self) -> None:
        offering, self._offering = self._offering, True  # the rows change under the form: not the clerk's choice
        try:
            self._refresh()
        finally:
            self._offering = offering

    def _refresh(self) -> None:
        ledger = self.ledger
        if ledger is None:
            self.model.load([], {})
            self.town_counts.load([], lambda e: e.town, self.today())
            self.unit_counts.load([], lambda e: e.lead_unit, self.today())
            self.summary_label.setText("")
            return
        year = self.session.year
        names = {town.code: town.name for town in year.towns}
        entries = ledger.entries()
        keep = self._shown.id if self._shown is not None else None
        self.model.load(entries, names)
        self._fill_towns(year)
        today = self.today()
        self.town_counts.load(entries, lambda e: names.get(e.town, e.town), today)
        self.unit_counts.load(entries, lambda e: e.lead_unit or self.tr("（未填）"), today)
        self._show_summary(entries, today)
        self._apply_filter()
        if keep is not None and self.model.row_of(keep) >= 0:
            self.select(keep)
        else:
            self.clear_form()

    def _fill_towns(self, year) -> None:
        for combo, everything in ((self.town_filter, self.tr("全部镇街")), (self.fields["town"], None)):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            if everything is not None:
                combo.addItem(everything, None)
            for town in year.towns:
                combo.addItem(town.name, town.code)
            index = combo.findData(chosen)
            combo.setCurrentIndex(index if index >= 0 else 0)
            combo.blockSignals(False)

    def _show_summary(self, entries, today) -> None:
        counts = {status: sum(1 for e in entries if e.status == status) for status in STATUSES}
        overdue = sum(1 for e in entries if is_overdue(e, today))
        soon = sum(1 for e in entries if is_due_soon(e, today))
        self.summary_label.setText(self.tr(
            "共 {total} 个问题：待整改 {open}，整改中 {doing}，待核验 {verify}，已销号 {closed}；"
            "逾期未销号 {overdue}（红色），7 日内到期 {soon}（黄色）").format(
            total=len(entries), open=counts["open"], doing=counts["in_progress"], verify=counts["to_verify"],
            closed=counts["closed"], overdue=overdue, soon=soon))

    def _apply_filter(self, *_) -> None:
        self.proxy.set_filter(self.town_filter.currentData(), self.unit_filter.text(), self.status_filter.currentData(),
                              self.overdue_filter.isChecked())

    def visible_entries(self) -> list[LedgerEntry]:
        """The entries the table shows, top to bottom."""
        return [self.model.entry(self.proxy.mapToSource(self.proxy.index(row, 0)).row())
                for row in range(self.proxy.rowCount())]

    def select(self, entry_id: int) -> bool:
        row = self.model.row_of(self._current_id(entry_id))
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():  # filtered out: show everything
            self.town_filter.setCurrentIndex(0)
            self.status_filter.setCurrentIndex(0)
            self.unit_filter.clear()
            self.overdue_filter.setChecked(False)
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.view.setCurrentIndex(index)
        self.show_entry(self.model.entry(row))
        return True

    def unsaved_changes(self) -> dict:
        """The form's fields that differ from the problem it shows (nothing for a new problem)."""
        shown = self._shown
        if shown is None:
            return {}
        return {name: value for name, value in self.form_values().items() if (getattr(shown, name) or "") != (value or "")}

    def offer_to_save(self) -> None:
        """Before the form shows something else: keep what was typed, if the clerk says so."""
        if self._offering or not self.unsaved_changes():
            return
        self._offering = True
        try:
            if self.workspace.messenger.confirm(self, self.tr("第 {id} 号问题的修改尚未保存。保存吗？").format(
                    id=self._shown.id), self.tr("保存修改")):
                self.save_entry()
        finally:
            self._offering = False

    def _on_current_changed(self, current, _previous) -> None:
        if self._offering:  # the form is being saved or shown again: nothing the clerk chose
            return
        if self.unsaved_changes():
            self.offer_to_save()
            current = self.view.currentIndex()  # a save refreshed the table: the index is a new one
        if current.isValid():
            self.show_entry(self.model.entry(self.proxy.mapToSource(current).row()))

    def show_entry(self, entry: LedgerEntry) -> None:
        self._shown = entry
        self.form_box.setTitle(self.tr("第 {id} 号问题").format(id=entry.id))
        for name in EDITABLE_FIELDS:
            widget, value = self.fields[name], getattr(entry, name)
            if isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(0, widget.findData(value)))
            elif isinstance(widget, QPlainTextEdit):
                widget.setPlainText(value or "")
            else:
                widget.setText(value or "")
        self.letter_label.setText(f"{entry.letter_number}　{entry.letter_date or ''}" if entry.letter_number
                                  else self.tr("尚未通过反馈函送达"))
        self.attachments.show_owner(ledger_owner(entry.id))
        self.save_button.setEnabled(True)
        self.close_button.setEnabled(not entry.closed)
        self.remove_button.setEnabled(True)

    def clear_form(self) -> None:
        self._shown = None
        self.form_box.setTitle(self.tr("新问题"))
        self.view.clearSelection()
        for name in EDITABLE_FIELDS:
            widget = self.fields[name]
            if isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(0, widget.findData({"source": SOURCE_MANUAL, "status": OPEN}.get(name))))
            elif isinstance(widget, QPlainTextEdit):
                widget.clear()
            else:
                widget.clear()
        self.letter_label.setText("")
        self.attachments.show_owner(None)
        self.save_button.setEnabled(False)
        self.close_button.setEnabled(False)
        self.remove_button.setEnabled(False)

    def form_values(self) -> dict:
        values = {}
        for name in EDITABLE_FIELDS:
            widget = self.fields[name]
            if isinstance(widget, QComboBox):
                values[name] = widget.currentData()
            elif isinstance(widget, QPlainTextEdit):
                values[name] = widget.toPlainText()
            else:
                values[name] = widget.text()
        return values

    # --- changing ---------------------------------------------------------------------------

    def _push(self, label: str, entry_id: int, before: Optional[LedgerEntry], after: Optional[LedgerEntry]) -> None:
        """One undo step: the entry before and after a change (None: not there)."""
        original = entry_id

        def restore(state: Optional[LedgerEntry]) -> bool:
            ledger = self.ledger
            current = self._current_id(original)
            if state is None:
                return bool(self.apply_change(ledger.remove, [current]))
            if ledger.store.ledger_entry(ledger.number, current) is None:
                added = self.apply_change(ledger.restore, state)
                if added is None:
                    return False
                self._aliases[current] = added[0].id
                return True
            # Based on the state this step left: a field another window or process changed since is not
            # overwritten (the step is refused with the reason instead).
            expected = after if state is before else before
            changed = [name for name in EDITABLE_FIELDS if getattr(state, name) != getattr(expected, name)]
            fields = {name: getattr(state, name) for name in changed}
            return self.apply_change(ledger.update, current, based_on=expected, **fields) is not None

        self.history.push(SnapshotCommand(restore, before, after, label))

    def _push_generated(self, made: list) -> None:
        """One undo step for the problems made from the losses: undo removes them all, redo puts them back."""
        originals = [entry.id for entry in made]

        def restore(state) -> bool:
            ledger = self.ledger
            current = [self._current_id(entry_id) for entry_id in originals]
            if state is None:
                return self.apply_change(ledger.remove, current) is not None
            added = self.apply_change(ledger.restore, *state)
            if added is None:
                return False
            self._aliases.update({old: new.id for old, new in zip(current, added)})
            return True

        self.history.push(SnapshotCommand(restore, None, list(made), self.tr("由失分生成 {count} 个问题").format(
            count=len(made))))

    def generate(self) -> None:
        ledger = self.ledger
        if ledger is None:
            return
        deadline = self.workspace.messenger.ask_text(
            self, self.tr("把本年度的失分（一票否决、市级评估扣分、各项扣分事由）生成为整改问题；已生成过的不再重复。\n"
                          "整改时限（如 2024-06-30，可留空以后填写）："), title=self.tr("由失分生成问题"))
        if deadline is None:
            return
        made = self.apply_change(ledger.generate, deadline or None)
        if made is None:
            return
        if made:
            self._push_generated(made)
            self.workspace.messenger.info(self, self.tr("新增 {count} 个问题。").format(count=len(made)))
        else:
            self.workspace.messenger.info(self, self.tr("没有新的失分问题：台账中已有全部失分。"))

    def add_entry(self) -> bool:
        ledger = self.ledger
        if ledger is None:
            return False
        values = self.form_values()
        town, description = values.pop("town"), values.pop("description")
        if values.get("status") == CLOSED:
            values["status"] = OPEN  # closing is its own step, with its evidence
        entry = self.apply_change(ledger.add, town, description, **values)
        if entry is None:
            return False
        self._push(self.tr("新增问题 {id}").format(id=entry.id), entry.id, None, entry)
        self.select(entry.id)
        return True

    def save_entry(self) -> bool:
        ledger, shown = self.ledger, self._shown
        if ledger is None or shown is None:
            return False
        values = self.form_values()
        changes = {name: value for name, value in values.items()
                   if (getattr(shown, name) or "") != (value or "")}
        if not changes:
            return True
        if changes.get("status") == CLOSED:  # closed with the other edits in one change
            changes.update(self._closing_fields(values))
        after = self.apply_change(ledger.update, shown.id, based_on=shown, **changes)
        if after is None:
            return False
        self._push(self.tr("修改问题 {id}").format(id=shown.id), shown.id, shown, after)
        self.select(shown.id)
        return True

    def close_entry(self) -> bool:
        ledger, shown = self.ledger, self._shown
        if ledger is None or shown is None:
            return False
        values = self.form_values()
        changes = {name: value for name, value in values.items()
                   if (getattr(shown, name) or "") != (value or "") and name != "status"}
        changes.update(self._closing_fields(values))
        after = self.apply_change(ledger.update, shown.id, based_on=shown, **changes)
        if after is None:
            return False
        self._push(self.tr("问题 {id} 销号").format(id=shown.id), shown.id, shown, after)
        self.select(shown.id)
        return True

    def _closing_fields(self, values: dict) -> dict:
        """销号: the status, the completion date (today if left blank), the evidence (the names of the
        evidence files if left blank), the reviewer and note; the service refuses it without evidence
        or reviewer."""
        evidence = values["evidence"]
        if not evidence.strip() and self.attachments.names():
            evidence = self.tr("见佐证文件：{names}").format(names="、".join(self.attachments.names()))
        return {"status": CLOSED, "completed_on": values["completed_on"] or self.today(), "evidence": evidence,
                "reviewer": values["reviewer"], "review_note": values["review_note"]}

    def remove_entry(self) -> bool:
        ledger, shown = self.ledger, self._shown
        if ledger is None or shown is None:
            return False
        if not self.workspace.messenger.confirm(self, self.tr("删除第 {id} 号问题“{text}”？（可以撤销）").format(
                id=shown.id, text=shown.description[:40]), self.tr("删除问题")):
            return False
        if self.apply_change(ledger.remove, [shown.id]) is None:
            return False
        self._push(self.tr("删除问题 {id}").format(id=shown.id), shown.id, shown, None)
        self.clear_form()
        return True

    # --- the workbook and the report ---------------------------------------------------------

    def export_workbook(self) -> Optional[str]:
        ledger = self.ledger
        if ledger is None:
            return None
        path = self.workspace.messenger.save_file(self, self.tr("导出整改台账"),
                                                  self.tr("{year}年度整改台账.xlsx").format(year=ledger.number),
                                                  XLSX_FILTER)
        if not path:
            return None
        try:
            ledger.export_workbook(path, translate=_translate)
        except EXPECTED_ERRORS as error:
            self.workspace.messenger.error(self, describe_error(error))
            return None
        self.workspace.messenger.info(self, self.tr("已导出到 {path}").format(path=path))
        return path

    def import_workbook(self) -> bool:
        ledger = self.ledger
        if ledger is None:
            return False
        path = self.workspace.messenger.open_file(self, self.tr("导入整改台账"), XLSX_FILTER)
        if not path:
            return False
        try:
            preview = ledger.read_workbook(path, translate=_translate)
        except EXPECTED_ERRORS as error:
            self.workspace.messenger.error(self, describe_error(error))
            return False
        if not preview.ok:
            lines = [problem.describe(_translate) for problem in preview.problems[:30]]
            more = len(preview.problems) - len(lines)
            text = self.tr("台账中有 {count} 处问题，未导入任何内容：").format(count=len(preview.problems))
            self.workspace.messenger.error(self, "\n".join([text, *lines] + ([self.tr("……另有 {count} 处").format(count=more)]
                                                                           if more > 0 else [])))
            return False
        counts = preview.counts()
        if not self.workspace.messenger.confirm(self, self.tr(
                "将新增 {new} 个问题，修改 {changed} 个问题（{unchanged} 个未改动）。确定导入吗？").format(**counts),
                self.tr("导入整改台账")):
            return False
        return self.apply_change(ledger.import_workbook, preview) is not None

    def save_report(self) -> Optional[str]:
        """整改情况报告: of the town chosen in the filter, or of every town."""
        ledger = self.ledger
        if ledger is None:
            return None
        town = self.town_filter.currentData()
        year = self.session.year
        name = (self.tr("{year}年度整改情况报告-{town}.pdf").format(year=year.year, town=self.town_filter.currentText())
                if town else self.tr("{year}年度整改情况报告（全部镇街）.pdf").format(year=year.year))
        path = self.workspace.messenger.save_file(self, self.tr("保存整改情况报告"), name, self.tr("PDF 文件 (*.pdf)"))
        if not path:
            return None
        from ...atomicfile import write_atomically
        from ...documents.rectification import build_rectification_report
        from ...services.documents import DocumentSettings

        try:
            built = build_rectification_report(year, ledger.entries(), town, today=self.today(),
                                               fonts=DocumentSettings(self.workspace.store).fonts())
            written = write_atomically(path, built.pdf)
        except EXPECTED_ERRORS as error:
            self.workspace.messenger.error(self, describe_error(error))
            return None
        self.workspace.messenger.info(self, self.tr("已保存到 {path}").format(path=written))
        return str(written)
