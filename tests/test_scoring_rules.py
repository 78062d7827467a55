"""Worked examples of the scoring rules (README, 计分规则), with every figure a town's
result shows: full score, raw and normalised score, bonus and how it was counted,
inspections, final, rank, grade, veto reasons, completeness and category subtotals."""
from __future__ import annotations

import dataclasses
from decimal import Decimal

from desktop_app.domain.model import (
    AssessmentYear,
    Bonus,
    BonusType,
    Category,
    Department,
    Grade,
    Indicator,
    Inspection,
    InspectionType,
    Part,
    Rules,
    Score,
    Town,
    Veto,
)
from desktop_app.domain.scoring import BonusBreakdown, compute
from desktop_app.domain.validation import validate
from tests.test_scoring_properties import simple_year

D = Decimal
THREE = (Grade("好", share=D("0.3")), Grade("较好", share=D("0.5")), Grade("一般"))


def worked_year() -> AssessmentYear:
    """Four towns; I3 applies only to T1 and T2 (full 100 for them, 90 for the others);
    T2 and T4 each miss a score; T4 is vetoed twice."""
    return AssessmentYear(
        year=2023, title="示例",
        rules=Rules(full_score=D(100), bonus_cap=D(2), grade_mode="proportion", grades=THREE),
        departments=(Department("D1", "区民政局"), Department("D2", "区教委")),
        categories=(Category("C1", "责任落实", D(50)), Category("C2", "产业发展", D(50))),
        indicators=(
            Indicator("I1", "C1", "低保", (Part("P1", "D1", D(30)), Part("P2", "D2", D(20)))),
            Indicator("V", "C1", "否决", (Part("PV", "D1", D(0)),), veto=True),
            Indicator("I2", "C2", "产业", (Part("P3", "D1", D(40)),)),
            Indicator("I3", "C2", "重点帮扶", (Part("P4", "D2", D(10)),), applies_to=("T1", "T2")),
        ),
        towns=(Town("T1", "甲镇", "镇"), Town("T2", "乙镇", "镇"), Town("T3", "丙街道", "街道"),
               Town("T4", "丁镇", "镇")),
        scores=(
            Score("T1", "P1", D("27.5")), Score("T1", "P2", D(18)), Score("T1", "P3", D(36)),
            Score("T1", "P4", D("8.5")),
            Score("T2", "P1", D(30)), Score("T2", "P2", D(20)), Score("T2", "P3", D(40)),
            Score("T3", "P1", D(25)), Score("T3", "P2", D("15.25")), Score("T3", "P3", D("36.08")),
            Score("T4", "P1", D(20)), Score("T4", "P3", D(30)),
        ),
        bonus_types=(BonusType("N", "党中央国务院表彰", D(1)), BonusType("C", "市委市政府表彰", D("0.5")),
                     BonusType("Q", "中办国办信息", D("0.3"))),
        bonuses=(
            Bonus("T1", "C", 1, "g1"),   # 0: outranked by record 1 of the same achievement
            Bonus("T1", "N", 1, "g1"),   # 1: counted, 1
            Bonus("T1", "Q", 2),         # 2: its own achievement, 0.3 x 2
            Bonus("T3", "N", 2),         # 3: 2
            Bonus("T3", "C", 1),         # 4: 0.5, above the cap of 2 in total
        ),
        inspection_types=(InspectionType("K1", "市级专项督查", D("0.2")),
                          InspectionType("K3", "市级第三方评估", D("0.3"))),
        inspections=(
            Inspection("T1", "K1", 1), Inspection("T1", "K3", 1, D("0.5")),
            Inspection("T2", "K1", 1), Inspection("T2", "K3", 1),
            Inspection("T4", "K1", 2),
        ),
        vetoes=(Veto("T4", "发生重大安全事故", "V"), Veto("T4", "弄虚作假")),
    )


def test_the_worked_year_is_valid():
    assert validate(worked_year()) == []


