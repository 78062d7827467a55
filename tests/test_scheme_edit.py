"""Scheme and town edits (pure functions) and storing them with undo through the session."""
import dataclasses
from decimal import Decimal

import pytest

from desktop_app.domain import scheme_edit as edits
from desktop_app.domain.model import Category, Department, GradeLimit, Indicator, Part, Town
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


# --- categories ---------------------------------------------------------------------

def test_next_code_of_width_one_keeps_single_digits_and_ignores_other_prefixes():
    assert edits.next_code(["C1", "c7", "CX9", "C3"], "C", 1) == "C4"
    assert edits.next_code(["D01", "jw"], "D") == "D02"


def test_adding_a_category_appends_it_with_the_next_code(example_year):
    year, code = edits.add_category(example_year)
    assert code == "C6"
    assert year.categories == example_year.categories + (Category("C6", "新一级指标", D(0)),)
    assert year.indicators == example_year.indicators
    year, code = edits.add_category(year, "专项加分", D("2.5"))
    assert code == "C7" and year.categories[-1] == Category("C7", "专项加分", D("2.5"))


def test_updating_a_category_changes_only_that_category(example_year):
    year = edits.update_category(example_year, "C2", name="政策落实情况", points=D(28))
    assert year.categories[1] == Category("C2", "政策落实情况", D(28))
    assert year.categories[:1] + year.categories[2:] == example_year.categories[:1] + example_year.categories[2:]
    assert year.indicators == example_year.indicators
    with pytest.raises(edits.SchemeEditError, match="编码 C9 不存在"):
        edits.update_category(example_year, "C9", name="x")


def test_removing_a_category_drops_its_indicators_and_keeps_the_rest_in_order(example_year):
    year = edits.remove_category(example_year, "C1")
    assert [c.code for c in year.categories] == ["C2", "C3", "C4", "C5"]
    assert [i.code for i in year.indicators] == [i.code for i in example_year.indicators if i.category != "C1"]
    assert year.towns == example_year.towns and year.scores == example_year.scores
    with pytest.raises(edits.SchemeEditError, match="编码 C9 不存在"):
        edits.remove_category(example_year, "C9")


def test_moving_the_last_item_further_down_changes_nothing(example_year):
    assert edits.move_category(example_year, "C5", 1).categories == example_year.categories
    assert edits.move_town(example_year, "T19", 1).towns == example_year.towns
    year, _ = edits.add_part(example_year, "I01", "jw")
    assert edits.move_part(year, "I01-2", 1) == year


# --- indicators ---------------------------------------------------------------------

def test_a_new_indicator_is_scored_by_the_first_department_unless_one_is_given(example_year):
    year, code = edits.add_indicator(example_year, "C2")
    added = next(i for i in year.indicators if i.code == code)
    assert added == Indicator(code="I23", category="C2", name="新二级指标",
                                    parts=(Part("I23", "xczxj", D(0)),), method="量化打分")
    year, code = edits.add_indicator(example_year, "C2", "控辍保学", department="jw")
    added = next(i for i in year.indicators if i.code == code)
    assert added.name == "控辍保学" and added.parts == (Part("I23", "jw", D(0)),)


def test_a_new_indicator_is_placed_right_after_the_last_of_its_category(example_year):
    year, code = edits.add_indicator(example_year, "C1", "新指标")
    before = [i.code for i in example_year.indicators]
    assert [i.code for i in year.indicators] == before[:3] + [code] + before[3:]


def test_a_new_indicator_of_an_empty_category_goes_to_the_end(example_year):
    year, category = edits.add_category(example_year, "新类别")
    year, code = edits.add_indicator(year, category)
    assert [i.code for i in year.indicators] == [i.code for i in example_year.indicators] + [code]
    assert year.indicators[-1].category == category


def test_an_indicator_can_move_to_an_existing_category_only(example_year):
    year = edits.update_indicator(example_year, "I01", category="C2")
    assert next(i for i in year.indicators if i.code == "I01").category == "C2"
    with pytest.raises(edits.SchemeEditError, match="编码 C9 不存在"):
        edits.update_indicator(example_year, "I01", category="C9")


