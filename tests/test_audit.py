"""The audit trail: every change with who, when, what, old and new value and why; append-only; tamper-evident."""
from __future__ import annotations

import dataclasses
import json
import sqlite3
from decimal import Decimal

import pytest

from desktop_app.domain.model import Bonus, Deduction, Inspection, Score
from desktop_app.services import YearService, YearSession
from desktop_app.services.audit import AuditTrail
from desktop_app.services.base import AUDIT_ACTIONS
from desktop_app.services.documents import DocumentSettings
from desktop_app.storage import Store
from desktop_app.storage.database import EXTERNAL_OPERATOR
from desktop_app.storage.migrations import AUDITED_TABLES, UNRECORDED_COLUMNS
from tests.conftest import run_cli


@pytest.fixture
def database(tmp_path, example_year):
    path = tmp_path / "audit.db"
    with Store(path, operator="区乡村振兴局 张三") as store:
        YearService(store).import_year(example_year, source="changshou-2023.json")
    return path


def _new_entries(store, before: int):
    return AuditTrail(store).entries()[before:]


def test_an_import_is_one_entry_with_its_row_count_and_the_file_as_reason(database, example_year):
    with Store(database) as store:
        (entry,) = AuditTrail(store).entries()
    assert (entry.operator, entry.action, entry.target, entry.change, entry.year) == (
        "区乡村振兴局 张三", "import_year", "years", "insert", 2023)
    assert entry.rows == len(example_year.scores) + sum(len(s.deductions) for s in example_year.scores) + len(
        example_year.bonuses) + len(example_year.inspections) + len(example_year.vetoes) + len(example_year.towns) + len(
        list(example_year.parts())) + len(example_year.indicators) + len(example_year.categories) + len(
        example_year.departments) + len(example_year.rules.grades) + len(example_year.bonus_types) + len(
        example_year.inspection_types)
    assert entry.reason == "changshou-2023.json"


def test_a_score_change_names_the_operator_the_cell_the_old_and_new_value(database):
    with Store(database, operator="组织部 李四") as store:
        session = YearSession(store, 2023)
        before = len(AuditTrail(store).entries())
        session.set_score("T01", "I03", None, deductions=(Deduction("台账缺两册", Decimal("1.5")),))
        entries = _new_entries(store, before)
        history = AuditTrail(store).entries(2023, town="T01", part="I03")
    changes = {(e.target, e.change): e for e in entries}
    assert set(changes) == {("scores", "update"), ("deductions", "delete"), ("deductions", "insert")}
    score = changes["scores", "update"]
    assert (score.operator, score.action, score.key, score.town, score.part) == ("组织部 李四", "set_score", "T01/I03", "T01", "I03")
    assert score.old == {"score": "4.18", "note": None} and score.new == {"score": "3.5", "note": None}
    assert changes["deductions", "insert"].new == {"reason": "台账缺两册", "points": "1.5"}
    assert changes["deductions", "delete"].old == {"reason": "台账资料不完整", "points": "0.82"}
    assert [e.id for e in history] == [e.id for e in entries]  # the cell's history: these and nothing else
    assert "组织部 李四" in score.describe() and "4.18" in score.describe() and "3.5" in score.describe()


