"""Letters that account for every lost point: the core's losses, the problems a letter lists,
and sentences that agree with each other whatever the town's situation."""
from __future__ import annotations

import dataclasses
import re
from decimal import Decimal

import pytest

from desktop_app.documents.letter import letter_number, letter_paragraphs, letter_title, problem_lines
from desktop_app.documents.texts import notice_texts
from desktop_app.domain.losses import INSPECTION, PART, VETO, lost_points, unexplained, year_losses
from desktop_app.domain.model import Deduction, Inspection, Score, Veto
from desktop_app.domain.scoring import compute

LOST = re.compile(r"失分(\d+\.\d\d)分")
RECTIFY = "前完成整改"


def letter(year, town, texts=None):
    result = compute(year)
    before, after = letter_paragraphs(year, result, result.by_code()[town], texts or notice_texts(year))
    return before, after


def problems_section(after: list[str]) -> list[str]:
    start = next(i for i, line in enumerate(after) if line.endswith("需整改的问题"))
    return [line for line in after[start + 1:] if re.match(r"\d+\.", line)]


def inspection_losses(year, result, town):
    return sum((-line.change for line in result.inspection_lines
                if year.inspections[line.index].town == town and line.change < 0), Decimal(0))


def test_every_letter_of_the_demo_year_accounts_for_all_lost_points(example_year):
    year, result = example_year, compute(example_year)
    assert sum(row.full - row.raw for row in result.rows) > 100  # the year has real losses to account for
    for row in result.rows:
        _, after = letter(year, row.code)
        listed = [Decimal(points) for line in problems_section(after) for points in LOST.findall(line)]
        assert sum(listed, Decimal(0)) == row.full - row.raw + inspection_losses(year, result, row.code), row.name


def test_the_losses_add_up_and_come_in_the_order_of_their_weight(example_year):
    year = dataclasses.replace(example_year, inspections=example_year.inspections + (
        Inspection("T18", example_year.inspection_types[0].code, 2, Decimal("0.7"), "台账缺失"),))
    result = compute(year)
    losses = year_losses(year, result)
    hong_hu = losses["T18"]
    assert [loss.source for loss in hong_hu[:2]] == [VETO, INSPECTION]
    assert all(loss.source == PART for loss in hong_hu[2:])
    row = result.by_code()["T18"]
    assert lost_points(hong_hu) == row.full - row.raw + Decimal("0.7")
    # scheme order within the parts
    order = [part.code for _, part in year.parts()]
    parts = [loss.part for loss in hong_hu if loss.source == PART]
    assert parts == sorted(parts, key=order.index)
    assert hong_hu[1].reason == "台账缺失" and hong_hu[1].explained


def test_a_loss_without_deduction_or_note_is_unexplained_and_the_letter_says_so(example_year):
    year = example_year
    part = year.indicators[0].parts[0]
    scores = tuple(s for s in year.scores if not (s.town == "T01" and s.part == part.code))
    plain = Score("T01", part.code, part.points - Decimal("0.5"))
    noted = plain._replace(note="会议记录缺失")
    deducted = plain._replace(deductions=(Deduction("未按时报送", Decimal("0.5")),))
    expected = {plain: "责任单位未说明失分原因。", noted: "：会议记录缺失。", deducted: "：未按时报送，扣0.50分。"}
    for score, wording in expected.items():
        edited = dataclasses.replace(year, scores=scores + (score,))
        losses = year_losses(edited, compute(edited))
        loss = next(loss for loss in losses["T01"] if loss.part == part.code)
        assert loss.points == Decimal("0.5")
        assert loss.explained is (score is not plain)
        assert ("T01" in unexplained(losses) and loss in unexplained(losses)["T01"]) is (score is plain)
        line = next(line for line in problem_lines(edited, losses["T01"]) if line.startswith(year.indicators[0].name))
        assert line.endswith(wording) and "失分0.50分" in line


def test_a_veto_and_an_inspection_loss_are_their_own_reasons(example_year):
    year = example_year
    result = compute(year)
    assert "T18" not in unexplained({"T18": tuple(l for l in year_losses(year, result)["T18"] if l.source == VETO)})


def _perfect(year, town):
    """The town with full points in every part that applies to it, nothing else recorded."""
    scores = [s for s in year.scores if s.town != town]
    for indicator, part in year.parts():
        if not indicator.veto and indicator.applies(town):
            scores.append(Score(town, part.code, part.points))
    return dataclasses.replace(
        year, scores=tuple(scores), bonuses=tuple(b for b in year.bonuses if b.town != town),
        vetoes=tuple(v for v in year.vetoes if v.town != town),
        inspections=tuple(i for i in year.inspections if i.town != town))


