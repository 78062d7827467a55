"""The core's result is the only source of a town's figures: the registers, the explain
view, the letter and the upward workbook all show what ``compute`` says. A doctored rule
in the core (龙河镇's inspection round that cost the district points deducting 0.70
instead of the recorded 0.30) must appear in all four; an output that re-applied the rule
itself would still show 0.30."""
import dataclasses
from decimal import Decimal

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop_app.documents.letter import letter_paragraphs
from desktop_app.domain import scoring
from desktop_app.excel.submission import write_submission_workbook

DOCTORED = Decimal("-0.7")


def doctored_compute(year):
    """The real result, with T12's cancelled round deducting 0.70."""
    result = scoring.compute(year)
    lines = tuple(dataclasses.replace(line, change=DOCTORED)
                  if line.cancelled and year.inspections[line.index].town == "T12" else line
                  for line in result.inspection_lines)
    rows = tuple(dataclasses.replace(
        row, inspection_detail=tuple(lines[line.index] for line in row.inspection_detail),
        inspection=sum((lines[line.index].change for line in row.inspection_detail), Decimal(0)))
        for row in result.rows)
    return dataclasses.replace(result, rows=rows, inspection_lines=lines)


@pytest.fixture
def doctored_window(monkeypatch, main_window):
    import desktop_app.services.session as session_module

    monkeypatch.setattr(session_module, "compute", doctored_compute)
    main_window.workspace.session._result_for = None  # forget the real result
    return main_window


def test_the_year_has_a_cancelled_round(example_year):
    cancelled = [line for line in scoring.compute(example_year).inspection_lines if line.cancelled]
    t12 = [line for line in cancelled if example_year.inspections[line.index].town == "T12"]
    assert len(t12) == 1 and t12[0].change == Decimal("-0.3") and t12[0].award > 0


def test_registers_and_explain_view_read_the_core(qtbot, doctored_window):
    window = doctored_window
    registers = window.registers_tab
    window.tabs.setCurrentWidget(registers)
    page = registers.inspection_page
    registers.pages.setCurrentWidget(page)
    registers.refresh()
    QApplication.processEvents()
    model = page.model
    change_column = next(c for c in range(model.columnCount()) if model.headerData(c, Qt.Horizontal) == "增减分")
    town_column = next(c for c in range(model.columnCount()) if model.headerData(c, Qt.Horizontal) == "镇街")
    shown = {model.data(model.index(r, change_column)) for r in range(model.rowCount())
             if model.data(model.index(r, town_column)) == "龙河镇"}
    assert shown == {"−0.70"}

    results = window.results_tab
    window.tabs.setCurrentWidget(results)
    results.refresh()
    QApplication.processEvents()
    results.select_town("T12")
    text = results.explanation_text()
    assert "−0.70 因该镇街导致区被扣分" in text and "−0.30" not in text


def test_letter_and_workbook_read_the_core(tmp_path, example_year):
    result = doctored_compute(example_year)
    row = result.by_code()["T12"]
    before, after = letter_paragraphs(example_year, result, row, {})
    letter = "\n".join(map(str, before + after))
    assert "扣减0.70分" in letter and "扣减0.30分" not in letter

    path = tmp_path / "results.xlsx"
    write_submission_workbook(example_year, result, path)
    sheet = openpyxl.load_workbook(path)["督查评估"]
    header = next(row for row in sheet.iter_rows(values_only=True) if "造成区被扣分值" in row)
    lost_column = header.index("造成区被扣分值")
    lost = [row[lost_column] for row in sheet.iter_rows(values_only=True) if "龙河镇" in row]
    assert lost == [0.7]