def test_applicable_towns_follow_the_current_town_order_not_their_codes(example_year):
    year = edits.move_town(example_year, "T02", -1)
    year = edits.update_indicator(year, "I01", applies_to=("T01", "T05", "T02", "T01"))
    assert next(i for i in year.indicators if i.code == "I01").applies_to == ("T02", "T01", "T05")


# --- parts ----------------------------------------------------------------------------

def test_a_new_part_is_scored_by_the_department_of_the_indicators_last_part(example_year):
    year, code = edits.add_part(example_year, "I03")
    parts = next(i for i in year.indicators if i.code == "I03").parts
    assert code == "I03-2" and parts == (Part("I03", "zzb", D(5)), Part("I03-2", "zzb", D(0)))
    year, _ = edits.add_part(year, "I03", "jw")
    year, code = edits.add_part(year, "I03")
    assert next(i for i in year.indicators if i.code == "I03").parts[-1] == Part("I03-4", "jw", D(0))


def test_a_part_added_to_an_indicator_without_parts_goes_to_the_first_department(example_year):
    empty = dataclasses.replace(example_year.indicators[2], parts=())
    year = dataclasses.replace(example_year, indicators=example_year.indicators[:2] + (empty,)
                                     + example_year.indicators[3:])
    year, code = edits.add_part(year, "I03")
    assert next(i for i in year.indicators if i.code == "I03").parts == (Part("I03-1", "xczxj", D(0)),)


def test_a_new_part_code_skips_codes_still_in_use(example_year):
    year, _ = edits.add_part(example_year, "I01", "jw")
    year = edits.remove_part(year, "I01")
    year, code = edits.add_part(year, "I01")
    assert code == "I01-3"
    assert [p.code for p in next(i for i in year.indicators if i.code == "I01").parts] == ["I01-2", "I01-3"]


def test_removing_a_middle_part_keeps_the_others_in_order(example_year):
    year, _ = edits.add_part(example_year, "I01", "jw")
    year, _ = edits.add_part(year, "I01", "mzj")
    year = edits.remove_part(year, "I01-2")
    indicator = next(i for i in year.indicators if i.code == "I01")
    assert indicator.parts == (Part("I01", "xczxj", D(3)), Part("I01-3", "mzj", D(0)))
    assert [i for i in year.indicators if i.code != "I01"] == [i for i in example_year.indicators if i.code != "I01"]
    assert year.towns == example_year.towns and year.categories == example_year.categories


def test_part_points_may_be_zero_or_fractional_but_not_negative(example_year):
    year = edits.update_part(example_year, "I01", points=D(0))
    assert year.indicators[0].parts[0].points == 0
    year = edits.update_part(example_year, "I01", points=D("0.5"))
    assert year.indicators[0].parts[0].points == D("0.5")
    with pytest.raises(edits.SchemeEditError, match="不能为负数"):
        edits.update_part(example_year, "I01", points=D("-0.5"))


# --- departments --------------------------------------------------------------------

def test_adding_a_department_reuses_one_with_the_same_name(example_year):
    year, code = edits.add_department(example_year, " 区教委 ")
    assert (year, code) == (example_year, "jw")
    year, code = edits.add_department(example_year, "  区财政局 ")
    assert code == "D01"
    assert year.departments == example_year.departments + (Department("D01", "区财政局"),)
    with pytest.raises(edits.SchemeEditError, match="部门名称不能为空"):
        edits.add_department(example_year, "   ")


# --- towns ----------------------------------------------------------------------------

@pytest.mark.parametrize("name, kind", [("新建街道", "街道"), ("新建镇", "镇"), ("新建乡", "乡"), ("新区", "镇")])
def test_a_new_towns_kind_follows_its_name(example_year, name, kind):
    year, code = edits.add_town(example_year, f" {name} ")
    assert year.towns == example_year.towns + (Town("T20", name, kind),)


def test_a_new_town_keeps_a_kind_given_explicitly(example_year):
    year, code = edits.add_town(example_year, "新建镇", kind="街道")
    assert year.towns[-1] == Town(code, "新建镇", "街道")


