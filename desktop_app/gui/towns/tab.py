"""镇街设置: the towns (name, kind, order), each town's applicable full score as
the core computes it, and the matrix of which partial indicators apply to whom.

Names and kinds are edited in the table, ticks in the matrix columns; each
change is stored at once through the shared scheme undo history.
"""
from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QStyledItemDelegate, QTableView,
    QVBoxLayout,
)

from ...domain import scheme_edit as edits
from ...domain.scheme_edit import ENTRY_FIELDS
from ...domain.model import TOWN_KINDS, AssessmentYear
from ...domain.numbers import points_text
from ..common.cells import ALIGN_RIGHT, ITEM_CHECKABLE, ITEM_EDITABLE, ITEM_SELECTABLE, NO_ITEM_FLAGS
from ..common.tab import Tab
from ..common.undo import UndoButtons, add_list_keys

ORDER, CODE, NAME, KIND, CLASS, FULL, ENTRIES = range(7)
FIXED_COLUMNS = 7
REDUCED_FULL = QColor("#fff3cd")
MISSING_CLASS = QColor("#f8d7da")


def wrap_header(text: str, width: int = 6) -> str:
    """A long indicator name over several header lines of ``width`` characters."""
    return "\n".join(text[n:n + width] for n in range(0, len(text), width))


