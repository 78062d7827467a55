"""The rectification ledger (整改台账): problems made from a year's losses (again: only new ones),
by hand, edited without overwriting another window's change, closed only with evidence and a
reviewer, the clock's marks, permissions, the trail, and what becomes of it with its year."""
import dataclasses
import datetime as dt
import json
from decimal import Decimal as D

import pytest

from desktop_app.domain.ledger import (
    CLOSED, IN_PROGRESS, OPEN, SOURCE_INSPECTION, SOURCE_MANUAL, SOURCE_PART, SOURCE_VETO, SOURCE_VISIT, TO_VERIFY,
    LedgerEntry, counts_by, entry_problems, is_due_soon, is_overdue, iso_date, problems_from_losses, with_changes,
)
from desktop_app.domain.losses import year_losses
from desktop_app.domain.model import Deduction, Inspection, Score, Veto
from desktop_app.domain.scoring import compute
from desktop_app.services import Accounts, PermissionDeniedError, YearSession
from desktop_app.services.ledger import LedgerConflictError, LedgerError, RectificationLedger
from desktop_app.storage import Store
from tests.conftest import database_files

TODAY = dt.date(2024, 3, 1)


@pytest.fixture
def store(fresh_store):
    return fresh_store


@pytest.fixture
def ledger(store):
    return RectificationLedger(store, 2023, today=lambda: TODAY)


def expected_problem_keys(year):
    """What the losses of the demo year should give, worked out from the entries themselves."""
    keys = set()
    for index, veto in enumerate(year.vetoes):
        keys.add((veto.town, SOURCE_VETO, veto.reason))
    awards = {t.code: t.award for t in year.inspection_types}
    for record in year.inspections:
        if record.deducted > 0:
            keys.add((record.town, SOURCE_INSPECTION, record.type, record.round))
    points = {part.code: (indicator, part) for indicator, part in year.parts()}
    for score in year.scores:
        indicator, part = points[score.part]
        if indicator.veto or score.score >= part.points or not indicator.applies(score.town):
            continue
        if score.deductions:
            keys |= {(score.town, SOURCE_PART, score.part, d.reason) for d in score.deductions}
        else:
            keys.add((score.town, SOURCE_PART, score.part, (score.note or "").strip()))
    assert awards  # the demo year has inspection types
    return keys


def made_keys(year, entries):
    keys = set()
    for entry in entries:
        kind, _, rest = entry.source_key.partition("/")
        if entry.source == SOURCE_VETO:
            keys.add((entry.town, SOURCE_VETO, rest.split("/", 1)[1]))
        elif entry.source == SOURCE_INSPECTION:
            type_, round_, _ = rest.split("/", 2)
            keys.add((entry.town, SOURCE_INSPECTION, type_, int(round_) if round_ else None))
        else:
            part, reason = rest.split("/", 1)
            keys.add((entry.town, SOURCE_PART, part, reason))
    return keys


# --- made from the losses ----------------------------------------------------------------------

def test_every_veto_inspection_loss_and_deduction_reason_becomes_one_problem(example_year):
    made = problems_from_losses(example_year, year_losses(example_year, compute(example_year)), deadline="2024-06-30")
    assert made_keys(example_year, made) == expected_problem_keys(example_year)
    assert len(made) == len({(e.town, e.source_key) for e in made})
    assert all(e.status == OPEN and e.deadline == "2024-06-30" and e.requirement for e in made)
    towns = [t.code for t in example_year.towns]
    assert [towns.index(e.town) for e in made] == sorted(towns.index(e.town) for e in made)


