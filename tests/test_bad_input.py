"""Every malformed input: exit code 2, a message naming the file and record, database untouched."""
import copy
import json

import pytest
from conftest import EXAMPLE, database_files, run_cli, run_cli_in_process

BASE = json.loads(EXAMPLE.read_text(encoding="utf-8"))


def _score(data, town, part):
    return next(s for s in data["scores"] if s["town"] == town and s["part"] == part)


def _part(data, code):
    return next(p for i in data["indicators"] for p in i["parts"] if p["code"] == code)


def category_mismatch(d):
    d["categories"][0]["points"] = 11
    return ["categories[0]", "责任落实", "11", "10"]


def total_mismatch(d):
    d["rules"]["full_score"] = 99
    return ["indicators", "100", "99"]


def duplicate_town_code(d):
    d["towns"][1]["code"] = "T01"
    return ["towns[1]", "T01", "重复"]


def duplicate_part_code(d):
    d["indicators"][1]["parts"][0]["code"] = "I01"
    return ["indicators[1].parts[0]", "I01", "重复"]


def unknown_department(d):
    d["indicators"][2]["parts"][0]["department"] = "nope"
    return ["indicators[2].parts[0]", "nope", "不存在"]


def unknown_category(d):
    d["indicators"][0]["category"] = "C9"
    return ["indicators[0]", "C9", "不存在"]


def unknown_applies_town(d):
    d["indicators"][21]["applies_to"].append("T99")
    return ["indicators[21].applies_to", "T99"]


def score_unknown_town(d):
    d["scores"][0]["town"] = "T99"
    return ["scores[0]", "T99", "不存在"]


def score_unknown_part(d):
    d["scores"][0]["part"] = "I99"
    return ["scores[0]", "I99", "不存在"]


def score_above_points(d):
    _score(d, "T02", "I06")["score"] = 5.5
    _score(d, "T02", "I06").pop("deductions", None)
    index = d["scores"].index(_score(d, "T02", "I06"))
    return [f"scores[{index}]", "T02", "I06", "5.5", "0～5"]


def score_three_decimals(d):
    target = _score(d, "T03", "I04")
    target["score"] = 4.555
    target.pop("deductions", None)
    return [f"scores[{d['scores'].index(target)}]", "T03", "I04", "4.555", "两位小数"]


def score_negative(d):
    d["scores"][5]["score"] = -1
    return ["scores[5].score", "0"]


def deductions_do_not_add_up(d):
    target = _score(d, "T01", "I03")  # 5 points, 0.82 deducted, 4.18 entered
    target["score"] = 4.5
    return [f"scores[{d['scores'].index(target)}]", "T01", "I03", "4.18", "4.5"]


def veto_part_has_points(d):
    _part(d, "I16")["points"] = 1
    return ["indicators[15].parts[0]", "I16", "0"]


def duplicate_score(d):
    d["scores"].append(copy.deepcopy(d["scores"][0]))
    return [f"scores[{len(d['scores']) - 1}]", "T01", "I01", "重复"]


def score_for_indicator_not_applicable(d):
    d["scores"].append({"town": "T01", "part": "I22", "score": 1})
    return [f"scores[{len(d['scores']) - 1}]", "I22", "T01", "不适用"]


def bonus_unknown_type(d):
    d["bonuses"][0]["type"] = "B99"
    return ["bonuses[0]", "B99"]


def inspection_unknown_town(d):
    d["inspections"][0]["town"] = "T99"
    return ["inspections[0]", "T99"]


def veto_names_non_veto_indicator(d):
    d["vetoes"][0]["indicator"] = "I01"
    return ["vetoes[0]", "I01", "不是否决指标"]


def missing_required_field(d):
    del d["towns"][3]["name"]
    return ["towns[3]", "name"]


def wrong_type(d):
    d["scores"][2]["score"] = "4.18"
    return ["scores[2].score", "数字"]


def unknown_field(d):
    d["towns"][0]["population"] = 1
    return ["towns[0]", "population"]


def bad_date(d):
    d["bonuses"][0]["date"] = "2023-13-45"
    return ["bonuses[0].date", "日期"]


def proportion_grade_without_share(d):
    del d["rules"]["grades"][0]["share"]
    return ["rules.grades[0]", "好", "share"]


