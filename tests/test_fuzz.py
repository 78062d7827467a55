"""Fuzzing the two files that arrive from outside: year files and returned sheets.

Whatever the bytes, reading ends in a year, or in a refusal with a message; never in
another exception, and never with part of a change stored."""
from __future__ import annotations

import json
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import EXAMPLE, database_files
from excel_helpers import Template, fill, random_scores
from property_budget import examples, reproducible

from desktop_app.domain.messages import MessageError
from desktop_app.excel.returned import read_returned_sheet
from desktop_app.excel.template import write_department_template
from desktop_app.services.sheets import signing_key
from desktop_app.services import YearService, YearSession
from desktop_app.services.sheets import apply_sheet
from desktop_app.storage import Store
from desktop_app.yearfile import YearFileError, parse_year_text, read_year_file

TEXT = EXAMPLE.read_text(encoding="utf-8")
DATA = json.loads(TEXT)
FUZZ = settings(max_examples=examples(150), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture],
                **reproducible())

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-10**20, 10**20) | st.text(max_size=8)
    | st.decimals(allow_nan=False, allow_infinity=False, places=3).map(float),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=6)


def _paths(node, prefix=()):
    """Every place in the year's JSON a value sits at."""
    yield prefix
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _paths(value, prefix + (key,))
    elif isinstance(node, list):
        for index, value in enumerate(node[:3]):
            yield from _paths(value, prefix + (index,))


PATHS = list(_paths(DATA))[1:]


def _replaced(path, value):
    data = json.loads(TEXT)
    node = data
    for step in path[:-1]:
        node = node[step]
    node[path[-1]] = value
    return json.dumps(data, ensure_ascii=False)


@FUZZ
@given(st.sampled_from(PATHS), json_values)
def test_a_year_file_with_any_value_anywhere_is_read_or_refused_with_a_message(path, value):
    try:
        parse_year_text(_replaced(path, value), source="fuzz.json")
    except YearFileError as refused:
        assert refused.problems and refused.describe()


@FUZZ
@given(st.integers(0, len(TEXT) - 1), st.integers(0, 40), st.text(max_size=6))
def test_a_year_file_with_any_bytes_cut_or_added_is_read_or_refused_with_a_message(at, cut, added):
    try:
        parse_year_text(TEXT[:at] + added + TEXT[at + cut:], source="fuzz.json")
    except YearFileError as refused:
        assert refused.describe()


printable = st.text(st.characters(blacklist_categories=("Cc", "Cs")), max_size=12)  # what a cell can hold
cell_values = (st.none() | printable | st.integers(-10**6, 10**6) | st.booleans()
               | st.floats(allow_nan=True, allow_infinity=True) | st.sampled_from(["=1+1", "=A1", "4.185", "１２", "-0", "1e3"]))


@pytest.fixture(scope="module")
def sheet_case(tmp_path_factory):
    folder = tmp_path_factory.mktemp("fuzz")
    year = read_year_file(EXAMPLE)
    database = folder / "fuzz.db"
    with Store(database) as store:
        YearService(store).import_year(year)
        path = write_department_template(year, "zjw", folder / "zjw.xlsx", signing_key=signing_key(store))
    template = Template(path)
    fill(template, random_scores(year, "zjw", seed=5))
    template.save()
    return folder, path, database


@settings(FUZZ, max_examples=examples(40))
@given(st.lists(st.tuples(st.integers(1, 40), st.integers(1, 30), cell_values), min_size=1, max_size=6))
def test_a_returned_sheet_with_any_cells_changed_is_taken_whole_or_refused_whole(sheet_case, changes):
    folder, path, database = sheet_case
    work = folder / "work.db"
    work.write_bytes(database.read_bytes())
    template = Template(path)
    for row, column, value in changes:
        cell = template.sheet.cell(row, column)
        if type(cell).__name__ != "MergedCell":  # a merged title's other cells hold nothing
            cell.value = value
    changed = template.save(folder / "changed.xlsx")
    with Store(work) as store:
        session = YearSession(store, 2023)
        before_year, before_files = session.year, database_files(work)
        try:
            sheet = read_returned_sheet(changed)
            apply_sheet(session, sheet)
        except MessageError as refused:
            assert refused.describe()
            assert session.year == before_year and database_files(work) == before_files
        else:  # taken whole: only the department's own scores changed, each a checked decimal
            own = {p.code for _, p in session.department_parts("zjw")}
            before = {(s.town, s.part): s for s in before_year.scores if s.part not in own}
            after = {(s.town, s.part): s for s in session.year.scores}
            assert {key: after.get(key) for key in before} == before
            assert all(isinstance(s.score, Decimal) and s.score >= 0 for s in after.values())
