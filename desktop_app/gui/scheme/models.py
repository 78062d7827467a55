"""Model of the 考核方案 tab: categories → indicators → scoring parts as a tree.

Built afresh from the (immutable) year on every refresh; the validation
problems of the year are attached to the nodes they name, so the tree shows in
red exactly where a sum does not add up.
"""
from __future__ import annotations

import re
from decimal import Decimal
from typing import Optional

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from ...domain.messages import QT_TRANSLATE_NOOP, Problem
from ...domain.model import ROUNDS_MEAN, ZERO, AssessmentYear
from ...domain.numbers import chinese_numeral, points_text
from ...domain.scheme_edit import SchemeEditError
from ...services import parse_score_text
from ..common.cells import ALIGN_RIGHT, ITEM_SELECTABLE, NO_ITEM_FLAGS

CATEGORY, INDICATOR, PART = "category", "indicator", "part"
NAME, POINTS, DEPARTMENT, METHOD, APPLIES = range(5)
PROBLEM_COLOUR = QColor("#b3261e")
VETO_COLOUR = QColor("#8e44ad")

_PATH = re.compile(r"^(categories|indicators)\[(\d+)\](?:\.parts\[(\d+)\])?")


class Node:
    __slots__ = ("kind", "code", "parent", "children", "row", "problems", "values")

    def __init__(self, kind: str, code: str, parent: Optional["Node"], row: int):
        self.kind = kind
        self.code = code
        self.parent = parent
        self.children: list[Node] = []
        self.row = row
        self.problems: list[str] = []
        self.values: list[str] = [""] * 5


