"""The state of a year: draft until every condition holds, official, finalised and read-only."""
import dataclasses
import json
from decimal import Decimal

import pytest
from conftest import EXAMPLE, database_files, run_cli_in_process

from desktop_app.domain.model import Bonus
from desktop_app.domain.scoring import compute
from desktop_app.domain.status import DRAFT, FINALISED, MISSING, OFFICIAL, SUBMISSION, fingerprint, year_state
from desktop_app.excel.returned import read_returned_sheet
from desktop_app.excel.template import write_department_template
from desktop_app.services import EntryError, FinalisedError, YearService, YearSession
from desktop_app.services.sheets import apply_sheet
from desktop_app.storage import Store

D = Decimal


def everyone(year):
    return {d.code: "2024-05-01T09:00:00" for d in year.departments}


# --- the core decides -----------------------------------------------------------------

def test_a_complete_valid_year_with_every_sheet_submitted_is_official(example_year):
    result = compute(example_year)
    state = year_state(example_year, result, everyone(example_year))
    assert state.state == OFFICIAL and state.official and state.failing == ()


def test_each_unsubmitted_department_is_named(example_year):
    submitted = everyone(example_year)
    del submitted["zjw"]
    state = year_state(example_year, compute(example_year), submitted)
    assert state.state == DRAFT and not state.official
    assert [(f.about, f.department, f.problem.render()) for f in state.failing] == [
        (SUBMISSION, "zjw", "区住建委尚未提交打分表")]
    waived = year_state(example_year, compute(example_year), submitted, {"zjw": "部门撤并，由局里统一报送"})
    assert waived.state == OFFICIAL and waived.waived == (("zjw", "部门撤并，由局里统一报送"),)


def test_lowering_a_parts_points_below_stored_scores_makes_a_draft_naming_each_score(example_year):
    indicator = next(i for i in example_year.indicators if i.parts[0].code == "I06")
    part = indicator.parts[0]
    lowered = dataclasses.replace(indicator, parts=(dataclasses.replace(part, points=D(4)),))
    year = dataclasses.replace(example_year, indicators=tuple(lowered if i is indicator else i for i in example_year.indicators))
    over = [s for s in year.scores if s.part == "I06" and s.score > 4]
    assert over
    state = year_state(year, compute(year), everyone(year))
    assert state.state == DRAFT
    scores = [f for f in state.failing if f.part == "I06" and "超出范围" in f.problem.render()]
    assert {f.town for f in scores} == {s.town for s in over}


def test_a_missing_score_names_the_town_and_the_part(example_year):
    year = dataclasses.replace(example_year, scores=tuple(s for s in example_year.scores if (s.town, s.part) != ("T03", "I01")))
    state = year_state(year, compute(year), everyone(year))
    missing = [f for f in state.failing if f.about == MISSING]
    assert [(f.town, f.part) for f in missing] == [("T03", "I01")]
    assert missing[0].problem.render() == "江南街道还有 1 项未打分（I01）"


def test_an_invalid_scheme_is_a_draft(example_year):
    category = dataclasses.replace(example_year.categories[0], points=D(11))
    year = dataclasses.replace(example_year, categories=(category, *example_year.categories[1:]))
    state = year_state(year, compute(year), everyone(year))
    assert state.state == DRAFT and any("分值为 11" in f.problem.render() for f in state.failing)


def test_the_fingerprint_follows_every_change_and_a_changed_finalised_year_is_no_longer_final(example_year):
    result = compute(example_year)
    print_ = fingerprint(example_year, result)
    assert len(print_) == 14 and print_.count("-") == 2
    assert fingerprint(example_year, result) == print_  # the same data, the same fingerprint
    noted = dataclasses.replace(example_year, scores=(example_year.scores[0]._replace(note="复核"), *example_year.scores[1:]))
    assert fingerprint(noted, compute(noted)) != print_
    issued = dataclasses.replace(example_year, issuer={**example_year.issuer, "doc_number": "长委办发〔2024〕9号"})
    assert fingerprint(issued, result) != print_
    finalised = year_state(example_year, result, everyone(example_year), finalised=("2024-06-01T10:00:00", print_))
    assert finalised.state == FINALISED and finalised.finalised_at == "2024-06-01T10:00:00"
    assert finalised.failing == () and finalised.official
    tampered = year_state(noted, compute(noted), everyone(noted), finalised=("2024-06-01T10:00:00", print_))
    assert tampered.state == DRAFT and "数据与审定时不一致" in tampered.failing[0].problem.render()
    # With other conditions failing too, the changed data is still named first.
    unsent = dict(list(everyone(noted).items())[1:])
    tampered_unsent = year_state(noted, compute(noted), unsent, finalised=("2024-06-01T10:00:00", print_))
    assert len(tampered_unsent.failing) == 2 and tampered_unsent.failing[0].about == "changed"