def test_every_kind_of_change_is_recorded_with_its_action_and_reason(database, tmp_path):
    with Store(database) as store:
        session = YearSession(store, 2023)
        trail = AuditTrail(store)
        year = session.year
        steps = [
            ("set_score", lambda: session.set_score("T02", "I01", "2.5")),
            ("clear_score", lambda: session.set_score("T02", "I01", None, deductions=())),
            ("set_scores", lambda: session.set_scores([Score("T03", "I01", Decimal("2"))])),
            ("clear_scores", lambda: session.clear_scores([("T03", "I01")])),
            ("undo_scores", lambda: session.restore_scores([("T03", "I01", Score("T03", "I01", Decimal("1")))])),
            ("set_bonuses", lambda: session.set_bonuses(year.bonuses + (Bonus("T04", "B05", 1, None, "表彰", None),))),
            ("set_inspections", lambda: session.set_inspections(year.inspections + (Inspection("T04", year.inspection_types[0].code, 1, Decimal("0.5"), None),))),
            ("set_vetoes", lambda: session.set_vetoes(())),
            ("set_issuer", lambda: session.set_issuer({**(year.issuer or {}), "doc_number": "长乡振〔2024〕1号"})),
            ("edit_scheme", lambda: session.update_scheme(dataclasses.replace(session.year, title="新标题"))),
            ("waive_department", lambda: session.waive_department("zjw", "负责人出差，电话确认")),
            ("reopen_department", lambda: session.reopen_department("zjw")),
            ("set_seal_size", lambda: DocumentSettings(store).set_seal_diameter_mm(40.0)),
        ]
        for action, step in steps:
            before = len(trail.entries())
            step()
            made = _new_entries(store, before)
            assert made and {e.action for e in made} == {action}, action
            assert action in AUDIT_ACTIONS
        waived = trail.entries(action="waive_department")
        assert waived[0].reason == "负责人出差，电话确认" and waived[0].key == "zjw"
        assert trail.entries(department="xczxj") and all(e.part in ("I01", "I02") for e in trail.entries(department="xczxj"))
        assert store.verify_audit() == []


def test_a_refused_or_rolled_back_change_leaves_no_entry(database):
    with Store(database) as store:
        session = YearSession(store, 2023)
        before = len(AuditTrail(store).entries())
        with pytest.raises(Exception):
            session.set_scores([Score("T01", "I01", Decimal("1")), Score("T01", "I01", Decimal("99"))])
        with pytest.raises(RuntimeError):
            with store.transaction():
                store.set_score(2023, Score("T01", "I01", Decimal("1")))
                raise RuntimeError("power cut")
        assert len(AuditTrail(store).entries()) == before


def test_the_database_refuses_to_change_or_remove_an_entry(database):
    connection = sqlite3.connect(database)
    try:
        for statement in ("UPDATE audit_log SET operator = '别人' WHERE id = 1", "DELETE FROM audit_log WHERE id = 1"):
            with pytest.raises(sqlite3.DatabaseError, match="append-only"):
                connection.execute(statement)
    finally:
        connection.close()


def _tamper(database, *statements):
    """What someone with another SQLite tool could do: drop the guards, then edit."""
    connection = sqlite3.connect(database)
    connection.execute("DROP TRIGGER audit_log_no_update")
    connection.execute("DROP TRIGGER audit_log_no_delete")
    for statement in statements:
        connection.execute(statement)
    connection.commit()
    connection.close()


def _three_entries(database):
    with Store(database) as store:
        session = YearSession(store, 2023)
        session.set_score("T01", "I01", "2")
        session.set_score("T01", "I02", "1")


def test_an_edited_entry_is_found(database):
    _three_entries(database)
    _tamper(database, "UPDATE audit_log SET new_value = '{\"score\":\"3\",\"note\":null}' WHERE id = 2")
    with Store(database) as store:
        assert store.verify_audit() == [(2, "edited")]
    result = run_cli("audit", "--verify", "--db", database)
    assert result.returncode == 1 and "第 2 条" in result.stdout and "改动" in result.stdout


def test_a_removed_entry_is_found(database):
    _three_entries(database)
    _tamper(database, "DELETE FROM audit_log WHERE id = 2")
    with Store(database) as store:
        assert store.verify_audit() == [(3, "missing before")]


def test_a_change_made_with_another_tool_is_found_and_recorded_as_such(database):
    connection = sqlite3.connect(database)
    connection.execute("UPDATE scores SET score = '0' WHERE id = 1")
    connection.commit()
    connection.close()
    with Store(database) as store:
        assert store.verify_audit() == [(None, "unrecorded")]
        YearSession(store, 2023).set_score("T02", "I01", "1")  # the next change by this program
        entries = AuditTrail(store).entries()
        assert store.verify_audit() == []
    external = [e for e in entries if e.operator == EXTERNAL_OPERATOR]
    assert [(e.target, e.change, e.action, e.old["score"], e.new["score"]) for e in external] == [
        ("scores", "update", "external", "3.0", "0")]
    assert entries[-1].operator != EXTERNAL_OPERATOR and entries[-1].key == "T02/I01"