def test_a_problem_names_what_was_lost_and_the_department_leads_a_parts_problem(example_year):
    year = dataclasses.replace(example_year, scores=(
        Score("T01", "I06", D("4.2"), (Deduction("危房改造台账不全", D("0.8")),)),
        Score("T02", "I06", D("4"), (), "入户核查有遗漏"),
        Score("T03", "I06", D("4.5"))), vetoes=(Veto("T04", "被市委通报批评"),),
        inspections=(Inspection("T05", example_year.inspection_types[0].code, 2, D("0.2"), "档案缺失"),))
    made = problems_from_losses(year, year_losses(year, compute(year)))
    described = {(e.town, e.source, e.description, e.lead_unit) for e in made if e.town in {"T01", "T02", "T03", "T04", "T05"}}
    kind = example_year.inspection_types[0].name
    assert described >= {
        ("T01", SOURCE_PART, "住房保障成果巩固：危房改造台账不全（扣0.8分）", "区住建委"),
        ("T02", SOURCE_PART, "住房保障成果巩固：入户核查有遗漏（失1分）", "区住建委"),
        ("T03", SOURCE_PART, "住房保障成果巩固失0.5分（责任单位未说明失分原因）", "区住建委"),
        ("T04", SOURCE_VETO, "一票否决：被市委通报批评", ""),
        ("T05", SOURCE_INSPECTION, f"{kind}第2轮被扣减0.2分：档案缺失", ""),
    }


def test_making_the_problems_again_adds_only_new_ones(ledger, store):
    first = ledger.generate(deadline="2024/6/30")
    assert first and all(entry.id is not None and entry.deadline == "2024-06-30" for entry in first)
    assert ledger.generate() == []
    session = YearSession(store, 2023)
    session.set_score("T01", "I06", None, [Deduction("新发现的问题", D("0.5"))])
    again = ledger.generate()
    assert [(e.town, e.description) for e in again] == [("T01", "住房保障成果巩固：新发现的问题（扣0.5分）")]
    assert len(ledger.entries()) == len(first) + 1
    assert [e["action"] for e in store.audit_entries(2023) if e["target"] == "rectifications"][-1] == "ledger_generate"
    with pytest.raises(LedgerError, match="“整改时限”中的“下月底”不是日期"):
        ledger.generate(deadline="下月底")


def test_a_closed_or_edited_problem_is_not_made_again(ledger):
    first = ledger.generate()
    ledger.update(first[0].id, description="改写后的问题描述", status=IN_PROGRESS)
    assert ledger.generate() == []


# --- by hand, edits and closing ------------------------------------------------------------------

def test_a_problem_entered_by_hand_is_checked_and_kept(ledger):
    entry = ledger.add("T02", "  村级档案不规范 ", source=SOURCE_VISIT, deadline="2024年5月1日", leader="张三",
                       lead_unit="区乡村振兴局", responsible_unit="晏家街道")
    assert ledger.entry(entry.id) == entry
    assert (entry.description, entry.deadline, entry.status) == ("村级档案不规范", "2024-05-01", OPEN)
    with pytest.raises(LedgerError, match="镇街 T99 不在本年度的镇街中"):
        ledger.add("T99", "某问题")
    with pytest.raises(LedgerError, match="问题描述不能为空"):
        ledger.add("T01", "   ")
    with pytest.raises(LedgerError, match="“整改时限”中的“下月底”不是日期"):
        ledger.add("T01", "某问题", deadline="下月底")
    assert [e.id for e in ledger.entries()] == [entry.id]


def test_closing_needs_the_completion_date_evidence_and_a_reviewer(ledger, store):
    entry = ledger.add("T03", "产业项目资料缺失")
    before = database_files(store.path)
    for evidence, reviewer, message in (("", "李四", "销号须有佐证材料"), ("补齐资料清单", " ", "销号须由核验人核验并署名")):
        with pytest.raises(LedgerError, match=message):
            ledger.close(entry.id, evidence, reviewer)
    with pytest.raises(LedgerError, match="销号须填写完成日期"):
        ledger.update(entry.id, status=CLOSED, evidence="补齐资料清单", reviewer="李四")
    assert database_files(store.path) == before
    closed = ledger.close(entry.id, "补齐资料清单，见附件", "李四", review_note="资料齐全，同意销号")
    assert (closed.status, closed.completed_on, closed.reviewer) == (CLOSED, "2024-03-01", "李四")
    assert ledger.entry(entry.id) == closed
    assert [e["action"] for e in store.audit_entries(2023) if e["target"] == "rectifications"][-1] == "ledger_close"