class TownsModel(QAbstractTableModel):
    """Rows: towns in order. Columns: the town's fields, then one tick column per
    indicator that applies to some towns only (the applicability matrix)."""

    def __init__(self, tab: "TownsTab"):
        super().__init__(tab)
        self.tab = tab
        self.year: Optional[AssessmentYear] = None
        self.partial: list = []      # indicators with applies_to set
        self.full: dict = {}         # town code -> applicable full score (from the core)
        self.entries: dict = {}      # town code -> number of scores and register records
        self._ticked: list[frozenset] = []
        self._bold = QFont()
        self._bold.setBold(True)

    def load(self, year: Optional[AssessmentYear], result) -> None:
        self.beginResetModel()
        self.year = year
        self.partial = [i for i in year.indicators if i.applies_to is not None] if year else []
        self._ticked = [frozenset(i.applies_to) for i in self.partial]
        self.full = {row.code: row.full for row in result.rows} if result else {}
        self.entries = {}
        if year is not None:
            for name in ENTRY_FIELDS:
                for record in getattr(year, name):
                    self.entries[record.town] = self.entries.get(record.town, 0) + 1
        self.endResetModel()

    def town(self, row: int):
        return self.year.towns[row]

    def row_of(self, code: str) -> int:
        return next((n for n, t in enumerate(self.year.towns) if t.code == code), -1) if self.year else -1

    def indicator(self, column: int):
        return self.partial[column - FIXED_COLUMNS]

    # --- Qt model interface -------------------------------------------------------------

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt name
        return 0 if parent.isValid() or self.year is None else len(self.year.towns)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt name
        return 0 if parent.isValid() else FIXED_COLUMNS + len(self.partial)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 - Qt name
        if orientation != Qt.Horizontal:
            return None
        if section >= FIXED_COLUMNS:
            indicator = self.indicator(section)
            points = indicator.points
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr("{name}\n（{points} 分）").format(name=wrap_header(indicator.name), points=points_text(points))
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("部分镇街适用的指标：勾选表示该指标适用于这个镇街，其分值计入适用满分")
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("顺序"), self.tr("编码"), self.tr("镇街名称"), self.tr("类型"), self.tr("类别"),
                    self.tr("适用满分"), self.tr("已录入"))[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return {FULL: self.tr("该镇街适用的各打分部分分值之和（由计分核心计算）"),
                    ENTRIES: self.tr("该镇街的打分、加分、督查评估和否决记录条数"),
                    NAME: self.tr("双击或直接输入修改名称"),
                    CLASS: self.tr("分类考核时镇街所属的类别（用“镇街类别…”设定类别）")}.get(section)
        return None

    def flags(self, index):
        if not index.isValid():
            return NO_ITEM_FLAGS
        flags = ITEM_SELECTABLE
        if index.column() in (NAME, KIND) or (index.column() == CLASS and self.year and self.year.town_classes):
            flags |= ITEM_EDITABLE
        elif index.column() >= FIXED_COLUMNS:
            flags |= ITEM_CHECKABLE
        return flags

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.year is None:
            return None
        town = self.year.towns[index.row()]
        column = index.column()
        if column >= FIXED_COLUMNS:
            ticked = town.code in self._ticked[column - FIXED_COLUMNS]
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.Checked if ticked else Qt.Unchecked
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("{indicator}：{state}于{town}").format(
                    indicator=self.indicator(column).name, town=town.name,
                    state=self.tr("适用") if ticked else self.tr("不适用"))
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == ORDER:
                return str(index.row() + 1)
            if column == CODE:
                return town.code
            if column == NAME:
                return town.name
            if column == KIND:
                return town.kind or ""
            if column == CLASS:
                return self.year.class_name(town.class_code)
            if column == FULL:
                full = self.full.get(town.code)
                return points_text(full) if full is not None else ""
            if column == ENTRIES:
                return str(self.entries.get(town.code, 0))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (ORDER, FULL, ENTRIES):
            return ALIGN_RIGHT
        if role == Qt.ItemDataRole.BackgroundRole and column == CLASS and self.year.town_classes:
            if town.class_code not in {c.code for c in self.year.town_classes}:
                return QBrush(MISSING_CLASS)
        if role == Qt.ItemDataRole.BackgroundRole and column == FULL and self.year is not None:
            full = self.full.get(town.code)
            if full is not None and full != self.year.rules.full_score:
                return QBrush(REDUCED_FULL)
        if role == Qt.ItemDataRole.FontRole and column == FULL:
            return self._bold
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802 - Qt name
        if not index.isValid() or self.year is None:
            return False
        town = self.year.towns[index.row()]
        column = index.column()
        if column >= FIXED_COLUMNS and role == Qt.ItemDataRole.CheckStateRole:
            indicator = self.indicator(column)
            applies = Qt.CheckState(value) == Qt.Checked
            return self.tab.set_applies(indicator.code, town.code, applies)
        if role != Qt.ItemDataRole.EditRole:
            return False
        text = str(value).strip()
        if column == NAME and text != town.name:
            return self.tab.rename_town(town.code, text)
        if column == KIND and text != (town.kind or ""):
            return self.tab.set_kind(town.code, text or None)
        if column == CLASS:
            code = next((c.code for c in self.year.town_classes if c.name == text), None)
            if code != town.class_code and (code is not None or not text):
                return self.tab.set_class(town.code, code)
        return False


class KindDelegate(QStyledItemDelegate):
    """The town kind is one of 镇 / 街道 / 乡."""

    def createEditor(self, parent, option, index):  # noqa: N802 - Qt name
        editor = QComboBox(parent)
        editor.addItems(list(TOWN_KINDS))
        return editor

    def setEditorData(self, editor, index) -> None:  # noqa: N802 - Qt name
        editor.setCurrentText(index.data(Qt.ItemDataRole.EditRole) or TOWN_KINDS[0])

    def setModelData(self, editor, model, index) -> None:  # noqa: N802 - Qt name
        model.setData(index, editor.currentText(), Qt.ItemDataRole.EditRole)


class ClassDelegate(QStyledItemDelegate):
    """A town's class is one of the year's classes."""

    def createEditor(self, parent, option, index):  # noqa: N802 - Qt name
        editor = QComboBox(parent)
        year = index.model().year
        editor.addItems([c.name for c in year.town_classes] if year else [])
        return editor

    def setEditorData(self, editor, index) -> None:  # noqa: N802 - Qt name
        editor.setCurrentText(index.data(Qt.ItemDataRole.EditRole) or "")

    def setModelData(self, editor, model, index) -> None:  # noqa: N802 - Qt name
        model.setData(index, editor.currentText(), Qt.ItemDataRole.EditRole)


class TownsTab(Tab):
    """镇街设置: towns, applicable full score, applicability matrix."""
    administered = True

    def __init__(self, workspace, parent=None):
        super().__init__(workspace, parent)
        self.changes = workspace.scheme_changes
        self.add_button = QPushButton(self.tr("添加镇街…"))
        self.remove_button = QPushButton(self.tr("删除镇街"))
        self.up_button = QPushButton(self.tr("上移"))
        self.down_button = QPushButton(self.tr("下移"))
        self.add_button.clicked.connect(self.on_add_town)
        self.remove_button.clicked.connect(self.on_remove_town)
        self.classes_button = QPushButton(self.tr("镇街类别…"))
        self.classes_button.setToolTip(self.tr("分类考核：设定镇街类别（如“镇、街道”或“重点帮扶、其他”）"))
        self.classes_button.clicked.connect(self.on_edit_classes)
        self.by_class_box = QCheckBox(self.tr("按类别分别排名评等"))
        self.by_class_box.setToolTip(self.tr("勾选后每个类别单独排名，等次比例按该类别的镇街数计算；不勾选则全部镇街一起排名"))
        self.by_class_box.clicked.connect(self.set_rank_by_class)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.undo = UndoButtons(self, self.changes.stack)
        self.summary_label = QLabel()
        bar = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            bar.addWidget(button)
        bar.addSpacing(16)
        bar.addWidget(self.classes_button)
        bar.addWidget(self.by_class_box)
        bar.addSpacing(16)
        bar.addWidget(self.summary_label, 1)
        bar.addWidget(self.undo.undo_button)
        bar.addWidget(self.undo.redo_button)

        self.model = TownsModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setItemDelegateForColumn(KIND, KindDelegate(self.view))
        self.view.setItemDelegateForColumn(CLASS, ClassDelegate(self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.DoubleClicked | QAbstractItemView.EditKeyPressed
                                  | QAbstractItemView.AnyKeyPressed)
        self.view.verticalHeader().setVisible(False)
        self.view.setAlternatingRowColors(True)
        self.view.horizontalHeader().setDefaultAlignment(Qt.AlignCenter)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.Interactive)
        # Fitting widths looks at a sample of rows, not all of a 500-town year.
        self.view.horizontalHeader().setResizeContentsPrecision(60)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        add_list_keys(self.view, (self.remove_button, self.up_button, self.down_button), self.on_remove_town,
                      self.move_current, self.tr("删除所选镇街（Delete）"))

        self.matrix_hint = QLabel()
        self.matrix_hint.setWordWrap(True)
        self.matrix_hint.setStyleSheet("color: #555;")

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.matrix_hint)
        self.refresh()

    # --- refreshing -------------------------------------------------------------------------

    def refresh(self) -> None:
        current = self.current_town()
        session = self.session
        self.model.load(session.year if session else None, session.result if session else None)
        self._fit_columns()
        if current is not None:
            self.select_town(current)
        self._describe()
        self._update_buttons()

    def _fit_columns(self) -> None:
        view, metrics = self.view, self.view.fontMetrics()
        view.resizeColumnsToContents()
        view.setColumnWidth(NAME, max(view.columnWidth(NAME), metrics.horizontalAdvance("国") * 8))
        view.setColumnWidth(KIND, max(view.columnWidth(KIND), metrics.horizontalAdvance("国") * 5))
        for column in range(FIXED_COLUMNS, self.model.columnCount()):
            view.setColumnWidth(column, metrics.horizontalAdvance("国") * 7 + 16)
        view.horizontalHeader().setMinimumSectionSize(40)
        lines = max([2] + [self.model.headerData(c, Qt.Horizontal).count("\n") + 1
                           for c in range(FIXED_COLUMNS, self.model.columnCount())])
        view.horizontalHeader().setFixedHeight(metrics.height() * lines + 12)

    def _describe(self) -> None:
        year = self.model.year
        if year is None:
            self.summary_label.setText("")
            self.matrix_hint.setText("")
            return
        kinds: dict[str, int] = {}
        for town in year.towns:
            kinds[town.kind or self.tr("未设类型")] = kinds.get(town.kind or self.tr("未设类型"), 0) + 1
        text = self.tr("共 {count} 个镇街（{kinds}）；满分 {full} 分").format(
            count=len(year.towns), kinds="，".join(f"{kind} {n} 个" for kind, n in kinds.items()),
            full=points_text(year.rules.full_score))
        if year.town_classes:
            counts = {c.code: 0 for c in year.town_classes}
            for town in year.towns:
                if town.class_code in counts:
                    counts[town.class_code] += 1
            text += self.tr("；类别：{classes}").format(
                classes="，".join(f"{c.name} {counts[c.code]} 个" for c in year.town_classes))
            unassigned = len(year.towns) - sum(counts.values())
            if unassigned:
                text += self.tr("，{count} 个未归类").format(count=unassigned)
        self.summary_label.setText(text)
        if self.model.partial:
            self.matrix_hint.setText(self.tr(
                "右侧勾选列是只适用于部分镇街的指标：勾选即适用，其分值计入该镇街的适用满分（黄色表示适用满分低于满分，"
                "得分按百分制折算）。取消勾选会删除该镇街在此指标上的打分（先询问，可撤销）。"))
        else:
            self.matrix_hint.setText(self.tr(
                "目前所有指标都适用于全部镇街。要设定只适用于部分镇街的指标，请在“考核方案”页选中该指标，选择“部分镇街”。"))

    def _update_buttons(self) -> None:
        has_year = self.model.year is not None
        row = self.view.currentIndex().row()
        self.add_button.setEnabled(has_year)
        self.classes_button.setEnabled(has_year)
        self.by_class_box.setEnabled(has_year and bool(self.model.year.town_classes))
        self.by_class_box.setChecked(has_year and self.model.year.rules.rank_by_class)
        self.remove_button.setEnabled(has_year and row >= 0)
        self.up_button.setEnabled(has_year and row > 0)
        self.down_button.setEnabled(has_year and 0 <= row < self.model.rowCount() - 1)

    def current_town(self) -> Optional[str]:
        row = self.view.currentIndex().row()
        return self.model.town(row).code if row >= 0 and self.model.year is not None else None

    def select_town(self, code: str) -> None:
        row = self.model.row_of(code)
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row, NAME))

    # --- editing ------------------------------------------------------------------------------

    def edit(self, label: str, change) -> bool:
        return self.changes.edit(self, label, change)

    def rename_town(self, code: str, name: str) -> bool:
        old = self.session.town_name(code)
        return self.edit(self.tr("“{old}”改名为“{new}”").format(old=old, new=name),
                         lambda year: edits.update_town(year, code, name=name))

    def set_kind(self, code: str, kind: Optional[str]) -> bool:
        return self.edit(self.tr("{town}类型改为{kind}").format(town=self.session.town_name(code), kind=kind or ""),
                         lambda year: edits.update_town(year, code, kind=kind))

    def set_class(self, code: str, class_code: Optional[str]) -> bool:
        return self.edit(self.tr("{town}归入类别“{name}”").format(
            town=self.session.town_name(code), name=self.session.year.class_name(class_code)),
            lambda year: edits.update_town(year, code, class_code=class_code))

    def set_town_classes(self, names: list[str]) -> bool:
        return self.edit(self.tr("镇街类别改为：{names}").format(names="、".join(names) or self.tr("（不分类）")),
                         lambda year: edits.set_town_classes(year, names))

    def on_edit_classes(self) -> None:
        current = "、".join(c.name for c in self.session.year.town_classes)
        text = self.workspace.messenger.ask_text(
            self, self.tr("镇街类别的名称，按排列顺序用顿号分隔（如“镇、街道”）；清空表示不分类。\n"
                          "新类别与镇街类型同名时，该类型的镇街自动归入："), text=current, title=self.tr("镇街类别"))
        if text is not None:
            names = edits.class_names(text)
            if names != [c.name for c in self.session.year.town_classes]:
                self.set_town_classes(names)

    def set_rank_by_class(self, checked: bool) -> bool:
        label = self.tr("按类别分别排名评等") if checked else self.tr("全部镇街一起排名评等")
        changed = self.edit(label, lambda year: edits.update_rules(year, rank_by_class=bool(checked)))
        self._update_buttons()
        return changed

    def set_applies(self, indicator: str, town: str, applies: bool) -> bool:
        name = next(i.name for i in self.session.year.indicators if i.code == indicator)
        label = (self.tr("“{indicator}”适用于{town}") if applies else self.tr("“{indicator}”不再适用于{town}")).format(
            indicator=name, town=self.session.town_name(town))
        return self.edit(label, lambda year: edits.set_applies(year, indicator, town, applies))

    def add_town(self, name: str) -> Optional[str]:
        created = {}

        def change(year):
            year, created["code"] = edits.add_town(year, name)
            return year

        if self.edit(self.tr("添加镇街“{name}”").format(name=name.strip()), change):
            self.select_town(created["code"])
            return created["code"]
        return None

    def on_add_town(self) -> None:
        name = self.workspace.messenger.ask_text(self, self.tr("新镇街的名称（如“凤城街道”“双龙镇”）："),
                                                 title=self.tr("添加镇街"))
        if name is not None and name.strip():
            self.add_town(name)

    def remove_town(self, code: str) -> bool:
        year = self.session.year
        name = self.session.town_name(code)
        count = self.session.entries_of_town(code)
        # With entries, ``edit`` asks and says how many go; without, ask here.
        if not count and not self.workspace.messenger.confirm(
                self, self.tr("删除镇街“{name}”吗？该镇街没有任何打分或登记记录。").format(name=name)):
            return False
        removed = self.edit(self.tr("删除镇街“{name}”").format(name=name), lambda y: edits.remove_town(y, code))
        if removed and year.towns:
            self._update_buttons()
        return removed

    def on_remove_town(self) -> None:
        code = self.current_town()
        if code is not None:
            self.remove_town(code)

    def move_current(self, delta: int) -> None:
        code = self.current_town()
        if code is not None and self.edit(self.tr("调整镇街顺序"), lambda year: edits.move_town(year, code, delta)):
            self.select_town(code)
