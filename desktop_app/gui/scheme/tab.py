"""考核方案: categories → indicators → scoring parts, edited in place.

The tree shows the scheme; the form beside it edits the selected item and
stores each change at once (Enter or leaving a field), through the shared
scheme undo history. A banner above lists every validation problem of the
scheme and rules; it blocks nothing, it says exactly what does not add up.
"""
from __future__ import annotations

from typing import Callable, Optional

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup, QCheckBox, QComboBox, QFormLayout, QFrame, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QListView,
    QPlainTextEdit, QPushButton, QRadioButton, QScrollArea, QStackedWidget, QTreeView, QVBoxLayout, QWidget,
)

from ...domain import scheme_edit as edits
from ...domain.model import ROUNDS_MEAN, ROUNDS_SUM, ZERO, AssessmentYear
from ...domain.numbers import points_text
from ...domain.validation import validate_rules, validate_scheme
from ..common.layout import split
from ..common.errors import EXPECTED_ERRORS, describe_error, translate_core
from ..common.tab import Tab
from ..common.undo import UndoButtons, add_list_keys
from .models import CATEGORY, INDICATOR, PART, SchemeTreeModel, parse_points
from .rules import RulesForm

MAX_BANNER_LINES = 8
BANNER_ERROR = "QLabel { background: #fdecea; color: #8a1c12; border: 1px solid #f1b0a8; padding: 6px 10px; }"
BANNER_OK = "QLabel { background: #e8f5e9; color: #1b5e20; border: 1px solid #a5d6a7; padding: 6px 10px; }"


class CommitTextEdit(QPlainTextEdit):
    """A multi-line field that stores its text when it loses focus."""

    editingFinished = Signal()

    def focusOutEvent(self, event) -> None:  # noqa: N802 - Qt name
        super().focusOutEvent(event)
        self.editingFinished.emit()


