"""Automatic rotating backups of the database, and restoring one.

A backup is taken with SQLite's backup API while the database stays in use, checked with
``integrity_check`` before it is kept, and named after the database, the time and why it
was taken. Kept: the latest ``KEEP_LATEST``, and the latest of each day for ``KEEP_DAYS``
days. Taken at start, after every ``ACTIVE_INTERVAL`` of work, before an import, a
finalisation and a restore. The folder is a setting of the database (a USB drive, say).
"""
from __future__ import annotations

import datetime as dt
import glob
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Optional

from ..domain.messages import QT_TRANSLATE_NOOP, MessageError
from ..paths import data_dir
from ..storage import BackupSummary, Store, read_backup
from .base import Service

KEEP_LATEST = 20
KEEP_DAYS = 30
ACTIVE_INTERVAL = dt.timedelta(minutes=30)
FOLDER_KEY = "backup_folder"
REASONS = {
    "start": QT_TRANSLATE_NOOP("Backup", "启动时"),
    "interval": QT_TRANSLATE_NOOP("Backup", "定时"),
    "import": QT_TRANSLATE_NOOP("Backup", "导入前"),
    "finalise": QT_TRANSLATE_NOOP("Backup", "审定前"),
    "restore": QT_TRANSLATE_NOOP("Backup", "恢复前"),
    "manual": QT_TRANSLATE_NOOP("Backup", "手动"),
}
_NAME = re.compile(r"^(?P<stem>.+)-(?P<when>\d{8}-\d{6})(?:-(?P<n>\d+))?-(?P<reason>[a-z]+)\.db$")


class BackupError(MessageError):
    context = "Backup"


@dataclass(frozen=True)
class Backup:
    path: Path
    taken: dt.datetime
    reason: str


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


class Backups(Service):
    """The backups of one database. ``clock`` is injectable for tests."""

    def __init__(self, store: Store, clock: Callable[[], dt.datetime] = _now):
        super().__init__(store)
        self.clock = clock

    # --- where ---------------------------------------------------------------------

    def folder(self) -> Path:
        configured = self.store.get_setting(FOLDER_KEY)
        if configured:
            return Path(configured)
        return data_dir() / "backups" / self.store.path.stem

    def set_folder(self, folder: Optional[str]) -> None:
        """Keep backups in ``folder`` from now on (None: the default beside the user's data)."""
        if folder:
            path = Path(folder)
            try:
                path.mkdir(parents=True, exist_ok=True)
                probe = path / ".write-test"
                probe.write_bytes(b"")
                probe.unlink()
            except OSError as exc:
                raise BackupError(QT_TRANSLATE_NOOP("Backup", "备份文件夹 {folder} 无法写入：{reason}"),
                                  folder=str(path), reason=exc.strerror or str(exc)) from None
        with self._write(action="set_backup_folder"):
            self.store.set_setting(FOLDER_KEY, str(Path(folder)) if folder else None)

    # --- taking and keeping ----------------------------------------------------------

    def take(self, reason: str) -> Backup:
        """A checked copy of the database now, then the old copies beyond the rules removed."""
        assert reason in REASONS, reason
        folder = self.folder()
        taken = self.clock()
        stamp = taken.strftime("%Y%m%d-%H%M%S")
        # Two in one second are numbered, so the list keeps the order they were taken in.
        same_second = list(folder.glob(f"{glob.escape(self.store.path.stem)}-{stamp}-*.db")) if folder.is_dir() else []
        number = len(same_second) + 1
        target = folder / (f"{self.store.path.stem}-{stamp}-{reason}.db" if number == 1
                           else f"{self.store.path.stem}-{stamp}-{number}-{reason}.db")
        try:
            self.store.backup_to(target)
        except OSError as exc:
            raise BackupError(QT_TRANSLATE_NOOP("Backup", "无法在 {folder} 中写入备份：{reason}。数据库本身未受影响。"),
                              folder=str(folder), reason=exc.strerror or str(exc)) from None
        self.prune()
        return Backup(target, taken, reason)

    def list(self) -> list[Backup]:
        """This database's backups in its folder, newest first."""
        folder = self.folder()
        if not folder.is_dir():
            return []
        found = []
        for path in folder.iterdir():
            match = _NAME.match(path.name)
            if match and match["stem"] == self.store.path.stem and match["reason"] in REASONS:
                found.append((int(match["n"] or 1), Backup(
                    path, dt.datetime.strptime(match["when"], "%Y%m%d-%H%M%S"), match["reason"])))
        return [backup for _, backup in sorted(found, key=lambda item: (item[1].taken, item[0]), reverse=True)]

    def prune(self) -> list[Path]:
        """Remove the backups the rules do not keep; returns them."""
        backups = self.list()
        keep = {b.path for b in backups[:KEEP_LATEST]}
        oldest_day = self.clock().date() - dt.timedelta(days=KEEP_DAYS - 1)
        seen_days = set()
        for backup in backups:  # newest first: the first of each day is that day's latest
            day = backup.taken.date()
            if day >= oldest_day and day not in seen_days:
                seen_days.add(day)
                keep.add(backup.path)
        removed = [b.path for b in backups if b.path not in keep]
        for path in removed:
            path.unlink(missing_ok=True)
        return removed

    def due(self, last: Optional[dt.datetime], changed_since: bool) -> bool:
        """Whether the interval backup is due: there was work since the last one, and long enough ago."""
        return changed_since and (last is None or self.clock() - last >= ACTIVE_INTERVAL)

    # --- restoring ---------------------------------------------------------------------

    @staticmethod
    def summary(path) -> BackupSummary:
        return read_backup(path)

    def restore(self, path) -> Backup:
        """Replace the database's contents with the backup at ``path``, after backing up the
        current contents (returned, so the restore itself can be undone)."""
        read_backup(path)  # refuse a damaged or foreign file before anything changes
        self.refuse_unless_permitted("restore_backup")  # asked of the accounts in the file being replaced
        before = self.take("restore")
        self.store.restore_from(Path(path))
        # The restored file may hold other accounts: the entry names who restored it, already checked above.
        with self.store.transaction():
            self.store.describe_change("restore_backup", str(path))
            self.store.note_change("database", Path(path).name, None, "restore", str(before.path))
        return before
