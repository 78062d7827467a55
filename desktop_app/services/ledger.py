"""The rectification ledger's use cases: make the problems from a year's losses, add one by
hand, edit, close (销号: evidence and a reviewer, not a click), remove, and note which letter
sent each. Every change goes through ``Service._write`` (permission check, audit trail).

The ledger goes on after a year is finalised (towns rectify after the results are out), so its
changes are not refused on a finalised year, unlike the year's own data.
"""
from __future__ import annotations

import dataclasses
import datetime as _dt
from typing import Iterable, Optional

from ..domain.ledger import (
    CLOSED, EDITABLE_FIELDS, FIELD_LABELS, SOURCE_MANUAL, LedgerEntry, entry_problems, iso_date,
    problems_from_losses, with_changes,
)
from ..domain.losses import year_losses
from ..domain.messages import QT_TRANSLATE_NOOP, MessageError
from ..domain.scoring import compute
from ..storage import Store
from .base import Service


class LedgerError(MessageError):
    context = "Ledger"


class LedgerConflictError(LedgerError):
    """The entry was changed or removed by another window or process since it was shown."""


def _date(value, field: str) -> Optional[str]:
    try:
        return iso_date(value)
    except ValueError:
        raise LedgerError(QT_TRANSLATE_NOOP("Ledger", "“{field}”中的“{value}”不是日期（如 2024-06-30）"),
                          field=FIELD_LABELS[field], value=value) from None


