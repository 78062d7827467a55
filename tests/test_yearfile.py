"""The whole-year file: every field read and written, defaults of absent fields, the problems of a bad
file (each naming where it is and what is wrong), unreadable and damaged files, and writing that cannot
leave half a file."""
import copy
import dataclasses
import errno
import json
import os
from decimal import Decimal

import pytest

from desktop_app.domain.model import (
    AssessmentYear, Bonus, BonusType, Category, Deduction, Department, Grade, Indicator, Inspection,
    InspectionType, Part, Rules, Score, Town, Veto,
)
from desktop_app.tools.generate import generate_year
from desktop_app.jsontext import dumps_json
from desktop_app.yearfile import (
    YearFileError, parse_year_text, read_year_file, write_year_file, year_from_dict, year_to_dict,
)
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


# --- every field, both ways -----------------------------------------------------

# A small year that uses every field the format has, each with a value off its default.
FULL = {
    "format": "assessment-year/1", "year": 2024, "title": "2024年度镇街考核",
    "issuer": {"name": "区委办公室", "marks": ["区委办公室", "区政府办公室"], "doc_number": "委办发〔2025〕2号"},
    "rules": {"full_score": 100, "bonus_cap": 2, "grade_mode": "threshold", "quota_rounding": "round",
              "boundary_ties": "exclude", "rank_style": "dense", "veto_grade": "较好",
              "grades": [{"name": "好", "share": 0.3, "min_score": 95}, {"name": "较好", "min_score": 85},
                         {"name": "一般"}]},
    "veto_conditions": ["发生重大安全事故", "弄虚作假"],
    "assessment_methods": ["量化打分", "实地评估"],
    "departments": [{"code": "D1", "name": "农业农村委"}, {"code": "D2", "name": "民政局"}],
    "categories": [{"code": "C1", "name": "责任落实", "points": 100}],
    "indicators": [
        {"code": "I1", "category": "C1", "name": "产业发展", "content": "产业项目推进情况", "method": "量化打分",
         "applies_to": ["T1"], "parts": [{"code": "P1", "department": "D1", "points": 40}]},
        {"code": "I2", "category": "C1", "name": "兜底保障", "applies_to": "all",
         "parts": [{"code": "P2", "department": "D2", "points": 60}]},
        {"code": "I3", "category": "C1", "name": "否决事项", "veto": True, "applies_to": "all",
         "parts": [{"code": "P3", "department": "D1", "points": 0}]},
    ],
    "towns": [{"code": "T1", "name": "甲镇", "kind": "镇"}, {"code": "T2", "name": "乙街道"}],
    "scores": [
        {"town": "T1", "part": "P1", "score": 35.5,
         "deductions": [{"reason": "台账不全", "points": 3}, {"reason": "整改滞后", "points": 1.5}], "note": "复核后确认"},
        {"town": "T1", "part": "P2", "score": 60},
        {"town": "T2", "part": "P2", "score": 58.25},
    ],
    "bonus_types": [{"code": "B1", "name": "市级表彰", "points": 0.5}],
    "bonuses": [{"town": "T2", "type": "B1", "count": 2, "group": "示范村", "evidence": "渝办〔2024〕5号",
                 "date": "2024-06-28"}],
    "inspection_types": [{"code": "R1", "name": "市级专项督查", "award": 0.2}],
    "inspections": [{"town": "T1", "type": "R1", "round": 2, "deducted": 0.1, "note": "第2批问题"}],
    "vetoes": [{"town": "T2", "reason": "发生重大安全事故", "indicator": "I3", "evidence": "事故通报",
                "date": "2024-09-01"}],
}