# --- finalising in the services ---------------------------------------------------------

@pytest.fixture
def session(tmp_path, example_year):
    with Store(tmp_path / "s.db") as store:
        store.save_year(example_year)
        yield YearSession(store, 2023)


def submit_all(session):
    for department in session.year.departments:
        session.submit_department(department.code)


def test_the_fingerprint_of_the_cached_year_is_that_of_the_stored_one(session):
    """A score written moves to the end of the cached year's list but keeps its row in the
    database: the fingerprint must not depend on that order."""
    session.set_bonuses(session.year.bonuses[1:])
    session.set_score("T01", "I01", "2.5")
    cached, stored = session.year, session.store.load_year(2023, use_cache=False)
    assert cached.scores != stored.scores and set(cached.scores) == set(stored.scores)
    assert fingerprint(cached, compute(cached)) == fingerprint(stored, compute(stored))


def test_a_draft_year_cannot_be_finalised_and_says_why(session):
    with pytest.raises(EntryError) as raised:
        session.finalise()
    assert "尚有 11 项条件未满足" in raised.value.describe() and "区住建委尚未提交打分表" in raised.value.describe()
    assert session.state().state == DRAFT


def test_a_finalised_year_refuses_every_change_and_stays_byte_for_byte_the_same(session, tmp_path):
    submit_all(session)
    state = session.finalise()
    assert state.state == FINALISED
    store = session.store
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    # the -shm file is the WAL's index in shared memory: reading moves it, the data lives in the others
    stored = lambda: {name: data for name, data in database_files(store.path).items() if not name.endswith("-shm")}  # noqa: E731
    before = stored()
    year = session.year
    template = tmp_path / "zjw.xlsx"
    write_department_template(year, "zjw", template, include_scores=True)
    sheet = read_returned_sheet(template)
    changes = [
        lambda: session.set_score("T01", "I06", "1"),
        lambda: session.set_scores([year.scores[0]._replace(score=D("1"))]),
        lambda: session.clear_scores([("T01", "I06")]),
        lambda: session.set_bonuses(year.bonuses + (Bonus("T01", "B01"),)),
        lambda: session.set_inspections(year.inspections[1:]),
        lambda: session.set_vetoes(()),
        lambda: session.set_issuer({**year.issuer, "doc_number": "另一个文号"}),
        lambda: session.update_scheme(dataclasses.replace(year, title="改过的标题")),
        lambda: session.reopen_department("zjw"),
        lambda: session.waive_department("zjw", "理由"),
        lambda: apply_sheet(session, sheet),
        lambda: YearService(store).import_year(year, replace=True),
    ]
    for change in changes:
        with pytest.raises(FinalisedError, match="已审定"):
            change()
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert stored() == before and len(before["s.db"]) > 100_000
    assert session.state().state == FINALISED


def test_finalised_says_whether_the_year_is_finalised_without_the_whole_state(session, tmp_path, example_year):
    assert session.finalised() is False
    submit_all(session)
    session.finalise()
    assert session.finalised() is True
    when, frozen = session.store.finalisation(2023)
    assert frozen == session.state().fingerprint and when[:4].isdigit() and when[4] == "-" and "T" in when
    other = dataclasses.replace(example_year, year=2024, title="2024 年度")
    session.store.save_year(other)  # another year of the same database is not finalised by this one
    assert YearSession(session.store, 2024).finalised() is False
    session.reopen("复核")
    assert session.finalised() is False


def test_reopening_takes_a_reason_and_keeps_it_with_the_year(session):
    submit_all(session)
    session.finalise()
    with pytest.raises(EntryError, match="说明理由"):
        session.reopen("  ")
    session.reopen("区委要求复核龙河镇督查扣分")
    assert session.state().state == OFFICIAL
    session.reopen_department("zjw")  # editable again
    session.set_score("T01", "I06", "4")
    assert [(kind, reason) for _, kind, reason in session.store.year_events(2023)] == [
        ("finalised", None), ("reopened", "区委要求复核龙河镇督查扣分")]