def test_a_password_hash_never_reaches_the_trail():
    assert UNRECORDED_COLUMNS == {"accounts": {"password_hash", "failed_attempts"}, "attachments": {"data"}}
    assert not any("password_hash" in sql for _, sql in AUDITED_TABLES["accounts"][2])
    assert not any("data" in sql for _, sql in AUDITED_TABLES["attachments"][2])


def test_every_data_column_of_every_table_is_in_the_trail(tmp_path):
    """A later migration that adds a table or a column must add it to the audit triggers."""
    left_out = {"id", "year_id", "position", "created_at", "updated_at", "entered_at", "year",
                "town_id", "part_id", "score_id", "indicator_id", "department_id", "category_id",
                "bonus_type_id", "inspection_type_id", "department_code", "code", "key", "at"}
    with Store(tmp_path / "a.db") as store:
        tables = {t for t in store.db.table_names() if not t.startswith("audit_") and t != "sqlite_sequence"}
        assert tables == set(AUDITED_TABLES)
        for table in tables:
            columns = {row[1] for row in store.db.execute(f"PRAGMA table_info([{table}])")}
            recorded = {name for name, _ in AUDITED_TABLES[table][2]}
            sources = " ".join(sql for _, sql in AUDITED_TABLES[table][2]) + AUDITED_TABLES[table][1]
            deliberately_not = UNRECORDED_COLUMNS.get(table, set())
            missing = {c for c in columns - left_out - deliberately_not
                       if c not in recorded and "{r}." + c not in sources}
            assert not missing, (table, missing)
            for reference in columns & {"town_id", "part_id", "score_id", "indicator_id", "department_id",
                                        "category_id", "bonus_type_id", "inspection_type_id"}:
                assert "{r}." + reference in sources, (table, reference)
            triggers = {row[0] for row in store.db.execute(
                "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?", [table])}
            assert {f"audit_{table}_{op}" for op in ("insert", "update", "delete")} <= triggers


def test_the_command_line_lists_a_cells_history_as_json(database):
    _three_entries(database)
    result = run_cli("audit", "--year", "2023", "--town", "T01", "--part", "I01", "--format", "json", "--db", database)
    assert result.returncode == 0, result.stderr
    entries = json.loads(result.stdout)
    assert [(e["key"], e["old"]["score"], e["new"]["score"], e["action"]) for e in entries] == [
        ("T01/I01", "3.0", "2", "set_score")]
    table = run_cli("audit", "--year", "2023", "--db", database)
    assert "录入得分" in table.stdout and "共 3 条记录" in table.stdout


def _entry(**fields):
    from desktop_app.services.audit import AuditEntry

    base = dict(id=1, at="2024-06-01T10:00:05", operator="张三", action="set_score", year=2023, target="scores",
                key="T01/I03", change="update", old={"score": "4.18", "note": None},
                new={"score": "3.5", "note": "复核"}, reason=None, rows=None)
    return AuditEntry(**{**base, **fields})


