"""The per-year service the windows write through."""
import dataclasses
import json
from decimal import Decimal

import pytest

from desktop_app.domain.model import Bonus, Deduction, Town, Veto
from desktop_app.services import (
    STATUS_EMPTY, STATUS_IN_PROGRESS, STATUS_SUBMITTED, EntryError, YearSession, create_year, scheme_template,
)
from desktop_app.storage import SCHEMA_VERSION, Store


@pytest.fixture
def session(tmp_path, example_year):
    store = Store(tmp_path / "s.db")
    store.save_year(example_year)
    yield YearSession(store, 2023)
    store.close()


def test_set_score_is_stored_and_recomputed(session, tmp_path):
    before = session.result.by_code()["T02"]
    session.set_score("T02", "I06", "3.5")
    after = session.result.by_code()["T02"]
    old = next(s for s in session.store.load_year(2023, use_cache=False).scores if (s.town, s.part) == ("T02", "I06"))
    assert old.score == Decimal("3.5")  # in the database, not only in memory
    assert after.raw != before.raw
    with Store(tmp_path / "s.db") as other:  # another connection sees it
        assert any(s.score == Decimal("3.5") for s in other.load_year(2023).scores if (s.town, s.part) == ("T02", "I06"))


@pytest.mark.parametrize("text, fragment", [("5.5", "0～5"), ("abc", "不是数字"), ("4.555", "两位小数"), ("-1", "0～5")])
def test_bad_scores_are_refused_and_nothing_changes(session, text, fragment):
    before = session.score_of("T02", "I06")
    with pytest.raises(EntryError, match=fragment):
        session.set_score("T02", "I06", text)
    assert session.score_of("T02", "I06") == before


def test_full_width_digits_are_accepted(session):
    session.set_score("T02", "I06", "４．５")
    assert session.score_of("T02", "I06").score == Decimal("4.5")


def test_deductions_set_the_score(session):
    stored = session.set_score("T02", "I06", None, [Deduction("台账不全", Decimal("0.5")), Deduction("超期", Decimal("1"))])
    assert stored.score == Decimal("3.5")
    with pytest.raises(EntryError, match="应得"):
        session.set_score("T02", "I06", "4", [Deduction("台账不全", Decimal("0.5"))])


def test_clear_and_completeness(session):
    session.set_score("T02", "I06", None, deductions=())
    assert session.score_of("T02", "I06") is None
    row = session.result.by_code()["T02"]
    assert not row.complete and row.missing_parts == ("I06",)


def test_part_not_applicable_is_refused(session):
    with pytest.raises(EntryError, match="不适用"):
        session.set_score("T01", "I22", "1")


def test_department_workflow(session):
    status, entered, total = session.department_progress("zjw")
    assert (status, entered, total) == (STATUS_IN_PROGRESS, 19, 19)
    session.submit_department("zjw")
    assert session.department_progress("zjw")[0] == STATUS_SUBMITTED
    with pytest.raises(EntryError, match="已提交"):
        session.set_score("T02", "I06", "4")
    session.reopen_department("zjw")
    session.set_score("T02", "I06", "4")
    session.set_score("T02", "I06", None, deductions=())
    with pytest.raises(EntryError, match="1 项未打分"):
        session.submit_department("zjw")


def test_empty_department(tmp_path):
    with Store(tmp_path / "t.db") as store:
        session = create_year(store, scheme_template(), 2024)
        assert session.year.title.startswith("长寿区2024年度")
        assert session.year.scores == () and len(session.year.towns) == 19
        # the plan's wording comes with the scheme
        assert session.year.veto_conditions == scheme_template().veto_conditions != ()
        assert session.year.assessment_methods == scheme_template().assessment_methods != ()
        assert session.department_progress("ybj") == (STATUS_EMPTY, 0, 19)
        assert not session.result.complete


def test_registers_replace_and_validate(session):
    bonuses = session.year.bonuses + (Bonus("T01", "B01", 1),)
    session.set_bonuses(bonuses)
    assert session.result.by_code()["T01"].bonus == 1
    with pytest.raises(EntryError, match="B99"):
        session.set_bonuses(bonuses + (Bonus("T01", "B99"),))
    assert len(session.year.bonuses) == len(bonuses)
    session.set_vetoes(())
    assert not session.result.by_code()["T18"].vetoed
    session.set_vetoes((Veto("T06", "受到通报批评"),))
    assert session.result.rows[-1].code == "T06"


