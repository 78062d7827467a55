"""Automatic backups: taken, checked, rotated, and restored only from a sound file of this program."""
from __future__ import annotations

import datetime as dt
import sqlite3
from decimal import Decimal

import pytest

from desktop_app.domain.model import Score
from desktop_app.services import YearService, YearSession
from desktop_app.services.backups import KEEP_DAYS, KEEP_LATEST, BackupError, Backups
from desktop_app.storage import StorageError, Store
from tests.conftest import run_cli


class Clock:
    def __init__(self, start: dt.datetime):
        self.now = start

    def __call__(self) -> dt.datetime:
        return self.now


@pytest.fixture
def store(tmp_path, example_year):
    with Store(tmp_path / "office.db") as store:
        YearService(store).import_year(example_year)
        Backups(store).set_folder(str(tmp_path / "usb"))
        yield store


def test_a_backup_is_a_checked_copy_with_a_summary(store, tmp_path, example_year):
    backup = Backups(store).take("manual")
    assert backup.path.parent == tmp_path / "usb" and backup.path.name.startswith("office-")
    summary = Backups.summary(backup.path)
    assert summary.years == ((2023, example_year.title, len(example_year.towns), len(example_year.scores)),)
    with Store(backup.path) as copy:
        assert copy.load_year(2023) == store.load_year(2023)
    chosen = tmp_path / "chosen.db"
    assert YearService(store).backup(chosen) == summary  # a copy to a file of one's own says what it holds
    assert Backups.summary(chosen) == summary


def test_the_latest_twenty_and_one_a_day_for_thirty_days_are_kept(store):
    clock = Clock(dt.datetime(2024, 1, 1, 8, 0, 0))
    backups = Backups(store, clock)
    for day in range(40):  # one evening backup a day for 40 days …
        clock.now = dt.datetime(2024, 1, 1, 20, 0, 0) + dt.timedelta(days=day)
        backups.take("interval")
    for minute in range(25):  # … then a busy last morning
        clock.now = dt.datetime(2024, 2, 10, 9, 0, 0) + dt.timedelta(minutes=minute)
        backups.take("interval")
    kept = backups.list()
    latest = [b.taken for b in kept[:KEEP_LATEST]]
    assert latest == [dt.datetime(2024, 2, 10, 9, 24) - dt.timedelta(minutes=n) for n in range(KEEP_LATEST)]
    days = {b.taken.date() for b in kept[KEEP_LATEST:]}
    assert days == {dt.date(2024, 2, 9) - dt.timedelta(days=n) for n in range(KEEP_DAYS - 1)}
    assert len(kept) == KEEP_LATEST + KEEP_DAYS - 1


def test_an_import_and_a_finalisation_are_preceded_by_a_backup(store, example_year, tmp_path):
    backups = Backups(store)
    count = len(backups.list())
    YearService(store).import_year(example_year, replace=True)
    assert [b.reason for b in backups.list()][:1] == ["import"] and len(backups.list()) == count + 1
    session = YearSession(store, 2023)
    for department in session.year.departments:
        session.waive_department(department.code, "测试")
    session.finalise()
    assert backups.list()[0].reason == "finalise"


def test_a_restore_brings_back_the_backup_and_keeps_the_current_state_first(store):
    backups = Backups(store)
    good = backups.take("manual")
    session = YearSession(store, 2023)
    session.set_score("T01", "I01", "1")
    before_restore = backups.restore(good.path)
    assert before_restore.reason == "restore"
    assert next(s for s in session.year.scores if (s.town, s.part) == ("T01", "I01")).score == Decimal("3.0")
    with Store(before_restore.path) as kept:  # the state that was replaced can itself be restored
        assert next(s for s in kept.load_year(2023).scores if (s.town, s.part) == ("T01", "I01")).score == Decimal("1")
    entries = store.audit_entries()
    assert entries[-1]["action"] == "restore_backup" and entries[-1]["reason"] == str(good.path)
    assert store.verify_audit() == []
    session.set_score("T01", "I02", "1")  # the restored database takes changes as usual
    assert store.load_year(2023, use_cache=False) == session.year


@pytest.mark.parametrize("kind", ["empty", "foreign", "damaged", "missing"])
def test_a_file_that_is_not_a_sound_backup_is_refused_and_nothing_changes(store, tmp_path, kind):
    bad = tmp_path / f"{kind}.db"
    if kind == "empty":
        bad.write_bytes(b"")
    elif kind == "foreign":
        other = sqlite3.connect(bad)
        other.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")
        other.commit()
        other.close()
    elif kind == "damaged":
        good = Backups(store).take("manual").path
        data = bytearray(good.read_bytes())
        data[4096 * 2:4096 * 3] = b"\xff" * 4096  # a page of the file overwritten
        bad.write_bytes(bytes(data))
    year_before = store.load_year(2023)
    backups_before = len(Backups(store).list())
    with pytest.raises(StorageError):
        Backups(store).restore(bad)
    assert store.load_year(2023, use_cache=False) == year_before
    assert len(Backups(store).list()) == backups_before  # refused before even the safety copy
    if kind == "foreign":
        assert sqlite3.connect(bad).execute("SELECT name FROM sqlite_master").fetchall() == [("photos",)]


