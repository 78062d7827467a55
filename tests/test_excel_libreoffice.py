"""The workbooks open in LibreOffice: converted to PDF without complaint, and a template
saved again by LibreOffice (as a department without Excel would) still imports.

Needs LibreOffice Calc (``soffice``); CI installs it (``.ci/run``), elsewhere the
tests are skipped.
"""
import datetime
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from excel_helpers import Template, fill, random_scores

from desktop_app.domain.scoring import compute
from desktop_app.excel.returned import UNCHANGED, check_returned_sheet, read_returned_sheet
from desktop_app.excel.submission import write_submission_workbook
from desktop_app.excel.template import write_department_template

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")


def convert(source: Path, target_format: str, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    profile = (folder / "profile").as_uri()  # a private profile: no clash with a running LibreOffice
    result = subprocess.run([SOFFICE, f"-env:UserInstallation={profile}", "--headless", "--convert-to", target_format,
                             "--outdir", str(folder), str(source)], capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stderr
    converted = folder / (source.stem + "." + target_format.split(":")[0])
    assert converted.exists(), (result.stdout, result.stderr)
    return converted


def pdf_pages(path: Path) -> int:
    data = path.read_bytes()
    assert data.startswith(b"%PDF")
    return len(re.findall(rb"/Type\s*/Page[^s]", data))


def test_upward_workbook_converts_to_pdf(tmp_path, example_year):
    source = write_submission_workbook(example_year, compute(example_year), tmp_path / "results.xlsx",
                                       today=datetime.date(2024, 6, 28))
    pdf = convert(source, "pdf", tmp_path / "pdf")
    # 汇总表 1 page, 明细 several, three registers one each.
    assert pdf_pages(pdf) >= 5


def test_templates_convert_to_pdf(tmp_path, example_year):
    narrow = convert(write_department_template(example_year, "zjw", tmp_path / "zjw.xlsx"), "pdf", tmp_path / "pdf")
    assert pdf_pages(narrow) == 1
    wide = convert(write_department_template(example_year, "xczxj", tmp_path / "xczxj.xlsx"), "pdf", tmp_path / "pdf")
    assert pdf_pages(wide) == 5  # ten parts, two per page


def test_template_saved_by_libreoffice_still_imports(tmp_path, example_year):
    scores = random_scores(example_year, "nyw", seed=8)
    template = Template(write_department_template(example_year, "nyw", tmp_path / "nyw.xlsx"))
    fill(template, scores)
    original = template.save()
    resaved = convert(original, "xlsx:Calc MS Excel 2007 XML", tmp_path / "resaved")
    expected = check_returned_sheet(read_returned_sheet(original), example_year, {})
    preview = check_returned_sheet(read_returned_sheet(resaved), example_year, {})
    assert preview.problems == []
    assert [(c.town, c.part, c.after, c.kind) for c in preview.changes] == \
        [(c.town, c.part, c.after, c.kind) for c in expected.changes]
    assert len(preview.changes) == len(scores) and any(c.kind != UNCHANGED for c in preview.changes)
