"""The ledger's table, its filter and its counts (model/view: the rows are the service's entries)."""
from __future__ import annotations

import datetime as _dt
from typing import Callable, Optional

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor

from ...domain.messages import QT_TRANSLATE_NOOP
from ...domain.ledger import (
    SOURCE_LABELS, STATUS_LABELS, STATUSES, LedgerEntry, counts_by, is_due_soon, is_overdue,
)
from ..common.cells import ALIGN_CENTRE, ALIGN_LEFT, ITEM_SELECTABLE, NO_ITEM_FLAGS

OVERDUE = QColor("#f6d5d3")
DUE_SOON = QColor("#fff0c2")
CLOSED_TEXT = QColor("#6b6b6b")


def _tr(text: str) -> str:
    return QCoreApplication.translate("Ledger", text)


class LedgerModel(QAbstractTableModel):
    """One row per entry; overdue rows red, rows due within seven days amber (by ``today()``)."""

    # (field, header, alignment, width in characters; 0: takes the room left)
    COLUMNS = (
        ("id", QT_TRANSLATE_NOOP("Ledger", "编号"), ALIGN_CENTRE, 4),
        ("town", QT_TRANSLATE_NOOP("Ledger", "镇街"), ALIGN_CENTRE, 6),
        ("source", QT_TRANSLATE_NOOP("Ledger", "问题来源"), ALIGN_CENTRE, 6),
        ("description", QT_TRANSLATE_NOOP("Ledger", "问题"), ALIGN_LEFT, 0),
        ("lead_unit", QT_TRANSLATE_NOOP("Ledger", "牵头单位"), ALIGN_CENTRE, 7),
        ("deadline", QT_TRANSLATE_NOOP("Ledger", "整改时限"), ALIGN_CENTRE, 7),
        ("status", QT_TRANSLATE_NOOP("Ledger", "完成情况"), ALIGN_CENTRE, 5),
    )

    def __init__(self, today: Callable[[], _dt.date], parent=None):
        super().__init__(parent)
        self.today = today
        self.entries: list[LedgerEntry] = []
        self.town_names: dict[str, str] = {}
        self._day = today()

    def load(self, entries, town_names: dict[str, str]) -> None:
        self.beginResetModel()
        self.entries, self.town_names, self._day = list(entries), dict(town_names), self.today()
        self.endResetModel()

    def entry(self, row: int) -> LedgerEntry:
        return self.entries[row]

    def row_of(self, entry_id: int) -> int:
        return next((row for row, entry in enumerate(self.entries) if entry.id == entry_id), -1)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt name
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt name
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 - Qt name
        if orientation == Qt.Horizontal and role == Qt.ItemDataRole.DisplayRole and section < len(self.COLUMNS):
            return _tr(self.COLUMNS[section][1])
        return None

    def text(self, entry: LedgerEntry, name: str) -> str:
        if name == "id":
            return str(entry.id)
        if name == "town":
            return self.town_names.get(entry.town, entry.town)
        if name == "source":
            return _tr(SOURCE_LABELS.get(entry.source, entry.source))
        if name == "status":
            return _tr(STATUS_LABELS.get(entry.status, entry.status))
        if name == "description":
            return entry.description.replace("\n", " ")
        return getattr(entry, name) or ""

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        entry = self.entries[index.row()]
        name, _, alignment, _ = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(entry, name)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return alignment
        if role == Qt.ItemDataRole.BackgroundRole:
            if is_overdue(entry, self._day):
                return QBrush(OVERDUE)
            if is_due_soon(entry, self._day):
                return QBrush(DUE_SOON)
            return None
        if role == Qt.ItemDataRole.ForegroundRole and entry.closed:
            return QBrush(CLOSED_TEXT)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tip(entry)
        return None

    def tip(self, entry: LedgerEntry) -> str:
        lines = [entry.description]
        if entry.deadline and not entry.closed:
            days = (_dt.date.fromisoformat(entry.deadline) - self._day).days
            if days < 0:
                lines.append(_tr("已逾期 {days} 天").format(days=-days))
            elif days <= 7:
                lines.append(_tr("{days} 天后到期").format(days=days) if days else _tr("今天到期"))
        if entry.letter_number:
            lines.append(_tr("由反馈函 {number}（{date}）送达").format(number=entry.letter_number, date=entry.letter_date or ""))
        return "\n".join(lines)

    def flags(self, index):
        return ITEM_SELECTABLE if index.isValid() else NO_ITEM_FLAGS


class LedgerFilter(QSortFilterProxyModel):
    """Rows of one town, one unit (lead or responsible, by part of its name), one status, or the overdue."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.town: Optional[str] = None
        self.unit = ""
        self.status: Optional[str] = None
        self.overdue_only = False

    def set_filter(self, town: Optional[str], unit: str, status: Optional[str], overdue_only: bool) -> None:
        if hasattr(self, "endFilterChange"):  # Qt 6.10 and later; invalidateFilter is deprecated there
            self.beginFilterChange()
            self.town, self.unit, self.status, self.overdue_only = town, unit.strip(), status, overdue_only
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
            return
        self.town, self.unit, self.status, self.overdue_only = town, unit.strip(), status, overdue_only
        self.invalidateFilter()

    def filterAcceptsRow(self, row: int, parent: QModelIndex) -> bool:  # noqa: N802 - Qt name
        model: LedgerModel = self.sourceModel()
        entry = model.entries[row]
        if self.town and entry.town != self.town:
            return False
        if self.status and entry.status != self.status:
            return False
        if self.unit and self.unit not in entry.lead_unit and self.unit not in entry.responsible_unit:
            return False
        if self.overdue_only and not is_overdue(entry, model._day):
            return False
        return True


class CountsModel(QAbstractTableModel):
    """Per town or per unit: how many problems in each status, and how many are overdue."""

    def __init__(self, first_header: str, parent=None):
        super().__init__(parent)
        self.first_header = first_header
        self.rows: list[tuple[str, dict]] = []

    def load(self, entries, key: Callable[[LedgerEntry], str], today: _dt.date) -> None:
        self.beginResetModel()
        self.rows = [(name, counts) for name, counts in counts_by(entries, key, today).items()]
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt name
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt name
        return 0 if parent.isValid() else 3 + len(STATUSES)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 - Qt name
        if orientation != Qt.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = [self.first_header, _tr("合计"), *(_tr(STATUS_LABELS[s]) for s in STATUSES), _tr("逾期")]
        return headers[section] if section < len(headers) else None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        name, counts = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return name
            keys = ["all", *STATUSES, "overdue"]
            return str(counts[keys[column - 1]])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return ALIGN_LEFT if column == 0 else ALIGN_CENTRE
        if role == Qt.ItemDataRole.ForegroundRole and column == 2 + len(STATUSES) and counts["overdue"]:
            return QBrush(QColor("#b3261e"))
        return None

    def flags(self, index):
        return ITEM_SELECTABLE if index.isValid() else NO_ITEM_FLAGS
