"""Roll-up from the level below: a city's part scored from each county's year file, as each
county exported it: points × the weighted mean of the county's units' final ÷ full, to 0.01,
with the file, its results fingerprint and the day kept and shown."""
from __future__ import annotations

import dataclasses
import datetime as dt
import json
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from pathlib import Path

import pytest

from desktop_app.domain.model import RollUp, RollUpPart, Score, SubUnit
from desktop_app.domain.scoring import compute, rollup_score
from desktop_app.domain.status import fingerprint
from desktop_app.domain.validation import validate
from desktop_app.jsontext import dumps_json
from desktop_app.services import YearService, YearSession
from desktop_app.services.rollup import RollUpError, import_lower_year, lower_results
from desktop_app.storage import Store
from desktop_app.yearfile import read_year_file, write_year_file, year_to_dict
from tests.conftest import ROOT, database_files, run_cli_in_process

D = Decimal
EXAMPLE = ROOT / "resources" / "examples" / "two-level"
COUNTIES = {"X01": "county-jia.json", "X02": "county-yi.json", "X03": "county-bing.json"}
TODAY = dt.date(2024, 1, 20)


def expected_part(county_file: str, points=40) -> Decimal:
    """Worked out here: the county's towns' finals over its full score, averaged, times the points."""
    county = read_year_file(EXAMPLE / county_file)
    finals = [Fraction(str(row.final)) for row in compute(county).rows]
    mean = sum(finals) / len(finals) / Fraction(str(county.rules.full_score))
    return (Decimal(mean.numerator) / Decimal(mean.denominator) * points).quantize(D("0.01"), ROUND_HALF_UP)


@pytest.fixture
def city_store(tmp_path):
    with Store(tmp_path / "city.db") as store:
        YearService(store).import_year(read_year_file(EXAMPLE / "city.json"))
        yield store


def test_the_city_is_incomplete_until_each_countys_file_is_rolled_up_then_scored_from_them(city_store):
    session = YearSession(city_store, 2023)
    assert not session.result.complete and session.result.missing_count == 3
    for town, file in COUNTIES.items():
        rollup = import_lower_year(session, town, "I03", EXAMPLE / file, today=lambda: TODAY)
        county = read_year_file(EXAMPLE / file)
        assert (rollup.source, rollup.fingerprint, rollup.imported_on) == (file, fingerprint(county, compute(county)), "2024-01-20")
        assert [unit.name for unit in rollup.units] == [row.name for row in compute(county).rows]
    result = session.result
    assert result.complete
    for town, file in COUNTIES.items():
        row = result.by_code()[town]
        assert row.categories["C2"] == expected_part(file)
    # Reading a county again replaces what was read before.
    import_lower_year(session, "X01", "I03", EXAMPLE / "county-jia.json", today=lambda: dt.date(2024, 1, 21))
    assert [(r.town, r.imported_on) for r in session.year.rollups if r.town == "X01"] == [("X01", "2024-01-21")]
    assert len(session.year.rollups) == 3


def test_weights_by_class_and_a_unit_of_an_unlisted_class_weighing_nothing():
    rule = RollUpPart("I03", weights=(("贫困县", D(50)), ("非贫困县", D(10))))
    rollup = RollUp("X01", "I03", (SubUnit("甲", D(90), D(100), "贫困县"), SubUnit("乙", D(60), D(100), "非贫困县"),
                                   SubUnit("丙", D(10), D(100), "其他")), "f.json", "0000-0000-0000", "2024-01-01",
                    2023, "下级")
    # (50 × 0.9 + 10 × 0.6) ÷ 60 × 60 = 51
    assert rollup_score(D(60), rule, rollup) == D("51.00")
    assert rollup_score(D(60), RollUpPart("I03"), rollup) == D("32.00")  # (0.9 + 0.6 + 0.1) ÷ 3 × 60
    assert rollup_score(D(60), RollUpPart("I03", weights=(("省级",  D(1)),)), rollup) is None