def test_every_figure_of_every_town_in_the_worked_year():
    result = compute(worked_year())
    assert result.year == 2023
    rows = {row.code: row for row in result.rows}
    assert [row.code for row in result.rows] == ["T1", "T2", "T3", "T4"]

    t1 = rows["T1"]
    assert (t1.name, t1.order, t1.full, t1.raw) == ("甲镇", 0, D(100), D(90))
    assert (t1.normalised_exact, t1.normalised) == (D(90), D(90))
    assert (t1.bonus, t1.inspection, t1.final) == (D("1.6"), D("-0.3"), D("91.30"))
    assert (t1.rank, t1.grade, t1.vetoed, t1.complete) == (1, "好", False, True)
    assert t1.categories == {"C1": D("45.5"), "C2": D("44.5")}
    assert (t1.missing_parts, t1.veto_reasons) == ((), ())
    assert t1.bonus_detail == BonusBreakdown(
        achievements=((None, D("0.6"), 2), ("g1", D(1), 1)), uncapped=D("1.6"), capped=False, superseded=(0,))

    t2 = rows["T2"]
    assert (t2.name, t2.order, t2.full, t2.raw) == ("乙镇", 1, D(100), D(90))
    assert (t2.bonus, t2.inspection, t2.final) == (D(0), D("0.5"), D("90.50"))
    assert (t2.rank, t2.grade, t2.vetoed, t2.complete) == (2, "较好", False, False)
    assert t2.categories == {"C1": D(50), "C2": D(40)}
    assert t2.missing_parts == ("P4",)
    assert t2.bonus_detail == BonusBreakdown(achievements=(), uncapped=D(0), capped=False, superseded=())

    t3 = rows["T3"]
    assert (t3.name, t3.order, t3.full, t3.raw) == ("丙街道", 2, D(90), D("76.33"))
    assert t3.normalised_exact == D("7633") / D(90)  # 84.8111…, not rounded
    assert t3.normalised == D("84.81")
    assert (t3.bonus, t3.inspection, t3.final) == (D(2), D(0), D("86.81"))
    assert (t3.rank, t3.grade, t3.vetoed, t3.complete) == (3, "较好", False, True)
    assert t3.categories == {"C1": D("40.25"), "C2": D("36.08")}
    assert t3.bonus_detail == BonusBreakdown(
        achievements=((None, D(2), 3), (None, D("0.5"), 4)), uncapped=D("2.5"), capped=True, superseded=())

    t4 = rows["T4"]
    assert (t4.name, t4.order, t4.full, t4.raw) == ("丁镇", 3, D(90), D(50))
    assert (t4.normalised, t4.bonus, t4.inspection, t4.final) == (D("55.56"), D(0), D("0.2"), D("55.76"))
    assert (t4.rank, t4.grade, t4.vetoed, t4.complete) == (4, "一般", True, False)
    assert t4.veto_reasons == ("发生重大安全事故", "弄虚作假")
    assert t4.missing_parts == ("P2",)
    assert t4.categories == {"C1": D(20), "C2": D(30)}

    assert result.complete is False
    assert result.by_code() == rows
    assert result.grade_counts() == {"好": 1, "较好": 2, "一般": 1}


def test_result_rows_as_the_command_line_prints_them():
    rows = compute(worked_year()).by_code()
    assert rows["T3"].as_json() == {
        "code": "T3", "name": "丙街道", "full": "90", "raw": "76.33", "normalised": "84.81",
        "bonus": "2", "inspection": "0", "final": "86.81", "vetoed": False, "complete": True,
        "rank": 3, "grade": "较好", "categories": {"C1": "40.25", "C2": "36.08"},
    }
    assert rows["T4"].as_json()["bonus"] == "0"
    assert rows["T2"].as_json()["bonus"] == "0"


def test_a_year_is_complete_once_every_applicable_part_is_scored():
    year = worked_year()
    year = dataclasses.replace(year, scores=year.scores + (Score("T2", "P4", D(10)), Score("T4", "P2", D(5))))
    result = compute(year)
    assert all(row.complete and row.missing_parts == () for row in result.rows)
    assert result.complete is True