def test_a_department_counted_without_submission_needs_a_reason(session):
    with pytest.raises(EntryError, match="须说明理由"):
        session.waive_department("zjw", "")
    with pytest.raises(EntryError, match="没有编码为 nope 的部门"):
        session.waive_department("nope", "理由")
    session.waive_department("zjw", "该部门本年度并入区住建委")
    assert dict(session.state().waived) == {"zjw": "该部门本年度并入区住建委"}
    assert "zjw" in session.submitted()  # its sheet is locked like a submitted one
    with pytest.raises(EntryError, match="已提交"):
        session.set_score("T01", "I06", "4")


# --- the command line ------------------------------------------------------------------

def test_status_submit_finalise_and_reopen_from_the_command_line(tmp_path):
    db = tmp_path / "c.db"
    assert run_cli_in_process("import", EXAMPLE, "--db", db).returncode == 0
    status = run_cli_in_process("status", "--year", 2023, "--db", db, "--format", "json")
    assert status.returncode == 0, status.stderr
    state = json.loads(status.stdout)
    assert state["state"] == "draft" and len(state["failing"]) == 11
    assert {f["department"] for f in state["failing"]} >= {"zjw", "ybj"}
    refused = run_cli_in_process("finalise", "--year", 2023, "--db", db)
    assert refused.returncode == 2 and "还不能审定" in refused.stderr
    assert run_cli_in_process("submit", "--year", 2023, "--all", "--db", db).returncode == 0
    assert json.loads(run_cli_in_process("status", "--year", 2023, "--db", db, "--format", "json").stdout)["state"] == "official"
    finalised = run_cli_in_process("finalise", "--year", 2023, "--db", db)
    assert finalised.returncode == 0 and "已审定" in finalised.stdout and state["fingerprint"] in finalised.stdout
    before = database_files(db)
    replaced = run_cli_in_process("import", EXAMPLE, "--db", db, "--replace")
    assert replaced.returncode == 2 and "已审定" in replaced.stderr
    assert database_files(db) == before
    assert run_cli_in_process("reopen", "--year", 2023, "--db", db, "--reason", "").returncode == 2
    reopened = run_cli_in_process("reopen", "--year", 2023, "--db", db, "--reason", "复核")
    assert reopened.returncode == 0, reopened.stderr
    assert json.loads(run_cli_in_process("status", "--year", 2023, "--db", db, "--format", "json").stdout)["state"] == "official"
    back = run_cli_in_process("reopen-department", "--year", 2023, "--db", db, "--department", "zjw")
    assert back.returncode == 0
    assert json.loads(run_cli_in_process("status", "--year", 2023, "--db", db, "--format", "json").stdout)["state"] == "draft"


def test_submitting_every_sheet_at_once_is_all_or_nothing(session):
    session.clear_scores([("T01", "I06")])
    with pytest.raises(EntryError) as raised:
        session.submit_departments([d.code for d in session.year.departments])
    assert "区住建委还有 1 项未打分" in raised.value.describe()
    assert session.submitted() == {}
    session.set_score("T01", "I06", "4")
    session.submit_departments([d.code for d in session.year.departments])
    assert set(session.submitted()) == {d.code for d in session.year.departments}


# --- what the state says, exactly ---------------------------------------------------------

def test_the_fingerprint_of_the_reference_year_is_stable_across_versions(example_year):
    """Printed on sealed notices: the same data must give the same fingerprint after an upgrade."""
    assert fingerprint(example_year, compute(example_year)) == "3CF1-0F53-5B5C"


def test_the_fingerprint_covers_the_scheme_the_notice_settings_and_the_results(example_year):
    result = compute(example_year)
    base = fingerprint(example_year, result)
    renamed = dataclasses.replace(example_year, towns=(dataclasses.replace(example_year.towns[0], name="新名"),
                                                        *example_year.towns[1:]))
    assert fingerprint(renamed, compute(renamed)) != base
    reordered = dataclasses.replace(example_year, issuer=dict(reversed(list(example_year.issuer.items()))))
    assert fingerprint(reordered, result) == base  # the same settings, whatever their order
    numbered = dataclasses.replace(example_year, issuer={**example_year.issuer, "seal_mm": D("42")})
    assert fingerprint(numbered, result) != base  # any value, not only text
    other_result = dataclasses.replace(result, rows=result.rows[1:] + result.rows[:1])
    assert fingerprint(example_year, other_result) != base