def test_an_entry_says_when_who_what_from_which_value_to_which_and_why():
    assert _entry().describe() == "2024-06-01 10:00:05  张三  录入得分：修改得分 T01/I03  得分=4.18 → 得分=3.5，备注=复核"
    imported = _entry(action="import_year", target="years", key="2023", change="insert", old=None, new=None,
                      rows=624, reason="年度.json")
    assert imported.describe() == "2024-06-01 10:00:05  张三  导入年度：新增年度 2023（624 行）  理由：年度.json"
    removed = _entry(action="edit_scheme", target="towns", key="T05", change="delete", old={"name": "晏家街道"}, new=None)
    assert removed.describe().endswith("删除镇街 T05  名称=晏家街道 → —")
    assert removed.town == "T05" and removed.part is None
    sealed = _entry(action="use_seal", target="seals", key="长寿区委", change="use", old=None, new="通报.pdf")
    assert sealed.describe().endswith("使用电子印章：使用电子印章 长寿区委  — → 通报.pdf")
    unknown = _entry(action="something_new", target="new_table", change="merge", key=None, old=None, new=None)
    assert unknown.describe() == "2024-06-01 10:00:05  张三  something_new：mergenew_table"
    emptied = _entry(old={"score": None}, new={})
    assert emptied.describe().endswith("— → —")


def test_an_entry_names_its_town_and_part_wherever_they_are_kept():
    assert (_entry().town, _entry().part) == ("T01", "I03")
    deduction = _entry(target="deductions", key="T02/I03#2")
    assert (deduction.town, deduction.part) == ("T02", "I03")
    bonus = _entry(target="bonuses", key="17", old=None, new={"town": "T04", "type": "B01"})
    assert (bonus.town, bonus.part) == ("T04", None)
    removed_bonus = _entry(target="bonuses", key="17", old={"town": "T06"}, new=None)
    assert removed_bonus.town == "T06"
    assert _entry(target="departments", key="zjw", old=None, new={"name": "区住建委"}).town is None
    assert _entry(target="seals", key="x", old=None, new="通报.pdf").town is None
    assert _entry().to_json()["old"] == {"score": "4.18", "note": None}


def test_the_trail_is_filtered_by_town_part_department_operator_action_and_time(database):
    with Store(database, operator="组织部 李四") as store:
        session = YearSession(store, 2023)
        session.set_score("T01", "I03", "4", deductions=())      # 组织部's part
        session.set_score("T02", "I01", "2")      # 乡村振兴局's part
        session.set_bonuses(session.year.bonuses + (Bonus("T01", "B05", 1, None, "表彰", None),))
    with Store(database, operator="住建委 王五") as store:
        YearSession(store, 2023).set_score("T01", "I06", "4")
        trail = AuditTrail(store)
        everything = trail.entries()
        assert [e.key for e in trail.entries(2023, town="T01") if e.target == "scores"] == ["T01/I03", "T01/I06"]
        assert any(e.target == "bonuses" for e in trail.entries(town="T01"))
        assert [e.key for e in trail.entries(town="T01", part="I06")] == ["T01/I06"]
        assert {e.part for e in trail.entries(department="zzb")} == {"I03"}
        assert {e.operator for e in trail.entries(operator="住建委 王五")} == {"住建委 王五"}
        assert [e.action for e in trail.entries(action="set_bonuses")] == ["set_bonuses"]
        first = everything[0].at
        assert trail.entries(since="2999-01-01") == [] and trail.entries(until="2000-01-01") == []
        assert len(trail.entries(since=first[:10], until=first[:10])) == len(everything)
        assert trail.entries(2024) == []


def test_a_key_with_wildcard_characters_is_matched_literally(tmp_path):
    with Store(tmp_path / "k.db") as store:
        with store.transaction():
            store.note_change("seals", "a%b", None, "use", "x")
            store.note_change("seals", "aXb", None, "use", "y")
            store.note_change("seals", "a_b#1", None, "use", "z")
            store.note_change("seals", "aYb#1", None, "use", "w")
        assert [e["new_value"] for e in store.audit_entries(key="a%b")] == ["x"]
        assert [e["new_value"] for e in store.audit_entries(key="a_b")] == ["z"]  # its items (#n) too