def test_an_edit_does_not_overwrite_what_another_window_changed_since(ledger, store):
    entry = ledger.add("T04", "饮水安全问题")
    other = RectificationLedger(Store(store.path), 2023)
    other.update(entry.id, based_on=entry, measures="更换管网")
    # a different field, from the stale view: both changes stay
    ledger.update(entry.id, based_on=entry, leader="王五")
    stored = ledger.entry(entry.id)
    assert (stored.measures, stored.leader) == ("更换管网", "王五")
    # the same field, from the stale view: refused, theirs kept
    with pytest.raises(LedgerConflictError, match="已在另一窗口中被修改"):
        ledger.update(entry.id, based_on=entry, measures="新建水厂")
    assert ledger.entry(entry.id).measures == "更换管网"
    other.remove([entry.id])
    with pytest.raises(LedgerConflictError, match="已被删除"):
        ledger.update(entry.id, based_on=entry, leader="赵六")
    other.store.close()


def test_only_the_ledgers_fields_may_be_edited(ledger):
    entry = ledger.add("T05", "某问题")
    with pytest.raises(LedgerError, match="不能修改的字段：id、source_key"):
        ledger.update(entry.id, id=9, source_key="x")


def test_a_letter_is_noted_on_the_towns_open_problems_it_sent(ledger):
    sent = ledger.add("T06", "问题一")
    closed = ledger.close(ledger.add("T06", "问题二").id, "已整改", "李四", completed_on="2024-02-01")
    elsewhere = ledger.add("T07", "问题三")
    assert ledger.record_letter("T06", "长乡振函〔2024〕6号", "2024-03-05") == 1
    assert (ledger.entry(sent.id).letter_number, ledger.entry(sent.id).letter_date) == ("长乡振函〔2024〕6号", "2024-03-05")
    assert ledger.entry(closed.id).letter_number is None and ledger.entry(elsewhere.id).letter_number is None
    assert ledger.record_letter("T06", "长乡振函〔2024〕9号", "2024-04-01") == 0  # already sent by the first
    assert [e.id for e in ledger.open_entries_of("T06")] == [sent.id]


# --- the clock ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("deadline, status, overdue, soon", [
    ("2024-02-29", OPEN, True, False), ("2024-03-01", OPEN, False, True), ("2024-03-08", TO_VERIFY, False, True),
    ("2024-03-09", OPEN, False, False), ("2024-02-01", CLOSED, False, False), (None, OPEN, False, False),
])
def test_overdue_and_due_within_seven_days_by_the_given_day(deadline, status, overdue, soon):
    entry = LedgerEntry("T01", SOURCE_MANUAL, "x", deadline=deadline, status=status)
    assert (is_overdue(entry, TODAY), is_due_soon(entry, TODAY)) == (overdue, soon)


def test_counts_per_town_and_status_with_the_overdue():
    entries = [LedgerEntry("T01", SOURCE_MANUAL, "a", deadline="2024-01-01"),
               LedgerEntry("T01", SOURCE_MANUAL, "b", status=CLOSED, deadline="2024-01-01"),
               LedgerEntry("T02", SOURCE_MANUAL, "c", status=IN_PROGRESS, deadline="2024-04-01")]
    counts = counts_by(entries, lambda e: e.town, TODAY)
    assert list(counts) == ["T01", "T02"]
    assert counts["T01"] == {OPEN: 1, IN_PROGRESS: 0, TO_VERIFY: 0, CLOSED: 1, "overdue": 1, "all": 2}
    assert counts["T02"] == {OPEN: 0, IN_PROGRESS: 1, TO_VERIFY: 0, CLOSED: 0, "overdue": 0, "all": 1}


@pytest.mark.parametrize("typed, iso", [("2024-6-30", "2024-06-30"), ("2024/06/30", "2024-06-30"),
                                        ("2024年6月30日", "2024-06-30"), (dt.date(2024, 6, 30), "2024-06-30"),
                                        ("", None), ("  ", None), (None, None)])
def test_a_date_is_kept_in_iso_form(typed, iso):
    assert iso_date(typed) == iso


def test_a_date_that_is_not_one_is_kept_as_typed_and_named():
    entry = with_changes(LedgerEntry("T01", SOURCE_MANUAL, "x"), deadline=" 2024-02-30 ")
    assert entry.deadline == "2024-02-30"
    assert [p.describe() for p in entry_problems(entry, ["T01"])] == ["“整改时限”中的“2024-02-30”不是日期（如 2024-06-30）"]


