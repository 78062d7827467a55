"""The per-year service the windows write through."""
import dataclasses
from decimal import Decimal

import pytest

from desktop_app.domain.model import Bonus, Deduction, Town, Veto
from desktop_app.services import (
    STATUS_EMPTY, STATUS_IN_PROGRESS, STATUS_SUBMITTED, EntryError, YearSession, create_year, scheme_template,
)
from desktop_app.storage import Store


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
        assert other.schema_version == 3
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