def test_submissions_survive_register_edits(session):
    session.submit_department("zjw")
    session.set_bonuses(())
    assert "zjw" in session.submitted()


def test_removing_a_town_drops_its_entries(session):
    assert session.entries_of_town("T18") == 22 + 1  # 22 scores and a veto
    year = session.year
    dropped = session.update_scheme(dataclasses.replace(year, towns=tuple(t for t in year.towns if t.code != "T18"),
                                                        indicators=tuple(dataclasses.replace(i, applies_to=tuple(
                                                            c for c in i.applies_to if c != "T18")) if i.applies_to else i
                                                            for i in year.indicators)))
    assert dropped == 23
    assert "T18" not in session.result.by_code()


def test_scheme_edit_with_dangling_reference_is_refused(session):
    year = session.year
    bad = dataclasses.replace(year, towns=year.towns + (Town("T01", "重复"),))
    with pytest.raises(EntryError, match="重复"):
        session.update_scheme(bad)
    assert len(session.year.towns) == 19


def test_bulk_scores_all_or_nothing(session):
    from desktop_app.domain.model import Score

    good = [Score("T02", "I06", Decimal("4")), Score("T03", "I06", Decimal("3.5"))]
    existing = session.score_of("T04", "I06")
    counts = session.set_scores([*good, existing])
    assert counts == {"new": 0, "changed": 2, "unchanged": 1}
    assert session.score_of("T03", "I06").score == Decimal("3.5")
    with pytest.raises(EntryError, match="超出范围"):
        session.set_scores([Score("T02", "I06", Decimal("1")), Score("T05", "I06", Decimal("9"))])
    assert session.score_of("T02", "I06").score == Decimal("4")  # the good one did not land either


def test_issuer_texts_and_settings_are_stored(session, tmp_path):
    issuer = {**session.year.issuer, "doc_number": "长委办发〔2024〕3号", "requirements": "各镇街要抓好整改。"}
    session.set_issuer(issuer)
    session.store.set_setting("seal.png", b"\x89PNG fake")
    with Store(tmp_path / "s.db") as other:
        assert other.load_year(2023).issuer["requirements"] == "各镇街要抓好整改。"
        assert other.get_setting("seal.png") == b"\x89PNG fake"
        assert other.schema_version == SCHEMA_VERSION
    session.store.set_setting("seal.png", None)
    assert session.store.get_setting("seal.png") is None


def test_a_write_updates_the_cached_year_without_rereading(session, monkeypatch):
    session.year  # warm the cache
    reads = []
    original = session.store._load_year
    monkeypatch.setattr(session.store, "_load_year", lambda year_id: reads.append(year_id) or original(year_id))
    session.set_score("T02", "I06", "3.5")
    assert session.score_of("T02", "I06").score == Decimal("3.5")
    assert reads == []  # served by write-through, not by a full reload
    # the cached year holds the same scores as the database (order aside)
    assert set(session.store.load_year(2023, use_cache=False).scores) == set(session.year.scores)


def test_a_rolled_back_write_leaves_no_trace_in_the_cache(session):
    session.year
    with pytest.raises(RuntimeError):
        with session.store.transaction():
            session.store.set_score(2023, session.score_of("T02", "I06")._replace(score=Decimal("1")))
            raise RuntimeError("abort")
    assert session.score_of("T02", "I06").score != Decimal("1")
    assert session.store.load_year(2023, use_cache=False) == session.year


def test_block_clear_and_restore_in_one_go(session):
    cells = [("T02", "I06"), ("T03", "I06"), ("T04", "I06")]
    before = [(town, part, session.score_of(town, part)) for town, part in cells]
    session.clear_scores(cells)
    assert all(session.score_of(town, part) is None for town, part in cells)
    assert session.department_progress("zjw")[1] == 16
    session.restore_scores(before)
    assert [session.score_of(town, part) for town, part in cells] == [score for _, _, score in before]
    session.submit_department("zjw")
    with pytest.raises(EntryError, match="已提交"):
        session.clear_scores(cells)
    assert session.score_of("T02", "I06") is not None