# --- with its year, its users and its trail ------------------------------------------------------------

def test_the_ledger_goes_on_after_the_year_is_finalised(ledger, store):
    entry = ledger.add("T08", "问题")
    session = YearSession(store, 2023)
    session.submit_departments([d.code for d in session.year.departments])
    session.finalise()
    assert session.finalised
    assert ledger.close(entry.id, "已整改", "李四").closed


def test_the_ledger_outlives_its_year_replaced_from_a_file_and_goes_with_the_deleted_year(ledger, store, example_year):
    made = ledger.generate()
    store.save_year(example_year, replace=True)
    assert [e.id for e in ledger.entries()] == [e.id for e in made]
    store.delete_year(2023)
    assert store.ledger(2023) == []


def test_a_department_operator_may_not_change_the_ledger(store):
    accounts = Accounts(store)
    accounts.create_first_administrator("admin", "考核办", "bureau-2024")
    accounts.add("zzb1", "组织部", "department", "zzb", "zzb-first-1")
    ledger = RectificationLedger(store, 2023)
    entry = ledger.add("T01", "问题")
    accounts.sign_out()
    accounts.sign_in("zzb1", "zzb-first-1")
    accounts.change_password("zzb-first-1", "zzb-second-2")
    before = database_files(store.path)
    for refusal in (lambda: ledger.generate(), lambda: ledger.add("T01", "x"), lambda: ledger.update(entry.id, leader="x"),
                    lambda: ledger.close(entry.id, "e", "r"), lambda: ledger.remove([entry.id]),
                    lambda: ledger.record_letter("T01", "1号", "2024-01-01")):
        with pytest.raises(PermissionDeniedError):
            refusal()
    assert database_files(store.path) == before
    assert ledger.entries() == [entry]  # reading is allowed


def test_every_ledger_change_is_in_the_trail_with_what_changed(ledger, store):
    entry = ledger.add("T09", "问题")
    ledger.update(entry.id, measures="措施")
    ledger.remove([entry.id])
    trail = [e for e in store.audit_entries(2023) if e["target"] == "rectifications"]
    assert [(e["action"], e["change"], e["key"]) for e in trail] == [
        ("ledger_add", "insert", f"T09#{entry.id}"), ("ledger_edit", "update", f"T09#{entry.id}"),
        ("ledger_remove", "delete", f"T09#{entry.id}")]
    assert json.loads(trail[1]["old_value"])["measures"] == "" and json.loads(trail[1]["new_value"])["measures"] == "措施"
    assert store.verify_audit() == []


def test_removed_problems_are_put_back_whole_in_one_change(ledger, store):
    made = ledger.generate(deadline="2024-06-30")[:3]
    ledger.update(made[0].id, measures="措施", leader="张三")
    kept = [ledger.entry(entry.id) for entry in made]
    ledger.remove([entry.id for entry in kept])
    trail = len(store.audit_entries(2023))
    back = ledger.restore(*kept)
    assert [(e.town, e.source_key, e.measures, e.leader) for e in back] == [
        (e.town, e.source_key, e.measures, e.leader) for e in kept]
    assert all(e.id > max(k.id for k in kept) for e in back)
    assert [ledger.entry(e.id) for e in back] == back
    added = store.audit_entries(2023)[trail:]
    assert {e["action"] for e in added} == {"ledger_add"} and len(added) == 3
    with pytest.raises(LedgerError, match="镇街 T99 不在本年度的镇街中"):
        ledger.restore(dataclasses.replace(kept[0], town="T99"))


def test_the_open_problems_are_listed_by_town_for_the_letters(ledger):
    first = ledger.add("T02", "问题一")
    second = ledger.add("T02", "问题二")
    third = ledger.add("T01", "问题三")
    ledger.close(second.id, "已整改", "李四")
    assert ledger.open_entries_by_town() == {"T01": [third], "T02": [first]}
    assert ledger.open_entries() == [third, first]  # town order


