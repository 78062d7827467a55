"""Models of the 部门打分 tab: the towns × parts grid and the itemised deductions.

The grid shows what is stored: ``scores`` is the dict built once per refresh by
``YearSession.score_map()``; ``data()`` is a dictionary look-up per cell, so a
500-town × 60-part sheet costs one dict build per change, not a scan per cell.
Writes are not done here: ``setData`` hands the typed text to the tab
(``commit``), which calls the session and records the undo step.
"""
from __future__ import annotations

from typing import Callable, Optional

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont

from ...domain.model import ROUNDS_MEAN, Deduction, Indicator, Part, Score, Town
from ...domain.numbers import points_text, to_text
from ...services import EntryError, parse_score_text
from ..common.cells import ALIGN_CENTRE, ALIGN_RIGHT, ITEM_EDITABLE, ITEM_SELECTABLE, NO_ITEM_FLAGS

GRID_ROLES = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.TextAlignmentRole,
                        Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole,
                        Qt.ItemDataRole.ToolTipRole})
NOT_APPLICABLE_BACKGROUND = QColor("#e3e3e3")
NOT_APPLICABLE_FOREGROUND = QColor("#8a8a8a")
MISSING_BACKGROUND = QColor("#fff7dc")
LOCKED_BACKGROUND = QColor("#f1f4f8")
# A stored score that no longer fits its part (points lowered, deductions that do not add up).
UNFIT_BACKGROUND = QColor("#fde2e0")
UNFIT_FOREGROUND = QColor("#b3261e")