def _sentences_agree(before: list[str], after: list[str]) -> None:
    text = "".join(before + after)
    problems = problems_section(after)
    if problems:
        assert RECTIFY in text and "无失分问题" not in text
    else:
        assert RECTIFY not in text and "整改措施" not in text
    assert ("一票否决" in "".join(before)) == any("一票否决" in line for line in problems)


def test_no_sentence_contradicts_another_in_any_situation(example_year):
    town = "T01"
    perfect = _perfect(example_year, town)
    bonus_type = example_year.bonus_types[0]
    some_part = next(part for indicator, part in example_year.parts() if not indicator.veto)
    base_scores = tuple(s for s in perfect.scores if not (s.town == town and s.part == some_part.code))
    situations = {
        "no losses": perfect,
        "bonus only": dataclasses.replace(perfect, bonuses=(dataclasses.replace(example_year.bonuses[0], town=town,
                                                                                type=bonus_type.code),)),
        "loss without a reason": dataclasses.replace(perfect, scores=base_scores + (
            Score(town, some_part.code, some_part.points - 1),)),
        "vetoed, no point lost": dataclasses.replace(perfect, vetoes=(Veto(town, "发现“应纳未纳”情形"),)),
        "inspection loss only": dataclasses.replace(perfect, inspections=(
            Inspection(town, example_year.inspection_types[0].code, 1, Decimal("0.4")),)),
        "not fully scored": dataclasses.replace(perfect, scores=base_scores),
    }
    seen = {}
    for name, year in situations.items():
        before, after = letter(year, town)
        _sentences_agree(before, after)
        seen[name] = (before, after)
    assert "本年度考核无失分问题，请继续保持。" in seen["no losses"][1]
    assert "本年度考核无失分问题，请继续保持。" in seen["bonus only"][1]
    assert any("加" in line for line in seen["bonus only"][1] if line.startswith("1."))
    assert problems_section(seen["loss without a reason"][1])[0].endswith("责任单位未说明失分原因。")
    assert problems_section(seen["vetoed, no point lost"][1]) == ["1.发现“应纳未纳”情形，实行“一票否决”。"]
    assert problems_section(seen["inspection loss only"][1])[0].endswith("失分0.40分。")
    incomplete = seen["not fully scored"]
    assert "本年度考核无失分问题" not in "".join(incomplete[1])
    assert any("临时结果" in line for line in incomplete[0])


def test_tied_towns_are_told_they_share_their_place(example_year):
    year = example_year
    first, second = compute(year).rows[:2]
    # give the second town the first one's scores and records: the same final, the same rank
    copied = tuple(s._replace(town=second.code) for s in year.scores if s.town == first.code)
    year = dataclasses.replace(
        year, scores=tuple(s for s in year.scores if s.town != second.code) + copied,
        bonuses=tuple(b for b in year.bonuses if b.town != second.code)
        + tuple(dataclasses.replace(b, town=second.code) for b in year.bonuses if b.town == first.code),
        inspections=tuple(i for i in year.inspections if i.town != second.code)
        + tuple(dataclasses.replace(i, town=second.code) for i in year.inspections if i.town == first.code))
    result = compute(year)
    assert result.by_code()[first.code].rank == result.by_code()[second.code].rank == 1
    for code in (first.code, second.code):
        before, _ = letter(year, code)
        assert "个镇街中并列第1位" in before[2]
    third = result.rows[2]
    assert f"个镇街中排名第{third.rank}位" in letter(year, third.code)[0][2]


@pytest.mark.parametrize("texts, number", [
    ({"doc_number": "长委办发[2024]03号"}, "长委办发〔2024〕3-5号"),
    ({"doc_number": "长委办发〔2024〕3号", "letter_doc_number": "长乡振函〔2024〕{序号}号"}, "长乡振函〔2024〕5号"),
    ({"letter_doc_number": "长乡振函[2024]号"}, "长乡振函〔2024〕5号"),
    ({"letter_doc_number": "长乡振函〔2024〕12号"}, "长乡振函〔2024〕12-5号"),
    ({}, ""),
])
def test_each_letter_has_its_own_number_in_the_town_sequence(example_year, texts, number):
    assert example_year.towns[4].code == "T05"
    assert letter_number(example_year, texts, "T05") == number


