"""The rectification ledger (整改台账): each problem a town must fix, where it came from, who
answers for it, by when, and whether it was fixed and checked.

Pure rules, no storage: which problems a year's losses give (``problems_from_losses``), what
an entry must hold in each status (``entry_problems``), and the clock-dependent marks
(overdue, due soon) with the day passed in, so a test can set the clock.
"""
from __future__ import annotations

import dataclasses
import datetime as _dt
from dataclasses import dataclass
from typing import Callable, Iterable, Optional

from .losses import INSPECTION, PART, VETO, Loss
from .messages import QT_TRANSLATE_NOOP, Problem
from .model import AssessmentYear
from .numbers import parse_date_text, points_text

CONTEXT = "Ledger"

# Statuses in the order a problem goes through them.
OPEN, IN_PROGRESS, TO_VERIFY, CLOSED = "open", "in_progress", "to_verify", "closed"
STATUSES = (OPEN, IN_PROGRESS, TO_VERIFY, CLOSED)
STATUS_LABELS = {
    OPEN: QT_TRANSLATE_NOOP("Ledger", "待整改"),
    IN_PROGRESS: QT_TRANSLATE_NOOP("Ledger", "整改中"),
    TO_VERIFY: QT_TRANSLATE_NOOP("Ledger", "待核验"),
    CLOSED: QT_TRANSLATE_NOOP("Ledger", "已销号"),
}

# Where a problem came from; the first three are made from the year's losses.
SOURCE_PART, SOURCE_INSPECTION, SOURCE_VETO, SOURCE_VISIT, SOURCE_MANUAL = (
    "part", "inspection", "veto", "visit", "manual")
SOURCES = (SOURCE_VETO, SOURCE_INSPECTION, SOURCE_PART, SOURCE_VISIT, SOURCE_MANUAL)
SOURCE_LABELS = {
    SOURCE_VETO: QT_TRANSLATE_NOOP("Ledger", "一票否决"),
    SOURCE_INSPECTION: QT_TRANSLATE_NOOP("Ledger", "市级评估扣分"),
    SOURCE_PART: QT_TRANSLATE_NOOP("Ledger", "指标失分"),
    SOURCE_VISIT: QT_TRANSLATE_NOOP("Ledger", "实地检查"),
    SOURCE_MANUAL: QT_TRANSLATE_NOOP("Ledger", "手工录入"),
}

DEFAULT_REQUIREMENT = "对照问题逐项整改到位，举一反三，建立长效机制"
DUE_SOON_DAYS = 7
# Bounds that keep a ledger cell readable in a table, a letter and a spreadsheet cell.
MAX_TEXT = 2000


@dataclass(frozen=True, slots=True)
class LedgerEntry:
    """One problem to rectify. ``id`` is the stored row's number (None before it is stored);
    ``source_key`` ties a problem made from the losses to the loss it came from, so making the
    problems again adds only new ones."""

    town: str
    source: str
    description: str
    id: Optional[int] = None
    source_key: Optional[str] = None
    requirement: str = ""
    measures: str = ""
    leader: str = ""
    lead_unit: str = ""
    responsible_unit: str = ""
    deadline: Optional[str] = None  # ISO date
    status: str = OPEN
    completed_on: Optional[str] = None  # ISO date
    evidence: str = ""
    reviewer: str = ""
    review_note: str = ""
    letter_number: Optional[str] = None  # the feedback letter that sent it to the town
    letter_date: Optional[str] = None

    @property
    def closed(self) -> bool:
        return self.status == CLOSED


# The fields a person edits, in the order the ledger's table, form and spreadsheet show them.
EDITABLE_FIELDS = ("town", "source", "description", "requirement", "measures", "leader", "lead_unit",
                   "responsible_unit", "deadline", "status", "completed_on", "evidence", "reviewer", "review_note")
DATE_FIELDS = ("deadline", "completed_on", "letter_date")
# Every field kept of an entry but its number, in the order they are stored.
STORED_FIELDS = ("town", "source", "source_key", "description", "requirement", "measures", "leader", "lead_unit",
                 "responsible_unit", "deadline", "status", "completed_on", "evidence", "reviewer", "review_note",
                 "letter_number", "letter_date")