def test_missing_parts_are_listed_in_scheme_order_and_only_where_they_apply():
    year = worked_year()
    year = dataclasses.replace(year, scores=(Score("T1", "P3", D(1)), Score("T3", "P2", D(1))))
    rows = compute(year).by_code()
    assert rows["T1"].missing_parts == ("P1", "P2", "P4")
    assert rows["T2"].missing_parts == ("P1", "P2", "P3", "P4")
    assert rows["T3"].missing_parts == ("P1", "P3")
    assert rows["T4"].missing_parts == ("P1", "P2", "P3")
    assert not any(row.complete for row in rows.values())


def test_a_town_missing_only_its_partial_part_is_incomplete():
    year = worked_year()
    year = dataclasses.replace(year, scores=tuple(s for s in year.scores if (s.town, s.part) != ("T1", "P4")))
    t1 = compute(year).by_code()["T1"]
    assert (t1.complete, t1.missing_parts) == (False, ("P4",))
    assert (t1.full, t1.raw, t1.final) == (D(100), D("81.5"), D("82.80"))


# ---------------------------------------------------------------------------
# Bonus: 就高不就低 and the cap
# ---------------------------------------------------------------------------

def bonus_of(*records, cap=D(2)):
    year = simple_year([80, 80], grades=THREE)
    year = dataclasses.replace(
        year, rules=dataclasses.replace(year.rules, bonus_cap=cap),
        bonus_types=(BonusType("N", "国家级", D(1)), BonusType("C", "市级", D("0.5")), BonusType("Q", "区级", D("0.2"))),
        bonuses=records)
    return compute(year).by_code()["T00"]


def test_a_record_counts_its_type_points_times_its_count():
    row = bonus_of(Bonus("T00", "Q", 3))
    assert row.bonus == D("0.6")
    assert row.bonus_detail.achievements == ((None, D("0.6"), 0),)


def test_every_ungrouped_record_is_its_own_achievement():
    row = bonus_of(Bonus("T00", "Q"), Bonus("T01", "N"), Bonus("T00", "C"), Bonus("T00", "Q", 2))
    assert row.bonus == D("1.1")
    assert row.bonus_detail.achievements == ((None, D("0.2"), 0), (None, D("0.5"), 2), (None, D("0.4"), 3))
    assert row.final == D("81.10")


def test_a_group_counts_once_at_its_best_record_whatever_the_order():
    row = bonus_of(Bonus("T00", "N", 1, "g"), Bonus("T00", "C", 1, "g"), Bonus("T00", "Q", 1, "g"),
                   Bonus("T00", "C", 1, "h"), Bonus("T00", "N", 1, "h"))
    assert row.bonus == D(2)
    assert row.bonus_detail == BonusBreakdown(
        achievements=(("g", D(1), 0), ("h", D(1), 4)), uncapped=D(2), capped=False, superseded=(1, 2, 3))


def test_a_group_of_equal_values_counts_its_first_record():
    row = bonus_of(Bonus("T00", "Q", 1, "g"), Bonus("T00", "C", 1, "g"), Bonus("T00", "C", 1, "g"))
    assert row.bonus_detail.achievements == (("g", D("0.5"), 1),)
    assert row.bonus_detail.superseded == (0, 2)
    assert row.bonus == D("0.5")


def test_a_lower_record_after_the_best_one_of_its_group_is_superseded():
    row = bonus_of(Bonus("T00", "Q", 1), Bonus("T00", "C", 3, "g"), Bonus("T00", "N", 1, "g"))
    assert row.bonus_detail.achievements == ((None, D("0.2"), 0), ("g", D("1.5"), 1))
    assert row.bonus_detail.superseded == (2,)
    assert row.bonus == D("1.7")