FULL_YEAR = AssessmentYear(
    year=2024, title="2024年度镇街考核",
    issuer={"name": "区委办公室", "marks": ["区委办公室", "区政府办公室"], "doc_number": "委办发〔2025〕2号"},
    rules=Rules(Decimal(100), Decimal(2), "threshold",
                (Grade("好", Decimal("0.3"), Decimal(95)), Grade("较好", None, Decimal(85)), Grade("一般")),
                quota_rounding="round", boundary_ties="exclude", veto_grade="较好", rank_style="dense"),
    veto_conditions=("发生重大安全事故", "弄虚作假"),
    assessment_methods=("量化打分", "实地评估"),
    departments=(Department("D1", "农业农村委"), Department("D2", "民政局")),
    categories=(Category("C1", "责任落实", Decimal(100)),),
    indicators=(
        Indicator("I1", "C1", "产业发展", (Part("P1", "D1", Decimal(40)),), content="产业项目推进情况",
                  method="量化打分", applies_to=("T1",)),
        Indicator("I2", "C1", "兜底保障", (Part("P2", "D2", Decimal(60)),)),
        Indicator("I3", "C1", "否决事项", (Part("P3", "D1", Decimal(0)),), veto=True),
    ),
    towns=(Town("T1", "甲镇", "镇"), Town("T2", "乙街道")),
    scores=(
        Score("T1", "P1", Decimal("35.5"), (Deduction("台账不全", Decimal(3)), Deduction("整改滞后", Decimal("1.5"))),
              "复核后确认"),
        Score("T1", "P2", Decimal(60)),
        Score("T2", "P2", Decimal("58.25")),
    ),
    bonus_types=(BonusType("B1", "市级表彰", Decimal("0.5")),),
    bonuses=(Bonus("T2", "B1", 2, "示范村", "渝办〔2024〕5号", "2024-06-28"),),
    inspection_types=(InspectionType("R1", "市级专项督查", Decimal("0.2")),),
    inspections=(Inspection("T1", "R1", 2, Decimal("0.1"), "第2批问题"),),
    vetoes=(Veto("T2", "发生重大安全事故", "I3", "事故通报", "2024-09-01"),),
)

# The least a valid file holds: every optional field and list left out.
MINIMAL = {
    "format": "assessment-year/1", "year": 2024, "title": "2024年度考核",
    "rules": {"full_score": 100, "bonus_cap": 2, "grade_mode": "proportion",
              "grades": [{"name": "好", "share": 0.3}, {"name": "一般"}]},
    "departments": [{"code": "D1", "name": "部门一"}],
    "categories": [{"code": "C1", "name": "类别一", "points": 100}],
    "indicators": [{"code": "I1", "category": "C1", "name": "指标一",
                    "parts": [{"code": "P1", "department": "D1", "points": 100}]}],
    "towns": [{"code": "T1", "name": "甲镇"}],
}


def _text(data: dict) -> str:
    return json.dumps(data, ensure_ascii=False)


def _as_read(data: dict) -> dict:
    """``data`` with its fractions as the exact decimals a file holds."""
    return json.loads(json.dumps(data), parse_float=Decimal)


def test_every_field_of_the_file_is_read_into_the_year():
    assert parse_year_text(_text(FULL)) == FULL_YEAR


def test_every_field_of_the_year_is_written_and_nothing_else():
    assert year_to_dict(FULL_YEAR) == _as_read(FULL)


def test_a_file_using_every_field_is_read_back_as_written(tmp_path):
    write_year_file(FULL_YEAR, tmp_path / "2024.json")
    assert json.loads((tmp_path / "2024.json").read_text(encoding="utf-8"), parse_float=Decimal) == _as_read(FULL)
    assert read_year_file(tmp_path / "2024.json") == FULL_YEAR


def test_a_file_without_optional_fields_reads_as_the_defaults():
    year = parse_year_text(_text(MINIMAL))
    assert year.issuer is None
    assert year.veto_conditions == () and year.assessment_methods == ()
    assert year.rules == Rules(Decimal(100), Decimal(2), "proportion", (Grade("好", Decimal("0.3")), Grade("一般")))
    assert year.indicators == (Indicator("I1", "C1", "指标一", (Part("P1", "D1", Decimal(100)),)),)
    assert year.towns == (Town("T1", "甲镇", None),)
    for key in ("scores", "bonus_types", "bonuses", "inspection_types", "inspections", "vetoes"):
        assert getattr(year, key) == ()