def test_each_condition_says_what_it_is_about_and_where(example_year):
    category = dataclasses.replace(example_year.categories[0], points=D(11))
    bad_score = example_year.scores[0]._replace(score=D(99))
    bonus = dataclasses.replace(example_year.bonuses[0], count=0)
    year = dataclasses.replace(example_year, categories=(category, *example_year.categories[1:]),
                               scores=(bad_score, *example_year.scores[1:]), bonuses=(bonus, *example_year.bonuses[1:]))
    state = year_state(year, compute(year), everyone(year))
    about = {(f.about, f.town, f.part) for f in state.failing}
    assert ("scheme", None, None) in about
    assert ("entry", bad_score.town, bad_score.part) in about
    assert ("entry", None, None) in about  # the bonus record
    score = next(f for f in state.failing if f.part == bad_score.part and f.town == bad_score.town)
    town_name = next(t.name for t in year.towns if t.code == bad_score.town)
    assert town_name in score.problem.render()  # named, not coded


def test_missing_parts_are_listed_up_to_six_then_counted(example_year):
    parts = [p.code for i, p in example_year.parts() if not i.veto and i.applies("T01")]
    for count, ellipsis in ((6, False), (7, True)):
        gone = set(parts[:count])
        year = dataclasses.replace(example_year, scores=tuple(
            s for s in example_year.scores if not (s.town == "T01" and s.part in gone)))
        missing = next(f for f in year_state(year, compute(year), everyone(year)).failing if f.about == MISSING)
        text = missing.problem.render()
        assert text.startswith(f"凤城街道还有 {count} 项未打分（{'、'.join(parts[:6])}")
        assert text.endswith("……）") == ellipsis
        assert missing.problem.context == "Status"


def test_a_changed_finalised_year_keeps_its_details_and_says_so_first(example_year):
    result = compute(example_year)
    then = fingerprint(example_year, result)
    noted = dataclasses.replace(example_year, scores=(example_year.scores[0]._replace(note="改"), *example_year.scores[1:]))
    submitted = everyone(noted)
    del submitted["zjw"]
    state = year_state(noted, compute(noted), submitted, {"zjw": "理由"}, finalised=("2024-06-01T10:00:00", then))
    assert state.state == DRAFT and state.fingerprint == fingerprint(noted, compute(noted))
    assert state.waived == (("zjw", "理由"),) and state.finalised_at == "2024-06-01T10:00:00"
    assert state.failing[0].about == "changed" and state.failing[0].problem.context == "Status"
    assert state.failing[0].problem.params == {"then": then, "now": state.fingerprint}


def test_submission_conditions_are_in_department_order_with_their_context(example_year):
    state = year_state(example_year, compute(example_year), {})
    submissions = [f for f in state.failing if f.about == SUBMISSION]
    assert [f.department for f in submissions] == [d.code for d in example_year.departments]
    assert {f.problem.context for f in submissions} == {"Status"}


def test_the_state_follows_a_submission_made_behind_the_session(session):
    year = session.year
    assert session.state().state == DRAFT
    for department in year.departments:  # straight to the store, not through the session
        session.store.set_department_submitted(2023, department.code, True)
    assert session.state().state == OFFICIAL
    session.store.set_department_submitted(2023, "zjw", False)
    assert session.state().state == DRAFT


def test_progress_of_a_department_the_year_does_not_know(session, example_year):
    from desktop_app.domain.progress import department_counts
    from desktop_app.services import STATUS_EMPTY

    assert session.department_progress("nope") == (STATUS_EMPTY, 0, 0)
    indicator = example_year.indicators[0]
    dangling = dataclasses.replace(indicator, parts=(dataclasses.replace(indicator.parts[0], department="DX"),))
    year = dataclasses.replace(example_year, indicators=(dangling, *example_year.indicators[1:]))
    counts = department_counts(year, compute(year))
    assert counts["DX"] == (len(year.towns), len(year.towns))


