"""加分与否决: the bonus, inspection and veto registers.

Each register is a table of records with a form to add, change or remove one.
What a record counts for is read from the core's result: which bonus records
count (就高不就低) and when the cap applies, each inspection round's ±, where a
veto puts the town. Every change is stored at once and is one undo step.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Callable, Optional

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSpinBox, QTableView, QTabWidget, QVBoxLayout, QWidget,
)

from ...domain.messages import QT_TRANSLATE_NOOP, MessageError
from ...domain.model import ZERO, Adjustment, Bonus, Inspection, LimitFlag, RollUp, Veto
from ...domain.scoring import rollup_score
from ...domain.numbers import parse_date_text, points_text, signed, two_decimals
from ...services import EntryError, parse_score_text
from ...services.attachments import Attachments
from ..common.attachments import AttachmentList
from ..common.layout import split
from ..common.cells import ALIGN_CENTRE, ALIGN_LEFT, ALIGN_RIGHT, ITEM_SELECTABLE, NO_ITEM_FLAGS
from ..common.tab import Tab
from ..common.undo import SnapshotCommand, UndoButtons

RECORD_KINDS = {"bonuses": "bonus", "vetoes": "veto"}  # whose evidence files a register page shows
MUTED = QColor("#7a7a7a")
WARN = QColor("#b3261e")
GOOD = QColor("#2e7d32")


def parse_date(text: str) -> Optional[str]:
    """An optional date typed as 2024-05-10 (also 2024/5/10, 2024.5.10 or 2024年5月10日)."""
    text = text.strip()
    if not text:
        return None
    date = parse_date_text(text)
    if date is None:
        raise EntryError(QT_TRANSLATE_NOOP("Entry", "日期“{text}”无法识别，请按 2024-05-10 的格式填写"), text=text)
    return date.isoformat()


class RecordsModel(QAbstractTableModel):
    """Rows of a register; ``columns`` are (header, text of row, alignment)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.columns: list[tuple[str, Callable, int]] = []
        self.rows: list = []
        self.colour: Callable = lambda row, column: None
        self.tip: Callable = lambda row, column: None

    def load(self, columns, rows) -> None:
        self.beginResetModel()
        self.columns, self.rows = list(columns), list(rows)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt name
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt name
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 - Qt name
        if orientation == Qt.Horizontal and role == Qt.ItemDataRole.DisplayRole and section < len(self.columns):
            return self.columns[section][0]
        if orientation == Qt.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.columns[column][1](row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.columns[column][2]
        if role == Qt.ItemDataRole.ForegroundRole:
            colour = self.colour(row, column)
            return QBrush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tip(row, column)
        return None

    def flags(self, index):
        return ITEM_SELECTABLE if index.isValid() else NO_ITEM_FLAGS


RESIZE_SAMPLE_ROWS = 60
LEFT, RIGHT, CENTRE = ALIGN_LEFT, ALIGN_RIGHT, ALIGN_CENTRE


def _table(model: QAbstractTableModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectRows)
    view.setSelectionMode(QAbstractItemView.SingleSelection)
    view.setEditTriggers(QAbstractItemView.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.horizontalHeader().setStretchLastSection(False)
    # Fitting widths looks at a sample of rows, not all of a 500-town register.
    view.horizontalHeader().setResizeContentsPrecision(RESIZE_SAMPLE_ROWS)
    view.horizontalHeader().setDefaultAlignment(Qt.AlignCenter)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    return view


class RegisterPage(QWidget):
    """A register: records table on the left, form and per-town summary on the right.

    Strings of this base class name their context: ``self.tr`` would look them up
    under the subclass's name, where Qt Linguist does not put them."""

    field = ""           # the AssessmentYear field of the records
    title = ""

    def add_evidence_and_date(self, evidence_hint: str) -> None:
        """The evidence and date rows a bonus and a veto record both have."""
        self.evidence = QLineEdit()
        self.evidence.setPlaceholderText(evidence_hint)
        self.date = QLineEdit()
        self.date.setPlaceholderText("2024-05-10")
        self.form.addRow(QCoreApplication.translate("RegisterPage", "佐证材料"), self.evidence)
        self.form.addRow(QCoreApplication.translate("RegisterPage", "日期"), self.date)
        # The selected record's evidence files (a new record gets them once it is registered).
        self.files = AttachmentList(self.tab.workspace)
        self.form.addRow(QCoreApplication.translate("RegisterPage", "佐证文件"), self.files)

    def __init__(self, tab: "RegistersTab"):
        super().__init__()
        self.tab = tab
        self.model = RecordsModel(self)
        self.view = _table(self.model)
        self.view.selectionModel().currentRowChanged.connect(self._on_row_changed)
        self.summary_model = RecordsModel(self)
        self.summary_view = _table(self.summary_model)

        self.form_box = QGroupBox(QCoreApplication.translate("RegisterPage", "登记 / 修改"))
        self.form = QFormLayout(self.form_box)
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.town = QComboBox()
        self.form.addRow(QCoreApplication.translate("RegisterPage", "镇街"), self.town)
        self.build_form()
        self.add_button = QPushButton(QCoreApplication.translate("RegisterPage", "新增登记"))
        self.save_button = QPushButton(QCoreApplication.translate("RegisterPage", "保存修改"))
        self.remove_button = QPushButton(QCoreApplication.translate("RegisterPage", "删除"))
        self.clear_button = QPushButton(QCoreApplication.translate("RegisterPage", "清空表单"))
        self.add_button.clicked.connect(self.add_record)
        self.save_button.clicked.connect(self.save_record)
        self.remove_button.clicked.connect(self.remove_record)
        self.clear_button.clicked.connect(self.clear_form)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.save_button, self.remove_button, self.clear_button):
            buttons.addWidget(button)
        self.form.addRow(buttons)

        self.summary_box = QGroupBox(self.summary_title())
        QVBoxLayout(self.summary_box).addWidget(self.summary_view)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.form_box)
        right_layout.addWidget(self.summary_box, 1)
        splitter = split(Qt.Horizontal, (self.view, 3, 800), (right, 2, 520))
        self.explain_label = QLabel()
        self.explain_label.setWordWrap(True)
        self.explain_label.setStyleSheet("color: #555;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain_label)
        layout.addWidget(splitter, 1)

    # --- to be provided by each register ------------------------------------------------

    def build_form(self) -> None:
        raise NotImplementedError

    def summary_title(self) -> str:
        return QCoreApplication.translate("RegisterPage", "各镇街合计")

    def fill_form(self, record) -> None:
        raise NotImplementedError

    def record_from_form(self):
        raise NotImplementedError

    def describe(self, record) -> str:
        raise NotImplementedError

    def show_records(self, session) -> None:
        raise NotImplementedError

    # --- shared ---------------------------------------------------------------------------

    @property
    def session(self):
        return self.tab.session

    def records(self) -> tuple:
        return getattr(self.session.year, self.field) if self.session else ()

    def town_names(self) -> dict[str, str]:
        return {t.code: t.name for t in self.session.year.towns}

    def refresh(self) -> None:
        session = self.session
        current = self.current_row()
        if session is None:
            self.model.load([], [])
            self.summary_model.load([], [])
            return
        town = self.town.currentData()
        self.town.blockSignals(True)
        self.town.clear()
        for item in session.year.towns:
            self.town.addItem(item.name, item.code)
        if town is not None and self.town.findData(town) >= 0:
            self.town.setCurrentIndex(self.town.findData(town))
        self.town.blockSignals(False)
        self.refresh_choices(session)
        self.show_records(session)
        self.view.resizeColumnsToContents()
        self.summary_view.resizeColumnsToContents()
        if 0 <= current < self.model.rowCount():
            self.view.selectRow(current)
        self._show_files()
        self._update_buttons()

    def refresh_choices(self, session) -> None:
        """Fill the form's lists (types, indicators) from the year."""

    def current_row(self) -> int:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else -1

    def select_record(self, position: int) -> None:
        self.view.selectRow(position)

    def _on_row_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        records = self.records()
        if current.isValid() and current.row() < len(records):
            self.fill_form(records[current.row()])
        self._show_files()
        self._update_buttons()

    def _show_files(self) -> None:
        files = getattr(self, "files", None)
        if files is None:
            return
        row = self.current_row()
        owner = None
        if self.session is not None and row >= 0:
            owner = Attachments(self.tab.workspace.store, self.session.number).record_owner(
                RECORD_KINDS[self.field], row)
        files.show_owner(owner)

    def _update_buttons(self) -> None:
        selected = self.current_row() >= 0
        self.save_button.setEnabled(selected)
        self.remove_button.setEnabled(selected)
        self.add_button.setEnabled(self.session is not None and self.town.count() > 0)

    def _from_form(self):
        try:
            return self.record_from_form()
        except EntryError as error:
            self.tab.workspace.messenger.error(self, error.render(QCoreApplication.translate))
            return None

    def add_record(self) -> bool:
        record = self._from_form()
        if record is None:
            return False
        year = self.session.year
        records = getattr(year, self.field) + (record,)
        if self.tab.store_records(self, records, QCoreApplication.translate("RegisterPage", "登记：{what}").format(what=self.describe(record)), year):
            self.select_record(len(records) - 1)
            return True
        return False

    def save_record(self) -> bool:
        row = self.current_row()
        record = self._from_form()
        if record is None or row < 0:
            return False
        year = self.session.year
        records = getattr(year, self.field)
        if records[row] == record:
            return True
        updated = records[:row] + (record,) + records[row + 1:]
        if self.tab.store_records(self, updated, QCoreApplication.translate("RegisterPage", "修改：{what}").format(what=self.describe(record)), year):
            self.select_record(row)
            return True
        return False

    def remove_record(self) -> bool:
        row = self.current_row()
        if row < 0:
            return False
        year = self.session.year  # what the question is about: a change made elsewhere meanwhile refuses the removal
        records = getattr(year, self.field)
        record = records[row]
        if not self.tab.workspace.messenger.confirm(self, QCoreApplication.translate("RegisterPage", "删除这条登记吗？\n{what}").format(what=self.describe(record))):
            return False
        return self.tab.store_records(self, records[:row] + records[row + 1:],
                                      QCoreApplication.translate("RegisterPage", "删除：{what}").format(what=self.describe(record)),
                                      year)

    def clear_form(self) -> None:
        self.view.clearSelection()
        self.view.setCurrentIndex(QModelIndex())
        self._update_buttons()

    def _town_code(self) -> str:
        code = self.town.currentData()
        if code is None:
            raise EntryError(QT_TRANSLATE_NOOP("Entry", "请选择镇街"))
        return code


class BonusPage(RegisterPage):
    field = "bonuses"

    def build_form(self) -> None:
        self.type = QComboBox()
        self.count = QSpinBox()
        self.count.setRange(1, 99)
        self.count.setSuffix(self.tr(" 次"))
        self.group = QComboBox()
        self.group.setEditable(True)
        self.group.setToolTip(self.tr("同一成果获得多级表彰时，各条记录填同一个成果名称，只按最高一级计分（就高不就低）"))
        self.group.lineEdit().setPlaceholderText(self.tr("同一成果多级表彰时填写，如“乡村旅游示范”"))
        self.form.addRow(self.tr("加分类型"), self.type)
        self.form.addRow(self.tr("次数"), self.count)
        self.form.addRow(self.tr("成果（就高不就低）"), self.group)
        self.add_evidence_and_date(self.tr("文件名称或文号"))
        self.town.currentIndexChanged.connect(self._fill_groups)

    def summary_title(self) -> str:
        return self.tr("各镇街计入的加分")

    def refresh_choices(self, session) -> None:
        year = session.year
        current = self.type.currentData()
        self.type.clear()
        for kind in year.bonus_types:
            self.type.addItem(self.tr("{name}（每次 {points} 分）").format(name=kind.name, points=points_text(kind.points)),
                              kind.code)
        if current is not None and self.type.findData(current) >= 0:
            self.type.setCurrentIndex(self.type.findData(current))
        self._fill_groups()
        self.explain_label.setText(self.tr(
            "加分按成果计：每条记录的分值 = 每次分值 × 次数；同一成果多级表彰只计最高一条（就高不就低）；"
            "各镇街加分累计不超过 {cap} 分。").format(cap=points_text(year.rules.bonus_cap)))

    def _fill_groups(self, *_) -> None:
        if self.session is None:
            return
        town = self.town.currentData()
        text = self.group.currentText()
        groups = sorted({b.group for b in self.records() if b.group and b.town == town})
        self.group.blockSignals(True)
        self.group.clear()
        self.group.addItems(groups)
        self.group.setEditText(text)
        self.group.blockSignals(False)

    def fill_form(self, record: Bonus) -> None:
        self.town.setCurrentIndex(self.town.findData(record.town))
        self.type.setCurrentIndex(self.type.findData(record.type))
        self.count.setValue(record.count)
        self._fill_groups()
        self.group.setEditText(record.group or "")
        self.evidence.setText(record.evidence or "")
        self.date.setText(record.date or "")

    def record_from_form(self) -> Bonus:
        kind = self.type.currentData()
        if kind is None:
            raise EntryError(QT_TRANSLATE_NOOP("Entry", "请选择加分类型"))
        return Bonus(town=self._town_code(), type=kind, count=self.count.value(),
                     group=self.group.currentText().strip() or None, evidence=self.evidence.text().strip() or None,
                     date=parse_date(self.date.text()))

    def describe(self, record: Bonus) -> str:
        kinds = {k.code: k.name for k in self.session.year.bonus_types}
        return f"{self.session.town_name(record.town)} {kinds.get(record.type, record.type)} × {record.count}"

    def status(self, index: int, record: Bonus, row) -> tuple[str, Optional[QColor]]:
        """How a record counts: 计入 / 就高不就低未计入 / 计入但合计封顶."""
        if row is None:
            return "", None
        detail = row.bonus_detail
        if index in detail.superseded:
            return self.tr("不计（就高不就低：同一成果已按更高一级计）"), MUTED
        if detail.capped:
            return self.tr("计入（该镇街合计 {total}，超过上限按 {cap} 计）").format(
                total=two_decimals(detail.uncapped), cap=two_decimals(row.bonus)), WARN
        return self.tr("计入"), GOOD

    def show_records(self, session) -> None:
        year, result = session.year, session.result.by_code()
        names = self.town_names()
        kinds = {k.code: k for k in year.bonus_types}
        statuses = [self.status(n, record, result.get(record.town)) for n, record in enumerate(year.bonuses)]
        rows = [(n, record, kinds.get(record.type), statuses[n]) for n, record in enumerate(year.bonuses)]

        values = session.result.bonus_values

        def value(row):
            return two_decimals(values[row[0]]) if row[2] else ""

        self.model.colour = lambda row, column: row[3][1] if column == 6 else None
        self.model.load([
            (self.tr("镇街"), lambda r: names.get(r[1].town, r[1].town), LEFT),
            (self.tr("加分类型"), lambda r: r[2].name if r[2] else r[1].type, LEFT),
            (self.tr("每次分值"), lambda r: points_text(r[2].points) if r[2] else "", RIGHT),
            (self.tr("次数"), lambda r: str(r[1].count), RIGHT),
            (self.tr("成果"), lambda r: r[1].group or "", LEFT),
            (self.tr("记录分值"), value, RIGHT),
            (self.tr("计入情况"), lambda r: r[3][0], LEFT),
            (self.tr("佐证材料"), lambda r: r[1].evidence or "", LEFT),
            (self.tr("日期"), lambda r: r[1].date or "", CENTRE),
        ], rows)
        with_records = {b.town for b in year.bonuses}
        towns = [t for t in year.towns if t.code in with_records]

        def note(town) -> str:
            detail = result[town.code].bonus_detail
            notes = []
            if detail.superseded:
                notes.append(self.tr("就高不就低：{count} 条不计").format(count=len(detail.superseded)))
            if detail.capped:
                notes.append(self.tr("超过上限 {cap} 分，按上限计").format(cap=points_text(year.rules.bonus_cap)))
            return "；".join(notes)

        self.summary_model.colour = lambda town, column: WARN if column == 3 and result[town.code].bonus_detail.capped else None
        self.summary_model.load([
            (self.tr("镇街"), lambda t: t.name, LEFT),
            (self.tr("成果合计"), lambda t: two_decimals(result[t.code].bonus_detail.uncapped), RIGHT),
            (self.tr("计入加分"), lambda t: two_decimals(result[t.code].bonus), RIGHT),
            (self.tr("说明"), note, LEFT),
        ], towns)


class InspectionPage(RegisterPage):
    field = "inspections"

    def build_form(self) -> None:
        self.type = QComboBox()
        self.round = QSpinBox()
        self.round.setRange(1, 99)
        self.round.setPrefix(self.tr("第 "))
        self.round.setSuffix(self.tr(" 轮"))
        self.deducted_check = QCheckBox(self.tr("该轮造成区被扣分（取消加分，并扣除同等分值）"))
        self.deducted = QLineEdit()
        self.deducted.setPlaceholderText(self.tr("区被扣的分值，如 0.3"))
        self.deducted.setEnabled(False)
        self.deducted_check.toggled.connect(self.deducted.setEnabled)
        self.note = QLineEdit()
        self.form.addRow(self.tr("督查评估类型"), self.type)
        self.form.addRow(self.tr("轮次"), self.round)
        self.form.addRow("", self.deducted_check)
        self.form.addRow(self.tr("被扣分值"), self.deducted)
        self.form.addRow(self.tr("备注"), self.note)

    def summary_title(self) -> str:
        return self.tr("各镇街督查评估合计")

    def refresh_choices(self, session) -> None:
        current = self.type.currentData()
        self.type.clear()
        for kind in session.year.inspection_types:
            self.type.addItem(self.tr("{name}（每轮 +{award} 分）").format(name=kind.name, award=points_text(kind.award)),
                              kind.code)
        if current is not None and self.type.findData(current) >= 0:
            self.type.setCurrentIndex(self.type.findData(current))
        self.explain_label.setText(self.tr(
            "市级专项督查、区县交叉核查、市级第三方评估按轮次计：每轮获得该类型的加分；"
            "该轮造成区被扣分的，不加分，并扣除同等分值。"))

    def fill_form(self, record: Inspection) -> None:
        self.town.setCurrentIndex(self.town.findData(record.town))
        self.type.setCurrentIndex(self.type.findData(record.type))
        self.round.setValue(record.round or 1)
        self.deducted_check.setChecked(record.deducted != 0)
        self.deducted.setText(points_text(record.deducted) if record.deducted else "")
        self.note.setText(record.note or "")

    def record_from_form(self) -> Inspection:
        kind = self.type.currentData()
        if kind is None:
            raise EntryError(QT_TRANSLATE_NOOP("Entry", "请选择督查评估类型"))
        deducted = ZERO
        if self.deducted_check.isChecked():
            deducted = parse_score_text(self.deducted.text())
            if deducted <= 0:
                raise EntryError(QT_TRANSLATE_NOOP("Entry", "请填写该轮区被扣的分值（大于 0）"))
        return Inspection(town=self._town_code(), type=kind, round=self.round.value(), deducted=deducted,
                          note=self.note.text().strip() or None)

    def describe(self, record: Inspection) -> str:
        kinds = {k.code: k.name for k in self.session.year.inspection_types}
        return self.tr("{town} {kind} 第 {round} 轮").format(
            town=self.session.town_name(record.town), kind=kinds.get(record.type, record.type), round=record.round or "")

    def show_records(self, session) -> None:
        year, result = session.year, session.result.by_code()
        names = self.town_names()
        kinds = {k.code: k for k in year.inspection_types}
        # (record, how the core counted it)
        rows = list(zip(year.inspections, session.result.inspection_lines))
        self.model.colour = lambda r, column: (WARN if r[1].cancelled else GOOD) if column in (3, 4) else None
        self.model.load([
            (self.tr("镇街"), lambda r: names.get(r[0].town, r[0].town), LEFT),
            (self.tr("类型"), lambda r: kinds[r[0].type].name if r[0].type in kinds else r[0].type, LEFT),
            (self.tr("轮次"), lambda r: str(r[0].round) if r[0].round else "", RIGHT),
            (self.tr("结果"), lambda r: self.tr("造成区被扣 {points} 分").format(points=points_text(r[0].deducted))
             if r[1].cancelled else self.tr("获得加分"), LEFT),
            (self.tr("增减分"), lambda r: signed(r[1].change), RIGHT),
            (self.tr("备注"), lambda r: r[0].note or "", LEFT),
        ], rows)
        rounds: dict[str, int] = {}
        for record in year.inspections:
            rounds[record.town] = rounds.get(record.town, 0) + 1
        towns = [t for t in year.towns if t.code in rounds]
        self.summary_model.colour = lambda t, column: (WARN if result[t.code].inspection < 0 else GOOD) if column == 2 else None
        self.summary_model.load([
            (self.tr("镇街"), lambda t: t.name, LEFT),
            (self.tr("轮次数"), lambda t: str(rounds[t.code]), RIGHT),
            (self.tr("督查评估合计"), lambda t: signed(result[t.code].inspection), RIGHT),
        ], towns)


class VetoPage(RegisterPage):
    field = "vetoes"

    def build_form(self) -> None:
        self.reason = QComboBox()
        self.reason.setEditable(True)
        self.reason.setInsertPolicy(QComboBox.NoInsert)
        self.reason.lineEdit().setPlaceholderText(self.tr("选择方案中的否决情形，或直接填写"))
        self.indicator = QComboBox()
        self.form.addRow(self.tr("否决原因"), self.reason)
        self.form.addRow(self.tr("否决指标"), self.indicator)
        self.add_evidence_and_date(self.tr("通报文件、问题清单等"))
        self.indicator.activated.connect(self._indicator_chosen)

    def summary_title(self) -> str:
        return self.tr("被否决镇街的结果")

    def refresh_choices(self, session) -> None:
        year = session.year
        text = self.reason.currentText()
        self.reason.blockSignals(True)
        self.reason.clear()
        for reason in year.veto_conditions:
            self.reason.addItem(reason)
        for indicator in year.indicators:
            if indicator.veto:
                self.reason.addItem(indicator.content or indicator.name)
        self.reason.setEditText(text)
        self.reason.blockSignals(False)
        current = self.indicator.currentData()
        self.indicator.clear()
        self.indicator.addItem(self.tr("（无，按方案否决情形）"), None)
        for indicator in year.indicators:
            if indicator.veto:
                self.indicator.addItem(indicator.name, indicator.code)
        self.indicator.setCurrentIndex(max(0, self.indicator.findData(current)))
        self.explain_label.setText(self.tr(
            "被一票否决的镇街不论得分多少，排在未被否决的镇街之后，定为“{grade}”。").format(
                grade=year.rules.effective_veto_grade))

    def _indicator_chosen(self, index: int) -> None:
        code = self.indicator.itemData(index)
        indicator = next((i for i in self.session.year.indicators if i.code == code), None)
        if indicator is not None and not self.reason.currentText().strip():
            self.reason.setEditText(indicator.content or indicator.name)

    def fill_form(self, record: Veto) -> None:
        self.town.setCurrentIndex(self.town.findData(record.town))
        self.reason.setEditText(record.reason)
        self.indicator.setCurrentIndex(max(0, self.indicator.findData(record.indicator)))
        self.evidence.setText(record.evidence or "")
        self.date.setText(record.date or "")

    def record_from_form(self) -> Veto:
        reason = self.reason.currentText().strip()
        if not reason:
            raise EntryError(QT_TRANSLATE_NOOP("Entry", "请填写否决原因"))
        return Veto(town=self._town_code(), reason=reason, indicator=self.indicator.currentData(),
                    evidence=self.evidence.text().strip() or None, date=parse_date(self.date.text()))

    def describe(self, record: Veto) -> str:
        return self.tr("{town} 一票否决").format(town=self.session.town_name(record.town))

    def show_records(self, session) -> None:
        year, result = session.year, session.result.by_code()
        names = self.town_names()
        indicators = {i.code: i.name for i in year.indicators}
        self.model.colour = lambda r, column: WARN if column == 0 else None
        self.model.load([
            (self.tr("镇街"), lambda r: names.get(r.town, r.town), LEFT),
            (self.tr("否决原因"), lambda r: r.reason, LEFT),
            (self.tr("否决指标"), lambda r: indicators.get(r.indicator, "") if r.indicator else "", LEFT),
            (self.tr("佐证材料"), lambda r: r.evidence or "", LEFT),
            (self.tr("日期"), lambda r: r.date or "", CENTRE),
        ], year.vetoes)
        towns = [t for t in year.towns if t.code in result and result[t.code].vetoed]
        self.summary_model.colour = lambda t, column: WARN
        self.summary_model.load([
            (self.tr("镇街"), lambda t: t.name, LEFT),
            (self.tr("最终得分"), lambda t: two_decimals(result[t.code].final), RIGHT),
            (self.tr("名次"), lambda t: str(result[t.code].rank), RIGHT),
            (self.tr("等次"), lambda t: result[t.code].grade, CENTRE),
        ], towns)


class AdjustmentPage(RegisterPage):
    """调整指标: additions and deductions per occurrence (innovation, prohibited acts, a negative list)."""
    field = "adjustments"

    def build_form(self) -> None:
        self.type = QComboBox()
        self.count = QSpinBox()
        self.count.setRange(1, 99)
        self.count.setSuffix(self.tr(" 次"))
        self.evidence = QLineEdit()
        self.evidence.setPlaceholderText(self.tr("依据（文件名称或文号、情况说明）"))
        self.date = QLineEdit()
        self.date.setPlaceholderText("2024-05-10")
        self.form.addRow(self.tr("调整类型"), self.type)
        self.form.addRow(self.tr("次数"), self.count)
        self.form.addRow(self.tr("依据"), self.evidence)
        self.form.addRow(self.tr("日期"), self.date)

    def summary_title(self) -> str:
        return self.tr("各镇街计入的调整分")

    def refresh_choices(self, session) -> None:
        year = session.year
        current = self.type.currentData()
        self.type.clear()
        for kind in year.adjustment_types:
            cap = self.tr("，累计不超过 {cap} 分").format(cap=points_text(kind.cap)) if kind.cap is not None else ""
            self.type.addItem(self.tr("{name}（每次 {points} 分{cap}）").format(
                name=kind.name, points=points_text(kind.points), cap=cap), kind.code)
        if current is not None and self.type.findData(current) >= 0:
            self.type.setCurrentIndex(self.type.findData(current))
        rules = year.rules
        caps = []
        if rules.adjustment_add_cap is not None:
            caps.append(self.tr("加分项合计不超过 {cap} 分").format(cap=points_text(rules.adjustment_add_cap)))
        if rules.adjustment_deduct_cap is not None:
            caps.append(self.tr("扣分项合计不超过 {cap} 分").format(cap=points_text(rules.adjustment_deduct_cap)))
        if year.adjustment_types:
            self.explain_label.setText(self.tr(
                "调整指标按次计分：每条记录 = 每次分值 × 次数，正数加分、负数扣分；各类型可设累计上限（如负面清单）；"
                "{caps}。调整分与加分分开计算，计入最终得分。").format(caps="，".join(caps) or self.tr("合计不设上限")))
        else:
            self.explain_label.setText(self.tr(
                "本年度没有设定调整指标类型。需要时在“考核方案 → 考核规则与类型”中添加（如工作创新加分、违规行为扣分、负面清单）。"))

    def fill_form(self, record: Adjustment) -> None:
        self.town.setCurrentIndex(self.town.findData(record.town))
        self.type.setCurrentIndex(self.type.findData(record.type))
        self.count.setValue(record.count)
        self.evidence.setText(record.evidence or "")
        self.date.setText(record.date or "")

    def record_from_form(self) -> Adjustment:
        kind = self.type.currentData()
        if kind is None:
            raise EntryError(QT_TRANSLATE_NOOP("Entry", "请选择调整类型"))
        return Adjustment(town=self._town_code(), type=kind, count=self.count.value(),
                          evidence=self.evidence.text().strip() or None, date=parse_date(self.date.text()))

    def describe(self, record: Adjustment) -> str:
        kinds = {k.code: k.name for k in self.session.year.adjustment_types}
        return f"{self.session.town_name(record.town)} {kinds.get(record.type, record.type)} × {record.count}"

    def show_records(self, session) -> None:
        year, result = session.year, session.result.by_code()
        names = self.town_names()
        kinds = {k.code: k for k in year.adjustment_types}
        rows = [(record, kinds.get(record.type)) for record in year.adjustments]
        self.model.colour = lambda row, column: (WARN if row[1] and row[1].points < 0 else GOOD) if column == 4 else None
        self.model.load([
            (self.tr("镇街"), lambda r: names.get(r[0].town, r[0].town), LEFT),
            (self.tr("调整类型"), lambda r: r[1].name if r[1] else r[0].type, LEFT),
            (self.tr("每次分值"), lambda r: points_text(r[1].points) if r[1] else "", RIGHT),
            (self.tr("次数"), lambda r: str(r[0].count), RIGHT),
            (self.tr("记录分值"), lambda r: points_text(r[1].points * r[0].count) if r[1] else "", RIGHT),
            (self.tr("依据"), lambda r: r[0].evidence or "", LEFT),
            (self.tr("日期"), lambda r: r[0].date or "", CENTRE),
        ], rows)
        with_records = {a.town for a in year.adjustments}
        towns = [t for t in year.towns if t.code in with_records and result[t.code].adjustment_detail is not None]

        def note(town) -> str:
            detail = result[town.code].adjustment_detail
            notes = [self.tr("{name}累计超过上限，按 {counted} 计").format(name=kinds[code].name, counted=points_text(counted))
                     for code, total, counted in detail.by_type if counted != total]
            if detail.additions != detail.additions_uncapped:
                notes.append(self.tr("加分项超过上限，按 {cap} 分计").format(cap=points_text(detail.additions)))
            if detail.deductions != detail.deductions_uncapped:
                notes.append(self.tr("扣分项超过上限，按 {cap} 分计").format(cap=points_text(detail.deductions)))
            return "；".join(notes)

        self.summary_model.colour = lambda town, column: WARN if column == 4 and note(town) else None
        self.summary_model.load([
            (self.tr("镇街"), lambda t: t.name, LEFT),
            (self.tr("加分项"), lambda t: two_decimals(result[t.code].adjustment_detail.additions), RIGHT),
            (self.tr("扣分项"), lambda t: two_decimals(-result[t.code].adjustment_detail.deductions), RIGHT),
            (self.tr("计入调整"), lambda t: two_decimals(result[t.code].adjustment), RIGHT),
            (self.tr("说明"), note, LEFT),
        ], towns)


class LimitFlagPage(RegisterPage):
    """等次限制认定: the bureau's decision that a town meets a grade limit, with the reason."""
    field = "limit_flags"

    def build_form(self) -> None:
        self.limit = QComboBox()
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("认定理由（如“被市级通报批评”“存在突出问题”）"))
        self.form.addRow(self.tr("等次限制"), self.limit)
        self.form.addRow(self.tr("理由"), self.reason)

    def summary_title(self) -> str:
        return self.tr("受等次限制的镇街")

    def refresh_choices(self, session) -> None:
        year = session.year
        current = self.limit.currentData()
        self.limit.clear()
        for limit in year.grade_limits:
            self.limit.addItem(self.tr("{name}（最高评为“{grade}”）").format(name=limit.name, grade=limit.grade), limit.code)
        if current is not None and self.limit.findData(current) >= 0:
            self.limit.setCurrentIndex(self.limit.findData(current))
        refill = self.tr("腾出的名额由后续镇街递补") if year.rules.refill_limited_places else self.tr("腾出的名额不递补")
        self.explain_label.setText(self.tr(
            "等次限制在按名额或分数线定等之后适用：受限制的镇街最高只能评为该限制的等次，{refill}。"
            "依据调整指标的限制由登记的调整指标记录自动触发；这里登记考核办的认定。").format(refill=refill)
            if year.grade_limits else self.tr("本年度没有设定等次限制。需要时在“考核方案 → 考核规则与类型”中添加。"))

    def fill_form(self, record: LimitFlag) -> None:
        self.town.setCurrentIndex(self.town.findData(record.town))
        self.limit.setCurrentIndex(self.limit.findData(record.limit))
        self.reason.setText(record.reason)

    def record_from_form(self) -> LimitFlag:
        limit = self.limit.currentData()
        if limit is None:
            raise EntryError(QT_TRANSLATE_NOOP("Entry", "请选择等次限制"))
        reason = self.reason.text().strip()
        if not reason:
            raise EntryError(QT_TRANSLATE_NOOP("Entry", "请写明认定理由"))
        return LimitFlag(town=self._town_code(), limit=limit, reason=reason)

    def describe(self, record: LimitFlag) -> str:
        limits = {limit.code: limit.name for limit in self.session.year.grade_limits}
        return f"{self.session.town_name(record.town)} {limits.get(record.limit, record.limit)}"

    def show_records(self, session) -> None:
        year, result = session.year, session.result.by_code()
        names = self.town_names()
        limits = {limit.code: limit for limit in year.grade_limits}
        self.model.colour = lambda row, column: None
        self.model.load([
            (self.tr("镇街"), lambda r: names.get(r.town, r.town), LEFT),
            (self.tr("等次限制"), lambda r: limits[r.limit].name if r.limit in limits else r.limit, LEFT),
            (self.tr("最高等次"), lambda r: limits[r.limit].grade if r.limit in limits else "", CENTRE),
            (self.tr("理由"), lambda r: r.reason, LEFT),
        ], list(year.limit_flags))
        towns = [t for t in year.towns if result[t.code].limits]
        self.summary_model.colour = lambda town, column: WARN if column == 2 else None
        self.summary_model.load([
            (self.tr("镇街"), lambda t: t.name, LEFT),
            (self.tr("满足的限制"), lambda t: "、".join(limits[c].name for c in result[t.code].limits), LEFT),
            (self.tr("评定等次"), lambda t: result[t.code].grade, CENTRE),
            (self.tr("名次"), lambda t: str(result[t.code].rank), RIGHT),
        ], towns)


