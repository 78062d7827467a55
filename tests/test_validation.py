"""Every rule a year must satisfy: each problem names its place in the whole-year file
(the path), what is wrong (the filled-in message) and whether storage can hold it."""
from __future__ import annotations

import dataclasses
from decimal import Decimal

import pytest

from desktop_app.domain.model import (
    AssessmentYear,
    Bonus,
    BonusType,
    Category,
    Deduction,
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
from desktop_app.domain.validation import (
    score_problems,
    structural_problems,
    validate,
    validate_rules,
    validate_scheme,
)

D = Decimal
S, C = "structure", "check"

PROPORTION = Rules(full_score=D(20), bonus_cap=D(2), grade_mode="proportion",
                   grades=(Grade("好", share=D("0.3")), Grade("较好", share=D("0.5")), Grade("一般")))


def valid_year() -> AssessmentYear:
    """A small year without any problem: two towns, a partial indicator, a veto indicator,
    two-decimal points, deductions (one of 0, one of 0.5, one above the points)."""
    return AssessmentYear(
        year=2023, title="校验", rules=PROPORTION,
        departments=(Department("D1", "区民政局"), Department("D2", "区教委")),
        categories=(Category("C1", "责任落实", D(12)), Category("C2", "产业发展", D(8)),
                    Category("C3", "其他", D(0))),
        indicators=(
            Indicator("I1", "C1", "低保", (Part("P1", "D1", D("6.75")), Part("P2", "D2", D("5.25")))),
            Indicator("I2", "C2", "重点帮扶", (Part("P3", "D1", D(6)),), applies_to=("T1",)),
            Indicator("I3", "C2", "产业", (Part("P4", "D2", D(2)),)),
            Indicator("V", "C2", "否决", (Part("PV", "D1", D(0)),), veto=True),
        ),
        towns=(Town("T1", "甲镇", "镇"), Town("T2", "乙街道", "街道")),
        scores=(
            Score("T1", "P1", D("5.25"), (Deduction("迟报", D(1)), Deduction("缺材料", D("0.5")),
                                          Deduction("其他", D(0)))),
            Score("T1", "P2", D(0)),
            Score("T1", "P3", D(6)),
            Score("T1", "P4", D("0.5")),
            Score("T2", "P1", D("6.75")),
            Score("T2", "P2", D("5.25")),
            Score("T2", "P4", D(0), (Deduction("重大问题", D(3)),)),
        ),
        bonus_types=(BonusType("B1", "市级表彰", D("0.5")),),
        bonuses=(Bonus("T1", "B1", 1), Bonus("T2", "B1", 2, "g")),
        inspection_types=(InspectionType("K1", "市级专项督查", D("0.2")),),
        inspections=(Inspection("T1", "K1", 1), Inspection("T2", "K1", 1, D("0.5"))),
        vetoes=(Veto("T2", "问题", "V"), Veto("T1", "其他")),
    )


def found(problems) -> list[tuple[str, str, str]]:
    return [(p.path, p.message, p.kind) for p in problems]


def replace_indicator(year, index, **changes):
    indicators = list(year.indicators)
    indicators[index] = dataclasses.replace(indicators[index], **changes)
    return dataclasses.replace(year, indicators=tuple(indicators))


def with_rules(year, **changes):
    return dataclasses.replace(year, rules=dataclasses.replace(year.rules, **changes))


def test_a_valid_year_has_no_problem():
    year = valid_year()
    assert validate(year) == []
    assert structural_problems(year) == []


def test_a_valid_threshold_year_has_no_problem():
    """Equal thresholds of neighbouring grades and a known veto grade are allowed."""
    year = with_rules(valid_year(), grade_mode="threshold", veto_grade="一般", grades=(
        Grade("好", min_score=D(90)), Grade("较好", min_score=D(80)), Grade("中", min_score=D(80)), Grade("一般")))
    assert validate(year) == []


# ---------------------------------------------------------------------------
# Rules
# ---------------------------------------------------------------------------

def test_duplicate_grade_names_are_a_structure_problem():
    year = with_rules(valid_year(), grades=(Grade("好", share=D("0.2")), Grade("较好", share=D("0.2")),
                                            Grade("好", share=D("0.2")), Grade("一般")))
    assert found(validate(year)) == [("rules.grades[2]", "等次编码 好 重复（与第 1 条相同），编码必须唯一", S)]


def test_full_score_must_be_above_zero():
    year = with_rules(valid_year(), full_score=D(0))
    assert found(validate(year)) == [
        ("rules.full_score", "满分必须大于 0", C),
        ("indicators", "全部打分部分合计 20.00 分，与满分 0 不符", C),
    ]


def test_a_full_score_below_one_is_allowed():
    year = with_rules(valid_year(), full_score=D("0.5"))
    assert validate_rules(year) == []


def test_proportion_grades_need_a_share_except_the_last():
    year = with_rules(valid_year(), grades=(Grade("好", share=D("0.3")), Grade("较好"), Grade("一般")))
    assert found(validate(year)) == [
        ("rules.grades[1]", "按比例评定等次时，等次“较好”必须设定比例（share）", C)]
    year = with_rules(valid_year(), grades=(Grade("好"), Grade("较好", share=D("0.3")), Grade("一般")))
    assert found(validate(year)) == [
        ("rules.grades[0]", "按比例评定等次时，等次“好”必须设定比例（share）", C)]


@pytest.mark.parametrize("shares, last, total", [
    (("0.6", "0.5"), None, "1.1"),
    (("0.3", "0.8"), None, "1.1"),
    (("1.5", "0"), None, "1.5"),
])
def test_shares_above_one_in_total_are_refused(shares, last, total):
    grades = tuple(Grade(name, share=D(s)) for name, s in zip(("好", "较好"), shares)) + (Grade("一般", share=last),)
    year = with_rules(valid_year(), grades=grades)
    assert found(validate(year)) == [("rules.grades", f"各等次比例之和为 {total}，不能超过 1", C)]


def test_shares_adding_up_to_one_are_allowed_and_the_last_grade_share_is_ignored():
    year = with_rules(valid_year(), grades=(Grade("好", share=D("0.6")), Grade("较好", share=D("0.4")),
                                            Grade("一般", share=D("0.5"))))
    assert validate(year) == []


def test_threshold_grades_need_a_minimum_except_the_last():
    year = with_rules(valid_year(), grade_mode="threshold", grades=(
        Grade("好", min_score=D(90)), Grade("较好"), Grade("一般")))
    assert found(validate(year)) == [
        ("rules.grades[1]", "按分数线评定等次时，等次“较好”必须设定最低分（min_score）", C)]
    year = with_rules(valid_year(), grade_mode="threshold", grades=(
        Grade("好"), Grade("较好", min_score=D(80)), Grade("一般")))
    assert found(validate(year)) == [
        ("rules.grades[0]", "按分数线评定等次时，等次“好”必须设定最低分（min_score）", C)]


def test_threshold_grades_must_go_from_best_to_worst():
    year = with_rules(valid_year(), grade_mode="threshold", grades=(
        Grade("好", min_score=D(80)), Grade("较好", min_score=D("90.5")), Grade("一般")))
    assert found(validate(year)) == [
        ("rules.grades[1]", "等次“较好”的最低分 90.5 高于上一等次的最低分，等次须从好到差排列", C)]


def test_a_grade_without_minimum_does_not_hide_the_order_of_the_others():
    """The order is checked against the last grade that has a minimum."""
    year = with_rules(valid_year(), grade_mode="threshold", grades=(
        Grade("好", min_score=D(90)), Grade("较好"), Grade("中", min_score=D(95)), Grade("一般")))
    assert found(validate(year)) == [
        ("rules.grades[1]", "按分数线评定等次时，等次“较好”必须设定最低分（min_score）", C),
        ("rules.grades[2]", "等次“中”的最低分 95 高于上一等次的最低分，等次须从好到差排列", C),
    ]


def test_the_veto_grade_must_be_one_of_the_grades():
    year = with_rules(valid_year(), veto_grade="差")
    assert found(validate(year)) == [("rules.veto_grade", "否决等次“差”不是已设定的等次", C)]
    assert validate(with_rules(valid_year(), veto_grade="较好")) == []


# ---------------------------------------------------------------------------
# Scheme
# ---------------------------------------------------------------------------

def test_duplicate_codes_of_every_list_are_reported_in_file_order():
    year = valid_year()
    year = dataclasses.replace(
        year,
        departments=year.departments + (Department("D2", "又一个"),),
        categories=(*year.categories, Category("C3", "重复", D(0))),
        indicators=(*year.indicators, Indicator("I2", "C3", "重复", (Part("P9", "D1", D(0)),))),
        towns=(*year.towns, Town("T3", "丙镇"), Town("T1", "甲镇")),
        bonus_types=(*year.bonus_types, BonusType("B1", "重复", D(1))),
        inspection_types=(*year.inspection_types, InspectionType("K1", "重复", D(1))),
    )
    assert found(validate(year)) == [
        ("departments[2]", "部门编码 D2 重复（与第 2 条相同），编码必须唯一", S),
        ("categories[3]", "一级指标编码 C3 重复（与第 3 条相同），编码必须唯一", S),
        ("indicators[4]", "二级指标编码 I2 重复（与第 2 条相同），编码必须唯一", S),
        ("towns[3]", "镇街编码 T1 重复（与第 1 条相同），编码必须唯一", S),
        ("bonus_types[1]", "加分类型编码 B1 重复（与第 1 条相同），编码必须唯一", S),
        ("inspection_types[1]", "督查评估类型编码 K1 重复（与第 1 条相同），编码必须唯一", S),
    ]


def test_a_part_code_used_twice_names_where_it_was_first_used():
    year = replace_indicator(valid_year(), 2, parts=(Part("P4", "D2", D(1)), Part("P2", "D2", D(1))))
    assert found(validate_scheme(year)) == [
        ("indicators[2].parts[1]", "打分部分编码 P2 重复（已用于 indicators[0].parts[1]），编码必须唯一", S)]


def test_an_indicator_in_an_unknown_category():
    year = replace_indicator(valid_year(), 2, category="C9")
    assert found(validate(year)) == [
        ("indicators[2]", "二级指标 I3 所属的一级指标 C9 不存在", S),
        ("categories[1]", "一级指标“产业发展”分值为 8，但其下各打分部分合计 6", C),
    ]


def test_an_indicator_applying_to_an_unknown_town():
    year = replace_indicator(valid_year(), 1, applies_to=("T1", "T9"))
    assert found(validate(year)) == [("indicators[1].applies_to", "二级指标 I2 的适用镇街 T9 不存在", S)]


def test_a_part_of_an_unknown_department():
    year = replace_indicator(valid_year(), 0, parts=(Part("P1", "D1", D("6.75")), Part("P2", "D9", D("5.25"))))
    assert found(validate(year)) == [("indicators[0].parts[1]", "打分部分 P2 的责任部门 D9 不存在", S)]


def test_a_veto_part_must_carry_no_points():
    year = replace_indicator(valid_year(), 3, parts=(Part("PV", "D1", D("1.5")),))
    assert found(validate(year)) == [
        ("indicators[3].parts[0]", "否决指标 V 的打分部分分值应为 0，现为 1.5", C),
        ("categories[1]", "一级指标“产业发展”分值为 8，但其下各打分部分合计 9.5", C),
        ("indicators", "全部打分部分合计 21.50 分，与满分 20 不符", C),
    ]


def test_part_points_with_more_than_two_decimals():
    year = replace_indicator(valid_year(), 1, parts=(Part("P3", "D1", D("6.125")),))
    year = replace_indicator(year, 2, parts=(Part("P4", "D2", D("1.875")),))
    assert found(validate(year)) == [
        ("indicators[1].parts[0]", "分值 6.125 超过两位小数", C),
        ("indicators[2].parts[0]", "分值 1.875 超过两位小数", C),
    ]


def test_a_category_whose_parts_do_not_add_up_to_its_points():
    year = valid_year()
    year = dataclasses.replace(year, categories=(Category("C1", "责任落实", D(13)), *year.categories[1:]))
    assert found(validate(year)) == [("categories[0]", "一级指标“责任落实”分值为 13，但其下各打分部分合计 12.00", C)]


def test_a_category_without_parts_adds_up_to_zero():
    year = valid_year()
    year = dataclasses.replace(year, categories=(*year.categories[:2], Category("C3", "其他", D(1))))
    assert found(validate(year)) == [("categories[2]", "一级指标“其他”分值为 1，但其下各打分部分合计 0", C)]


def test_parts_must_add_up_to_the_full_score():
    year = with_rules(valid_year(), full_score=D(25))
    assert found(validate(year)) == [("indicators", "全部打分部分合计 20.00 分，与满分 25 不符", C)]


def test_scheme_problems_come_after_earlier_ones_of_the_scheme():
    """Every check of the scheme adds to the problems found before it."""
    year = valid_year()
    year = replace_indicator(year, 2, category="C9", applies_to=("T9",),
                             parts=(Part("P4", "D9", D("2.005")), Part("P1", "D1", D(0))))
    year = dataclasses.replace(year, departments=year.departments * 2)
    assert found(validate_scheme(year)) == [
        ("departments[2]", "部门编码 D1 重复（与第 1 条相同），编码必须唯一", S),
        ("departments[3]", "部门编码 D2 重复（与第 2 条相同），编码必须唯一", S),
        ("indicators[2].parts[1]", "打分部分编码 P1 重复（已用于 indicators[0].parts[0]），编码必须唯一", S),
        ("indicators[2]", "二级指标 I3 所属的一级指标 C9 不存在", S),
        ("indicators[2].applies_to", "二级指标 I3 的适用镇街 T9 不存在", S),
        ("indicators[2].parts[0]", "打分部分 P4 的责任部门 D9 不存在", S),
        ("indicators[2].parts[0]", "分值 2.005 超过两位小数", C),
        ("categories[1]", "一级指标“产业发展”分值为 8，但其下各打分部分合计 6", C),
        ("indicators", "全部打分部分合计 20.005 分，与满分 20 不符", C),
    ]


# ---------------------------------------------------------------------------
# Entries
# ---------------------------------------------------------------------------

def with_scores(*scores) -> AssessmentYear:
    year = valid_year()
    return dataclasses.replace(year, scores=year.scores + scores)


def test_a_score_for_an_unknown_town_is_not_also_called_not_applicable():
    year = with_scores(Score("T9", "P3", D(1)))
    assert found(validate(year)) == [("scores[7]", "镇街 T9 不存在（打分部分 P3）", S)]


def test_a_score_for_an_unknown_part_still_has_its_decimals_checked():
    year = with_scores(Score("T1", "P9", D("5.555")), Score("T2", "P9", D("1.5")))
    assert found(validate(year)) == [
        ("scores[7]", "打分部分 P9 不存在（镇街 T1）", S),
        ("scores[7]", "镇街 T1 打分部分 P9 的得分 5.555 超过两位小数", C),
        ("scores[8]", "打分部分 P9 不存在（镇街 T2）", S),
    ]


def test_a_second_score_of_the_same_town_and_part_names_the_first():
    year = with_scores(Score("T1", "P2", D(1)))
    assert found(validate(year)) == [("scores[7]", "镇街 T1 的打分部分 P2 重复打分（与第 2 条相同）", S)]


def test_a_score_for_an_unknown_town_and_part_reports_both():
    year = with_scores(Score("T9", "P9", D(1)))
    assert found(validate(year)) == [
        ("scores[7]", "镇街 T9 不存在（打分部分 P9）", S),
        ("scores[7]", "打分部分 P9 不存在（镇街 T9）", S),
    ]


def test_a_duplicate_score_is_also_checked_against_its_part():
    year = with_scores(Score("T1", "P2", D(9)))
    assert found(validate(year)) == [
        ("scores[7]", "镇街 T1 的打分部分 P2 重复打分（与第 2 条相同）", S),
        ("scores[7]", "镇街 T1 打分部分 P2 的得分 9 超出范围 0～5.25", C),
    ]


def test_a_score_for_a_part_that_does_not_apply_to_the_town():
    year = with_scores(Score("T2", "P3", D(3)))
    assert found(validate(year)) == [
        ("scores[7]", "二级指标 I2 不适用于镇街 T2，不能为其打分（打分部分 P3）", C)]


def test_a_score_for_a_veto_part_is_refused_and_nothing_else_is_checked():
    year = with_scores(Score("T1", "PV", D(1)))
    assert found(validate(year)) == [
        ("scores[7]", "打分部分 PV 属于否决指标，不打分；触发否决请登记一票否决（镇街 T1）", C)]


def test_score_decimals_and_range():
    year = valid_year()
    year = dataclasses.replace(year, scores=(
        Score("T1", "P1", D("5.255")), Score("T1", "P2", D("-1")), Score("T2", "P1", D("6.76")),
        Score("T2", "P2", D("5.25")), Score("T1", "P4", D("0.5")), Score("T2", "P4", D(0))))
    assert found(validate(year)) == [
        ("scores[0]", "镇街 T1 打分部分 P1 的得分 5.255 超过两位小数", C),
        ("scores[1]", "镇街 T1 打分部分 P2 的得分 -1 超出范围 0～5.25", C),
        ("scores[2]", "镇街 T2 打分部分 P1 的得分 6.76 超出范围 0～6.75", C),
    ]


def test_deductions_are_checked_one_by_one_and_against_the_score():
    year = valid_year()
    year = dataclasses.replace(year, scores=(
        Score("T1", "P1", D("7.75"), (Deduction("甲", D(0)), Deduction("乙", D(-1)))),
        Score("T2", "P1", D("5.625"), (Deduction("甲", D(1)), Deduction("乙", D("0.125")))),
        Score("T1", "P2", D(4), (Deduction("甲", D(1)), Deduction("乙", D("0.5")))),
    ))
    assert found(validate(year)) == [
        ("scores[0]", "镇街 T1 打分部分 P1 的得分 7.75 超出范围 0～6.75", C),
        ("scores[0].deductions[1]", "扣分 -1 不能为负数", C),
        ("scores[1]", "镇街 T2 打分部分 P1 的得分 5.625 超过两位小数", C),
        ("scores[1].deductions[1]", "扣分 0.125 超过两位小数", C),
        ("scores[2]", "镇街 T1 打分部分 P2：分值 5.25 减去扣分合计 1.5 应得 3.75，但填报得分为 4", C),
    ]


def test_bonus_records():
    year = valid_year()
    year = dataclasses.replace(year, bonuses=(
        Bonus("T9", "B1"), Bonus("T1", "B9", 1), Bonus("T2", "B1", 0), Bonus("T1", "B1", 1, "g")))
    assert found(validate(year)) == [
        ("bonuses[0]", "加分记录的镇街 T9 不存在", S),
        ("bonuses[1]", "加分记录的加分类型 B9 不存在（镇街 T1）", S),
        ("bonuses[2]", "加分次数必须至少为 1（镇街 T2）", C),
    ]


def test_inspection_records():
    year = valid_year()
    year = dataclasses.replace(year, inspections=(
        Inspection("T9", "K1"), Inspection("T1", "K9", 2), Inspection("T2", "K1", 3, D("-0.2")),
        Inspection("T1", "K1", 4, D("0.125")), Inspection("T2", "K1", 5, D("0.5")), Inspection("T2", "K1", 6)))
    assert found(validate(year)) == [
        ("inspections[0]", "督查评估记录的镇街 T9 不存在", S),
        ("inspections[1]", "督查评估类型 K9 不存在（镇街 T1）", S),
        ("inspections[2]", "被扣分值不能为负数（镇街 T2）", C),
        ("inspections[3]", "被扣分值 0.125 超过两位小数", C),
    ]


def test_veto_records():
    year = valid_year()
    year = dataclasses.replace(year, vetoes=(
        Veto("T9", "甲"), Veto("T1", "乙", "X9"), Veto("T2", "丙", "I1"), Veto("T1", "丁", "V"), Veto("T2", "戊")))
    assert found(validate(year)) == [
        ("vetoes[0]", "一票否决记录的镇街 T9 不存在", S),
        ("vetoes[1]", "一票否决记录引用的指标 X9 不存在（镇街 T1）", S),
        ("vetoes[2]", "指标 I1 不是否决指标（镇街 T2）", C),
    ]


def test_problems_of_every_record_kind_are_kept_together_in_file_order():
    year = valid_year()
    year = dataclasses.replace(
        year,
        scores=(Score("T9", "P1", D(1)), Score("T1", "P1", D(9)), Score("T1", "P9", D(1))),
        bonuses=(Bonus("T9", "B1"),),
        inspections=(Inspection("T9", "K1"), Inspection("T1", "K1", 2, D("0.5"))),
        vetoes=(Veto("T9", "甲"),),
    )
    assert found(validate(year)) == [
        ("scores[0]", "镇街 T9 不存在（打分部分 P1）", S),
        ("scores[1]", "镇街 T1 打分部分 P1 的得分 9 超出范围 0～6.75", C),
        ("scores[2]", "打分部分 P9 不存在（镇街 T1）", S),
        ("bonuses[0]", "加分记录的镇街 T9 不存在", S),
        ("inspections[0]", "督查评估记录的镇街 T9 不存在", S),
        ("vetoes[0]", "一票否决记录的镇街 T9 不存在", S),
    ]


def test_validate_lists_rules_then_scheme_then_entries_and_structural_problems_keep_only_structure():
    year = with_rules(valid_year(), veto_grade="差", full_score=D(21))
    year = replace_indicator(year, 0, parts=(Part("P1", "D1", D("6.75")), Part("P2", "D9", D("5.25"))))
    year = dataclasses.replace(year, scores=year.scores + (Score("T9", "P1", D(1)),))
    assert found(validate(year)) == [
        ("rules.veto_grade", "否决等次“差”不是已设定的等次", C),
        ("indicators[0].parts[1]", "打分部分 P2 的责任部门 D9 不存在", S),
        ("indicators", "全部打分部分合计 20.00 分，与满分 21 不符", C),
        ("scores[7]", "镇街 T9 不存在（打分部分 P1）", S),
    ]
    assert found(structural_problems(year)) == [
        ("indicators[0].parts[1]", "打分部分 P2 的责任部门 D9 不存在", S),
        ("scores[7]", "镇街 T9 不存在（打分部分 P1）", S),
    ]
    assert {p.severity for p in validate(year)} == {"error"}


# ---------------------------------------------------------------------------
# One score, as checked during live entry
# ---------------------------------------------------------------------------

def test_live_entry_checks_that_the_part_applies_to_the_town():
    year = valid_year()
    indicator = year.indicators[1]
    part = indicator.parts[0]
    problems = score_problems("", Score("T2", "P3", D(3)), indicator, part)
    assert found(problems) == [("", "二级指标 I2 不适用于镇街 T2，不能为其打分（打分部分 P3）", C)]
    assert score_problems("", Score("T1", "P3", D(3)), indicator, part) == []
    assert score_problems("", Score("T2", "P3", D(3)), indicator, part, town_known=False) == []


def test_live_entry_reports_every_problem_of_one_score():
    year = valid_year()
    indicator = year.indicators[0]
    part = indicator.parts[0]
    score = Score("T1", "P1", D("7.005"), (Deduction("甲", D("0.001")),))
    assert found(score_problems("scores[0]", score, indicator, part)) == [
        ("scores[0]", "镇街 T1 打分部分 P1 的得分 7.005 超过两位小数", C),
        ("scores[0]", "镇街 T1 打分部分 P1 的得分 7.005 超出范围 0～6.75", C),
        ("scores[0].deductions[0]", "扣分 0.001 超过两位小数", C),
        ("scores[0]", "镇街 T1 打分部分 P1：分值 6.75 减去扣分合计 0.001 应得 6.749，但填报得分为 7.005", C),
    ]


def test_two_departments_or_towns_of_one_name_are_refused(example_year):
    import dataclasses

    from desktop_app.domain.validation import validate

    twin = dataclasses.replace(example_year.departments[1], name=example_year.departments[0].name)
    year = dataclasses.replace(example_year, departments=(example_year.departments[0], twin, *example_year.departments[2:]))
    problems = [p for p in validate(year) if p.path == "departments[1]"]
    assert [p.render() for p in problems] == [f"部门名称“{twin.name}”重复（与第 1 条相同），名称必须唯一"]
    town = dataclasses.replace(example_year.towns[2], name=example_year.towns[0].name)
    year = dataclasses.replace(example_year, towns=(*example_year.towns[:2], town, *example_year.towns[3:]))
    assert any(p.path == "towns[2]" and "镇街名称" in p.render() for p in validate(year))


@pytest.mark.parametrize("points, fine", [("1.250", True), ("0.5000", True), ("1.255", False), ("0.125", False)])
def test_trailing_zeros_are_not_extra_decimals_in_a_deduction(example_year, points, fine):
    from desktop_app.domain.model import Deduction, Score
    from desktop_app.domain.validation import score_problems

    indicator, part = next((i, p) for i, p in example_year.parts() if p.code == "I03")
    deducted = Decimal(points)
    score = Score("T01", "I03", part.points - deducted, (Deduction("台账", deducted),))
    problems = score_problems("", score, indicator, part)
    assert (problems == []) is fine
    if not fine:
        assert any("两位小数" in p.render() for p in problems)


def test_a_score_for_a_veto_indicator_is_refused_even_when_in_range(example_year):
    from desktop_app.domain.model import Score
    from desktop_app.domain.validation import score_problems

    indicator, part = next((i, p) for i, p in example_year.parts() if i.veto)
    problems = score_problems("", Score("T01", part.code, Decimal("0"), ()), indicator, part)
    assert len(problems) == 1 and "否决指标" in problems[0].render()
