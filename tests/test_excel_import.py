"""Department templates out and back in: the round trip, the preview, all or nothing."""
import dataclasses
from decimal import Decimal

import pytest
from excel_helpers import Template, fill, random_scores

from desktop_app.domain.model import Deduction, Score
from desktop_app.domain.scoring import compute
from desktop_app.excel.problems import SheetError
from desktop_app.excel.returned import CHANGED, NEW, UNCHANGED, cell_number, check_returned_sheet, read_returned_sheet
from desktop_app.excel.template import department_columns, export_all_templates, write_department_template
from desktop_app.services import YearSession
from desktop_app.services.sheets import apply_sheet, preview_sheet
from desktop_app.services.sheets import signing_key
from desktop_app.storage import Store

D = Decimal


@pytest.fixture
def store(tmp_path, example_year):
    with Store(tmp_path / "office.db") as opened:
        opened.save_year(example_year)
        yield opened


def _results(result):
    """Every figure of every row, as numbers (4.5 equals 4.50)."""
    return [(r.code, r.full, r.raw, r.normalised, r.bonus, r.inspection, r.final, r.rank, r.grade, r.vetoed, r.complete,
             r.categories) for r in result.rows]


def _bytes(path):
    return {p.name: p.read_bytes() for p in sorted(path.parent.glob(path.name + "*"))}


def test_round_trip_every_department_equals_direct_computation(tmp_path, store, example_year):
    """Export every department's template, fill it with other values, import them all:
    the stored year and its results equal a direct computation on those values."""
    written = export_all_templates(example_year, tmp_path / "out", signing_key=signing_key(store))
    departments = [d.code for d in example_year.departments if department_columns(example_year, d.code)]
    assert len(written) == len(departments) == 11
    session = YearSession(store, 2023)
    expected = {(s.town, s.part): s for s in example_year.scores}
    for seed, (path, department) in enumerate(zip(written, departments)):
        # A few cells are left blank: those keep the score already stored.
        scores = random_scores(example_year, department, seed=seed, blank_share=0.1)
        template = Template(path)
        fill(template, scores, write_score_with_deductions=bool(seed % 2))
        template.save()
        sheet = read_returned_sheet(path)
        assert sheet.department == department
        _, counts = apply_sheet(session, sheet)
        assert counts["new"] + counts["changed"] + counts["unchanged"] == len(scores)
        for score in scores:
            expected[(score.town, score.part)] = score
    stored = store.load_year(2023, use_cache=False)
    assert {(s.town, s.part): s for s in stored.scores} == expected
    direct = compute(dataclasses.replace(example_year, scores=tuple(expected.values())))
    imported = compute(stored)
    assert _results(imported) == _results(direct)
    # The values really changed: the demo results are not what came back.
    assert _results(imported) != _results(compute(example_year))


def test_reimporting_the_same_file_changes_nothing(tmp_path, store, example_year):
    path = write_department_template(example_year, "zjw", tmp_path / "zjw.xlsx", signing_key=signing_key(store))
    template = Template(path)
    fill(template, random_scores(example_year, "zjw", seed=5))
    template.save()
    session = YearSession(store, 2023)
    _, first = apply_sheet(session, read_returned_sheet(path))
    assert first["changed"] > 0
    store.close()
    database = tmp_path / "office.db"
    before = _bytes(database)
    with Store(database) as reopened:
        preview, second = apply_sheet(YearSession(reopened, 2023), read_returned_sheet(path))
        assert second == {"new": 0, "changed": 0, "unchanged": 19}
        assert preview.scores_to_apply() == []
    assert _bytes(database) == before


def test_preview_lists_new_changed_unchanged_with_old_and_new_values(tmp_path, store, example_year):
    year = dataclasses.replace(example_year, scores=tuple(s for s in example_year.scores
                                                          if not (s.part == "I06" and s.town == "T02")))
    store.save_year(year, replace=True)
    path = write_department_template(year, "zjw", tmp_path / "zjw.xlsx", include_scores=True, signing_key=signing_key(store))
    template = Template(path)
    template.set("T01", "I06", "score", 4.5)          # was 4.86
    template.set("T02", "I06", "score", 3)            # was missing
    template.set("T03", "I06", "score", None)         # 4.09 with a deduction of 0.91: now from the deduction alone
    template.save()
    preview = preview_sheet(YearSession(store, 2023), read_returned_sheet(path))
    assert preview.problems == []
    by_town = {change.town: change for change in preview.changes}
    assert by_town["T01"].kind == CHANGED
    assert (by_town["T01"].before.score, by_town["T01"].after.score) == (D("4.86"), D("4.5"))
    assert by_town["T01"].cell == f"打分表!{template.cell('T01', 'I06').coordinate}"
    assert by_town["T02"].kind == NEW and by_town["T02"].before is None and by_town["T02"].after.score == 3
    assert by_town["T03"].kind == UNCHANGED
    assert by_town["T03"].after == Score("T03", "I06", D("4.09"), (Deduction("台账资料不完整", D("0.91")),))
    counts = preview.counts()
    assert (counts[NEW], counts[CHANGED], counts[UNCHANGED], counts["blank"], counts["errors"]) == (1, 1, 17, 0, 0)


