"""Grade limits (等次限制): a town meeting a condition — a record of a named adjustment type, or
the bureau's flag with its reason — is graded no better than a named grade, after the quotas;
the freed place stays empty unless the year says it is refilled."""
from __future__ import annotations

import dataclasses
import json
from decimal import Decimal

import pytest

from desktop_app.domain.model import Adjustment, AdjustmentType, GradeLimit, LimitFlag
from desktop_app.domain.scoring import compute
from desktop_app.domain.status import fingerprint
from desktop_app.domain.validation import validate
from desktop_app.storage import Store
from desktop_app.yearfile import read_year_file, write_year_file, year_to_dict
from tests.conftest import EXAMPLE
from tests.test_scoring_properties import THREE, simple_year

D = Decimal
# Yunnan (seed 001): a unit with prominent problems may not be graded 好.
PROMINENT = GradeLimit("L1", "存在突出问题", "较好")
NEGATIVE_LIST = GradeLimit("L2", "负面清单", "一般", adjustment_type="FM")


def limited(finals, flags=(), records=(), refill=False, mode="proportion", grades=THREE):
    year = simple_year(finals, grades=grades, mode=mode)
    return dataclasses.replace(
        year, grade_limits=(PROMINENT, NEGATIVE_LIST), limit_flags=tuple(flags),
        adjustment_types=(AdjustmentType("FM", "负面清单", D("-0.5")),), adjustments=tuple(records),
        rules=dataclasses.replace(year.rules, refill_limited_places=refill))


def grades(year):
    return [(row.code, row.rank, row.grade, row.limits) for row in compute(year).rows]


TEN = [95, 94, 93, 92, 91, 90, 89, 88, 87, 86]  # 好 3, 较好 5, 一般 2 of ten


def test_a_flagged_town_loses_its_better_grade_and_the_place_stays_empty():
    year = limited(TEN, flags=[LimitFlag("T01", "L1", "被市级通报批评")])
    assert validate(year) == []
    assert grades(year)[:4] == [("T00", 1, "好", ()), ("T01", 2, "较好", ("L1",)), ("T02", 3, "好", ()),
                                ("T03", 4, "较好", ())]
    assert compute(year).grade_counts() == {"好": 2, "较好": 6, "一般": 2}


def test_with_refill_the_freed_place_goes_to_the_next_town_that_may_have_it():
    year = limited(TEN, flags=[LimitFlag("T01", "L1", "被市级通报批评")], refill=True)
    result = compute(year).by_code()
    assert [result[code].grade for code in ("T00", "T01", "T02", "T03")] == ["好", "较好", "好", "好"]
    assert compute(year).grade_counts() == {"好": 3, "较好": 5, "一般": 2}
    assert [row.rank for row in compute(year).rows][:4] == [1, 2, 3, 4]  # ranks do not change


def test_a_record_of_the_named_adjustment_type_meets_the_limit_and_costs_its_points():
    year = limited(TEN, records=[Adjustment("T00", "FM")])
    row = compute(year).by_code()["T00"]
    assert (row.final, row.grade, row.limits) == (D("94.50"), "一般", ("L2",))
    # Two limits: the stricter counts.
    both = limited(TEN, flags=[LimitFlag("T00", "L1", "突出问题")], records=[Adjustment("T00", "FM")])
    assert compute(both).by_code()["T00"].limits == ("L1", "L2") and compute(both).by_code()["T00"].grade == "一般"


def test_a_limit_also_holds_under_thresholds_and_a_vetoed_town_stays_last():
    thresholds = (THREE[0].__class__("好", min_score=D(90)), THREE[1].__class__("较好", min_score=D(80)),
                  THREE[2].__class__("一般"))
    year = limited([95, 85], flags=[LimitFlag("T00", "L1", "突出问题")], mode="threshold", grades=thresholds)
    assert [row.grade for row in compute(year).rows] == ["较好", "较好"]
    vetoed = dataclasses.replace(limited(TEN, flags=[LimitFlag("T00", "L1", "x")]),
                                 vetoes=simple_year(TEN, grades=THREE, vetoed=(0,)).vetoes)
    last = compute(vetoed).rows[-1]
    assert (last.code, last.grade, last.vetoed) == ("T00", "一般", True)