def test_the_bonus_above_the_cap_is_cut_to_the_cap():
    row = bonus_of(Bonus("T00", "N", 2), Bonus("T00", "C"), cap=D("1.5"))
    assert (row.bonus, row.bonus_detail.uncapped, row.bonus_detail.capped) == (D("1.5"), D("2.5"), True)
    assert row.final == D("81.50")
    row = bonus_of(Bonus("T00", "C"), cap=D("1.5"))
    assert (row.bonus, row.bonus_detail.capped) == (D("0.5"), False)


def test_a_bonus_of_a_type_not_in_the_scheme_counts_nothing():
    row = bonus_of(Bonus("T00", "X9", 2), Bonus("T00", "C"))
    assert row.bonus == D("0.5")
    assert row.bonus_detail.achievements == ((None, D(0), 0), (None, D("0.5"), 1))


# ---------------------------------------------------------------------------
# Inspections
# ---------------------------------------------------------------------------

def test_inspection_rounds_add_their_award_or_deduct_what_the_town_lost():
    year = simple_year([80, 80, 80], grades=THREE)
    year = dataclasses.replace(
        year,
        inspection_types=(InspectionType("K1", "督查", D("0.2")), InspectionType("K3", "评估", D("0.3"))),
        inspections=(Inspection("T00", "K1", 1), Inspection("T00", "K3", 1), Inspection("T00", "K1", 2, D("0.5")),
                     Inspection("T01", "K3", 1, D(1)), Inspection("T01", "K9", 1), Inspection("T01", "K9", 2, D("0.1"))))
    rows = compute(year).by_code()
    assert (rows["T00"].inspection, rows["T00"].final) == (D(0), D("80.00"))
    assert (rows["T01"].inspection, rows["T01"].final) == (D("-1.1"), D("78.90"))
    assert (rows["T02"].inspection, rows["T02"].final) == (D(0), D(80))
    assert [row.code for row in compute(year).rows] == ["T00", "T02", "T01"]


# ---------------------------------------------------------------------------
# Ranking with vetoes
# ---------------------------------------------------------------------------

def test_when_every_town_is_vetoed_they_are_ranked_among_themselves_from_one():
    finals = [80, 90, 85, 85]
    for style, ranks in (("competition", [1, 2, 2, 4]), ("dense", [1, 2, 2, 3])):
        rows = compute(simple_year(finals, grades=THREE, vetoed=(0, 1, 2, 3), rank_style=style)).rows
        assert [row.code for row in rows] == ["T01", "T02", "T03", "T00"]
        assert [row.rank for row in rows] == ranks
        assert {row.grade for row in rows} == {"一般"}
        assert all(row.vetoed for row in rows)


def test_equal_finals_keep_the_town_order_and_record_it():
    rows = compute(simple_year([70, 90, 70, 90], grades=THREE)).rows
    assert [(row.code, row.order, row.rank) for row in rows] == [("T01", 1, 1), ("T03", 3, 1),
                                                                  ("T00", 0, 3), ("T02", 2, 3)]


# ---------------------------------------------------------------------------
# A year being edited: dangling references count as nothing
# ---------------------------------------------------------------------------

def test_scores_that_do_not_count_are_skipped_and_the_following_ones_still_count():
    year = worked_year()
    year = dataclasses.replace(year, scores=(
        Score("T9", "P1", D(30)),       # unknown town
        Score("T1", "P9", D(30)),       # unknown part
        Score("T3", "P4", D(10)),       # part that does not apply to T3
        Score("T1", "PV", D(5)),        # veto part: never scored
        *year.scores,
    ))
    assert compute(year).rows == compute(worked_year()).rows


def test_a_town_no_indicator_applies_to_has_no_full_score_and_normalises_to_zero():
    year = simple_year([80, 60], grades=THREE)
    year = dataclasses.replace(
        year,
        indicators=(Indicator("I", "C", "指标", (Part("P", "D", D(100)),), applies_to=("T00",)),),
        scores=(Score("T00", "P", D(80)),),
        inspection_types=(InspectionType("K", "督查", D("0.2")),),
        inspections=(Inspection("T01", "K"),))
    rows = compute(year).by_code()
    t01 = rows["T01"]
    assert (t01.full, t01.raw, t01.normalised_exact, t01.normalised) == (D(0), D(0), D(0), D(0))
    assert (t01.final, t01.complete, t01.missing_parts, t01.rank) == (D("0.2"), True, (), 2)
    assert rows["T00"].final == D(80)


