"""A pasted block is checked below the window: the same rules as a typed score, all or nothing."""
from decimal import Decimal

import pytest

from desktop_app.services import YearSession
from desktop_app.services.paste import check_pasted_block, parse_block
from desktop_app.storage import Store


@pytest.fixture
def session(tmp_path, example_year):
    with Store(tmp_path / "p.db") as store:
        store.save_year(example_year)
        yield YearSession(store, 2023)


def column_of(session, department, part):
    return [p.code for _, p in session.department_parts(department)].index(part)


def row_of(session, town):
    return [t.code for t in session.year.towns].index(town)


def test_clipboard_text_is_split_into_rows_and_cells():
    assert parse_block("4.1\t3\r\n4.25\t\r\n") == [["4.1", "3"], ["4.25", ""]]
    assert parse_block("5") == [["5"]]
    assert parse_block("") == [] and parse_block(" \n") == []


def test_a_block_gives_the_changed_scores_and_keeps_notes(session):
    note = session.set_score("T02", "I06", "3", note="复核").note
    assert note == "复核"
    pasted = check_pasted_block(session, "zjw", "4.1\n4.25\n", row_of(session, "T01"), column_of(session, "zjw", "I06"))
    assert pasted.problems == []
    assert [(s.town, s.part, s.score, s.note) for s in pasted.scores] == [
        ("T01", "I06", Decimal("4.1"), None), ("T02", "I06", Decimal("4.25"), "复核")]
    assert (pasted.rows, pasted.columns) == (2, 1)


def test_unchanged_and_blank_values_are_no_change(session):
    existing = session.score_of("T01", "I06").score
    pasted = check_pasted_block(session, "zjw", f"{existing}\n\n", row_of(session, "T01"), column_of(session, "zjw", "I06"))
    assert pasted.scores == [] and pasted.problems == []


def test_any_refused_cell_refuses_the_whole_block_with_every_reason(session):
    last = len(session.year.towns) - 1
    pasted = check_pasted_block(session, "zjw", "4.1\n5.5\nabc\n", row_of(session, "T01"), column_of(session, "zjw", "I06"))
    assert pasted.scores == []
    described = pasted.error().describe().splitlines()
    assert described[0].startswith("晏家街道 / I06: ") and "0～5" in described[0]
    assert "不是数字" in described[1]
    outside = check_pasted_block(session, "zjw", "1\n1\n", last, 0)
    assert [p.params for p in outside.problems] == [{"row": 2, "column": 1, "value": "1"}]


def test_a_part_that_does_not_apply_and_a_submitted_sheet_are_refused(session):
    pasted = check_pasted_block(session, "xczxj", "4\t1\n", row_of(session, "T01"), column_of(session, "xczxj", "I21"))
    assert [p.path for p in pasted.problems] == ["凤城街道 / I22"]
    assert "不适用" in pasted.problems[0].message
    for town in session.year.towns:  # fill the sheet so it can be submitted
        for indicator, part in session.department_parts("ybj"):
            if indicator.applies(town.code) and session.score_of(town.code, part.code) is None:
                session.set_score(town.code, part.code, "1")
    session.submit_department("ybj")
    locked = check_pasted_block(session, "ybj", "1\n", 0, 0)
    assert locked.scores == [] and "已提交" in locked.problems[0].message


def test_a_block_over_itemised_deductions_says_which_it_would_replace(session):
    itemised = next(s for s in session.year.scores if s.deductions and s.part == "I06")
    other = "4" if itemised.score != Decimal("4") else "3"
    pasted = check_pasted_block(session, "zjw", other, row_of(session, itemised.town), column_of(session, "zjw", "I06"))
    assert pasted.replaces_deductions == [itemised]
    assert pasted.scores[0].deductions == ()


def test_old_mac_line_ends_and_ragged_rows(session):
    assert parse_block("1\r2\r") == [["1"], ["2"]]
    assert parse_block("1\t2\n3") == [["1", "2"], ["3"]]


