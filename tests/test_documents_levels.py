"""The documents speak of the level the year assesses: a district's notice of its 镇街, a city's
of its 县（区）, each over the area its issuing organ speaks for (全区, 全县, 全市)."""
from __future__ import annotations

import dataclasses

import pytest

from desktop_app.documents.letter import letter_paragraphs
from desktop_app.documents.notice import results_paragraphs
from desktop_app.documents.texts import area_of_organ, notice_texts, unit_noun
from desktop_app.domain.scoring import compute
from desktop_app.yearfile import read_year_file
from tests.conftest import ROOT

TWO_LEVEL = ROOT / "resources" / "examples" / "two-level"


@pytest.mark.parametrize("organ, area", [
    ("重庆市长寿区乡村振兴局", "全区"), ("中共重庆市长寿区委农村工作领导小组办公室", "全区"),
    ("某市乡村振兴局", "全市"), ("甲县农业农村局", "全县"), ("某州人民政府办公室", "全州"),
    ("河北省乡村振兴局", "全省"), ("乡村振兴局", "全区"), ("", "全区"),
])
def test_the_area_is_the_last_unit_of_the_organs_place(organ, area):
    assert area_of_organ(organ) == area


def test_a_city_over_its_counties_speaks_of_the_whole_city_and_its_counties():
    city = read_year_file(TWO_LEVEL / "city.json")
    city = dataclasses.replace(city, rollups=())  # the grades below do not depend on the lower files
    texts = notice_texts(city)
    assert unit_noun(city) == "县（区）" and texts["area"] == "全市"
    assert texts["recipients"] == "各县（区）"
    assert "对全市{镇街数}个县（区）" in texts["opening"] and "镇街" not in texts["requirements"]
    result = compute(city)
    opening = results_paragraphs(city, result, texts)[1]
    assert opening.startswith(f"经综合评定，全市{len(city.towns)}个县（区）中，") and "各县（区）得分和排名见附件" in opening
    before, _ = letter_paragraphs(city, result, result.rows[0], texts)
    assert f"在全市{len(city.towns)}个县（区）中" in before[2]


def test_a_district_keeps_its_wording_and_an_area_set_in_the_notice_settings_wins(example_year):
    texts = notice_texts(example_year)
    assert texts["area"] == "全区" and "对全区{镇街数}个镇街" in texts["opening"]
    result = compute(example_year)
    assert results_paragraphs(example_year, result, texts)[1].startswith(f"经综合评定，全区{len(example_year.towns)}个镇街中")
    county = dataclasses.replace(example_year, issuer={**example_year.issuer, "area": "全县"})
    texts = notice_texts(county)
    assert texts["area"] == "全县" and "对全县{镇街数}个镇街" in texts["opening"]
    assert results_paragraphs(county, result, texts)[1].startswith("经综合评定，全县")
    before, _ = letter_paragraphs(county, result, result.rows[0], texts)
    assert f"在全县{len(example_year.towns)}个镇街中" in before[2]


def test_the_upward_workbook_heads_the_units_column_with_the_years_level(tmp_path):
    import openpyxl

    from desktop_app.excel.submission import write_submission_workbook

    city = dataclasses.replace(read_year_file(TWO_LEVEL / "city.json"), rollups=())
    path = write_submission_workbook(city, compute(city), tmp_path / "city.xlsx")
    sheets = openpyxl.load_workbook(path).worksheets
    headers = [[cell.value for row in sheet.iter_rows(max_row=6) for cell in row] for sheet in sheets]
    assert all("县（区）" in found and "镇街" not in found for found in headers)