def test_a_year_with_an_empty_scheme_still_computes():
    year = simple_year([80, 60], grades=THREE)
    year = dataclasses.replace(year, categories=(), indicators=(), scores=())
    rows = compute(year).rows
    assert [row.as_json()["raw"] for row in rows] == ["0", "0"]
    assert [row.as_json()["final"] for row in rows] == ["0.00", "0.00"]
    assert [(row.rank, row.complete, row.categories) for row in rows] == [(1, True, {}), (1, True, {})]


def test_a_veto_for_an_unknown_town_vetoes_nobody():
    year = dataclasses.replace(simple_year([80, 60], grades=THREE), vetoes=(Veto("T9", "甲"),))
    assert [(row.code, row.vetoed, row.rank) for row in compute(year).rows] == [("T00", False, 1), ("T01", False, 2)]


# ---------------------------------------------------------------------------
# Grades
# ---------------------------------------------------------------------------

def grades_in_rank_order(finals, grades, **options):
    return [row.grade for row in compute(simple_year(finals, grades=grades, **options)).rows]


TIED_AT_THE_BOUNDARY = [95, 92, 90, 90, 90, 85, 80, 78, 75, 70]  # quota of 好: floor(10 x 0.3) = 3


def test_towns_tied_across_a_boundary_all_get_the_better_grade_by_default():
    # 好 admits the two 90s tied with the third town; 较好 takes its 5 from there, to the end.
    assert grades_in_rank_order(TIED_AT_THE_BOUNDARY, THREE) == ["好"] * 5 + ["较好"] * 5


def test_towns_tied_across_a_boundary_all_get_the_worse_grade_when_excluded():
    # 好 stops before the 90s; 较好 then takes its quota of 5 from there.
    assert grades_in_rank_order(TIED_AT_THE_BOUNDARY, THREE, boundary_ties="exclude") == \
        ["好"] * 2 + ["较好"] * 5 + ["一般"] * 3


def test_a_boundary_without_a_tie_is_kept_in_both_tie_modes():
    finals = [95, 92, 90, 89, 88, 85, 80, 78, 75, 70]
    for ties in ("include", "exclude"):
        assert grades_in_rank_order(finals, THREE, boundary_ties=ties) == ["好"] * 3 + ["较好"] * 5 + ["一般"] * 2


def test_quota_rounding_floor_or_half_up():
    grades = (Grade("好", share=D("0.3")), Grade("一般"))  # 5 towns: 1.5 places
    finals = [90, 80, 70, 60, 50]
    assert grades_in_rank_order(finals, grades) == ["好"] + ["一般"] * 4
    assert grades_in_rank_order(finals, grades, quota_rounding="round") == ["好"] * 2 + ["一般"] * 3


def test_a_grade_whose_quota_is_zero_gets_nobody_even_if_all_are_tied():
    grades = (Grade("好", share=D("0.1")), Grade("一般"))  # 3 towns: floor(0.3) = 0
    assert grades_in_rank_order([80, 80, 80], grades) == ["一般"] * 3