def test_a_seal_use_is_recorded_with_the_document_and_year(database):
    from tests.test_document_settings import seal_image

    with Store(database) as store:
        settings = DocumentSettings(store)
        settings.set_seal("长寿区委", seal_image(120))
        before = len(AuditTrail(store).entries())
        seals = settings.seals_for_use(["长寿区委", "没有印章的单位"], "2023 年度考核结果通报", 2023)
        used = AuditTrail(store).entries()[before:]
        assert set(seals) == {"长寿区委"}
        assert [(e.action, e.target, e.key, e.change, e.new, e.year) for e in used] == [
            ("use_seal", "seals", "长寿区委", "use", "2023 年度考核结果通报", 2023)]
        assert settings.seals_for_use(["没有印章的单位"]) == {}
        assert len(AuditTrail(store).entries()) == before + 1  # no seal, no use


def test_the_year_steps_are_recorded_with_their_action_and_reason(database, example_year):
    with Store(database) as store:
        session = YearSession(store, 2023)
        trail = AuditTrail(store)

        def made(step):
            before = len(trail.entries())
            step()
            return _new_entries(store, before)

        first, *rest = [d.code for d in session.year.departments]
        assert {e.action for e in made(lambda: session.submit_department(first))} == {"submit_department"}
        assert {e.action for e in made(lambda: session.submit_departments(rest))} == {"submit_department"}
        finalised = made(session.finalise)
        assert {e.action for e in finalised} == {"finalise"} and {e.target for e in finalised} >= {"years", "year_events"}
        reopened = made(lambda: session.reopen("发现录入错误，复核"))
        assert {(e.action, e.reason) for e in reopened} == {("reopen_year", "发现录入错误，复核")}
        snapshot = session.year
        session.update_scheme(dataclasses.replace(snapshot, title="改名"))
        assert {e.action for e in made(lambda: session.restore_scheme(snapshot))} == {"undo_scheme"}
        created = made(lambda: YearService(store).create_year(snapshot, 2024))
        assert [(e.action, e.target, e.change, e.year) for e in created] == [("create_year", "years", "insert", 2024)]
        plain = made(lambda: YearService(store).import_year(dataclasses.replace(example_year, year=2025)))
        assert [(e.action, e.reason) for e in plain] == [("import_year", None)]  # no file named: no reason


def test_a_backup_is_taken_before_an_import_only_when_the_import_will_write(tmp_path, example_year):
    from desktop_app.services.backups import Backups
    from desktop_app.storage import YearExistsError

    with Store(tmp_path / "b.db") as store:
        backups = Backups(store)
        backups.set_folder(str(tmp_path / "usb"))
        YearService(store).import_year(example_year)  # into an empty database: nothing to keep
        assert backups.list() == []
        with pytest.raises(YearExistsError):
            YearService(store).import_year(example_year)  # refused: nothing changes, no backup
        assert backups.list() == []
        YearService(store).import_year(dataclasses.replace(example_year, year=2024))
        YearService(store).import_year(example_year, replace=True)
        assert [b.reason for b in backups.list()] == ["import", "import"]


def test_an_entry_is_translated_in_its_own_context_and_says_nothing_for_no_action():
    from desktop_app.services.audit import entry_cells

    seen = []

    def translate(context, text):
        seen.append(context)
        return f"<{text}>"
    entry = _entry(rows=3, reason="复核")
    text = entry.describe(translate)
    assert set(seen) == {"Audit"} and len(seen) == 5  # action, target, change, rows, reason
    assert "<录入得分>" in text and "<得分>" in text and "<修改>" in text and "<（3 行）>" in text and "<  理由：复核>" in text
    assert _entry(action=None).describe().startswith("2024-06-01 10:00:05  张三  ：修改得分")
    seen.clear()
    cells = entry_cells(entry, translate)
    assert cells == (1, "2024-06-01 10:00:05", "张三", "<录入得分>", 2023, "<得分>", "T01/I03", "<修改>",
                     "得分=4.18", "得分=3.5，备注=复核", "复核", 3)
    assert set(seen) == {"Audit"}
    assert entry_cells(_entry(action="future", old=None, new=None)) [3:10] == (
        "future", 2023, "得分", "T01/I03", "修改", None, None)


