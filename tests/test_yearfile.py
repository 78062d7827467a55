"""The whole-year file: defaults of absent fields, every field kept, writing that cannot leave half a file."""
import dataclasses
import json
from decimal import Decimal

import pytest

from desktop_app.tools.generate import generate_year
from desktop_app.jsontext import dumps_json
from desktop_app.yearfile import parse_year_text, read_year_file, write_year_file, year_from_dict, year_to_dict
from tests.conftest import EXAMPLE


def _example_dict() -> dict:
    return json.loads(EXAMPLE.read_text(encoding="utf-8"), parse_float=Decimal)


def test_absent_optional_rules_take_the_documented_defaults():
    data = _example_dict()
    for key in ("quota_rounding", "boundary_ties", "rank_style", "veto_grade"):
        data["rules"].pop(key, None)
    year = parse_year_text(dumps_json(data))
    assert year.rules.quota_rounding == "floor"
    assert year.rules.boundary_ties == "include"
    assert year.rules.rank_style == "competition"
    assert year.rules.veto_grade is None and year.rules.effective_veto_grade == "一般"


def test_absent_optional_record_fields_take_their_defaults():
    data = _example_dict()
    data["indicators"][0].pop("applies_to", None)
    data["indicators"][0].pop("veto", None)
    data["bonuses"][0].pop("count", None)
    data["inspections"][0].pop("deducted", None)
    data["scores"][0].pop("deductions", None)
    year = year_from_dict(data)
    assert year.indicators[0].applies_to is None and year.indicators[0].veto is False
    assert year.bonuses[0].count == 1
    assert year.inspections[0].deducted == 0
    assert year.scores[0].deductions == () and year.scores[0].note is None
    assert year_from_dict({**data, "scores": []}).scores == ()
    for key in ("scores", "bonus_types", "bonuses", "inspection_types", "inspections", "vetoes"):
        assert getattr(year_from_dict({k: v for k, v in data.items() if k != key}), key) == ()


def test_every_field_survives_the_file(tmp_path):
    year = generate_year(25, 30, seed=11, veto_count=2, every_field=True)
    assert any(s.note for s in year.scores) and any(len(s.deductions) > 1 for s in year.scores)
    assert any(b.group for b in year.bonuses) and year.issuer and any(v.indicator for v in year.vetoes)
    write_year_file(year, tmp_path / "y.json")
    assert read_year_file(tmp_path / "y.json") == year
    written = year_to_dict(year)
    noted = next(s for s in year.scores if s.note)
    item = next(x for x in written["scores"] if (x["town"], x["part"]) == (noted.town, noted.part))
    assert item["note"] == noted.note


def test_a_score_note_is_written_and_read_back(tmp_path, example_year):
    first = example_year.scores[0]
    year = dataclasses.replace(example_year, scores=(first._replace(note="复核后确认"), *example_year.scores[1:]))
    write_year_file(year, tmp_path / "noted.json")
    assert read_year_file(tmp_path / "noted.json").scores[0].note == "复核后确认"


@pytest.mark.parametrize("failing", ["fsync", "replace"])
def test_a_write_that_fails_halfway_leaves_the_old_file_whole(tmp_path, example_year, monkeypatch, failing):
    """The disk fills while the new file is flushed, or the program dies before it is put in place."""
    import os

    target = tmp_path / "2023.json"
    target.write_text("旧文件内容", encoding="utf-8")

    def fail(*args):
        raise OSError(28, "No space left on device")

    with monkeypatch.context() as patch:
        patch.setattr(os, failing, fail)
        with pytest.raises(OSError):
            write_year_file(example_year, target)
    assert target.read_text(encoding="utf-8") == "旧文件内容"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["2023.json"]  # no partial file left behind
    write_year_file(example_year, target)
    assert read_year_file(target) == example_year
    assert sorted(p.name for p in tmp_path.iterdir()) == ["2023.json"]


def test_a_written_file_has_the_permissions_of_an_ordinary_new_file(tmp_path, example_year):
    import os

    plain = tmp_path / "plain.txt"
    plain.write_text("x")
    write_year_file(example_year, tmp_path / "2023.json")
    assert os.stat(tmp_path / "2023.json").st_mode & 0o777 == os.stat(plain).st_mode & 0o777
