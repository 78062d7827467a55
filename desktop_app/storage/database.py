"""The SQLite store: open with checks, migrate, and read or write whole years.

Every write runs inside ``Database.atomic()`` so it lands whole or not at all.
"""
from __future__ import annotations

import contextlib
import dataclasses
import difflib
import functools
import gc
import getpass
import hashlib
import json
import sqlite3
from decimal import Decimal
from pathlib import Path
from typing import Optional

import sqlite_utils

from ..atomicfile import replace_atomically
from ..domain.messages import QT_TRANSLATE_NOOP, MessageError
from ..domain.model import (
    AssessmentYear, Bonus, BonusType, Category, Deduction, Department, Grade, Indicator,
    Adjustment, AdjustmentType, Consequence, GradeLimit, RollUp, RollUpPart, SubUnit, Inspection, InspectionType, LimitFlag, Part, Rules, Score, Town, TownClass,
    Veto,
)
from ..domain.appeals import APPEAL_COLUMNS, Appeal
from ..domain.follow_up import EvidenceFile, FollowUp
from ..domain.ledger import LedgerEntry
from ..domain.numbers import parse_decimal
from ..jsontext import dumps_json
from .migrations import LEDGER_COLUMNS, MIGRATIONS

SCHEMA_VERSION = len(MIGRATIONS)
CONTEXT = "Storage"
BUSY_TIMEOUT = 5.0  # seconds


def require_transactions(library) -> None:
    """Every write runs in ``Database.atomic()`` (sqlite-utils 4.0 and later): refuse an older
    library when the program starts instead of failing at the first write."""
    if not hasattr(library.Database, "atomic"):
        raise ImportError("the installed sqlite-utils is too old: version 4.0 or later is needed")


require_transactions(sqlite_utils)


class StorageError(MessageError):
    """A database problem, with a message the office staff can act on."""

    context = CONTEXT


class YearExistsError(StorageError):
    pass


class YearNotFoundError(StorageError):
    pass


class DatabaseBusyError(StorageError):
    """Another process kept the database locked for writing longer than the busy timeout."""


# The audit trail (migration 6): the hash before the first entry, and the names of changes made
# without this program (caught by the triggers, found at the start of the next transaction).
AUDIT_GENESIS = "0" * 64
EXTERNAL_OPERATOR = "（其他程序）"
EXTERNAL_ACTION = "external"
YEAR_TABLES = ("grades", "departments", "categories", "towns", "indicators", "parts", "scores", "deductions",
               "bonus_types", "bonuses", "inspection_types", "inspections", "vetoes", "department_submissions",
               "town_classes", "adjustment_types", "adjustments", "grade_limits", "limit_flags", "rollup_parts", "rollups")


def audit_hash(previous: str, entry: tuple) -> str:
    """An audit entry's hash: of the entry before it and of everything it says, so an edited,
    removed or inserted entry breaks the chain from there on."""
    text = json.dumps([previous, *entry], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclasses.dataclass(frozen=True)
class BackupSummary:
    """What a backup file holds, read without changing it."""
    schema_version: int
    years: tuple[tuple[int, str, int, int], ...]  # (year, title, towns, scores)
    audit_entries: int


def _read_only(path: Path) -> sqlite3.Connection:
    """A connection that cannot change the file (no WAL switch, no side files written)."""
    return sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)