def test_several_towns_letters_are_noted_in_one_change(ledger, store):
    one, two = ledger.add("T01", "问题一"), ledger.add("T02", "问题二")
    other = ledger.add("T03", "问题三")
    trail = len(store.audit_entries(2023))
    assert ledger.record_letters({"T01": "1号", "T02": "2号"}, "2024年3月5日") == 2
    assert [(ledger.entry(e.id).letter_number, ledger.entry(e.id).letter_date) for e in (one, two, other)] == [
        ("1号", "2024-03-05"), ("2号", "2024-03-05"), (None, None)]
    assert {e["action"] for e in store.audit_entries(2023)[trail:]} == {"ledger_letter"}
    with pytest.raises(LedgerError, match="“反馈函日期”中的“不是日期”不是日期"):
        ledger.record_letters({"T03": "3号"}, "不是日期")
    assert ledger.record_letters({}, "2024-03-05") == 0


def test_closing_keeps_a_blank_review_note_and_respects_what_was_shown(ledger):
    entry = ledger.add("T04", "问题")
    stale = entry
    ledger.update(entry.id, evidence="另一窗口写的佐证")
    with pytest.raises(LedgerConflictError):
        ledger.close(entry.id, "本窗口的佐证", "李四", based_on=stale)
    closed = ledger.close(entry.id, "本窗口的佐证", "李四", based_on=ledger.entry(entry.id))
    assert (closed.review_note, closed.evidence) == ("", "本窗口的佐证")
    other = ledger.close(ledger.add("T04", "问题二").id, "佐证", "李四", review_note="同意销号")
    assert other.review_note == "同意销号"


def test_a_problems_source_key_names_its_loss_and_not_its_place(example_year):
    kind = example_year.inspection_types[0].code
    veto_indicator = next(i.code for i in example_year.indicators if i.veto)
    year = dataclasses.replace(example_year, vetoes=(Veto("T01", "原因甲", indicator=veto_indicator), Veto("T02", "原因乙")),
                               inspections=(Inspection("T03", kind, None, D("0.2")), Inspection("T04", kind, 2, D("0.1"), "档案缺失")))
    made = problems_from_losses(year, year_losses(year, compute(year)))
    keys = {(e.town, e.source_key) for e in made if e.source in (SOURCE_VETO, SOURCE_INSPECTION)}
    assert keys == {("T01", f"veto/{veto_indicator}/原因甲"), ("T02", "veto//原因乙"),
                    ("T03", f"inspection/{kind}//"), ("T04", f"inspection/{kind}/2/档案缺失")}


def test_the_letter_fields_may_be_set_and_nothing_else_beyond_the_form(ledger):
    entry = ledger.add("T01", "问题")
    updated = ledger.update(entry.id, letter_number="1号", letter_date="2024-03-05")
    assert (updated.letter_number, updated.letter_date) == ("1号", "2024-03-05")


def test_a_problem_of_a_town_the_year_no_longer_has_comes_last(ledger, store, example_year):
    ledger.add("T01", "问题一")
    store.add_ledger_entries(2023, [LedgerEntry("T99", SOURCE_MANUAL, "已撤并镇街的问题")])
    ledger.add("T02", "问题二")
    assert [e.town for e in ledger.entries()] == ["T01", "T02", "T99"]


def test_the_store_says_whether_an_entry_was_there_to_update(store):
    (entry_id,) = store.add_ledger_entries(2023, [LedgerEntry("T01", SOURCE_MANUAL, "问题")])
    assert store.update_ledger_entry(2023, entry_id, {"leader": "张三"}) is True
    assert store.update_ledger_entry(2023, entry_id + 1000, {"leader": "张三"}) is False
    assert store.delete_ledger_entries(2023, [entry_id, entry_id + 1000]) == 1


def test_every_entry_of_a_status_is_counted():
    entries = [LedgerEntry("T01", SOURCE_MANUAL, text) for text in "abc"]
    assert counts_by(entries, lambda e: e.town, TODAY)["T01"][OPEN] == 3


def test_a_follow_up_is_something_if_any_of_its_parts_is():
    from desktop_app.domain.follow_up import EvidenceFile, FollowUp

    entry = LedgerEntry("T01", SOURCE_MANUAL, "a")
    appeal = object()
    evidence = EvidenceFile("ledger:1", "a.pdf", b"%PDF", "0" * 64, "admin", "2024-01-01T00:00:00")
    assert not FollowUp((), (), ())
    assert FollowUp((entry,), (), ()) and FollowUp((), (appeal,), ()) and FollowUp((), (), (evidence,))