class RollUpPage(RegisterPage):
    """下级结果: for a town's roll-up part, the year file its level below exported, read and kept
    with its fingerprint; the part is scored from it."""
    field = "rollups"

    def __init__(self, tab: "RegistersTab"):
        super().__init__(tab)
        self.add_button.setText(self.tr("导入下级年度文件…"))
        self.save_button.hide()  # lower results are read again from a file, not edited

    def build_form(self) -> None:
        self.part = QComboBox()
        self.source_label = QLabel()
        self.source_label.setWordWrap(True)
        self.form.addRow(self.tr("汇总部分"), self.part)
        self.form.addRow(self.tr("来源"), self.source_label)

    def summary_title(self) -> str:
        return self.tr("汇总得分")

    def refresh_choices(self, session) -> None:
        year = session.year
        current = self.part.currentData()
        names = {part.code: indicator.name for indicator, part in year.parts()}
        self.part.clear()
        for rule in year.rollup_parts:
            self.part.addItem(f"{rule.part} {names.get(rule.part, '')}".strip(), rule.part)
        if current is not None and self.part.findData(current) >= 0:
            self.part.setCurrentIndex(self.part.findData(current))
        self.explain_label.setText(self.tr(
            "下级结果汇总：选择镇街和汇总部分，导入该单位下级用本程序导出的年度文件（须为同一年度、已全部打分）；"
            "该部分得分 = 分值 × 各下级单位（最终得分 ÷ 满分）的加权平均，保留两位小数。再次导入同一单位即替换。")
            if year.rollup_parts else self.tr("本年度没有由下级结果汇总的打分部分。"))

    def fill_form(self, record: RollUp) -> None:
        self.town.setCurrentIndex(self.town.findData(record.town))
        self.part.setCurrentIndex(self.part.findData(record.part))
        self.source_label.setText(self.tr("{file}（数据指纹 {fingerprint}，{date} 读取）").format(
            file=record.source, fingerprint=record.fingerprint, date=record.imported_on))

    def describe(self, record: RollUp) -> str:
        return f"{self.session.town_name(record.town)} {record.part} {record.source}"

    def add_record(self) -> bool:
        from ...services.rollup import lower_results, with_lower_results

        part = self.part.currentData()
        if part is None:
            self.tab.workspace.messenger.error(self, self.tr("本年度没有由下级结果汇总的打分部分"))
            return False
        path = self.tab.workspace.messenger.open_file(self, self.tr("下级年度文件"), self.tr("年度文件 (*.json)"))
        if not path:
            return False
        year = self.session.year
        try:
            rollup = lower_results(path, year, self._town_code(), part, dt.date.today())
        except (EntryError, MessageError) as error:
            self.tab.workspace.messenger.error(self, error.render(QCoreApplication.translate))
            return False
        records = with_lower_results(year.rollups, rollup)
        if self.tab.store_records(self, records, self.tr("汇总：{what}").format(what=self.describe(rollup)), year):
            self.select_record(len(records) - 1)
            return True
        return False

    def show_records(self, session) -> None:
        year, result = session.year, session.result.by_code()
        names = self.town_names()
        rules = {rule.part: rule for rule in year.rollup_parts}
        points = {part.code: part.points for _, part in year.parts()}

        def score(r) -> str:
            value = rollup_score(points[r.part], rules[r.part], r) if r.part in rules and r.part in points else None
            return "" if value is None else two_decimals(value)

        self.model.colour = lambda row, column: None
        self.model.load([
            (self.tr("镇街"), lambda r: names.get(r.town, r.town), LEFT),
            (self.tr("汇总部分"), lambda r: r.part, CENTRE),
            (self.tr("来源文件"), lambda r: r.source, LEFT),
            (self.tr("数据指纹"), lambda r: r.fingerprint, CENTRE),
            (self.tr("读取日期"), lambda r: r.imported_on, CENTRE),
            (self.tr("单位数"), lambda r: str(len(r.units)), RIGHT),
            (self.tr("汇总得分"), score, RIGHT),
        ], list(year.rollups))
        towns = [t for t in year.towns if any(r.town == t.code for r in year.rollups)]
        self.summary_model.colour = lambda town, column: None
        self.summary_model.load([
            (self.tr("镇街"), lambda t: t.name, LEFT),
            (self.tr("最终得分"), lambda t: two_decimals(result[t.code].final), RIGHT),
            (self.tr("名次"), lambda t: str(result[t.code].rank), RIGHT),
            (self.tr("等次"), lambda t: result[t.code].grade, CENTRE),
        ], towns)