class TownChecklistModel(QAbstractListModel):
    """The towns with a tick for those an indicator applies to."""

    def __init__(self, toggle: Callable[[str, bool], None], parent=None):
        super().__init__(parent)
        self.toggle = toggle
        self.towns: tuple = ()
        self.ticked: frozenset = frozenset()
        self.editable = False

    def load(self, towns, ticked, editable: bool) -> None:
        self.beginResetModel()
        self.towns, self.ticked, self.editable = tuple(towns), frozenset(ticked), editable
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt name
        return 0 if parent.isValid() else len(self.towns)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        town = self.towns[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return town.name
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.Checked if town.code in self.ticked else Qt.Unchecked
        return None

    def flags(self, index):
        flags = Qt.ItemIsEnabled | Qt.ItemIsSelectable
        return flags | Qt.ItemIsUserCheckable if self.editable else flags

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802 - Qt name
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or not self.editable:
            return False
        self.toggle(self.towns[index.row()].code, Qt.CheckState(value) == Qt.Checked)
        return True


class _Form(QWidget):
    """Base of the three item forms: ``show_item`` fills, handlers call ``tab.edit``."""

    def __init__(self, tab: "SchemeTab"):
        super().__init__()
        self.tab = tab
        self.code: Optional[str] = None
        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.code_label = QLabel()
        self.code_label.setTextInteractionFlags(Qt.TextSelectableByMouse)

    kind = ""  # CATEGORY, INDICATOR or PART: what ``code`` names

    def edit(self, label: str, change) -> bool:
        """Store an edit of the item shown, if it still exists: a field that loses focus after
        an undo removed its item (the form is hidden) must not edit something that is gone."""
        session = self.tab.session
        if session is None or self.code is None or not self._exists(session.year):
            return False
        return self.tab.edit(label, change)

    def _exists(self, year: AssessmentYear) -> bool:
        codes = {CATEGORY: [c.code for c in year.categories], INDICATOR: [i.code for i in year.indicators],
                 PART: [p.code for _, p in year.parts()]}[self.kind]
        return self.code in codes

    def _part_fields(self) -> tuple[QComboBox, QLineEdit]:
        """A part's department (pick one, or type a new name) and its points."""
        department = QComboBox()
        department.setEditable(True)
        department.setInsertPolicy(QComboBox.NoInsert)
        department.setToolTip(QCoreApplication.translate("SchemeTab", "选择责任部门；输入新名称并回车可添加部门"))
        points = QLineEdit()
        points.setMaximumWidth(120)
        return department, points

    def _silently(self, *widgets):
        class _Blocker:
            def __enter__(_):
                for widget in widgets:
                    widget.blockSignals(True)

            def __exit__(_, *exc):
                for widget in widgets:
                    widget.blockSignals(False)
        return _Blocker()


class CategoryForm(_Form):
    kind = CATEGORY

    def __init__(self, tab):
        super().__init__(tab)
        self.name = QLineEdit()
        self.points = QLineEdit()
        self.points.setMaximumWidth(120)
        self.sum_label = QLabel()
        self.form.addRow(self.tr("编码"), self.code_label)
        self.form.addRow(self.tr("一级指标名称"), self.name)
        self.form.addRow(self.tr("分值"), self.points)
        self.form.addRow("", self.sum_label)
        self.name.editingFinished.connect(self._name_changed)
        self.points.editingFinished.connect(self._points_changed)

    def show_item(self, year: AssessmentYear, code: str) -> None:
        self.code = code
        category = next(c for c in year.categories if c.code == code)
        parts_sum = sum((i.points for i in year.indicators if i.category == code), ZERO)
        with self._silently(self.name, self.points):
            self.code_label.setText(code)
            self.name.setText(category.name)
            self.points.setText(points_text(category.points))
        ok = parts_sum == category.points
        self.sum_label.setText(self.tr("其下各打分部分合计 {sum} 分").format(sum=points_text(parts_sum)) + (
            "" if ok else self.tr("，与分值 {points} 不符").format(points=points_text(category.points))))
        self.sum_label.setStyleSheet("" if ok else "color: #b3261e;")

    def _name_changed(self) -> None:
        name = self.name.text().strip()
        if name:
            self.edit(self.tr("一级指标改名为“{name}”").format(name=name),
                          lambda year: edits.update_category(year, self.code, name=name))

    def _points_changed(self) -> None:
        text = self.points.text()
        self.edit(self.tr("一级指标分值改为 {points}").format(points=text.strip()),
                      lambda year: edits.update_category(year, self.code, points=parse_points(text)))


class IndicatorForm(_Form):
    kind = INDICATOR

    def __init__(self, tab):
        super().__init__(tab)
        self.name = QLineEdit()
        self.category = QComboBox()
        self.content = CommitTextEdit()
        self.content.setTabChangesFocus(True)
        self.content.setMaximumHeight(110)
        self.method = QComboBox()
        self.method.setEditable(True)
        self.method.setInsertPolicy(QComboBox.NoInsert)
        self.method.setToolTip(self.tr("本年度方案列出的考核方式（在“否决情形与考核方式”中维护），也可直接输入"))
        self.veto = QCheckBox(self.tr("否决指标（不计分，触发即一票否决）"))
        self.applies_all = QRadioButton(self.tr("全部镇街"))
        self.applies_some = QRadioButton(self.tr("部分镇街（在下表勾选）"))
        self.applies_group = QButtonGroup(self)
        self.applies_group.addButton(self.applies_all)
        self.applies_group.addButton(self.applies_some)
        applies_row = QHBoxLayout()
        applies_row.addWidget(self.applies_all)
        applies_row.addWidget(self.applies_some)
        applies_row.addStretch(1)
        self.towns_model = TownChecklistModel(self._town_toggled, self)
        self.towns_view = QListView()
        self.towns_view.setModel(self.towns_model)
        self.towns_view.setFlow(QListView.LeftToRight)
        self.towns_view.setWrapping(True)
        self.towns_view.setResizeMode(QListView.Adjust)
        self.towns_view.setGridSize(self.towns_view.fontMetrics().boundingRect("国国国国国国国").size() * 1.6)
        self.towns_view.setMinimumHeight(120)
        self.parts_label = QLabel()
        self.parts_label.setWordWrap(True)
        self.rounds = QComboBox()
        for text, value in ((self.tr("不分轮次，一次打分"), ""), (self.tr("分轮次考核，全年取各轮平均"), ROUNDS_MEAN),
                            (self.tr("分轮次考核，全年取各轮之和"), ROUNDS_SUM)):
            self.rounds.addItem(text, value)
        self.rounds.setToolTip(self.tr("按本年度的考核轮次（在“考核规则与类型”中填写）每轮一个打分部分；"
                                       "全年得分不超过全年分值，缺任何一轮即为临时结果"))
        self.round_points = QLineEdit()
        self.round_points.setMaximumWidth(120)
        # A one-part indicator (the usual case) edits its department and points right here.
        self.department, self.points = self._part_fields()
        self.form.addRow(self.tr("编码"), self.code_label)
        self.form.addRow(self.tr("二级指标名称"), self.name)
        self.form.addRow(self.tr("所属一级指标"), self.category)
        self.form.addRow(self.tr("责任部门"), self.department)
        self.form.addRow(self.tr("分值"), self.points)
        self.form.addRow(self.tr("考核内容"), self.content)
        self.form.addRow(self.tr("考核方式"), self.method)
        self.form.addRow("", self.veto)
        self.form.addRow(self.tr("适用镇街"), applies_row)
        self.form.addRow("", self.towns_view)
        self.form.addRow(self.tr("考核轮次"), self.rounds)
        self.form.addRow(self.tr("全年分值"), self.round_points)
        self.form.addRow(self.tr("打分部分"), self.parts_label)
        self.name.editingFinished.connect(self._name_changed)
        self.category.activated.connect(self._category_changed)
        self.content.editingFinished.connect(self._content_changed)
        self.method.activated.connect(self._method_changed)
        self.method.lineEdit().editingFinished.connect(self._method_changed)
        self.veto.toggled.connect(self._veto_changed)
        self.applies_all.toggled.connect(self._applies_changed)
        self.department.activated.connect(self._department_changed)
        self.department.lineEdit().returnPressed.connect(self._department_changed)
        self.points.editingFinished.connect(self._points_changed)
        self.rounds.activated.connect(self._rounds_changed)
        self.round_points.editingFinished.connect(self._rounds_changed)
        self.part_code: Optional[str] = None

    def show_item(self, year: AssessmentYear, code: str) -> None:
        self.code = code
        indicator = next(i for i in year.indicators if i.code == code)
        departments = {d.code: d.name for d in year.departments}
        single = len(indicator.parts) == 1
        self.part_code = indicator.parts[0].code if single else None
        for widget in (self.department, self.points):
            self.form.setRowVisible(widget, single)
        self.points.setEnabled(not indicator.veto)
        with self._silently(self.department, self.points):
            self.department.clear()
            for department in year.departments:
                self.department.addItem(department.name, department.code)
            if single:
                self.department.setCurrentIndex(self.department.findData(indicator.parts[0].department))
                self.points.setText(points_text(indicator.parts[0].points))
        with self._silently(self.name, self.category, self.content, self.method, self.veto, self.applies_all,
                            self.applies_some):
            self.code_label.setText(code)
            self.name.setText(indicator.name)
            self.category.clear()
            for category in year.categories:
                self.category.addItem(category.name, category.code)
            self.category.setCurrentIndex(self.category.findData(indicator.category))
            self.content.setPlainText(indicator.content or "")
            self.method.clear()
            self.method.addItems(list(year.assessment_methods))
            self.method.setEditText(indicator.method or "")
            self.veto.setChecked(indicator.veto)
            partial = indicator.applies_to is not None
            self.applies_some.setChecked(partial)
            self.applies_all.setChecked(not partial)
        ticked = [t.code for t in year.towns] if indicator.applies_to is None else indicator.applies_to
        self.towns_model.load(year.towns, ticked, editable=indicator.applies_to is not None)
        self.towns_view.setEnabled(indicator.applies_to is not None)
        with self._silently(self.rounds, self.round_points):
            self.rounds.setCurrentIndex(max(0, self.rounds.findData(indicator.rounds or "")))
            self.round_points.setText("" if indicator.round_points is None else points_text(indicator.round_points))
        self.rounds.setEnabled(not indicator.veto)
        self.form.setRowVisible(self.round_points, indicator.rounds is not None)
        self.parts_label.setText("；".join(
            (self.tr("{round}：").format(round=p.round) if p.round else "")
            + self.tr("{code} {department} {points} 分").format(code=p.code, department=departments.get(p.department, p.department),
                                                              points=points_text(p.points)) for p in indicator.parts))

    def _rounds_changed(self, *_) -> None:
        combine = self.rounds.currentData() or None
        indicator = next((i for i in self.tab.session.year.indicators if i.code == self.code), None) \
            if self.tab.session else None
        if indicator is None:
            return
        text = self.round_points.text().strip()
        keep_points = not (combine and indicator.rounds and text)  # turned to rounds: what it weighs now
        if combine == indicator.rounds and (keep_points or text == points_text(indicator.points)):
            return
        label = self.tr("改为{how}").format(how=self.rounds.currentText()) if combine != indicator.rounds \
            else self.tr("全年分值改为 {points}").format(points=text)
        if not self.edit(label, lambda year: edits.set_indicator_rounds(
                year, self.code, combine, None if keep_points else parse_points(text))):
            self.show_item(self.tab.session.year, self.code)

    def _department_changed(self, *_) -> None:
        if self.part_code is not None:
            change_department(self, self.part_code, self.department.currentText().strip())

    def _points_changed(self) -> None:
        if self.part_code is not None:
            change_points(self, self.part_code, self.points.text())

    def _name_changed(self) -> None:
        name = self.name.text().strip()
        if name:
            self.edit(self.tr("二级指标改名为“{name}”").format(name=name),
                          lambda year: edits.update_indicator(year, self.code, name=name))

    def _category_changed(self, index: int) -> None:
        category = self.category.itemData(index)
        self.edit(self.tr("二级指标移到“{name}”").format(name=self.category.itemText(index)),
                      lambda year: edits.update_indicator(year, self.code, category=category))

    def _content_changed(self) -> None:
        text = self.content.toPlainText().strip() or None
        self.edit(self.tr("修改考核内容"), lambda year: edits.update_indicator(year, self.code, content=text))

    def _method_changed(self, *_) -> None:
        method = self.method.currentText().strip() or None
        self.edit(self.tr("考核方式改为“{method}”").format(method=method or ""),
                      lambda year: edits.update_indicator(year, self.code, method=method))

    def _veto_changed(self, checked: bool) -> None:
        label = self.tr("设为否决指标") if checked else self.tr("取消否决指标")
        self.edit(label, lambda year: edits.update_indicator(year, self.code, veto=checked))

    def _applies_changed(self, all_towns: bool) -> None:
        if all_towns:
            self.edit(self.tr("适用于全部镇街"), lambda year: edits.update_indicator(year, self.code, applies_to=None))
        else:
            self.edit(self.tr("改为部分镇街适用"), lambda year: edits.update_indicator(
                year, self.code, applies_to=tuple(t.code for t in year.towns)))

    def _town_toggled(self, town: str, applies: bool) -> None:
        label = self.tr("适用镇街：{action} {town}").format(
            action=self.tr("勾选") if applies else self.tr("取消"), town=self.tab.session.town_name(town))
        self.edit(label, lambda year: edits.set_applies(year, self.code, town, applies))


class PartForm(_Form):
    kind = PART

    def __init__(self, tab):
        super().__init__(tab)
        self.indicator_label = QLabel()
        self.department, self.points = self._part_fields()
        self.form.addRow(self.tr("编码"), self.code_label)
        self.form.addRow(self.tr("所属二级指标"), self.indicator_label)
        self.form.addRow(self.tr("责任部门"), self.department)
        self.form.addRow(self.tr("分值"), self.points)
        self.department.activated.connect(self._department_changed)
        self.department.lineEdit().returnPressed.connect(self._department_changed)
        self.points.editingFinished.connect(self._points_changed)

    def show_item(self, year: AssessmentYear, code: str) -> None:
        self.code = code
        indicator, part = next((i, p) for i, p in year.parts() if p.code == code)
        with self._silently(self.department, self.points):
            self.code_label.setText(code)
            self.indicator_label.setText(indicator.name)
            self.department.clear()
            for department in year.departments:
                self.department.addItem(department.name, department.code)
            self.department.setCurrentIndex(self.department.findData(part.department))
            self.points.setText(points_text(part.points))
            self.points.setEnabled(not indicator.veto)

    def _department_changed(self, *_) -> None:
        change_department(self, self.code, self.department.currentText().strip())

    def _points_changed(self) -> None:
        change_points(self, self.code, self.points.text())


def change_department(form: _Form, part_code: str, name: str) -> None:
    """Give a part to a department, adding the department when the name is new."""
    if not name:
        return

    def change(year):
        year, department = edits.add_department(year, name)
        return edits.update_part(year, part_code, department=department)

    form.edit(QCoreApplication.translate("SchemeTab", "{code} 责任部门改为“{name}”").format(code=part_code, name=name), change)


def change_points(form: _Form, part_code: str, text: str) -> None:
    form.edit(QCoreApplication.translate("SchemeTab", "{code} 分值改为 {points}").format(code=part_code, points=text.strip()),
             lambda year: edits.update_part(year, part_code, points=parse_points(text)))


class PlanListsForm(QWidget):
    """The plan's veto conditions and assessment methods, one per line; stored on leaving a field."""

    def __init__(self, tab: "SchemeTab"):
        super().__init__()
        self.tab = tab
        self.veto_conditions = CommitTextEdit()
        self.methods = CommitTextEdit()
        for field in (self.veto_conditions, self.methods):
            field.setTabChangesFocus(True)
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        hint = QLabel(self.tr("本年度考核方案的用语，每行一项。否决情形在登记一票否决时供选择，"
                              "考核方式在编辑二级指标时供选择；新建年度时随方案复制。"))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #666;")
        form.addRow(hint)
        form.addRow(self.tr("一票否决情形"), self.veto_conditions)
        form.addRow(self.tr("考核方式"), self.methods)
        self.veto_conditions.editingFinished.connect(self._conditions_changed)
        self.methods.editingFinished.connect(self._methods_changed)

    def show_year(self, year: AssessmentYear) -> None:
        for field, items in ((self.veto_conditions, year.veto_conditions), (self.methods, year.assessment_methods)):
            if edits.plan_lines(field.toPlainText()) != items or not field.hasFocus():
                field.setPlainText("\n".join(items))

    def _conditions_changed(self) -> None:
        lines = edits.plan_lines(self.veto_conditions.toPlainText())
        if self.tab.session and lines != self.tab.session.year.veto_conditions:
            self.tab.edit(self.tr("修改一票否决情形"), lambda year: edits.set_plan_lists(year, veto_conditions=lines))

    def _methods_changed(self) -> None:
        lines = edits.plan_lines(self.methods.toPlainText())
        if self.tab.session and lines != self.tab.session.year.assessment_methods:
            self.tab.edit(self.tr("修改考核方式"), lambda year: edits.set_plan_lists(year, assessment_methods=lines))


class SchemeTab(Tab):
    """考核方案: categories → indicators → parts, with a live validation banner."""
    administered = True

    def __init__(self, workspace, parent=None):
        super().__init__(workspace, parent)
        self._selected: Optional[tuple[str, str]] = None
        self.changes = workspace.scheme_changes

        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.add_category_button = QPushButton(self.tr("添加一级指标"))
        self.add_indicator_button = QPushButton(self.tr("添加二级指标"))
        self.add_part_button = QPushButton(self.tr("添加打分部分"))
        self.add_part_button.setToolTip(self.tr("一项指标由几个部门分别打分时（如医疗保障：卫健委 5 分 + 医保局 5 分）"))
        self.remove_button = QPushButton(self.tr("删除"))
        self.up_button = QPushButton(self.tr("上移"))
        self.down_button = QPushButton(self.tr("下移"))
        self.add_category_button.clicked.connect(self.add_category)
        self.add_indicator_button.clicked.connect(self.add_indicator)
        self.add_part_button.clicked.connect(self.add_part)
        self.remove_button.clicked.connect(self.remove_selected)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.plan_button = QPushButton(self.tr("否决情形与考核方式"))
        self.plan_button.setToolTip(self.tr("本年度方案规定的一票否决情形和考核方式"))
        self.plan_button.clicked.connect(self.show_plan_lists)
        self.rules_button = QPushButton(self.tr("考核规则与类型"))
        self.rules_button.setToolTip(self.tr("满分、加分上限、定等方式与等次、名次规则、加分类型、督查评估类型"))
        self.rules_button.clicked.connect(self.show_rules)
        self.undo = UndoButtons(self, self.changes.stack)
        bar = QHBoxLayout()
        for button in (self.add_category_button, self.add_indicator_button, self.add_part_button, self.remove_button,
                       self.up_button, self.down_button):
            bar.addWidget(button)
        bar.addWidget(self.rules_button)
        bar.addWidget(self.plan_button)
        bar.addStretch(1)
        self.total_label = QLabel()
        bar.addWidget(self.total_label)
        bar.addSpacing(12)
        bar.addWidget(self.undo.undo_button)
        bar.addWidget(self.undo.redo_button)

        self.model = SchemeTreeModel(self)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        # Widths are fitted once per rebuild (``_fit_columns``), not on every repaint.
        header.setResizeContentsPrecision(80)
        self.tree.selectionModel().currentChanged.connect(self._on_current_changed)
        add_list_keys(self.tree, (self.remove_button, self.up_button, self.down_button), self.remove_selected,
                      self.move_selected, self.tr("删除所选项（Delete）"))

        self.forms = QStackedWidget()
        self.hint = QLabel(self.tr("选择左侧的一级指标、二级指标或打分部分进行编辑。\n每项修改立即保存，可撤销。"))
        self.hint.setAlignment(Qt.AlignCenter)
        self.hint.setStyleSheet("color: #666;")
        self.category_form = CategoryForm(self)
        self.indicator_form = IndicatorForm(self)
        self.part_form = PartForm(self)
        self.plan_form = PlanListsForm(self)
        self.rules_form = RulesForm(self)
        self.rules_page = QScrollArea()
        self.rules_page.setWidgetResizable(True)
        self.rules_page.setFrameShape(QFrame.NoFrame)
        self.rules_page.setWidget(self.rules_form)
        for page in (self.hint, self.category_form, self.indicator_form, self.part_form, self.plan_form,
                     self.rules_page):
            self.forms.addWidget(page)
        frame = QFrame()
        frame.setFrameShape(QFrame.StyledPanel)
        QVBoxLayout(frame).addWidget(self.forms)

        splitter = split(Qt.Horizontal, (self.tree, 3, 820), (frame, 2, 520))

        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        self.refresh()

    # --- refreshing (only while shown: score entry elsewhere does not rebuild the tree) ---

    def on_year_opened(self) -> None:
        self._selected = None
        self.request_refresh()

    def refresh(self) -> None:
        session = self.session
        year = session.year if session else None
        problems = (validate_rules(year) + validate_scheme(year)) if year else []
        self.model.load(year, problems, translate_core)
        self._expand()
        for column in range(1, 5):
            self.tree.resizeColumnToContents(column)
        self._show_banner(year, problems)
        self._restore_selection()
        self._update_buttons()

    def _expand(self) -> None:
        """Categories open; an indicator's parts only when several departments share it
        (or a part has a problem): a one-part indicator is edited on its own row."""
        for index in self.model.all_indexes():
            node = self.model.node(index)
            if node.kind == CATEGORY or (node.kind == INDICATOR and (
                    len(node.children) > 1 or any(child.problems for child in node.children))):
                self.tree.expand(index)

    def _show_banner(self, year: Optional[AssessmentYear], problems) -> None:
        if year is None:
            self.banner.setText(self.tr("没有打开的年度。"))
            self.banner.setStyleSheet(BANNER_OK)
            self.total_label.setText("")
            return
        total = sum((indicator.points for indicator in year.indicators), ZERO)
        self.total_label.setText(self.tr("各打分部分合计 {total} 分 / 满分 {full} 分").format(
            total=points_text(total), full=points_text(year.rules.full_score)))
        if not problems:
            self.banner.setText(self.tr("方案校验通过：{categories} 个一级指标、{indicators} 个二级指标、{parts} 个打分部分，合计 {total} 分。").format(
                categories=len(year.categories), indicators=len(year.indicators),
                parts=sum(1 for _ in year.parts()), total=points_text(total)))
            self.banner.setStyleSheet(BANNER_OK)
            return
        lines = [problem.render(translate_core) for problem in problems]
        shown = lines[:MAX_BANNER_LINES]
        if len(lines) > len(shown):
            shown.append(self.tr("……另有 {count} 处").format(count=len(lines) - len(shown)))
        self.banner.setText(self.tr("方案有 {count} 处需要修正（不影响继续编辑和录入）：").format(count=len(lines))
                            + "\n• " + "\n• ".join(shown))
        self.banner.setStyleSheet(BANNER_ERROR)

    def banner_text(self) -> str:
        return self.banner.text()

    def show_rules(self) -> None:
        if self.session is None:
            return
        self.tree.setCurrentIndex(QModelIndex())
        self._selected = None
        self.rules_form.show_year(self.session.year)
        self.forms.setCurrentWidget(self.rules_page)
        self._update_buttons()

    def show_plan_lists(self) -> None:
        if self.session is None:
            return
        self.tree.setCurrentIndex(QModelIndex())
        self._selected = None
        self.plan_form.show_year(self.session.year)
        self.forms.setCurrentWidget(self.plan_form)
        self._update_buttons()

    def _restore_selection(self) -> None:
        index = self.model.index_of(*self._selected) if self._selected else None
        if index is not None and index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)
        elif self.forms.currentWidget() is self.plan_form and self.session is not None:
            self.plan_form.show_year(self.session.year)
        elif self.forms.currentWidget() is self.rules_page and self.session is not None:
            self.rules_form.show_year(self.session.year)
        else:
            self._selected = None
            self.forms.setCurrentWidget(self.hint)

    # --- selection -------------------------------------------------------------------------

    def select(self, kind: str, code: str) -> None:
        self._selected = (kind, code)
        self._restore_selection()

    def selected(self) -> Optional[tuple[str, str]]:
        return self._selected

    def _on_current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        node = self.model.node(current)
        year = self.session.year if self.session else None
        if node is None or year is None:
            self.forms.setCurrentWidget(self.hint)
            self._update_buttons()
            return
        self._selected = (node.kind, node.code)
        form = {CATEGORY: self.category_form, INDICATOR: self.indicator_form, PART: self.part_form}[node.kind]
        try:
            form.show_item(year, node.code)
        except StopIteration:  # a dangling item of an inconsistent scheme: nothing to edit
            self.forms.setCurrentWidget(self.hint)
        else:
            self.forms.setCurrentWidget(form)
        self._update_buttons()

    def _update_buttons(self) -> None:
        kind = self._selected[0] if self._selected else None
        has_year = self.session is not None
        for button in (self.add_category_button, self.plan_button, self.rules_button):
            button.setEnabled(has_year)
        self.add_indicator_button.setEnabled(has_year and kind is not None)
        self.add_part_button.setEnabled(has_year and kind in (INDICATOR, PART))
        for button in (self.remove_button, self.up_button, self.down_button):
            button.setEnabled(has_year and kind is not None)

    # --- editing --------------------------------------------------------------------------

    def edit(self, label: str, change: Callable[[AssessmentYear], AssessmentYear]) -> bool:
        return self.changes.edit(self, label, change)

    def _category_of_selection(self, year: AssessmentYear) -> Optional[str]:
        if not self._selected:
            return year.categories[-1].code if year.categories else None
        kind, code = self._selected
        if kind == CATEGORY:
            return code
        indicator_code = code if kind == INDICATOR else next(i.code for i, p in year.parts() if p.code == code)
        return next(i.category for i in year.indicators if i.code == indicator_code)

    def _add(self, label: str, kind: str, create: Callable, name_field: Optional[QLineEdit] = None) -> None:
        """Store ``create(year) -> (year, code)`` as one edit, select what it made and put
        the cursor in its name."""
        created = {}

        def change(year):
            year, created["code"] = create(year)
            return year

        if self.edit(label, change):
            self.select(kind, created["code"])
            if name_field is not None:
                name_field.setFocus()
                name_field.selectAll()

    def add_category(self) -> None:
        self._add(self.tr("添加一级指标"), CATEGORY, lambda year: edits.add_category(year, self.tr("新一级指标")),
                  self.category_form.name)

    def add_indicator(self) -> None:
        year = self.session.year
        category = self._category_of_selection(year)
        if category is None:
            self.workspace.messenger.error(self, self.tr("请先添加一级指标"))
            return
        self._add(self.tr("添加二级指标"), INDICATOR,
                  lambda year: edits.add_indicator(year, category, self.tr("新二级指标")), self.indicator_form.name)

    def add_part(self) -> None:
        if not self._selected or self._selected[0] not in (INDICATOR, PART):
            return
        year = self.session.year
        kind, code = self._selected
        indicator = code if kind == INDICATOR else next(i.code for i, p in year.parts() if p.code == code)
        self._add(self.tr("添加打分部分"), PART, lambda year: edits.add_part(year, indicator))

    def remove_selected(self) -> None:
        if not self._selected:
            return
        kind, code = self._selected
        year = self.session.year
        if kind == CATEGORY:
            name = next(c.name for c in year.categories if c.code == code)
            count = sum(1 for i in year.indicators if i.category == code)
            question = self.tr("删除一级指标“{name}”及其下 {count} 个二级指标吗？").format(name=name, count=count)
            change, label = (lambda y: edits.remove_category(y, code)), self.tr("删除一级指标“{name}”").format(name=name)
        elif kind == INDICATOR:
            name = next(i.name for i in year.indicators if i.code == code)
            question = self.tr("删除二级指标“{name}”吗？").format(name=name)
            change, label = (lambda y: edits.remove_indicator(y, code)), self.tr("删除二级指标“{name}”").format(name=name)
        else:
            question = self.tr("删除打分部分 {code} 吗？").format(code=code)
            change, label = (lambda y: edits.remove_part(y, code)), self.tr("删除打分部分 {code}").format(code=code)
        try:
            lost = edits.entries_lost(year, change(year))
        except EXPECTED_ERRORS as error:
            self.workspace.messenger.error(self, describe_error(error))
            return
        # Removals that drop entries are confirmed by ``edit`` with the count; others here.
        if not (lost["scores"] or lost["records"]) and not self.workspace.messenger.confirm(self, question):
            return
        if self.edit(label, change):
            self._selected = None
            self.refresh()

    def move_selected(self, delta: int) -> None:
        if not self._selected:
            return
        kind, code = self._selected
        move = {CATEGORY: edits.move_category, INDICATOR: edits.move_indicator, PART: edits.move_part}[kind]
        self.edit(self.tr("上移") if delta < 0 else self.tr("下移"), lambda year: move(year, code, delta))
