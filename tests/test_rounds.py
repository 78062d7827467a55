"""Periodic rounds (平时考核分季度): an indicator scored in rounds, each round one part entered like any
other, its year score the mean (to 0.01) or the sum of its rounds capped at its round points; a missing
round leaves the town incomplete. Kept by the year file, the database and the audit trail; refused when
a round is not one of the year's."""
from __future__ import annotations

import dataclasses
import json
from decimal import ROUND_HALF_UP, Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.domain.losses import PART, year_losses
from desktop_app.domain.model import (
    AssessmentYear, Category, Deduction, Department, Grade, Indicator, Part, Rules, Score, Town,
)
from desktop_app.domain.scheme_edit import set_indicator_rounds, set_rounds
from desktop_app.domain.scoring import compute
from desktop_app.domain.validation import validate
from desktop_app.jsontext import dumps_json
from desktop_app.storage import Store
from desktop_app.yearfile import read_year_file, write_year_file, year_from_dict, year_to_dict
from tests.conftest import EXAMPLE, run_cli_in_process
from property_budget import examples, reproducible

QUARTERS = ("第一季度", "第二季度", "第三季度", "第四季度")
GRADES = (Grade("好", share=Decimal("0.5")), Grade("一般"))


def rounds_year(quarterly, *, combine="mean", round_points="10", round_full="10", annual=None, towns=2,
                rounds=QUARTERS) -> AssessmentYear:
    """A 100-point year: 平时考核 scored in ``rounds`` (each round out of ``round_full``, the indicator
    weighing ``round_points``) and 集中考核 scored once for the rest. ``quarterly[t]`` are town t's round
    scores (None: not entered); ``annual[t]`` its 集中考核 score (default: full)."""
    round_points, round_full = Decimal(round_points), Decimal(round_full)
    rest = Decimal(100) - round_points
    town_list = tuple(Town(f"T{i}", f"镇{i}") for i in range(towns))
    round_parts = tuple(Part(f"R{n + 1}", "D", round_full, name) for n, name in enumerate(rounds))
    scores = []
    for t, town in enumerate(town_list):
        for part, value in zip(round_parts, quarterly[t]):
            if value is not None:
                scores.append(Score(town.code, part.code, Decimal(str(value))))
        scores.append(Score(town.code, "A", Decimal(str(annual[t])) if annual else rest))
    return AssessmentYear(
        year=2024, title="分季度考核", departments=(Department("D", "督查室"),),
        categories=(Category("C1", "平时考核", round_points), Category("C2", "集中考核", rest)),
        indicators=(Indicator("I1", "C1", "平时考核", round_parts, rounds=combine, round_points=round_points),
                    Indicator("I2", "C2", "集中考核", (Part("A", "D", rest),))),
        towns=town_list, scores=tuple(scores), rounds=rounds,
        rules=Rules(full_score=Decimal(100), bonus_cap=Decimal(2), grade_mode="proportion", grades=GRADES))


def by_code(year):
    return {row.code: row for row in compute(year).rows}


def test_the_year_score_of_a_mean_indicator_is_the_mean_of_its_rounds():
    year = rounds_year([[9, 8, 10, 9], [10, 10, 10, 6]])
    assert validate(year) == []
    rows = by_code(year)
    assert rows["T0"].categories["C1"] == Decimal("9.00")
    assert rows["T0"].final == Decimal("99.00")
    assert rows["T1"].categories["C1"] == Decimal("9.00")
    assert rows["T0"].full == Decimal(100) and rows["T0"].complete


def test_a_mean_over_three_rounds_is_rounded_to_a_hundredth_half_up():
    year = rounds_year([[9.5, 9, 8.75], [9.5, 9.5, 9.515]], rounds=QUARTERS[:3])
    rows = by_code(year)
    assert rows["T0"].categories["C1"] == Decimal("9.08")  # 27.25 / 3 = 9.0833…
    assert rows["T1"].categories["C1"] == Decimal("9.51")  # 28.515 / 3 = 9.505
    assert rows["T0"].final == Decimal("99.08")


def test_a_sum_indicator_adds_its_rounds_and_is_capped_at_its_round_points():
    # Each quarter out of 3, the year weighs 10: 3 + 3 + 3 + 2 = 11 is capped at 10; 2.5 × 4 = 10; 1 + 2 + 2 + 2 = 7.
    year = rounds_year([[3, 3, 3, 2], [2.5, 2.5, 2.5, 2.5], [1, 2, 2, 2]], combine="sum", round_full="3", towns=3)
    assert validate(year) == []
    rows = by_code(year)
    assert [rows[code].categories["C1"] for code in ("T0", "T1", "T2")] == [Decimal(10), Decimal("10.0"), Decimal(7)]
    assert [rows[code].final for code in ("T0", "T1", "T2")] == [Decimal("100.00"), Decimal("100.00"), Decimal("97.00")]


