"""The adjustment register (调整指标 ±, 负面清单): types with points per occurrence, a type's own
cap, caps of the additions and of the deductions, beside the bonus with its own cap."""
from __future__ import annotations

import dataclasses
import json
from decimal import Decimal

import pytest

from desktop_app.domain.model import Adjustment, AdjustmentType, Bonus, BonusType
from desktop_app.domain.scoring import compute
from desktop_app.domain.status import fingerprint
from desktop_app.domain.validation import validate
from desktop_app.jsontext import dumps_json
from desktop_app.storage import Store
from desktop_app.yearfile import read_year_file, write_year_file, year_to_dict
from tests.conftest import EXAMPLE, run_cli_in_process
from tests.test_scoring_properties import THREE, simple_year

D = Decimal
# Hebei's city scheme (seed 002, 第六条): innovation adds, prohibited acts deduct, ±5 in all; a
# negative list deducting 1 per occurrence, at most 3.
KINDS = (AdjustmentType("CX", "工作创新", D(2)), AdjustmentType("WG", "违规行为", D(-2)),
         AdjustmentType("FM", "负面清单", D(-1), cap=D(3)))


def hebei(records, add_cap=D(5), deduct_cap=D(5), finals=(80, 80, 80)):
    year = simple_year(list(finals), grades=THREE)
    return dataclasses.replace(
        year, adjustment_types=KINDS, adjustments=tuple(records),
        rules=dataclasses.replace(year.rules, adjustment_add_cap=add_cap, adjustment_deduct_cap=deduct_cap))


def test_additions_and_deductions_each_stop_at_their_cap_and_a_negative_list_at_its_own():
    year = hebei([
        Adjustment("T00", "CX", 2),              # +4
        Adjustment("T00", "CX", 1),              # +2: additions 6, held to 5
        Adjustment("T00", "FM", 5),              # -5, held to the list's 3
        Adjustment("T01", "WG", 2), Adjustment("T01", "FM", 2),   # -4 and -2: deductions 6, held to 5
        Adjustment("T01", "CX"),                 # +2
    ])
    assert validate(year) == []
    rows = compute(year).by_code()
    t00, t01, t02 = rows["T00"], rows["T01"], rows["T02"]
    assert (t00.adjustment, t00.final) == (D(2), D("82.00"))  # +5 − 3
    assert t00.adjustment_detail.by_type == (("CX", D(6), D(6)), ("FM", D(-5), D(-3)))
    assert (t00.adjustment_detail.additions_uncapped, t00.adjustment_detail.additions) == (D(6), D(5))
    assert (t01.adjustment, t01.final) == (D(-3), D("77.00"))  # +2 − 5
    assert (t01.adjustment_detail.deductions_uncapped, t01.adjustment_detail.deductions) == (D(6), D(5))
    assert (t02.adjustment, t02.adjustment_detail.by_type, t02.final) == (D(0), (), D("80.00"))
    assert [row.code for row in compute(year).rows] == ["T00", "T02", "T01"]


def test_without_year_caps_every_point_counts_and_the_bonus_keeps_its_own_cap():
    year = hebei([Adjustment("T00", "CX", 4), Adjustment("T01", "WG", 4)], add_cap=None, deduct_cap=None)
    year = dataclasses.replace(year, bonus_types=(BonusType("B", "表彰", D(3)),), bonuses=(Bonus("T00", "B"),))
    rows = compute(year).by_code()
    assert (rows["T00"].bonus, rows["T00"].adjustment, rows["T00"].final) == (D(2), D(8), D("90.00"))
    assert (rows["T01"].adjustment, rows["T01"].final) == (D(-8), D("72.00"))


def test_a_cap_of_zero_switches_a_side_off():
    rows = compute(hebei([Adjustment("T00", "CX"), Adjustment("T00", "WG")], add_cap=D(0))).by_code()
    assert (rows["T00"].adjustment_detail.additions, rows["T00"].adjustment) == (D(0), D(-2))


def test_a_year_without_adjustment_types_has_no_adjustment_in_its_results():
    row = compute(simple_year([80], grades=THREE)).rows[0]
    assert row.adjustment_detail is None and row.adjustment == 0 and "adjustment" not in row.as_json()
    assert compute(hebei([])).rows[0].as_json()["adjustment"] == "0"