SCENARIOS = [category_mismatch, total_mismatch, duplicate_town_code, duplicate_part_code, unknown_department,
             unknown_category, unknown_applies_town, score_unknown_town, score_unknown_part, score_above_points,
             score_three_decimals, score_negative, deductions_do_not_add_up, veto_part_has_points, duplicate_score,
             score_for_indicator_not_applicable, bonus_unknown_type, inspection_unknown_town,
             veto_names_non_veto_indicator, missing_required_field, wrong_type, unknown_field, bad_date,
             proportion_grade_without_share]


@pytest.mark.parametrize("mutate", SCENARIOS, ids=lambda f: f.__name__)
def test_malformed_year_is_refused_and_changes_nothing(mutate, tmp_path, database):
    data = copy.deepcopy(BASE)
    data["year"] = 2024  # would be a new year if it were accepted
    expected_fragments = mutate(data)
    bad = tmp_path / f"{mutate.__name__}.json"
    bad.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    before = database_files(database)
    for command in (["import", bad, "--db", database], ["validate", bad], ["compute", bad, "--format", "json"]):
        result = run_cli_in_process(*command)
        assert result.returncode == 2, (command, result.stdout, result.stderr)
        assert result.stdout == ""
        assert "Traceback" not in result.stderr
        assert str(bad) in result.stderr
        for fragment in expected_fragments:
            assert fragment in result.stderr, (fragment, result.stderr)
    assert database_files(database) == before
    years = run_cli_in_process("years", "--db", database)
    assert "2024" not in years.stdout


RAW_FILES = {
    "truncated": (EXAMPLE.read_bytes()[:5000], "不是有效的 JSON"),
    "not_json": (b"town,score\nT01,3\n", "不是有效的 JSON"),
    "not_utf8": ("{\"title\": \"长寿\"}".encode("gbk"), "UTF-8"),
    "empty": (b"", "不是有效的 JSON"),
    "json_array": (b"[1, 2]", "不是一个考核年度"),
}


@pytest.mark.parametrize("name", sorted(RAW_FILES))
def test_unreadable_file_is_refused(name, tmp_path, database):
    content, fragment = RAW_FILES[name]
    bad = tmp_path / f"{name}.json"
    bad.write_bytes(content)
    before = database_files(database)
    result = run_cli_in_process("import", bad, "--db", database)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert str(bad) in result.stderr and fragment in result.stderr, result.stderr
    assert database_files(database) == before


def test_truncated_file_names_line_and_column(tmp_path):
    bad = tmp_path / "cut.json"
    bad.write_bytes(EXAMPLE.read_bytes()[:5000])
    result = run_cli_in_process("compute", bad)
    assert result.returncode == 2
    assert "行" in result.stderr and "列" in result.stderr


def test_missing_file(tmp_path):
    result = run_cli_in_process("compute", tmp_path / "nowhere.json")
    assert result.returncode == 2
    assert "nowhere.json" in result.stderr and "无法读取" in result.stderr


def test_existing_year_is_not_overwritten_without_replace(database):
    before = database_files(database)
    result = run_cli_in_process("import", EXAMPLE, "--db", database)
    assert result.returncode == 2
    assert "2023" in result.stderr and "--replace" in result.stderr
    assert database_files(database) == before


def test_corrupted_database_is_reported_not_opened(tmp_path):
    db = tmp_path / "broken.db"
    assert run_cli_in_process("import", EXAMPLE, "--db", db).returncode == 0
    data = bytearray(db.read_bytes())
    data[4096 * 2: 4096 * 2 + 2000] = b"\xff" * 2000  # smash a page in the middle
    db.write_bytes(bytes(data))
    before = db.read_bytes()
    result = run_cli_in_process("compute", "--year", 2023, "--db", db)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert str(db) in result.stderr and "备份" in result.stderr
    assert db.read_bytes() == before


def test_a_non_database_file_is_reported(tmp_path):
    db = tmp_path / "notes.db"
    db.write_text("这不是数据库" * 200, encoding="utf-8")
    before = db.read_bytes()
    result = run_cli_in_process("years", "--db", db)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr and str(db) in result.stderr
    assert db.read_bytes() == before


