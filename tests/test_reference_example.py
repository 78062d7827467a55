"""The Changshou 2023 example must give exactly the independently computed results."""
import json
from decimal import Decimal

import dataclasses

import pytest
from conftest import EXAMPLE, EXPECTED, SHARED, TEMPLATE, run_cli

from desktop_app.domain.scoring import compute
from desktop_app.storage import Store
from desktop_app.yearfile import read_year_file


@pytest.mark.skipif(not (SHARED / "examples").is_dir(), reason="the shared reference is not beside this checkout")
def test_test_data_is_the_shared_reference():
    """The project's copy of the example and its expected results must not drift from the reference."""
    assert (SHARED / "examples" / "changshou-2023.json").read_bytes() == EXAMPLE.read_bytes()
    assert (SHARED / "examples" / "changshou-2023.expected.json").read_bytes() == EXPECTED.read_bytes()


def test_built_in_template_is_the_example_with_the_plan_wording(example_year):
    """The template a new year starts from is the reference year plus the plan's veto
    conditions and assessment methods (fields the reference file does not carry) and the
    rule that every loss needs a reason."""
    template = read_year_file(TEMPLATE)
    assert example_year.veto_conditions == () and example_year.assessment_methods == ()
    assert len(template.veto_conditions) == 3 and "电话调查" in template.assessment_methods
    assert template.rules.require_loss_reasons and not example_year.rules.require_loss_reasons
    assert dataclasses.replace(template, veto_conditions=(), assessment_methods=(),
                               rules=dataclasses.replace(template.rules, require_loss_reasons=False)) == example_year


def test_cli_compute_json_reproduces_expected_byte_for_byte():
    result = run_cli("compute", EXAMPLE, "--format", "json")
    assert result.returncode == 0, result.stderr
    assert result.stdout == EXPECTED.read_text(encoding="utf-8")


def test_every_field_every_town_in_ranking_order(example_year):
    expected = json.loads(EXPECTED.read_text(encoding="utf-8"))
    rows = compute(example_year).rows
    assert [row.code for row in rows] == [item["code"] for item in expected]
    for row, item in zip(rows, expected):
        assert row.as_json() == item
        # numerically too, so a formatting change cannot hide a wrong value
        assert row.final == Decimal(item["final"])


def test_compute_from_database_matches(tmp_path, example_year):
    db = tmp_path / "a.db"
    with Store(db) as store:
        store.save_year(example_year)
    result = run_cli("compute", "--year", 2023, "--db", db, "--format", "json")
    assert result.returncode == 0, result.stderr
    assert result.stdout == EXPECTED.read_text(encoding="utf-8")


def test_reference_facts(example_year):
    """Spot checks of rules the example exercises, stated independently of the file."""
    by_code = compute(example_year).by_code()
    # T16 has no 重点帮扶 indicator: full 98, 94.89 × 100 / 98 = 96.826… → 96.83
    assert by_code["T16"].full == 98 and by_code["T16"].normalised == Decimal("96.83")
    # T09: 1 + 0.5 + 2 × 0.3 = 2.1 capped at 2
    assert by_code["T09"].bonus == 2 and by_code["T09"].bonus_detail.capped
    # T08: one achievement at two levels counts once, at the higher 0.5
    assert by_code["T08"].bonus == Decimal("0.5") and by_code["T08"].bonus_detail.superseded
    # T12: the round's award is cancelled and 0.3 deducted; T13: −0.1 + 0.2
    assert by_code["T12"].inspection == Decimal("-0.3") and by_code["T13"].inspection == Decimal("0.1")
    # T18 is vetoed: last place, last grade, although 90.52 would rank 10th
    assert by_code["T18"].vetoed and by_code["T18"].rank == 19 and by_code["T18"].grade == "一般"
    counts = compute(example_year).grade_counts()
    assert counts == {"好": 5, "较好": 9, "一般": 5}  # floor(19 × 0.3), floor(19 × 0.5), the rest


def test_inconsistent_year_being_edited_still_computes(example_year):
    """The scheme editor shows problems without blocking: compute must not fail meanwhile."""
    import dataclasses

    from desktop_app.domain.model import Bonus, Inspection
    from desktop_app.domain.validation import validate

    moved = dataclasses.replace(example_year.indicators[0], category="C9")  # category not (yet) created
    broken = dataclasses.replace(
        example_year,
        indicators=(moved, *example_year.indicators[1:]),
        bonuses=example_year.bonuses + (Bonus("T01", "B99"),),
        inspections=example_year.inspections + (Inspection("T01", "R9"),),
    )
    assert validate(broken)  # the problems are reported …
    rows = compute(broken).by_code()  # … and the results still come
    t01 = compute(example_year).by_code()["T01"]
    assert rows["T01"].final == t01.final  # unknown types add nothing
    assert rows["T01"].categories["C9"] == Decimal("3.0")
    assert rows["T01"].categories["C1"] == t01.categories["C1"] - Decimal("3.0")


def test_missing_parts_are_listed_in_scheme_order(example_year):
    import dataclasses

    dropped = {("T03", "I01"), ("T03", "I22"), ("T03", "I21")}  # I22 applies to T03 only partially
    year = dataclasses.replace(example_year, scores=tuple(
        s for s in example_year.scores if (s.town, s.part) not in dropped))
    row = compute(year).by_code()["T03"]
    assert row.missing_parts == ("I01", "I21", "I22")
    assert not row.complete and not compute(year).complete
    assert compute(year).by_code()["T01"].complete