def test_absent_optional_fields_of_records_read_as_none():
    data = copy.deepcopy(MINIMAL)
    data["towns"].append({"code": "T2", "name": "乙镇"})
    data["scores"] = [{"town": "T1", "part": "P1", "score": 90}]
    data["bonus_types"] = [{"code": "B1", "name": "市级表彰", "points": 0.5}]
    data["bonuses"] = [{"town": "T1", "type": "B1"}]
    data["inspection_types"] = [{"code": "R1", "name": "市级专项督查", "award": 0.2}]
    data["inspections"] = [{"town": "T1", "type": "R1"}]
    data["vetoes"] = [{"town": "T2", "reason": "发生重大安全事故"}]
    year = parse_year_text(_text(data))
    assert year.scores == (Score("T1", "P1", Decimal(90), (), None),)
    assert year.bonuses == (Bonus("T1", "B1", 1, None, None, None),)
    assert year.inspections == (Inspection("T1", "R1", None, Decimal(0), None),)
    assert year.vetoes == (Veto("T2", "发生重大安全事故", None, None, None),)


def test_a_year_without_optional_fields_is_written_with_the_rules_spelled_out():
    """Rules always name their choice; empty optional fields and lists of records are written as such."""
    assert year_to_dict(parse_year_text(_text(MINIMAL))) == {
        **_as_read(MINIMAL),
        "rules": {**_as_read(MINIMAL)["rules"], "quota_rounding": "floor", "boundary_ties": "include",
                  "rank_style": "competition"},
        "indicators": [{**MINIMAL["indicators"][0], "applies_to": "all"}],
        "scores": [], "bonus_types": [], "bonuses": [], "inspection_types": [], "inspections": [], "vetoes": [],
    }


def test_an_empty_veto_grade_means_the_last_grade():
    data = copy.deepcopy(MINIMAL)
    data["rules"]["veto_grade"] = ""
    year = parse_year_text(_text(data))
    assert year.rules.veto_grade is None and year.rules.effective_veto_grade == "一般"
    assert "veto_grade" not in year_to_dict(year)["rules"]


def test_numbers_are_read_exactly_as_written():
    """No binary rounding: a share with many places keeps every place, and is written back so."""
    data = copy.deepcopy(MINIMAL)
    data["rules"]["grades"][0]["share"] = "SHARE"
    text = _text(data).replace('"SHARE"', "0.33333333333333333333")
    year = parse_year_text(text)
    assert year.rules.grades[0].share == Decimal("0.33333333333333333333")
    assert "0.33333333333333333333" in dumps_json(year_to_dict(year))


# --- problems of a bad file -----------------------------------------------------

def _problems(data) -> list[tuple[str, str]]:
    with pytest.raises(YearFileError) as refused:
        parse_year_text(data if isinstance(data, str) else _text(data), "2024.json")
    assert refused.value.source == "2024.json"
    return [(p.path, p.message) for p in refused.value.problems]


def _changed(change) -> dict:
    data = copy.deepcopy(MINIMAL)
    change(data)
    return data


