"""结果看板: the ranked results table model and small display helpers.

Every number shown comes from ``session.result`` (``YearResult`` rows, already in
ranking order) or from ``session.year``; nothing is computed here beyond grouping
values for display.
"""
from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from ...domain.model import AssessmentYear
from ...domain.numbers import points_text, two_decimals
from ...domain.scoring import TownResult, YearResult
from ..common.cells import ALIGN_CENTRE, ALIGN_LEFT, ALIGN_RIGHT, ITEM_SELECTABLE, NO_ITEM_FLAGS

TOWN_CODE_ROLE = Qt.ItemDataRole.UserRole + 2
DISPLAY_ROLE = Qt.ItemDataRole.DisplayRole
HANDLED_ROLES = frozenset({DISPLAY_ROLE, TOWN_CODE_ROLE, Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.ForegroundRole,
                           Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ToolTipRole})

# Best grade first; the last grade (and the veto grade) gets the warm colour.
GRADE_COLOURS = ("#2e7d32", "#1f6fb2", "#e07b00", "#8e44ad", "#7f8c8d", "#c0392b")
VETO_COLOUR = QColor("#c62828")
INCOMPLETE_BACKGROUND = QColor("#fff3cd")








def grade_order(year: AssessmentYear, result: YearResult) -> list[str]:
    """Grade names best → worst, plus any other grade a row carries (a custom veto grade)."""
    names = [grade.name for grade in year.rules.grades]
    for row in result.rows:
        if row.grade not in names:
            names.append(row.grade)
    return names


def grade_colours(names: list[str]) -> dict[str, QColor]:
    return {name: QColor(GRADE_COLOURS[i % len(GRADE_COLOURS)]) for i, name in enumerate(names)}


# Column kinds of the table.
RANK, TOWN, CATEGORY, FULL, NORMALISED, BONUS, INSPECTION, FINAL, GRADE, VETO, COMPLETE, CLASS, ADJUSTMENT = range(13)
NUMERIC = {CATEGORY, FULL, NORMALISED, BONUS, INSPECTION, FINAL, ADJUSTMENT}