def lower_file(tmp_path, change) -> Path:
    data = year_to_dict(change(read_year_file(EXAMPLE / "county-jia.json")))
    path = tmp_path / "county.json"
    path.write_text(dumps_json(data), encoding="utf-8")
    return path


@pytest.mark.parametrize("change, message", [
    (lambda y: dataclasses.replace(y, year=2022), "county.json 是 2022 年度的考核，本年度是 2023 年度，不能汇总"),
    (lambda y: dataclasses.replace(y, unit_level="县（区）"), "county.json 考核的是“县（区）”，这里要汇总的是“镇街”的考核结果"),
    (lambda y: dataclasses.replace(y, unit_level=None), "county.json 考核的是“（未注明层级）”，这里要汇总的是“镇街”的考核结果"),
    (lambda y: dataclasses.replace(y, scores=y.scores[1:]), "county.json 的考核尚有 1 项未打分，结果不是最终结果，不能汇总"),
])
def test_a_lower_file_of_the_wrong_year_or_level_or_unfinished_is_refused_with_exit_2_and_nothing_kept(
        tmp_path, change, message):
    db = tmp_path / "city.db"
    assert run_cli_in_process("import", EXAMPLE / "city.json", "--db", db).returncode == 0
    before = database_files(db)
    bad = lower_file(tmp_path, change)
    result = run_cli_in_process("rollup", bad, "--db", db, "--year", 2023, "--town", "X01", "--part", "I03")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert message in result.stderr
    assert database_files(db) == before


def test_a_part_that_is_not_rolled_up_or_an_unknown_town_is_refused(city_store):
    upper = city_store.load_year(2023)
    with pytest.raises(RollUpError, match="打分部分 I01 不是下级结果汇总部分"):
        lower_results(EXAMPLE / "county-jia.json", upper, "X01", "I01", TODAY)
    with pytest.raises(RollUpError, match="本年度没有镇街 X09"):
        lower_results(EXAMPLE / "county-jia.json", upper, "X09", "I03", TODAY)


def test_an_entered_score_on_a_rolled_up_part_is_refused_and_not_counted():
    city = read_year_file(EXAMPLE / "city.json")
    entered = dataclasses.replace(city, scores=city.scores + (Score("X01", "I03", D(40)),))
    assert "打分部分 I03 的得分由下级考核结果汇总，不能直接录入（镇街 X01）" in [p.message for p in validate(entered)]
    assert "I03" in compute(entered).by_code()["X01"].missing_parts


def test_the_command_line_rolls_up_the_three_counties_and_the_city_is_then_complete(tmp_path):
    db = tmp_path / "city.db"
    assert run_cli_in_process("import", EXAMPLE / "city.json", "--db", db).returncode == 0
    for town, file in COUNTIES.items():
        result = run_cli_in_process("rollup", EXAMPLE / file, "--db", db, "--year", 2023, "--town", town, "--part", "I03")
        assert result.returncode == 0, result.stderr
        assert f"已汇总 {EXAMPLE / file}" in result.stdout
    shown = run_cli_in_process("compute", "--db", db, "--year", 2023, "--format", "json")
    rows = {row["code"]: row for row in json.loads(shown.stdout)}
    assert all(row["complete"] for row in rows.values())
    assert D(rows["X02"]["categories"]["C2"]) == expected_part("county-yi.json")


def test_the_lower_results_go_through_the_year_file_and_the_database_with_their_provenance(city_store, tmp_path):
    session = YearSession(city_store, 2023)
    import_lower_year(session, "X03", "I03", EXAMPLE / "county-bing.json", today=lambda: TODAY)
    year = city_store.load_year(2023, use_cache=False)
    assert year == session.year and year.rollups[0].units[0].class_name is None
    write_year_file(year, tmp_path / "out.json")
    data = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert data["rollup_parts"] == [{"part": "I03", "unit_level": "镇街"}]
    assert data["rollups"][0]["source"] == "county-bing.json" and len(data["rollups"][0]["units"]) == 7
    assert read_year_file(tmp_path / "out.json") == year
    entries = [e for e in city_store.audit_entries(2023) if e["target"] == "rollups"]
    assert [(e["key"], e["change"]) for e in entries] == [("X03/I03", "insert")]