def test_blank_cells_leave_stored_scores_alone(tmp_path, store, example_year):
    path = write_department_template(example_year, "zjw", tmp_path / "zjw.xlsx", signing_key=signing_key(store))
    template = Template(path)
    template.set("T05", "I06", "score", 2.25)
    template.save()
    preview, counts = apply_sheet(YearSession(store, 2023), read_returned_sheet(path))
    assert counts == {"new": 0, "changed": 1, "unchanged": 0}
    assert preview.blank == 18
    stored = {(s.town, s.part): s.score for s in store.load_year(2023, use_cache=False).scores}
    before = {(s.town, s.part): s.score for s in example_year.scores}
    assert stored[("T05", "I06")] == D("2.25")
    assert {k: v for k, v in stored.items() if k != ("T05", "I06")} == \
        {k: v for k, v in before.items() if k != ("T05", "I06")}


def test_one_bad_cell_applies_nothing_and_every_problem_is_listed(tmp_path, store, example_year):
    path = write_department_template(example_year, "xczxj", tmp_path / "xczxj.xlsx", signing_key=signing_key(store))
    template = Template(path)
    fill(template, random_scores(example_year, "xczxj", seed=3))
    template.set("T04", "I01", "score", 3.5)                      # I01 is 3 points
    template.set("T07", "I02", "score", "=1+1")                   # a formula
    template.set("T08", "I09", "score", 2)
    template.set("T08", "I09", "reason", "台账不全")
    template.set("T08", "I09", "deduction", 0.5)                   # 3 - 0.5 is 2.5, not 2
    template.set("T09", "I15", "reason", "资料缺失")                 # a reason without points
    template.set("T09", "I15", "deduction", None)
    template.set("T09", "I15", "score", None)
    template.set("T10", "I18", "score", None)
    template.set("T10", "I18", "reason", None)
    template.set("T10", "I18", "deduction", None)
    template.set("T10", "I18", "note", "待核实")                    # a note without a score
    template.set("T01", "I22", "score", 1)                        # I22 does not apply to T01
    template.save()
    before = store.load_year(2023, use_cache=False)
    session = YearSession(store, 2023)
    with pytest.raises(SheetError) as raised:
        apply_sheet(session, read_returned_sheet(path))
    messages = {problem.cell: problem.message for problem in raised.value.problems}
    assert "3.5 超过该项分值 3 分（主体责任落实，渡舟街道）" in messages[template.address("T04", "I01")]
    assert "公式" in messages[template.address("T07", "I02")]
    assert "应为 2.5" in messages[template.address("T08", "I09")]
    assert "没有填写扣分分值" in messages[template.address("T09", "I15", "deduction")]
    assert "备注" in messages[template.address("T10", "I18")]
    assert "不适用" in messages[template.address("T01", "I22")]
    assert len(raised.value.problems) == 6
    assert store.load_year(2023, use_cache=False) == before


def test_submitted_department_must_be_reopened_first(tmp_path, store, example_year):
    session = YearSession(store, 2023)
    session.submit_department("zjw")
    path = write_department_template(example_year, "zjw", tmp_path / "zjw.xlsx", signing_key=signing_key(store))
    template = Template(path)
    template.set("T01", "I06", "score", 1)
    template.save()
    preview = preview_sheet(session, read_returned_sheet(path))
    assert preview.locked
    assert "已提交" in preview.problems[0].message and "退回修改" in preview.problems[0].message
    session.reopen_department("zjw")
    _, counts = apply_sheet(session, read_returned_sheet(path))
    assert counts["changed"] == 1


def test_a_department_checked_against_the_one_on_screen(tmp_path, store, example_year):
    path = write_department_template(example_year, "jw", tmp_path / "jw.xlsx", signing_key=signing_key(store))
    sheet = read_returned_sheet(path)
    preview = check_returned_sheet(sheet, example_year, {}, department="zjw")
    assert [p.cell for p in preview.problems] == ["打分表!B1"]
    assert "区教委" in preview.problems[0].message and "区住建委" in preview.problems[0].message


@pytest.mark.parametrize("value, expected", [
    (5.555, D("5.555")), (0.30000000000000004, D("0.3")), (4.199999999999999, D("4.2")), (4, D(4)),
    ("４．５", D("4.5")), (" 3.25 ", D("3.25")), (D("2.50"), D("2.50")),
])
def test_cell_numbers_are_what_excel_shows(value, expected):
    assert cell_number(value) == expected