@pytest.mark.parametrize("change, message", [
    (lambda y: dataclasses.replace(y, rules=dataclasses.replace(y.rules, adjustment_add_cap=D(-1))),
     "调整指标加分上限不能为负数（现为 -1）"),
    (lambda y: dataclasses.replace(y, rules=dataclasses.replace(y.rules, adjustment_deduct_cap=D("-0.5"))),
     "调整指标扣分上限不能为负数（现为 -0.5）"),
    (lambda y: dataclasses.replace(y, adjustment_types=KINDS[:2] + (AdjustmentType("FM", "负面清单", D(-1), D(-3)),)),
     "调整指标类型“负面清单”的累计上限不能为负数（现为 -3）"),
    (lambda y: dataclasses.replace(y, adjustment_types=KINDS + (AdjustmentType("CX", "又一类", D(1)),)),
     "调整指标类型编码 CX 重复（与第 1 条相同），编码必须唯一"),
    (lambda y: dataclasses.replace(y, adjustments=(Adjustment("T09", "CX"),)), "调整指标记录的镇街 T09 不存在"),
    (lambda y: dataclasses.replace(y, adjustments=(Adjustment("T00", "XX"),)), "调整指标类型 XX 不存在（镇街 T00）"),
    (lambda y: dataclasses.replace(y, adjustments=(Adjustment("T00", "CX", 0),)), "调整次数必须至少为 1（镇街 T00）"),
    (lambda y: dataclasses.replace(y, adjustment_types=(AdjustmentType("CX", "工作创新", D("0.125")),)),
     "每次分值 0.125 超过两位小数"),
])
def test_a_broken_adjustment_rule_type_or_record_is_refused_by_name(change, message):
    assert message in [problem.message for problem in validate(change(hebei([])))]


def test_a_negative_cap_in_a_year_file_is_refused_with_exit_2(tmp_path):
    data = year_to_dict(hebei([]))
    data["adjustment_types"][2]["cap"] = -3
    bad = tmp_path / "cap.json"
    bad.write_text(dumps_json(data), encoding="utf-8")
    result = run_cli_in_process("compute", bad)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "adjustment_types[2].cap" in result.stderr