def unit(name, final, full=D(100), class_name=None):
    return SubUnit(name, D(final), D(full), class_name)


def roll(*units):
    return RollUp("X01", "I03", units, "f.json", "0000-0000-0000", "2024-01-01", 2023, "下级")


def test_a_unit_of_full_score_zero_gives_no_score_and_a_full_score_of_one_or_one_unit_counts():
    rule = RollUpPart("I03")
    assert rollup_score(D(40), rule, roll(unit("甲", 0, 0))) is None
    assert rollup_score(D(40), rule, roll(unit("甲", "0.5", 1))) == D("20.00")
    assert rollup_score(D(40), rule, roll(unit("甲", 90))) == D("36.00")  # one unit, weight 1
    weighted = RollUpPart("I03", weights=(("贫困县", D("0.5")),))
    assert rollup_score(D(40), weighted, roll(unit("甲", 90, class_name="贫困县"))) == D("36.00")


def test_a_lower_file_with_a_problem_is_refused_though_complete(tmp_path, city_store):
    bad = lower_file(tmp_path, lambda y: dataclasses.replace(
        y, categories=(dataclasses.replace(y.categories[0], points=y.categories[0].points + 1),) + y.categories[1:]))
    from desktop_app.yearfile import YearFileError

    with pytest.raises(YearFileError, match="分值为"):
        lower_results(bad, city_store.load_year(2023), "X01", "I03", TODAY)


def test_the_lower_units_keep_their_class_names_for_the_weights(tmp_path, city_store):
    from desktop_app.domain import scheme_edit as edits

    classed = lower_file(tmp_path, lambda y: edits.set_town_classes(y, ["镇", "街道"]))
    rollup = lower_results(classed, city_store.load_year(2023), "X01", "I03", TODAY)
    county = read_year_file(classed)
    kinds = {town.name: town.kind for town in county.towns}
    assert [(u.name, u.class_name) for u in rollup.units] == [(u.name, kinds[u.name]) for u in rollup.units]


def test_weights_by_class_are_stored_and_read_back(tmp_path):
    city = read_year_file(EXAMPLE / "city.json")
    weighted = dataclasses.replace(city, rollup_parts=(RollUpPart("I03", weights=(("贫困县", D(50)), ("非贫困县", D(10))),
                                                                  unit_level="镇街"),))
    with Store(tmp_path / "w.db") as store:
        store.save_year(weighted)
        assert store.load_year(2023, use_cache=False).rollup_parts == weighted.rollup_parts


def test_lower_results_written_from_another_window_meanwhile_are_not_overwritten(city_store):
    from desktop_app.services.session import ConflictError

    mine, theirs = YearSession(city_store, 2023), YearSession(city_store, 2023)
    seen = mine.year
    import_lower_year(theirs, "X02", "I03", EXAMPLE / "county-yi.json", today=lambda: TODAY)
    mine_rollup = lower_results(EXAMPLE / "county-jia.json", seen, "X01", "I03", TODAY)
    with pytest.raises(ConflictError):
        mine.set_rollups(seen.rollups + (mine_rollup,), based_on=seen)
    assert [r.town for r in city_store.load_year(2023, use_cache=False).rollups] == ["X02"]