def test_an_invalid_year_is_refused_before_anything_is_stored(tmp_path, example_year):
    """import_year checks first: neither a new year nor a replacement lands when the year is invalid."""
    from desktop_app.services import YearService
    from desktop_app.yearfile import YearFileError

    broken = dataclasses.replace(example_year, scores=(example_year.scores[0]._replace(score=Decimal("99")),
                                                       *example_year.scores[1:]))
    with Store(tmp_path / "y.db") as store:
        service = YearService(store)
        with pytest.raises(YearFileError, match="99"):
            service.import_year(broken)
        assert store.list_years() == []
        service.import_year(example_year)
        with pytest.raises(YearFileError, match="99"):
            service.import_year(broken, replace=True)
        assert store.load_year(2023, use_cache=False) == example_year


# --- typed scores and look-ups ------------------------------------------------------


def test_a_typed_score_with_three_decimals_is_refused_when_read():
    from desktop_app.services.session import parse_score_text

    assert parse_score_text(" 4.25 ") == Decimal("4.25")
    with pytest.raises(EntryError, match="4.125 超过两位小数"):
        parse_score_text("4.125")


def test_names_of_departments_and_towns_and_unknown_codes_shown_as_they_are(session):
    assert session.department_name("zjw") == "区住建委"
    assert session.department_name("jw") == "区教委"
    assert session.department_name("gone") == "gone"
    assert session.town_name("T02") == "晏家街道"
    assert session.town_name("T19") == "万顺镇"
    assert session.town_name("T99") == "T99"


def test_an_incomplete_sheet_is_refused_naming_its_department(session):
    session.set_score("T02", "I06", None, deductions=())
    with pytest.raises(EntryError, match="^区住建委还有 1 项未打分"):
        session.submit_department("zjw")
    assert "zjw" not in session.submitted()


def test_progress_counts_only_the_towns_an_indicator_applies_to(session):
    """xczxj scores nine parts for all 19 towns and I22 for 11 of them; its veto indicator is not scored."""
    assert session.department_progress("xczxj") == (STATUS_IN_PROGRESS, 9 * 19 + 11, 9 * 19 + 11)
    session.set_score("T03", "I22", None, deductions=())
    assert session.department_progress("xczxj") == (STATUS_IN_PROGRESS, 9 * 19 + 10, 9 * 19 + 11)


def test_problems_of_the_open_year(session):
    assert session.problems() == []
    year = session.year
    indicators = tuple(dataclasses.replace(i, parts=(dataclasses.replace(i.parts[0], points=Decimal("0.5")),))
                       if i.code == "I12" else i for i in year.indicators)
    session.update_scheme(dataclasses.replace(year, indicators=indicators))
    messages = [p.message for p in session.problems()]
    assert any("T01" in m and "I12" in m and "1.6" in m and "超出范围" in m for m in messages)


# --- entering scores ---------------------------------------------------------------


def test_scores_left_out_of_range_by_a_scheme_edit_can_still_be_cleared(session):
    """A part cut to 0.5 points: its old scores are above range, yet clearing them is allowed."""
    year = session.year
    indicators = tuple(dataclasses.replace(i, parts=(dataclasses.replace(i.parts[0], points=Decimal("0.5")),))
                       if i.code == "I12" else i for i in year.indicators)
    session.update_scheme(dataclasses.replace(year, indicators=indicators))
    assert session.score_of("T01", "I12").score == Decimal("1.6")
    session.set_score("T01", "I12", None, deductions=())
    assert session.score_of("T01", "I12") is None
    session.clear_scores([("T02", "I12"), ("T03", "I12")])
    assert session.score_of("T02", "I12") is None and session.score_of("T03", "I12") is None
    assert session.score_of("T04", "I12") is not None


def test_changing_only_the_note_keeps_the_deductions(session):
    """T01's I03 is 4.18 after a deduction of 0.82: adding a note keeps the itemised deduction."""
    before = session.score_of("T01", "I03")
    assert before.deductions == (Deduction("台账资料不完整", Decimal("0.82")),)
    stored = session.set_score("T01", "I03", "4.18", note="已复核")
    assert stored == before._replace(note="已复核")
    assert session.store.load_year(2023, use_cache=False).scores == session.year.scores
    assert session.score_of("T01", "I03") == before._replace(note="已复核")
    # no score and no deductions given: the stored deductions set the score again
    assert session.set_score("T01", "I03", None) == before


def test_a_note_is_stored_with_the_score_and_an_empty_note_is_none(session):
    session.set_score("T02", "I06", "3.5", note="现场核实")
    assert session.score_of("T02", "I06").note == "现场核实"
    stored = {(s.town, s.part): s for s in session.store.load_year(2023, use_cache=False).scores}
    assert stored[("T02", "I06")].note == "现场核实"
    session.set_score("T02", "I06", "3.5", note="")
    assert session.score_of("T02", "I06").note is None