def test_a_missing_round_leaves_the_town_incomplete_names_that_round_and_counts_0_meanwhile():
    year = rounds_year([[9, 8, None, 9], [10, 10, 10, 10]])
    rows = by_code(year)
    assert not rows["T0"].complete and rows["T0"].missing_parts == ("R3",)
    assert rows["T0"].categories["C1"] == Decimal("6.50")  # the missing round counts 0 meanwhile: 26 / 4
    assert rows["T1"].complete


def test_an_indicator_for_some_towns_only_weighs_its_round_points_for_those():
    year = rounds_year([[8, 8, 8, 8], [None, None, None, None]], annual=[90, 90])
    indicators = (dataclasses.replace(year.indicators[0], applies_to=("T0",)), year.indicators[1])
    rows = by_code(dataclasses.replace(year, indicators=indicators))
    assert rows["T0"].full == Decimal(100) and rows["T0"].final == Decimal("98.00")
    assert rows["T1"].full == Decimal(90) and rows["T1"].complete
    assert rows["T1"].final == Decimal("100.00")  # 90 of 90, normalised to 100


def independent_year_score(values, combine, cap):
    total = sum((Decimal(str(v)) for v in values), Decimal(0))
    if combine == "mean":
        total = (total / len(values)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    return min(total, Decimal(cap))


hundredths = st.integers(min_value=0, max_value=1000).map(lambda n: Decimal(n) / 100)


@settings(max_examples=examples(60), deadline=None, **reproducible())
@given(st.lists(st.lists(hundredths, min_size=2, max_size=4), min_size=1, max_size=4),
       st.sampled_from(["mean", "sum"]))
def test_rounds_match_a_straightforward_recomputation(round_lists, combine):
    count = min(len(values) for values in round_lists)
    round_lists = [values[:count] for values in round_lists]
    year = rounds_year(round_lists, combine=combine, towns=len(round_lists), rounds=QUARTERS[:count])
    rows = by_code(year)
    for t, values in enumerate(round_lists):
        expected = independent_year_score(values, combine, "10")
        assert rows[f"T{t}"].categories["C1"] == expected
        assert rows[f"T{t}"].final == (expected + 90).quantize(Decimal("0.01"))


def problem_messages(year):
    return [problem.message for problem in validate(year)]


def with_round_part(year, index, **changes):
    parts = list(year.indicators[0].parts)
    parts[index] = dataclasses.replace(parts[index], **changes)
    return dataclasses.replace(year, indicators=(dataclasses.replace(year.indicators[0], parts=tuple(parts)),)
                               + year.indicators[1:])


def with_indicator(year, **changes):
    return dataclasses.replace(year, indicators=(dataclasses.replace(year.indicators[0], **changes),)
                               + year.indicators[1:])


@pytest.mark.parametrize("change, message", [
    (lambda y: with_round_part(y, 3, round="第五季度"),
     "二级指标 I1 的打分部分 R4 注明的轮次“第五季度”不是本年度设定的考核轮次"),
    (lambda y: with_round_part(y, 3, round=None),
     "二级指标 I1 的打分部分 R4 注明的轮次“”不是本年度设定的考核轮次"),
    (lambda y: with_round_part(y, 3, round="第一季度"),
     "二级指标 I1 的轮次“第一季度”已由打分部分 R1 打分，每轮只能有一个打分部分"),
    (lambda y: with_indicator(y, rounds="median"),
     "二级指标 I1 的轮次合成方式“median”无效，应为 mean（取平均）或 sum（累加）"),
    (lambda y: with_indicator(y, round_points=None), "分轮次考核的二级指标 I1 须设定全年分值（大于 0）"),
    (lambda y: with_indicator(y, round_points=Decimal(0)), "分轮次考核的二级指标 I1 须设定全年分值（大于 0）"),
    (lambda y: with_indicator(y, round_points=Decimal("10.001")), "全年分值 10.001 超过两位小数"),
    (lambda y: with_indicator(y, rounds=None),
     "二级指标 I1 不分轮次考核，其打分部分 R1 不能注明轮次“第一季度”"),
    (lambda y: dataclasses.replace(y, rounds=QUARTERS[:3] + ("第三季度",)), "考核轮次“第三季度”重复（与第 3 个相同），轮次名称必须唯一"),
    (lambda y: dataclasses.replace(y, rounds=QUARTERS[:3] + (" ",)), "第 4 个考核轮次没有名称"),
])
def test_bad_rounds_are_refused_by_name(change, message):
    year = change(rounds_year([[9, 9, 9, 9]], towns=1))
    assert message in problem_messages(year)


def test_the_category_sum_counts_an_indicator_in_rounds_at_its_round_points():
    year = rounds_year([[9, 9, 9, 9]], towns=1)
    assert year.indicators[0].points == Decimal(10)
    assert sum(part.points for part in year.indicators[0].parts) == Decimal(40)
    assert validate(year) == []
    off = dataclasses.replace(year, categories=(dataclasses.replace(year.categories[0], points=Decimal(40)),)
                              + year.categories[1:])
    assert "一级指标“平时考核”分值为 40，但其下各打分部分合计 10" in problem_messages(off)


def test_a_round_beyond_the_years_rounds_is_refused_by_the_command_line_with_exit_2(tmp_path):
    data = year_to_dict(rounds_year([[9, 9, 9, 9]], towns=1))
    data["indicators"][0]["parts"][3]["round"] = "第五季度"
    bad = tmp_path / "rounds.json"
    bad.write_text(dumps_json(data), encoding="utf-8")
    result = run_cli_in_process("compute", bad)
    assert result.returncode == 2
    assert "第五季度" in result.stderr and "R4" in result.stderr and "Traceback" not in result.stderr


def test_rounds_go_through_the_year_file_and_an_old_file_has_none(tmp_path):
    year = rounds_year([[2.5, 2, 2.5, 1.5], [2.5, 2.5, 2.5, 2]], combine="sum", round_full="2.5")
    assert validate(year) == []
    path = tmp_path / "rounds.json"
    write_year_file(year, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["rounds"] == list(QUARTERS)
    assert data["indicators"][0]["rounds"] == "sum" and data["indicators"][0]["round_points"] == 10
    assert [part["round"] for part in data["indicators"][0]["parts"]] == list(QUARTERS)
    assert "round" not in data["indicators"][1]["parts"][0] and "rounds" not in data["indicators"][1]
    assert read_year_file(path) == year
    old = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    assert "rounds" not in old
    plain = year_from_dict(old)
    assert plain.rounds == () and all(i.rounds is None and i.round_points is None for i in plain.indicators)
    assert all(part.round is None for _, part in plain.parts())


def test_rounds_are_stored_and_each_round_change_is_in_the_audit_trail(tmp_path):
    year = rounds_year([[9, 8, 10, 9], [10, 10, 10, 6]])
    with Store(tmp_path / "desk.sqlite3") as store:
        store.save_year(year)
        assert store.load_year(2024, use_cache=False) == year
        first = len(store.audit_entries(2024))
        changed = with_round_part(with_indicator(year, rounds="sum", round_points=Decimal("9.5")), 0, round="第二季度")
        changed = with_round_part(changed, 1, round="第一季度")
        changed = dataclasses.replace(changed, rounds=QUARTERS[:2] + ("三季度", "四季度"),
                                      categories=(dataclasses.replace(year.categories[0], points=Decimal("9.5")),)
                                      + year.categories[1:])
        store.update_year(changed)
        assert store.load_year(2024, use_cache=False) == changed
        changes = {(e["target"], e["key"]): (e["old_value"], e["new_value"]) for e in store.audit_entries(2024)[first:]}
    assert set(changes) == {("indicators", "I1"), ("parts", "R1"), ("parts", "R2"), ("categories", "C1"), ("years", "")}
    before, after = (json.loads(text) for text in changes["indicators", "I1"])
    assert (before["rounds"], before["round_points"], after["rounds"], after["round_points"]) == ("mean", "10", "sum", "9.5")
    assert (json.loads(changes["parts", "R1"][0])["round"], json.loads(changes["parts", "R1"][1])["round"]) == (
        "第一季度", "第二季度")
    assert json.loads(json.loads(changes["years", ""][1])["rounds_json"])[2:] == ["三季度", "四季度"]


def test_an_indicator_in_rounds_is_one_loss_with_every_rounds_reasons():
    year = rounds_year([[9, 8, 10, 9], [10, 10, 10, 10]])
    scores = [s._replace(deductions=(Deduction("台账不全", Decimal(1)),), score=Decimal(9))
              if (s.town, s.part) == ("T0", "R1") else
              s._replace(note="会议缺席") if (s.town, s.part) == ("T0", "R2") else s
              for s in year.scores]
    year = dataclasses.replace(year, scores=tuple(scores))
    losses = year_losses(year, compute(year))
    assert losses["T1"] == ()
    (loss,) = losses["T0"]
    assert loss.source == PART and loss.indicator == "I1" and loss.part == "R1"
    assert loss.points == Decimal("1.00")  # 10 − mean(9, 8, 10, 9)
    assert loss.deductions == (Deduction("第一季度：台账不全", Decimal(1)),)
    assert loss.note == "第二季度：会议缺席"
    row = by_code(year)["T0"]
    assert loss.points == row.full - row.raw  # the losses still add up to what the town lost


# --- editing the scheme ------------------------------------------------------------------------------------

def plain_year():
    """The rounds year before any indicator is scored in rounds: 平时考核 one 10-point part."""
    year = rounds_year([[9, 9, 9, 9]], towns=1)
    plain = dataclasses.replace(year.indicators[0], rounds=None, round_points=None,
                                parts=(Part("R1", "D", Decimal(10)),))
    return dataclasses.replace(year, indicators=(plain,) + year.indicators[1:],
                               scores=tuple(s for s in year.scores if s.part in ("R1", "A")))


def test_an_indicator_turned_to_rounds_gets_a_part_per_round_and_keeps_its_first_parts_scores():
    from desktop_app.domain.scheme_edit import set_indicator_rounds

    year = set_indicator_rounds(plain_year(), "I1", "mean")
    indicator = year.indicators[0]
    assert (indicator.rounds, indicator.round_points) == ("mean", Decimal(10))
    assert [(p.code, p.department, p.points, p.round) for p in indicator.parts] == [
        ("R1", "D", Decimal(10), "第一季度"), ("I1-2", "D", Decimal(10), "第二季度"),
        ("I1-3", "D", Decimal(10), "第三季度"), ("I1-4", "D", Decimal(10), "第四季度")]
    assert validate(year) == []
    assert [s for s in year.scores if s.part == "R1"] == [Score("T0", "R1", Decimal(9))]
    assert by_code(year)["T0"].missing_parts == ("I1-2", "I1-3", "I1-4")
    summed = set_indicator_rounds(plain_year(), "I1", "sum")
    assert [p.points for p in summed.indicators[0].parts] == [Decimal("2.50")] * 4
    back = set_indicator_rounds(year, "I1", None)
    assert back.indicators[0].rounds is None and all(p.round is None for p in back.indicators[0].parts)


@pytest.mark.parametrize("change, message", [
    (lambda y: set_indicator_rounds(dataclasses.replace(y, rounds=()), "I1", "mean"),
     "本年度还没有设定考核轮次，请先在“考核规则与类型”中填写"),
    (lambda y: set_indicator_rounds(y, "I1", "median"), "轮次合成方式只能是取平均或累加"),
    (lambda y: set_indicator_rounds(y, "I1", "mean", Decimal(0)), "全年分值必须大于 0"),
    (lambda y: set_rounds(set_indicator_rounds(y, "I1", "mean"), []),
     "二级指标“平时考核”分轮次考核，请先将其改为不分轮次，再取消考核轮次"),
    (lambda y: set_indicator_rounds(dataclasses.replace(y, indicators=(dataclasses.replace(
        y.indicators[0], parts=(Part("R1", "D", Decimal(6)), Part("R1b", "D", Decimal(4)))),) + y.indicators[1:]),
        "I1", "mean"),
     "“平时考核”由 2 个打分部分组成；分轮次考核的指标每轮只有一个打分部分，请先删去其余打分部分"),
    (lambda y: set_rounds(y, ["一季度", "一季度"]), "考核轮次“一季度”重复"),
])
def test_round_edits_that_would_lose_the_meaning_of_a_score_are_refused(change, message):
    from desktop_app.domain.scheme_edit import SchemeEditError

    with pytest.raises(SchemeEditError) as refused:
        change(plain_year())
    assert str(refused.value) == message


def test_a_round_renamed_in_its_place_takes_its_parts_along():
    year = set_indicator_rounds(plain_year(), "I1", "mean")
    renamed = set_rounds(year, ["一季度", "第二季度", "第三季度", "四季度"])
    assert renamed.rounds == ("一季度", "第二季度", "第三季度", "四季度")
    assert [(p.code, p.round) for p in renamed.indicators[0].parts] == [
        ("R1", "一季度"), ("I1-2", "第二季度"), ("I1-3", "第三季度"), ("I1-4", "四季度")]
    assert validate(renamed) == []


def test_a_round_added_gets_a_part_and_a_round_dropped_loses_its_own_not_anothers():
    year = set_indicator_rounds(plain_year(), "I1", "mean")
    added = set_rounds(year, list(QUARTERS) + ["全年复核"])
    assert [(p.code, p.round, p.points) for p in added.indicators[0].parts][4] == ("I1-5", "全年复核", Decimal(10))
    assert validate(added) == []
    # Dropping the fourth quarter of five: its part goes, the 全年复核 part stays as it was.
    dropped = set_rounds(added, QUARTERS[:3] + ("全年复核",))
    assert [(p.code, p.round) for p in dropped.indicators[0].parts] == [
        ("R1", "第一季度"), ("I1-2", "第二季度"), ("I1-3", "第三季度"), ("I1-5", "全年复核")]
    middle = set_rounds(added, ("第一季度", "第三季度", "第四季度", "全年复核"))
    assert [p.code for p in middle.indicators[0].parts] == ["R1", "I1-3", "I1-4", "I1-5"]
    assert validate(dropped) == [] and validate(middle) == []


def test_changing_how_rounds_combine_or_the_year_points_rescales_every_round():
    year = set_indicator_rounds(plain_year(), "I1", "mean")
    summed = set_indicator_rounds(year, "I1", "sum")
    assert [p.points for p in summed.indicators[0].parts] == [Decimal("2.5")] * 4
    thirds = set_indicator_rounds(set_rounds(year, QUARTERS[:3]), "I1", "sum")
    assert [p.points for p in thirds.indicators[0].parts] == [Decimal("3.33"), Decimal("3.33"), Decimal("3.34")]
    assert sum(p.points for p in thirds.indicators[0].parts) == Decimal(10)
    doubled = set_indicator_rounds(year, "I1", "mean", Decimal(20))
    assert [p.points for p in doubled.indicators[0].parts] == [Decimal(20)] * 4
    assert [p.round for p in doubled.indicators[0].parts] == list(QUARTERS)
    back = set_indicator_rounds(summed, "I1", None)
    assert [(p.code, p.points, p.round) for p in back.indicators[0].parts] == [("R1", Decimal(10), None)]


def test_rounds_whose_points_cannot_make_the_year_points_are_flagged():
    year = rounds_year([[9, 9, 9, 9]], towns=1)
    off = with_round_part(year, 2, points=Decimal(8))
    assert "二级指标 I1 各轮取平均，每轮分值应等于全年分值 10" in problem_messages(off)
    short = rounds_year([[2, 2, 2, 2]], towns=1, combine="sum", round_full="2.4")
    assert "二级指标 I1 各轮累加，各轮分值合计 9.6 低于全年分值 10，满分无法达到" in problem_messages(short)
    missing = dataclasses.replace(year, rounds=QUARTERS + ("全年复核",))
    assert "二级指标 I1 分轮次考核，但没有轮次“全年复核”的打分部分" in problem_messages(missing)


def test_a_veto_indicator_drops_its_rounds_and_weighs_nothing_and_no_round_is_rolled_up():
    from desktop_app.domain.model import RollUpPart
    from desktop_app.domain.scheme_edit import update_indicator

    year = rounds_year([[9, 9, 9, 9]], towns=1)
    vetoed = update_indicator(year, "I1", veto=True)
    assert vetoed.indicators[0].rounds is None and vetoed.indicators[0].points == 0
    assert all(p.round is None and p.points == 0 for p in vetoed.indicators[0].parts)
    rolled = dataclasses.replace(year, rollup_parts=(RollUpPart("R2"),))
    assert "打分部分 R2 是分轮次考核的一轮，不能由下级结果汇总" in problem_messages(rolled)


def test_round_names_are_split_on_the_enumeration_comma_and_semicolons_only():
    from desktop_app.domain.scheme_edit import round_names

    assert round_names("第 1 季度、第2季度；上半年, 复核;全年") == ["第 1 季度", "第2季度", "上半年, 复核", "全年"]


# --- sheets and submission ----------------------------------------------------------------------------------

def test_each_round_is_a_column_of_the_departments_sheet_and_comes_back_into_the_year(tmp_path):
    import openpyxl
    from excel_helpers import Template

    from desktop_app.excel.returned import read_returned_sheet
    from desktop_app.excel.template import write_department_template
    from desktop_app.services import YearSession
    from desktop_app.services.sheets import apply_sheet, signing_key

    year = rounds_year([[9, 8, None, None], [10, 10, None, None]])
    with Store(tmp_path / "office.db") as store:
        store.save_year(year)
        path = write_department_template(year, "D", tmp_path / "d.xlsx", include_scores=True,
                                         signing_key=signing_key(store))
        headers = [cell.value for cell in openpyxl.load_workbook(path).active[3] if cell.value]
        assert "平时考核·第三季度（R3）" in headers and "集中考核（A）" in headers
        template = Template(path)
        template.set("T0", "R3", "score", 7)
        template.set("T0", "R4", "score", 10)
        template.set("T1", "R3", "score", 9.5)
        template.save()
        preview, counts = apply_sheet(YearSession(store, 2024), read_returned_sheet(path))
        assert preview.problems == [] and counts["new"] == 3
        stored = store.load_year(2024, use_cache=False)
    rows = by_code(stored)
    assert rows["T0"].complete and rows["T0"].categories["C1"] == Decimal("8.50")  # (9 + 8 + 7 + 10) / 4
    assert not rows["T1"].complete and rows["T1"].missing_parts == ("R4",)


def test_the_hebei_style_template_scores_its_regular_assessment_by_quarter():
    from desktop_app.services import scheme_template

    year = scheme_template("hebei-style")
    regular = next(i for i in year.indicators if i.name == "平时考核")
    assert year.rounds == QUARTERS and (regular.rounds, regular.round_points) == ("mean", Decimal(10))
    assert [p.round for p in regular.parts] == list(QUARTERS)
    assert "未规定轮次" in regular.content
    town = year.towns[0].code
    others = tuple(Score(town, part.code, part.points) for indicator in year.indicators if indicator is not regular
                   for part in indicator.parts)
    quarters = tuple(Score(town, part.code, Decimal(value)) for part, value in zip(regular.parts, ("9", "8.5", "10")))
    row = compute(dataclasses.replace(year, scores=others + quarters)).by_code()[town]
    assert not row.complete and row.missing_parts == (regular.parts[3].code,)
    last = Score(town, regular.parts[3].code, Decimal("9.5"))
    row = compute(dataclasses.replace(year, scores=others + quarters + (last,))).by_code()[town]
    assert row.complete and row.categories[regular.category] == Decimal("9.25")


def test_rounds_change_the_fingerprint_and_a_year_without_them_keeps_its_own():
    from desktop_app.domain.status import fingerprint

    plain = read_year_file(EXAMPLE)
    assert fingerprint(plain, compute(plain)) == "3CF1-0F53-5B5C"  # as before rounds existed
    year = rounds_year([[9, 8, 10, 9], [10, 10, 10, 6]])
    printed = fingerprint(year, compute(year))
    for changed in (dataclasses.replace(year, rounds=QUARTERS[:3] + ("年终",)),
                    with_round_part(year, 0, round="第二季度"),
                    with_indicator(year, rounds="sum"),
                    with_indicator(year, round_points=Decimal("9.5"))):
        assert fingerprint(changed, compute(changed)) != printed


def test_a_letter_names_the_year_loss_of_an_indicator_in_rounds_with_every_rounds_reasons_and_files():
    from desktop_app.documents.letter import problem_lines

    year = rounds_year([[9, 8, 10, 9], [10, 10, 10, 10]])
    scores = [s._replace(deductions=(Deduction("台账不全", Decimal(1)),)) if (s.town, s.part) == ("T0", "R1") else
              s._replace(note="会议缺席") if (s.town, s.part) == ("T0", "R2") else s for s in year.scores]
    year = dataclasses.replace(year, scores=tuple(scores))
    (loss,) = year_losses(year, compute(year))["T0"]
    assert loss.parts_scored == ("R1", "R2", "R3", "R4")
    lines = problem_lines(year, (loss,), {"score:T0/R2": ["签到表.pdf"]}, "T0")
    assert lines == ["平时考核（督查室）失分1.00分：第一季度：台账不全，扣1.00分；第二季度：会议缺席（佐证材料：签到表.pdf）。"]


def test_a_departments_score_sheet_names_each_round():
    from desktop_app.documents import FontSet, build_score_sheet
    from tests.test_documents_content import flat, text_of

    year = rounds_year([[9, 8, 10, 9], [10, 10, 10, 6]])
    text = flat(text_of(build_score_sheet(year, compute(year), "D", fonts=FontSet.bundled())))
    for number, quarter in enumerate(QUARTERS, 1):
        assert f"{number}.平时考核·{quarter}（10分）" in text
    assert "5.集中考核（90分）" in text


def test_a_letters_score_table_gives_the_year_score_of_an_indicator_in_rounds_then_each_round():
    from desktop_app.documents import FontSet, build_letter
    from tests.test_documents_content import flat, text_of
    from tests.test_templates import with_issuer

    year = with_issuer(rounds_year([[9, 8, None, 9], [10, 10, 10, 10]]))
    text = flat(text_of(build_letter(year, compute(year), "T0", fonts=FontSet.bundled())))
    # (9 + 8 + 0 + 9) / 4 = 6.50 while the third quarter is missing; each round under it, unnumbered.
    assert "1平时考核（全年）—106.50各轮取平均，缺1轮按0分计" in text
    assert "第一季度督查室109.00" in text and "第三季度督查室10未打分" in text
    assert "2集中考核督查室9090.00" in text


def test_a_sheets_scheme_fingerprint_covers_rounds_and_stays_as_it_was_without_them():
    from desktop_app.excel.fingerprint import scheme_fingerprint

    # Sheets sent out before rounds existed must still be accepted.
    assert scheme_fingerprint(read_year_file(EXAMPLE)) == \
        "71290e40d2cc6e0b955009c66fb543321ff73fc158d2454c20b38f9695de174b"
    year = rounds_year([[9, 9, 9, 9]], towns=1)
    relabelled = with_round_part(with_round_part(year, 0, round="第二季度"), 1, round="第一季度")
    assert scheme_fingerprint(relabelled) != scheme_fingerprint(year)
    assert scheme_fingerprint(with_indicator(year, rounds="sum")) != scheme_fingerprint(year)


def test_a_round_part_is_named_with_its_round_wherever_it_stands_alone():
    year = rounds_year([[9, 9, 9, 9]], towns=1)
    rounds, annual = year.indicators
    assert [rounds.part_name(part) for part in rounds.parts] == [f"平时考核·{quarter}" for quarter in QUARTERS]
    assert annual.part_name(annual.parts[0]) == "集中考核"


# --- each edit of rounds, case by case ---------------------------------------------------------------------

def two_indicator_year():
    """A plain indicator (部门 D2's) before one in rounds: 集中考核 first, then 平时考核 by quarter."""
    year = set_indicator_rounds(plain_year(), "I1", "mean")
    year = dataclasses.replace(year, departments=year.departments + (Department("D2", "考核办"),))
    return dataclasses.replace(year, indicators=(year.indicators[1], year.indicators[0]))


def test_every_indicator_in_rounds_follows_the_years_rounds_after_a_plain_one():
    year = set_rounds(two_indicator_year(), list(QUARTERS) + ["全年复核"])
    assert [i.code for i in year.indicators] == ["I2", "I1"]
    assert [p.round for p in year.indicators[1].parts] == list(QUARTERS) + ["全年复核"]
    assert year.indicators[0] == two_indicator_year().indicators[0]


def test_reordered_rounds_are_not_renamed_and_an_inserted_one_does_not_take_anothers_part():
    year = set_indicator_rounds(plain_year(), "I1", "mean")
    swapped = set_rounds(year, ("第二季度", "第一季度", "第三季度", "第四季度"))
    assert [(p.code, p.round) for p in swapped.indicators[0].parts] == [
        ("I1-2", "第二季度"), ("R1", "第一季度"), ("I1-3", "第三季度"), ("I1-4", "第四季度")]
    # Same length, a new round in front, the fourth dropped: the first quarter keeps its part and scores.
    shifted = set_rounds(year, ("年初摸底", "第一季度", "第二季度", "第三季度"))
    assert [(p.code, p.round) for p in shifted.indicators[0].parts] == [
        ("I1-5", "年初摸底"), ("R1", "第一季度"), ("I1-2", "第二季度"), ("I1-3", "第三季度")]


def test_no_rounds_at_all_is_fine_while_no_indicator_is_scored_in_them():
    year = plain_year()
    cleared = set_rounds(year, [])
    assert cleared.rounds == () and cleared.indicators == year.indicators


def test_new_round_parts_take_the_first_parts_department_or_else_the_years_first():
    year = two_indicator_year()
    moved = dataclasses.replace(year, indicators=(year.indicators[0], dataclasses.replace(
        year.indicators[1], rounds=None, round_points=None,
        parts=(Part("R1", "D2", Decimal(10)),))))
    turned = set_indicator_rounds(moved, "I1", "sum", Decimal(6))
    assert [(p.department, p.points) for p in turned.indicators[1].parts] == [("D2", Decimal("1.5"))] * 4
    # An indicator in rounds left without any part (as a file may have it) gets parts of the first department.
    bare = dataclasses.replace(year, indicators=(year.indicators[0], dataclasses.replace(year.indicators[1], parts=())))
    refilled = set_rounds(bare, QUARTERS[:2])
    assert [(p.department, p.round, p.points) for p in refilled.indicators[1].parts] == [
        ("D", "第一季度", Decimal(10)), ("D", "第二季度", Decimal(10))]


def test_a_sums_shares_are_cut_down_to_the_hundredth_and_the_last_takes_the_rest():
    year = set_rounds(plain_year(), [f"第{n}月" for n in range(1, 7)])
    shares = [p.points for p in set_indicator_rounds(year, "I1", "sum").indicators[0].parts]
    assert shares == [Decimal("1.66")] * 5 + [Decimal("1.70")]


def test_an_indicator_turned_back_or_vetoed_keeps_no_round_points_and_small_year_points_are_fine():
    from desktop_app.domain.scheme_edit import update_indicator

    year = set_indicator_rounds(plain_year(), "I1", "mean", Decimal("0.5"))
    assert year.indicators[0].round_points == Decimal("0.5")
    assert set_indicator_rounds(year, "I1", None).indicators[0].round_points is None
    assert update_indicator(year, "I1", veto=True).indicators[0].round_points is None


def test_an_indicator_in_rounds_for_some_towns_costs_only_those_and_every_note_is_kept():
    year = rounds_year([[9, 8, 10, 9], [9, 10, 10, 10]])
    year = with_indicator(year, applies_to=("T1",))
    scores = [s._replace(note="迟报") if (s.town, s.part) in (("T1", "R1"), ("T0", "R1")) else
              s._replace(note="会议缺席") if (s.town, s.part) == ("T1", "R3") else s for s in year.scores]
    year = dataclasses.replace(year, scores=tuple(scores))
    losses = year_losses(year, compute(year))
    assert losses["T0"] == ()  # scores of a town the indicator does not apply to cost nothing
    (loss,) = losses["T1"]
    assert loss.points == Decimal("0.25") and loss.note == "第一季度：迟报；第三季度：会议缺席"


def test_round_names_of_nothing_are_none():
    from desktop_app.domain.scheme_edit import round_names

    assert round_names("") == [] and round_names(None) == []


def test_an_indicator_in_rounds_shares_its_category_with_a_plain_one():
    year = rounds_year([[9, 8, 10, 9], [10, 10, 10, 6]], annual=[85, 90])
    shared = dataclasses.replace(
        year, categories=(Category("C1", "考核", Decimal(100)),),
        indicators=(year.indicators[0], dataclasses.replace(year.indicators[1], category="C1")))
    assert validate(shared) == []
    rows = by_code(shared)
    assert rows["T0"].categories == {"C1": Decimal("94.00")}  # 9 + 85
    assert rows["T1"].categories == {"C1": Decimal("99.00")}  # 9 + 90


def test_an_indicator_in_rounds_of_a_missing_category_counts_without_failing():
    year = rounds_year([[9, 8, 10, 9]], towns=1)
    dangling = with_indicator(year, category="C9")
    assert "二级指标 I1 所属的一级指标 C9 不存在" in problem_messages(dangling)
    row = by_code(dangling)["T0"]
    assert row.categories["C9"] == Decimal("9.00") and row.final == Decimal("99.00")


def test_a_score_above_its_points_is_counted_as_entered_while_the_year_says_it_is_wrong():
    year = rounds_year([[9, 8, 10, 9]], towns=1, annual=[95])
    assert "镇街 T0 打分部分 A 的得分 95 超出范围 0～90" in problem_messages(year)
    assert by_code(year)["T0"].categories["C2"] == Decimal(95)


def test_a_towns_losses_go_on_after_an_indicator_in_rounds():
    year = rounds_year([[9, 8, 10, 9]], towns=1, annual=[85])
    year = dataclasses.replace(year, scores=tuple(s._replace(note="进度滞后") if s.part == "A" else s
                                                  for s in year.scores))
    losses = year_losses(year, compute(year))["T0"]
    assert [(loss.indicator, loss.points) for loss in losses] == [("I1", Decimal("1.00")), ("I2", Decimal(5))]
