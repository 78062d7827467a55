"""Two writers on one database: no committed change is undone, no read mixes two versions."""
from __future__ import annotations

import dataclasses
import json
import multiprocessing
import random
import time
from decimal import Decimal

import pytest

from desktop_app.domain.model import Bonus, Deduction, Score
from desktop_app.services import ConflictError, YearSession
from desktop_app.services import session as session_module
from desktop_app.storage import DatabaseBusyError, Store


@pytest.fixture
def database(fresh_database):
    return fresh_database


def _score(path, town, part):
    with Store(path) as store:
        return next((s for s in store.load_year(2023, use_cache=False).scores if (s.town, s.part) == (town, part)), None)


def test_a_register_change_worked_out_while_another_process_scores_does_not_undo_that_score(database, monkeypatch):
    """The other process's write comes while this one checks its change: with the year read
    inside the write lock it has to wait (and here gives up), never to be undone afterwards."""
    with Store(database) as mine, Store(database, busy_timeout=0.2) as theirs:
        session = YearSession(mine, 2023)
        session.year  # cached, as in an open window
        outcome = {}
        real_validate = session_module.validate

        def validate_while_the_other_writes(year):
            if not outcome:
                try:
                    YearSession(theirs, 2023).set_score("T01", "I01", "1.5")
                    outcome["theirs"] = "stored"
                except DatabaseBusyError:
                    outcome["theirs"] = "refused"
            return real_validate(year)

        monkeypatch.setattr(session_module, "validate", validate_while_the_other_writes)
        added = Bonus("T02", "B01", 1, None, "新的表彰", "2023-09-01")
        session.set_bonuses(session.year.bonuses + (added,))
    assert outcome == {"theirs": "refused"}  # it waited for this write and was told so
    with Store(database) as store:
        stored = store.load_year(2023, use_cache=False)
    assert added in stored.bonuses
    assert _score(database, "T01", "I01").score == Decimal("3.0")


def test_a_scheme_edit_from_an_older_view_keeps_the_scores_entered_meanwhile(database):
    with Store(database) as window, Store(database) as command_line:
        session = YearSession(window, 2023)
        before = session.year
        after = dataclasses.replace(before, title="改过标题的年度")
        YearSession(command_line, 2023).set_score("T01", "I01", "1.5")  # while the window's dialog was open
        session.update_scheme(after, before)
        stored = YearSession(command_line, 2023).year
    assert stored.title == "改过标题的年度"
    assert _score(database, "T01", "I01").score == Decimal("1.5")


def test_two_edits_of_the_same_thing_from_one_view_refuse_the_second_and_keep_the_first(database):
    with Store(database) as window, Store(database) as other:
        session, elsewhere = YearSession(window, 2023), YearSession(other, 2023)
        before = session.year
        elsewhere.update_scheme(dataclasses.replace(before, title="另一处的标题"), before)
        with pytest.raises(ConflictError) as refused:
            session.update_scheme(dataclasses.replace(before, title="这里的标题"), before)
        theirs = Bonus("T03", "B02", 1, None, "另一处登记", None)
        elsewhere.set_bonuses(before.bonuses + (theirs,), before)
        with pytest.raises(ConflictError):
            session.set_bonuses(before.bonuses[1:], before)  # a removal decided on the older list
        # The same change made on both sides is no conflict; a field nobody else touched goes through.
        session.update_scheme(dataclasses.replace(before, title="另一处的标题"), before)
        session.set_vetoes(before.vetoes[:-1], before)
        stored = YearSession(Store(database), 2023).year
    assert "另一处" in str(refused.value)
    assert stored.title == "另一处的标题"
    assert stored.bonuses == before.bonuses + (theirs,)
    assert stored.vetoes == before.vetoes[:-1]


def test_a_whole_year_read_is_one_committed_state(database):
    """A score and its deductions live in two tables; a read between the two halves of
    another process's write must see both or neither."""
    with Store(database) as reader, Store(database) as writer:
        reader.load_year(2023)
        original = reader._load_year
        events = []

        def load_with_a_write_in_the_middle(year_id):
            # Another connection commits while this read is under way: the read must not see it.
            writer.set_score(2023, Score("T01", "I01", Decimal("2"), (Deduction("台账不全", Decimal("1")),)))
            events.append("written")
            return original(year_id)

        reader._load_year = load_with_a_write_in_the_middle
        first = reader.load_year(2023, use_cache=False)
        reader._load_year = original
        second = reader.load_year(2023)
    assert events == ["written"]
    assert next(s for s in first.scores if (s.town, s.part) == ("T01", "I01")).score == Decimal("3.0")
    assert next(s for s in second.scores if (s.town, s.part) == ("T01", "I01")).deductions == (
        Deduction("台账不全", Decimal("1")),)


# --- two processes at random ------------------------------------------------------------

CELLS = [("T%02d" % town, part) for town in range(1, 8) for part in ("I01", "I02")]
POINTS = {"I01": Decimal("3"), "I02": Decimal("2")}
MINIMUM = 10  # changes each process makes at least, however slow the machine (or an instrumented run)