def _version_and_tables(connection: sqlite3.Connection) -> tuple[int, set[str]]:
    version = connection.execute("PRAGMA user_version").fetchone()[0]
    return version, {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def read_backup(path) -> BackupSummary:
    """Check a backup (or any database file) read-only: it must be sound and this program's."""
    path = Path(path)
    if not path.is_file():
        raise StorageError(QT_TRANSLATE_NOOP("Storage", "找不到备份文件 {path}"), path=str(path))
    try:
        connection = _read_only(path)
        try:
            check = [row[0] for row in connection.execute("PRAGMA integrity_check").fetchall()]
            if check != ["ok"]:
                raise StorageError(QT_TRANSLATE_NOOP("Storage", "备份文件 {path} 已损坏（{detail}），不能使用。"),
                                   path=str(path), detail="; ".join(check[:3]))
            version, tables = _version_and_tables(connection)
            if version == 0 or "years" not in tables:
                raise StorageError(QT_TRANSLATE_NOOP("Storage", "{path} 不是本程序的数据库或备份。"), path=str(path))
            if version > SCHEMA_VERSION:
                raise StorageError(QT_TRANSLATE_NOOP("Storage", "备份 {path} 由较新版本的程序创建（结构版本 {found}，本程序支持 {known}），请升级程序后再使用。"),
                                   path=str(path), found=version, known=SCHEMA_VERSION)
            years = tuple(tuple(row) for row in connection.execute(
                "SELECT y.year, y.title, (SELECT COUNT(*) FROM towns WHERE year_id = y.id),"
                " (SELECT COUNT(*) FROM scores WHERE year_id = y.id) FROM years y ORDER BY y.year"))
            audit = connection.execute("SELECT COUNT(*) FROM audit_log").fetchone()[0] if "audit_log" in tables else 0
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        raise StorageError(QT_TRANSLATE_NOOP("Storage", "无法读取备份文件 {path}：{reason}"),
                           path=str(path), reason=str(exc)) from None
    return BackupSummary(version, years, audit)


def _known_failure(exc: sqlite3.Error, path: Path) -> Optional[StorageError]:
    """A true message for the failures an office meets (not "damaged" when the file is fine)."""
    text = str(exc).lower()
    if "readonly" in text:  # "attempt to write a readonly database"
        return StorageError(QT_TRANSLATE_NOOP("Storage", "数据库 {path} 或其所在文件夹是只读的，无法写入；本次修改未保存。请检查文件和文件夹的权限（或是否在只读的 U 盘、光盘上）。"),
                            path=str(path))
    if "disk is full" in text:  # "database or disk is full"
        return StorageError(QT_TRANSLATE_NOOP("Storage", "磁盘已满，无法写入数据库 {path}；本次修改未保存，已有数据完好。请清理磁盘空间后再试。"),
                            path=str(path))
    if "unable to open" in text:
        return StorageError(QT_TRANSLATE_NOOP("Storage", "无法打开数据库 {path}（文件夹不存在、没有权限或被其他程序占用）。"),
                            path=str(path))
    if "disk i/o error" in text:
        return StorageError(QT_TRANSLATE_NOOP("Storage", "读写数据库 {path} 时磁盘出错；本次修改未保存。请检查磁盘或 U 盘是否已拔出。"),
                            path=str(path))
    return None


def system_account() -> str:
    """The operating-system account, named for changes made before anyone signs in."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no name for this user id (a container, a service account)
        return "unknown"


def _text(value) -> Optional[str]:
    return None if value is None else format(value, "f")


_NOW = "strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')"


def _now_text(db) -> str:
    return db.execute(f"SELECT {_NOW}").fetchone()[0]


def _json_list(items) -> Optional[str]:
    return dumps_json(list(items), indent=0) if items else None


def _weights_json(weights) -> Optional[str]:
    return None if not weights else dumps_json({name: _text(weight) for name, weight in weights}, indent=0)


def _units_json(units) -> str:
    """A roll-up's units as JSON, numbers as exact decimal text."""
    return dumps_json([{"name": u.name, "final": _text(u.final), "full": _text(u.full), "class": u.class_name}
                       for u in units], indent=0)


def _dec(text):
    return None if text is None else parse_decimal(text)


def _statements(script: str):
    """The statements of a migration one by one (a trigger's body holds semicolons of its own)."""
    pending = ""
    for piece in script.split(";"):
        pending += piece + ";"
        if sqlite3.complete_statement(pending):
            if pending.strip(" \n;"):
                yield pending
            pending = ""
    if pending.strip(" \n;"):
        yield pending


@contextlib.contextmanager
def _gc_paused():
    """Building tens of thousands of small records would trigger the cyclic
    collector over and over; they hold no cycles, so pause it meanwhile."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


class Store:
    """One database file. Use as a context manager or call ``close()``."""

    def __init__(self, path, *, check_integrity: bool = True, busy_timeout: float = BUSY_TIMEOUT,
                 operator: Optional[str] = None, create: bool = True):
        self.path = Path(path)
        self._refuse_unless_ours(create)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StorageError(QT_TRANSLATE_NOOP("Storage", "无法建立文件夹 {folder}：{reason}"),
                               folder=str(self.path.parent), reason=exc.strerror or str(exc)) from None
        self.busy_timeout = busy_timeout
        # Who the audit trail names for this connection's changes (the signed-in operator).
        self.operator = operator or system_account()
        # The signed-in account (services.accounts.Operator), None before anyone signs in; set by the services.
        self.signed_in = None
        self._audit_ready = False  # the audit tables exist (after migration 6)
        self._change: tuple[Optional[str], Optional[str]] = (None, None)  # (action, reason) of this transaction
        self._audit_summaries: list[tuple] = []
        self._write_generation = 0
        self._depth = 0
        self._pending_cache: list = []
        self._year_cache: dict[int, tuple[tuple[int, int], AssessmentYear]] = {}
        try:
            self.db = sqlite_utils.Database(self.path)
            self.db.execute("PRAGMA foreign_keys = ON")
            # How long a write waits for another process's write to finish before it is refused.
            self.db.execute(f"PRAGMA busy_timeout = {int(busy_timeout * 1000):d}")
            if check_integrity:
                self._check_integrity()
            self._migrate()
            self._audit_ready = True
        except sqlite3.DatabaseError as exc:
            self._close_quietly()
            known = _known_failure(exc, self.path)
            if known is not None:
                raise known from None
            raise StorageError(QT_TRANSLATE_NOOP("Storage", "无法打开数据库 {path}：{reason}。该文件已损坏，请从备份恢复。"),
                               path=str(self.path), reason=str(exc)) from None
        except StorageError:
            self._close_quietly()
            raise

    # --- lifecycle -------------------------------------------------------------

    def _refuse_unless_ours(self, create: bool) -> None:
        """Look at the file before SQLite touches it: a missing file is made only when asked,
        and an empty file, another program's file or another application's SQLite
        database is refused without a byte changed."""
        path = self.path
        if not path.exists():
            if create:
                return
            raise StorageError(QT_TRANSLATE_NOOP("Storage", "找不到数据库文件 {path}。请检查路径；如要新建数据库，请在窗口中选择“新建数据库”或导入一个年度文件。"),
                               path=str(path))
        if path.is_dir():
            raise StorageError(QT_TRANSLATE_NOOP("Storage", "{path} 是文件夹，不是数据库文件。"), path=str(path))
        try:
            with open(path, "rb") as file:
                header = file.read(100)
        except OSError as exc:
            raise StorageError(QT_TRANSLATE_NOOP("Storage", "无法读取数据库文件 {path}：{reason}"),
                               path=str(path), reason=exc.strerror or str(exc)) from None
        if not header:
            if create:
                return
            raise StorageError(QT_TRANSLATE_NOOP("Storage", "{path} 是空文件，不是本程序的数据库。"), path=str(path))
        if not header.startswith(b"SQLite format 3\x00"):
            raise StorageError(QT_TRANSLATE_NOOP("Storage", "{path} 不是数据库文件（可能是其他程序的文件），未作任何更改。"),
                               path=str(path))
        try:
            probe = _read_only(path)
            try:
                version, tables = _version_and_tables(probe)
            finally:
                probe.close()
        except sqlite3.DatabaseError:
            return  # damaged: the integrity check that follows says so
        if version == 0 and tables:
            raise StorageError(QT_TRANSLATE_NOOP("Storage", "{path} 是其他程序的 SQLite 数据库，不是本程序的数据库，未作任何更改。"),
                               path=str(path))

    def _close_quietly(self) -> None:
        try:
            self.db.close()
        except Exception:  # noqa: BLE001 - already reporting the real problem
            pass

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _check_integrity(self) -> None:
        result = [row[0] for row in self.db.execute("PRAGMA quick_check").fetchall()]
        if result != ["ok"]:
            raise StorageError(QT_TRANSLATE_NOOP("Storage", "数据库 {path} 完整性检查未通过（{detail}），请从备份恢复。"),
                               path=str(self.path), detail="; ".join(result[:3]))

    def _migrate(self) -> None:
        version = self.db.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise StorageError(QT_TRANSLATE_NOOP("Storage", "数据库 {path} 由较新版本的程序创建（结构版本 {found}，本程序支持 {known}），请升级程序后再打开。"),
                               path=str(self.path), found=version, known=SCHEMA_VERSION)
        if version == SCHEMA_VERSION:
            return
        if self.db.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            self.db.execute("PRAGMA journal_mode = WAL")
        with self.transaction():
            for number in range(version, SCHEMA_VERSION):
                for statement in _statements(MIGRATIONS[number]):
                    self.db.execute(statement)
            # PRAGMA cannot take a bound parameter; the value is our own integer.
            self.db.execute(f"PRAGMA user_version = {SCHEMA_VERSION:d}")

    def backup_to(self, target) -> BackupSummary:
        """A consistent copy of the whole database, taken while it stays in use and checked
        (``integrity_check``) before it replaces ``target``."""
        summary = []

        def copy(temporary: Path) -> None:
            destination = sqlite3.connect(temporary)
            try:
                self.db.conn.backup(destination)
                # One self-contained file (the copy would otherwise inherit WAL mode and its side files).
                destination.execute("PRAGMA journal_mode = DELETE")
            finally:
                destination.close()
            summary.append(read_backup(temporary))
        replace_atomically(target, copy)
        return summary[0]

    def restore_from(self, backup: Path) -> None:
        """Make this database a copy of ``backup`` (checked first with ``read_backup``), in
        place and while open; then bring it to this program's schema."""
        read_backup(backup)
        source = _read_only(Path(backup))
        try:
            source.backup(self.db.conn)
        finally:
            source.close()
        self._year_cache.clear()
        self._audit_ready = False  # an older backup has no audit tables until it is migrated
        self._migrate()
        self._audit_ready = True

    @property
    def schema_version(self) -> int:
        return self.db.execute("PRAGMA user_version").fetchone()[0]

    @contextlib.contextmanager
    def transaction(self):
        """One transaction (a savepoint when nested): all of it lands, or none.

        The outermost one takes the write lock first (``BEGIN IMMEDIATE``): what it reads
        is then the latest committed state and stays so until it commits, so a change
        worked out from those reads cannot undo another process's change."""
        outermost = self._depth == 0
        if outermost:
            self._begin_immediate()
            self._change, self._audit_summaries = (None, None), []
            if self._audit_ready:
                self._flush_audit(external=True)  # changes another tool made since the last transaction
        start = self._data_stamp() if outermost else None
        pending_before = len(self._pending_cache)
        self._depth += 1
        committed = False
        try:
            if outermost:
                yield
                if self._audit_ready:
                    self._flush_audit()
                self.db.execute("COMMIT")
            else:
                with self.db.atomic():
                    yield
            committed = True
        except sqlite3.OperationalError as exc:
            known = _known_failure(exc, self.path) if outermost else None
            if known is None:
                raise
            raise known from None
        finally:
            self._depth -= 1
            if outermost and not committed and self.db.conn.in_transaction:
                self.db.execute("ROLLBACK")
            if not committed:  # a rolled-back savepoint takes its cache changes with it
                del self._pending_cache[pending_before:]
            if outermost:
                self._write_generation += 1
                pending, self._pending_cache = self._pending_cache, []
                now = self._data_stamp() if committed else None
                # Patch only what was current when this began, and only if no other connection has committed since.
                if now is not None and now[1] == start[1]:
                    for year, change in pending:
                        self._apply_to_cache(year, change, start, now)
                else:
                    self._year_cache.clear()

    # --- the audit trail -----------------------------------------------------------------

    def describe_change(self, action: str, reason: Optional[str] = None) -> None:
        """Name what the current transaction does (and why) for its audit entries."""
        assert self._depth > 0, "describe_change outside a transaction"
        if self._change[0] is None:  # the outermost change names it: an undo that sets scores is an undo
            self._change = (action, reason)

    def note_change(self, target: str, key: Optional[str], year: Optional[int], change: str,
                    new_value: Optional[str] = None) -> None:
        """An audit entry for an act that changes no row (a seal used on a document)."""
        assert self._depth > 0, "note_change outside a transaction"
        self._audit_summaries.append((target, change, year, key, None, new_value, None))

    @contextlib.contextmanager
    def _recorded_as_one(self, year: int, change: str):
        """A whole year deleted or inserted as one audit entry with the count of its rows
        (counted before a delete, after an insert) instead of an entry per row."""
        rows = self._row_count(self._require_year_id(year)) if change == "delete" else None
        self.db.execute("UPDATE audit_context SET capture = 0 WHERE id = 1")
        try:
            yield
        finally:
            self.db.execute("UPDATE audit_context SET capture = 1 WHERE id = 1")
        if rows is None:
            rows = self._row_count(self._require_year_id(year))
        self._audit_summaries.append(("years", change, year, str(year), None, None, rows))

    def _flush_audit(self, external: bool = False) -> None:
        """Move the changes the triggers caught into audit_log, each with who, when, why and
        the hash chained to the entry before it. ``external``: caught before this program's
        transaction began, so made by another tool."""
        conn = self.db.conn
        pending = [(*row, None) for row in conn.execute(
            "SELECT target, change, year, key, old_value, new_value FROM audit_pending ORDER BY id")]
        if not external:
            pending += self._audit_summaries  # reset when the next transaction begins
        if not pending:
            return
        if external:
            operator, (action, reason) = EXTERNAL_OPERATOR, (EXTERNAL_ACTION, None)
        else:
            operator, (action, reason) = self.operator, self._change
        last = conn.execute("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
        previous = last[0] if last else AUDIT_GENESIS
        at = _now_text(self.db)
        rows = []
        for target, change, year, key, old, new, count in pending:
            entry = (at, operator, action, year, target, key, change, old, new, reason, count)
            digest = audit_hash(previous, entry)
            rows.append((*entry, previous, digest))
            previous = digest
        conn.executemany(
            "INSERT INTO audit_log (at, operator, action, year, target, key, change, old_value, new_value, reason,"
            " rows, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        conn.execute("DELETE FROM audit_pending")

    def audit_entries(self, year: Optional[int] = None, *, key: Optional[str] = None) -> list[dict]:
        """The audit trail, oldest first: of one year, of one key (e.g. ``T01/I01``) or of all."""
        where, params = [], []
        if year is not None:
            where.append("year = ?")
            params.append(year)
        if key is not None:
            where.append("(key = ? OR key LIKE ? ESCAPE '\\')")
            params += [key, key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "#%"]
        sql = ("SELECT id, at, operator, action, year, target, key, change, old_value, new_value, reason, rows"
               " FROM audit_log" + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY id")
        names = ("id", "at", "operator", "action", "year", "target", "key", "change", "old_value", "new_value",
                 "reason", "rows")
        return [dict(zip(names, row)) for row in self.db.execute(sql, params)]

    def verify_audit(self) -> list[tuple[Optional[int], str]]:
        """Every break in the audit trail: (entry id, "edited" | "missing before" | "unrecorded")."""
        problems: list[tuple[Optional[int], str]] = []
        previous = AUDIT_GENESIS
        with self.reading():
            for id_, *entry, prev_hash, digest in self.db.execute(
                    "SELECT id, at, operator, action, year, target, key, change, old_value, new_value, reason, rows,"
                    " prev_hash, hash FROM audit_log ORDER BY id"):
                if prev_hash != previous:
                    problems.append((id_, "missing before"))
                if audit_hash(prev_hash, tuple(entry)) != digest:
                    problems.append((id_, "edited"))
                previous = digest
            unrecorded = self.db.execute("SELECT COUNT(*) FROM audit_pending").fetchone()[0]
            if unrecorded:
                problems.append((None, "unrecorded"))
        return problems

    def _begin_immediate(self) -> None:
        if self.db.conn.in_transaction:  # a read snapshot (``reading``) cannot become a write
            raise RuntimeError("a write inside Store.reading()")
        try:
            self.db.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc):  # SQLITE_BUSY reads "database is locked"
                known = _known_failure(exc, self.path)
                if known is None:
                    raise
                raise known from None
            raise DatabaseBusyError(QT_TRANSLATE_NOOP(
                "Storage", "数据库 {path} 正由另一个程序（另一窗口或命令行）写入，等待 {seconds} 秒后仍未完成。"
                           "本次修改未保存，请稍后再试。"), path=str(self.path), seconds=f"{self.busy_timeout:g}") from None

    @contextlib.contextmanager
    def reading(self):
        """Several reads that must see one committed state (a whole year, its submissions
        and finalisation): one read transaction, never a mix of two versions."""
        if self.db.conn.in_transaction:  # inside a write or another read: already one state
            yield
            return
        self.db.execute("BEGIN")
        try:
            yield
        finally:
            if self.db.conn.in_transaction:
                self.db.execute("COMMIT")

    def _data_stamp(self) -> tuple[int, int]:
        # data_version moves when another connection commits; our own writes bump the generation.
        return self._write_generation, self.db.execute("PRAGMA data_version").fetchone()[0]

    # --- years -----------------------------------------------------------------

    def list_years(self) -> list[tuple[int, str]]:
        return [(row["year"], row["title"]) for row in self.db.query("SELECT year, title FROM years ORDER BY year")]

    def doc_numbers(self) -> dict[int, str]:
        """The notice's document number of each year that has one."""
        return {number: json.loads(issuer).get("doc_number") for number, issuer in self.db.execute(
            "SELECT year, issuer_json FROM years WHERE issuer_json IS NOT NULL")
                if json.loads(issuer).get("doc_number")}

    def has_year(self, year: int) -> bool:
        return self._year_id(year) is not None

    def _year_id(self, year: int) -> Optional[int]:
        row = self.db.execute("SELECT id FROM years WHERE year = ?", [year]).fetchone()
        return None if row is None else row[0]

    def _require_year_id(self, year: int) -> int:
        year_id = self._year_id(year)
        if year_id is None:
            raise YearNotFoundError(QT_TRANSLATE_NOOP("Storage", "数据库中没有 {year} 年度。已有年度：{years}"),
                                    year=year, years="、".join(str(y) for y, _ in self.list_years()) or "无")
        return year_id

    def delete_year(self, year: int) -> None:
        year_id = self._require_year_id(year)
        with self.transaction():
            with self._recorded_as_one(year, "delete"):
                self._delete_year_rows(year_id)
                self.db.execute("DELETE FROM rectifications WHERE year = ?", [year])
                self.db.execute("DELETE FROM attachments WHERE year = ?", [year])
                self.db.execute("DELETE FROM appeals WHERE year = ?", [year])
            self._update_cache(year, None)

    def _row_count(self, year_id: int) -> int:
        """How many rows a year has in the tables that carry its year id."""
        return sum(self.db.execute(f"SELECT COUNT(*) FROM [{table}] WHERE year_id = ?", [year_id]).fetchone()[0]
                   for table in YEAR_TABLES)

    def _delete_year_rows(self, year_id: int) -> None:
        # Children without a cascade path from years go first.
        for sql in (
            "DELETE FROM deductions WHERE year_id = ?",
            "DELETE FROM scores WHERE year_id = ?",
            "DELETE FROM bonuses WHERE year_id = ?",
            "DELETE FROM inspections WHERE year_id = ?",
            "DELETE FROM vetoes WHERE year_id = ?",
            "DELETE FROM adjustments WHERE year_id = ?",
            "DELETE FROM limit_flags WHERE year_id = ?",
            "DELETE FROM rollups WHERE year_id = ?",
            "DELETE FROM parts WHERE year_id = ?",
            "DELETE FROM indicators WHERE year_id = ?",
            "DELETE FROM years WHERE id = ?",
        ):
            self.db.execute(sql, [year_id])

    def save_year(self, year: AssessmentYear, *, replace: bool = False) -> None:
        """Store a whole (already validated) year in one transaction."""
        existing = self._year_id(year.year)
        if existing is not None and not replace:
            raise YearExistsError(QT_TRANSLATE_NOOP("Storage", "数据库中已有 {year} 年度，未作任何更改。"),
                                  year=year.year)
        with self.transaction():
            if existing is not None:
                with self._recorded_as_one(year.year, "delete"):
                    self._delete_year_rows(existing)
            with self._recorded_as_one(year.year, "insert"):
                self._insert_year(year)
            self._update_cache(year.year, None)

    def _insert_year(self, year: AssessmentYear) -> None:
        year_id = self.db["years"].insert(self._year_row(year)).last_pk
        self._write_year_rows(year_id, year, entered_now=False)

    @staticmethod
    def _year_row(year: AssessmentYear) -> dict:
        rules = year.rules
        return {
            "year": year.year, "title": year.title,
            "issuer_json": None if year.issuer is None else dumps_json(year.issuer, indent=0),
            "full_score": _text(rules.full_score), "bonus_cap": _text(rules.bonus_cap),
            "grade_mode": rules.grade_mode, "quota_rounding": rules.quota_rounding,
            "boundary_ties": rules.boundary_ties, "rank_style": rules.rank_style, "veto_grade": rules.veto_grade,
            "veto_conditions_json": _json_list(year.veto_conditions),
            "methods_json": _json_list(year.assessment_methods),
            "require_loss_reasons": int(rules.require_loss_reasons),
            "rank_by_class": int(rules.rank_by_class),
            "adjustment_add_cap": _text(rules.adjustment_add_cap),
            "adjustment_deduct_cap": _text(rules.adjustment_deduct_cap),
            "refill_limited_places": int(rules.refill_limited_places),
            "consequences_json": None if not year.consequences else dumps_json(
                [{"action": c.action, "grade": c.grade, "limit": c.limit} for c in year.consequences], indent=0),
            "unit_level": year.unit_level,
            "rounds_json": _json_list(year.rounds),
        }

    def _write_year_rows(self, year_id: int, year: AssessmentYear, *, entered_now: bool) -> list:
        """Make the stored rows of a year equal ``year``, touching only the rows that differ:
        an unchanged row keeps its id and its entry time. Returns the order in which the
        scores will load (existing rows keep their place, new ones follow)."""
        # Rows may point at rows inserted later in this pass; foreign keys are checked at commit.
        self.db.execute("PRAGMA defer_foreign_keys = ON")
        sync = functools.partial(self._sync_keyed, year_id)
        sync("grades", "name", ("position", "share", "min_score"),
             {g.name: (n, _text(g.share), _text(g.min_score)) for n, g in enumerate(year.rules.grades)})
        departments = sync("departments", "code", ("position", "name"),
                           {d.code: (n, d.name) for n, d in enumerate(year.departments)})
        categories = sync("categories", "code", ("position", "name", "points"),
                          {c.code: (n, c.name, _text(c.points)) for n, c in enumerate(year.categories)})
        sync("town_classes", "code", ("position", "name"), {c.code: (n, c.name) for n, c in enumerate(year.town_classes)})
        towns = sync("towns", "code", ("position", "name", "kind", "class_code"),
                     {t.code: (n, t.name, t.kind, t.class_code) for n, t in enumerate(year.towns)})
        indicators = sync("indicators", "code", ("position", "category_id", "name", "content", "method", "veto", "applies_all",
                                                 "rounds", "round_points"),
                          {i.code: (n, categories.get(i.category), i.name, i.content, i.method, int(i.veto),
                                    int(i.applies_to is None), i.rounds, _text(i.round_points))
                           for n, i in enumerate(year.indicators)})
        self._sync_indicator_towns(year_id, {(indicators[i.code], towns[town]): n for i in year.indicators
                                             for n, town in enumerate(i.applies_to or ())})
        parts = sync("parts", "code", ("position", "indicator_id", "department_id", "points", "round"),
                     {p.code: (n, indicators[i.code], departments.get(p.department), _text(p.points), p.round)
                      for n, (i, p) in enumerate(year.parts())})
        bonus_types = sync("bonus_types", "code", ("position", "name", "points"),
                           {b.code: (n, b.name, _text(b.points)) for n, b in enumerate(year.bonus_types)})
        inspection_types = sync("inspection_types", "code", ("position", "name", "award"),
                                {k.code: (n, k.name, _text(k.award)) for n, k in enumerate(year.inspection_types)})
        adjustment_types = sync("adjustment_types", "code", ("position", "name", "points", "cap"),
                                {k.code: (n, k.name, _text(k.points), _text(k.cap))
                                 for n, k in enumerate(year.adjustment_types)})
        grade_limits = sync("grade_limits", "code", ("position", "name", "grade", "adjustment_type"),
                            {g.code: (n, g.name, g.grade, g.adjustment_type) for n, g in enumerate(year.grade_limits)})
        sync("rollup_parts", "part", ("position", "weights_json", "unit_level"),
             {r.part: (n, _weights_json(r.weights), r.unit_level) for n, r in enumerate(year.rollup_parts)})
        order = self._sync_scores(year_id, year.scores, towns, parts, entered_now=entered_now)
        records = functools.partial(self._sync_records, year_id)
        records("bonuses", ("town_id", "bonus_type_id", "count", "group_name", "evidence", "date"),
                [(towns.get(b.town), bonus_types.get(b.type), b.count, b.group, b.evidence, b.date) for b in year.bonuses])
        records("inspections", ("town_id", "inspection_type_id", "round", "deducted", "note"),
                [(towns.get(r.town), inspection_types.get(r.type), r.round, _text(r.deducted), r.note)
                 for r in year.inspections])
        records("vetoes", ("town_id", "indicator_id", "reason", "evidence", "date"),
                [(towns.get(v.town), indicators.get(v.indicator) if v.indicator else None, v.reason, v.evidence, v.date)
                 for v in year.vetoes])
        records("adjustments", ("town_id", "adjustment_type_id", "count", "evidence", "date"),
                [(towns.get(a.town), adjustment_types.get(a.type), a.count, a.evidence, a.date) for a in year.adjustments])
        records("limit_flags", ("town_id", "grade_limit_id", "reason"),
                [(towns.get(f.town), grade_limits.get(f.limit), f.reason) for f in year.limit_flags])
        records("rollups", ("town_id", "part", "source", "fingerprint", "imported_on", "lower_year", "lower_title",
                            "units_json"),
                [(towns.get(r.town), r.part, r.source, r.fingerprint, r.imported_on, r.lower_year, r.lower_title,
                  _units_json(r.units)) for r in year.rollups])
        return order

    def _sync_keyed(self, year_id: int, table: str, key: str, columns: tuple[str, ...],
                    wanted: dict[str, tuple]) -> dict[str, int]:
        """Rows of ``table`` identified by ``key`` within the year: delete, update or insert
        so they equal ``wanted`` (key -> column values). Returns key -> row id."""
        conn = self.db.conn
        names = ", ".join(columns)
        existing = {row[1]: (row[0], row[2:]) for row in conn.execute(
            f"SELECT id, {key}, {names} FROM [{table}] WHERE year_id = ?", [year_id])}
        conn.executemany(f"DELETE FROM [{table}] WHERE id = ?",
                         [(id_,) for code, (id_, _) in existing.items() if code not in wanted])
        assignments = ", ".join(f"{column} = ?" for column in columns)
        conn.executemany(f"UPDATE [{table}] SET {assignments} WHERE id = ?",
                         [(*values, existing[code][0]) for code, values in wanted.items()
                          if code in existing and existing[code][1] != values])
        marks = ", ".join("?" * (len(columns) + 2))
        conn.executemany(f"INSERT INTO [{table}] (year_id, {key}, {names}) VALUES ({marks})",
                         [(year_id, code, *values) for code, values in wanted.items() if code not in existing])
        return dict(conn.execute(f"SELECT {key}, id FROM [{table}] WHERE year_id = ?", [year_id]))

    def _sync_indicator_towns(self, year_id: int, wanted: dict[tuple[int, int], int]) -> None:
        conn = self.db.conn
        existing = {(indicator, town): position for indicator, town, position in conn.execute(
            "SELECT it.indicator_id, it.town_id, it.position FROM indicator_towns it"
            " JOIN indicators i ON i.id = it.indicator_id WHERE i.year_id = ?", [year_id])}
        conn.executemany("DELETE FROM indicator_towns WHERE indicator_id = ? AND town_id = ?",
                         [pair for pair in existing if pair not in wanted])
        conn.executemany("UPDATE indicator_towns SET position = ? WHERE indicator_id = ? AND town_id = ?",
                         [(position, *pair) for pair, position in wanted.items()
                          if pair in existing and existing[pair] != position])
        conn.executemany("INSERT INTO indicator_towns (indicator_id, town_id, position) VALUES (?, ?, ?)",
                         [(*pair, position) for pair, position in wanted.items() if pair not in existing])

    def _sync_scores(self, year_id: int, scores, towns: dict[str, int], parts: dict[str, int], *,
                     entered_now: bool) -> list[tuple[str, str]]:
        """Scores keyed by (town, part); a changed score gets a new entry time only if
        ``entered_now``, an unchanged one keeps its time and its row."""
        conn = self.db.conn
        existing = {(town_id, part_id): (id_, text, note) for id_, town_id, part_id, text, note in conn.execute(
            "SELECT id, town_id, part_id, score, note FROM scores WHERE year_id = ? ORDER BY id", [year_id])}
        deductions: dict[int, list] = {}
        for score_id, reason, points in conn.execute(
                "SELECT score_id, reason, points FROM deductions WHERE year_id = ? ORDER BY score_id, position", [year_id]):
            deductions.setdefault(score_id, []).append((reason, points))
        # key -> (town, part, score text, note, deductions as stored); tuples unpacked once, for 30 000 scores.
        wanted = {}
        for town, part, value, score_deductions, note in scores:
            key = (towns.get(town), parts.get(part))
            if key[0] is None or key[1] is None:
                raise StorageError(QT_TRANSLATE_NOOP("Storage", "镇街 {town} 或打分部分 {part} 不存在"),
                                   town=town, part=part)
            wanted[key] = (town, part, _text(value), note,
                           [(reason, _text(points)) for reason, points in score_deductions] if score_deductions else [])
        conn.executemany("DELETE FROM scores WHERE id = ?",
                         [(row[0],) for key, row in existing.items() if key not in wanted])
        when = _NOW if entered_now else "NULL"
        changed_ids = []
        for key, (_, _, text, note, items) in wanted.items() if existing else ():
            row = existing.get(key)
            if row is None:
                continue
            same_deductions = deductions.get(row[0], []) == items
            if (row[1], row[2]) == (text, note) and same_deductions:
                continue
            conn.execute(f"UPDATE scores SET score = ?, note = ?, entered_at = {when} WHERE id = ?", [text, note, row[0]])
            if not same_deductions:
                changed_ids.append((row[0], items))
        conn.executemany("DELETE FROM deductions WHERE score_id = ?", [(id_,) for id_, _ in changed_ids])
        new = [key for key in wanted if key not in existing] if existing else list(wanted)
        conn.executemany(f"INSERT INTO scores (year_id, town_id, part_id, score, note, entered_at)"
                         f" VALUES (?, ?, ?, ?, ?, {when})",
                         [(year_id, town_id, part_id, wanted[town_id, part_id][2], wanted[town_id, part_id][3])
                          for town_id, part_id in new])
        with_deductions = [key for key in new if wanted[key][4]]
        if with_deductions:
            ids = {(town_id, part_id): id_ for id_, town_id, part_id in conn.execute(
                "SELECT id, town_id, part_id FROM scores WHERE year_id = ?", [year_id])}
            changed_ids += [(ids[key], wanted[key][4]) for key in with_deductions]
        conn.executemany("INSERT INTO deductions (year_id, score_id, position, reason, points) VALUES (?, ?, ?, ?, ?)",
                         [(year_id, id_, n, reason, points) for id_, items in changed_ids
                          for n, (reason, points) in enumerate(items)])
        order = [key for key in existing if key in wanted] + new
        return [wanted[key][:2] for key in order]

    def _sync_records(self, year_id: int, table: str, columns: tuple[str, ...], wanted: list[tuple]) -> None:
        """A list of records without a natural key (bonuses, inspections, vetoes): rows that
        match in sequence stay, edited ones are updated in place, the rest deleted or added."""
        conn = self.db.conn
        names = ", ".join(columns)
        existing = [(row[0], tuple(row[1:])) for row in conn.execute(
            f"SELECT id, {names} FROM [{table}] WHERE year_id = ? ORDER BY position, id", [year_id])]
        ids: list[Optional[int]] = [None] * len(wanted)
        gone = []
        matcher = difflib.SequenceMatcher(None, [values for _, values in existing], wanted, autojunk=False)
        assignments = ", ".join(f"{column} = ?" for column in columns)
        for tag, old_start, old_end, new_start, new_end in matcher.get_opcodes():
            old = existing[old_start:old_end]
            if tag == "equal":
                ids[new_start:new_end] = [id_ for id_, _ in old]
                continue
            paired = min(len(old), new_end - new_start) if tag == "replace" else 0
            for offset in range(paired):
                conn.execute(f"UPDATE [{table}] SET {assignments} WHERE id = ?",
                             [*wanted[new_start + offset], old[offset][0]])
                ids[new_start + offset] = old[offset][0]
            gone += [id_ for id_, _ in old[paired:]]
        conn.executemany(f"DELETE FROM [{table}] WHERE id = ?", [(id_,) for id_ in gone])
        positions = {id_: position for id_, position in conn.execute(
            f"SELECT id, position FROM [{table}] WHERE year_id = ?", [year_id])}
        conn.executemany(f"UPDATE [{table}] SET position = ? WHERE id = ?",
                         [(n, id_) for n, id_ in enumerate(ids) if id_ is not None and positions[id_] != n])
        marks = ", ".join("?" * (len(columns) + 2))
        conn.executemany(f"INSERT INTO [{table}] (year_id, position, {names}) VALUES ({marks})",
                         [(year_id, n, *values) for n, (values, id_) in enumerate(zip(wanted, ids)) if id_ is None])

    def load_year(self, year: int, *, use_cache: bool = True) -> AssessmentYear:
        """The stored year; the immutable result is reused until anything is committed."""
        cached = self._year_cache.get(year)
        if use_cache and cached is not None and cached[0] == self._data_stamp():
            return cached[1]  # nothing committed since it was read: no read transaction needed
        with self.reading():
            stamp = self._data_stamp()
            year_id = self._require_year_id(year)
            with _gc_paused():
                loaded = self._load_year(year_id)
        self._year_cache[year] = (stamp, loaded)
        return loaded

    # --- fine-grained writes (each its own transaction, or part of the caller's) ---

    def _update_cache(self, year: int, change) -> None:
        """Write-through, called inside the write's transaction: apply ``change`` to the
        cached year once the outermost transaction has committed, so the next load needs
        no read. ``None`` drops the cached year instead (the whole year was rewritten)."""
        self._pending_cache.append((year, change))

    def _apply_to_cache(self, year: int, change, start: tuple[int, int], now: tuple[int, int]) -> None:
        """Patch the cached year if it was read when the transaction began (or already patched since)."""
        cached = self._year_cache.get(year)
        if cached is None:
            return
        if change is None or cached[0] not in (start, now):
            del self._year_cache[year]
        else:
            self._year_cache[year] = (now, change(cached[1]))

    def _cell_ids(self, year: int) -> tuple[int, dict[str, int], dict[str, int]]:
        """The year's row id, and the row ids of its towns and parts by code."""
        year_id = self._require_year_id(year)
        town_ids = dict(self.db.execute("SELECT code, id FROM towns WHERE year_id = ?", [year_id]).fetchall())
        part_ids = dict(self.db.execute("SELECT code, id FROM parts WHERE year_id = ?", [year_id]).fetchall())
        return year_id, town_ids, part_ids

    def set_score(self, year: int, score: Score) -> None:
        """Insert or replace one town's score of one part, with its deductions and note."""
        self.set_scores(year, (score,))

    def set_scores(self, year: int, scores) -> None:
        """Insert or replace many scores in one transaction: all land or none."""
        scores = tuple(scores)
        year_id, town_ids, part_ids = self._cell_ids(year)
        with self.transaction():
            for score in scores:
                if score.town not in town_ids or score.part not in part_ids:
                    raise StorageError(QT_TRANSLATE_NOOP("Storage", "镇街 {town} 或打分部分 {part} 不存在"),
                                       town=score.town, part=score.part)
                town_id, part_id = town_ids[score.town], part_ids[score.part]
                self.db.execute(
                    "INSERT INTO scores (year_id, town_id, part_id, score, note, entered_at)"
                    " VALUES (?, ?, ?, ?, ?, " + _NOW + ")"
                    " ON CONFLICT (town_id, part_id) DO UPDATE SET score = excluded.score, note = excluded.note,"
                    " entered_at = excluded.entered_at",
                    [year_id, town_id, part_id, _text(score.score), score.note])
                score_id = self.db.execute("SELECT id FROM scores WHERE town_id = ? AND part_id = ?",
                                           [town_id, part_id]).fetchone()[0]
                self.db.execute("DELETE FROM deductions WHERE score_id = ?", [score_id])
                self.db.conn.executemany(
                    "INSERT INTO deductions (year_id, score_id, position, reason, points) VALUES (?, ?, ?, ?, ?)",
                    [(year_id, score_id, n, d.reason, _text(d.points)) for n, d in enumerate(score.deductions)])
            changed = {(score.town, score.part): score for score in scores}

            def replace(cached: AssessmentYear) -> AssessmentYear:
                kept = [s for s in cached.scores if (s.town, s.part) not in changed]
                return dataclasses.replace(cached, scores=(*kept, *changed.values()))
            self._update_cache(year, replace)

    def delete_score(self, year: int, town: str, part: str) -> None:
        self.delete_scores(year, ((town, part),))

    def delete_scores(self, year: int, cells) -> None:
        """Remove the scores of many (town, part) cells in one transaction."""
        cells = set(cells)
        year_id, town_ids, part_ids = self._cell_ids(year)
        with self.transaction():
            self.db.conn.executemany(
                "DELETE FROM scores WHERE town_id = ? AND part_id = ?",
                [(town_ids[town], part_ids[part]) for town, part in cells if town in town_ids and part in part_ids])
            self._update_cache(year, lambda cached: dataclasses.replace(
                cached, scores=tuple(s for s in cached.scores if (s.town, s.part) not in cells)))

    def score_times(self, year: int) -> dict[tuple[str, str], str]:
        """When each score was last entered: (town, part) -> local time text."""
        year_id = self._require_year_id(year)
        return {(town, part): when for town, part, when in self.db.execute(
            "SELECT t.code, p.code, s.entered_at FROM scores s JOIN towns t ON t.id = s.town_id"
            " JOIN parts p ON p.id = s.part_id WHERE s.year_id = ? AND s.entered_at IS NOT NULL", [year_id])}

    def submitted_departments(self, year: int) -> dict[str, str]:
        """Departments whose sheet is submitted (or counted as submitted): code -> when."""
        year_id = self._require_year_id(year)
        return dict(self.db.execute(
            "SELECT department_code, submitted_at FROM department_submissions WHERE year_id = ?", [year_id]).fetchall())

    def waived_departments(self, year: int) -> dict[str, str]:
        """Departments counted as submitted by the administrator: code -> the reason given."""
        year_id = self._require_year_id(year)
        return dict(self.db.execute(
            "SELECT department_code, waived_reason FROM department_submissions"
            " WHERE year_id = ? AND waived_reason IS NOT NULL", [year_id]).fetchall())

    def set_department_submitted(self, year: int, department: str, submitted: bool,
                                 waived_reason: Optional[str] = None) -> None:
        """Submit (lock) or reopen a department's sheet; ``waived_reason`` counts it as
        submitted without the department doing so, and says why."""
        year_id = self._require_year_id(year)
        with self.transaction():
            if submitted:
                self.db.execute(
                    "INSERT OR REPLACE INTO department_submissions (year_id, department_code, submitted_at, waived_reason)"
                    " VALUES (?, ?, " + _NOW + ", ?)", [year_id, department, waived_reason])
            else:
                self.db.execute("DELETE FROM department_submissions WHERE year_id = ? AND department_code = ?",
                                [year_id, department])

    # --- finalising --------------------------------------------------------------------

    def finalisation(self, year: int) -> Optional[tuple[str, str]]:
        """(when, fingerprint) if the year is finalised, else None."""
        row = self.db.execute("SELECT finalised_at, finalised_fingerprint FROM years WHERE id = ?",
                              [self._require_year_id(year)]).fetchone()
        return None if row[0] is None else (row[0], row[1])

    def set_finalised(self, year: int, fingerprint: Optional[str], reason: Optional[str] = None) -> None:
        """Finalise with the results' fingerprint, or (None) reopen; either is kept as an event with its reason."""
        year_id = self._require_year_id(year)
        with self.transaction():
            if fingerprint is None:
                self.db.execute("UPDATE years SET finalised_at = NULL, finalised_fingerprint = NULL WHERE id = ?",
                                [year_id])
            else:
                self.db.execute("UPDATE years SET finalised_at = " + _NOW + ", finalised_fingerprint = ? WHERE id = ?",
                                [fingerprint, year_id])
            self.db.execute("INSERT INTO year_events (year_id, kind, reason) VALUES (?, ?, ?)",
                            [year_id, "reopened" if fingerprint is None else "finalised", reason])

    def year_events(self, year: int) -> list[tuple[str, str, Optional[str]]]:
        """(when, "finalised" or "reopened", reason), oldest first."""
        return [tuple(row) for row in self.db.execute(
            "SELECT at, kind, reason FROM year_events WHERE year_id = ? ORDER BY id", [self._require_year_id(year)])]

    def get_setting(self, key: str):
        row = self.db.execute("SELECT value FROM app_settings WHERE key = ?", [key]).fetchone()
        return None if row is None else row[0]

    def set_setting(self, key: str, value) -> None:
        """Store bytes or text under ``key``; None removes it."""
        with self.transaction():
            if value is None:
                self.db.execute("DELETE FROM app_settings WHERE key = ?", [key])
            else:
                self.db.execute(
                    "INSERT INTO app_settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET"
                    " value = excluded.value, updated_at = " + _NOW,
                    [key, value])

    # --- accounts ------------------------------------------------------------------

    ACCOUNT_FIELDS = ("name", "display_name", "role", "department", "password_hash", "password_set_at",
                      "must_change", "disabled", "failed_attempts", "locked_until")

    def has_accounts(self) -> bool:
        return self.db.execute("SELECT EXISTS (SELECT 1 FROM accounts)").fetchone()[0] == 1

    def accounts(self) -> list[dict]:
        """Every account with its fields (``ACCOUNT_FIELDS``), by name."""
        columns = ", ".join(self.ACCOUNT_FIELDS)
        return [dict(zip(self.ACCOUNT_FIELDS, row))
                for row in self.db.execute(f"SELECT {columns} FROM accounts ORDER BY name")]

    def account(self, name: str) -> Optional[dict]:
        columns = ", ".join(self.ACCOUNT_FIELDS)
        row = self.db.execute(f"SELECT {columns} FROM accounts WHERE name = ?", [name]).fetchone()
        return None if row is None else dict(zip(self.ACCOUNT_FIELDS, row))

    def add_account(self, account: dict) -> None:
        unknown = set(account) - set(self.ACCOUNT_FIELDS)
        assert not unknown, unknown
        with self.transaction():
            self.db["accounts"].insert(account)

    def update_account(self, name: str, **fields) -> None:
        unknown = set(fields) - set(self.ACCOUNT_FIELDS[1:])
        assert fields and not unknown, unknown
        with self.transaction():
            self.db.execute("UPDATE accounts SET " + ", ".join(f"{field} = ?" for field in fields)
                            + " WHERE name = ?", [*fields.values(), name])

    def now_text(self) -> str:
        """The database's clock (local time, to the second), as every stored time is written."""
        return _now_text(self.db)

    def update_year(self, year: AssessmentYear) -> None:
        """Make a stored year equal ``year``, writing only the rows that differ: scores
        nobody changed keep their entry times, the year its creation time, departments
        their submissions."""
        year_id = self._require_year_id(year.year)
        with self.transaction():
            row = self._year_row(year)
            stored = self.db.execute(f"SELECT {', '.join(row)} FROM years WHERE id = ?", [year_id]).fetchone()
            changed = {column: value for (column, value), before in zip(row.items(), stored) if value != before}
            if changed:
                self.db["years"].update(year_id, {**changed, "updated_at": _now_text(self.db)})
            order = self._write_year_rows(year_id, year, entered_now=True)
            codes = {d.code for d in year.departments}
            self.db.execute(
                "DELETE FROM department_submissions WHERE year_id = ? AND department_code NOT IN"
                " (SELECT value FROM json_each(?))", [year_id, json.dumps(sorted(codes))])
            by_cell = {(s.town, s.part): s for s in year.scores}
            stored_form = dataclasses.replace(year, scores=tuple(by_cell[cell] for cell in order))
            self._update_cache(year.year, lambda cached: stored_form)

    # --- the rectification ledger ----------------------------------------------------------

    def ledger(self, year: int) -> list[LedgerEntry]:
        """The year's ledger entries in the order they were made."""
        rows = self.db.execute(f"SELECT id, {', '.join(LEDGER_COLUMNS)} FROM rectifications WHERE year = ?"
                               " ORDER BY id", [year]).fetchall()
        return [LedgerEntry(id=row[0], **dict(zip(LEDGER_COLUMNS, row[1:]))) for row in rows]

    def ledger_entry(self, year: int, entry_id: int) -> Optional[LedgerEntry]:
        row = self.db.execute(f"SELECT id, {', '.join(LEDGER_COLUMNS)} FROM rectifications WHERE year = ? AND id = ?",
                              [year, entry_id]).fetchone()
        return None if row is None else LedgerEntry(id=row[0], **dict(zip(LEDGER_COLUMNS, row[1:])))

    def add_ledger_entries(self, year: int, entries) -> list[int]:
        """Store new entries (their ``id`` is ignored); returns the ids they were given."""
        ids = []
        with self.transaction():
            for entry in entries:
                row = {column: getattr(entry, column) for column in LEDGER_COLUMNS}
                ids.append(self.db["rectifications"].insert({"year": year, **row}).last_pk)
        return ids

    def update_ledger_entry(self, year: int, entry_id: int, fields: dict) -> bool:
        """Write these fields of one entry (only those that differ from the stored row);
        False if the entry is not there (removed meanwhile)."""
        unknown = set(fields) - set(LEDGER_COLUMNS)
        assert not unknown, unknown
        with self.transaction():
            stored = self.ledger_entry(year, entry_id)
            if stored is None:
                return False
            changed = {name: value for name, value in fields.items() if getattr(stored, name) != value}
            if changed:
                self.db["rectifications"].update(entry_id, {**changed, "updated_at": _now_text(self.db)})
        return True

    def delete_ledger_entries(self, year: int, entry_ids) -> int:
        """Remove these entries; returns how many there were."""
        ids = list(entry_ids)
        with self.transaction():
            self.db.execute("DELETE FROM attachments WHERE year = ? AND owner IN (SELECT 'ledger:' || value FROM json_each(?))",
                            [year, json.dumps(ids)])
            return self.db.execute("DELETE FROM rectifications WHERE year = ? AND id IN (SELECT value FROM json_each(?))",
                                   [year, json.dumps(ids)]).rowcount

    # --- evidence files ------------------------------------------------------------------------

    def attachments(self, year: int, owner: Optional[str] = None) -> list[dict]:
        """The files of a year (of one owner, or all), without their bytes, in the order added."""
        sql = "SELECT id, owner, name, size, sha256, added_by, added_at FROM attachments WHERE year = ?"
        params: list = [year]
        if owner is not None:
            sql += " AND owner = ?"
            params.append(owner)
        columns = ("id", "owner", "name", "size", "sha256", "added_by", "added_at")
        return [dict(zip(columns, row)) for row in self.db.execute(sql + " ORDER BY id", params).fetchall()]

    def attachment_data(self, year: int, attachment_id: int) -> Optional[bytes]:
        row = self.db.execute("SELECT data FROM attachments WHERE year = ? AND id = ?", [year, attachment_id]).fetchone()
        return None if row is None else bytes(row[0])

    def record_ids(self, year: int, table: str) -> list[int]:
        """The row numbers of a register's records (``bonuses`` or ``vetoes``), in the year's order."""
        assert table in ("bonuses", "vetoes"), table
        return [row[0] for row in self.db.execute(
            f"SELECT r.id FROM [{table}] r JOIN years y ON y.id = r.year_id WHERE y.year = ? ORDER BY r.position, r.id",
            [year]).fetchall()]

    def record_places(self, year: int) -> dict[str, str]:
        """Each register record's owner name by row (``bonus:17``) -> by its place in the year's
        register (``bonus:#3``): a row number means nothing in another database or a document."""
        return {f"{kind}:{row_id}": f"{kind}:#{position}" for kind, table in (("bonus", "bonuses"), ("veto", "vetoes"))
                for position, row_id in enumerate(self.record_ids(year, table))}

    def add_attachment(self, year: int, owner: str, name: str, data: bytes, sha256: str) -> int:
        with self.transaction():
            return self.db["attachments"].insert({
                "year": year, "owner": owner, "name": name, "size": len(data), "sha256": sha256, "data": data,
                "added_by": self.operator}).last_pk

    def delete_attachment(self, year: int, attachment_id: int) -> bool:
        with self.transaction():
            return self.db.execute("DELETE FROM attachments WHERE year = ? AND id = ?",
                                   [year, attachment_id]).rowcount > 0

    # --- appeals --------------------------------------------------------------------------------

    def appeals(self, year: int) -> list[Appeal]:
        rows = self.db.execute(f"SELECT id, {', '.join(APPEAL_COLUMNS)} FROM appeals WHERE year = ? ORDER BY id",
                               [year]).fetchall()
        found = []
        for row in rows:
            values = dict(zip(APPEAL_COLUMNS, row[1:]))
            for name in ("score_before", "score_after"):
                values[name] = _dec(values[name])
            found.append(Appeal(id=row[0], **values))
        return found

    def add_appeal(self, year: int, appeal: Appeal) -> int:
        with self.transaction():
            values = {name: getattr(appeal, name) for name in APPEAL_COLUMNS}
            for name in ("score_before", "score_after"):
                values[name] = _text(values[name])
            return self.db["appeals"].insert({"year": year, **values}).last_pk

    def update_appeal(self, year: int, appeal_id: int, fields: dict) -> bool:
        assert not set(fields) - set(APPEAL_COLUMNS), fields
        values = {name: (_text(value) if name in ("score_before", "score_after") else value)
                  for name, value in fields.items()}
        with self.transaction():
            return self.db.execute(
                f"UPDATE appeals SET {', '.join(f'{name} = ?' for name in values)} WHERE year = ? AND id = ?",
                [*values.values(), year, appeal_id]).rowcount > 0

    def delete_appeal(self, year: int, appeal_id: int) -> bool:
        with self.transaction():
            self.db.execute("DELETE FROM attachments WHERE year = ? AND owner = ?", [year, f"appeal:{appeal_id}"])
            return self.db.execute("DELETE FROM appeals WHERE year = ? AND id = ?", [year, appeal_id]).rowcount > 0

    # --- what follows the results, as a whole (the year file) -------------------------------------

    def follow_up(self, year: int) -> FollowUp:
        """The year's ledger, appeals and evidence files with their bytes."""
        rows = self.db.execute("SELECT owner, name, data, sha256, added_by, added_at FROM attachments WHERE year = ?"
                               " ORDER BY id", [year]).fetchall()
        places = self.record_places(year)
        files = tuple(EvidenceFile(places.get(owner, owner), name, bytes(data), sha256, added_by, added_at)
                      for owner, name, data, sha256, added_by, added_at in rows)
        return FollowUp(tuple(self.ledger(year)), tuple(self.appeals(year)), files)

    def replace_follow_up(self, year: int, follow_up: FollowUp) -> None:
        """Make the year's ledger, appeals and files those of ``follow_up`` (a year file's). Entries
        and appeals get new numbers; the files follow them."""
        with self.transaction():
            for table in ("attachments", "appeals", "rectifications"):
                self.db.execute(f"DELETE FROM [{table}] WHERE year = ?", [year])
            renumbered = {place: owner for owner, place in self.record_places(year).items()}
            for entry in follow_up.rectifications:
                (renumbered[f"ledger:{entry.id}"],) = [f"ledger:{i}" for i in self.add_ledger_entries(year, [entry])]
            for appeal in follow_up.appeals:
                renumbered[f"appeal:{appeal.id}"] = f"appeal:{self.add_appeal(year, appeal)}"
            for item in follow_up.files:
                self.db["attachments"].insert({
                    "year": year, "owner": renumbered.get(item.owner, item.owner), "name": item.name,
                    "size": len(item.data), "sha256": item.sha256, "data": item.data,
                    "added_by": item.added_by or self.operator,
                    **({"added_at": item.added_at} if item.added_at else {})})

    def _load_year(self, year_id: int) -> AssessmentYear:
        q = lambda sql: self.db.execute(sql, [year_id]).fetchall()  # noqa: E731
        (number, title, issuer_json, full_score, bonus_cap, grade_mode, quota_rounding, boundary_ties,
         rank_style, veto_grade, veto_conditions_json, methods_json, require_loss_reasons, rank_by_class,
         adjustment_add_cap, adjustment_deduct_cap, refill_limited_places, consequences_json, unit_level,
         rounds_json) = q(
            "SELECT year, title, issuer_json, full_score, bonus_cap, grade_mode, quota_rounding, boundary_ties,"
            " rank_style, veto_grade, veto_conditions_json, methods_json, require_loss_reasons, rank_by_class,"
            " adjustment_add_cap, adjustment_deduct_cap, refill_limited_places, consequences_json, unit_level,"
            " rounds_json FROM years WHERE id = ?")[0]
        grades = tuple(Grade(name, _dec(share), _dec(min_score)) for name, share, min_score in
                       q("SELECT name, share, min_score FROM grades WHERE year_id = ? ORDER BY position"))
        departments = tuple(Department(code, name) for code, name in
                            q("SELECT code, name FROM departments WHERE year_id = ? ORDER BY position"))
        categories = tuple(Category(code, name, parse_decimal(points)) for code, name, points in
                           q("SELECT code, name, points FROM categories WHERE year_id = ? ORDER BY position"))
        towns = tuple(Town(code, name, kind, class_code) for code, name, kind, class_code in
                      q("SELECT code, name, kind, class_code FROM towns WHERE year_id = ? ORDER BY position"))
        town_classes = tuple(TownClass(code, name) for code, name in
                             q("SELECT code, name FROM town_classes WHERE year_id = ? ORDER BY position"))
        parts_of: dict[int, list[Part]] = {}
        for indicator_id, code, department, points, round_name in q(
                "SELECT p.indicator_id, p.code, d.code, p.points, p.round FROM parts p"
                " JOIN departments d ON d.id = p.department_id WHERE p.year_id = ? ORDER BY p.position"):
            parts_of.setdefault(indicator_id, []).append(Part(code, department, parse_decimal(points), round_name))
        towns_of: dict[int, list[str]] = {}
        for indicator_id, code in q(
                "SELECT it.indicator_id, t.code FROM indicator_towns it JOIN towns t ON t.id = it.town_id"
                " WHERE t.year_id = ? ORDER BY it.indicator_id, it.position"):
            towns_of.setdefault(indicator_id, []).append(code)
        indicators = tuple(
            Indicator(code=code, category=category, name=name, parts=tuple(parts_of.get(id_, ())), content=content,
                      method=method, veto=bool(veto), applies_to=None if applies_all else tuple(towns_of.get(id_, ())),
                      rounds=rounds, round_points=_dec(round_points))
            for id_, code, category, name, content, method, veto, applies_all, rounds, round_points in q(
                "SELECT i.id, i.code, c.code, i.name, i.content, i.method, i.veto, i.applies_all, i.rounds, i.round_points"
                " FROM indicators i"
                " JOIN categories c ON c.id = i.category_id WHERE i.year_id = ? ORDER BY i.position"))
        # Details are keyed by (town_id, part_id) so the large score scan can skip its id column.
        deductions_of: dict[tuple[int, int], list[Deduction]] = {}
        for town_id, part_id, reason, points in q(
                "SELECT s.town_id, s.part_id, d.reason, d.points FROM deductions d JOIN scores s ON s.id = d.score_id"
                " WHERE d.year_id = ? ORDER BY d.score_id, d.position"):
            deductions_of.setdefault((town_id, part_id), []).append(Deduction(reason, Decimal(points)))
        details = {key: (tuple(items), None) for key, items in deductions_of.items()}
        for town_id, part_id, note in q("SELECT town_id, part_id, note FROM scores WHERE year_id = ? AND note IS NOT NULL"):
            details[town_id, part_id] = (details.get((town_id, part_id), ((), None))[0], note)
        town_code = dict(q("SELECT id, code FROM towns WHERE year_id = ?"))
        part_code = dict(q("SELECT id, code FROM parts WHERE year_id = ?"))
        # Stored numbers are our own decimal text, so plain Decimal() is exact;
        # scores repeat few distinct values, and a Decimal can be shared.
        decimals: dict[str, Decimal] = {}
        new_score = tuple.__new__  # what Score._make does, without the extra call
        plain = ((), None)
        scores = []
        append = scores.append
        for town_id, part_id, text in q("SELECT town_id, part_id, score FROM scores WHERE year_id = ? ORDER BY id"):
            value = decimals.get(text)
            if value is None:
                value = decimals[text] = Decimal(text)
            append(new_score(Score, (town_code[town_id], part_code[part_id], value,
                                     *details.get((town_id, part_id), plain))))
        scores = tuple(scores)
        bonus_types = tuple(BonusType(code, name, parse_decimal(points)) for code, name, points in
                            q("SELECT code, name, points FROM bonus_types WHERE year_id = ? ORDER BY position"))
        bonuses = tuple(Bonus(town, kind, count, group, evidence, date) for town, kind, count, group, evidence, date in q(
            "SELECT t.code, k.code, b.count, b.group_name, b.evidence, b.date FROM bonuses b"
            " JOIN towns t ON t.id = b.town_id JOIN bonus_types k ON k.id = b.bonus_type_id"
            " WHERE b.year_id = ? ORDER BY b.position, b.id"))
        inspection_types = tuple(InspectionType(code, name, parse_decimal(award)) for code, name, award in
                                 q("SELECT code, name, award FROM inspection_types WHERE year_id = ? ORDER BY position"))
        inspections = tuple(Inspection(town, kind, round_, parse_decimal(deducted), note)
                            for town, kind, round_, deducted, note in q(
            "SELECT t.code, k.code, r.round, r.deducted, r.note FROM inspections r"
            " JOIN towns t ON t.id = r.town_id JOIN inspection_types k ON k.id = r.inspection_type_id"
            " WHERE r.year_id = ? ORDER BY r.position, r.id"))
        adjustment_types = tuple(AdjustmentType(code, name, parse_decimal(points), _dec(cap)) for code, name, points, cap in
                                 q("SELECT code, name, points, cap FROM adjustment_types WHERE year_id = ? ORDER BY position"))
        adjustments = tuple(Adjustment(town, kind, count, evidence, date) for town, kind, count, evidence, date in q(
            "SELECT t.code, k.code, a.count, a.evidence, a.date FROM adjustments a"
            " JOIN towns t ON t.id = a.town_id JOIN adjustment_types k ON k.id = a.adjustment_type_id"
            " WHERE a.year_id = ? ORDER BY a.position, a.id"))
        grade_limits = tuple(GradeLimit(*row) for row in q(
            "SELECT code, name, grade, adjustment_type FROM grade_limits WHERE year_id = ? ORDER BY position"))
        limit_flags = tuple(LimitFlag(*row) for row in q(
            "SELECT t.code, g.code, f.reason FROM limit_flags f JOIN towns t ON t.id = f.town_id"
            " JOIN grade_limits g ON g.id = f.grade_limit_id WHERE f.year_id = ? ORDER BY f.position, f.id"))
        rollup_parts = tuple(
            RollUpPart(part, tuple((name, parse_decimal(weight)) for name, weight in json.loads(weights or "{}").items()),
                       level) for part, weights, level in
            q("SELECT part, weights_json, unit_level FROM rollup_parts WHERE year_id = ? ORDER BY position"))
        rollups = tuple(
            RollUp(town, part, tuple(SubUnit(u["name"], parse_decimal(u["final"]), parse_decimal(u["full"]), u["class"])
                                     for u in json.loads(units)), source, fingerprint, imported_on, lower_year, lower_title)
            for town, part, source, fingerprint, imported_on, lower_year, lower_title, units in q(
                "SELECT t.code, r.part, r.source, r.fingerprint, r.imported_on, r.lower_year, r.lower_title, r.units_json"
                " FROM rollups r JOIN towns t ON t.id = r.town_id WHERE r.year_id = ? ORDER BY r.position, r.id"))
        vetoes = tuple(Veto(town, reason, indicator, evidence, date) for town, reason, indicator, evidence, date in q(
            "SELECT t.code, v.reason, i.code, v.evidence, v.date FROM vetoes v JOIN towns t ON t.id = v.town_id"
            " LEFT JOIN indicators i ON i.id = v.indicator_id WHERE v.year_id = ? ORDER BY v.position, v.id"))
        return AssessmentYear(
            year=number, title=title, issuer=None if issuer_json is None else json.loads(issuer_json, parse_float=Decimal),
            rules=Rules(full_score=parse_decimal(full_score), bonus_cap=parse_decimal(bonus_cap), grade_mode=grade_mode,
                        grades=grades, quota_rounding=quota_rounding, boundary_ties=boundary_ties,
                        veto_grade=veto_grade, rank_style=rank_style, require_loss_reasons=bool(require_loss_reasons),
                        rank_by_class=bool(rank_by_class), adjustment_add_cap=_dec(adjustment_add_cap),
                        adjustment_deduct_cap=_dec(adjustment_deduct_cap),
                        refill_limited_places=bool(refill_limited_places)),
            grade_limits=grade_limits, limit_flags=limit_flags, rollup_parts=rollup_parts, rollups=rollups,
            unit_level=unit_level, rounds=tuple(json.loads(rounds_json or "[]")),
            consequences=tuple(Consequence(c["action"], c["grade"], c["limit"])
                               for c in json.loads(consequences_json or "[]")),
            town_classes=town_classes, adjustment_types=adjustment_types, adjustments=adjustments,
            departments=departments, categories=categories, indicators=indicators, towns=towns, scores=scores,
            bonus_types=bonus_types, bonuses=bonuses, inspection_types=inspection_types, inspections=inspections,
            vetoes=vetoes,
            veto_conditions=tuple(json.loads(veto_conditions_json or "[]")),
            assessment_methods=tuple(json.loads(methods_json or "[]")),
        )