def test_an_unwritable_backup_folder_is_refused_with_a_message(store, tmp_path):
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    with pytest.raises(BackupError, match="无法写入"):
        Backups(store).set_folder(str(blocked / "backups"))
    store.set_setting("backup_folder", str(blocked / "backups"))  # e.g. a USB drive since removed
    with pytest.raises(BackupError, match="数据库本身未受影响"):
        Backups(store).take("manual")
    store.set_score(2023, Score("T01", "I01", Decimal("2")))  # the database itself works on


def test_the_interval_backup_is_due_after_thirty_minutes_of_work(store):
    clock = Clock(dt.datetime(2024, 1, 1, 9, 0))
    backups = Backups(store, clock)
    last = clock.now
    clock.now += dt.timedelta(minutes=29)
    assert not backups.due(last, changed_since=True)
    clock.now += dt.timedelta(minutes=1)
    assert backups.due(last, changed_since=True) and not backups.due(last, changed_since=False)


def test_the_command_line_backs_up_lists_and_restores_only_when_confirmed(store, tmp_path):
    database = store.path
    made = run_cli("backup", "--db", database)
    assert made.returncode == 0 and "19 个镇街" in made.stdout
    listed = run_cli("backup", "--list", "--db", database)
    (line,) = [l for l in listed.stdout.splitlines() if "manual" in l]
    path = line.split()[-1]
    asked = run_cli("restore", path, "--db", database)
    assert asked.returncode == 2 and "--yes" in asked.stderr
    done = run_cli("restore", path, "--yes", "--db", database)
    assert done.returncode == 0 and "恢复前的内容已备份到" in done.stdout


def test_reading_a_backup_says_what_is_wrong_with_each_kind_of_bad_file(tmp_path, store):
    from desktop_app.storage import read_backup
    from desktop_app.storage.database import SCHEMA_VERSION

    with pytest.raises(StorageError, match="找不到备份文件"):
        read_backup(tmp_path / "nowhere.db")
    plain = tmp_path / "plain.db"
    sqlite3.connect(plain).close()
    with pytest.raises(StorageError, match="不是本程序的数据库"):
        read_backup(plain)  # an SQLite file without this program's tables
    versioned = tmp_path / "versioned.db"
    other = sqlite3.connect(versioned)
    other.execute("PRAGMA user_version = 3")
    other.close()
    with pytest.raises(StorageError, match="不是本程序的数据库"):
        read_backup(versioned)  # a version number but no years table
    lookalike = tmp_path / "lookalike.db"
    other = sqlite3.connect(lookalike)
    other.execute("CREATE TABLE years (id INTEGER PRIMARY KEY, year INTEGER)")  # another program's table of years
    other.close()
    with pytest.raises(StorageError, match="不是本程序的数据库"):
        read_backup(lookalike)
    newer = Backups(store).take("manual").path
    bumped = sqlite3.connect(newer)
    bumped.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    bumped.close()
    with pytest.raises(StorageError, match=f"结构版本 {SCHEMA_VERSION + 1}"):
        read_backup(newer)
    text = tmp_path / "notes.db"
    text.write_text("这不是数据库" * 200, encoding="utf-8")
    with pytest.raises(StorageError, match="无法读取备份文件"):
        read_backup(text)
    good = read_backup(Backups(store).take("manual").path)
    assert good.schema_version == SCHEMA_VERSION and good.audit_entries == len(store.audit_entries())


@pytest.mark.parametrize("text, message", [
    ("attempt to write a readonly database", "只读"),
    ("database or disk is full", "磁盘已满"),
    ("unable to open database file", "无法打开数据库"),
    ("disk I/O error", "磁盘出错"),
])
def test_each_failure_an_office_meets_has_its_own_message(tmp_path, text, message):
    from desktop_app.storage.database import _known_failure

    failure = _known_failure(sqlite3.OperationalError(text), tmp_path / "x.db")
    assert message in str(failure) and str(tmp_path / "x.db") in str(failure)
    assert _known_failure(sqlite3.OperationalError("no such table: photos"), tmp_path / "x.db") is None