def test_the_store_takes_only_the_ledgers_own_fields(ledger, store):
    entry = ledger.add("T01", "问题")
    with pytest.raises(AssertionError):
        store.update_ledger_entry(2023, entry.id, {"description": "改", "password_hash": "x"})
    assert ledger.entry(entry.id).description == "问题"


def test_the_digest_kept_in_exported_workbooks_stays_the_same_from_version_to_version():
    """A workbook exported before an update is read back after it: the digest of an entry, Chinese
    text included, must come out as it did (sha256 of its fields as UTF-8 JSON, 16 hex digits)."""
    from desktop_app.domain.ledger import LedgerEntry, entry_fingerprint

    entry = LedgerEntry(town="T01", source="manual", description="村务公开栏未更新", deadline="2024-06-30")
    assert entry_fingerprint(entry) == "d33d52b202a6428c"
    assert entry_fingerprint(dataclasses.replace(entry, letter_number="长乡振函〔2024〕1号")) != "d33d52b202a6428c"


def test_each_loss_becomes_one_problem_worded_as_a_letter_words_it(example_year):
    """A veto with its indicator or without, an inspection round with its note or a check without
    either, a deduction (the same reason twice in a part gives one problem), a note, a bare loss."""
    from desktop_app.domain.ledger import problems_from_losses
    from desktop_app.domain.losses import year_losses
    from desktop_app.domain.model import Inspection

    year = dataclasses.replace(
        example_year,
        vetoes=(Veto("T01", "发生规模性返贫", indicator="I16"), Veto("T02", "发现“应纳未纳”情形")),
        inspections=(Inspection("T01", "R1", round=2, deducted=D("0.3"), note="台账不全"),
                     Inspection("T02", "R3", deducted=D("0.5"))),
        scores=tuple(s for s in example_year.scores if s.town not in ("T01", "T02") or s.part != "I03") + (
            Score("T01", "I03", D("3"), (Deduction("档案缺失", D("1")), Deduction("档案缺失", D("1")))),
            Score("T02", "I03", D("4"), note=" 进度慢 ")))
    year = dataclasses.replace(year, scores=tuple(s for s in year.scores if s.town in ("T01", "T02")
                                                  and (s.part == "I03" or s.score == next(
                                                      p.points for _, p in year.parts() if p.code == s.part))))
    made = problems_from_losses(year, year_losses(year, compute(year)))
    names = {i.code: i.name for i in year.indicators}
    department = {d.code: d.name for d in year.departments}[next(p.department for _, p in year.parts() if p.code == "I03")]
    assert [(e.town, e.source, e.description, e.lead_unit) for e in made] == [
        ("T01", SOURCE_VETO, f"一票否决（{names['I16']}）：发生规模性返贫", ""),
        ("T01", SOURCE_INSPECTION, "市级专项督查第2轮被扣减0.3分：台账不全", ""),
        ("T01", SOURCE_PART, f"{names['I03']}：档案缺失（扣1分）", department),
        ("T02", SOURCE_VETO, "一票否决：发现“应纳未纳”情形", ""),
        ("T02", SOURCE_INSPECTION, "市级第三方评估被扣减0.5分", ""),
        ("T02", SOURCE_PART, f"{names['I03']}：进度慢（失1分）", department),
    ]
    assert [e.source_key for e in made] == [
        "veto/I16/发生规模性返贫", "inspection/R1/2/台账不全", "part/I03/档案缺失",
        "veto//发现“应纳未纳”情形", "inspection/R3//", "part/I03/进度慢"]


def test_a_text_of_the_longest_length_is_taken_and_a_fault_is_worded_in_the_ledgers_context():
    from desktop_app.domain.ledger import CONTEXT, MAX_TEXT, LedgerEntry, entry_problems

    entry = LedgerEntry(town="T01", source="manual", description="问" * MAX_TEXT)
    assert entry_problems(entry, ["T01"]) == []
    problems = entry_problems(dataclasses.replace(entry, measures="措" * (MAX_TEXT + 1)), ["T01"])
    assert [(p.template, p.context) for p in problems] == [("“{field}”超过 {limit} 个字，请精简", CONTEXT)]