@pytest.mark.parametrize("change, message", [
    (lambda y: dataclasses.replace(y, grade_limits=(GradeLimit("L1", "突出", "优秀"),)),
     "等次限制“突出”的最高等次“优秀”不是已设定的等次"),
    (lambda y: dataclasses.replace(y, grade_limits=(GradeLimit("L1", "清单", "一般", "XX"),)),
     "等次限制“清单”所依据的调整指标类型 XX 不存在"),
    (lambda y: dataclasses.replace(y, limit_flags=(LimitFlag("T99", "L1", "x"),)), "等次限制认定的镇街 T99 不存在"),
    (lambda y: dataclasses.replace(y, limit_flags=(LimitFlag("T00", "L9", "x"),)), "等次限制 L9 不存在（镇街 T00）"),
    (lambda y: dataclasses.replace(y, limit_flags=(LimitFlag("T00", "L1", "  "),)), "等次限制认定须写明理由（镇街 T00）"),
    (lambda y: dataclasses.replace(y, grade_limits=(PROMINENT, PROMINENT)),
     "等次限制编码 L1 重复（与第 1 条相同），编码必须唯一"),
])
def test_a_broken_limit_or_flag_is_refused_by_name(change, message):
    assert message in [problem.message for problem in validate(change(limited(TEN)))]