def test_the_register_goes_through_the_year_file_and_an_old_file_has_none(tmp_path):
    year = hebei([Adjustment("T00", "CX", 2, evidence="市委办〔2023〕12号", date="2023-11-02"), Adjustment("T01", "FM")])
    path = tmp_path / "hebei.json"
    write_year_file(year, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["adjustment_types"][2] == {"code": "FM", "name": "负面清单", "points": -1, "cap": 3}
    assert data["adjustments"][0] == {"town": "T00", "type": "CX", "count": 2, "evidence": "市委办〔2023〕12号",
                                      "date": "2023-11-02"}
    assert (data["rules"]["adjustment_add_cap"], data["rules"]["adjustment_deduct_cap"]) == (5, 5)
    assert read_year_file(path) == year
    old = year_to_dict(read_year_file(EXAMPLE))
    assert "adjustments" not in old and "adjustment_types" not in old and "adjustment_add_cap" not in old["rules"]


def test_the_register_is_stored_edited_in_place_and_audited(tmp_path):
    year = hebei([Adjustment("T00", "CX", 2), Adjustment("T01", "FM")])
    with Store(tmp_path / "adjust.db") as store:
        store.save_year(year)
        assert store.load_year(2023, use_cache=False) == year
        first = len(store.audit_entries(2023))
        edited = dataclasses.replace(year, adjustments=(Adjustment("T00", "CX", 3), Adjustment("T01", "FM")),
                                     rules=dataclasses.replace(year.rules, adjustment_deduct_cap=D(4)))
        store.update_year(edited)
        assert store.load_year(2023, use_cache=False) == edited
        entries = store.audit_entries(2023)[first:]
    changes = [(e["target"], e["change"]) for e in entries]
    assert sorted(changes) == [("adjustments", "update"), ("years", "update")]
    record = next(e for e in entries if e["target"] == "adjustments")
    assert (json.loads(record["old_value"])["count"], json.loads(record["new_value"])["count"]) == (2, 3)


def test_the_fingerprint_sees_the_register_and_a_year_without_it_keeps_its_own():
    plain = simple_year([80, 80, 80], grades=THREE)
    assert fingerprint(plain, compute(plain)) == fingerprint(
        dataclasses.replace(plain, rules=dataclasses.replace(plain.rules, adjustment_add_cap=None)), compute(plain))
    one, two = hebei([Adjustment("T00", "CX")]), hebei([Adjustment("T00", "CX", 2)])
    assert len({fingerprint(y, compute(y)) for y in (plain, one, two, hebei([]))}) == 4


def test_the_session_registers_adjustments_and_undoing_a_removed_type_brings_its_records_back(tmp_path):
    from desktop_app.domain import scheme_edit as edits
    from desktop_app.services.session import YearSession

    year = hebei([Adjustment("T00", "CX"), Adjustment("T01", "WG")])
    with Store(tmp_path / "adjust.db") as store:
        store.save_year(year)
        session = YearSession(store, 2023)
        session.set_adjustments(session.year.adjustments + (Adjustment("T02", "FM", 2),))
        assert session.result.by_code()["T02"].adjustment == D(-2)
        before = session.year
        dropped = session.update_scheme(dataclasses.replace(before, adjustment_types=KINDS[:2]))
        assert dropped == 1 and [a.town for a in session.year.adjustments] == ["T00", "T01"]
        session.restore_scheme(before)
        assert session.year.adjustments == before.adjustments
        assert edits.entries_lost(before, dataclasses.replace(before, adjustment_types=KINDS[1:])) == {
            "scores": 0, "records": 1}


def test_a_letter_adds_the_adjustment_to_the_parts_of_the_final_and_names_a_limit_that_held_the_grade():
    from desktop_app.documents.letter import letter_paragraphs
    from desktop_app.domain.model import GradeLimit, LimitFlag

    year = hebei([Adjustment("T00", "CX", 1)])
    year = dataclasses.replace(year, grade_limits=(GradeLimit("L1", "存在突出问题", "较好"),),
                               limit_flags=(LimitFlag("T00", "L1", "被通报批评"),))
    result = compute(year)
    row = result.by_code()["T00"]
    before, _ = letter_paragraphs(year, result, row, {})
    assert before[3].endswith("；加分0.00分；市级评估结果运用0.00分；调整指标2.00分。")
    assert "你单位“存在突出问题”（被通报批评），考核等次不高于“较好”。" in before  # a town of no kind
    plain = simple_year([80], grades=THREE)
    assert "调整指标" not in letter_paragraphs(plain, compute(plain), compute(plain).rows[0], {})[0][3]


def test_adjustments_another_window_changed_meanwhile_are_not_overwritten(tmp_path):
    from desktop_app.services.session import ConflictError, YearSession

    with Store(tmp_path / "two.db") as store:
        store.save_year(hebei([Adjustment("T00", "CX")]))
        mine, theirs = YearSession(store, 2023), YearSession(store, 2023)
        seen = mine.year
        theirs.set_adjustments(seen.adjustments + (Adjustment("T01", "WG"),))
        with pytest.raises(ConflictError):
            mine.set_adjustments(seen.adjustments + (Adjustment("T02", "CX"),), based_on=seen)
        assert [a.town for a in store.load_year(2023, use_cache=False).adjustments] == ["T00", "T01"]


def test_a_finalised_year_takes_no_adjustment_flag_or_lower_result(fresh_store):
    from desktop_app.domain.model import LimitFlag
    from desktop_app.services import FinalisedError
    from desktop_app.services.session import YearSession

    session = YearSession(fresh_store, 2023)
    session.update_scheme(dataclasses.replace(session.year, adjustment_types=KINDS))
    session.submit_departments([d.code for d in session.year.departments])
    session.finalise()
    before = session.year
    for change in (lambda: session.set_adjustments((Adjustment("T01", "CX"),)),
                   lambda: session.set_limit_flags((LimitFlag("T01", "L1", "x"),)),
                   lambda: session.set_rollups(())):
        with pytest.raises(FinalisedError):
            change()
    assert session.year == before


def test_a_town_without_records_has_an_adjustment_of_exactly_zero_in_every_form():
    year = hebei([Adjustment("T00", "CX", 1)])
    row = compute(year).by_code()["T01"]
    detail = row.adjustment_detail
    assert [type(value) for value in (row.adjustment, detail.additions, detail.deductions,
                                      detail.additions_uncapped, detail.deductions_uncapped)] == [Decimal] * 5
    assert row.as_json()["adjustment"] == "0" and row.as_json()["final"] == "80.00"