def test_renaming_a_town_trims_the_name_and_changes_only_that_town(example_year):
    year = edits.update_town(example_year, "T02", name="  晏家新区 ")
    assert year.towns[1] == Town("T02", "晏家新区", "街道")
    assert year.towns[:1] + year.towns[2:] == example_year.towns[:1] + example_year.towns[2:]
    assert edits.update_town(example_year, "T02", name="晏家街道", kind="镇").towns[1] == \
        Town("T02", "晏家街道", "镇")


# --- consequences -----------------------------------------------------------------------

def test_entries_lost_counts_scores_of_removed_parts_and_new_veto_indicators(example_year):
    i01_scores = sum(1 for s in example_year.scores if s.part == "I01")
    assert i01_scores > 0
    assert edits.entries_lost(example_year, edits.remove_indicator(example_year, "I01")) == \
        {"scores": i01_scores, "records": 0}
    assert edits.entries_lost(example_year, edits.update_indicator(example_year, "I01", veto=True)) == \
        {"scores": i01_scores, "records": 0}
    assert edits.entries_lost(example_year, edits.update_part(example_year, "I01", points=D(2))) == \
        {"scores": 0, "records": 0}


def test_scores_made_unfit_counts_kept_scores_a_lower_points_value_breaks(example_year):
    from desktop_app.domain.scheme_edit import scores_made_unfit, scores_not_fitting

    part = next(p for _, p in example_year.parts() if p.code == "I06")
    lowered = edits.update_part(example_year, "I06", points=Decimal(4))
    over = {(s.town, s.part) for s in example_year.scores if s.part == "I06" and s.score > 4}
    assert over and scores_made_unfit(example_year, lowered) >= len(over)
    assert over <= scores_not_fitting(lowered)
    assert scores_made_unfit(example_year, example_year) == 0
    assert scores_made_unfit(lowered, edits.update_part(lowered, "I06", points=part.points)) == 0


def test_rules_grades_and_register_types_are_edited_and_removing_a_type_drops_its_records_undoably(tmp_path, example_year):
    from desktop_app.domain.model import Grade

    year = edits.update_rules(example_year, bonus_cap=Decimal(3), rank_style="dense", boundary_ties="exclude")
    assert (year.rules.bonus_cap, year.rules.rank_style, year.rules.boundary_ties) == (Decimal(3), "dense", "exclude")
    year = edits.set_grades(year, [Grade("优秀", Decimal("0.2")), Grade(" 良好 ", Decimal("0.5")), Grade("一般")])
    assert [g.name for g in year.rules.grades] == ["优秀", "良好", "一般"]
    with pytest.raises(edits.SchemeEditError, match="不能为空"):
        edits.set_grades(year, [Grade(" ")])
    year, code = edits.add_bonus_type(year, "省级表彰", Decimal("1"))
    assert year.bonus_types[-1].code == code and code.startswith("B")
    year = edits.update_bonus_type(year, code, points=Decimal("0.8"))
    assert year.bonus_types[-1].points == Decimal("0.8")
    used = example_year.bonuses[0].type
    removed = edits.remove_bonus_type(example_year, used)
    lost = edits.entries_lost(example_year, removed)
    assert lost["records"] == sum(1 for b in example_year.bonuses if b.type == used)
    with Store(tmp_path / "r.db") as store:
        store.save_year(example_year)
        session = YearSession(store, 2023)
        assert session.update_scheme(removed) == lost["records"]
        assert all(b.type != used for b in session.year.bonuses)
        session.restore_scheme(example_year)
        assert session.year.bonuses == example_year.bonuses  # back in their places
        assert compute(session.year) == compute(example_year)


def test_plan_wording_is_one_item_per_line_without_blanks_or_repeats(example_year):
    assert edits.plan_lines("  甲 \n\n乙\n甲\n") == ("甲", "乙")
    year = edits.set_plan_lists(example_year, veto_conditions=["甲", " 乙 ", "", "甲"])
    assert year.veto_conditions == ("甲", "乙") and year.assessment_methods == example_year.assessment_methods
    year = edits.set_plan_lists(year, assessment_methods=["量化打分\n实地评估"])
    assert year.assessment_methods == ("量化打分", "实地评估") and year.veto_conditions == ("甲", "乙")
    assert edits.set_plan_lists(year) == year