def test_the_letter_title_is_in_the_guanyu_de_form_and_names_the_town(example_year):
    town = example_year.towns[5]
    title = letter_title(example_year, {}, town)
    assert title.startswith("关于反馈" + town.name + "2023年度") and title.endswith("考核结果的函")
    assert letter_title(example_year, {"letter_title": "关于{镇街名称}考核情况的反馈意见"}, town) == \
        f"关于{town.name}考核情况的反馈意见"


def test_a_letter_lists_the_towns_open_ledger_problems_with_their_deadlines(example_year):
    from desktop_app.domain.ledger import SOURCE_VISIT, LedgerEntry, problems_from_losses

    town = "T01"
    year = example_year
    result = compute(year)
    tasks = [entry for entry in problems_from_losses(year, year_losses(year, result), deadline="2024-06-30",
                                                     requirement="逐项整改到位")
             if entry.town == town][:2]
    assert tasks
    row = result.by_code()[town]
    _, after = letter_paragraphs(year, result, row, notice_texts(year), tasks)
    text = "".join(after)
    assert problems_section(after)  # the losses are still listed with their points
    # made from those losses with one requirement and deadline: one sentence, not the losses again
    assert f"上述问题已列入整改台账，尚未整改销号的共{len(tasks)}个，整改要求：逐项整改到位，整改时限：2024年6月30日前。" in after
    assert not [line for line in after if line.startswith("（1）")]
    assert "请按时限完成整改，并将整改情况和佐证材料书面报送" in text and "无失分问题" not in text
    # a task with its own deadline: each is listed
    own = [tasks[0], dataclasses.replace(tasks[-1], deadline="2024-05-31")] if len(tasks) > 1 else \
        [dataclasses.replace(tasks[0], deadline="2024-05-31"), dataclasses.replace(tasks[0], source="manual")]
    _, after = letter_paragraphs(year, result, row, notice_texts(year), own)
    assert "上述问题已列入整改台账，整改任务和时限如下：" in after
    listed = [line for line in after if line.startswith("（") and line[1].isdigit()]
    assert listed[0] == f"（1）{own[0].description}。整改要求：逐项整改到位。整改时限：2024年6月30日前。"
    assert listed[1].endswith("整改时限：2024年5月31日前。") and len(listed) == 2

    # no loss, but a problem found on a field visit: asked to rectify it, never told there is nothing to fix
    perfect = _perfect(year, town)
    visit = LedgerEntry(town, SOURCE_VISIT, "村务公开栏未及时更新", deadline=None)
    result = compute(perfect)
    _, after = letter_paragraphs(perfect, result, result.by_code()[town], notice_texts(perfect), [visit])
    text = "".join(after)
    assert problems_section(after) == []
    assert "以下问题已列入整改台账，整改任务和时限如下：" in after
    assert "（1）村务公开栏未及时更新。整改时限另行通知。" in after
    assert "无失分问题" not in text and "请按时限完成整改" in text
    # and without the ledger the same town is told it lost nothing
    _, after = letter_paragraphs(perfect, result, result.by_code()[town], notice_texts(perfect))
    assert "本年度考核无失分问题，请继续保持。" in after


def test_only_a_cancelled_round_that_cost_points_is_a_loss(example_year):
    kind = example_year.inspection_types[0].code
    year = dataclasses.replace(_perfect(example_year, "T01"), inspections=(
        Inspection("T01", kind, 1),                       # awarded: no loss
        Inspection("T01", kind, 2, Decimal("0.3")),       # cancelled, 0.3 deducted: a loss
        Inspection("T01", kind, 3, Decimal("-0.5")),      # invalid (a draft may hold it): never a loss of -0.5
    ))
    losses = year_losses(year, compute(year))["T01"]
    assert [(loss.source, loss.points, loss.index) for loss in losses] == [(INSPECTION, Decimal("0.3"), 1)]


def test_a_veto_loss_names_the_veto_indicator_it_came_from(example_year):
    veto_indicator = next(i.code for i in example_year.indicators if i.veto)
    year = dataclasses.replace(example_year, vetoes=(Veto("T02", "发现“应纳未纳”情形", indicator=veto_indicator),
                                                     Veto("T03", "被媒体通报曝光")))
    losses = year_losses(year, compute(year))
    assert [(loss.source, loss.indicator, loss.index) for loss in losses["T02"] if loss.source == VETO] == [
        (VETO, veto_indicator, 0)]
    assert [loss.indicator for loss in losses["T03"] if loss.source == VETO] == [None]


def test_no_loss_adds_up_to_a_decimal_zero():
    total = lost_points(())
    assert isinstance(total, Decimal) and total == 0
