"""Returned department sheets through the service: checked against the sheet chosen on
screen and the year as it is now, applied all or nothing."""
from decimal import Decimal

import pytest
from excel_helpers import Template

from desktop_app.excel.problems import SheetError
from desktop_app.excel.returned import read_returned_sheet
from desktop_app.excel.template import write_department_template
from desktop_app.services.sheets import signing_key
from desktop_app.services import YearSession
from desktop_app.services.sheets import apply_sheet, preview_sheet
from desktop_app.storage import Store


@pytest.fixture
def session(tmp_path, example_year):
    with Store(tmp_path / "office.db") as store:
        store.save_year(example_year)
        yield YearSession(store, 2023)


def _returned(session, tmp_path, year, department, changes):
    path = write_department_template(year, department, tmp_path / f"{department}.xlsx",
                                     signing_key=signing_key(session.store))
    template = Template(path)
    for town, part, value in changes:
        template.set(town, part, "score", value)
    template.save()
    return path


def test_a_sheet_of_another_department_than_the_one_chosen_is_refused(tmp_path, session, example_year):
    path = _returned(session, tmp_path, example_year, "jw", [("T01", "I05", 4)])
    preview = preview_sheet(session, read_returned_sheet(path), department="zjw")
    assert len(preview.problems) == 1
    assert "区教委" in preview.problems[0].message and "区住建委" in preview.problems[0].message
    assert preview.scores_to_apply() == []
    with pytest.raises(SheetError) as refused:
        apply_sheet(session, read_returned_sheet(path), department="zjw")
    assert refused.value.source == str(path)
    assert str(refused.value).startswith(f"{path}: ")
    assert "区住建委" in str(refused.value)
    assert session.store.load_year(2023, use_cache=False) == example_year
    # the same sheet chosen for its own department is applied
    _, counts = apply_sheet(session, read_returned_sheet(path), department="jw")
    assert counts == {"new": 0, "changed": 1, "unchanged": 0}
    assert session.score_of("T01", "I05").score == Decimal("4")