@pytest.mark.parametrize("value", ["优", "", "3,5", True, float("nan"), None])
def test_cell_numbers_refuse_anything_else(value):
    with pytest.raises(ValueError):
        cell_number(value)


def test_multiple_deductions_survive_the_round_trip(tmp_path, store, example_year):
    score = Score("T02", "I06", D("3.7"), (Deduction("资料缺失", D("0.5")), Deduction("整改不到位", D("0.8"))), "复核")
    year = dataclasses.replace(example_year, scores=tuple(s for s in example_year.scores
                                                          if (s.town, s.part) != ("T02", "I06")) + (score,))
    store.save_year(year, replace=True)
    path = write_department_template(year, "zjw", tmp_path / "zjw.xlsx", include_scores=True, signing_key=signing_key(store))
    preview = preview_sheet(YearSession(store, 2023), read_returned_sheet(path))
    assert preview.problems == []
    assert {c.town: c.kind for c in preview.changes}["T02"] == UNCHANGED
    assert next(c.after for c in preview.changes if c.town == "T02") == score


def test_a_change_of_note_or_deduction_reason_alone_is_a_change(tmp_path, store, example_year):
    """Re-importing a sheet whose only change is a note or a reason stores it; it is not "unchanged"."""
    path = write_department_template(example_year, "zjw", tmp_path / "zjw.xlsx", include_scores=True, signing_key=signing_key(store))
    template = Template(path)
    template.set("T01", "I06", "note", "已复核")                          # score 4.86 kept
    template.set("T03", "I06", "reason", "危房改造台账缺失")              # 4.09, deduction 0.91 kept
    template.save()
    session = YearSession(store, 2023)
    preview = preview_sheet(session, read_returned_sheet(path))
    assert preview.problems == []
    by_town = {change.town: change for change in preview.changes}
    assert by_town["T01"].kind == CHANGED and by_town["T01"].before.score == by_town["T01"].after.score == D("4.86")
    assert by_town["T03"].kind == CHANGED and by_town["T03"].before.score == by_town["T03"].after.score == D("4.09")
    assert sorted(change.town for change in preview.changes if change.kind != UNCHANGED) == ["T01", "T03"]
    _, counts = apply_sheet(session, read_returned_sheet(path))
    assert counts == {"new": 0, "changed": 2, "unchanged": 17}
    stored = {(s.town, s.part): s for s in store.load_year(2023, use_cache=False).scores}
    assert stored[("T01", "I06")] == Score("T01", "I06", D("4.86"), (), "已复核")
    assert stored[("T03", "I06")] == Score("T03", "I06", D("4.09"), (Deduction("危房改造台账缺失", D("0.91")),))


@pytest.mark.parametrize("shown", ["凤城街道", "晏家", ""])
def test_a_row_whose_visible_town_does_not_match_its_code_is_refused(tmp_path, store, example_year, shown):
    """Rows moved or retyped: the visible name must be the town of the row's hidden code."""
    path = write_department_template(example_year, "zjw", tmp_path / "zjw.xlsx", signing_key=signing_key(store))
    template = Template(path)
    fill(template, random_scores(example_year, "zjw", seed=9))
    template.sheet.cell(template.rows["T02"], 3).value = shown or None   # 晏家街道's row now says something else
    template.save()
    session = YearSession(store, 2023)
    with pytest.raises(SheetError) as refused:
        apply_sheet(session, read_returned_sheet(path))
    row = template.rows["T02"]
    assert [problem.describe() for problem in refused.value.problems] == [
        f"打分表!C{row}: 本行的镇街名称“{shown}”与该行的镇街（晏家街道）不符，行可能被移动或改写。",
        "打分表!C8:C26: 缺少镇街“晏家街道”的行（可能被删除）。",
    ]
    assert store.load_year(2023, use_cache=False) == example_year


def test_a_key_made_meanwhile_by_another_process_is_the_one_used(tmp_path):
    """Two windows sending out their first templates at once: the second to take the write
    lock finds the first one's key and signs with it, so every sheet sent out verifies."""
    from desktop_app.services.sheets import SIGNING_KEY_SETTING
    from desktop_app.storage import Store

    store = Store(tmp_path / "k.db")
    other_process_key = bytes(range(32))
    real_get = store.get_setting
    reads = []

    def get_setting(name):
        reads.append(name)
        if len(reads) == 1:
            return None  # before the lock: no key yet
        if len(reads) == 2:
            store.set_setting(SIGNING_KEY_SETTING, other_process_key)  # the other process wrote it meanwhile
        return real_get(name)

    store.get_setting = get_setting
    assert signing_key(store) == other_process_key
    assert reads == [SIGNING_KEY_SETTING, SIGNING_KEY_SETTING]
    store.get_setting = real_get
    assert store.get_setting(SIGNING_KEY_SETTING) == other_process_key
    store.close()
