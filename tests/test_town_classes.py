"""Classified assessment (分类考核): towns in classes, each class ranked and graded on its own
when the year says so; the classes kept by the year file, the database and the audit trail."""
from __future__ import annotations

import dataclasses
import json
from decimal import Decimal

import pytest

from desktop_app.domain.model import Grade, TownClass
from desktop_app.domain.scoring import compute
from desktop_app.domain.status import fingerprint
from desktop_app.domain.validation import validate
from desktop_app.jsontext import dumps_json
from desktop_app.storage import Store
from desktop_app.yearfile import read_year_file, write_year_file, year_to_dict
from tests.conftest import EXAMPLE, run_cli_in_process
from tests.test_scoring_properties import simple_year

TWO = (Grade("好", share=Decimal("0.5")), Grade("一般"))
CLASSES = (TownClass("Z", "镇"), TownClass("J", "街道"))


def classified(finals, classes_of, *, by_class=True, vetoed=(), grades=TWO, rank_style="competition"):
    """``simple_year`` with its towns put in classes (a letter per town, in town order)."""
    year = simple_year(finals, grades=grades, vetoed=vetoed, rank_style=rank_style)
    towns = tuple(dataclasses.replace(town, class_code=code) for town, code in zip(year.towns, classes_of))
    return dataclasses.replace(year, towns=towns, town_classes=CLASSES,
                               rules=dataclasses.replace(year.rules, rank_by_class=by_class))


def table(result):
    return [(row.code, row.town_class, row.rank, row.grade) for row in result.rows]


def test_each_class_is_ranked_and_graded_on_its_own_with_quotas_of_its_size():
    # Towns 90 80 70 60 in class Z, 85 75 in class J: half of each class is graded 好.
    year = classified([90, 85, 80, 75, 70, 60], "ZJZJZZ")
    assert validate(year) == []
    assert table(compute(year)) == [
        ("T00", "Z", 1, "好"), ("T02", "Z", 2, "好"), ("T04", "Z", 3, "一般"), ("T05", "Z", 4, "一般"),
        ("T01", "J", 1, "好"), ("T03", "J", 2, "一般"),
    ]


def test_with_classes_but_not_ranked_by_class_all_towns_are_ranked_together_and_show_their_class():
    year = classified([90, 85, 80, 75, 70, 60], "ZJZJZZ", by_class=False)
    assert table(compute(year)) == [
        ("T00", "Z", 1, "好"), ("T01", "J", 2, "好"), ("T02", "Z", 3, "好"), ("T03", "J", 4, "一般"),
        ("T04", "Z", 5, "一般"), ("T05", "Z", 6, "一般"),
    ]


def test_a_vetoed_town_is_last_of_its_class_and_counts_in_its_class_size():
    # Class Z has four towns, one vetoed: its quota is still 2 of 4, given to the two best standing.
    year = classified([90, 85, 80, 75, 70, 60], "ZJZJZZ", vetoed=(0,))
    assert table(compute(year)) == [
        ("T02", "Z", 1, "好"), ("T04", "Z", 2, "好"), ("T05", "Z", 3, "一般"), ("T00", "Z", 4, "一般"),
        ("T01", "J", 1, "好"), ("T03", "J", 2, "一般"),
    ]


def test_classes_follow_the_years_class_order_and_dense_ranks_restart_in_each():
    year = classified([70, 70, 90, 90], "JZJZ", rank_style="dense")
    year = dataclasses.replace(year, town_classes=(TownClass("J", "街道"), TownClass("Z", "镇")))
    assert [(row.code, row.rank) for row in compute(year).rows] == [("T02", 1), ("T00", 2), ("T03", 1), ("T01", 2)]


def test_the_json_row_names_the_class_only_when_the_year_has_classes():
    plain = simple_year([90, 80], grades=TWO)
    assert "class" not in compute(plain).rows[0].as_json()
    assert compute(classified([90, 80], "ZJ")).rows[0].as_json()["class"] == "Z"


@pytest.mark.parametrize("change, message", [
    (lambda y: dataclasses.replace(y, towns=(dataclasses.replace(y.towns[0], class_code=None),) + y.towns[1:]),
     "镇街“镇0”没有归入任何类别（本年度按类别考核，每个镇街须属于一个类别）"),
    (lambda y: dataclasses.replace(y, towns=(dataclasses.replace(y.towns[0], class_code="X"),) + y.towns[1:]),
     "镇街“镇0”的类别 X 不是本年度设定的类别"),
    (lambda y: dataclasses.replace(y, town_classes=(), towns=tuple(
        dataclasses.replace(t, class_code=None) for t in y.towns)),
     "已设定按类别分别排名评等，但没有设定镇街类别"),
    (lambda y: dataclasses.replace(y, town_classes=CLASSES + (TownClass("Z", "乡"),)),
     "镇街类别编码 Z 重复（与第 1 条相同），编码必须唯一"),
    (lambda y: dataclasses.replace(y, town_classes=CLASSES + (TownClass("X", "镇"),)),
     "镇街类别名称“镇”重复（与第 1 条相同），名称必须唯一"),
])
def test_a_town_outside_the_classes_or_a_broken_class_list_is_refused_by_name(change, message):
    year = change(classified([90, 80], "ZJ"))
    assert message in [problem.message for problem in validate(year)]