def test_vetoed_towns_count_in_the_quota_so_it_can_cover_every_other_town():
    """6 towns, 3 vetoed: 好 takes floor(6 x 0.2) = 1, 较好 floor(6 x 0.5) = 3, all the others."""
    grades = (Grade("好", share=D("0.2")), Grade("较好", share=D("0.5")), Grade("一般"))

    def graded(finals, vetoed, ties):
        rows = compute(simple_year(finals, grades=grades, vetoed=vetoed, boundary_ties=ties)).rows
        return [(row.code, row.grade) for row in rows]

    # include: 好 admits the first 80 and the two tied with it.
    assert graded([80, 80, 80, 95, 90, 85], (3, 4, 5), "include") == [
        ("T00", "好"), ("T01", "好"), ("T02", "好"), ("T03", "一般"), ("T04", "一般"), ("T05", "一般")]
    # exclude: 好 admits nobody; 较好's quota reaches the end of the list, so there is no tie to break.
    assert graded([80, 80, 80, 95, 90, 85], (3, 4, 5), "exclude") == [
        ("T00", "较好"), ("T01", "较好"), ("T02", "较好"), ("T03", "一般"), ("T04", "一般"), ("T05", "一般")]
    # 4 towns, 2 vetoed: 好's quota is 0, 较好's quota of 2 covers both other towns.
    assert graded([90, 80, 95, 85], (2, 3), "exclude") == [
        ("T00", "较好"), ("T01", "较好"), ("T02", "一般"), ("T03", "一般")]


def test_once_every_town_has_a_grade_the_remaining_grades_get_nobody():
    grades = (Grade("好", share=D("0.5")), Grade("较好", share=D("0.5")), Grade("中", share=D(0)), Grade("一般"))
    assert grades_in_rank_order([90, 80, 70, 60], grades, vetoed=(2, 3)) == ["好", "好", "一般", "一般"]


def test_threshold_grades_need_the_minimum_or_more():
    grades = (Grade("好", min_score=D(90)), Grade("较好", min_score=D(80)), Grade("中", min_score=D(70)), Grade("一般"))
    finals = [95, 90, 89.99, 80, 75, 70, 69.99, 10]
    assert grades_in_rank_order(finals, grades, mode="threshold") == \
        ["好", "好", "较好", "较好", "中", "中", "一般", "一般"]


def test_a_threshold_grade_without_its_minimum_yet_is_skipped():
    """While the rules are being edited a grade may lack its minimum: nobody gets it."""
    grades = (Grade("好", min_score=D(90)), Grade("较好"), Grade("中", min_score=D(70)), Grade("一般"))
    assert grades_in_rank_order([95, 85, 75, 65], grades, mode="threshold") == ["好", "中", "中", "一般"]


def test_vetoed_towns_take_the_configured_veto_grade():
    grades = (Grade("好", min_score=D(90)), Grade("较好", min_score=D(80)), Grade("一般"))
    rows = compute(simple_year([95, 85, 99], grades=grades, mode="threshold", vetoed=(2,), veto_grade="较好")).rows
    assert [(row.code, row.grade, row.rank) for row in rows] == [("T00", "好", 1), ("T01", "较好", 2), ("T02", "较好", 3)]


def test_vetoed_towns_continue_the_numbering_in_both_rank_styles():
    finals = [90, 88, 88, 85, 85, 95, 70, 70]  # the last three are vetoed
    for style, ranks in (("competition", [1, 2, 2, 4, 4, 6, 7, 7]), ("dense", [1, 2, 2, 3, 3, 4, 5, 5])):
        rows = compute(simple_year(finals, grades=THREE, vetoed=(5, 6, 7), rank_style=style)).rows
        assert [row.code for row in rows] == ["T00", "T01", "T02", "T03", "T04", "T05", "T06", "T07"]
        assert [row.rank for row in rows] == ranks, style
    finals = [90, 88, 88, 85, 95]  # the last one is vetoed
    for style, ranks in (("competition", [1, 2, 2, 4, 5]), ("dense", [1, 2, 2, 3, 4])):
        rows = compute(simple_year(finals, grades=THREE, vetoed=(4,), rank_style=style)).rows
        assert [row.rank for row in rows] == ranks, style


def test_an_indicator_in_a_category_not_yet_created_gets_its_own_subtotal():
    year = worked_year()
    year = dataclasses.replace(year, indicators=(dataclasses.replace(year.indicators[0], category="C9"),
                                                 *year.indicators[1:]))
    t1 = compute(year).by_code()["T1"]
    assert t1.categories == {"C1": D(0), "C2": D("44.5"), "C9": D("45.5")}
    assert (t1.raw, t1.final) == (D(90), D("91.30"))