def test_entries_lost_and_made_unfit_judge_the_entries_of_before_against_the_scheme_of_after(example_year):
    from desktop_app.domain.scheme_edit import scores_made_unfit

    removed = edits.remove_town(example_year, "T01")
    bare = dataclasses.replace(removed, scores=(), bonuses=(), inspections=(), vetoes=())
    lost = edits.entries_lost(example_year, bare)
    assert lost["scores"] == sum(1 for s in example_year.scores if s.town == "T01")
    lowered = dataclasses.replace(edits.update_part(example_year, "I06", points=Decimal(4)), scores=())
    assert scores_made_unfit(example_year, lowered) == sum(
        1 for s in example_year.scores if s.part == "I06" and (s.score > 4 or s.deductions))


def test_inspection_types_are_added_renamed_revalued_and_removed(example_year):
    year, code = edits.add_inspection_type(example_year, " 省级暗访 ", Decimal("0.3"))
    added = year.inspection_types[-1]
    assert (added.code, added.name, added.award) == (code, "省级暗访", Decimal("0.3")) and code.startswith("R")
    year = edits.update_inspection_type(year, code, name="省级暗访评估", award=Decimal("0.25"))
    assert (year.inspection_types[-1].name, year.inspection_types[-1].award) == ("省级暗访评估", Decimal("0.25"))
    with pytest.raises(edits.SchemeEditError, match="名称不能为空"):
        edits.update_inspection_type(year, code, name="  ")
    with pytest.raises(edits.SchemeEditError, match="名称不能为空"):
        edits.add_bonus_type(year, "", Decimal(1))
    assert edits.remove_inspection_type(year, code).inspection_types == example_year.inspection_types
    with pytest.raises(edits.SchemeEditError, match="不存在"):
        edits.remove_inspection_type(year, "R99")
    with pytest.raises(edits.SchemeEditError, match="不存在"):
        edits.update_bonus_type(year, "B99", points=Decimal(1))


def test_rules_edits_keep_the_veto_grade_only_while_it_exists(example_year):
    from desktop_app.domain.model import Grade

    year = edits.update_rules(example_year, veto_grade="较好")
    assert year.rules.veto_grade == "较好"
    assert edits.update_rules(year, veto_grade=" ").rules.veto_grade is None
    renamed = edits.set_grades(year, [Grade("好", Decimal("0.3")), Grade("中", Decimal("0.5")), Grade("一般")])
    assert renamed.rules.veto_grade == "中"  # the same grade under its new name
    removed = edits.set_grades(year, [Grade("好", Decimal("0.3")), Grade("一般")])
    assert removed.rules.veto_grade is None  # 较好 is gone: the last grade applies
    kept = edits.set_grades(year, list(year.rules.grades))
    assert kept.rules.veto_grade == "较好"
    with pytest.raises(edits.SchemeEditError, match="至少要有一个等次"):
        edits.set_grades(year, [])


def test_a_blank_scheme_is_valid_and_has_one_of_each(example_year):
    from desktop_app.domain.validation import validate

    year = edits.blank_scheme(2026, "某县2026年度镇街考核")
    assert (year.year, year.title) == (2026, "某县2026年度镇街考核")
    assert validate(year) == []
    assert [len(x) for x in (year.departments, year.categories, year.indicators, year.towns)] == [1, 1, 1, 1]
    assert [g.name for g in year.rules.grades] == ["好", "较好", "一般"]
    assert (year.rules.full_score, year.rules.bonus_cap) == (Decimal(100), Decimal(2))
    assert year.scores == year.bonuses == year.bonus_types == ()