def test_a_block_starts_top_left_by_default_and_its_size_is_clipped_to_the_sheet(session):
    parts = [p.code for _, p in session.department_parts("zjw")]
    towns = session.year.towns
    session.clear_scores([(towns[0].code, parts[0])])
    pasted = check_pasted_block(session, "zjw", "4.2")
    assert [(s.town, s.part, s.score) for s in pasted.scores] == [(towns[0].code, parts[0], Decimal("4.2"))]
    assert (pasted.rows, pasted.columns) == (1, 1)
    wide = "\t".join(["1"] * (len(parts) + 2))
    clipped = check_pasted_block(session, "zjw", f"{wide}\n1", len(towns) - 1, 0)
    assert (clipped.rows, clipped.columns) == (1, len(parts))
    assert len(clipped.problems) == 1 + 2  # the two values past the last column, and the row below the sheet
    empty = check_pasted_block(session, "zjw", "", 3, 0)
    assert (empty.rows, empty.columns, empty.scores, empty.problems) == (0, 0, [], [])


def test_every_refused_cell_of_a_row_is_listed_not_only_the_first(session):
    parts = [p.code for _, p in session.department_parts("zjw")]
    last = len(parts) - 1
    row = row_of(session, "T02")
    outside = check_pasted_block(session, "zjw", "1\t1\t1", row, last)
    assert [p.params["column"] for p in outside.problems] == [2, 3]  # the value right after the last column, and the next
    bad = check_pasted_block(session, "zjw", "9\tx\t", row, 0)  # above the points, then not a number
    assert [p.context for p in bad.problems] == ["Validation", "Entry"]


def test_blank_unchanged_and_not_applicable_cells_do_not_stop_the_rest_of_the_row(session):
    parts = [p.code for _, p in session.department_parts("xczxj")]
    start = parts.index("I21")
    year = session.year
    t01 = row_of(session, "T01")  # I22 does not apply to 凤城街道
    kept = session.score_of("T01", "I20").score
    refused = check_pasted_block(session, "xczxj", f"{kept}\tx\t1", t01, start - 1)
    assert [p.path for p in refused.problems] == ["凤城街道 / I21", "凤城街道 / I22"]
    assert [p.context for p in refused.problems] == ["Entry", "Entry"]
    t03 = row_of(session, "T03")  # 江南街道 has I22: a partial indicator that applies is pasted
    kept = session.score_of("T03", "I21").score
    pasted = check_pasted_block(session, "xczxj", f"\t{kept}\t1.5", t03, start - 1)
    assert pasted.problems == []
    assert [(s.town, s.part) for s in pasted.scores] == [("T03", "I22")]
    assert year is session.year  # checking writes nothing


def test_a_score_refused_by_the_rules_keeps_the_rules_context(session):
    pasted = check_pasted_block(session, "zjw", "9", row_of(session, "T01"), column_of(session, "zjw", "I06"))
    assert pasted.problems[0].context == "Validation" and "超出范围" in pasted.problems[0].message


def test_a_block_pasted_right_of_the_first_column_is_clipped_to_the_columns_left(session):
    parts = [p.code for _, p in session.department_parts("xczxj")]
    towns = session.year.towns
    wide = "\t".join(["1"] * (len(parts) + 3))
    clipped = check_pasted_block(session, "xczxj", wide, 0, 2)
    assert clipped.columns == len(parts) - 2 and clipped.rows == 1
    assert towns[0].code == "T01" and len(clipped.problems) == 5 + 1  # 5 past the edge, and I22 does not apply to T01


def test_every_cell_that_does_not_apply_is_listed_not_only_the_first(session):
    import dataclasses

    year = session.year
    indicators = tuple(dataclasses.replace(i, applies_to=("T03",)) if i.code == "I21" else i for i in year.indicators)
    session.update_scheme(dataclasses.replace(year, indicators=indicators))
    parts = [p.code for _, p in session.department_parts("xczxj")]
    refused = check_pasted_block(session, "xczxj", "1\t1", row_of(session, "T01"), parts.index("I21"))
    assert [p.path for p in refused.problems] == ["凤城街道 / I21", "凤城街道 / I22"]
