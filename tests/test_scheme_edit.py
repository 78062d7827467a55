"""Scheme and town edits (pure functions) and storing them with undo through the session."""
from decimal import Decimal

import pytest

from desktop_app.domain import scheme_edit as edits
from desktop_app.domain.scoring import compute
from desktop_app.domain.validation import validate_scheme
from desktop_app.services import EntryError, YearSession
from desktop_app.storage import Store

D = Decimal


def test_next_code_skips_taken_and_keeps_width():
    assert edits.next_code(["C1", "C2", "C5"], "C", 1) == "C6"
    assert edits.next_code(["I01", "I22", "X9"], "I") == "I23"
    assert edits.next_code([], "T") == "T01"


def test_add_indicator_goes_to_the_end_of_its_category(example_year):
    year, code = edits.add_indicator(example_year, "C1", "新指标")
    codes = [i.code for i in year.indicators]
    last_c1 = max(n for n, i in enumerate(year.indicators) if i.category == "C1")
    assert codes[last_c1] == code == "I23"
    added = year.indicators[last_c1]
    assert added.parts[0].code == code and added.parts[0].points == 0
    # The category still sums to 10: a new part carries no points until given some.
    assert not [p for p in validate_scheme(year) if p.path.startswith("categories")]


def test_changing_part_points_is_reported_on_its_category(example_year):
    year = edits.update_part(example_year, "I01", points=D(2))
    messages = [p.message for p in validate_scheme(year)]
    assert "一级指标“责任落实”分值为 10，但其下各打分部分合计 9" in messages
    assert "全部打分部分合计 99 分，与满分 100 不符" in messages


def test_shared_indicator_parts_and_refusals(example_year):
    year, code = edits.add_part(example_year, "I01", "jw")
    assert code == "I01-2"
    indicator = next(i for i in year.indicators if i.code == "I01")
    assert [p.code for p in indicator.parts] == ["I01", "I01-2"]
    year = edits.move_part(year, "I01-2", -1)
    assert [p.code for p in next(i for i in year.indicators if i.code == "I01").parts] == ["I01-2", "I01"]
    with pytest.raises(edits.SchemeEditError, match="只有这一个打分部分"):
        edits.remove_part(example_year, "I01")
    with pytest.raises(edits.SchemeEditError, match="否决指标不计分"):
        edits.update_part(example_year, "I16", points=D(1))


def test_veto_flag_zeroes_points_and_applicability_keeps_town_order(example_year):
    year = edits.update_indicator(example_year, "I01", veto=True)
    assert next(i for i in year.indicators if i.code == "I01").parts[0].points == 0
    year = edits.set_applies(example_year, "I22", "T01", True)
    applies = next(i for i in year.indicators if i.code == "I22").applies_to
    assert applies[0] == "T01" and len(applies) == 12
    year = edits.set_applies(example_year, "I01", "T05", False)
    assert "T05" not in next(i for i in year.indicators if i.code == "I01").applies_to


def test_moves_stay_within_bounds_and_within_category(example_year):
    assert edits.move_category(example_year, "C1", -1).categories == example_year.categories
    assert [c.code for c in edits.move_category(example_year, "C1", 1).categories][:2] == ["C2", "C1"]
    moved = edits.move_indicator(example_year, "I03", 1)  # last of C1: stays
    assert [i.code for i in moved.indicators] == [i.code for i in example_year.indicators]
    moved = edits.move_indicator(example_year, "I02", -1)
    assert [i.code for i in moved.indicators][:3] == ["I02", "I01", "I03"]
    moved = edits.move_town(example_year, "T02", -1)
    assert [t.code for t in moved.towns][:2] == ["T02", "T01"]


def test_towns_names_must_be_unique_and_kind_follows_the_name(example_year):
    year, code = edits.add_town(example_year, "新建街道")
    assert code == "T20" and year.towns[-1].kind == "街道"
    with pytest.raises(edits.SchemeEditError, match="已有名为“凤城街道”"):
        edits.update_town(example_year, "T02", name="凤城街道")
    with pytest.raises(edits.SchemeEditError, match="不能为空"):
        edits.add_town(example_year, "  ")


def test_entries_lost_counts_what_an_edit_drops(example_year):
    town_scores = sum(1 for s in example_year.scores if s.town == "T03")
    town_records = sum(1 for name in ("bonuses", "inspections", "vetoes")
                       for r in getattr(example_year, name) if r.town == "T03")
    after = edits.remove_town(example_year, "T03")
    assert edits.entries_lost(example_year, after) == {"scores": town_scores, "records": town_records}
    assert "T03" not in next(i for i in after.indicators if i.code == "I22").applies_to
    after = edits.set_applies(example_year, "I22", "T03", False)
    assert edits.entries_lost(example_year, after) == {"scores": 1, "records": 0}


@pytest.fixture
def session(tmp_path, example_year):
    store = Store(tmp_path / "edit.db")
    store.save_year(example_year)
    yield YearSession(store, 2023)
    store.close()


def test_remove_town_then_restore_brings_back_its_entries(session, example_year):
    before = session.year
    expected = session.entries_of_town("T09")
    dropped = session.update_scheme(edits.remove_town(before, "T09"))
    assert dropped == expected > 20
    assert "T09" not in {t.code for t in session.year.towns}
    # A score entered after the removal survives the undo.
    session.set_score("T01", "I01", "2.5")
    session.restore_scheme(before)
    year = session.year
    assert [t.code for t in year.towns] == [t.code for t in example_year.towns]
    assert {(s.town, s.part): s for s in year.scores if s.town == "T09"} == \
        {(s.town, s.part): s for s in example_year.scores if s.town == "T09"}
    assert [b for b in year.bonuses if b.town == "T09"] == [b for b in example_year.bonuses if b.town == "T09"]
    assert next(s for s in year.scores if (s.town, s.part) == ("T01", "I01")).score == D("2.5")
    assert compute(year).by_code()["T09"].bonus == compute(example_year).by_code()["T09"].bonus


def test_removing_a_veto_indicator_keeps_the_veto_record(session):
    year = session.year
    with_indicator = year.vetoes[0].__class__(town="T02", reason="规模性返贫", indicator="I16")
    session.set_vetoes(year.vetoes + (with_indicator,))
    session.update_scheme(edits.remove_indicator(session.year, "I16"))
    kept = [v for v in session.year.vetoes if v.town == "T02"]
    assert len(kept) == 1 and kept[0].indicator is None and kept[0].reason == "规模性返贫"


def test_update_scheme_refuses_a_clash_and_changes_nothing(session):
    before = session.year
    clashing = before.__class__(**{**{f: getattr(before, f) for f in before.__dataclass_fields__},
                                   "towns": before.towns + (before.towns[0],)})
    with pytest.raises(EntryError, match="重复"):
        session.update_scheme(clashing)
    assert session.store.load_year(2023, use_cache=False) == before
