"""The SQLite store: schema, exact numbers, transactions, caching and round trips."""
import dataclasses
import gc
import re
import sqlite3
import tempfile
from datetime import datetime
from decimal import Decimal
from pathlib import Path

import pytest
import sqlite_utils
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.domain.model import Deduction, Indicator, Score
from desktop_app.domain.scoring import compute
from desktop_app.storage import (
    SCHEMA_VERSION, DatabaseBusyError, StorageError, Store, YearExistsError, YearNotFoundError,
)
from desktop_app.tools.generate import generate_year
from desktop_app.yearfile import parse_year_text, read_year_file, write_year_file, year_to_dict
from property_budget import examples, reproducible


def test_new_database_has_schema_foreign_keys_and_wal(tmp_path):
    with Store(tmp_path / "a.db") as store:
        assert store.schema_version == SCHEMA_VERSION >= 1
        assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_numbers_are_stored_as_exact_decimal_text(tmp_path, example_year):
    with Store(tmp_path / "a.db") as store:
        store.save_year(example_year)
        kinds = {row[0] for row in store.db.execute("SELECT DISTINCT typeof(score) FROM scores")}
        assert kinds == {"text"}
        stored = dict(store.db.execute(
            "SELECT t.code || '/' || p.code, s.score FROM scores s JOIN towns t ON t.id = s.town_id"
            " JOIN parts p ON p.id = s.part_id").fetchall())
    assert stored["T01/I03"] == "4.18"
    assert stored["T01/I01"] == "3.0"  # as written in the file, not 3 or 3.00



def test_numbers_in_exponent_form_are_stored_as_plain_decimal_text(tmp_path, example_year):
    """1E+1 is written "10" and 5E-7 "0.0000005", as a person would write them."""
    with Store(tmp_path / "a.db") as store:
        store.save_year(example_year)
        store.set_score(2023, Score("T01", "I03", Decimal("1E+1"), (Deduction("台账", Decimal("5E-7")),)))
        stored = store.db.execute(
            "SELECT s.score, d.points FROM scores s JOIN deductions d ON d.score_id = s.id"
            " JOIN towns t ON t.id = s.town_id JOIN parts p ON p.id = s.part_id WHERE t.code = 'T01' AND p.code = 'I03'").fetchall()
    assert stored == [("10", "0.0000005")]



def test_a_year_without_issuer_settings_stores_none(tmp_path, example_year):
    path = tmp_path / "a.db"
    with Store(path) as store:
        store.save_year(dataclasses.replace(example_year, issuer=None))
        stored = store.db.execute("SELECT issuer_json FROM years").fetchall()
    assert stored == [(None,)]
    with Store(path) as store:
        assert store.load_year(2023).issuer is None


def test_example_round_trips_exactly(tmp_path, example_year):
    with Store(tmp_path / "a.db") as store:
        store.save_year(example_year)
    with Store(tmp_path / "a.db") as store:  # a fresh connection reads what was committed
        assert store.load_year(2023) == example_year
        assert store.list_years() == [(2023, example_year.title)]



def test_an_indicator_without_parts_or_towns_and_decimal_issuer_settings_round_trip(tmp_path, example_year):
    """A new indicator may have no scoring parts yet, or apply to no town; issuer numbers stay exact decimals."""
    year = dataclasses.replace(
        example_year,
        indicators=example_year.indicators + (Indicator("I98", "C1", "待定指标", parts=()),
                                              Indicator("I99", "C1", "暂不适用", parts=(), applies_to=())),
        issuer={**example_year.issuer, "seal_mm": Decimal("42.50"), "copies": 3})
    with Store(tmp_path / "a.db") as store:
        store.save_year(year)
    with Store(tmp_path / "a.db") as store:
        loaded = store.load_year(2023)
    assert loaded == year
    assert loaded.indicators[-2:] == year.indicators[-2:]
    assert isinstance(loaded.issuer["seal_mm"], Decimal) and str(loaded.issuer["seal_mm"]) == "42.50"


def test_many_years_in_one_file(tmp_path, example_year):
    other = dataclasses.replace(example_year, year=2024, title="2024 年度")
    with Store(tmp_path / "a.db") as store:
        store.save_year(example_year)
        store.save_year(other)
        assert [y for y, _ in store.list_years()] == [2023, 2024]
        store.delete_year(2023)
        assert [y for y, _ in store.list_years()] == [2024]
        assert store.load_year(2024) == other
        assert store.db.execute("SELECT count(*) FROM scores").fetchone()[0] == len(other.scores)


def test_existing_year_needs_replace(tmp_path, example_year):
    changed = dataclasses.replace(example_year, scores=example_year.scores[:-1])
    with Store(tmp_path / "a.db") as store:
        store.save_year(example_year)
        with pytest.raises(YearExistsError):
            store.save_year(changed)
        assert store.load_year(2023) == example_year
        store.save_year(changed, replace=True)
        assert store.load_year(2023) == changed


def test_failed_write_leaves_nothing_behind(tmp_path, example_year):
    # A score naming an unknown town fails half-way through the insert: nothing may land.
    broken = dataclasses.replace(example_year, scores=example_year.scores + (Score("T99", "I01", Decimal(1)),))
    with Store(tmp_path / "a.db") as store:
        with pytest.raises(StorageError, match="T99"):
            store.save_year(broken)
        assert store.list_years() == []
        assert store.db.execute("SELECT count(*) FROM towns").fetchone()[0] == 0


def test_cache_sees_commits_from_another_connection(tmp_path, example_year):
    path = tmp_path / "a.db"
    with Store(path) as reader, Store(path) as writer:
        writer.save_year(example_year)
        first = reader.load_year(2023)
        assert reader.load_year(2023) is first  # unchanged: served without rereading
        changed = dataclasses.replace(example_year, title="改过的标题")
        writer.save_year(changed, replace=True)
        assert reader.load_year(2023).title == "改过的标题"