def test_deductions_above_the_points_give_zero_not_less(session):
    stored = session.set_score("T02", "I06", None, [Deduction("整改未完成", Decimal("3")),
                                                    Deduction("台账缺失", Decimal("2.5"))])
    assert stored.score == Decimal("0")
    assert session.score_of("T02", "I06").score == Decimal("0")


def test_bulk_scores_count_new_changed_and_unchanged_and_store_them_all(session):
    from desktop_app.domain.model import Score

    session.set_score("T02", "I06", None, deductions=())
    unchanged = [session.score_of("T03", "I06"), session.score_of("T04", "I06")]
    batch = [*unchanged, Score("T05", "I06", Decimal("2")), Score("T02", "I06", Decimal("4.5"))]
    assert session.set_scores(batch) == {"new": 1, "changed": 1, "unchanged": 2}
    assert session.score_of("T05", "I06").score == Decimal("2")
    assert session.score_of("T02", "I06").score == Decimal("4.5")
    assert session.score_of("T03", "I06") == unchanged[0]


def test_restoring_a_block_empties_the_cells_that_were_empty(session):
    cells = [("T02", "I06"), ("T03", "I06")]
    session.clear_scores(cells[:1])
    before = [(town, part, session.score_of(town, part)) for town, part in cells]
    assert before[0][2] is None and before[1][2] is not None
    session.set_score("T02", "I06", "1")
    session.set_score("T03", "I06", "2", deductions=())
    session.restore_scores(before)
    assert session.score_of("T02", "I06") is None
    assert session.score_of("T03", "I06") == before[1][2]
    assert session.store.load_year(2023, use_cache=False).scores == session.year.scores


def test_restoring_one_cell_puts_back_its_exact_earlier_state(session):
    earlier = session.score_of("T01", "I03")
    assert earlier.deductions
    session.set_score("T01", "I03", "2", deductions=(), note="改判")
    session.restore_score(earlier, "T01", "I03")
    assert session.score_of("T01", "I03") == earlier
    noted = earlier._replace(note="已复核")
    session.restore_score(noted, "T01", "I03")
    assert session.score_of("T01", "I03") == noted
    session.restore_score(None, "T01", "I03")
    assert session.score_of("T01", "I03") is None
    assert session.score_of("T02", "I03") is not None
    session.restore_score(earlier, "T01", "I03")
    assert session.score_of("T01", "I03") == earlier
    plain = earlier._replace(score=Decimal("3.5"), deductions=())
    session.restore_score(plain, "T01", "I03")
    assert session.score_of("T01", "I03") == plain


# --- registers ---------------------------------------------------------------------


def test_inspections_are_replaced_and_validated(session):
    from desktop_app.domain.model import Inspection

    kept = tuple(r for r in session.year.inspections if r.town != "T13")
    session.set_inspections(kept + (Inspection("T01", "R2", 1, Decimal("0.1")),))
    assert [r for r in session.year.inspections if r.town in ("T01", "T13")] == [Inspection("T01", "R2", 1, Decimal("0.1"))]
    assert session.store.load_year(2023, use_cache=False).inspections == session.year.inspections
    with pytest.raises(EntryError, match="R9"):
        session.set_inspections(kept + (Inspection("T01", "R9"),))
    assert len(session.year.inspections) == len(kept) + 1


def test_entries_of_a_town_count_scores_bonuses_inspections_and_vetoes(session):
    from desktop_app.domain.model import Inspection

    year = session.year
    assert [r.town for r in year.inspections].count("T13") == 2
    assert session.entries_of_town("T13") == 22 + 2  # 22 scores and two inspections
    session.set_inspections(year.inspections + (Inspection("T13", "R2", 2),))
    assert session.entries_of_town("T13") == 22 + 3
    assert session.entries_of_town("T08") == 22 + 2  # 22 scores and two bonuses


# --- scheme and towns --------------------------------------------------------------


def _without_towns(year, codes):
    return dataclasses.replace(
        year, towns=tuple(t for t in year.towns if t.code not in codes),
        indicators=tuple(dataclasses.replace(i, applies_to=tuple(c for c in i.applies_to if c not in codes))
                         if i.applies_to else i for i in year.indicators))


