"""A year may require a reason for every score below its part's points (the template does):
the entry service, a pasted block and a returned sheet refuse a loss without one, by cell;
the rule is kept in the year file, the database and its audit trail."""
import dataclasses
import json
from decimal import Decimal as D

import pytest
from conftest import TEMPLATE
from excel_helpers import Template

from desktop_app.domain.losses import reason_given, reason_missing
from desktop_app.domain.model import Deduction, Score
from desktop_app.excel.returned import read_returned_sheet
from desktop_app.excel.template import write_department_template
from desktop_app.services import EntryError, YearSession
from desktop_app.services.paste import check_pasted_block
from desktop_app.storage import Store
from desktop_app.yearfile import read_year_file, write_year_file, year_to_dict


def requiring(year, required: bool = True):
    return dataclasses.replace(year, rules=dataclasses.replace(year.rules, require_loss_reasons=required))


@pytest.fixture
def session(tmp_path, example_year):
    store = Store(tmp_path / "reasons.db")
    store.save_year(requiring(example_year))
    yield YearSession(store, 2023)
    store.close()


# --- the rule -------------------------------------------------------------------------------

@pytest.mark.parametrize("deductions, note, given", [
    ((), None, False), ((), "", False), ((), " \n ", False), ((), "复核降分", True),
    ((Deduction("台账不全", D("0.5")),), None, True), ((Deduction("台账不全", D("0")),), "  ", True),
])
def test_a_reason_is_a_deduction_or_a_note_that_is_not_blank(deductions, note, given):
    assert reason_given(deductions, note) is given


@pytest.mark.parametrize("required, score, note, missing", [
    (True, "4.99", None, True), (True, "0", None, True), (True, "5", None, False), (True, "4.99", "复核", False),
    (False, "4.99", None, False), (False, "0", None, False),
])
def test_a_reason_is_missing_only_when_required_and_points_were_lost(example_year, required, score, note, missing):
    rules = requiring(example_year, required).rules
    assert reason_missing(rules, Score("T01", "I06", D(score), (), note), D(5)) is missing


# --- the year file and the database -----------------------------------------------------------

def test_the_template_requires_reasons_and_the_reference_example_does_not(example_year):
    assert read_year_file(TEMPLATE).rules.require_loss_reasons is True
    assert example_year.rules.require_loss_reasons is False  # absent from the file: off


def test_the_rule_is_written_only_when_on_and_read_back(example_year, tmp_path):
    assert "require_loss_reasons" not in year_to_dict(example_year)["rules"]
    on = year_to_dict(requiring(example_year))["rules"]
    assert on["require_loss_reasons"] is True
    path = tmp_path / "on.json"
    write_year_file(requiring(example_year), path)
    assert read_year_file(path).rules.require_loss_reasons is True