class ResultsTableModel(QAbstractTableModel):
    """One row per town in ranking order; columns: 排名, 镇街, one per category, totals.

    Clicking a header sorts here, in the model (``sort``): a QSortFilterProxyModel
    would call ``data()`` some 10 000 times on every refresh of a 500-town year,
    about half of the refresh budget, while a Python sort of the rows is instant.
    Sorting by 排名 ascending (the default) is the ranking order itself."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._ranked: tuple[TownResult, ...] = ()   # ranking order, as computed
        self._rows: tuple[TownResult, ...] = ()     # as displayed (sorted)
        self._sort: tuple[int, Qt.SortOrder] = (0, Qt.AscendingOrder)
        self._columns: list[tuple[int, Optional[str], str]] = []  # (kind, category code, header)
        self._colours: dict[str, QColor] = {}
        self._part_names: dict[str, str] = {}
        self._class_names: dict[str, str] = {}
        self._class_order: dict[str, int] = {}
        self._italic = QFont()
        self._italic.setItalic(True)
        self._bold = QFont()
        self._bold.setBold(True)
        self._bold_italic = QFont(self._italic)
        self._bold_italic.setBold(True)
        self._grade_brushes: dict[str, QBrush] = {}
        self._texts: dict[tuple[int, int], str] = {}
        self._veto_brush = QBrush(VETO_COLOUR)
        self._incomplete_brush = QBrush(INCOMPLETE_BACKGROUND)
        self._set_columns(None)

    # --- content -----------------------------------------------------------------

    def _set_columns(self, year: Optional[AssessmentYear]) -> None:
        """The columns of ``year``: a class column when it has classes, one per category."""
        by_class = year is not None and year.town_classes and year.rules.rank_by_class
        columns = [(RANK, None, self.tr("类内排名") if by_class else self.tr("排名")), (TOWN, None, year.unit_name(self.tr("镇街")) if year is not None else self.tr("镇街"))]
        if year is not None and year.town_classes:
            columns.append((CLASS, None, self.tr("类别")))
        for category in (year.categories if year is not None else ()):
            columns.append((CATEGORY, category.code, self.tr("{name}\n({points}分)").format(
                name=category.name, points=points_text(category.points))))
        columns += [
            (FULL, None, self.tr("适用满分")), (NORMALISED, None, self.tr("折算得分")),
            (BONUS, None, self.tr("加分")), (INSPECTION, None, self.tr("督查评估")),
            *([(ADJUSTMENT, None, self.tr("调整指标"))] if year is not None and year.adjustment_types else []),
            (FINAL, None, self.tr("最终得分")), (GRADE, None, self.tr("等次")),
            (VETO, None, self.tr("一票否决")), (COMPLETE, None, self.tr("数据完整")),
        ]
        self._columns = columns

    def set_result(self, year: Optional[AssessmentYear], result: Optional[YearResult]) -> None:
        self.beginResetModel()
        if year is None or result is None:
            self._ranked, self._colours, self._part_names = (), {}, {}
            self._class_names, self._class_order = {}, {}
            self._set_columns(None)
        else:
            self._ranked = result.rows
            self._set_columns(year)
            self._class_names = {c.code: c.name for c in year.town_classes}
            self._class_order = {c.code: n for n, c in enumerate(year.town_classes)}
            self._colours = grade_colours(grade_order(year, result))
            self._part_names = {part.code: indicator.part_name(part) for indicator, part in year.parts()}
        if self._sort[0] >= len(self._columns):
            self._sort = (0, Qt.AscendingOrder)
        self._grade_brushes = {name: QBrush(colour) for name, colour in self._colours.items()}
        self._rows = self._sorted()
        self._texts = {}
        self.endResetModel()

    def _sorted(self) -> tuple[TownResult, ...]:
        column, order = self._sort
        if column == 0 and order == Qt.AscendingOrder:
            return self._ranked
        kind, category, _ = self._columns[column]
        # Stable: equal values keep the ranking order.
        return tuple(sorted(self._ranked, key=lambda row: self._sort_key(row, kind, category),
                            reverse=order == Qt.DescendingOrder))

    def sort(self, column: int, order=Qt.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            return
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, Qt.SortOrder(order))
        self._rows = self._sorted()
        self._texts = {}
        self.layoutChanged.emit()

    def rows(self) -> tuple[TownResult, ...]:
        """The rows as displayed (ranking order unless the user sorted by a column)."""
        return self._rows

    def row_of(self, town_code: str) -> int:
        for position, row in enumerate(self._rows):
            if row.code == town_code:
                return position
        return -1

    def column_kind(self, column: int) -> int:
        return self._columns[column][0]

    def column_of(self, kind: int) -> int:
        return next(i for i, (k, _, _) in enumerate(self._columns) if k == kind)

    # --- Qt model interface ------------------------------------------------------

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt name
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt name
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 - Qt name
        if orientation != Qt.Horizontal or not 0 <= section < len(self._columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section][2]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return ALIGN_CENTRE
        return None

    def flags(self, index):
        return ITEM_SELECTABLE if index.isValid() else NO_ITEM_FLAGS

    def data(self, index, role=DISPLAY_ROLE):
        # A repaint asks every visible cell for about eight roles: answer the ones
        # the table does not use at once, and make each text once per result.
        if role not in HANDLED_ROLES or not index.isValid():
            return None
        if role == DISPLAY_ROLE:
            key = (index.row(), index.column())
            text = self._texts.get(key)
            if text is None:
                kind, category, _ = self._columns[key[1]]
                text = self._texts[key] = self._display(self._rows[key[0]], kind, category)
            return text
        row = self._rows[index.row()]
        kind, category, _ = self._columns[index.column()]
        if role == TOWN_CODE_ROLE:
            return row.code
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if kind in NUMERIC or kind == RANK:
                return ALIGN_RIGHT
            return ALIGN_CENTRE if kind in (GRADE, VETO, COMPLETE) else ALIGN_LEFT
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.vetoed:
                return self._veto_brush
            if kind == GRADE:
                return self._grade_brushes.get(row.grade)
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            if not row.complete and kind in (TOWN, COMPLETE):
                return self._incomplete_brush
            return None
        if role == Qt.ItemDataRole.FontRole:
            if kind in (FINAL, GRADE) or (kind == VETO and row.vetoed):
                return self._bold if row.complete else self._bold_italic
            return self._italic if not row.complete else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, kind)
        return None

    def _display(self, row: TownResult, kind: int, category: Optional[str]):
        if kind == RANK:
            return str(row.rank)
        if kind == TOWN:
            return row.name
        if kind == CLASS:
            return self._class_names.get(row.town_class, row.town_class or "")
        if kind == CATEGORY:
            return two_decimals(row.categories.get(category))
        if kind == FULL:
            return two_decimals(row.full)
        if kind == NORMALISED:
            return two_decimals(row.normalised)
        if kind == BONUS:
            return two_decimals(row.bonus)
        if kind == INSPECTION:
            return two_decimals(row.inspection)
        if kind == ADJUSTMENT:
            return two_decimals(row.adjustment)
        if kind == FINAL:
            return two_decimals(row.final)
        if kind == GRADE:
            return row.grade
        if kind == VETO:
            return self.tr("否决") if row.vetoed else ""
        if kind == COMPLETE:
            return self.tr("完整") if row.complete else self.tr("缺 {count} 项").format(count=len(row.missing_parts))
        return None

    def _sort_key(self, row: TownResult, kind: int, category: Optional[str]):
        if kind == RANK:
            return row.rank
        if kind == TOWN:
            return row.order
        if kind == CLASS:
            return self._class_order.get(row.town_class, len(self._class_order))
        if kind == CATEGORY:
            return float(row.categories.get(category, 0))
        if kind == GRADE:
            return row.rank  # grades follow the ranking (vetoed towns last)
        if kind == VETO:
            return int(row.vetoed)
        if kind == COMPLETE:
            return len(row.missing_parts)
        return float({FULL: row.full, NORMALISED: row.normalised, BONUS: row.bonus, INSPECTION: row.inspection,
                      ADJUSTMENT: row.adjustment, FINAL: row.final}[kind])

    def _tooltip(self, row: TownResult, kind: int):
        if kind == VETO and row.vetoed:
            return self.tr("一票否决：{reasons}").format(reasons="；".join(row.veto_reasons))
        if kind == COMPLETE and not row.complete:
            names = [f"{code} {self._part_names.get(code, '')}".strip() for code in row.missing_parts]
            return self.tr("未打分（按 0 分计）：\n{parts}").format(parts="\n".join(names))
        if kind == TOWN:
            return self.tr("{name}（{code}），单击查看得分构成").format(name=row.name, code=row.code)
        return None
