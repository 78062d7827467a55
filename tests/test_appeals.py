"""Appeals (申诉): filed within the bureau's window, decided after a recheck (the score upheld or
changed in the same change), the year a draft while any waits, and the letter says how to appeal."""
import dataclasses
import datetime as dt
import json
from decimal import Decimal as D

import pytest

from desktop_app.documents.letter import letter_paragraphs
from desktop_app.documents.texts import notice_texts
from desktop_app.domain.appeals import CHANGED, PENDING, UPHELD
from desktop_app.domain.model import Deduction
from desktop_app.domain.scoring import compute
from desktop_app.domain.status import APPEAL, OFFICIAL
from desktop_app.services import YearSession
from desktop_app.services.appeals import AppealError, AppealRegister
from tests.conftest import database_files


@pytest.fixture
def store(fresh_store):
    return fresh_store


@pytest.fixture
def official(store):
    session = YearSession(store, 2023)
    session.submit_departments([d.code for d in session.year.departments])
    assert session.state().state == OFFICIAL
    return session


def register(store, day=dt.date(2024, 3, 10)):
    return AppealRegister(store, 2023, today=lambda: day)


def test_a_pending_appeal_keeps_the_year_a_draft_until_decided(store, official):
    appeals = register(store)
    appeal = appeals.file("T02", "I06", "危房改造台账已于考核前补齐", evidence="补齐的台账扫描件")
    assert (appeal.decision, appeal.filed_on) == (PENDING, "2024-03-10")
    state = official.state()
    assert state.state != OFFICIAL
    assert [(f.about, f.problem.render()) for f in state.failing] == [(APPEAL, "晏家街道对“住房保障成果巩固”的申诉尚未复核")]
    decided = appeals.decide(appeal.id, UPHELD, "经复核，台账补齐时间在考核之后，维持原分")
    assert (decided.decision, decided.decided_on, decided.score_before) == (
        UPHELD, "2024-03-10", official.score_of("T02", "I06").score)
    assert official.state().state == OFFICIAL


def test_a_changed_score_is_written_with_the_decision_and_both_are_in_the_trail(store, official):
    appeals = register(store)
    before = official.score_of("T02", "I06")
    appeal = appeals.file("T02", "I06", "扣分依据有误")
    decided = appeals.decide(appeal.id, CHANGED, "经复核扣分依据有误，改为4.8分", new_score="4.8")
    after = official.score_of("T02", "I06")
    assert (after.score, after.deductions, after.note) == (D("4.8"), (), "申诉复核改分：经复核扣分依据有误，改为4.8分")
    assert (decided.score_before, decided.score_after) == (before.score, D("4.8"))
    entries = [e for e in store.audit_entries(2023) if e["action"] == "decide_appeal"]
    assert {e["target"] for e in entries} >= {"appeals", "scores"}
    assert json.loads([e for e in entries if e["target"] == "appeals"][0]["new_value"])["decision"] == CHANGED


@pytest.mark.parametrize("decision, note, score, message", [
    (CHANGED, "改分", None, "改分须填写复核后的得分"),
    (CHANGED, "改分", "9", "超出范围 0～5"),
    (UPHELD, "  ", None, "请填写复核意见"),
    ("maybe", "x", None, "复核结论只能是维持原分或改分"),
])
def test_a_decision_that_cannot_stand_changes_nothing(store, official, decision, note, score, message):
    appeal = register(store).file("T02", "I06", "理由")
    before = database_files(store.path)
    with pytest.raises(Exception, match=message):
        register(store).decide(appeal.id, decision, note, new_score=score)
    assert database_files(store.path) == before


def test_a_changed_score_equal_to_the_old_one_is_refused(store, official):
    appeal = register(store).file("T02", "I06", "理由")
    score = official.score_of("T02", "I06").score
    with pytest.raises(AppealError, match="请选“维持原分”"):
        register(store).decide(appeal.id, CHANGED, "复核", new_score=str(score))


def test_an_appeal_is_decided_once_and_only_a_pending_one_withdrawn(store, official):
    appeals = register(store)
    first = appeals.file("T03", "I06", "理由一")
    second = appeals.file("T04", "I06", "理由二")
    appeals.decide(first.id, UPHELD, "维持")
    with pytest.raises(AppealError, match="已经复核，不能再次复核"):
        appeals.decide(first.id, UPHELD, "再次")
    with pytest.raises(AppealError, match="已经复核，不能撤回"):
        appeals.withdraw(first.id)
    assert appeals.withdraw(second.id)
    assert [a.id for a in appeals.appeals()] == [first.id]