def test_a_year_file_with_a_rule_that_is_not_true_or_false_is_refused(example_year, tmp_path):
    path = tmp_path / "bad.json"
    write_year_file(example_year, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["rules"]["require_loss_reasons"] = "yes"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    from desktop_app.yearfile import YearFileError

    with pytest.raises(YearFileError, match="require_loss_reasons"):
        read_year_file(path)


def test_the_rule_is_stored_and_its_change_is_in_the_audit_trail(tmp_path, example_year):
    with Store(tmp_path / "rule.db") as store:
        store.save_year(example_year)
        assert store.load_year(2023, use_cache=False).rules.require_loss_reasons is False
        store.update_year(requiring(example_year))
        assert store.load_year(2023, use_cache=False).rules.require_loss_reasons is True
        entry = [e for e in store.audit_entries(2023) if e["target"] == "years"][-1]
        assert json.loads(entry["old_value"])["require_loss_reasons"] == 0
        assert json.loads(entry["new_value"])["require_loss_reasons"] == 1


# --- entry through the services ---------------------------------------------------------------

def test_a_score_below_points_without_a_reason_is_refused_and_nothing_changes(session):
    before = session.score_of("T02", "I06")
    with pytest.raises(EntryError) as refused:
        session.set_score("T02", "I06", "3.5", ())
    assert refused.value.describe() == ("晏家街道“住房保障成果巩固”得分 3.5，低于分值 5。本年度要求说明失分原因："
                                        "请在右侧“扣分项”中填写扣分事由和扣分，或填写备注")
    assert session.score_of("T02", "I06") == before


@pytest.mark.parametrize("score, deductions, note", [
    ("5", (), None),
    (None, (Deduction("台账不全", D("1.5")),), None),
    ("3.5", (), "实地核查发现问题"),
])
def test_a_loss_with_its_reason_or_full_points_is_taken(session, score, deductions, note):
    stored = session.set_score("T02", "I06", score, deductions, note)
    assert session.score_of("T02", "I06") == stored
    assert stored.score == (D(5) if score == "5" else D("3.5"))


def test_without_the_rule_a_loss_needs_no_reason(tmp_path, example_year):
    with Store(tmp_path / "off.db") as store:
        store.save_year(example_year)
        session = YearSession(store, 2023)
        assert session.set_score("T02", "I06", "3.5", ()).score == D("3.5")


def test_clearing_a_cell_needs_no_reason(session):
    session.set_score("T02", "I06", None, deductions=())
    assert session.score_of("T02", "I06") is None


def test_one_loss_without_a_reason_refuses_the_whole_batch(session):
    before = session.score_map()
    with pytest.raises(EntryError, match="江南街道“住房保障成果巩固”得分 2"):
        session.set_scores([Score("T02", "I06", D(5)), Score("T03", "I06", D(2))])
    assert session.score_map() == before


def test_a_pasted_loss_is_refused_by_cell_unless_the_cell_has_a_note(session):
    session.set_score("T03", "I06", "4", (), "资料不全")
    # T02 (row 1) and T03 (row 2) of 区住建委's one part I06
    pasted = check_pasted_block(session, "zjw", "5\n3\n2", first_town=1)
    assert [problem.path for problem in pasted.problems] == ["渡舟街道 / I06"]
    assert pasted.scores == []
    pasted = check_pasted_block(session, "zjw", "5\n3", first_town=1)
    assert pasted.problems == []
    assert session.score_of("T02", "I06").score == D(5)  # unchanged: not pasted again
    assert [(s.town, s.score, s.note) for s in pasted.scores] == [("T03", D(3), "资料不全")]


# --- returned sheets ----------------------------------------------------------------------------

@pytest.fixture
def zjw_template(tmp_path, session):
    return Template(write_department_template(session.year, "zjw", tmp_path / "zjw.xlsx"))


def test_the_template_tells_the_department_that_reasons_are_required(tmp_path, example_year, zjw_template):
    instructions = [cell.value for row in zjw_template.sheet.iter_rows(max_row=10) for cell in row
                    if isinstance(cell.value, str) and cell.value.startswith("填写说明")]
    assert len(instructions) == 1 and "本年度要求说明每一处失分的原因" in instructions[0]
    plain = Template(write_department_template(example_year, "zjw", tmp_path / "plain.xlsx"))
    texts = [cell.value for row in plain.sheet.iter_rows(max_row=10) for cell in row if isinstance(cell.value, str)]
    assert not any("本年度要求说明每一处失分的原因" in text for text in texts)


def test_a_returned_loss_without_a_reason_is_reported_at_its_reason_cell(session, zjw_template, tmp_path):
    zjw_template.set("T04", "I06", "score", 4)
    zjw_template.set("T05", "I06", "score", 4)
    zjw_template.set("T05", "I06", "note", "复核降分")
    zjw_template.set("T06", "I06", "reason", "台账不全")
    zjw_template.set("T06", "I06", "deduction", 1)
    zjw_template.set("T07", "I06", "score", 5)
    path = zjw_template.save(tmp_path / "returned.xlsx")
    from desktop_app.excel.returned import check_returned_sheet

    preview = check_returned_sheet(read_returned_sheet(path), session.year, ())
    assert [(problem.cell, problem.describe()) for problem in preview.problems] == [
        (zjw_template.address("T04", "I06", "reason"),
         f"{zjw_template.address('T04', 'I06', 'reason')}: 得分 4 低于分值 5，但没有填写扣分事由或备注；"
         "本年度要求说明每一处失分的原因（住房保障成果巩固，渡舟街道）。")]
    assert not preview.ok
    zjw_template.set("T04", "I06", "note", "入户核查发现问题")
    preview = check_returned_sheet(read_returned_sheet(zjw_template.save(tmp_path / "fixed.xlsx")), session.year, ())
    assert preview.problems == []
    assert {s.town: s.score for s in preview.scores_to_apply()} == {"T04": D(4), "T05": D(4), "T06": D(4), "T07": D(5)}


def test_the_rule_changes_the_fingerprint_only_when_on(example_year):
    from desktop_app.domain.scoring import compute
    from desktop_app.domain.status import fingerprint

    result = compute(example_year)
    assert fingerprint(example_year, result) == "3CF1-0F53-5B5C"  # as before the rule existed
    assert fingerprint(requiring(example_year), result) != fingerprint(example_year, result)


@pytest.mark.parametrize("reason", ["", "   ", "\n"])
def test_a_deduction_without_its_reason_is_refused_whatever_the_rule(tmp_path, example_year, reason):
    for required in (True, False):
        with Store(tmp_path / f"blank-{required}.db") as store:
            store.save_year(requiring(example_year, required))
            session = YearSession(store, 2023)
            before = session.score_of("T02", "I06")
            with pytest.raises(EntryError, match="晏家街道“住房保障成果巩固”的扣分项没有填写扣分事由"):
                session.set_score("T02", "I06", None, [Deduction(reason, D(1))])
            with pytest.raises(EntryError, match="没有填写扣分事由"):
                session.set_scores([Score("T02", "I06", D(4), (Deduction(reason, D(1)),))])
            assert session.score_of("T02", "I06") == before