def test_a_town_in_no_class_is_refused_by_the_command_line_with_exit_2(tmp_path):
    data = year_to_dict(classified([90, 80], "ZJ"))
    del data["towns"][1]["class"]
    bad = tmp_path / "classes.json"
    bad.write_text(dumps_json(data), encoding="utf-8")
    result = run_cli_in_process("compute", bad)
    assert result.returncode == 2
    assert "镇街“镇1”没有归入任何类别" in result.stderr and "Traceback" not in result.stderr


def test_classes_go_through_the_year_file_and_an_old_file_stays_as_it_was(tmp_path):
    year = classified([90, 85, 80], "ZJZ")
    path = tmp_path / "classified.json"
    write_year_file(year, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["town_classes"] == [{"code": "Z", "name": "镇"}, {"code": "J", "name": "街道"}]
    assert [town["class"] for town in data["towns"]] == ["Z", "J", "Z"]
    assert data["rules"]["rank_by_class"] is True
    assert read_year_file(path) == year
    old = read_year_file(EXAMPLE)
    assert old.town_classes == () and not old.rules.rank_by_class
    assert {town.class_code for town in old.towns} == {None}
    exported = year_to_dict(old)
    assert "town_classes" not in exported and "rank_by_class" not in exported["rules"]
    assert all("class" not in town for town in exported["towns"])


def test_classes_are_stored_and_read_back_and_each_class_change_is_in_the_audit_trail(tmp_path):
    year = classified([90, 85, 80], "ZJZ")
    with Store(tmp_path / "classes.db") as store:
        store.save_year(year)
        assert store.load_year(2023, use_cache=False) == year
        first = len(store.audit_entries(2023))
        moved = dataclasses.replace(
            year, towns=(dataclasses.replace(year.towns[0], class_code="J"),) + year.towns[1:],
            town_classes=(TownClass("Z", "建制镇"), CLASSES[1]),
            rules=dataclasses.replace(year.rules, rank_by_class=False))
        store.update_year(moved)
        assert store.load_year(2023, use_cache=False) == moved
        changes = {(e["target"], e["key"]): (e["old_value"], e["new_value"]) for e in store.audit_entries(2023)[first:]}
    assert set(changes) == {("towns", "T00"), ("town_classes", "Z"), ("years", "")}
    assert json.loads(changes["towns", "T00"][0])["class"] == "Z" and json.loads(changes["towns", "T00"][1])["class"] == "J"
    assert json.loads(changes["town_classes", "Z"][1]) == {"name": "建制镇"}
    assert (json.loads(changes["years", ""][0])["rank_by_class"], json.loads(changes["years", ""][1])["rank_by_class"]) == (1, 0)


def test_a_class_change_changes_the_fingerprint_and_no_classes_keep_the_old_one():
    plain = simple_year([90, 85, 80], grades=TWO)
    as_before = fingerprint(plain, compute(plain))
    unranked = dataclasses.replace(plain, rules=dataclasses.replace(plain.rules, rank_by_class=False))
    assert fingerprint(unranked, compute(unranked)) == as_before
    year = classified([90, 85, 80], "ZJZ")
    moved = dataclasses.replace(year, towns=(dataclasses.replace(year.towns[0], class_code="J"),) + year.towns[1:])
    renamed = dataclasses.replace(year, town_classes=(TownClass("Z", "建制镇"), CLASSES[1]))
    prints = {fingerprint(y, compute(y)) for y in (plain, year, moved, renamed)}
    assert len(prints) == 4


@pytest.fixture(scope="module")
def demo_by_kind():
    """The demo year in two classes, 镇 (12 towns) and 街道 (7), each ranked on its own."""
    from desktop_app.domain import scheme_edit as edits

    year = edits.update_rules(edits.set_town_classes(read_year_file(EXAMPLE), ["镇", "街道"]), rank_by_class=True)
    return year, compute(year)


def test_the_notice_counts_and_names_each_classs_grades(demo_by_kind):
    from desktop_app.documents.notice import results_paragraphs

    year, result = demo_by_kind
    # 好 30 %, 较好 50 % (floor): 3 and 6 of the 12 towns, 2 and 3 of the 7 streets.
    text = results_paragraphs(year, result, {})
    assert text[1] == ("经综合评定，全区19个镇街分2类考核：镇（12个）中，考核等次为“好”的3个，考核等次为“较好”的6个，"
                       "考核等次为“一般”的3个；街道（7个）中，考核等次为“好”的2个，考核等次为“较好”的3个，"
                       "考核等次为“一般”的2个。各镇街得分和排名见附件。")
    best = [row.name for row in result.rows if row.grade == "好"]
    assert text[2] == (f"（一）“好”等次（5个）。镇：{'、'.join(best[:3])}；街道：{'、'.join(best[3:])}。")
    assert all(name.endswith("镇") for name in best[:3]) and all(name.endswith("街道") for name in best[3:])
    # The vetoed 洪湖镇 is named last among 镇's 一般 towns.
    assert text[4].startswith("（三）“一般”等次（5个）。镇：") and "洪湖镇；街道：" in text[4]


def test_the_notice_table_and_the_upward_workbook_show_the_class_and_the_rank_in_it(demo_by_kind, tmp_path):
    import openpyxl

    from desktop_app.documents import FontSet
    from desktop_app.documents.notice import results_table
    from desktop_app.excel.submission import write_submission_workbook

    year, result = demo_by_kind
    table = results_table(year, result, FontSet.bundled())
    assert [column.header for column in table.columns[:3]] == ["类内\n排名", "镇街", "类别"]
    assert [row.cells[:3] for row in table.rows][:1] == [("1", result.rows[0].name, "镇")]
    assert [row.cells[0] for row in table.rows].count("1") == 2
    path = tmp_path / "up.xlsx"
    write_submission_workbook(year, result, path)
    sheet = openpyxl.load_workbook(path)["汇总表"]
    assert [sheet.cell(3, column).value for column in (1, 2, 3)] == ["类内排名", "镇街", "类别"]
    rows = [[sheet.cell(r, c).value for c in (1, 2, 3)] for r in range(5, 5 + len(result.rows))]
    assert rows == [[row.rank, row.name, {"K01": "镇", "K02": "街道"}[row.town_class]] for row in result.rows]
    assert sheet.freeze_panes == "D5"


def test_a_year_without_classes_keeps_its_notice_table_and_workbook_columns(tmp_path):
    import openpyxl

    from desktop_app.documents import FontSet
    from desktop_app.documents.notice import results_table
    from desktop_app.excel.submission import write_submission_workbook

    year = read_year_file(EXAMPLE)
    result = compute(year)
    assert [column.header for column in results_table(year, result, FontSet.bundled()).columns[:3]] == [
        "排名", "镇街", f"{year.categories[0].name}\n10分"]
    write_submission_workbook(year, result, tmp_path / "up.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "up.xlsx")["汇总表"]
    assert [sheet.cell(3, column).value for column in (1, 2, 3)] == ["排名", "镇街", "各项得分"]


def test_the_command_lines_table_has_a_class_column_for_a_year_with_classes(tmp_path):
    path = tmp_path / "classified.json"
    write_year_file(classified([90, 85, 80], "ZJZ"), path)
    result = run_cli_in_process("compute", path)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    header = next(line for line in lines if line.startswith("排名"))
    assert header.split()[:3] == ["排名", "镇街", "类别"]
    ranked = [line.split()[:3] for line in lines if line[:1].isdigit()]
    assert ranked == [["1", "镇0", "镇"], ["2", "镇2", "镇"], ["1", "镇1", "街道"]]
    plain = run_cli_in_process("compute", EXAMPLE)
    assert next(line for line in plain.stdout.splitlines() if line.startswith("排名")).split()[2] != "类别"


def test_a_letter_ranks_the_town_within_its_class_and_says_tied_only_within_it(demo_by_kind):
    from desktop_app.documents.letter import letter_paragraphs

    year, result = demo_by_kind
    first_street = next(row for row in result.rows if row.town_class == "K02")
    before, _ = letter_paragraphs(year, result, first_street, {})
    assert f"在街道7个镇街中排名第1位，考核等次为“{first_street.grade}”。" in before[2]
    plain = read_year_file(EXAMPLE)
    plain_result = compute(plain)
    top = plain_result.rows[0]
    assert "在全区19个镇街中排名第1位" in letter_paragraphs(plain, plain_result, top, {})[0][2]


def test_a_class_code_the_year_does_not_define_is_shown_as_it_is_and_no_class_as_nothing():
    year = classified([90, 80], "ZJ")
    assert (year.class_name("Z"), year.class_name("Q"), year.class_name(None)) == ("镇", "Q", "")


def test_towns_of_a_class_the_year_does_not_define_are_ranked_together_after_the_defined_classes():
    """A year the checks would refuse (a town in class Q, which the year does not list) still
    computes: its towns form one more class, listed last."""
    result = compute(classified([90, 80, 70, 60, 50, 40], "ZQJQZJ"))
    assert table(result) == [("T00", "Z", 1, "好"), ("T04", "Z", 2, "一般"), ("T02", "J", 1, "好"), ("T05", "J", 2, "一般"),
                             ("T01", "Q", 1, "好"), ("T03", "Q", 2, "一般")]
