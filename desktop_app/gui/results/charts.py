"""结果看板 charts.

Qt Charts (PySide6.QtCharts) ships with PySide6, which the application already
needs, so the charts add no dependency (matplotlib would be a large extra one for
the offline installer) and they are ordinary widgets: hover tips, clicks, themes
and the application font (CJK) work like everywhere else in the window.

Both charts show towns in ranking order, the values straight from
``session.result``. For a large year only the first ``BAR_LIMIT`` towns get bars
(the chart title says so): 500 bars would be unreadable and slow to lay out, and
the table above still lists every town.
"""
from __future__ import annotations

import math
from typing import Optional

from PySide6.QtCharts import QBarCategoryAxis, QBarSet, QChart, QChartView, QStackedBarSeries, QValueAxis
from PySide6.QtCore import QMargins, Qt, Signal
from PySide6.QtGui import QColor, QCursor, QFont, QPainter
from PySide6.QtWidgets import QToolTip

from ...domain.model import AssessmentYear
from ...domain.numbers import points_text, two_decimals
from ...domain.scoring import TownResult, YearResult
from .models import grade_colours, grade_order

BAR_LIMIT = 60          # towns beyond this are not drawn (see the module docstring)
SHORT_NAME_LIMIT = 25   # up to this many towns the labels are short names, horizontal
CATEGORY_COLOURS = ("#4e79a7", "#f28e2b", "#59a14f", "#b07aa1", "#76b7b2", "#edc948", "#ff9da7", "#9c755f")
SUFFIXES = ("街道", "镇", "乡")


def axis_labels(rows: tuple[TownResult, ...]) -> tuple[list[str], int]:
    """Unique category-axis labels and their angle.

    Up to SHORT_NAME_LIMIT towns: names without 镇/街道/乡 (八颗街道 → 八颗), written
    horizontally, which reads best in Chinese; more towns: full names turned
    vertical so that 60 fit. Labels must be unique for QBarCategoryAxis."""
    if len(rows) <= SHORT_NAME_LIMIT:
        labels = []
        for row in rows:
            short = row.name
            for suffix in SUFFIXES:
                if short.endswith(suffix) and len(short) - len(suffix) >= 2:
                    short = short[:-len(suffix)]
                    break
            labels.append(short)
        angle = 0
    else:
        labels, angle = [row.name for row in rows], -90
    seen: dict[str, int] = {}
    unique = []
    for label, row in zip(labels, rows):
        if label in seen:
            label = f"{row.name}({row.code})"
        seen[label] = 1
        unique.append(label)
    return unique, angle


def set_axis_range(axis: QValueAxis, bottom: float, high: float) -> None:
    """From ``bottom`` to a round value at or above ``high``, with ticks on round values."""
    span = max(high - bottom, 1.0)
    magnitude = 10 ** math.floor(math.log10(span))
    step = next(m * magnitude / 10 for m in (1, 2, 2.5, 5, 10, 20, 25, 50, 100) if span / (m * magnitude / 10) <= 7)
    steps = max(1, math.ceil(span / step - 1e-9))
    axis.setRange(bottom, bottom + steps * step)
    axis.setTickCount(steps + 1)
    axis.setLabelFormat("%.0f" if step >= 1 else "%.1f")


class _TownBarChart(QChartView):
    """A stacked bar chart over towns in ranking order; one QBarSet per legend entry."""

    townClicked = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setRenderHint(QPainter.Antialiasing)
        self.setMinimumHeight(180)
        chart = QChart()
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setBackgroundRoundness(0)
        chart.legend().setAlignment(Qt.AlignTop)
        chart.setAnimationOptions(QChart.NoAnimation)
        self.setChart(chart)
        self.town_axis = QBarCategoryAxis()
        self.value_axis = QValueAxis()
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() - 1))
        chart.setTitleFont(small)
        chart.legend().setFont(small)
        self.town_axis.setLabelsFont(small)
        self.value_axis.setLabelsFont(small)
        chart.addAxis(self.town_axis, Qt.AlignBottom)
        chart.addAxis(self.value_axis, Qt.AlignLeft)
        self.series: Optional[QStackedBarSeries] = None
        self.rows: tuple[TownResult, ...] = ()   # the towns that have bars
        self.total = 0                           # towns in the year
        self.note = ""

    @property
    def truncated(self) -> bool:
        return len(self.rows) < self.total

    def bar_sets(self) -> list[QBarSet]:
        return list(self.series.barSets()) if self.series is not None else []

    def _reset(self, result: Optional[YearResult]) -> None:
        chart = self.chart()
        chart.removeAllSeries()
        self.series = None
        rows = result.rows if result else ()
        self.total = len(rows)
        self.rows = rows[:BAR_LIMIT]
        self.note = self.tr("仅显示前 {shown} 名（共 {total} 个镇街），完整名单见上方表格").format(
            shown=len(self.rows), total=self.total) if self.truncated else ""
        chart.setTitle(self.note)

    def set_note(self, text: str) -> None:
        """A line above the plot: the truncation note and the chart's own remark."""
        self.note = "；".join(t for t in (self.note, text) if t)
        self.chart().setTitle(self.note)

    def _install(self, series: QStackedBarSeries) -> None:
        labels, angle = axis_labels(self.rows)
        series.setBarWidth(0.7)
        series.hovered.connect(self._on_hovered)
        series.clicked.connect(self._on_clicked)
        self.chart().addSeries(series)
        if self.town_axis.categories() != labels:  # appending 60 labels costs more than the bars
            self.town_axis.clear()
            self.town_axis.append(labels)
        self.town_axis.setLabelsAngle(angle)
        self.town_axis.setTruncateLabels(False)
        series.attachAxis(self.town_axis)
        series.attachAxis(self.value_axis)
        self.series = series

    def _on_clicked(self, index: int, barset: QBarSet) -> None:
        if 0 <= index < len(self.rows):
            self.townClicked.emit(self.rows[index].code)

    def _on_hovered(self, status: bool, index: int, barset: QBarSet) -> None:
        if status and 0 <= index < len(self.rows):
            QToolTip.showText(QCursor.pos(), self.hover_text(self.rows[index], barset), self)
        else:
            QToolTip.hideText()

    def hover_text(self, row: TownResult, barset: QBarSet) -> str:  # pragma: no cover - overridden
        return row.name