def test_a_blank_scheme_starts_from_placeholders_the_office_renames():
    from desktop_app.domain.model import Grade

    year = edits.blank_scheme(2026, "某县2026年度镇街考核")
    assert [(d.code, d.name) for d in year.departments] == [("D01", "牵头部门")]
    assert [(c.code, c.name, c.points) for c in year.categories] == [("C1", "一级指标", Decimal(100))]
    indicator = year.indicators[0]
    assert (indicator.code, indicator.category, indicator.name) == ("I01", "C1", "二级指标")
    assert [(p.code, p.department, p.points) for p in indicator.parts] == [("I01", "D01", Decimal(100))]
    assert [(t.code, t.name, t.kind) for t in year.towns] == [("T01", "某镇", "镇")]
    assert year.rules.grade_mode == "proportion"
    assert year.rules.grades == (Grade("好", Decimal("0.3")), Grade("较好", Decimal("0.5")), Grade("一般"))


def _with_scores(year, *scores):
    """The year with these scores in place of any for the same cells."""
    from desktop_app.domain.model import Score

    cells = {(s[0], s[1]) for s in scores}
    return dataclasses.replace(year, scores=tuple(s for s in year.scores if (s.town, s.part) not in cells) + tuple(
        Score(town, part, Decimal(value), tuple(deductions)) for town, part, value, deductions in scores))


def test_unfit_scores_names_each_kept_score_that_breaks_its_part_with_why(example_year):
    from desktop_app.domain.model import Deduction

    year = _with_scores(
        example_year,
        ("T01", "I01", "3.5", ()),                                   # above the 3 points
        ("T02", "I03", "4", (Deduction("台账", Decimal("0.5")),)),    # 5 − 0.5 is not 4
        ("T01", "I16", "9", ()),                                    # a veto indicator: not scored, not checked
        ("T01", "I22", "9", ()),                                    # I22 does not apply to T01: dropped, not marked
        ("T03", "I02", "1.5", ()),                                  # fits
        ("T03", "I22", "9", ()),                                    # I22 applies to T03: above its points
    )
    year = dataclasses.replace(year, scores=year.scores + (year.scores[0]._replace(town="T99"),))  # a town since removed
    unfit = edits.unfit_scores(year)
    assert set(unfit) == {("T01", "I01"), ("T02", "I03"), ("T03", "I22")}
    assert all(problems and all(p.path == "" for p in problems) for problems in unfit.values())
    assert "3" in unfit["T01", "I01"][0].render()
    only_i03 = edits.unfit_scores(year, ["I03", "I16"])
    assert set(only_i03) == {("T02", "I03")}
    assert edits.unfit_scores(year, []) == {}
    assert edits.scores_not_fitting(year) == {("T01", "I01"), ("T02", "I03"), ("T03", "I22")}
    later = year.scores + (year.scores[-2]._replace(town="T04", part="I01", score=Decimal("4")),)
    assert ("T04", "I01") in edits.unfit_scores(dataclasses.replace(year, scores=later))  # every score is looked at


def test_a_new_bonus_type_keeps_its_points_and_an_edited_one_a_trimmed_name(example_year):
    year, code = edits.add_bonus_type(example_year, "  省级表彰 ", Decimal("0.8"))
    added = year.bonus_types[-1]
    assert (added.code, added.name, added.points) == (code, "省级表彰", Decimal("0.8"))
    edited = edits.update_bonus_type(year, code, name=" 省部级表彰  ").bonus_types[-1]
    assert (edited.name, edited.points) == ("省部级表彰", Decimal("0.8"))
    with pytest.raises(edits.SchemeEditError):
        edits.update_bonus_type(year, code, name="  ")


def test_plan_lists_keep_each_method_and_condition_as_its_own_line(example_year):
    year = edits.set_plan_lists(example_year, veto_conditions=["条件甲", "条件乙"],
                                assessment_methods=["量化打分", " 实地评估 ", ""])
    assert year.veto_conditions == ("条件甲", "条件乙")
    assert year.assessment_methods == ("量化打分", "实地评估")


def test_class_names_are_read_from_one_typed_line():
    assert edits.class_names("镇、街道， 重点帮扶;其他；乡  村") == ["镇", "街道", "重点帮扶", "其他", "乡", "村"]
    assert edits.class_names("") == [] and edits.class_names(None) == []