def test_a_veto_keeps_the_indicator_it_cites_unless_that_indicator_is_removed(session):
    session.set_vetoes(session.year.vetoes + (Veto("T05", "发生规模性返贫", indicator="I16"),))
    session.update_scheme(dataclasses.replace(session.year, title="长寿区2023年度考核（修订）"))
    assert Veto("T05", "发生规模性返贫", indicator="I16") in session.year.vetoes
    year = session.year
    session.update_scheme(dataclasses.replace(year, indicators=tuple(i for i in year.indicators if i.code != "I16")))
    assert Veto("T05", "发生规模性返贫") in session.year.vetoes
    assert session.result.by_code()["T05"].vetoed


def test_removing_towns_drops_their_inspections_and_undo_brings_them_back(session):
    snapshot = session.year
    inspections = snapshot.inspections
    dropped = session.update_scheme(_without_towns(snapshot, {"T13", "T18"}))
    assert dropped == 22 + 2 + 22 + 1  # T13: scores, inspections; T18: scores, veto
    assert session.year.inspections == tuple(r for r in inspections if r.town != "T13")
    assert session.year.vetoes == ()
    session.restore_scheme(snapshot)
    assert sorted(session.year.inspections, key=repr) == sorted(inspections, key=repr)
    assert session.year.vetoes == snapshot.vetoes
    assert session.result.by_code()["T18"].vetoed
    assert set(session.year.scores) == set(snapshot.scores)


def test_a_new_year_copies_the_scheme_without_any_entries(tmp_path, example_year):
    with Store(tmp_path / "n.db") as store:
        store.save_year(example_year)
        session = create_year(store, example_year, 2024, title="长寿区2024年度衔接考核")
        year = store.load_year(2024, use_cache=False)
        assert year.title == "长寿区2024年度衔接考核" == session.year.title
        assert (year.scores, year.bonuses, year.inspections, year.vetoes) == ((), (), (), ())
        assert year.indicators == example_year.indicators and year.towns == example_year.towns
        derived = create_year(store, example_year, 2025)
        assert derived.year.title == example_year.title.replace("2023", "2025")


def test_creating_a_year_that_exists_is_refused_and_leaves_it_alone(tmp_path, example_year):
    with Store(tmp_path / "n.db") as store:
        store.save_year(example_year)
        with pytest.raises(EntryError, match="2023 年度已存在，请换一个年度"):
            create_year(store, example_year, 2023, title="另一个标题")
        assert store.load_year(2023, use_cache=False) == example_year


def test_undoing_a_town_removal_reports_no_entry_lost(session):
    """update_scheme and restore_scheme count what the change itself drops, not the difference to the stored year."""
    before = session.year
    without = dataclasses.replace(before, towns=tuple(t for t in before.towns if t.code != "T18"),
                                  indicators=tuple(dataclasses.replace(i, applies_to=tuple(c for c in i.applies_to if c != "T18"))
                                                   if i.applies_to else i for i in before.indicators))
    assert session.update_scheme(without) == 23
    assert session.restore_scheme(before) == 0
    assert session.entries_of_town("T18") == 23
    assert session.update_scheme(session.year) == 0


# --- writes touch only the rows they change ------------------------------------------------

def _stored_rows(store, table: str) -> dict:
    return {row[0]: row[1:] for row in store.db.execute(f"SELECT * FROM [{table}] ORDER BY id")}


def test_unrelated_edits_keep_every_score_row_and_its_entry_time(session):
    """Type a score, then edit a bonus, the scheme and the notice texts: the score's row,
    its entry time and the year's creation time stay as they were."""
    session.set_score("T02", "I06", "3.5")
    store = session.store
    store.db.execute("UPDATE scores SET entered_at = '2024-01-02T03:04:05'")  # entered long ago
    store.db.execute("UPDATE years SET created_at = '2024-01-01T08:00:00'")
    scores_before = _stored_rows(store, "scores")
    deductions_before = _stored_rows(store, "deductions")
    session.set_bonuses((dataclasses.replace(session.year.bonuses[0], evidence="区政府通报"), *session.year.bonuses[1:]))
    session.update_scheme(dataclasses.replace(session.year, categories=(
        dataclasses.replace(session.year.categories[0], name="改名后的一级指标"), *session.year.categories[1:])))
    session.set_issuer({**session.year.issuer, "requirements": "各镇街要抓好整改。"})
    session.set_vetoes(session.year.vetoes + (Veto("T01", "媒体曝光"),))
    assert _stored_rows(store, "scores") == scores_before
    assert _stored_rows(store, "deductions") == deductions_before
    assert store.score_times(2023)[("T02", "I06")] == "2024-01-02T03:04:05"
    assert store.db.execute("SELECT created_at FROM years").fetchone()[0] == "2024-01-01T08:00:00"
    assert store.load_year(2023, use_cache=False) == session.year