FIELD_LABELS = {
    "town": QT_TRANSLATE_NOOP("Ledger", "镇街"),
    "source": QT_TRANSLATE_NOOP("Ledger", "问题来源"),
    "description": QT_TRANSLATE_NOOP("Ledger", "问题"),
    "requirement": QT_TRANSLATE_NOOP("Ledger", "整改要求"),
    "measures": QT_TRANSLATE_NOOP("Ledger", "整改措施"),
    "leader": QT_TRANSLATE_NOOP("Ledger", "责任领导"),
    "lead_unit": QT_TRANSLATE_NOOP("Ledger", "牵头单位"),
    "responsible_unit": QT_TRANSLATE_NOOP("Ledger", "责任单位"),
    "deadline": QT_TRANSLATE_NOOP("Ledger", "整改时限"),
    "status": QT_TRANSLATE_NOOP("Ledger", "完成情况"),
    "completed_on": QT_TRANSLATE_NOOP("Ledger", "完成日期"),
    "evidence": QT_TRANSLATE_NOOP("Ledger", "佐证材料"),
    "reviewer": QT_TRANSLATE_NOOP("Ledger", "核验人"),
    "review_note": QT_TRANSLATE_NOOP("Ledger", "核验意见"),
    "letter_number": QT_TRANSLATE_NOOP("Ledger", "反馈函文号"),
    "letter_date": QT_TRANSLATE_NOOP("Ledger", "反馈函日期"),
    "source_key": QT_TRANSLATE_NOOP("Ledger", "来源标识"),
}


def iso_date(value) -> Optional[str]:
    """A date as typed (2024-06-30, 2024/6/30, 2024年6月30日, a ``date``) in ISO form; None if blank.
    Raises ValueError for text that is not a date."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    date = parse_date_text(value.strip() if isinstance(value, str) else value)
    if date is None:
        raise ValueError(value)
    return date.isoformat()


def entry_problems(entry: LedgerEntry, towns: Iterable[str], where: Callable[[str], str] = lambda field: "") -> list[Problem]:
    """What is wrong with an entry as it would be stored: an unknown town, source or status,
    a blank problem, a date that is not one, text too long, and a closing (销号) without its
    completion date, evidence and reviewer. ``where(field)`` places each problem (a cell)."""
    problems: list[Problem] = []

    def add(at: str, template: str, **params) -> None:
        problems.append(Problem(where(at), template, params, context=CONTEXT))

    if entry.town not in set(towns):
        add("town", QT_TRANSLATE_NOOP("Ledger", "镇街 {town} 不在本年度的镇街中"), town=entry.town)
    if entry.source not in SOURCES:
        add("source", QT_TRANSLATE_NOOP("Ledger", "问题来源“{source}”不是可选的来源"), source=entry.source)
    if entry.status not in STATUSES:
        add("status", QT_TRANSLATE_NOOP("Ledger", "完成情况“{status}”不是可选的状态（待整改、整改中、待核验、已销号）"),
            status=entry.status)
    if not entry.description.strip():
        add("description", QT_TRANSLATE_NOOP("Ledger", "问题描述不能为空"))
    for name in STORED_FIELDS:
        value = getattr(entry, name)
        if isinstance(value, str) and len(value) > MAX_TEXT:
            add(name, QT_TRANSLATE_NOOP("Ledger", "“{field}”超过 {limit} 个字，请精简"), field=FIELD_LABELS[name],
                limit=MAX_TEXT)
    for name in DATE_FIELDS:
        value = getattr(entry, name)
        if value is not None and parse_date_text(value) is None:
            add(name, QT_TRANSLATE_NOOP("Ledger", "“{field}”中的“{value}”不是日期（如 2024-06-30）"),
                field=FIELD_LABELS[name], value=value)
    if entry.closed:
        if not entry.completed_on:
            add("completed_on", QT_TRANSLATE_NOOP("Ledger", "销号须填写完成日期"))
        if not entry.evidence.strip():
            add("evidence", QT_TRANSLATE_NOOP("Ledger", "销号须有佐证材料（说明或附件）"))
        if not entry.reviewer.strip():
            add("reviewer", QT_TRANSLATE_NOOP("Ledger", "销号须由核验人核验并署名"))
    return problems


def is_overdue(entry: LedgerEntry, today: _dt.date) -> bool:
    """Not closed and its deadline has passed."""
    return not entry.closed and entry.deadline is not None and _dt.date.fromisoformat(entry.deadline) < today


def is_due_soon(entry: LedgerEntry, today: _dt.date, days: int = DUE_SOON_DAYS) -> bool:
    """Not closed and due today or within ``days`` days."""
    if entry.closed or entry.deadline is None:
        return False
    deadline = _dt.date.fromisoformat(entry.deadline)
    return today <= deadline <= today + _dt.timedelta(days=days)


def loss_key(loss: Loss, year: AssessmentYear, reason: Optional[str] = None) -> str:
    """What ties a problem to its loss across re-runs: the part and reason, the inspection type
    and round, the veto's reason (not list positions, which change when records are removed)."""
    if loss.source == VETO:
        return f"veto/{loss.indicator or ''}/{loss.reason or ''}"
    if loss.source == INSPECTION:
        record = year.inspections[loss.index]
        return f"inspection/{record.type}/{record.round if record.round is not None else ''}/{record.note or ''}"
    return f"part/{loss.part}/{reason if reason is not None else ''}"