def test_limits_and_flags_go_through_the_year_file_the_database_and_the_fingerprint(tmp_path):
    year = limited(TEN, flags=[LimitFlag("T01", "L1", "被市级通报批评")], refill=True)
    path = tmp_path / "limits.json"
    write_year_file(year, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["grade_limits"][1] == {"code": "L2", "name": "负面清单", "grade": "一般", "adjustment_type": "FM"}
    assert data["limit_flags"] == [{"town": "T01", "limit": "L1", "reason": "被市级通报批评"}]
    assert data["rules"]["refill_limited_places"] is True
    assert read_year_file(path) == year
    assert "grade_limits" not in year_to_dict(read_year_file(EXAMPLE))
    with Store(tmp_path / "limits.db") as store:
        store.save_year(year)
        assert store.load_year(2023, use_cache=False) == year
        first = len(store.audit_entries(2023))
        store.update_year(dataclasses.replace(year, limit_flags=(LimitFlag("T01", "L1", "被市级通报批评（复核维持）"),)))
        entries = store.audit_entries(2023)[first:]
    assert [(e["target"], e["change"]) for e in entries] == [("limit_flags", "update")]
    plain = simple_year(TEN, grades=THREE)
    prints = {fingerprint(y, compute(y)) for y in (plain, limited(TEN), year)}
    assert len(prints) == 3
    unlimited = dataclasses.replace(plain, rules=dataclasses.replace(plain.rules, refill_limited_places=False))
    assert fingerprint(unlimited, compute(unlimited)) == fingerprint(plain, compute(plain))


def test_the_notice_says_which_town_was_held_to_which_grade_and_why():
    from desktop_app.documents.notice import results_paragraphs

    year = limited(TEN, flags=[LimitFlag("T01", "L1", "被市级通报批评")], records=[Adjustment("T05", "FM")])
    text = results_paragraphs(year, compute(year), {})
    assert "镇1“存在突出问题”（被市级通报批评），考核等次不高于“较好”。" in text
    assert "镇5“负面清单”，考核等次不高于“一般”。" in text
    assert text[2] == "（一）“好”等次（2个）。镇0、镇2。"


def test_what_follows_from_a_grade_or_a_limit_is_in_the_results_the_notice_and_the_workbook(tmp_path):
    import openpyxl

    from desktop_app.documents.notice import results_paragraphs
    from desktop_app.domain.model import Consequence
    from desktop_app.excel.submission import write_submission_workbook

    year = dataclasses.replace(
        limited(TEN, flags=[LimitFlag("T01", "L1", "被市级通报批评")]),
        consequences=(Consequence("予以通报表扬", grade="好"), Consequence("进行约谈提醒", grade="一般"),
                      Consequence("进行约谈提醒", limit="L1")))
    assert validate(year) == []
    result = compute(year)
    rows = result.by_code()
    assert rows["T00"].consequences == ("予以通报表扬",)
    assert rows["T01"].consequences == ("进行约谈提醒",) and rows["T09"].consequences == ("进行约谈提醒",)
    assert rows["T03"].consequences == ()
    text = results_paragraphs(year, result, {"commendation": "在项目安排上给予倾斜。"})
    section = text.index("二、结果运用")
    assert text[section + 1:section + 4] == [
        "对考核等次为“好”的镇0、镇2予以通报表扬。",
        "对考核等次为“一般”的镇8、镇9进行约谈提醒。",
        "对“存在突出问题”的镇1进行约谈提醒。",
    ]
    assert "二、通报表扬" not in text and not any("倾斜" in paragraph for paragraph in text)
    write_submission_workbook(year, result, tmp_path / "up.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "up.xlsx")["汇总表"]
    header = [sheet.cell(3, c).value for c in range(1, sheet.max_column + 1)]
    column = header.index("结果运用") + 1
    listed = {sheet.cell(r, 2).value: sheet.cell(r, column).value for r in range(5, 15)}
    assert listed["镇0"] == "予以通报表扬" and listed["镇1"] == "进行约谈提醒" and listed["镇3"] is None


@pytest.mark.parametrize("consequence, message", [
    (("", "好", None), "结果运用第 1 条没有写明措施"),
    (("约谈", None, None), "结果运用“约谈”须指明一个等次或一项等次限制"),
    (("约谈", "好", "L1"), "结果运用“约谈”须指明一个等次或一项等次限制"),
    (("约谈", "差", None), "结果运用“约谈”的等次“差”不是已设定的等次"),
    (("约谈", None, "L7"), "结果运用“约谈”的等次限制 L7 不存在"),
])
def test_a_consequence_without_an_action_or_with_no_one_grade_or_limit_is_refused(consequence, message):
    from desktop_app.domain.model import Consequence

    year = dataclasses.replace(limited(TEN), consequences=(Consequence(*consequence),))
    assert message in [problem.message for problem in validate(year)]


def test_consequences_go_through_the_year_file_and_the_database(tmp_path):
    from desktop_app.domain.model import Consequence

    year = dataclasses.replace(limited(TEN), consequences=(Consequence("进行约谈提醒", limit="L1"),
                                                          Consequence("予以通报表扬", grade="好")))
    write_year_file(year, tmp_path / "c.json")
    assert json.loads((tmp_path / "c.json").read_text(encoding="utf-8"))["consequences"] == [
        {"action": "进行约谈提醒", "limit": "L1"}, {"action": "予以通报表扬", "grade": "好"}]
    assert read_year_file(tmp_path / "c.json") == year
    with Store(tmp_path / "c.db") as store:
        store.save_year(year)
        assert store.load_year(2023, use_cache=False).consequences == year.consequences


def test_renaming_a_grade_renames_it_in_the_veto_grade_the_limits_and_the_consequences():
    from desktop_app.domain import scheme_edit as edits
    from desktop_app.domain.model import Consequence

    year = dataclasses.replace(limited(TEN), consequences=(Consequence("约谈", grade="较好"),))
    year = edits.update_rules(year, veto_grade="较好")
    renamed = edits.set_grades(year, [THREE[0], dataclasses.replace(THREE[1], name="比较好"), THREE[2]])
    assert renamed.rules.veto_grade == "比较好"
    assert [limit.grade for limit in renamed.grade_limits] == ["比较好", "一般"]
    assert renamed.consequences[0].grade == "比较好" and validate(renamed) == []
    removed = edits.set_grades(year, [THREE[0], THREE[2]])  # a grade removed, not renamed: nothing follows it
    assert removed.grade_limits[0].grade == "较好" and removed.rules.veto_grade is None
    assert "等次限制“存在突出问题”的最高等次“较好”不是已设定的等次" in [p.message for p in validate(removed)]


def test_a_limit_to_the_best_grade_holds_nothing_down_and_the_documents_say_nothing_of_a_grade():
    from desktop_app.documents.notice import results_paragraphs
    from desktop_app.domain.model import Consequence

    marker = GradeLimit("L3", "第七条所列问题", "好")
    year = dataclasses.replace(limited(TEN), grade_limits=(PROMINENT, NEGATIVE_LIST, marker),
                               limit_flags=(LimitFlag("T00", "L3", "未完成减贫任务"),),
                               consequences=(Consequence("进行约谈", limit="L3"),))
    row = compute(year).by_code()["T00"]
    assert (row.grade, row.limits, row.consequences) == ("好", ("L3",), ("进行约谈",))
    text = results_paragraphs(year, compute(year), {})
    assert not any("不高于" in paragraph for paragraph in text)
    assert "对“第七条所列问题”的镇0进行约谈。" in text


def test_with_consequences_the_commendation_gives_way_whoever_they_concern():
    from desktop_app.documents.notice import results_paragraphs
    from desktop_app.domain.model import Consequence

    year = dataclasses.replace(limited(TEN), consequences=(Consequence("进行约谈", limit="L1"),))
    text = results_paragraphs(year, compute(year), {})  # nobody meets L1
    assert "二、通报表扬" not in text and "二、结果运用" not in text


def test_the_session_keeps_the_bureaus_flags_and_an_undo_of_a_removed_limit_brings_them_back(tmp_path):
    from desktop_app.services.session import YearSession

    year = limited(TEN)
    with Store(tmp_path / "flags.db") as store:
        store.save_year(year)
        session = YearSession(store, 2023)
        session.set_limit_flags([LimitFlag("T00", "L1", "被通报批评")])
        assert session.result.by_code()["T00"].grade == "较好"
        before = session.year
        assert session.update_scheme(dataclasses.replace(before, grade_limits=(NEGATIVE_LIST,))) == 1
        assert session.year.limit_flags == ()
        session.restore_scheme(before)
        assert session.year.limit_flags == (LimitFlag("T00", "L1", "被通报批评"),)
        with pytest.raises(Exception, match="等次限制认定须写明理由"):
            session.set_limit_flags([LimitFlag("T01", "L1", " ")])


def test_renaming_one_grade_leaves_consequences_of_the_others_as_they_were():
    from desktop_app.domain import scheme_edit as edits
    from desktop_app.domain.model import Consequence

    year = dataclasses.replace(limited(TEN), consequences=(Consequence("表扬", grade="好"), Consequence("约谈", limit="L1"),
                                                          Consequence("提醒", grade="一般")))
    renamed = edits.set_grades(year, [THREE[0], dataclasses.replace(THREE[1], name="比较好"), THREE[2]])
    assert [(c.grade, c.limit) for c in renamed.consequences] == [("好", None), (None, "L1"), ("一般", None)]


def test_what_does_not_change_a_result_still_changes_the_fingerprint():
    """Texts and settings that make no result differ are part of what was decided: the
    fingerprint sees each of them (and a year without them keeps its old fingerprint)."""
    from desktop_app.domain.model import AdjustmentType, Consequence, RollUp, RollUpPart, SubUnit

    base = simple_year(TEN, grades=THREE)
    printed = lambda y: fingerprint(y, compute(y))  # noqa: E731
    variants = [
        dataclasses.replace(base, adjustment_types=(AdjustmentType("A", "创新", D(1)),)),
        dataclasses.replace(base, adjustment_types=(AdjustmentType("A", "工作创新", D(1)),)),
        dataclasses.replace(base, grade_limits=(PROMINENT,)),
        dataclasses.replace(base, grade_limits=(dataclasses.replace(PROMINENT, name="问题突出"),)),
        dataclasses.replace(base, consequences=(Consequence("表扬", grade="好"),)),
        dataclasses.replace(base, consequences=(Consequence("通报表扬", grade="好"),)),
        dataclasses.replace(base, rollup_parts=(RollUpPart("Q"),)),
        dataclasses.replace(base, rollups=(RollUp("T00", "Q", (SubUnit("甲", D(90), D(100)),), "a.json", "F", "d", 2023, "t"),)),
        dataclasses.replace(base, rollups=(RollUp("T00", "Q", (SubUnit("甲", D(90), D(100)),), "b.json", "F", "d", 2023, "t"),)),
        dataclasses.replace(base, unit_level="镇街"),
        dataclasses.replace(base, unit_level="县"),
    ]
    prints = [printed(base)] + [printed(y) for y in variants]
    assert len(set(prints)) == len(prints)


def test_the_town_list_is_fingerprinted_as_before_when_no_town_has_a_class():
    from desktop_app.domain.status import _towns_as_before

    towns = simple_year(TEN[:2], grades=THREE).towns
    before_classes = "Town(code='T00', name='镇0', kind=None)", "Town(code='T01', name='镇1', kind=None)"
    assert _towns_as_before(towns[:1]) == f"({before_classes[0]},)"  # a tuple of one, as repr writes it
    assert _towns_as_before(towns) == f"({before_classes[0]}, {before_classes[1]})"
    assert _towns_as_before(()) == "()"


def test_flags_set_on_a_year_another_window_changed_since_are_refused_and_theirs_kept(tmp_path):
    from desktop_app.services.session import ConflictError, YearSession

    with Store(tmp_path / "flags.db") as store:
        store.save_year(limited(TEN))
        mine, theirs = YearSession(store, 2023), YearSession(store, 2023)
        seen = mine.year
        theirs.set_limit_flags([LimitFlag("T01", "L1", "约谈")])
        with pytest.raises(ConflictError):
            mine.set_limit_flags(seen.limit_flags + (LimitFlag("T00", "L1", "被通报批评"),), based_on=seen)
        assert store.load_year(2023, use_cache=False).limit_flags == (LimitFlag("T01", "L1", "约谈"),)


def test_a_limit_to_a_grade_the_year_does_not_have_holds_nothing_down():
    """A year the checks would refuse (its limit names 优秀, which it does not grade) still computes:
    the flagged town keeps the grade its place gives."""
    year = limited(TEN, flags=[LimitFlag("T00", "L1", "被通报批评")])
    year = dataclasses.replace(year, grade_limits=(GradeLimit("L1", "存在突出问题", "优秀"), NEGATIVE_LIST))
    assert grades(year)[0][:3] == ("T00", 1, "好")