def test_undo_of_a_part_no_longer_rolled_up_brings_its_lower_results_back_and_keeps_the_others_once(tmp_path):
    city = read_year_file(EXAMPLE / "city.json")
    city = dataclasses.replace(city, rollup_parts=city.rollup_parts + (RollUpPart("I02"),),
                               scores=tuple(s for s in city.scores if s.part != "I02"))
    with Store(tmp_path / "city.db") as store:
        YearService(store).import_year(city)
        session = YearSession(store, 2023)
        for part in ("I03", "I02"):
            for town, file in COUNTIES.items():
                import_lower_year(session, town, part, EXAMPLE / file, today=lambda: TODAY)
        before = session.year
        assert session.update_scheme(dataclasses.replace(before, rollup_parts=before.rollup_parts[:1])) == 3
        assert [(r.town, r.part) for r in session.year.rollups] == [(town, "I03") for town in COUNTIES]
        session.restore_scheme(before)
        assert session.year.rollups == before.rollups
        assert store.load_year(2023, use_cache=False).rollups == before.rollups


def test_lower_results_another_window_keeps_while_a_file_is_being_read_are_not_lost(city_store):
    from desktop_app.services.session import ConflictError

    mine, theirs = YearSession(city_store, 2023), YearSession(city_store, 2023)

    def today_while_they_import():  # called between reading the year and keeping the results
        import_lower_year(theirs, "X02", "I03", EXAMPLE / "county-yi.json", today=lambda: TODAY)
        return TODAY

    with pytest.raises(ConflictError):
        import_lower_year(mine, "X01", "I03", EXAMPLE / "county-jia.json", today=today_while_they_import)
    assert [r.town for r in city_store.load_year(2023, use_cache=False).rollups] == ["X02"]


def test_weights_lower_results_and_their_units_classes_go_through_the_year_file(tmp_path):
    city = read_year_file(EXAMPLE / "city.json")
    weighted = dataclasses.replace(city, rollups=(), rollup_parts=(
        RollUpPart("I03", weights=(("重点帮扶县", D(50)), ("其他县", D(10))), unit_level="镇街"),))
    rolled = dataclasses.replace(weighted, rollups=(RollUp(
        "X01", "I03", (SubUnit("甲镇", D("90.5"), D("100"), "重点帮扶县"), SubUnit("乙镇", D("80"), D("100"))),
        "county-jia.json", "0123456789abcdef", "2024-01-20", 2023, "甲县2023年度考核"),))
    for year in (weighted, rolled):  # parts rolled up before any lower file is read, and after
        write_year_file(year, tmp_path / "city.json")
        assert read_year_file(tmp_path / "city.json") == year


def test_lower_results_the_year_would_refuse_are_not_counted_and_those_after_them_are():
    """For a part not rolled up, an unknown part or town, or a town the part does not apply to:
    the core leaves them out (validation names them), and still counts the records that follow."""
    city = read_year_file(EXAMPLE / "city.json")
    points = next(part.points for _, part in city.parts() if part.code == "I03")
    city = dataclasses.replace(city, indicators=tuple(
        dataclasses.replace(i, applies_to=("X01", "X02")) if i.code == "I03" else i for i in city.indicators))
    units = (SubUnit("甲镇", D("80"), D("100")),)

    def lower(town, part):
        return RollUp(town, part, units, "county.json", "0123456789abcdef", "2024-01-20", 2023, "县")

    refused = (lower("X01", "I01"), lower("X01", "I99"), lower("X01", "I98"), lower("X99", "I03"), lower("X03", "I03"))
    year = dataclasses.replace(city, rollups=refused + (lower("X02", "I03"),),
                               rollup_parts=city.rollup_parts + (RollUpPart("I98"),))  # I98: rolled up, not a part
    rows = {row.code: row for row in compute(year).rows}
    only_good = compute(dataclasses.replace(city, rollups=(lower("X02", "I03"),)))
    assert [(row.code, row.raw, row.complete) for row in compute(year).rows] == \
        [(row.code, row.raw, row.complete) for row in only_good.rows]
    assert rollup_score(points, city.rollup_parts[0], lower("X02", "I03")) == (points * D("0.8")).quantize(D("0.01"))
    assert not rows["X01"].complete  # its roll-up part is still missing: the record for I01 did not fill it