def problems_from_losses(year: AssessmentYear, losses: dict[str, tuple[Loss, ...]],
                         existing: Iterable[LedgerEntry] = (), deadline: Optional[str] = None,
                         requirement: str = DEFAULT_REQUIREMENT) -> list[LedgerEntry]:
    """The problems a year's losses give that the ledger does not hold yet: every veto, every
    inspection round that cost points, and every deduction reason of a part (a part's note, or
    the plain fact of an unexplained loss, when it has no deduction). In town order, then in the
    order the letters list them."""
    held = {(entry.town, entry.source_key) for entry in existing if entry.source_key}
    departments = {d.code: d.name for d in year.departments}
    indicators = {i.code: i.name for i in year.indicators}
    inspection_types = {t.code: t.name for t in year.inspection_types}
    made: list[LedgerEntry] = []

    def add(town: str, source: str, key: str, description: str, lead_unit: str = "") -> None:
        if (town, key) in held:
            return
        held.add((town, key))
        made.append(LedgerEntry(town=town, source=source, source_key=key, description=description,
                                requirement=requirement, lead_unit=lead_unit, deadline=deadline))

    for town in year.towns:
        for loss in losses.get(town.code, ()):
            if loss.source == VETO:
                named = f"（{indicators[loss.indicator]}）" if loss.indicator in indicators else ""
                add(town.code, SOURCE_VETO, loss_key(loss, year),
                    f"一票否决{named}：{loss.reason or '未写明原因'}")
            elif loss.source == INSPECTION:
                record = year.inspections[loss.index]
                round_text = f"第{record.round}轮" if record.round is not None else ""
                what = inspection_types.get(record.type, record.type)
                add(town.code, SOURCE_INSPECTION, loss_key(loss, year),
                    f"{what}{round_text}被扣减{points_text(loss.points)}分" + (f"：{record.note}" if record.note else ""))
            elif loss.source == PART:
                indicator = indicators.get(loss.indicator, loss.indicator or "")
                department = departments.get(loss.department, loss.department or "")
                if loss.deductions:
                    for deduction in loss.deductions:
                        add(town.code, SOURCE_PART, loss_key(loss, year, deduction.reason),
                            f"{indicator}：{deduction.reason}（扣{points_text(deduction.points)}分）", department)
                elif (loss.note or "").strip():
                    add(town.code, SOURCE_PART, loss_key(loss, year, loss.note.strip()),
                        f"{indicator}：{loss.note.strip()}（失{points_text(loss.points)}分）", department)
                else:
                    add(town.code, SOURCE_PART, loss_key(loss, year),
                        f"{indicator}失{points_text(loss.points)}分（责任单位未说明失分原因）", department)
    return made


def with_changes(entry: LedgerEntry, **changes) -> LedgerEntry:
    """``entry`` with ``changes``; text trimmed, blank dates None, dates in ISO form (a date that is
    not one is kept as typed, for ``entry_problems`` to name)."""
    cleaned = {}
    for name, value in changes.items():
        if name in DATE_FIELDS:
            try:
                value = iso_date(value)
            except ValueError:
                value = str(value).strip()  # kept as typed: entry_problems names it
        elif isinstance(value, str):
            value = value.strip()
        cleaned[name] = value
    return dataclasses.replace(entry, **cleaned)


def counts_by(entries: Iterable[LedgerEntry], key, today: _dt.date) -> dict[str, dict[str, int]]:
    """Per value of ``key(entry)`` (a town, a unit): how many entries in each status, and how
    many are overdue, in the order the values first appear."""
    counts: dict[str, dict[str, int]] = {}
    for entry in entries:
        row = counts.setdefault(key(entry), {**{status: 0 for status in STATUSES}, "overdue": 0, "all": 0})
        row[entry.status] += 1
        row["all"] += 1
        row["overdue"] += is_overdue(entry, today)
    return counts


def entry_fingerprint(entry: LedgerEntry) -> str:
    """A short digest of what a person can change in an entry: a spreadsheet keeps the one of
    the entry it was exported from, so an import can tell the entry was changed meanwhile."""
    import hashlib
    import json

    values = [getattr(entry, name) for name in (*EDITABLE_FIELDS, "letter_number", "letter_date")]
    return hashlib.sha256(json.dumps(values, ensure_ascii=False).encode("utf-8")).hexdigest()[:16]