@pytest.mark.parametrize("town, part, reason, message", [
    ("T99", "I06", "理由", "镇街 T99 不在本年度的镇街中"),
    ("T01", "I99", "理由", "打分部分 I99 不是凤城街道的打分项目"),
    ("T01", "I06", "  ", "请填写申诉理由"),
])
def test_an_appeal_names_a_town_and_one_of_its_parts_and_says_why(store, town, part, reason, message):
    with pytest.raises(AppealError, match=message):
        register(store).file(town, part, reason)


def test_the_window_the_bureau_set_closes_appeals(store, official):
    session = official
    session.set_issuer({**(session.year.issuer or {}), "appeal_deadline": "2024-03-15"})
    assert register(store, dt.date(2024, 3, 15)).file("T01", "I06", "理由").filed_on == "2024-03-15"
    with pytest.raises(AppealError, match="申诉期已于 2024-03-15 截止，2024-03-16 提出的申诉不再受理"):
        register(store, dt.date(2024, 3, 16)).file("T01", "I06", "理由")
    with pytest.raises(AppealError, match="申诉期已于"):
        register(store, dt.date(2024, 4, 2)).file("T01", "I06", "理由", filed_on="2024-04-01")


def test_the_letter_says_how_and_until_when_to_appeal(example_year):
    result = compute(example_year)
    row = result.by_code()["T01"]
    texts = notice_texts(example_year)
    _, after = letter_paragraphs(example_year, result, row, texts)
    assert after[-1] == ("如对考核结果有异议，请自收到本函之日起10个工作日内向区乡村振兴局书面提出申诉，"
                         "写明申诉的指标和理由并附佐证材料；逾期未申诉的，视为无异议。")
    _, after = letter_paragraphs(example_year, result, row, {**texts, "appeal_deadline": "2024-03-15"})
    assert after[-1].startswith("如对考核结果有异议，请于2024年3月15日前向区乡村振兴局书面提出申诉")


def test_a_department_operator_may_not_record_or_decide_appeals(store):
    from desktop_app.services import Accounts, PermissionDeniedError

    accounts = Accounts(store)
    accounts.create_first_administrator("admin", "考核办", "bureau-2024")
    accounts.add("zjw1", "住建委", "department", "zjw", "zjw-first-1")
    appeal = register(store).file("T01", "I06", "理由")
    accounts.sign_out()
    accounts.sign_in("zjw1", "zjw-first-1")
    accounts.change_password("zjw-first-1", "zjw-second-2")
    for refusal in (lambda: register(store).file("T02", "I06", "理由"),
                    lambda: register(store).decide(appeal.id, UPHELD, "维持"),
                    lambda: register(store).withdraw(appeal.id),
                    lambda: YearSession(store, 2023).set_score_on_appeal("T01", "I06", "1", "绕过提交锁")):
        with pytest.raises(PermissionDeniedError):
            refusal()


def test_a_changed_score_keeps_the_departments_reasons_beside_the_decision(store, official):
    session = official
    session.reopen_department("zjw")
    session.set_score("T03", "I06", None, [Deduction("台账不全", D("1")), Deduction("资料缺失", D("0.5"))])
    session.submit_department("zjw")
    appeal = register(store).file("T03", "I06", "资料已齐全")
    register(store).decide(appeal.id, CHANGED, "资料缺失一项不成立", new_score="4")
    after = session.score_of("T03", "I06")
    assert (after.score, after.deductions) == (D("4"), ())
    assert after.note == "申诉复核改分：资料缺失一项不成立（原扣分：台账不全 1；资料缺失 0.5）"


def test_an_appeal_dated_after_today_is_refused(store):
    with pytest.raises(AppealError, match="申诉日期 2024-03-11 晚于今天，请核对"):
        register(store).file("T01", "I06", "理由", filed_on="2024-03-11")


def test_a_pending_appeal_is_named_in_the_state_by_its_town_and_part_even_once_they_are_gone(store, official):
    appeal = register(store).file("T02", "I06", "理由")
    failing = next(f for f in official.state().failing if f.about == APPEAL)
    assert (failing.town, failing.part, failing.problem.context) == ("T02", "I06", "Status")
    from desktop_app.domain.status import year_state

    year = official.year
    gone = dataclasses.replace(year, towns=tuple(t for t in year.towns if t.code != "T02"))
    state = year_state(gone, compute(gone), {}, pending_appeals=[("T02", "I99")])
    assert [f.problem.render() for f in state.failing if f.about == APPEAL] == ["T02对“I99”的申诉尚未复核"]
    assert appeal.id


def test_a_changed_score_on_appeal_is_the_bureaus_act_in_the_trail(store, official):
    appeal = register(store).file("T02", "I06", "理由")
    register(store).decide(appeal.id, CHANGED, "复核改分", new_score="4.9")
    entries = [e for e in store.audit_entries(2023) if e["target"] == "scores" and e["key"] == "T02/I06"]
    assert entries[-1]["action"] == "decide_appeal"