class RectificationLedger(Service):
    """One year's ledger. ``today`` is the clock (injectable for tests)."""

    def __init__(self, store: Store, year: int, today=_dt.date.today):
        super().__init__(store)
        self.number = year
        self.today = today

    # --- reading --------------------------------------------------------------------------

    def entries(self) -> list[LedgerEntry]:
        """Every entry, in town order (towns no longer in the year last), then as made."""
        order = {town.code: position for position, town in enumerate(self.store.load_year(self.number).towns)}
        return sorted(self.store.ledger(self.number), key=lambda entry: (order.get(entry.town, len(order)), entry.id))

    def entry(self, entry_id: int) -> LedgerEntry:
        found = self.store.ledger_entry(self.number, entry_id)
        if found is None:
            raise LedgerConflictError(QT_TRANSLATE_NOOP("Ledger", "第 {id} 号问题已被删除（可能在另一窗口中），请刷新后再操作"),
                                      id=entry_id)
        return found

    def open_entries_of(self, town: str) -> list[LedgerEntry]:
        """A town's problems not yet closed, as its letter lists them."""
        return [entry for entry in self.open_entries() if entry.town == town]

    # --- checks ----------------------------------------------------------------------------

    def _refuse_unless_valid(self, entry: LedgerEntry) -> None:
        towns = [town.code for town in self.store.load_year(self.number).towns]
        problems = entry_problems(entry, towns)
        if problems:
            raise LedgerError(problems=problems)

    # --- writing --------------------------------------------------------------------------

    def generate(self, deadline=None) -> list[LedgerEntry]:
        """Make a problem of every loss of the year the ledger does not hold yet (each veto,
        inspection round that cost points, deduction reason); returns those made."""
        with self._write(action="ledger_generate"):
            year = self.store.load_year(self.number)
            losses = year_losses(year, compute(year))
            made = problems_from_losses(year, losses, self.store.ledger(self.number),
                                        deadline=_date(deadline, "deadline"))
            for entry in made:
                self._refuse_unless_valid(entry)
            ids = self.store.add_ledger_entries(self.number, made)
        return [dataclasses.replace(entry, id=entry_id) for entry, entry_id in zip(made, ids)]

    def add(self, town: str, description: str, source: str = SOURCE_MANUAL, **fields) -> LedgerEntry:
        """One problem entered by hand (or found on a field visit)."""
        entry = with_changes(LedgerEntry(town=town, source=source, description=""), description=description, **fields)
        self._refuse_unless_valid(entry)
        with self._write(action="ledger_add"):
            (entry_id,) = self.store.add_ledger_entries(self.number, [entry])
        return dataclasses.replace(entry, id=entry_id)

    def restore(self, *entries: LedgerEntry) -> list[LedgerEntry]:
        """Put back removed entries with all they held (undo of a removal), in one change; each
        gets a new number."""
        for entry in entries:
            self._refuse_unless_valid(entry)
        with self._write(action="ledger_add"):
            ids = self.store.add_ledger_entries(self.number, entries)
        return [dataclasses.replace(entry, id=entry_id) for entry, entry_id in zip(entries, ids)]

    def open_entries(self) -> list[LedgerEntry]:
        return [entry for entry in self.entries() if not entry.closed]

    def open_entries_by_town(self) -> dict[str, list[LedgerEntry]]:
        """Every town's problems not yet closed (for the letters)."""
        found: dict[str, list[LedgerEntry]] = {}
        for entry in self.open_entries():
            found.setdefault(entry.town, []).append(entry)
        return found

    def update(self, entry_id: int, based_on: Optional[LedgerEntry] = None, **changes) -> LedgerEntry:
        """Change these fields of one entry. With ``based_on`` (the entry as shown when the edit
        began), a field someone else changed since, to something else, refuses the edit instead
        of overwriting theirs; fields nobody touched are not written."""
        unknown = set(changes) - set(EDITABLE_FIELDS) - {"letter_number", "letter_date"}
        if unknown:
            raise LedgerError(QT_TRANSLATE_NOOP("Ledger", "不能修改的字段：{fields}"), fields="、".join(sorted(unknown)))
        with self._write(action="ledger_close" if changes.get("status") == CLOSED else "ledger_edit"):
            current = self.entry(entry_id)
            wanted = with_changes(current, **changes)
            fields = {name: getattr(wanted, name) for name in changes}
            if based_on is not None:
                for name, value in fields.items():
                    if getattr(current, name) != getattr(based_on, name) and getattr(current, name) != value:
                        raise LedgerConflictError(QT_TRANSLATE_NOOP(
                            "Ledger", "第 {id} 号问题已在另一窗口中被修改，请刷新后再改"), id=entry_id)
            self._refuse_unless_valid(wanted)
            self.store.update_ledger_entry(self.number, entry_id, fields)
        return wanted

    def close(self, entry_id: int, evidence: str, reviewer: str, completed_on=None, review_note: str = "",
              based_on: Optional[LedgerEntry] = None) -> LedgerEntry:
        """销号: the completion date (today if not given), the evidence of the fix and who checked it."""
        return self.update(entry_id, based_on=based_on, status=CLOSED, evidence=evidence, reviewer=reviewer,
                           completed_on=completed_on or self.today(), review_note=review_note)

    def remove(self, entry_ids: Iterable[int]) -> int:
        ids = list(entry_ids)
        with self._write(action="ledger_remove"):
            return self.store.delete_ledger_entries(self.number, ids)

    def record_letter(self, town: str, number: str, date) -> int:
        """The letter ``number`` of ``date`` sent the town's open problems: noted on each of them
        that no letter has sent yet. Returns how many were noted."""
        return self.record_letters({town: number}, date)

    def record_letters(self, numbers: dict, date) -> int:
        """``record_letter`` for several towns (town code -> letter number) in one change."""
        date_text = _date(date, "letter_date")
        to_note = [entry for entry in self.store.ledger(self.number)
                   if entry.town in numbers and not entry.closed and not entry.letter_number]
        if not to_note:
            return 0
        with self._write(action="ledger_letter"):
            for entry in to_note:
                self.store.update_ledger_entry(self.number, entry.id, {"letter_number": numbers[entry.town],
                                                                       "letter_date": date_text})
        return len(to_note)

    # --- the workbook -----------------------------------------------------------------------

    def export_workbook(self, path, translate=lambda context, text: text):
        from ..excel.ledger import write_ledger_workbook

        return write_ledger_workbook(self.store.load_year(self.number), self.entries(), path, translate=translate)

    def read_workbook(self, path, translate=lambda context, text: text):
        """What importing the workbook would change (nothing is written); ``SheetError`` for a
        file that is not this year's ledger."""
        from ..excel.ledger import read_ledger_workbook

        return read_ledger_workbook(path, self.store.load_year(self.number), self.store.ledger(self.number),
                                    translate=translate)

    def import_workbook(self, preview) -> dict[str, int]:
        """Apply a checked workbook in one change: all of it or, if any entry was changed or
        removed meanwhile, none."""
        if not preview.ok:
            raise LedgerError(problems=preview.problems)
        with self._write(action="ledger_import"):
            new = []
            for change in preview.changes:
                if change.entry_id is None:
                    new.append(change.after)
                    continue
                current = self.entry(change.entry_id)
                if current != change.before:
                    raise LedgerConflictError(QT_TRANSLATE_NOOP(
                        "Ledger", "第 {id} 号问题在读取台账之后已被修改，请重新导入"), id=change.entry_id)
                self.store.update_ledger_entry(self.number, change.entry_id, change.fields)
            self.store.add_ledger_entries(self.number, new)
        return preview.counts()
