"""Evidence files (佐证材料) attached to what a year records: a ledger problem and its close-out,
a score's deductions, a bonus or veto record. Each file is kept in the database with its name,
size, SHA-256 and who added it; a file too large or of a kind no office opens is refused with
the reason. Opening writes a copy to a temporary folder for the system's viewer."""
from __future__ import annotations

import hashlib
import tempfile
from pathlib import Path
from typing import Optional

from ..domain.follow_up import MAX_FILE_BYTES, file_name_problem
from ..domain.messages import QT_TRANSLATE_NOOP, MessageError
from ..storage import Store
from .base import Service

MAX_BYTES = MAX_FILE_BYTES


RECORD_TABLES = {"bonus": "bonuses", "veto": "vetoes"}


class AttachmentError(MessageError):
    context = "Attachments"


def ledger_owner(entry_id: int) -> str:
    return f"ledger:{entry_id}"


def score_owner(town: str, part: str) -> str:
    return f"score:{town}/{part}"


def split_score_owner(owner: str) -> tuple[str, str]:
    """(town, part) of ``score:TOWN/PART``: the town ends at the first "/" (the year file's pattern)."""
    town, _, part = owner[len("score:"):].partition("/")
    return town, part


class Attachments(Service):
    def __init__(self, store: Store, year: int):
        super().__init__(store)
        self.number = year

    def list(self, owner: Optional[str] = None) -> list[dict]:
        return self.store.attachments(self.number, owner)

    def record_owner(self, kind: str, position: int) -> Optional[str]:
        """The owner of the files of the ``position``-th bonus (``kind`` "bonus") or veto record."""
        ids = self.store.record_ids(self.number, RECORD_TABLES[kind])
        return f"{kind}:{ids[position]}" if 0 <= position < len(ids) else None

    def names_by_owner(self) -> dict[str, list[str]]:
        """Every owner's file names (for the letters and the upward workbook); a register record's
        by its place in the year's register (``bonus:#3``), as the documents know it."""
        places = self.store.record_places(self.number)
        found: dict[str, list[str]] = {}
        for item in self.list():
            found.setdefault(places.get(item["owner"], item["owner"]), []).append(item["name"])
        return found

    def names(self, owner: str) -> list[str]:
        return [item["name"] for item in self.list(owner)]

    def add(self, owner: str, path) -> dict:
        """Keep the file at ``path`` as evidence of ``owner``; returns its record."""
        path = Path(path)
        refused = file_name_problem(path.name, 0)
        if refused is None:
            try:
                size = path.stat().st_size
                refused = file_name_problem(path.name, size)
                data = b"" if refused is not None else path.read_bytes()
            except OSError as error:
                raise AttachmentError(QT_TRANSLATE_NOOP("Attachments", "无法读取“{name}”：{reason}"),
                                      name=path.name, reason=error.strerror or str(error)) from None
            if refused is None:
                refused = file_name_problem(path.name, len(data))  # grew while being read
        if refused is not None:
            raise AttachmentError(problems=[refused])
        self._refuse_unknown_owner(owner)
        digest = hashlib.sha256(data).hexdigest()
        with self._write(self._year_if_frozen_with(owner), action="add_attachment", departments=self._departments_of(owner)):
            attachment_id = self.store.add_attachment(self.number, owner, path.name, data, digest)
        return next(item for item in self.list(owner) if item["id"] == attachment_id)

    def _refuse_unknown_owner(self, owner: str) -> None:
        """A file belongs to a problem, an appeal or a score cell of this year that exists."""
        kind, _, key = owner.partition(":")
        if kind == "ledger":
            known = key.isdigit() and self.store.ledger_entry(self.number, int(key)) is not None
        elif kind == "appeal":
            known = key.isdigit() and any(a.id == int(key) for a in self.store.appeals(self.number))
        elif kind in RECORD_TABLES:
            known = key.isdigit() and int(key) in self.store.record_ids(self.number, RECORD_TABLES[kind])
        elif kind == "score":
            town, part = split_score_owner(owner)
            year = self.store.load_year(self.number)
            known = any(p.code == part and i.applies(town) and not i.veto for i, p in year.parts()) and \
                town in {t.code for t in year.towns}
        else:
            known = False
        if not known:
            raise AttachmentError(QT_TRANSLATE_NOOP("Attachments", "佐证材料所属的“{owner}”不存在（可能已被删除）"),
                                  owner=owner)

    def _year_if_frozen_with(self, owner: str) -> Optional[int]:
        """A score's and an appeal's files are part of the year's results (the letters name them):
        they change no more once the year is finalised. A ledger problem's files do."""
        return None if owner.startswith("ledger:") else self.number

    def data(self, attachment_id: int) -> bytes:
        data = self.store.attachment_data(self.number, attachment_id)
        if data is None:
            raise AttachmentError(QT_TRANSLATE_NOOP("Attachments", "佐证文件已被删除（可能在另一窗口中）"))
        return data

    def copy_for_viewing(self, attachment_id: int) -> Path:
        """A copy of the file in a temporary folder of its own, under its own name, to open."""
        item = next((item for item in self.list() if item["id"] == attachment_id), None)
        if item is None:
            raise AttachmentError(QT_TRANSLATE_NOOP("Attachments", "佐证文件已被删除（可能在另一窗口中）"))
        folder = Path(tempfile.mkdtemp())
        target = folder / Path(item["name"]).name
        target.write_bytes(self.data(attachment_id))
        return target

    def remove(self, attachment_id: int) -> bool:
        item = next((item for item in self.list() if item["id"] == attachment_id), None)
        owner = item["owner"] if item is not None else ""
        with self._write(self._year_if_frozen_with(owner), action="remove_attachment",
                         departments=self._departments_of(owner)):
            return self.store.delete_attachment(self.number, attachment_id)

    def _departments_of(self, owner: str) -> set[str]:
        """Whose data a file belongs to: a score's department (its operator may attach to it);
        anything else is the bureau's (no department: administrators only)."""
        if not owner.startswith("score:"):
            return set()
        _, part = split_score_owner(owner)
        year = self.store.load_year(self.number)
        return {p.department for _, p in year.parts() if p.code == part}