def test_a_department_operator_is_told_it_may_not_decide_an_appeal(store):
    from desktop_app.services import Accounts, PermissionDeniedError

    accounts = Accounts(store)
    accounts.create_first_administrator("admin", "考核办", "bureau-2024")
    accounts.add("zjw1", "住建委", "department", "zjw", "zjw-first-1")
    accounts.sign_out()
    accounts.sign_in("zjw1", "zjw-first-1")
    accounts.change_password("zjw-first-1", "zjw-second-2")
    with pytest.raises(PermissionDeniedError, match="不能“申诉复核”"):
        YearSession(store, 2023).set_score_on_appeal("T01", "I06", "1", "绕过")


def test_the_store_says_when_there_was_no_appeal_or_file_to_change(store):
    assert store.update_appeal(2023, 999, {"decision_note": "x"}) is False
    assert store.delete_appeal(2023, 999) is False
    assert store.delete_attachment(2023, 999) is False
    assert store.attachment_data(2023, 999) is None
    appeal = register(store).file("T01", "I06", "理由")
    assert store.update_appeal(2023, appeal.id, {"decision_note": "x"}) is True
    assert store.delete_appeal(2023, appeal.id) is True


def test_each_appeal_act_is_named_in_the_trail(store):
    appeals = register(store)
    first = appeals.file("T01", "I06", "理由", evidence="  补充材料清单 ")
    assert first.evidence == "补充材料清单"
    assert appeals.file("T02", "I06", "理由").evidence == ""
    appeals.decide(first.id, UPHELD, "维持")
    second = appeals.appeals()[1]
    appeals.withdraw(second.id)
    actions = [(e["action"], e["change"]) for e in store.audit_entries(2023) if e["target"] == "appeals"]
    assert actions == [("file_appeal", "insert"), ("file_appeal", "insert"), ("decide_appeal", "update"),
                       ("withdraw_appeal", "delete")]


def test_an_appeal_against_a_veto_part_or_a_part_the_town_does_not_have_is_refused(store, example_year):
    veto_part = next(p.code for i, p in example_year.parts() if i.veto)
    partial = next((i, p) for i, p in example_year.parts() if i.applies_to is not None and not i.veto)
    outside = next(t.code for t in example_year.towns if not partial[0].applies(t.code))
    for town, part in (("T01", veto_part), (outside, partial[1].code)):
        with pytest.raises(AppealError, match="不是.*的打分项目"):
            register(store).file(town, part, "理由")


def test_a_decision_on_a_cell_without_a_score_and_on_a_note_only_loss(store, official):
    session = official
    session.reopen_department("zjw")
    session.set_score("T04", "I06", None, deductions=())
    session.set_score("T05", "I06", "4", (), "入户核查发现问题")
    empty = register(store).file("T04", "I06", "未打分")
    decided = register(store).decide(empty.id, UPHELD, "维持")
    assert decided.score_before is None
    again = register(store).file("T04", "I06", "应予打分")
    register(store).decide(again.id, CHANGED, "补打分", new_score="4")
    assert (session.score_of("T04", "I06").score, session.score_of("T04", "I06").note) == (D(4), "申诉复核改分：补打分")
    noted = register(store).file("T05", "I06", "理由")
    register(store).decide(noted.id, CHANGED, "复核改分", new_score="4.5")
    assert session.score_of("T05", "I06").note == "申诉复核改分：复核改分（原扣分：入户核查发现问题）"
    plain = register(store).file("T06", "I06", "理由")
    with pytest.raises(AppealError, match="改分须填写复核后的得分"):
        register(store).decide(plain.id, CHANGED, "复核", new_score="   ")


def test_a_score_changed_on_appeal_is_named_so_in_the_trail_even_called_directly(store):
    from desktop_app.services import YearSession

    session = YearSession(store, 2023)
    first = len(store.audit_entries(2023))
    session.set_score_on_appeal("T01", "I06", "4.5", "复核改分")
    actions = {entry["action"] for entry in store.audit_entries(2023)[first:]}
    assert actions == {"decide_appeal"}  # the key of AUDIT_ACTIONS, shown as 申诉复核


def test_an_appeal_asked_for_by_a_number_that_is_not_there_is_refused_by_name(store):
    with pytest.raises(AppealError, match="第 424242 号申诉已被撤回或删除"):
        register(store).appeal(424242)


def test_a_part_for_some_towns_only_takes_appeals_from_those_towns(store):
    assert register(store).file("T03", "I22", "理由").part == "I22"  # I22 applies to T03
    with pytest.raises(AppealError, match="不是凤城街道的打分项目"):
        register(store).file("T01", "I22", "理由")


def test_the_same_session_sees_an_appeal_filed_since_it_last_worked_out_the_state(store, official):
    assert official.state().state == OFFICIAL
    register(store).file("T01", "I06", "理由")
    assert APPEAL in {f.about for f in official.state().failing}
