"""The SQLite store: schema, exact numbers, transactions, caching and round trips."""
import dataclasses
import sqlite3
import tempfile
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.domain.model import Score
from desktop_app.domain.scoring import compute
from desktop_app.storage import SCHEMA_VERSION, StorageError, Store, YearExistsError, YearNotFoundError
from desktop_app.tools.generate import generate_year
from desktop_app.yearfile import parse_year_text, read_year_file, write_year_file, year_to_dict


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


def test_example_round_trips_exactly(tmp_path, example_year):
    with Store(tmp_path / "a.db") as store:
        store.save_year(example_year)
    with Store(tmp_path / "a.db") as store:  # a fresh connection reads what was committed
        assert store.load_year(2023) == example_year
        assert store.list_years() == [(2023, example_year.title)]


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
        with pytest.raises(KeyError):
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
    with pytest.raises(StorageError, match="备份"):
        Store(path)


def test_generated_large_year_round_trips(tmp_path):
    year = generate_year(60, 40, seed=3, missing_share=0.05, veto_count=3)
    with Store(tmp_path / "big.db") as store:
        store.save_year(year)
        loaded = store.load_year(year.year, use_cache=False)
    assert loaded == year
    assert compute(loaded) == compute(year)


@settings(max_examples=25, deadline=None)
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


def test_old_database_is_migrated_with_its_data(tmp_path, example_year, monkeypatch):
    from desktop_app.storage import database

    path = tmp_path / "v1.db"
    with monkeypatch.context() as patch:  # a database as the first release wrote it
        patch.setattr(database, "SCHEMA_VERSION", 1)
        with Store(path) as old:
            old.save_year(example_year)
            assert old.schema_version == 1
            assert "entered_at" not in {c[1] for c in old.db.execute("PRAGMA table_info(scores)")}
    with Store(path) as store:
        assert store.schema_version == SCHEMA_VERSION
        assert store.load_year(2023) == example_year
        assert "entered_at" in {c[1] for c in store.db.execute("PRAGMA table_info(scores)")}
        store.set_department_submitted(2023, "zjw", True)
        assert "zjw" in store.submitted_departments(2023)


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