def test_unknown_year_in_database(database):
    result = run_cli_in_process("compute", "--year", 1999, "--db", database)
    assert result.returncode == 2
    assert "1999" in result.stderr and "2023" in result.stderr


def _example_text() -> str:
    return EXAMPLE.read_text(encoding="utf-8")


HOSTILE = {
    "nan": (lambda t: t.replace('"score": 3.0', '"score": NaN', 1), "不允许 NaN"),
    "infinity": (lambda t: t.replace('"score": 3.0', '"score": -Infinity', 1), "不允许 -Infinity"),
    "huge exponent": (lambda t: t.replace('"score": 3.0', '"score": 1e999999999', 1), "数字 1e999999999 超出合理范围"),
    "tiny exponent": (lambda t: t.replace('"score": 3.0', '"score": 1e-999999999', 1), "超出合理范围"),
    "long number": (lambda t: t.replace('"score": 3.0', '"score": 3.' + "0" * 5000, 1), "位数过多"),
    "long integer": (lambda t: t.replace('"year": 2023', '"year": 2' + "0" * 5000, 1), "位数过多"),
    "deep nesting": (lambda t: t.rstrip()[:-1] + ', "x": ' + "[" * 100_000 + "]" * 100_000 + "}", "嵌套层数过多"),
    "moderate nesting": (lambda t: t.rstrip()[:-1] + ', "x": ' + "[" * 40 + "]" * 40 + "}", "嵌套层数过多"),
    "lone surrogate": (lambda t: t.replace('"title": "', '"title": "\\ud800', 1), "无效的字符"),
    "duplicate key": (lambda t: t.replace('"year": 2023', '"year": 2023, "year": 2024', 1), "字段“year”在同一处出现了两次"),
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_a_hostile_year_file_is_refused_at_once_with_a_message(name):
    import time

    from desktop_app.yearfile import YearFileError, parse_year_text

    change, message = HOSTILE[name]
    text = change(_example_text())
    assert text != _example_text()
    started = time.perf_counter()
    with pytest.raises(YearFileError) as refused:
        parse_year_text(text, source="hostile.json")
    assert time.perf_counter() - started < 5  # refused before anything is computed
    assert message in refused.value.describe()


def test_validate_and_import_agree_on_a_hostile_file_and_the_database_is_untouched(tmp_path):
    database = tmp_path / "d.db"
    assert run_cli("import", EXAMPLE, "--db", database).returncode == 0
    before = database.read_bytes()
    path = tmp_path / "hostile.json"
    path.write_text(HOSTILE["huge exponent"][0](_example_text()), encoding="utf-8")
    checked = run_cli("validate", str(path))
    imported = run_cli("import", str(path), "--replace", "--db", database)
    assert checked.returncode == imported.returncode == 2
    assert "超出合理范围" in checked.stderr and "超出合理范围" in imported.stderr
    assert "Traceback" not in checked.stderr + imported.stderr
    assert database.read_bytes() == before


def _refusal_of(text):
    from desktop_app.yearfile import YearFileError, parse_year_text

    with pytest.raises(YearFileError) as refused:
        parse_year_text(text, source="hostile.json")
    [problem] = refused.value.problems
    return problem.path, problem.render()


def test_a_refused_number_is_shown_whole_up_to_24_characters_and_cut_after_20_beyond():
    """Also an exponent too large for Decimal itself (it raised InvalidOperation, a traceback)."""
    path, text = _refusal_of(_example_text().replace('"score": 3.0', '"score": 1e' + "9" * 22, 1))
    assert text == "数字 1e" + "9" * 22 + " 超出合理范围" and path == ""
    path, text = _refusal_of(_example_text().replace('"score": 3.0', '"score": 1e' + "9" * 23, 1))
    assert text == "数字 1e" + "9" * 18 + "… 超出合理范围"


def test_a_lone_surrogate_is_found_where_it_is_even_at_the_end_of_the_range():
    text = _example_text().replace('"title": "', '"title": "a\\ue000b\\udfff', 1)
    path, message = _refusal_of(text)
    assert path == "title" and "\\udfff" in message


def test_a_repeated_key_names_the_key_as_its_place():
    path, message = _refusal_of(_example_text().replace('"year": 2023', '"year": 2023, "year": 2024', 1))
    assert path == "year" and message == "字段“year”在同一处出现了两次，无法确定取哪一个"