class SchemeTreeModel(QAbstractItemModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.roots: list[Node] = []
        self._by_key: dict[tuple[str, str], Node] = {}
        self._problem_brush = QBrush(PROBLEM_COLOUR)
        self._veto_brush = QBrush(VETO_COLOUR)
        self._bold = QFont()
        self._bold.setBold(True)

    # --- contents ---------------------------------------------------------------------

    def load(self, year: Optional[AssessmentYear], problems: list[Problem], translate) -> None:
        self.beginResetModel()
        self.roots, self._by_key = [], {}
        if year is not None:
            self._build(year)
            self._attach(year, problems, translate)
        self.endResetModel()

    def _add(self, kind: str, code: str, parent: Optional[Node]) -> Node:
        siblings = parent.children if parent else self.roots
        node = Node(kind, code, parent, len(siblings))
        siblings.append(node)
        self._by_key[kind, code] = node
        return node

    def _build(self, year: AssessmentYear) -> None:
        tr = self.tr
        departments = {d.code: d.name for d in year.departments}
        town_count = len(year.towns)
        by_category: dict[str, list] = {}
        for indicator in year.indicators:
            by_category.setdefault(indicator.category, []).append(indicator)
        number = 0
        for position, category in enumerate(year.categories, start=1):
            node = self._add(CATEGORY, category.code, None)
            parts_sum = sum((i.points for i in by_category.get(category.code, ())), ZERO)
            node.values[NAME] = f"{chinese_numeral(position)}、{category.name}"
            node.values[POINTS] = points_text(category.points) if parts_sum == category.points else tr(
                "{points}（各部分合计 {sum}）").format(points=points_text(category.points), sum=points_text(parts_sum))
            for indicator in by_category.get(category.code, ()):
                number += 1
                child = self._add(INDICATOR, indicator.code, node)
                child.values[NAME] = f"{number}. {indicator.name}"
                child.values[POINTS] = tr("否决指标") if indicator.veto else points_text(indicator.points) \
                    if indicator.rounds is None else tr("{points}（分 {count} 轮，{how}）").format(
                        points=points_text(indicator.points), count=len(indicator.parts),
                        how=tr("取平均") if indicator.rounds == ROUNDS_MEAN else tr("累加"))
                child.values[DEPARTMENT] = "、".join(dict.fromkeys(departments.get(p.department, p.department)
                                                                   for p in indicator.parts))
                child.values[METHOD] = indicator.method or ""
                child.values[APPLIES] = tr("全部镇街") if indicator.applies_to is None else tr(
                    "{count}/{total} 个镇街").format(count=len(indicator.applies_to), total=town_count)
                for part in indicator.parts:
                    leaf = self._add(PART, part.code, child)
                    leaf.values[NAME] = tr("打分部分 {code}").format(code=part.code) if part.round is None else tr(
                        "{round} {code}").format(round=part.round, code=part.code)
                    leaf.values[POINTS] = points_text(part.points)
                    leaf.values[DEPARTMENT] = departments.get(part.department, part.department)
        # Indicators whose category is missing still show, under no heading.
        known = {c.code for c in year.categories}
        for indicator in year.indicators:
            if indicator.category not in known:
                node = self._add(INDICATOR, indicator.code, None)
                node.values[NAME] = indicator.name

    def _attach(self, year: AssessmentYear, problems: list[Problem], translate) -> None:
        for problem in problems:
            match = _PATH.match(problem.path)
            if not match:
                continue
            collection, index, part_index = match.group(1), int(match.group(2)), match.group(3)
            node = None
            if collection == "categories" and index < len(year.categories):
                node = self._by_key.get((CATEGORY, year.categories[index].code))
            elif collection == "indicators" and index < len(year.indicators):
                indicator = year.indicators[index]
                if part_index is not None and int(part_index) < len(indicator.parts):
                    node = self._by_key.get((PART, indicator.parts[int(part_index)].code))
                else:
                    node = self._by_key.get((INDICATOR, indicator.code))
            if node is not None:
                node.problems.append(problem.render(translate))

    def node(self, index: QModelIndex) -> Optional[Node]:
        return index.internalPointer() if index.isValid() else None

    def index_of(self, kind: str, code: str) -> QModelIndex:
        node = self._by_key.get((kind, code))
        return self.createIndex(node.row, 0, node) if node is not None else QModelIndex()

    def all_indexes(self):
        stack = list(reversed(self.roots))
        while stack:
            node = stack.pop()
            yield self.createIndex(node.row, 0, node)
            stack.extend(reversed(node.children))

    # --- Qt model interface -------------------------------------------------------------

    def index(self, row: int, column: int, parent=QModelIndex()) -> QModelIndex:
        siblings = self.node(parent).children if parent.isValid() else self.roots
        if 0 <= row < len(siblings) and 0 <= column < 5:
            return self.createIndex(row, column, siblings[row])
        return QModelIndex()

    def parent(self, index=QModelIndex()) -> QModelIndex:  # noqa: A003 - Qt name
        node = self.node(index)
        if node is None or node.parent is None:
            return QModelIndex()
        return self.createIndex(node.parent.row, 0, node.parent)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt name
        if parent.isValid():
            return len(self.node(parent).children) if parent.column() == 0 else 0
        return len(self.roots)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt name
        return 5

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 - Qt name
        if orientation == Qt.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("指标"), self.tr("分值"), self.tr("责任部门"), self.tr("考核方式"), self.tr("适用镇街"))[section]
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        node = self.node(index)
        if node is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return node.values[column]
        if role == Qt.ItemDataRole.ToolTipRole and node.problems:
            return "\n".join(node.problems)
        if role == Qt.ItemDataRole.ForegroundRole:
            if node.problems:
                return self._problem_brush
            if node.kind == INDICATOR and column == POINTS and node.values[POINTS] and not node.values[POINTS][0].isdigit():
                return self._veto_brush
            return None
        if role == Qt.ItemDataRole.FontRole and node.kind == CATEGORY:
            return self._bold
        if role == Qt.ItemDataRole.TextAlignmentRole and column == POINTS:
            return ALIGN_RIGHT
        return None

    def flags(self, index):
        return ITEM_SELECTABLE if index.isValid() else NO_ITEM_FLAGS


def parse_points(text: str) -> Decimal:
    """Points typed in a form: a number ≥ 0 with at most two decimals."""
    value = parse_score_text(text)
    if value < 0:
        raise SchemeEditError(QT_TRANSLATE_NOOP("SchemeEdit", "分值不能为负数"))
    return value