def test_setting_classes_keeps_codes_by_name_puts_towns_of_a_kind_in_and_clearing_ranks_all_together(example_year):
    year = edits.set_town_classes(example_year, ["镇", "街道"])
    assert [(c.code, c.name) for c in year.town_classes] == [("K01", "镇"), ("K02", "街道")]
    assert {t.kind: t.class_code for t in year.towns} == {"镇": "K01", "街道": "K02"}
    year = edits.update_rules(year, rank_by_class=True)
    moved = edits.update_town(year, "T01", class_code="K01")
    again = edits.set_town_classes(moved, ["街道", "镇", "乡"])  # reordered, one added
    assert [(c.code, c.name) for c in again.town_classes] == [("K02", "街道"), ("K01", "镇"), ("K03", "乡")]
    assert again.towns[0].class_code == "K01"  # a town already in a class stays there
    dropped = edits.set_town_classes(again, ["镇"])
    assert {t.class_code for t in dropped.towns if t.kind == "街道" and t.code != "T01"} == {None}
    assert dropped.rules.rank_by_class
    cleared = edits.set_town_classes(dropped, [])
    assert cleared.town_classes == () and cleared.rules.rank_by_class is False
    assert {t.class_code for t in cleared.towns} == {None}
    with pytest.raises(edits.SchemeEditError, match="类别“镇”重复"):
        edits.set_town_classes(example_year, ["镇", "街道", "镇"])


def test_adjustment_types_are_added_edited_and_removed_by_code(example_year):
    year, code = edits.add_adjustment_type(example_year, " 工作创新 ", Decimal(2))
    year, second = edits.add_adjustment_type(year, "负面清单", Decimal(-1), cap=Decimal(3))
    assert (code, second) == ("A01", "A02")
    assert [(k.name, k.points, k.cap) for k in year.adjustment_types] == [("工作创新", Decimal(2), None),
                                                                           ("负面清单", Decimal(-1), Decimal(3))]
    year = edits.update_adjustment_type(year, "A02", name=" 负面清单（扣分） ", cap=None)
    assert (year.adjustment_types[1].name, year.adjustment_types[1].cap) == ("负面清单（扣分）", None)
    with pytest.raises(edits.SchemeEditError, match="名称不能为空"):
        edits.update_adjustment_type(year, "A01", name="  ")
    year = edits.remove_adjustment_type(year, "A01")
    assert [k.code for k in year.adjustment_types] == ["A02"]


def test_grade_limits_start_at_the_second_grade_and_are_edited_and_removed_by_code(example_year):
    year, code = edits.add_grade_limit(example_year, "存在突出问题")
    assert year.grade_limits[0] == GradeLimit("L01", "存在突出问题", "较好", adjustment_type=None)
    year, other = edits.add_grade_limit(year, "负面清单", "一般")
    assert (other, year.grade_limits[1].grade) == ("L02", "一般")
    year = edits.update_grade_limit(year, "L02", adjustment_type="A01", name=" 清单 ")
    assert (year.grade_limits[1].name, year.grade_limits[1].adjustment_type) == ("清单", "A01")
    year = edits.remove_grade_limit(year, "L01")
    assert [g.code for g in year.grade_limits] == ["L02"]
    one_grade = dataclasses.replace(example_year, rules=dataclasses.replace(
        example_year.rules, grades=(example_year.rules.grades[0],)))
    assert edits.add_grade_limit(one_grade, "限制")[0].grade_limits[0].grade == "好"
    two_grades = dataclasses.replace(example_year, rules=dataclasses.replace(
        example_year.rules, grades=example_year.rules.grades[:2]))
    assert edits.add_grade_limit(two_grades, "限制")[0].grade_limits[0].grade == example_year.rules.grades[1].name


def test_consequences_are_set_as_a_list(example_year):
    from desktop_app.domain.model import Consequence

    listed = (Consequence("予以通报表扬", grade="好"), Consequence("约谈", limit="L01"))
    assert edits.set_consequences(example_year, iter(listed)).consequences == listed