def test_a_refused_score_names_one_problem(session):
    with pytest.raises(EntryError) as raised:
        session.set_score("T01", "I06", "7.555")  # too many decimals and above the points
    assert len(raised.value.problems) == 1


def test_the_state_follows_a_score_edit(session):
    before = len(session.state().failing)
    session.clear_scores([("T01", "I06")])
    assert len(session.state().failing) == before + 1
    session.set_score("T01", "I06", "4")
    assert len(session.state().failing) == before


def test_a_departments_sheet_is_final_once_submitted_with_scores_that_fit(example_year):
    result = compute(example_year)
    none = year_state(example_year, result, {})
    assert [f.department for f in none.sheet_failing(example_year, "mzj")] == ["mzj"]
    state = year_state(example_year, result, {"mzj": "x"})
    assert state.sheet_failing(example_year, "mzj") == []
    part = next(p for _, p in example_year.parts() if p.department == "mzj")
    bad = next(s for s in example_year.scores if s.part == part.code)._replace(score=D(99))
    year = dataclasses.replace(example_year, scores=tuple(bad if (s.town, s.part) == (bad.town, bad.part) else s
                                                          for s in example_year.scores))
    unfit = year_state(year, compute(year), {"mzj": "x"})
    assert {(f.town, f.part) for f in unfit.sheet_failing(year, "mzj")} == {(bad.town, bad.part)}
    assert unfit.sheet_failing(year, "zjw") == [f for f in unfit.failing if f.department == "zjw"]
    finalised = year_state(example_year, result, everyone(example_year),
                           finalised=("2024-06-01T10:00:00", fingerprint(example_year, result)))
    assert finalised.sheet_failing(example_year, "mzj") == []


def test_a_notice_number_of_another_year_is_refused_by_the_service(tmp_path, example_year):
    from desktop_app.documents.names import DocumentError
    from desktop_app.services import create_year

    with Store(tmp_path / "n.db") as store:
        store.save_year(example_year)
        create_year(store, example_year, 2024)
        service = YearService(store)
        with pytest.raises(DocumentError, match="已用于 2023 年度的通报"):
            service.refuse_doc_number_used_elsewhere("长委办发〔2024〕1号", 2024)
        service.refuse_doc_number_used_elsewhere("长委办发〔2024〕1号", 2023)  # its own number
        service.refuse_doc_number_used_elsewhere("", 2024)
        assert store.doc_numbers() == {2023: "长委办发〔2024〕1号"}
        YearSession(store, 2024).set_issuer({"doc_number": "XXXX"})
        assert service.doc_number_used_elsewhere("", 2023) is None  # no number is nobody's number


def test_a_register_problem_of_any_kind_is_about_the_entries(example_year):
    inspection = dataclasses.replace(example_year.inspections[0], deducted=D("-1"))
    veto = dataclasses.replace(example_year.vetoes[0], indicator="I99")
    year = dataclasses.replace(example_year, inspections=(inspection, *example_year.inspections[1:]),
                               vetoes=(veto, *example_year.vetoes[1:]))
    state = year_state(year, compute(year), everyone(year))
    assert {f.about for f in state.failing} == {"entry"}
    assert len(state.failing) == 2


def test_status_names_the_losses_the_letters_cannot_explain(tmp_path, example_year):
    from desktop_app.domain.losses import unexplained, year_losses
    from desktop_app.domain.scoring import compute

    db = tmp_path / "u.db"
    assert run_cli_in_process("import", EXAMPLE, "--db", db).returncode == 0
    expected = unexplained(year_losses(example_year, compute(example_year)))
    assert len(expected) > 5  # the demo year's departments left many losses without a reason
    state = json.loads(run_cli_in_process("status", "--year", 2023, "--db", db, "--format", "json").stdout)
    rows = state["unexplained_losses"]
    assert len(rows) == sum(len(items) for items in expected.values())
    assert {row["town"] for row in rows} == set(expected)
    first = expected["T06"][0]
    assert {"town": "T06", "part": first.part, "department": first.department, "points": str(first.points)} in rows
    text = run_cli_in_process("status", "--year", 2023, "--db", db).stdout
    assert f"反馈函中有 {len(expected)} 个镇街的 {len(rows)} 项失分未说明原因" in text
    assert "  - 八颗街道：教育保障成果巩固（区教委）失分0.19分" in text