def test_cache_sees_own_writes(tmp_path, example_year):
    with Store(tmp_path / "a.db") as store:
        store.save_year(example_year)
        store.load_year(2023)
        store.save_year(dataclasses.replace(example_year, title="新标题"), replace=True)
        assert store.load_year(2023).title == "新标题"


def test_unknown_year(tmp_path):
    with Store(tmp_path / "a.db") as store:
        with pytest.raises(YearNotFoundError, match="1999"):
            store.load_year(1999)


def test_newer_schema_is_refused_untouched(tmp_path):
    path = tmp_path / "future.db"
    with sqlite3.connect(path) as connection:
        connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    before = path.read_bytes()
    with pytest.raises(StorageError, match="较新版本"):
        Store(path)
    assert path.read_bytes() == before


def test_garbage_file_is_refused(tmp_path):
    path = tmp_path / "garbage.db"
    path.write_bytes(b"\x00garbage" * 1000)
    with pytest.raises(StorageError, match="不是数据库文件"):
        Store(path)
    assert path.read_bytes() == b"\x00garbage" * 1000


def _foreign(path):
    other = sqlite3.connect(path)
    other.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")
    other.execute("INSERT INTO photos (name) VALUES ('家')")
    other.commit()
    other.close()


@pytest.mark.parametrize("kind, message", [
    ("foreign", "其他程序的 SQLite 数据库"), ("empty", "空文件"), ("missing", "找不到数据库文件"),
    ("text", "不是数据库文件"), ("folder", "是文件夹"),
])
def test_a_file_that_is_not_ours_is_refused_without_a_byte_changed(tmp_path, kind, message):
    path = tmp_path / "their.db"
    if kind == "foreign":
        _foreign(path)
    elif kind == "empty":
        path.write_bytes(b"")
    elif kind == "text":
        path.write_text("年度,镇街\n2023,凤城街道\n", encoding="utf-8")
    elif kind == "folder":
        path.mkdir()
    before = {p.name: (p.read_bytes() if p.is_file() else None) for p in tmp_path.iterdir()}
    with pytest.raises(StorageError, match=message) as refused:
        Store(path, create=False)
    assert str(path) in str(refused.value)
    after = {p.name: (p.read_bytes() if p.is_file() else None) for p in tmp_path.iterdir()}
    assert after == before  # not switched to WAL, no tables added, no side files, nothing created


def test_a_new_database_is_made_only_when_asked(tmp_path):
    with Store(tmp_path / "new.db", create=True) as store:
        assert store.list_years() == []
    empty = tmp_path / "empty.db"
    empty.write_bytes(b"")
    with Store(empty, create=True) as store:  # an empty file chosen in the "new database" dialog
        assert store.schema_version == SCHEMA_VERSION


def test_a_full_disk_and_a_read_only_database_each_get_their_own_message_and_lose_nothing(tmp_path, example_year):
    path = tmp_path / "a.db"
    with Store(path) as store:
        store.save_year(example_year)
        pages = store.db.execute("PRAGMA page_count").fetchone()[0]
        store.db.execute(f"PRAGMA max_page_count = {pages + 1}")  # as if the disk had one page left
        big = generate_year(60, 40, seed=3)
        with pytest.raises(StorageError, match="磁盘已满") as full:
            store.save_year(dataclasses.replace(big, year=2031))
        assert "损坏" not in str(full.value)
        assert store.list_years() == [(2023, example_year.title)]
        assert not store.db.conn.in_transaction
        store.db.execute("PRAGMA query_only = 1")  # writes refused as on a read-only file
        with pytest.raises(StorageError, match="只读") as read_only:
            store.set_score(2023, Score("T01", "I01", Decimal("1")))
        assert "损坏" not in str(read_only.value)
    with Store(path) as store:
        assert store.load_year(2023) == example_year


def test_generated_large_year_round_trips(tmp_path):
    year = generate_year(60, 40, seed=3, missing_share=0.05, veto_count=3)
    with Store(tmp_path / "big.db") as store:
        store.save_year(year)
        loaded = store.load_year(year.year, use_cache=False)
    assert loaded == year
    assert compute(loaded) == compute(year)


@settings(max_examples=examples(25), deadline=None, **reproducible())
@given(seed=st.integers(0, 10_000), towns=st.integers(1, 30), parts=st.integers(2, 40),
       missing=st.sampled_from([0.0, 0.1]), mode=st.sampled_from(["proportion", "threshold"]),
       every_field=st.booleans())
def test_export_of_import_is_semantically_equal(seed, towns, parts, missing, mode, every_field):
    """file → database → file gives back the same year (defaults made explicit), with
    notes, several deductions, bonus groups, issuer and every optional field."""
    with tempfile.TemporaryDirectory() as folder:
        _round_trip(Path(folder), seed, towns, parts, missing, mode, every_field)


def _round_trip(tmp_path, seed, towns, parts, missing, mode, every_field):
    year = generate_year(towns, parts, seed=seed, missing_share=missing, veto_count=seed % 3 + int(every_field),
                         grade_mode=mode, every_field=every_field)
    source = tmp_path / f"in-{seed}.json"
    write_year_file(year, source)
    original = read_year_file(source)
    db = tmp_path / f"y-{seed}.db"
    with Store(db) as store:
        store.save_year(original)
    with Store(db) as store:
        exported = tmp_path / f"out-{seed}.json"
        write_year_file(store.load_year(original.year), exported)
    again = read_year_file(exported)
    assert again == original == year
    assert year_to_dict(again) == year_to_dict(original)


def test_file_text_round_trip_of_example_is_stable(tmp_path, example_year):
    out = tmp_path / "out.json"
    write_year_file(example_year, out)
    assert parse_year_text(out.read_text(encoding="utf-8")) == example_year


