"""结果看板: ranking table, charts, department completeness and the explain view.

All numbers come from ``session.result`` / ``session.year`` (see results/models.py,
results_charts and results_explain); this tab only lays them out and keeps them
current: ``refresh()`` runs on every ``workspace.changed``.
"""
from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, Slot
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView, QGridLayout, QGroupBox, QHeaderView, QLabel, QProgressBar, QScrollArea,
    QTableView, QTabWidget, QTextBrowser, QVBoxLayout, QWidget,
)

from ...services import STATUS_EMPTY, STATUS_IN_PROGRESS, STATUS_LABELS, STATUS_SUBMITTED
from ..common.layout import split
from ..common.tab import Tab
from .charts import BreakdownChart, ScoreChart
from .explain import Explainer
from .models import (
    CLASS, COMPLETE, GRADE, NUMERIC, RANK, TOWN, TOWN_CODE_ROLE, VETO, ResultsTableModel,
)
from .state import StatePanel

STATUS_COLOURS = {STATUS_EMPTY: "#7f8c8d", STATUS_IN_PROGRESS: "#e07b00", STATUS_SUBMITTED: "#2e7d32"}


class DepartmentProgressPanel(QWidget):
    """Entered/total per department with its sheet status (未填/填报中/已提交)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.summary = QLabel()
        layout.addWidget(self.summary)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.NoFrame)
        body = QWidget()
        self.grid = QGridLayout(body)
        self.grid.setContentsMargins(0, 0, 4, 0)
        self.grid.setVerticalSpacing(3)
        self.grid.setColumnStretch(1, 1)
        scroll.setWidget(body)
        layout.addWidget(scroll, 1)
        self.rows: dict[str, tuple[QLabel, QProgressBar, QLabel]] = {}
        self.progress: dict[str, tuple[str, int, int]] = {}

    def clear(self) -> None:
        self.progress = {}
        self._build(())
        self.summary.setText("")

    def _build(self, departments) -> None:
        for name, bar, status in self.rows.values():
            for widget in (name, bar, status):
                self.grid.removeWidget(widget)
                widget.deleteLater()
        self.rows = {}
        for position, department in enumerate(departments):
            name = QLabel(department.name)
            bar = QProgressBar()
            bar.setObjectName(f"progress_{department.code}")
            bar.setTextVisible(True)
            bar.setMaximumHeight(18)
            bar.setAlignment(Qt.AlignCenter)
            status = QLabel()
            status.setMinimumWidth(status.fontMetrics().horizontalAdvance("填报中") + 6)
            self.grid.addWidget(name, position, 0)
            self.grid.addWidget(bar, position, 1)
            self.grid.addWidget(status, position, 2)
            self.rows[department.code] = (name, bar, status)

    def update_from(self, session, result) -> None:
        year = session.year
        if list(self.rows) != [d.code for d in year.departments]:
            self._build(year.departments)
        self.progress = session.departments_progress()
        entered_sum = total_sum = 0
        for department in year.departments:
            status, entered, total = self.progress[department.code]
            entered_sum, total_sum = entered_sum + entered, total_sum + total
            self._show(department, status, entered, total)
        self.summary.setText(self.tr("全年已录入 {entered} / {total} 项").format(entered=entered_sum, total=total_sum))

    def _show(self, department, status: str, entered: int, total: int) -> None:
        name, bar, label = self.rows[department.code]
        bar.setRange(0, max(total, 1))
        bar.setValue(entered)
        bar.setFormat(f"{entered}/{total}")
        if total == 0:
            label.setText(self.tr("无打分项"))
            label.setStyleSheet("color:#7f8c8d")
        else:
            label.setText(QCoreApplication.translate("Entry", STATUS_LABELS[status]))
            label.setStyleSheet(f"color:{STATUS_COLOURS.get(status, '#000000')}")
        bar.setToolTip(self.tr("{department}：已录入 {entered} 项，共 {total} 项").format(
            department=department.name, entered=entered, total=total))

    def text_of(self, department: str) -> tuple[str, str]:
        """(bar text, status text) of a department, as displayed."""
        _, bar, status = self.rows[department]
        return bar.text(), status.text()


class ResultsTab(Tab):
    """结果看板: ranking, charts, completeness, explain."""

    def __init__(self, workspace, parent=None):
        super().__init__(workspace, parent)
        self.explained_town: Optional[str] = None
        self._selecting = False
        self._explain_html: Optional[str] = None
        self._fitted = None
        self.explainer = Explainer(self)

        # Ranking table.
        self.banner = QLabel()
        self.banner.setObjectName("resultsBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("QLabel#resultsBanner { background:#fff3cd; color:#7a4b00;"
                                  " border:1px solid #f0c36d; padding:4px 8px; }")
        self.banner.hide()
        self.model = ResultsTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 6)
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.AscendingOrder)
        self.table.setToolTip(self.tr("单击或用方向键选中镇街，右侧显示其得分构成；单击列标题排序"))
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row)
        self.table.activated.connect(self._on_activated)
        copy = QAction(self.tr("复制表格"), self.table)
        copy.setShortcut(QKeySequence.Copy)
        copy.setShortcutContext(Qt.WidgetShortcut)
        copy.triggered.connect(self.copy_table)
        self.table.addAction(copy)
        self.table.setContextMenuPolicy(Qt.ActionsContextMenu)
        legend = QLabel(self.tr("红字：一票否决（鼠标停在“否决”上可看原因）；黄底斜体：数据不完整，临时结果。"
                                "Ctrl+C 复制整张表，可粘贴到 Excel。"))
        legend.setStyleSheet("color:#666666")
        legend.setWordWrap(True)
        table_box = QWidget()
        table_layout = QVBoxLayout(table_box)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.setSpacing(4)
        self.state_panel = StatePanel()
        self.state_panel.finaliseRequested.connect(self.finalise)
        self.state_panel.reopenRequested.connect(self.reopen)
        table_layout.addWidget(self.state_panel)
        table_layout.addWidget(self.banner)
        table_layout.addWidget(self.table, 1)
        table_layout.addWidget(legend)

        # Charts.
        self.score_chart = ScoreChart()
        self.breakdown_chart = BreakdownChart()
        self.charts = QTabWidget()
        self.charts.setDocumentMode(True)
        self.charts.addTab(self.score_chart, self.tr("最终得分与等次"))
        self.charts.addTab(self.breakdown_chart, self.tr("分项得分构成"))
        for chart in (self.score_chart, self.breakdown_chart):
            chart.townClicked.connect(self.select_town)

        # Explain view and completeness.
        self.explain_view = QTextBrowser()
        self.explain_view.setOpenLinks(False)
        self.explain_view.setObjectName("explainView")
        explain_box = QGroupBox(self.tr("得分构成"))
        QVBoxLayout(explain_box).addWidget(self.explain_view)
        self.progress_panel = DepartmentProgressPanel()
        progress_box = QGroupBox(self.tr("部门填报进度"))
        QVBoxLayout(progress_box).addWidget(self.progress_panel)

        left = split(Qt.Vertical, (table_box, 3, 480), (self.charts, 2, 220))
        right = split(Qt.Vertical, (explain_box, 3, 370), (progress_box, 2, 330))
        self.splitter = split(Qt.Horizontal, (left, 1, 930), (right, 0, 330))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.splitter)
        self._show_hint()

    # --- refreshing ------------------------------------------------------------------

    def refresh(self) -> None:
        session = self.session
        if session is None:
            self.model.set_result(None, None)
            self.score_chart.set_result(None, None)
            self.breakdown_chart.set_result(None, None)
            self.progress_panel.clear()
            self.state_panel.show_state(None)
            self.banner.setText(self.tr("没有打开的年度。请在上方选择或新建考核年度。"))
            self.banner.show()
            self.explained_town = None
            self._show_hint()
            return
        year, result = session.year, session.result
        self.state_panel.show_state(session.state())
        administer = self.workspace.may_administer()  # finalising is the bureau's
        self.state_panel.finalise_button.setEnabled(administer)
        self.state_panel.reopen_button.setEnabled(administer)
        self.model.set_result(year, result)
        self._fit_columns()
        missing = result.missing_count
        if missing:
            self.banner.setText(self.tr("尚有 {count} 项未打分，以下为临时结果（缺项按 0 分计）").format(count=missing))
            self.banner.show()
        else:
            self.banner.hide()
        self.score_chart.set_result(year, result)
        self.breakdown_chart.set_result(year, result)
        self.progress_panel.update_from(session, result)
        town = self.explained_town
        if town is not None and self.model.row_of(town) >= 0:
            self.select_town(town)
        else:
            self.explained_town = None
            self._show_hint()

    def _fit_columns(self) -> None:
        """Widths from the header text and the widest value; only when columns or names
        change, so that widths the user dragged stay while scores change."""
        key = (tuple(self.model.headerData(c, Qt.Horizontal) for c in range(self.model.columnCount())),
               frozenset(row.name for row in self.model.rows()), frozenset(row.grade for row in self.model.rows()))
        if key == self._fitted:
            return
        self._fitted = key
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        header_metrics = header.fontMetrics()
        number_width = metrics.horizontalAdvance("100.00")
        names = [row.name for row in self.model.rows()]
        for column in range(self.model.columnCount()):
            kind = self.model.column_kind(column)
            title = self.model.headerData(column, Qt.Horizontal) or ""
            width = max(header_metrics.horizontalAdvance(line) for line in title.split("\n"))
            if kind in NUMERIC:
                width = max(width, number_width)
            elif kind == RANK:
                width = max(width, metrics.horizontalAdvance("999"))
            elif kind == TOWN:
                width = max([width, *map(metrics.horizontalAdvance, names)])
            elif kind == CLASS:  # long class names (其他脱贫县和有巩固任务的县…) shown up to ten characters
                width = max([width, *(min(metrics.horizontalAdvance(name), metrics.horizontalAdvance("国" * 10))
                                      for name in {self.model.data(self.model.index(row, column))
                                                   for row in range(self.model.rowCount())} if name)])
            elif kind == GRADE:
                width = max([width, *map(metrics.horizontalAdvance, {row.grade for row in self.model.rows()})])
            elif kind == COMPLETE:
                width = max(width, metrics.horizontalAdvance(self.tr("缺 {count} 项").format(count=99)))
            elif kind == VETO:
                width = max(width, metrics.horizontalAdvance(self.tr("否决")))
            header.resizeSection(column, width + 12)
            header.setSectionResizeMode(column, QHeaderView.Interactive)

    # --- finalising ------------------------------------------------------------------

    def finalise(self) -> bool:
        session = self.session
        if session is None or not self.workspace.messenger.confirm(self, self.tr(
                "审定 {year} 年度的考核结果吗？审定后数据只读，通报、反馈函和上报表格印上数据指纹；"
                "如需修改须重新打开并说明理由。").format(year=session.number), self.tr("审定")):
            return False
        return self.workspace.apply(session.finalise, parent=self)

    def reopen(self) -> bool:
        session = self.session
        if session is None:
            return False
        reason = self.workspace.messenger.ask_text(self, self.tr("重新打开 {year} 年度的理由（将与年度一并保存）：").format(
            year=session.number), title=self.tr("重新打开"))
        if reason is None:
            return False
        return self.workspace.apply(session.reopen, reason, parent=self)

    # --- selection and explain ------------------------------------------------------

    @Slot()
    def _on_current_row(self, current, previous) -> None:
        if current.isValid() and not self._selecting:
            self.show_explanation(current.data(TOWN_CODE_ROLE))

    @Slot()
    def _on_activated(self, index) -> None:
        if index.isValid():
            self.show_explanation(index.data(TOWN_CODE_ROLE))

    def view_row_of(self, town_code: str) -> int:
        """The table row (after sorting) showing a town, or -1."""
        return self.model.row_of(town_code)

    @Slot(str)
    def select_town(self, town_code: str) -> None:
        """Make a town the current table row and explain it."""
        row = self.view_row_of(town_code)
        if row < 0:
            return
        index = self.model.index(row, 0)
        self._selecting = True
        try:
            self.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows)
        finally:
            self._selecting = False
        self.table.scrollTo(index)
        self.show_explanation(town_code)

    def show_explanation(self, town_code: str) -> None:
        session = self.session
        if session is None:
            return
        row = session.result.by_code().get(town_code)
        if row is None:
            return
        self.explained_town = town_code
        html = self.explainer.html(session.year, row, session.score_times())
        if html == self._explain_html:
            return  # laying out the text again is the slow part; nothing changed
        scroll = self.explain_view.verticalScrollBar().value()
        same_town = self.explain_view.property("town") == town_code
        self.explain_view.setHtml(html)
        self._explain_html = html
        self.explain_view.setProperty("town", town_code)
        if same_town:  # a refresh of the same town keeps the reader's place
            self.explain_view.verticalScrollBar().setValue(scroll)

    def explanation_text(self) -> str:
        return self.explain_view.toPlainText()

    def _show_hint(self) -> None:
        self._explain_html = None
        self.explain_view.setProperty("town", None)
        self.explain_view.setHtml("<p style='color:#666666'>" + self.tr(
            "单击表格中的镇街（或用方向键选中），这里显示它的得分构成：每项指标的得分、扣分原因、"
            "备注和录入时间，加分、督查评估、一票否决和各项合计。") + "</p>")

    # --- copying -----------------------------------------------------------------------

    @Slot()
    def copy_table(self) -> None:
        """The whole table as tab-separated text, in the displayed order, for Excel."""
        model = self.model
        columns = range(model.columnCount())
        lines = ["\t".join((model.headerData(c, Qt.Horizontal) or "").replace("\n", "") for c in columns)]
        for row in range(model.rowCount()):
            lines.append("\t".join(model.index(row, c).data() or "" for c in columns))
        QGuiApplication.clipboard().setText("\n".join(lines))