def test_document_settings_changes_are_recorded_with_their_actions(database):
    from conftest import ROOT
    from tests.test_document_settings import KAI, seal_image

    with Store(database) as store:
        settings = DocumentSettings(store)
        trail = AuditTrail(store)
        kai = ROOT / "resources" / "fonts" / "FandolKai-Regular.ttf"
        steps = [("set_seal", lambda: settings.set_seal("长寿区委", seal_image(120))),
                 ("clear_seal", lambda: settings.clear_seal("长寿区委")),
                 ("set_fonts", lambda: settings.set_font_paths({KAI: str(kai)}))]
        for action, step in steps:
            before = len(trail.entries())
            step()
            assert {e.action for e in _new_entries(store, before)} == {action}


def test_an_entry_of_a_kind_not_known_yet_shows_its_own_names():
    from desktop_app.services.audit import entry_cells

    odd = _entry(target="new_table", change="merge", old={"colour": "红"}, new={"colour": "蓝"})
    assert entry_cells(odd)[5:10] == ("new_table", "T01/I03", "merge", "colour=红", "colour=蓝")
    assert "colour=红 → colour=蓝" in odd.describe()


def test_entries_carry_their_ids_in_order_and_since_includes_its_own_second(database):
    _three_entries(database)
    with Store(database) as store:
        trail = AuditTrail(store)
        entries = trail.entries()
        assert [e.id for e in entries] == list(range(1, len(entries) + 1))
        last = entries[-1]
        assert last in trail.entries(since=last.at) and last in trail.entries(until=last.at)


def test_the_hash_of_an_entry_is_fixed_so_a_trail_verifies_under_any_later_version():
    """The chain is stored data: the way an entry is hashed may never change."""
    from desktop_app.storage.database import AUDIT_GENESIS, audit_hash

    entry = ("2024-06-01T10:00:05", "张三", "set_score", 2023, "scores", "T01/I03", "update",
             '{"score":"4.18"}', '{"score":"3.5"}', None, None)
    assert audit_hash(AUDIT_GENESIS, entry) == "e55ca93e396150d4e67a3d5f9d4ebe2b2859f927d862c29389b0e1a77a9ad277"


def test_the_items_of_a_key_with_percent_or_backslash_are_matched_literally(tmp_path):
    with Store(tmp_path / "k2.db") as store:
        with store.transaction():
            for key, value in (("a%b#1", "percent item"), ("aXb#1", "decoy"), ("c\\\\d#1", "backslash item"),
                               ("c\\\\\\\\d#1", "decoy")):
                store.note_change("seals", key, None, "use", value)
        assert [e["new_value"] for e in store.audit_entries(key="a%b")] == ["percent item"]
        assert [e["new_value"] for e in store.audit_entries(key="c\\\\d")] == ["backslash item"]


def test_a_departments_filter_follows_each_years_own_scheme(fresh_database):
    """I03 is 组织部's in 2023; in a 2024 where it moved to 民政局, its 2024 changes are 民政局's."""
    import dataclasses as dc

    from desktop_app.services import copy_scheme

    with Store(fresh_database) as store:
        year = store.load_year(2023)
        moved = copy_scheme(year, 2024)
        moved = dc.replace(moved, indicators=tuple(
            dc.replace(i, parts=tuple(dc.replace(p, department="mzj") if p.code == "I03" else p for p in i.parts))
            for i in moved.indicators))
        YearService(store).import_year(moved)
        YearSession(store, 2023).set_score("T01", "I03", "4", deductions=())
        YearSession(store, 2024).set_score("T01", "I03", "3", deductions=())
        trail = AuditTrail(store)
        assert [(e.year, e.key) for e in trail.entries(department="zzb") if e.target == "scores"] == [(2023, "T01/I03")]
        assert [(e.year, e.key) for e in trail.entries(department="mzj") if e.target == "scores"] == [(2024, "T01/I03")]
        assert [(e.year, e.key) for e in trail.entries(2024, department="zzb") if e.target == "scores"] == []