def test_editing_one_bonus_writes_one_row(session):
    store = session.store
    bonuses = session.year.bonuses
    ids_before = [id_ for (id_,) in store.db.execute("SELECT id FROM bonuses ORDER BY position")]
    trail_before = len(store.audit_entries())
    session.set_bonuses((*bonuses[:2], dataclasses.replace(bonuses[2], evidence="新的佐证"), *bonuses[3:]))
    written = store.audit_entries()[trail_before:]  # the triggers record every row any statement changed
    assert [(e["target"], e["change"]) for e in written] == [("bonuses", "update")]
    assert json.loads(written[0]["old_value"])["evidence"] == bonuses[2].evidence
    assert json.loads(written[0]["new_value"])["evidence"] == "新的佐证"
    assert [id_ for (id_,) in store.db.execute("SELECT id FROM bonuses ORDER BY position")] == ids_before
    assert store.load_year(2023, use_cache=False).bonuses[2].evidence == "新的佐证"


def test_removing_and_restoring_a_record_keeps_the_order_of_the_others(session):
    """Undo puts a deleted record back in its place; the untouched records keep their rows."""
    store = session.store
    original = session.year.inspections
    assert len(original) >= 3
    untouched = {row for row in store.db.execute("SELECT id, town_id, note FROM inspections WHERE position <> 1")}
    session.set_inspections(original[:1] + original[2:])
    assert store.load_year(2023, use_cache=False).inspections == original[:1] + original[2:]
    session.set_inspections(original)
    assert store.load_year(2023, use_cache=False).inspections == original
    assert session.year.inspections == original
    assert untouched <= {row for row in store.db.execute("SELECT id, town_id, note FROM inspections")}


def test_a_scheme_edit_that_drops_a_part_deletes_only_its_scores(session):
    store = session.store
    year = session.year
    kept_before = {row[0] for row in store.db.execute(
        "SELECT s.id FROM scores s JOIN parts p ON p.id = s.part_id WHERE p.code <> 'I06'")}
    indicators = tuple(i for i in year.indicators if i.parts[0].code != "I06")
    dropped = session.update_scheme(dataclasses.replace(year, indicators=indicators))
    assert dropped == sum(1 for s in year.scores if s.part == "I06")
    assert {row[0] for row in store.db.execute("SELECT id FROM scores")} == kept_before
    assert store.load_year(2023, use_cache=False) == session.year


def test_submissions_of_a_removed_department_go_with_it(session):
    store = session.store
    store.set_department_submitted(2023, "zjw", True)
    store.set_department_submitted(2023, "mzj", True)
    year = session.year
    indicators = tuple(i for i in year.indicators if all(p.department != "zjw" for p in i.parts))
    session.update_scheme(dataclasses.replace(
        year, indicators=indicators, departments=tuple(d for d in year.departments if d.code != "zjw")))
    assert set(store.submitted_departments(2023)) == {"mzj"}


def test_the_same_inspection_round_cannot_be_registered_twice_for_a_town(session):
    """Two identical records would deduct twice: the second is refused, naming the first."""
    from desktop_app.domain.model import Inspection

    first = next(r for r in session.year.inspections if r.round is not None)
    with pytest.raises(EntryError) as raised:
        session.set_inspections(session.year.inspections + (first,))
    message = raised.value.problems[0].render()
    kind = next(k.name for k in session.year.inspection_types if k.code == first.type)
    number = session.year.inspections.index(first) + 1
    assert message == (f"镇街 {session.town_name(first.town)} 的{kind}第 {first.round} 轮已登记过（第 {number} 条），"
                       "同一轮不能重复登记")
    assert len(session.year.inspections) == len(session.store.load_year(2023, use_cache=False).inspections)
    later = Inspection(first.town, first.type, first.round + 1)
    session.set_inspections(session.year.inspections + (later,))  # the next round is fine
    assert session.year.inspections[-1] == later