def test_the_backup_folder_goes_back_to_the_default_and_is_kept_per_database(store, tmp_path, monkeypatch):
    backups = Backups(store)
    assert backups.folder() == tmp_path / "usb"
    backups.set_folder(None)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert backups.folder() == tmp_path / "data" / "town-assessment-desk" / "backups" / "office"
    assert not (tmp_path / "usb" / ".write-test").exists()
    made = backups.take("start")
    assert made.path.parent == backups.folder() and made.reason == "start"
    (backups.folder() / "other-20240101-090000-start.db").write_bytes(b"")  # another database's backup
    (backups.folder() / "office-20240101-090000-unknown.db").write_bytes(b"")  # not a name this program gives
    (backups.folder() / "notes.txt").write_text("x")
    assert [b.path for b in backups.list()] == [made.path]


def test_the_restore_is_recorded_with_the_backup_and_the_safety_copy(store):
    backups = Backups(store)
    good = backups.take("manual")
    before = backups.restore(good.path)
    entry = store.audit_entries()[-1]
    assert (entry["action"], entry["target"], entry["key"], entry["change"], entry["year"]) == (
        "restore_backup", "database", good.path.name, "restore", None)
    assert entry["new_value"] == str(before.path) and entry["reason"] == str(good.path)


def test_a_backup_from_an_older_version_is_restored_and_brought_up_to_date(store, tmp_path):
    from desktop_app.storage.database import SCHEMA_VERSION, _statements
    from desktop_app.storage.migrations import MIGRATIONS

    old = tmp_path / "old.db"
    connection = sqlite3.connect(old)
    for script in MIGRATIONS[:5]:  # the schema before the audit trail
        for statement in _statements(script):
            connection.execute(statement)
    connection.execute("INSERT INTO years (year, title, full_score, bonus_cap, grade_mode) VALUES (2019, '旧年度', '100', '2', 'proportion')")
    connection.execute("PRAGMA user_version = 5")
    connection.commit()
    connection.close()
    Backups(store).restore(old)
    assert store.schema_version == SCHEMA_VERSION and [y for y, _ in store.list_years()] == [2019]
    assert store.audit_entries()[-1]["action"] == "restore_backup" and store.verify_audit() == []


def test_a_change_noted_outside_a_transaction_is_a_programming_error(store):
    with pytest.raises(AssertionError, match="note_change outside a transaction"):
        store.note_change("seals", "x", None, "use")
    with pytest.raises(AssertionError, match="describe_change outside a transaction"):
        store.describe_change("set_score")


def test_backups_taken_in_one_second_keep_their_order_and_the_first_has_no_number(store, tmp_path):
    clock = Clock(dt.datetime(2024, 5, 6, 7, 8, 9))
    backups = Backups(store, clock)
    first, second = backups.take("manual"), backups.take("import")
    assert first.path.name == "office-20240506-070809-manual.db" and first.taken == clock.now
    assert second.path.name == "office-20240506-070809-2-import.db"
    assert [b.reason for b in backups.list()] == ["import", "manual"]  # newest first


def test_the_backup_folder_may_be_new_and_nested_or_already_there_and_is_recorded(store, tmp_path):
    nested = tmp_path / "u盘" / "考核" / "备份"
    Backups(store).set_folder(str(nested))
    assert nested.is_dir() and list(nested.iterdir()) == []
    Backups(store).set_folder(str(nested))  # chosen again: it exists
    assert Backups(store).folder() == nested
    assert [e["action"] for e in store.audit_entries()[-2:]] == ["set_backup_folder", "set_backup_folder"]


def test_a_backup_from_before_the_audit_trail_is_summed_up_with_no_entries(tmp_path):
    import sqlite3

    from desktop_app.storage import read_backup
    from desktop_app.storage.migrations import MIGRATIONS

    old = tmp_path / "v5.db"
    connection = sqlite3.connect(old)
    for script in MIGRATIONS[:5]:  # the schema before migration 6 added the audit trail
        connection.executescript(script)
    connection.execute("PRAGMA user_version = 5")
    connection.commit()
    connection.close()
    summary = read_backup(old)
    assert (summary.schema_version, summary.years, summary.audit_entries) == (5, (), 0)


@pytest.mark.parametrize("listed_backwards", [False, True])
def test_backups_taken_in_one_second_are_listed_newest_first_whatever_order_the_folder_gives(
        store, monkeypatch, listed_backwards):
    from pathlib import Path

    clock = Clock(dt.datetime(2024, 3, 1, 10, 0, 0))
    backups = Backups(store, clock)
    first, second, third = (backups.take(reason) for reason in ("manual", "import", "finalise"))
    listing = Path.iterdir
    monkeypatch.setattr(Path, "iterdir", lambda folder: iter(sorted(listing(folder), reverse=listed_backwards)))
    assert [b.path for b in backups.list()] == [third.path, second.path, first.path]