@pytest.mark.parametrize("change, expected", [
    (lambda d: d.pop("title"), ("", "缺少必填字段 title")),
    (lambda d: d["rules"]["grades"][0].pop("name"), ("rules.grades[0]", "缺少必填字段 name")),
    (lambda d: d["indicators"][0]["parts"][0].pop("department"),
     ("indicators[0].parts[0]", "缺少必填字段 department")),
    (lambda d: d.update(year="2024"), ("year", "类型错误：应为 整数")),
    (lambda d: d.update(title=5), ("title", "类型错误：应为 文本")),
    (lambda d: d["categories"][0].update(points="十"), ("categories[0].points", "类型错误：应为 数字")),
    (lambda d: d["rules"].update(grades="好"), ("rules.grades", "类型错误：应为 列表")),
    (lambda d: d["rules"]["grades"].append(3), ("rules.grades[2]", "类型错误：应为 对象")),
    (lambda d: d["indicators"][0].update(veto="是"), ("indicators[0].veto", "类型错误：应为 true/false")),
    (lambda d: d["rules"].update(grade_mode="ranking"), ("rules.grade_mode", "取值无效，可选值为 proportion、threshold")),
    (lambda d: d["towns"][0].update(kind="村"), ("towns[0].kind", "取值无效，可选值为 镇、街道、乡")),
    (lambda d: d.update(format="assessment-year/2"), ("format", "取值必须为 assessment-year/1")),
    (lambda d: d.update(year=1999), ("year", "数值不能小于 2000")),
    (lambda d: d.update(year=2101), ("year", "数值不能大于 2100")),
    (lambda d: d["rules"].update(full_score=0), ("rules.full_score", "数值必须大于 0")),
    (lambda d: d["rules"]["grades"].pop(), ("rules.grades", "至少需要 2 项")),
    (lambda d: d.update(title=""), ("title", "不能为空")),
    (lambda d: d["indicators"][0].update(zeta=1, alpha=2), ("indicators[0]", "含有格式不允许的字段 alpha、zeta")),
    (lambda d: d.update(vetoes=[{"town": "T1", "reason": "事故", "date": "2024/09/01"}]),
     ("vetoes[0].date", "格式错误：应为 date（日期写作 2024-06-28）")),
    (lambda d: d["indicators"][0].update(applies_to="T1"), ("indicators[0].applies_to", "取值应为 \"all\" 或镇街编码列表")),
])
def test_a_file_off_the_format_names_the_place_and_the_fault(change, expected):
    assert _problems(_changed(change)) == [expected]


def test_a_missing_field_is_named_without_the_fields_that_are_there():
    data = _changed(lambda d: d["categories"][0].pop("points"))
    data["categories"][0].pop("name")
    assert _problems(data)[0] == ("categories[0]", "缺少必填字段 name、points")


def test_several_missing_fields_of_one_object_are_one_problem():
    data = _changed(lambda d: d.update(year="2024"))
    del data["title"], data["towns"]
    data["indicators"][0].pop("name")
    data["indicators"][0]["权重"] = 1
    assert _problems(data) == [
        ("", "缺少必填字段 title、towns"),
        ("indicators[0]", "缺少必填字段 name"),
        ("indicators[0]", "含有格式不允许的字段 权重"),
        ("year", "类型错误：应为 整数"),
    ]


def test_an_unknown_field_is_named_without_the_known_ones():
    data = _changed(lambda d: d["towns"][0].update(kind="镇", 别名="甲"))
    assert _problems(data) == [("towns[0]", "含有格式不允许的字段 别名")]


def test_every_fault_is_reported_in_the_order_of_its_place():
    data = _changed(lambda d: d.update(title=5, year="2024"))
    data["departments"][0].pop("name")
    assert _problems(data) == [
        ("departments[0]", "缺少必填字段 name"),
        ("title", "类型错误：应为 文本"),
        ("year", "类型错误：应为 整数"),
    ]


def test_a_fault_of_the_content_is_reported_after_the_format_is_right():
    data = _changed(lambda d: d.update(scores=[{"town": "T9", "part": "P1", "score": 1}]))
    assert _problems(data) == [("scores[0]", "镇街 T9 不存在（打分部分 P1）")]


@pytest.mark.parametrize("text", ["[1, 2]", "null", "\"2024\""])
def test_json_that_is_not_an_object_is_not_a_year(text):
    assert _problems(text) == [("", "文件内容不是一个考核年度（应为 JSON 对象）")]


def test_text_that_is_not_json_names_line_and_column():
    assert _problems('{\n "year": 2024,\n "title" "考核"\n}') == [
        ("第 3 行第 10 列", "不是有效的 JSON（Expecting ':' delimiter），文件可能不完整或已损坏")]