class ScoreChart(_TownBarChart):
    """Final scores in ranking order, one bar set per grade so the legend shows the grades.

    The sets are stacked with zeros for the other grades, so each town has a single
    full-width bar in its grade's colour."""

    def set_result(self, year: Optional[AssessmentYear], result: Optional[YearResult]) -> None:
        self._reset(result)
        if year is None or not self.rows:
            self.town_axis.clear()
            return
        grades = grade_order(year, result)
        colours = grade_colours(grades)
        series = QStackedBarSeries()
        finals = [float(row.final) for row in self.rows]
        for grade in grades:
            bar_set = QBarSet(grade)
            bar_set.setColor(colours[grade])
            bar_set.setBorderColor(colours[grade])
            bar_set.append([value if row.grade == grade else 0.0 for row, value in zip(self.rows, finals)])
            series.append(bar_set)
        self._install(series)
        # The bars start at a round value below the lowest score so that differences of
        # a few points stay visible; the axis title says where the axis starts.
        low, high = min(finals), max(finals)
        bottom = 0.0 if low <= 10 else math.floor((low - 1) / 10) * 10
        if low < 0:
            bottom = math.floor(low / 10) * 10
        set_axis_range(self.value_axis, bottom, max(high, bottom + 10))
        self.set_note(self.tr("纵轴自 {bottom} 分起，便于看清分差").format(bottom=f"{bottom:.0f}") if bottom else "")

    def hover_text(self, row: TownResult, barset: QBarSet) -> str:
        text = self.tr("{rank}. {name}：{final}（{grade}）").format(
            rank=row.rank, name=row.name, final=two_decimals(row.final), grade=row.grade)
        if row.vetoed:
            text += self.tr("，一票否决")
        if not row.complete:
            text += self.tr("，临时结果")
        return text


class BreakdownChart(_TownBarChart):
    """Category subtotals stacked per town.

    Stacked raw subtotals were chosen over percentages of each category's points:
    the stack's height is the town's raw score, so the chart reads as "what the score
    is made of" next to the ranking chart, and every segment is a number of
    ``session.result`` as it is. Percentages would have to be computed in the window
    from each town's applicable points (partial indicators make them differ)."""

    def set_result(self, year: Optional[AssessmentYear], result: Optional[YearResult]) -> None:
        self._reset(result)
        if year is None or not self.rows:
            self.town_axis.clear()
            return
        series = QStackedBarSeries()
        self._categories = {}
        for position, category in enumerate(year.categories):
            bar_set = QBarSet(self.tr("{name}({points}分)").format(
                name=category.name, points=points_text(category.points)))
            colour = QColor(CATEGORY_COLOURS[position % len(CATEGORY_COLOURS)])
            bar_set.setColor(colour)
            bar_set.setBorderColor(colour)
            bar_set.append([float(row.categories.get(category.code, 0)) for row in self.rows])
            series.append(bar_set)
            self._categories[bar_set.label()] = category
        self._install(series)
        set_axis_range(self.value_axis, 0, max(float(max(row.full for row in self.rows)), 10.0))

    def hover_text(self, row: TownResult, barset: QBarSet) -> str:
        category = self._categories.get(barset.label())
        if category is None:
            return row.name
        return self.tr("{name} · {category}：{value}").format(
            name=row.name, category=category.name, value=two_decimals(row.categories.get(category.code)))