def database_as_release(path: Path, version: int, year, scratch: Path) -> None:
    """A database as the release with ``version`` migrations stored ``year``: the same rows,
    only the columns and tables that release had."""
    from desktop_app.storage.migrations import MIGRATIONS

    with Store(scratch) as current:
        current.save_year(year)
        old = sqlite3.connect(path)
        for script in MIGRATIONS[:version]:
            old.executescript(script)
        old.execute(f"PRAGMA user_version = {version}")
        tables = [name for (name,) in old.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        for table in tables:
            columns = ", ".join(c[1] for c in old.execute(f"PRAGMA table_info([{table}])"))
            rows = current.db.execute(f"SELECT {columns} FROM [{table}] ORDER BY rowid").fetchall()
            if rows:
                marks = ", ".join("?" * len(rows[0]))
                old.executemany(f"INSERT INTO [{table}] ({columns}) VALUES ({marks})", rows)
        old.commit()
        old.close()


def test_old_database_is_migrated_with_its_data(tmp_path, example_year, plan_wording):
    path = tmp_path / "v1.db"
    database_as_release(path, 1, example_year, tmp_path / "scratch.db")
    with sqlite3.connect(path) as old:
        assert "entered_at" not in {c[1] for c in old.execute("PRAGMA table_info(scores)")}
    with Store(path) as store:
        assert store.schema_version == SCHEMA_VERSION
        # Years stored before the plan wording was the year's keep what the program offered them;
        # the rule that every loss needs a reason came later, and stays off for them.
        wording = {key: value for key, value in plan_wording.items() if key != "rules"}
        assert store.load_year(2023) == dataclasses.replace(example_year, **wording)
        assert store.load_year(2023).rules.require_loss_reasons is False
        assert "entered_at" in {c[1] for c in store.db.execute("PRAGMA table_info(scores)")}
        store.set_department_submitted(2023, "zjw", True)
        assert "zjw" in store.submitted_departments(2023)


def test_migration_numbers_register_records_in_their_stored_order(tmp_path, example_year):
    """Records of each year are numbered 0, 1, 2 … in the order they were stored, per year."""
    path = tmp_path / "v3.db"
    other_year = dataclasses.replace(example_year, year=2024)
    database_as_release(path, 3, example_year, tmp_path / "scratch.db")
    with Store(path) as store:
        store.save_year(other_year)
        positions = store.db.execute(
            "SELECT position FROM bonuses WHERE year_id = (SELECT id FROM years WHERE year = 2023) ORDER BY id").fetchall()
        assert [p for (p,) in positions] == list(range(len(example_year.bonuses)))
        assert store.load_year(2023).bonuses == example_year.bonuses
        assert store.load_year(2024).bonuses == example_year.bonuses


def test_scores_written_one_by_one_are_stored_as_exact_text(tmp_path, example_year):
    """set_scores keeps the number as typed: "3" stays 3 (not 3.0), 4.18 stays 4.18."""
    from desktop_app.domain.model import Deduction

    with Store(tmp_path / "a.db") as store:
        store.save_year(example_year)
        store.set_scores(2023, [
            Score("T01", "I01", Decimal("3")),
            Score("T02", "I03", Decimal("4.18"), (Deduction("台账不全", Decimal("0.8")), Deduction("未整改", Decimal("1"))),
                  "复核"),
        ])
        raw = dict(store.db.execute(
            "SELECT t.code || '/' || p.code, s.score || '|' || typeof(s.score) FROM scores s"
            " JOIN towns t ON t.id = s.town_id JOIN parts p ON p.id = s.part_id"
            " WHERE t.code || '/' || p.code IN ('T01/I01', 'T02/I03')").fetchall())
        deductions = store.db.execute(
            "SELECT d.points, typeof(d.points), d.reason FROM deductions d JOIN scores s ON s.id = d.score_id"
            " JOIN towns t ON t.id = s.town_id JOIN parts p ON p.id = s.part_id"
            " WHERE t.code = 'T02' AND p.code = 'I03' ORDER BY d.position").fetchall()
    assert raw == {"T01/I01": "3|text", "T02/I03": "4.18|text"}
    assert deductions == [("0.8", "text", "台账不全"), ("1", "text", "未整改")]
    with Store(tmp_path / "a.db") as store:
        scores = {(s.town, s.part): s for s in store.load_year(2023, use_cache=False).scores}
    assert str(scores[("T01", "I01")].score) == "3"
    assert scores[("T02", "I03")] == Score("T02", "I03", Decimal("4.18"),
                                           (Deduction("台账不全", Decimal("0.8")), Deduction("未整改", Decimal("1"))), "复核")


# --- opening ---------------------------------------------------------------------

def test_a_new_database_path_gets_its_folders_created(tmp_path, example_year):
    path = tmp_path / "office" / "2023" / "a.db"
    with Store(path) as store:
        store.save_year(example_year)
    with Store(path) as store:  # the folder exists now: opening again is fine
        assert store.load_year(2023) == example_year


def _corrupt_an_index(path) -> None:
    """Overwrite the cells of one index page, as a disk fault would, leaving the tables readable."""
    with sqlite3.connect(path) as connection:
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
        root = connection.execute("SELECT rootpage FROM sqlite_master WHERE name = 'scores_year'").fetchone()[0]
    connection.close()
    data = bytearray(path.read_bytes())
    end = root * page_size
    data[end - 200:end] = b"\xff" * 200
    path.write_bytes(bytes(data))


def test_a_damaged_database_fails_the_integrity_check_on_open(tmp_path, example_year):
    path = tmp_path / "a.db"
    with Store(path) as store:
        store.save_year(example_year)
    _corrupt_an_index(path)
    with pytest.raises(StorageError, match="完整性检查未通过") as refused:
        Store(path)
    assert str(path) in str(refused.value)
    with Store(path, check_integrity=False) as store:  # only the check refuses it
        assert store.list_years() == [(2023, example_year.title)]


def test_an_empty_file_becomes_a_new_database(tmp_path):
    path = tmp_path / "a.db"
    path.write_bytes(b"")
    with Store(path) as store:
        assert store.schema_version == SCHEMA_VERSION
        assert store.list_years() == []


def test_a_database_from_before_the_first_release_gets_every_table(tmp_path, example_year):
    """A file with version 0 runs every migration, one statement at a time, and ends in WAL mode."""
    path = tmp_path / "a.db"
    sqlite3.connect(path).close()
    with Store(path) as store:
        tables = {row[0] for row in store.db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert {"years", "scores", "deductions", "department_submissions", "app_settings"} <= tables
        assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        store.save_year(example_year)
    assert _stored_scores(path) == {(s.town, s.part): s for s in example_year.scores}


def test_loading_a_year_leaves_the_garbage_collector_as_it_was(tmp_path, example_year):
    with Store(tmp_path / "a.db") as store:
        store.save_year(example_year)
        assert gc.isenabled()
        store.load_year(2023)
        assert gc.isenabled()
        gc.disable()
        try:
            store.load_year(2023, use_cache=False)
            assert not gc.isenabled()
        finally:
            gc.enable()


def test_a_backup_is_a_complete_copy_taken_while_the_database_is_open(tmp_path, example_year):
    with Store(tmp_path / "a.db") as store:
        store.save_year(example_year)
        store.set_department_submitted(2023, "zjw", True)
        store.set_setting("seal.png", b"\x89PNG")
        store.backup_to(tmp_path / "backups" / "copy.db")
        store.set_score(2023, Score("T01", "I01", Decimal("1")))  # still usable, later writes not in the copy
    with Store(tmp_path / "backups" / "copy.db") as copy:
        assert copy.load_year(2023) == example_year
        assert set(copy.submitted_departments(2023)) == {"zjw"}
        assert copy.get_setting("seal.png") == b"\x89PNG"
    assert [p.name for p in (tmp_path / "backups").iterdir()] == ["copy.db"]


# --- transactions and the cached year ---------------------------------------------

def _stored_scores(path, year=2023) -> dict:
    """What a fresh connection reads back: (town, part) -> Score."""
    with Store(path) as store:
        return {(s.town, s.part): s for s in store.load_year(year, use_cache=False).scores}


def _count_reads(store, monkeypatch) -> list:
    """Record every full read of a year from the file."""
    reads = []
    original = store._load_year
    monkeypatch.setattr(store, "_load_year", lambda year_id: reads.append(year_id) or original(year_id))
    return reads


def test_a_loaded_year_is_reused_until_something_is_committed(tmp_path, example_year, monkeypatch):
    with Store(tmp_path / "a.db") as store:
        store.save_year(example_year)
        reads = _count_reads(store, monkeypatch)
        first = store.load_year(2023)
        assert store.load_year(2023) is first
        assert reads and len(reads) == 1
        assert store.load_year(2023, use_cache=False) == first and len(reads) == 2
        store.set_setting("theme", "dark")  # any commit: the year is read again next time
        assert store.load_year(2023) == first and len(reads) == 3


def test_score_writes_patch_the_cached_year_after_the_outermost_commit(tmp_path, example_year, monkeypatch):
    path = tmp_path / "a.db"
    with Store(path) as store:
        store.save_year(example_year)
        store.load_year(2023)
        reads = _count_reads(store, monkeypatch)
        with store.transaction():
            store.set_score(2023, Score("T01", "I01", Decimal("1.5"), note="复核"))
            with store.transaction():
                store.delete_score(2023, "T01", "I02")
            store.set_scores(2023, [Score("T02", "I01", Decimal("2"))])
        store.delete_scores(2023, [("T03", "I01"), ("T04", "I01")])
        store.set_score(2023, Score("T05", "I01", Decimal("0.5")))
        cached = store.load_year(2023)
        assert reads == []
    stored = _stored_scores(path)
    assert {(s.town, s.part): s for s in cached.scores} == stored
    assert stored[("T01", "I01")] == Score("T01", "I01", Decimal("1.5"), note="复核")
    assert stored[("T02", "I01")].score == Decimal("2") and stored[("T05", "I01")].score == Decimal("0.5")
    assert not {("T01", "I02"), ("T03", "I01"), ("T04", "I01")} & set(stored)
    assert len(stored) == len(example_year.scores) - 3


def test_a_rolled_back_transaction_leaves_no_trace_in_file_or_cache(tmp_path, example_year):
    path = tmp_path / "a.db"
    with Store(path) as store:
        store.save_year(example_year)
        before = store.load_year(2023)
        with pytest.raises(RuntimeError):
            with store.transaction():
                store.set_score(2023, Score("T01", "I01", Decimal("1")))
                store.delete_score(2023, "T01", "I02")
                store.set_department_submitted(2023, "zjw", True)
                store.set_setting("theme", "dark")
                raise RuntimeError("stopped half-way")
        assert store.load_year(2023) == before == example_year
        assert store.submitted_departments(2023) == {}
        assert store.get_setting("theme") is None
        store.set_score(2023, Score("T02", "I01", Decimal("2")))  # the next write starts clean
        after = store.load_year(2023)
    assert after == dataclasses.replace(example_year, scores=tuple(
        s for s in example_year.scores if (s.town, s.part) != ("T02", "I01")) + (Score("T02", "I01", Decimal("2")),))
    assert _stored_scores(path) == {(s.town, s.part): s for s in after.scores}


def test_a_failed_inner_transaction_undoes_only_its_own_writes(tmp_path, example_year):
    path = tmp_path / "a.db"
    with Store(path) as store:
        store.save_year(example_year)
        store.load_year(2023)
        with store.transaction():
            store.set_score(2023, Score("T01", "I01", Decimal("1")))
            with pytest.raises(StorageError):
                with store.transaction():
                    store.set_score(2023, Score("T02", "I01", Decimal("2")))
                    store.set_score(2023, Score("T99", "I01", Decimal("2")))
            store.set_score(2023, Score("T03", "I01", Decimal("3")))
        cached = {(s.town, s.part): s.score for s in store.load_year(2023).scores}
        store.set_score(2023, Score("T04", "I01", Decimal("4")))
        later = {(s.town, s.part): s.score for s in store.load_year(2023).scores}
    stored = {key: s.score for key, s in _stored_scores(path).items()}
    assert stored[("T01", "I01")] == Decimal("1") and stored[("T03", "I01")] == Decimal("3")
    original = {(s.town, s.part): s.score for s in example_year.scores}
    assert stored[("T02", "I01")] == original[("T02", "I01")]  # as it was
    assert stored[("T04", "I01")] == Decimal("4")
    assert cached == {**stored, ("T04", "I01"): original[("T04", "I01")]}
    assert later == stored



def test_a_write_after_another_connection_committed_keeps_both_changes(tmp_path, example_year):
    """Two windows on one file: each one's own write must not hide what the other committed."""
    path = tmp_path / "a.db"
    with Store(path) as store:
        store.save_year(example_year)
    with Store(path) as mine, Store(path) as theirs:
        mine.load_year(2023)
        theirs.set_score(2023, Score("T01", "I01", Decimal("1")))
        mine.set_score(2023, Score("T02", "I01", Decimal("2")))
        seen = {(s.town, s.part): s.score for s in mine.load_year(2023).scores}
        mine.update_year(dataclasses.replace(mine.load_year(2023), title="改过的标题"))
    stored = {key: s.score for key, s in _stored_scores(path).items()}
    assert seen[("T01", "I01")] == stored[("T01", "I01")] == Decimal("1")
    assert seen[("T02", "I01")] == stored[("T02", "I01")] == Decimal("2")


def test_another_connection_cannot_write_during_a_transaction_and_is_refused_after_the_busy_timeout(tmp_path, example_year):
    path = tmp_path / "a.db"
    with Store(path) as store:
        store.save_year(example_year)
    with Store(path) as mine, Store(path, busy_timeout=0.2) as theirs:
        mine.load_year(2023)
        with mine.transaction():
            with pytest.raises(DatabaseBusyError) as refused:
                theirs.set_score(2023, Score("T01", "I01", Decimal("1")))
            mine.set_score(2023, Score("T02", "I01", Decimal("2")))
        seen = {(s.town, s.part): s.score for s in mine.load_year(2023).scores}
        assert not theirs.db.conn.in_transaction  # the refused write left nothing open
        theirs.set_score(2023, Score("T03", "I01", Decimal("3")))  # and the next one goes through
        assert theirs.load_year(2023) == mine.load_year(2023)
    assert "另一个程序" in str(refused.value) and "0.2 秒" in str(refused.value) and str(path) in str(refused.value)
    stored = _stored_scores(path)
    assert seen[("T02", "I01")] == Decimal("2") and stored[("T02", "I01")].score == Decimal("2")
    assert stored[("T01", "I01")].score == next(x.score for x in example_year.scores if (x.town, x.part) == ("T01", "I01"))
    assert stored[("T03", "I01")].score == Decimal("3")


def test_a_year_scored_and_deleted_in_one_transaction_is_gone(tmp_path, example_year):
    with Store(tmp_path / "a.db") as store:
        store.save_year(example_year)
        store.load_year(2023)
        with store.transaction():
            store.set_score(2023, Score("T01", "I01", Decimal("1")))
            store.delete_year(2023)
        with pytest.raises(YearNotFoundError):
            store.load_year(2023)



def test_a_year_rewritten_and_scored_in_one_transaction_is_read_back_with_both(tmp_path, example_year):
    path = tmp_path / "a.db"
    with Store(path) as store:
        store.save_year(example_year)
        store.load_year(2023)
        with store.transaction():
            store.update_year(dataclasses.replace(example_year, title="改过的标题"))
            store.set_score(2023, Score("T01", "I01", Decimal("1")))
        updated = store.load_year(2023)
        with store.transaction():
            store.save_year(dataclasses.replace(example_year, title="重新导入"), replace=True)
            store.delete_score(2023, "T01", "I02")
        imported = store.load_year(2023)
    assert updated.title == "改过的标题" and Score("T01", "I01", Decimal("1")) in updated.scores
    assert imported.title == "重新导入" and ("T01", "I02") not in {(s.town, s.part) for s in imported.scores}
    with Store(path) as fresh:
        assert fresh.load_year(2023) == imported


# --- scores, entry times and submissions --------------------------------------------

def test_a_batch_naming_an_unknown_town_or_part_stores_none_of_its_scores(tmp_path, example_year):
    path = tmp_path / "a.db"
    with Store(path) as store:
        store.save_year(example_year)
        for unknown in (Score("T99", "I01", Decimal("1")), Score("T01", "I99", Decimal("1"))):
            with pytest.raises(StorageError) as refused:
                store.set_scores(2023, [Score("T01", "I01", Decimal("1")), unknown])
            assert unknown.town in str(refused.value) and unknown.part in str(refused.value)
            assert store.load_year(2023) == example_year
        assert store.score_times(2023) == {}
    assert _stored_scores(path) == {(s.town, s.part): s for s in example_year.scores}


def test_replacing_a_score_replaces_its_deductions_and_note(tmp_path, example_year):
    path = tmp_path / "a.db"
    with Store(path) as store:
        store.save_year(example_year)
        store.set_score(2023, Score("T01", "I03", Decimal("3"),
                                    (Deduction("甲", Decimal("1")), Deduction("乙", Decimal("1"))), "初评"))
        store.set_score(2023, Score("T01", "I03", Decimal("4.5"), (Deduction("丙", Decimal("0.5")),)))
        store.set_score(2023, Score("T01", "I04", Decimal("5")))
        in_file = store.db.execute("SELECT count(*) FROM deductions d JOIN scores s ON s.id = d.score_id"
                                   " JOIN towns t ON t.id = s.town_id WHERE t.code = 'T01'").fetchone()[0]
        cached = {(s.town, s.part): s for s in store.load_year(2023).scores}
    stored = _stored_scores(path)
    assert stored[("T01", "I03")] == Score("T01", "I03", Decimal("4.5"), (Deduction("丙", Decimal("0.5")),))
    assert stored[("T01", "I04")] == Score("T01", "I04", Decimal("5"))
    assert in_file == sum(len(s.deductions) for s in stored.values() if s.town == "T01")
    assert cached == stored
    assert len(stored) == len(example_year.scores)


def test_deleting_scores_removes_just_those_cells(tmp_path, example_year):
    path = tmp_path / "a.db"
    with Store(path) as store:
        store.save_year(example_year)
        store.load_year(2023)
        store.delete_scores(2023, [("T01", "I03"), ("T02", "I01"), ("T99", "I01"), ("T01", "I99")])
        store.delete_score(2023, "T03", "I01")
        cached = {(s.town, s.part): s for s in store.load_year(2023).scores}
        deductions = store.db.execute("SELECT count(*) FROM deductions").fetchone()[0]
    expected = {(s.town, s.part): s for s in example_year.scores
                if (s.town, s.part) not in {("T01", "I03"), ("T02", "I01"), ("T03", "I01")}}
    assert _stored_scores(path) == expected == cached
    assert deductions == sum(len(s.deductions) for s in expected.values())


def test_each_entered_score_records_when_it_was_entered(tmp_path, example_year):
    with Store(tmp_path / "a.db") as store:
        store.save_year(example_year)
        store.save_year(dataclasses.replace(example_year, year=2024, title="2024"))
        assert store.score_times(2023) == {}  # imported scores have no entry time
        before = datetime.now().replace(microsecond=0)
        store.set_scores(2023, [Score("T01", "I01", Decimal("1")), Score("T02", "I07-2", Decimal("2"))])
        store.set_score(2024, Score("T05", "I02", Decimal("1")))
        after = datetime.now()
        times = store.score_times(2023)
        assert set(times) == {("T01", "I01"), ("T02", "I07-2")}
        for when in times.values():
            assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d", when)
            assert before <= datetime.fromisoformat(when) <= after
        assert set(store.score_times(2024)) == {("T05", "I02")}
        store.delete_score(2023, "T01", "I01")
        assert set(store.score_times(2023)) == {("T02", "I07-2")}
        with pytest.raises(YearNotFoundError):
            store.score_times(1999)


def test_department_submissions_are_kept_per_year_and_can_be_reopened(tmp_path, example_year):
    path = tmp_path / "a.db"
    with Store(path) as store:
        store.save_year(example_year)
        store.save_year(dataclasses.replace(example_year, year=2024, title="2024"))
        before = datetime.now().replace(microsecond=0)
        store.set_department_submitted(2023, "zjw", True)
        store.set_department_submitted(2023, "jw", True)
        store.set_department_submitted(2023, "jw", True)  # submitting again is fine
        store.set_department_submitted(2024, "mzj", True)
        store.set_department_submitted(2023, "zjw", False)
        store.set_department_submitted(2023, "slj", False)  # never submitted: nothing to reopen
    with Store(path) as store:
        submitted = store.submitted_departments(2023)
        assert set(submitted) == {"jw"}
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d", submitted["jw"])
        assert before <= datetime.fromisoformat(submitted["jw"]) <= datetime.now()
        assert set(store.submitted_departments(2024)) == {"mzj"}
        with pytest.raises(YearNotFoundError):
            store.set_department_submitted(1999, "jw", True)
        with pytest.raises(YearNotFoundError):
            store.submitted_departments(1999)


def test_updating_a_year_keeps_the_submissions_of_departments_still_in_it(tmp_path, example_year):
    path = tmp_path / "a.db"
    with Store(path) as store:
        store.save_year(example_year)
        store.save_year(dataclasses.replace(example_year, year=2024, title="2024"))
        store.set_department_submitted(2023, "zjw", True)
        store.set_department_submitted(2023, "jw", True)
        store.set_department_submitted(2024, "jw", True)
        kept = store.submitted_departments(2023)["zjw"]
        without_jw = dataclasses.replace(
            example_year, title="改", departments=tuple(d for d in example_year.departments if d.code != "jw"),
            indicators=tuple(dataclasses.replace(i, parts=tuple(
                dataclasses.replace(p, department="zjw") if p.department == "jw" else p for p in i.parts))
                for i in example_year.indicators))
        store.update_year(without_jw)
        with pytest.raises(YearNotFoundError):
            store.update_year(dataclasses.replace(example_year, year=1999))
    with Store(path) as store:
        assert store.submitted_departments(2023) == {"zjw": kept}
        assert set(store.submitted_departments(2024)) == {"jw"}
        assert store.load_year(2023) == without_jw
        assert [y for y, _ in store.list_years()] == [2023, 2024]


# --- settings and whole years --------------------------------------------------------

def test_settings_hold_text_or_bytes_and_none_removes_them(tmp_path):
    path = tmp_path / "a.db"
    with Store(path) as store:
        assert store.get_setting("seal.png") is None
        store.set_setting("seal.png", b"\x89PNG old")
        store.set_setting("seal.png", b"\x89PNG new")
        store.set_setting("fonts", '{"正文": "仿宋"}')
        store.set_setting("theme", "dark")
        store.set_setting("theme", None)
        store.set_setting("never-set", None)
    with Store(path) as store:
        assert store.get_setting("seal.png") == b"\x89PNG new"
        assert store.get_setting("fonts") == '{"正文": "仿宋"}'
        assert store.get_setting("theme") is None
        assert store.db.execute("SELECT key FROM app_settings ORDER BY key").fetchall() == [("fonts",), ("seal.png",)]


def _row_counts(store) -> dict:
    """Rows of every table that holds a year's data (the audit trail only grows)."""
    return {table: store.db.execute(f"SELECT count(*) FROM [{table}]").fetchone()[0] for table in store.db.table_names()
            if not table.startswith("audit_")}


def test_deleting_a_year_removes_all_of_it_and_nothing_of_the_others(tmp_path, example_year):
    path = tmp_path / "a.db"
    other = dataclasses.replace(example_year, year=2024, title="2024 年度")
    with Store(path) as store:
        store.save_year(example_year)
        store.save_year(other)
        store.set_department_submitted(2023, "zjw", True)
        store.set_score(2023, Score("T01", "I01", Decimal("1")))
        before = _row_counts(store)
        store.load_year(2023)
        store.delete_year(2023)
        assert not store.has_year(2023) and store.has_year(2024)
        with pytest.raises(YearNotFoundError, match="2024"):
            store.load_year(2023)
        with pytest.raises(YearNotFoundError):
            store.delete_year(2023)
        after = _row_counts(store)
    assert before["scores"] == 2 * len(example_year.scores) and before["department_submissions"] == 1
    assert after == {table: count // 2 for table, count in before.items()}  # the two years had the same rows
    with Store(path) as store:
        deleted = store.audit_entries(2023)[-1]
    removed = {table: before[table] - after[table] for table in before}
    assert (deleted["target"], deleted["change"]) == ("years", "delete")  # one entry, with the count of rows it removed
    assert deleted["rows"] == sum(removed.values()) - removed["years"] - removed["indicator_towns"]
    with Store(path) as store:
        assert store.load_year(2024) == other


def test_an_unknown_year_is_reported_with_the_years_there_are(tmp_path, example_year):
    with Store(tmp_path / "a.db") as store:
        with pytest.raises(YearNotFoundError, match="无"):
            store.set_score(1999, Score("T01", "I01", Decimal("1")))
        store.save_year(example_year)
        store.save_year(dataclasses.replace(example_year, year=2021, title="2021"))
        with pytest.raises(YearNotFoundError) as refused:
            store.delete_scores(1999, [("T01", "I01")])
        assert "1999" in str(refused.value) and "2021、2023" in str(refused.value)


def test_replacing_a_year_leaves_the_other_years_alone(tmp_path, example_year):
    path = tmp_path / "a.db"
    other = dataclasses.replace(example_year, year=2024, title="2024 年度")
    changed = dataclasses.replace(example_year, title="改过", scores=example_year.scores[5:])
    with Store(path) as store:
        store.save_year(example_year)
        store.save_year(other)
        with pytest.raises(YearExistsError, match="2024"):
            store.save_year(other)
        store.save_year(changed, replace=True)
    with Store(path) as store:
        assert store.load_year(2023) == changed
        assert store.load_year(2024) == other
        assert store.list_years() == [(2023, "改过"), (2024, "2024 年度")]


def test_an_older_sqlite_utils_is_refused_when_the_store_is_imported():
    """Database.atomic() came with sqlite-utils 4.0: an older one fails loudly at import, and
    the project declares what the code needs."""
    import tomllib
    import types

    from desktop_app.storage.database import require_transactions

    class OldDatabase:  # sqlite-utils 3.x: no atomic()
        def transaction(self):
            pass

    with pytest.raises(ImportError) as raised:
        require_transactions(types.SimpleNamespace(Database=OldDatabase))
    assert str(raised.value) == "the installed sqlite-utils is too old: version 4.0 or later is needed"
    require_transactions(sqlite_utils)  # the installed one has it
    declared = tomllib.loads((Path(__file__).parent.parent / "pyproject.toml").read_text(encoding="utf-8"))
    assert "sqlite-utils>=4.0" in declared["project"]["dependencies"]


def test_update_year_gives_a_changed_score_a_new_entry_time_and_keeps_the_cache_in_stored_order(tmp_path, example_year,
                                                                                              monkeypatch):
    with Store(tmp_path / "u.db") as store:
        store.save_year(example_year)
        store.load_year(2023)
        first = example_year.scores[0]
        changed = first._replace(score=first.score - Decimal("0.5"), deductions=())
        # the caller's list has the changed score last: the store keeps its row, so it loads first
        year = dataclasses.replace(example_year, scores=(*example_year.scores[1:], changed))
        reads = []
        original = store._load_year
        monkeypatch.setattr(store, "_load_year", lambda year_id: reads.append(year_id) or original(year_id))
        store.update_year(year)
        cached = store.load_year(2023)
        assert reads == []  # served by write-through, not by a reload
        monkeypatch.undo()
        assert cached == store.load_year(2023, use_cache=False)  # the same order too
        assert cached.scores[0] == changed
        assert set(store.score_times(2023)) == {(first.town, first.part)}


@pytest.mark.parametrize("seed", range(6))
def test_update_year_stores_exactly_the_year_given_after_random_edits(tmp_path, example_year, seed):
    """Scores changed, added and removed (value, deductions, note), register records inserted,
    removed and replaced anywhere: what is stored is exactly the year given, untouched rows
    keep their ids, and a score whose deductions alone changed keeps its row."""
    import random

    from desktop_app.domain.model import Bonus, Deduction, Inspection

    rng = random.Random(seed)
    with Store(tmp_path / "r.db") as store:
        store.save_year(example_year)
        year = example_year
        for _ in range(4):
            scores = list(year.scores)
            rng.shuffle(scores)
            kept, dropped = scores[8:], scores[:3]
            edited = [s._replace(note=f"复核{rng.randint(1, 9)}") for s in scores[3:5]]
            itemised = [s._replace(deductions=(Deduction("台账", Decimal("0.5")), Deduction("超期", Decimal("0.25"))))
                        for s in scores[5:8]]
            bonuses = list(year.bonuses)
            bonuses.insert(rng.randrange(len(bonuses) + 1), Bonus(rng.choice(year.towns).code, "B01", rng.randint(1, 3)))
            if len(bonuses) > 2:
                del bonuses[rng.randrange(len(bonuses))]
                bonuses[rng.randrange(len(bonuses))] = dataclasses.replace(bonuses[0], evidence=f"文{rng.randint(1, 99)}")
            inspections = list(year.inspections)
            rng.shuffle(inspections)
            inspections.append(Inspection(rng.choice(year.towns).code, year.inspection_types[0].code, 9))
            year = dataclasses.replace(year, scores=tuple(kept + edited + itemised), bonuses=tuple(bonuses),
                                       inspections=tuple(inspections))
            before = {(t, p): i for i, t, p in store.db.execute(
                "SELECT s.id, t.code, p.code FROM scores s JOIN towns t ON t.id = s.town_id"
                " JOIN parts p ON p.id = s.part_id")}
            store.update_year(year)
            stored = store.load_year(2023, use_cache=False)
            assert stored == dataclasses.replace(year, scores=stored.scores)
            assert sorted(stored.scores) == sorted(year.scores)
            assert store.load_year(2023) == stored  # the cache, order included
            after = {(t, p): i for i, t, p in store.db.execute(
                "SELECT s.id, t.code, p.code FROM scores s JOIN towns t ON t.id = s.town_id"
                " JOIN parts p ON p.id = s.part_id")}
            for score in kept + edited + itemised:
                cell = (score.town, score.part)
                if cell in before:
                    assert after[cell] == before[cell]  # the row stays; only its values change
            assert not {(s.town, s.part) for s in dropped} & set(after)


@pytest.mark.parametrize("rules", [
    dict(grade_mode="threshold", quota_rounding="round", boundary_ties="exclude", rank_style="dense", veto_grade="较好",
         grades=(("好", None, "90"), ("较好", None, "80"), ("一般", None, None))),
    dict(grade_mode="proportion", quota_rounding="floor", boundary_ties="include", rank_style="competition", veto_grade=None,
         grades=(("好", "0.3", None), ("较好", "0.5", None), ("一般", None, None))),
])
def test_every_rule_of_a_year_comes_back_from_the_store(tmp_path, example_year, rules):
    """Each field of the rules, set away from its default, read back by a fresh connection."""
    from desktop_app.domain.model import Grade, Rules

    grades = tuple(Grade(name, None if share is None else Decimal(share), None if low is None else Decimal(low))
                   for name, share, low in rules["grades"])
    wanted = Rules(full_score=Decimal("120"), bonus_cap=Decimal("4.5"), grade_mode=rules["grade_mode"], grades=grades,
                   quota_rounding=rules["quota_rounding"], boundary_ties=rules["boundary_ties"],
                   veto_grade=rules["veto_grade"], rank_style=rules["rank_style"])
    year = dataclasses.replace(example_year, rules=wanted)
    with Store(tmp_path / "a.db") as store:
        store.save_year(year)
    with Store(tmp_path / "a.db") as store:
        assert store.load_year(2023).rules == wanted


def test_update_year_writes_new_scores_listed_first_and_changed_deductions_together(tmp_path, example_year):
    """A new score ahead of changed ones in the year's order, and a changed itemised score
    beside a new itemised one: each lands, with its own deductions."""
    from desktop_app.domain.scheme_edit import fit_entries

    bare = dataclasses.replace(example_year, scores=tuple(s for s in example_year.scores if (s.town, s.part) != ("T05", "I01")))
    with Store(tmp_path / "a.db") as store:
        store.save_year(bare)
        stored = {(s.town, s.part): s for s in bare.scores}
        itemised = next(s for s in bare.scores if s.deductions)
        changed_plain = stored["T02", "I02"]._replace(score=Decimal("0.5"))
        changed_items = itemised._replace(deductions=(Deduction("重新核定", itemised.deductions[0].points),))
        new = Score("T05", "I01", Decimal("2.5"), (Deduction("新扣分", Decimal("0.5")),))
        rest = [s for s in bare.scores if (s.town, s.part) not in {("T02", "I02"), (itemised.town, itemised.part)}]
        edited = fit_entries(dataclasses.replace(bare, scores=(new, *rest, changed_plain, changed_items)))
        store.update_year(edited)
        back = {(s.town, s.part): s for s in store.load_year(2023, use_cache=False).scores}
    assert back["T05", "I01"] == new
    assert back["T02", "I02"].score == Decimal("0.5")
    assert back[itemised.town, itemised.part].deductions == changed_items.deductions


def test_one_record_added_among_hundreds_of_alike_ones_is_one_insert(tmp_path, example_year):
    """Long registers repeat the same kinds of record; adding one must not rewrite the others."""
    from desktop_app.domain.model import Bonus

    alike = tuple(Bonus("T01" if n % 2 else "T02", "B05", 1, None, None, None) for n in range(260))
    with Store(tmp_path / "a.db") as store:
        store.save_year(dataclasses.replace(example_year, bonuses=alike))
        ids = [row[0] for row in store.db.execute("SELECT id FROM bonuses ORDER BY position")]
        before = len(store.audit_entries())
        added = Bonus("T03", "B01", 1, None, "新表彰", None)
        store.update_year(dataclasses.replace(store.load_year(2023), bonuses=alike[:130] + (added,) + alike[130:]))
        written = store.audit_entries()[before:]
        after = [row[0] for row in store.db.execute("SELECT id FROM bonuses ORDER BY position")]
        assert store.load_year(2023, use_cache=False).bonuses == alike[:130] + (added,) + alike[130:]
    assert [(e["target"], e["change"]) for e in written] == [("bonuses", "insert")]
    assert after[:130] == ids[:130] and after[131:] == ids[130:]


def test_a_database_that_cannot_be_brought_up_to_date_is_reported_truly(tmp_path, monkeypatch):
    """A read-only old database (on a CD, a write-protected stick): the message says read-only, not damaged."""
    from desktop_app.storage import StorageError

    path = tmp_path / "old.db"
    Store(path).close()

    def migrate_read_only(self):
        raise sqlite3.OperationalError("attempt to write a readonly database")

    monkeypatch.setattr(Store, "_migrate", migrate_read_only)
    with pytest.raises(StorageError) as refused:
        Store(path)
    assert "只读" in str(refused.value) and str(path) in str(refused.value) and "损坏" not in str(refused.value)


def test_a_disk_failure_when_a_write_begins_names_the_database(tmp_path):
    from desktop_app.storage import StorageError

    path = tmp_path / "io.db"
    store = Store(path)
    real_execute = store.db.execute

    def failing_begin(sql, *args):
        if sql.startswith("BEGIN IMMEDIATE"):
            raise sqlite3.OperationalError("disk I/O error")
        return real_execute(sql, *args)

    store.db.execute = failing_begin
    with pytest.raises(StorageError) as refused:
        with store.transaction():
            pass
    assert "磁盘出错" in str(refused.value) and str(path) in str(refused.value)
    store.db.execute = real_execute
    store.close()