def test_the_refusal_names_the_source_and_each_place():
    with pytest.raises(YearFileError) as refused:
        parse_year_text("[]")
    assert refused.value.source == "<text>"
    data = _changed(lambda d: d.update(title=5))
    data["departments"][0].pop("name")
    with pytest.raises(YearFileError) as refused:
        parse_year_text(_text(data), "2024.json")
    error = refused.value
    assert str(error) == error.describe() == (
        "2024.json: departments[0]: 缺少必填字段 name\n2024.json: title: 类型错误：应为 文本")
    with pytest.raises(YearFileError) as refused:
        parse_year_text("[]", "2024.json")
    assert str(refused.value) == "2024.json: 文件内容不是一个考核年度（应为 JSON 对象）"


def test_the_refusal_can_be_shown_translated():
    with pytest.raises(YearFileError) as refused:
        parse_year_text(_text(_changed(lambda d: d.update(title=5))), "2024.json")
    english = {"类型错误：应为 {detail}": "wrong type: expected {detail}"}
    assert refused.value.describe(lambda context, text: english.get(text, text)) == (
        "2024.json: title: wrong type: expected 文本")


# --- unreadable and damaged files -----------------------------------------------

def _read_problems(path) -> list[tuple[str, str]]:
    with pytest.raises(YearFileError) as refused:
        read_year_file(path)
    assert refused.value.source == str(path)
    return [(p.path, p.message) for p in refused.value.problems]


def test_a_missing_file_or_a_folder_is_reported_as_unreadable(tmp_path):
    assert _read_problems(tmp_path / "nowhere.json") == [("", "无法读取文件：" + os.strerror(errno.ENOENT))]
    assert _read_problems(tmp_path) == [("", "无法读取文件：" + os.strerror(errno.EISDIR))]


def test_a_file_off_the_format_is_refused_naming_the_file(tmp_path):
    path = tmp_path / "2024.json"
    path.write_text(_text(_changed(lambda d: d.update(title=5))), encoding="utf-8")
    assert _read_problems(path) == [("title", "类型错误：应为 文本")]


def test_a_file_saved_with_a_byte_order_mark_is_read(tmp_path, example_year):
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + EXAMPLE.read_bytes())
    assert read_year_file(path) == example_year


def test_a_file_in_another_encoding_names_the_first_bad_byte(tmp_path):
    path = tmp_path / "gbk.json"
    path.write_bytes('{"title": "长寿"}'.encode("gbk"))
    assert _read_problems(path) == [("字节 11", "文件不是 UTF-8 编码的文本，请选择导出的年度文件（.json）")]


def test_the_bad_byte_is_counted_from_the_start_of_the_file_with_a_byte_order_mark(tmp_path):
    path = tmp_path / "gbk.json"
    path.write_bytes(b"\xef\xbb\xbf" + '{"title": "长寿"}'.encode("gbk"))
    assert _read_problems(path) == [("字节 14", "文件不是 UTF-8 编码的文本，请选择导出的年度文件（.json）")]


def test_a_bad_last_byte_is_an_encoding_fault_not_a_cut(tmp_path):
    path = tmp_path / "tail.json"
    path.write_bytes(EXAMPLE.read_bytes() + b"\xff")
    assert _read_problems(path) == [(f"字节 {len(EXAMPLE.read_bytes())}",
                                     "文件不是 UTF-8 编码的文本，请选择导出的年度文件（.json）")]


@pytest.mark.parametrize("bom", [b"", b"\xef\xbb\xbf"])
def test_a_file_cut_inside_a_character_is_reported_as_cut_off(tmp_path, bom):
    path = tmp_path / "cut.json"
    path.write_bytes(bom + '{"title": "考核"}'.encode("utf-8")[:13])  # ends with two of the three bytes of 考
    assert _read_problems(path) == [
        ("第 1 行第 11 列", "不是有效的 JSON（Unterminated string starting at），文件可能不完整或已损坏")]