class EntryGridModel(QAbstractTableModel):
    """Rows: the year's towns in town order; columns: one department's parts."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.towns: tuple[Town, ...] = ()
        self.columns: list[tuple[Indicator, Part]] = []
        self.scores: dict[tuple[str, str], Score] = {}
        # (town, part) -> why the stored score does not fit, from the year's state
        self.unfit: dict[tuple[str, str], str] = {}
        self.locked = False
        self.commit: Optional[Callable[[int, int, str], bool]] = None
        self.last_commit_ok = True
        self._italic = QFont()
        self._italic.setItalic(True)
        self._applies: list[Optional[frozenset]] = []
        self._row_of: dict[str, int] = {}
        self._column_of: dict[str, int] = {}

    # --- contents -----------------------------------------------------------------

    def reset(self, towns, columns, scores: dict, locked: bool) -> None:
        """Another department or year: a new shape."""
        self.beginResetModel()
        self.towns = tuple(towns)
        self.columns = list(columns)
        self.scores = scores
        self.locked = locked
        self._applies = [None if indicator.applies_to is None else frozenset(indicator.applies_to)
                         for indicator, _ in self.columns]
        self._row_of = {town.code: row for row, town in enumerate(self.towns)}
        self._column_of = {part.code: column for column, (_, part) in enumerate(self.columns)}
        self.endResetModel()

    def update(self, scores: dict, locked: bool) -> None:
        """Same shape, new values: one dataChanged keeps the current cell and selection."""
        self.scores = scores
        self.locked = locked
        if self.towns and self.columns:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.towns) - 1, len(self.columns) - 1))

    def town(self, row: int) -> Town:
        return self.towns[row]

    def part(self, column: int) -> Part:
        return self.columns[column][1]

    def indicator(self, column: int) -> Indicator:
        return self.columns[column][0]

    def applies(self, row: int, column: int) -> bool:
        codes = self._applies[column]
        return codes is None or self.towns[row].code in codes

    def score(self, row: int, column: int) -> Optional[Score]:
        return self.scores.get((self.towns[row].code, self.columns[column][1].code))

    def cell(self, row: int, column: int) -> tuple[str, str]:
        return self.towns[row].code, self.columns[column][1].code

    def index_of(self, town: str, part: str) -> QModelIndex:
        row, column = self._row_of.get(town), self._column_of.get(part)
        if row is None or column is None:
            return QModelIndex()
        return self.index(row, column)

    # --- Qt model -------------------------------------------------------------------

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt name
        return 0 if parent.isValid() else len(self.towns)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt name
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        # Roles the grid does not use (asked for every visible cell on each repaint) end here.
        if role not in GRID_ROLES or not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            score = self.score(row, column)
            if score is not None:
                return f"{score.score:.2f}"
            return "" if self.applies(row, column) else "—"
        if role == Qt.ItemDataRole.EditRole:
            score = self.score(row, column)
            return to_text(score.score) if score is not None else ""
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return ALIGN_RIGHT if self.applies(row, column) else ALIGN_CENTRE
        if role == Qt.ItemDataRole.BackgroundRole:
            if not self.applies(row, column):
                return NOT_APPLICABLE_BACKGROUND
            if self.unfit and self.cell(row, column) in self.unfit:
                return UNFIT_BACKGROUND
            if self.locked:
                return LOCKED_BACKGROUND
            if self.score(row, column) is None:
                return MISSING_BACKGROUND
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if not self.applies(row, column):
                return NOT_APPLICABLE_FOREGROUND
            return UNFIT_FOREGROUND if self.unfit and self.cell(row, column) in self.unfit else None
        if role == Qt.ItemDataRole.FontRole:
            score = self.score(row, column)
            if score is not None and (score.deductions or score.note):
                return self._italic
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.cell_tip(row, column)
        return None

    def cell_tip(self, row: int, column: int) -> str:
        town, (indicator, part) = self.towns[row], self.columns[column]
        if not self.applies(row, column):
            return self.tr("“{indicator}”不适用于{town}，不打分").format(indicator=indicator.name, town=town.name)
        lines = [self.tr("{town} / {part}：允许范围 0～{points}，最多两位小数").format(
            town=town.name, part=part.code, points=points_text(part.points))]
        score = self.score(row, column)
        if score is not None:
            for deduction in score.deductions:
                lines.append(self.tr("扣分：{reason} {points}").format(reason=deduction.reason, points=f"{deduction.points:.2f}"))
            if score.note:
                lines.append(self.tr("备注：{note}").format(note=score.note))
        problem = self.unfit.get(self.cell(row, column))
        if problem:
            lines.append(self.tr("需修改：{problem}").format(problem=problem))
        if self.locked:
            lines.append(self.tr("已提交，只读"))
        return "\n".join(lines)

    def flags(self, index: QModelIndex):
        if not index.isValid():
            return NO_ITEM_FLAGS
        flags = ITEM_SELECTABLE
        if not self.locked and self.applies(index.row(), index.column()):
            flags |= ITEM_EDITABLE
        return flags

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802 - Qt name
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or not (self.flags(index) & ITEM_EDITABLE):
            self.last_commit_ok = False
            return False
        ok = bool(self.commit(index.row(), index.column(), "" if value is None else str(value))) if self.commit else False
        self.last_commit_ok = ok
        return ok

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802 - Qt name
        if orientation == Qt.Horizontal:
            if section >= len(self.columns):
                return None
            indicator, part = self.columns[section]
            name = indicator.part_name(part)
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr("{name}\n{code}（{points}分）").format(
                    name=name, code=part.code, points=points_text(part.points))
            if role == Qt.ItemDataRole.ToolTipRole:
                lines = [self.tr("{code} {name}：{points} 分").format(
                    code=part.code, name=name, points=points_text(part.points))]
                if part.round is not None:
                    lines.append(self.tr("分轮次考核：全年得分取各轮{how}，不超过 {points} 分").format(
                        how=self.tr("平均（保留两位小数）") if indicator.rounds == ROUNDS_MEAN else self.tr("之和"),
                        points=points_text(indicator.points)))
                if indicator.method:
                    lines.append(self.tr("方式：{method}").format(method=indicator.method))
                if indicator.content:
                    lines.append(indicator.content)
                if indicator.applies_to is not None:
                    lines.append(self.tr("仅适用于部分镇街（{count} 个）").format(count=len(indicator.applies_to)))
                return "\n".join(lines)
            return None
        if section >= len(self.towns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.towns[section].name
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.towns[section].code
        return None


class DeductionModel(QAbstractTableModel):
    """The current cell's itemised deductions (reason + points), edited in place.

    Rows are drafts until every row has a reason and points; ``edited`` tells the
    panel to write them (score = points − Σ deductions, computed by the session).
    """

    edited = Signal()
    refused = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[list] = []  # [reason, points (Decimal or None)]

    def load(self, deductions) -> None:
        self.beginResetModel()
        self.rows = [[d.reason, d.points] for d in deductions]
        self.endResetModel()

    def complete(self) -> bool:
        return all(reason and points is not None for reason, points in self.rows)

    def finished(self) -> tuple[Deduction, ...]:
        """The rows with both a reason and points (half-typed rows left out)."""
        return tuple(Deduction(reason, points) for reason, points in self.rows if reason and points is not None)

    def deductions(self) -> tuple[Deduction, ...]:
        return tuple(Deduction(reason, points) for reason, points in self.rows)

    def add_row(self) -> int:
        row = len(self.rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self.rows.append(["", None])
        self.endInsertRows()
        return row

    def remove_row(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.rows[row]
            self.endRemoveRows()
            self.edited.emit()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt name
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt name
        return 0 if parent.isValid() else 2

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        reason, points = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return reason
            return f"{points:.2f}" if points is not None else ""
        if role == Qt.ItemDataRole.EditRole:
            if index.column() == 0:
                return reason
            return to_text(points) if points is not None else ""
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return ALIGN_RIGHT
        if role == Qt.ItemDataRole.BackgroundRole and (not reason if index.column() == 0 else points is None):
            return MISSING_BACKGROUND
        return None

    def flags(self, index: QModelIndex):
        if not index.isValid():
            return NO_ITEM_FLAGS
        return ITEM_SELECTABLE | ITEM_EDITABLE

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802 - Qt name
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        text = "" if value is None else str(value).strip()
        row = self.rows[index.row()]
        if index.column() == 0:
            if text == row[0]:
                return True
            row[0] = text
        else:
            if text:
                try:
                    points = parse_score_text(text)
                except EntryError as error:
                    self.refused.emit(error.render(QCoreApplication.translate))
                    return False
            else:
                points = None
            if points == row[1]:
                return True
            row[1] = points
        self.dataChanged.emit(index, index)
        self.edited.emit()
        return True

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802 - Qt name
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Horizontal:
            return (self.tr("扣分原因"), self.tr("扣分"))[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None