def test_a_copied_year_drops_the_number_and_dates_and_renames_titles(example_year):
    from desktop_app.domain.scheme_edit import blank_scheme
    from desktop_app.services.session import copy_scheme

    source = dataclasses.replace(example_year, issuer={
        **example_year.issuer, "date": "2024-06-28", "print_date": "2024-06-29",
        "title": "关于长寿区2023年度考核结果的通报", "attachment_title": "2023年度结果汇总表", "cc": "市委农办"})
    copied = copy_scheme(source, 2024)
    assert {"doc_number", "date", "print_date"}.isdisjoint(copied.issuer)
    assert copied.issuer["title"] == "关于长寿区2024年度考核结果的通报"
    assert copied.issuer["attachment_title"] == "2024年度结果汇总表"
    assert copied.issuer["cc"] == "市委农办" and copied.title.startswith("长寿区2024年度")
    assert copy_scheme(blank_scheme(2026, "某县2026年度考核"), 2027).issuer is None


def test_records_go_back_in_snapshot_order_repeats_included():
    from desktop_app.services.session import _in_snapshot_order

    a, b, c = Bonus("T01", "B01"), Bonus("T02", "B01"), Bonus("T03", "B02")
    assert _in_snapshot_order((a, a, b, c), (a, c), (a, b)) == (a, a, b, c)
    assert _in_snapshot_order((a, b), (b, c), (a,)) == (a, b, c)  # c was made since the snapshot
    assert _in_snapshot_order((a,), (), ()) == ()
    assert _in_snapshot_order((c,), (c, c), ()) == (c, c)  # one repeat from before, one made since: no third
    assert _in_snapshot_order((), (c, c), ()) == (c, c)


def test_undoing_the_removal_of_an_inspection_type_brings_its_rounds_back(session):
    from desktop_app.domain import scheme_edit as edits

    year = session.year
    used = year.inspections[0].type
    session.update_scheme(edits.remove_inspection_type(year, used))
    assert all(r.type != used for r in session.year.inspections)
    session.restore_scheme(year)
    assert session.year.inspections == year.inspections


def test_a_refusal_names_the_first_problem_only(session):
    with pytest.raises(EntryError) as raised:
        session.set_score("T01", "I22", "2.5")  # I22 does not apply to T01, and 2.5 is above its 2 points
    assert len(raised.value.problems) == 1
    year = session.year
    twins = tuple(dataclasses.replace(i, code="I01") if n in (1, 2) else i for n, i in enumerate(year.indicators))
    with pytest.raises(EntryError) as raised:
        session.update_scheme(dataclasses.replace(year, indicators=twins))
    assert len(raised.value.problems) == 1


def test_renaming_one_category_writes_one_row_and_reordering_a_towns_list_keeps_the_new_order(session):
    store = session.store
    trail_before = len(store.audit_entries())
    session.update_scheme(dataclasses.replace(session.year, categories=(
        dataclasses.replace(session.year.categories[0], name="改名后的一级指标"), *session.year.categories[1:])))
    written = store.audit_entries()[trail_before:]
    assert [(e["target"], e["change"]) for e in written] == [("categories", "update")]
    partial = next(i for i in session.year.indicators if i.applies_to and len(i.applies_to) >= 3)
    reordered = dataclasses.replace(partial, applies_to=tuple(reversed(partial.applies_to)))
    session.update_scheme(dataclasses.replace(session.year, indicators=tuple(
        reordered if i.code == partial.code else i for i in session.year.indicators)))
    loaded = next(i for i in store.load_year(2023, use_cache=False).indicators if i.code == partial.code)
    assert loaded.applies_to == reordered.applies_to


@pytest.mark.parametrize("text", ["-0", "-0.00", "－0"])
def test_a_negative_zero_is_zero(session, text):
    from desktop_app.services import parse_score_text

    if text == "－0":
        with pytest.raises(EntryError):
            parse_score_text(text)  # a full-width minus is not a number sign
        return
    value = parse_score_text(text)
    assert value == 0 and not str(value).startswith("-")
    assert not str(session.set_score("T02", "I06", text).score).startswith("-")


def test_the_state_is_worked_out_again_when_a_department_submits(fresh_store):
    from desktop_app.domain.status import SUBMISSION
    from desktop_app.services import YearSession

    session = YearSession(fresh_store, 2023)
    before = [f for f in session.state().failing if f.about == SUBMISSION]
    session.submit_departments([session.year.departments[0].code])
    after = [f for f in session.state().failing if f.about == SUBMISSION]
    assert len(after) == len(before) - 1