def _score_writer(path, seconds, seed, log_path):
    """Scores with deductions that must add up (points − Σ deductions): a read that mixed the
    scores table of one version with the deductions of another would break the sum."""
    rng = random.Random(seed)
    log = []
    with Store(path, busy_timeout=10) as store:
        session = YearSession(store, 2023)
        end = time.monotonic() + seconds
        while time.monotonic() < end or (len(log) < MINIMUM and time.monotonic() < end + 30):
            town, part = rng.choice(CELLS)
            lost = Decimal(rng.randint(0, int(POINTS[part] * 4))) / 4
            if lost:
                session.set_score(town, part, None, deductions=(Deduction(f"扣分{lost}", lost),))
            else:
                session.set_score(town, part, POINTS[part], deductions=())
            log.append([town, part, str(POINTS[part] - lost)])
    log_path.write_text(json.dumps(log), encoding="utf-8")


def _register_writer(path, seconds, seed, log_path):
    rng = random.Random(seed)
    log = []
    with Store(path, busy_timeout=10) as store:
        session = YearSession(store, 2023)
        end = time.monotonic() + seconds
        n = 0
        while time.monotonic() < end or (len(log) < MINIMUM and time.monotonic() < end + 30):
            n += 1
            bonuses = session.year.bonuses
            if bonuses and rng.random() < 0.4:
                bonuses = bonuses[:rng.randrange(len(bonuses))] + bonuses[rng.randrange(len(bonuses)) + 1:]
            else:
                bonuses += (Bonus(rng.choice(CELLS)[0], "B05", 1, None, f"登记{n}", None),)
            session.set_bonuses(bonuses)
            log.append([[b.town, b.type, b.evidence] for b in session.year.bonuses])
    log_path.write_text(json.dumps(log), encoding="utf-8")


def _reader(path, seconds, log_path):
    reads, broken = 0, []
    with Store(path, busy_timeout=10) as store:
        end = time.monotonic() + seconds
        while time.monotonic() < end or (reads < MINIMUM and time.monotonic() < end + 30):
            year = store.load_year(2023)
            reads += 1
            for score in year.scores:
                if score.deductions and (score.town, score.part) in POINTS.keys() | set(CELLS):
                    if score.score != POINTS[score.part] - sum(d.points for d in score.deductions):
                        broken.append([score.town, score.part, str(score.score)])
    log_path.write_text(json.dumps({"reads": reads, "broken": broken}), encoding="utf-8")


def test_two_processes_writing_at_random_lose_nothing_and_a_reader_never_sees_a_mix(database, tmp_path):
    seconds = 3.0
    context = multiprocessing.get_context("fork")
    logs = {name: tmp_path / f"{name}.json" for name in ("scores", "registers", "reads")}
    processes = [
        context.Process(target=_score_writer, args=(database, seconds, 1, logs["scores"])),
        context.Process(target=_register_writer, args=(database, seconds, 2, logs["registers"])),
        context.Process(target=_reader, args=(database, seconds, logs["reads"])),
    ]
    for process in processes:
        process.start()
    for process in processes:
        process.join(120)
    assert [process.exitcode for process in processes] == [0, 0, 0]
    score_log = json.loads(logs["scores"].read_text(encoding="utf-8"))
    register_log = json.loads(logs["registers"].read_text(encoding="utf-8"))
    reads = json.loads(logs["reads"].read_text(encoding="utf-8"))
    print("writes", len(score_log), len(register_log), "reads", reads["reads"])
    assert min(len(score_log), len(register_log), reads["reads"]) >= MINIMUM
    with Store(database) as store:
        final = store.load_year(2023, use_cache=False)
    last_score = {}
    for town, part, value in score_log:
        last_score[town, part] = Decimal(value)
    stored = {(s.town, s.part): s.score for s in final.scores}
    assert {cell: stored[cell] for cell in last_score} == last_score  # every score's last committed value
    assert [[b.town, b.type, b.evidence] for b in final.bonuses] == register_log[-1]  # the last register state
    assert reads["broken"] == []


def test_an_edit_of_a_later_field_from_an_older_view_is_applied(database):
    """The merge looks at every field: one that did not change does not stop the ones after it."""
    with Store(database) as window, Store(database) as other:
        session = YearSession(window, 2023)
        before = session.year
        renamed = tuple(dataclasses.replace(t, name="新名字") if t.code == "T05" else t for t in before.towns)
        YearSession(other, 2023).set_score("T01", "I01", "1.5")
        session.update_scheme(dataclasses.replace(before, towns=renamed), before)
        stored = YearSession(other, 2023).year
    assert next(t.name for t in stored.towns if t.code == "T05") == "新名字"
    assert stored.title == before.title and _score(database, "T01", "I01").score == Decimal("1.5")


def test_inspections_and_vetoes_edited_from_an_older_view_are_refused_when_changed_meanwhile(database):
    with Store(database) as window, Store(database) as other:
        session, elsewhere = YearSession(window, 2023), YearSession(other, 2023)
        before = session.year
        elsewhere.set_inspections(before.inspections[1:], before)
        with pytest.raises(ConflictError):
            session.set_inspections(before.inspections[:-1], before)
        elsewhere.set_vetoes((), before)
        with pytest.raises(ConflictError):
            session.set_vetoes(before.vetoes + before.vetoes[:1], before)
        stored = elsewhere.year
    assert stored.inspections == before.inspections[1:] and stored.vetoes == ()


def test_a_write_inside_a_read_snapshot_is_a_programming_error(database):
    from desktop_app.domain.model import Score

    with Store(database) as store:
        with store.reading():
            with pytest.raises(RuntimeError, match=r"a write inside Store\.reading\(\)"):
                store.set_score(2023, Score("T01", "I01", Decimal("1")))
        store.set_score(2023, Score("T01", "I01", Decimal("1")))  # outside it, the write goes through
    assert _score(database, "T01", "I01").score == Decimal("1")
