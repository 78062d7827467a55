"""考核规则: the rules that change from year to year — full score, bonus cap, how grades
are given (shares or thresholds, rounding, ties), rank style, the veto grade — and the
grades, bonus types and inspection types, edited like the rest of the scheme: checked
live by the banner, each change one undo step shared with the scheme and towns tabs."""
from __future__ import annotations

import dataclasses
from decimal import Decimal
from typing import Callable, Optional

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QHeaderView, QLineEdit, QPushButton,
    QTableView, QVBoxLayout, QWidget,
)

from ...domain import scheme_edit as edits
from ...domain.model import AssessmentYear, Consequence, Grade
from ...domain.numbers import points_text
from ...services import parse_score_text
from ..common.cells import ITEM_EDITABLE, ITEM_SELECTABLE, NO_ITEM_FLAGS
from .models import parse_points


def _share(text: str) -> Optional[Decimal]:
    """A grade's share typed as 0.3 or 30%."""
    text = (text or "").strip()
    if not text:
        return None
    if text.endswith(("%", "％")):
        return parse_score_text(text[:-1]) / 100
    return parse_score_text(text)


class RowsModel(QAbstractTableModel):
    """Rows of the year (grades, bonus types …); each column shows a text and stores an
    edit of one row through ``edit(label, change)``."""

    def __init__(self, headers: list[str], show: Callable, store: Callable, parent=None):
        super().__init__(parent)
        self.headers = headers
        self.show = show      # (row item, column) -> text
        self.store = store    # (row index, column, text) -> bool
        self.items: tuple = ()

    def load(self, items) -> None:
        self.beginResetModel()
        self.items = tuple(items)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt name
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt name
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 - Qt name
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Horizontal and section < len(self.headers):
            return self.headers[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return None
        return self.show(self.items[index.row()], index.column())

    def flags(self, index):
        return ITEM_SELECTABLE | ITEM_EDITABLE if index.isValid() else NO_ITEM_FLAGS

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802 - Qt name
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        if str(value).strip() == (self.show(self.items[index.row()], index.column()) or ""):
            return True
        return bool(self.store(index.row(), index.column(), str(value)))


def _table(model: QAbstractTableModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectRows)
    view.setSelectionMode(QAbstractItemView.SingleSelection)
    view.setEditTriggers(QAbstractItemView.DoubleClicked | QAbstractItemView.EditKeyPressed
                         | QAbstractItemView.AnyKeyPressed)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    view.setMaximumHeight(view.fontMetrics().height() * 9)
    return view


class RulesForm(QWidget):
    """The rules and the lists of grades and register types of the open year."""

    def __init__(self, tab):
        super().__init__()
        self.tab = tab
        tr = self.tr
        self.full_score = QLineEdit()
        self.bonus_cap = QLineEdit()
        self.grade_mode = self._choice([(tr("按比例（名额）"), "proportion"), (tr("按分数线"), "threshold")])
        self.quota_rounding = self._choice([(tr("向下取整"), "floor"), (tr("四舍五入"), "round")])
        self.boundary_ties = self._choice([(tr("同分都进入上一等次"), "include"), (tr("同分都留在下一等次"), "exclude")])
        self.rank_style = self._choice([(tr("并列占位（1、2、2、4）"), "competition"), (tr("并列不占位（1、2、2、3）"), "dense")])
        self.veto_grade = QComboBox()
        self.require_loss_reasons = QCheckBox(tr("得分低于分值须说明原因（扣分事由或备注），反馈函逐项列出"))
        self.require_loss_reasons.clicked.connect(self._require_reasons_changed)
        self.refill_limited_places = QCheckBox(tr("受等次限制的镇街腾出的名额由后续镇街递补"))
        self.refill_limited_places.clicked.connect(self._refill_changed)
        self.adjustment_add_cap = QLineEdit()
        self.adjustment_deduct_cap = QLineEdit()
        self.rounds = QLineEdit()
        self.rounds.setPlaceholderText(tr("不分轮次（如分季度考核，填“第一季度、第二季度、第三季度、第四季度”）"))
        self.rounds.setToolTip(tr("平时考核等分轮次打分的，在此按先后列出各轮名称，再在二级指标中选择“分轮次考核”。"))
        self.rounds.editingFinished.connect(self._rounds_changed)
        for field in (self.adjustment_add_cap, self.adjustment_deduct_cap):
            field.setPlaceholderText(tr("不设上限"))
        for field, name in ((self.full_score, "full_score"), (self.bonus_cap, "bonus_cap"),
                            (self.adjustment_add_cap, "adjustment_add_cap"),
                            (self.adjustment_deduct_cap, "adjustment_deduct_cap")):
            field.setMaximumWidth(120)
            field.editingFinished.connect(lambda field=field, name=name: self._number_changed(field, name))
        for combo, name in ((self.grade_mode, "grade_mode"), (self.quota_rounding, "quota_rounding"),
                            (self.boundary_ties, "boundary_ties"), (self.rank_style, "rank_style"),
                            (self.veto_grade, "veto_grade")):
            combo.activated.connect(lambda _, combo=combo, name=name: self._choice_changed(combo, name))
        rules = QFormLayout()
        rules.addRow(tr("满分"), self.full_score)
        rules.addRow(tr("加分上限"), self.bonus_cap)
        rules.addRow(tr("定等方式"), self.grade_mode)
        rules.addRow(tr("名额取整"), self.quota_rounding)
        rules.addRow(tr("名额边界同分"), self.boundary_ties)
        rules.addRow(tr("名次"), self.rank_style)
        rules.addRow(tr("被否决镇街的等次"), self.veto_grade)
        rules.addRow(tr("失分原因"), self.require_loss_reasons)
        rules.addRow(tr("调整指标加分上限"), self.adjustment_add_cap)
        rules.addRow(tr("调整指标扣分上限"), self.adjustment_deduct_cap)
        rules.addRow(tr("考核轮次"), self.rounds)

        self.grades = RowsModel([tr("等次（从好到差）"), tr("比例"), tr("最低分")], self._grade_text, self._grade_edit, self)
        self.bonus_types = RowsModel([tr("加分类型"), tr("每次分值")], self._type_text("points"),
                                     self._type_edit("bonus_types", "points"), self)
        self.inspection_types = RowsModel([tr("督查评估类型"), tr("每轮赋分")], self._type_text("award"),
                                          self._type_edit("inspection_types", "award"), self)
        self.adjustment_types = RowsModel([tr("调整指标类型"), tr("每次分值（正加负减）"), tr("累计上限")],
                                          self._adjustment_text, self._adjustment_edit, self)
        layout = QVBoxLayout(self)
        layout.addLayout(rules)
        self.grades_view = self._list(layout, tr("等次"), self.grades, self.add_grade, self.remove_grade)
        self.bonus_view = self._list(layout, tr("加分类型"), self.bonus_types, self.add_bonus_type,
                                     lambda: self._remove_type("bonus_types"))
        self.inspection_view = self._list(layout, tr("市级评估结果运用（督查评估类型）"), self.inspection_types,
                                          self.add_inspection_type, lambda: self._remove_type("inspection_types"))
        self.adjustment_view = self._list(layout, tr("调整指标（创新加分、违规扣分、负面清单）"), self.adjustment_types,
                                          self.add_adjustment_type, self.remove_adjustment_type)
        self.grade_limits = RowsModel([tr("等次限制"), tr("最高等次"), tr("依据的调整指标（空：由考核办认定）")],
                                      self._limit_text, self._limit_edit, self)
        self.limits_view = self._list(layout, tr("等次限制（如存在突出问题的不得评为“好”）"), self.grade_limits,
                                      self.add_grade_limit, self.remove_grade_limit)
        layout.addWidget(self.refill_limited_places)
        self.consequences = RowsModel([tr("措施（如“予以通报表扬”“进行约谈提醒”）"), tr("等次"), tr("或等次限制")],
                                      self._consequence_text, self._consequence_edit, self)
        self.consequences_view = self._list(layout, tr("结果运用（写入通报和上报表格）"), self.consequences,
                                            self.add_consequence, self.remove_consequence)
        layout.addStretch(1)

    # --- building -------------------------------------------------------------------

    @staticmethod
    def _choice(options) -> QComboBox:
        combo = QComboBox()
        for text, data in options:
            combo.addItem(text, data)
        return combo

    def _list(self, layout, title: str, model: RowsModel, add: Callable, remove: Callable) -> QTableView:
        box = QGroupBox(title)
        inner = QVBoxLayout(box)
        view = _table(model)
        inner.addWidget(view)
        buttons = QHBoxLayout()
        add_button, remove_button = QPushButton(self.tr("添加")), QPushButton(self.tr("删除所选"))
        add_button.clicked.connect(add)
        remove_button.clicked.connect(remove)
        buttons.addWidget(add_button)
        buttons.addWidget(remove_button)
        buttons.addStretch(1)
        inner.addLayout(buttons)
        layout.addWidget(box)
        return view

    # --- showing ------------------------------------------------------------------

    def show_year(self, year: AssessmentYear) -> None:
        rules = year.rules
        self.full_score.setText(points_text(rules.full_score))
        self.bonus_cap.setText(points_text(rules.bonus_cap))
        for combo, value in ((self.grade_mode, rules.grade_mode), (self.quota_rounding, rules.quota_rounding),
                             (self.boundary_ties, rules.boundary_ties), (self.rank_style, rules.rank_style)):
            combo.setCurrentIndex(combo.findData(value))
        proportion = rules.grade_mode == "proportion"
        self.quota_rounding.setEnabled(proportion)
        self.boundary_ties.setEnabled(proportion)
        self.veto_grade.clear()
        self.veto_grade.addItem(self.tr("最后一个等次"), "")
        for grade in rules.grades:
            self.veto_grade.addItem(grade.name, grade.name)
        self.veto_grade.setCurrentIndex(max(0, self.veto_grade.findData(rules.veto_grade or "")))
        self.require_loss_reasons.setChecked(rules.require_loss_reasons)
        self.grades.load(rules.grades)
        self.bonus_types.load(year.bonus_types)
        self.inspection_types.load(year.inspection_types)
        self.adjustment_types.load(year.adjustment_types)
        self.grade_limits.load(year.grade_limits)
        self.refill_limited_places.setChecked(rules.refill_limited_places)
        self.consequences.load(year.consequences)
        for field, value in ((self.adjustment_add_cap, rules.adjustment_add_cap),
                             (self.adjustment_deduct_cap, rules.adjustment_deduct_cap)):
            field.setText("" if value is None else points_text(value))
        self.rounds.setText("、".join(year.rounds))

    # --- editing ------------------------------------------------------------------

    def _edit(self, label: str, change) -> bool:
        return self.tab.session is not None and self.tab.edit(label, change)

    def _number_changed(self, field: QLineEdit, name: str) -> None:
        text = field.text()
        current = getattr(self.tab.session.year.rules, name) if self.tab.session else None
        optional = name.startswith("adjustment_")  # a blank cap: none

        def value():
            return None if optional and not text.strip() else parse_points(text)
        try:
            unchanged = value() == current
        except Exception:  # noqa: BLE001 - a bad number is refused by the edit itself, with its message
            unchanged = False
        if not unchanged:
            label = {"full_score": self.tr("满分改为 {value}"), "bonus_cap": self.tr("加分上限改为 {value}"),
                     "adjustment_add_cap": self.tr("调整指标加分上限改为 {value}"),
                     "adjustment_deduct_cap": self.tr("调整指标扣分上限改为 {value}")}[name]
            if not self._edit(label.format(value=text.strip() or self.tr("不设上限")),
                              lambda year: edits.update_rules(year, **{name: value()})):
                field.setText("" if current is None else points_text(current))

    def _rounds_changed(self) -> None:
        names = edits.round_names(self.rounds.text())
        current = list(self.tab.session.year.rounds) if self.tab.session else []
        if names == current:
            return
        label = self.tr("考核轮次改为“{names}”").format(names="、".join(names)) if names else self.tr("不再分轮次考核")
        if not self._edit(label, lambda year: edits.set_rounds(year, names)):
            self.rounds.setText("、".join(current))

    def _choice_changed(self, combo: QComboBox, name: str) -> None:
        value = combo.currentData()
        if name == "veto_grade":
            value = value or None
        self._edit(self.tr("规则改为“{value}”").format(value=combo.currentText()),
                   lambda year: edits.update_rules(year, **{name: value}))

    def _require_reasons_changed(self, checked: bool) -> None:
        label = self.tr("要求说明失分原因") if checked else self.tr("不再要求说明失分原因")
        if not self._edit(label, lambda year: edits.update_rules(year, require_loss_reasons=checked)):
            self.require_loss_reasons.setChecked(not checked)

    @staticmethod
    def _grade_text(grade: Grade, column: int) -> str:
        value = (grade.name, grade.share, grade.min_score)[column]
        return value if column == 0 else ("" if value is None else points_text(value))

    def _grade_edit(self, row: int, column: int, text: str) -> bool:
        def change(year):
            grades = list(year.rules.grades)
            grade = grades[row]
            if column == 0:
                grades[row] = Grade(text, grade.share, grade.min_score)
            elif column == 1:
                grades[row] = Grade(grade.name, _share(text), grade.min_score)
            else:
                grades[row] = Grade(grade.name, grade.share, parse_points(text) if text.strip() else None)
            return edits.set_grades(year, grades)
        return self._edit(self.tr("修改等次“{name}”").format(name=self.grades.items[row].name), change)

    def add_grade(self) -> None:
        def change(year):
            grades = list(year.rules.grades)
            grades.insert(len(grades) - 1, Grade(self.tr("新等次"), Decimal("0.1") if year.rules.grade_mode == "proportion"
                                                 else None))
            return edits.set_grades(year, grades)
        self._edit(self.tr("添加等次"), change)

    def remove_grade(self) -> None:
        row = self.grades_view.currentIndex().row()
        if row < 0:
            return
        name = self.grades.items[row].name
        self._edit(self.tr("删除等次“{name}”").format(name=name), lambda year: edits.set_grades(
            year, [g for n, g in enumerate(year.rules.grades) if n != row]))

    @staticmethod
    def _type_text(value_field: str):
        return lambda kind, column: kind.name if column == 0 else points_text(getattr(kind, value_field))

    def _type_edit(self, field: str, value_field: str):
        update = edits.update_bonus_type if field == "bonus_types" else edits.update_inspection_type

        def store(row: int, column: int, text: str) -> bool:
            kind = getattr(self.tab.session.year, field)[row]
            changes = {"name": text} if column == 0 else {value_field: parse_points(text)}
            return self._edit(self.tr("修改“{name}”").format(name=kind.name),
                              lambda year: update(year, kind.code, **changes))
        return store

    @staticmethod
    def _adjustment_text(kind, column: int) -> str:
        if column == 0:
            return kind.name
        if column == 1:
            return points_text(kind.points)
        return "" if kind.cap is None else points_text(kind.cap)

    def _adjustment_edit(self, row: int, column: int, text: str) -> bool:
        kind = self.tab.session.year.adjustment_types[row]
        if column == 0:
            changes = {"name": text}
        elif column == 1:
            changes = {"points": parse_score_text(text)}
        else:
            changes = {"cap": parse_points(text) if text.strip() else None}
        return self._edit(self.tr("修改“{name}”").format(name=kind.name),
                          lambda year: edits.update_adjustment_type(year, kind.code, **changes))

    def add_adjustment_type(self) -> None:
        self._edit(self.tr("添加调整指标类型"),
                   lambda year: edits.add_adjustment_type(year, self.tr("新调整指标"), Decimal(1))[0])

    def remove_adjustment_type(self) -> None:
        row = self.adjustment_view.currentIndex().row()
        if row < 0:
            return
        kind = self.tab.session.year.adjustment_types[row]
        self._edit(self.tr("删除“{name}”").format(name=kind.name), lambda year: edits.remove_adjustment_type(year, kind.code))

    def _limit_text(self, limit, column: int) -> str:
        if column == 0:
            return limit.name
        if column == 1:
            return limit.grade
        kinds = {kind.code: kind.name for kind in self.tab.session.year.adjustment_types} if self.tab.session else {}
        return "" if limit.adjustment_type is None else kinds.get(limit.adjustment_type, limit.adjustment_type)

    def _limit_edit(self, row: int, column: int, text: str) -> bool:
        limit = self.tab.session.year.grade_limits[row]
        text = text.strip()
        if column == 0:
            changes = {"name": text}
        elif column == 1:
            changes = {"grade": text}
        else:  # an adjustment type by its name (or code); blank: met only by the bureau's flag
            kinds = {kind.name: kind.code for kind in self.tab.session.year.adjustment_types}
            changes = {"adjustment_type": kinds.get(text, text) or None}
        return self._edit(self.tr("修改等次限制“{name}”").format(name=limit.name),
                          lambda year: edits.update_grade_limit(year, limit.code, **changes))

    def add_grade_limit(self) -> None:
        self._edit(self.tr("添加等次限制"), lambda year: edits.add_grade_limit(year, self.tr("新等次限制"))[0])

    def remove_grade_limit(self) -> None:
        row = self.limits_view.currentIndex().row()
        if row < 0:
            return
        limit = self.tab.session.year.grade_limits[row]
        self._edit(self.tr("删除等次限制“{name}”").format(name=limit.name),
                   lambda year: edits.remove_grade_limit(year, limit.code))

    def _consequence_text(self, consequence, column: int) -> str:
        if column == 0:
            return consequence.action
        if column == 1:
            return consequence.grade or ""
        limits = {limit.code: limit.name for limit in self.tab.session.year.grade_limits} if self.tab.session else {}
        return "" if consequence.limit is None else limits.get(consequence.limit, consequence.limit)

    def _consequence_edit(self, row: int, column: int, text: str) -> bool:
        text = text.strip()

        def change(year):
            items = list(year.consequences)
            item = items[row]
            if column == 0:
                items[row] = dataclasses.replace(item, action=text)
            elif column == 1:  # a grade, instead of a limit
                items[row] = dataclasses.replace(item, grade=text or None, limit=None if text else item.limit)
            else:  # a limit by its name (or code), instead of a grade
                code = {limit.name: limit.code for limit in year.grade_limits}.get(text, text) or None
                items[row] = dataclasses.replace(item, limit=code, grade=None if code else item.grade)
            return edits.set_consequences(year, items)
        return self._edit(self.tr("修改结果运用“{action}”").format(action=self.consequences.items[row].action), change)

    def add_consequence(self) -> None:
        self._edit(self.tr("添加结果运用"), lambda year: edits.set_consequences(
            year, year.consequences + (Consequence(self.tr("予以通报表扬"), grade=year.rules.grades[0].name),)))

    def remove_consequence(self) -> None:
        row = self.consequences_view.currentIndex().row()
        if row < 0:
            return
        self._edit(self.tr("删除结果运用“{action}”").format(action=self.consequences.items[row].action),
                   lambda year: edits.set_consequences(year, [c for n, c in enumerate(year.consequences) if n != row]))

    def _refill_changed(self, checked: bool) -> None:
        label = self.tr("腾出的名额由后续镇街递补") if checked else self.tr("腾出的名额不递补")
        if not self._edit(label, lambda year: edits.update_rules(year, refill_limited_places=checked)):
            self.refill_limited_places.setChecked(not checked)

    def add_bonus_type(self) -> None:
        self._edit(self.tr("添加加分类型"), lambda year: edits.add_bonus_type(year, self.tr("新加分类型"), Decimal("0.5"))[0])

    def add_inspection_type(self) -> None:
        self._edit(self.tr("添加督查评估类型"),
                   lambda year: edits.add_inspection_type(year, self.tr("新督查评估类型"), Decimal("0.2"))[0])

    def _remove_type(self, field: str) -> None:
        view = self.bonus_view if field == "bonus_types" else self.inspection_view
        row = view.currentIndex().row()
        if row < 0:
            return
        kind = getattr(self.tab.session.year, field)[row]
        remove = edits.remove_bonus_type if field == "bonus_types" else edits.remove_inspection_type
        self._edit(self.tr("删除“{name}”").format(name=kind.name), lambda year: remove(year, kind.code))