class RegistersTab(Tab):
    """加分与否决: bonus records, inspection rounds, veto records."""
    administered = True

    def __init__(self, workspace, parent=None):
        super().__init__(workspace, parent)
        self.stack = QUndoStack(self)
        self.stack.setUndoLimit(200)
        workspace.yearOpened.connect(self.stack.clear)
        self.undo = UndoButtons(self, self.stack)
        self.bonus_page = BonusPage(self)
        self.inspection_page = InspectionPage(self)
        self.veto_page = VetoPage(self)
        self.adjustment_page = AdjustmentPage(self)
        self.limit_page = LimitFlagPage(self)
        self.rollup_page = RollUpPage(self)
        self.pages = QTabWidget()
        self.pages.addTab(self.bonus_page, self.tr("加分"))
        self.pages.addTab(self.inspection_page, self.tr("市级评估结果运用"))
        self.pages.addTab(self.veto_page, self.tr("一票否决"))
        self.pages.addTab(self.adjustment_page, self.tr("调整指标"))
        self.pages.addTab(self.limit_page, self.tr("等次限制"))
        self.pages.addTab(self.rollup_page, self.tr("下级结果"))
        self.pages.setCornerWidget(self._corner(), Qt.TopRightCorner)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.refresh()

    def _corner(self) -> QWidget:
        corner = QWidget()
        row = QHBoxLayout(corner)
        row.setContentsMargins(0, 0, 4, 2)
        row.addWidget(self.undo.undo_button)
        row.addWidget(self.undo.redo_button)
        return corner

    def refresh(self) -> None:
        for page in self.register_pages():
            page.refresh()
        self._label_pages()

    def register_pages(self) -> tuple:
        return (self.bonus_page, self.inspection_page, self.veto_page, self.adjustment_page, self.limit_page,
                self.rollup_page)

    def _label_pages(self) -> None:
        year = self.session.year if self.session else None
        counts = [len(getattr(year, page.field)) if year else 0 for page in self.register_pages()]
        labels = (self.tr("加分"), self.tr("市级评估结果运用"), self.tr("一票否决"), self.tr("调整指标"), self.tr("等次限制"),
                  self.tr("下级结果"))
        for index, (label, count) in enumerate(zip(labels, counts)):
            self.pages.setTabText(index, self.tr("{label}（{count}）").format(label=label, count=count))

    def store_records(self, page: RegisterPage, records: tuple, label: str, based_on) -> bool:
        """Store a register's new list of records, made from the year ``based_on``; one undo step."""
        session = self.session
        if session is None:
            return False
        before = getattr(based_on, page.field)
        setter = getattr(session, "set_" + page.field)
        if not self.workspace.apply(setter, records, based_on, parent=self):
            return False
        after = getattr(session.year, page.field)
        # Undo expects the register as this change left it, redo as it was before: a record another
        # window or the command line changed meanwhile is not silently undone with it.
        self.stack.push(SnapshotCommand(
            lambda state: self._restore(page, state, after if state is before else before), before, after, label))
        return True

    def _restore(self, page: RegisterPage, records: tuple, expected: tuple) -> bool:
        session = self.session
        if session is None:
            return False
        self.pages.setCurrentWidget(page)
        setter = getattr(session, "set_" + page.field)
        based_on = dataclasses.replace(session.year, **{page.field: expected})
        return self.workspace.apply(setter, records, based_on, parent=self)
