"""The command line as the office uses it."""
import json
import os
from pathlib import Path

from conftest import EXAMPLE, EXPECTED, run_cli


def test_first_start_creates_demo_database_and_shows_the_ranking(tmp_path):
    data_home = Path(os.environ["XDG_DATA_HOME"])
    result = run_cli("show")
    assert result.returncode == 0, result.stderr
    database = data_home / "town-assessment-desk" / "assessment.db"
    assert database.exists()
    lines = result.stdout.splitlines()
    assert str(database) in result.stdout
    first = next(line for line in lines if line.startswith("1 "))
    assert "八颗街道" in first and "97.91" in first and "好" in first
    last = next(line for line in lines if line.startswith("19 "))
    assert "洪湖镇" in last and "一票否决" in last
    # second start reuses the database, it does not import the demo again
    again = run_cli("years")
    assert again.returncode == 0 and [l for l in again.stdout.splitlines() if l.startswith("2023\t")] != []
    assert len([l for l in again.stdout.splitlines() if l.startswith("20")]) == 1


def test_table_format_lists_every_town_with_grade(tmp_path):
    result = run_cli("compute", EXAMPLE)
    assert result.returncode == 0
    expected = json.loads(EXPECTED.read_text(encoding="utf-8"))
    for row in expected:
        line = next(line for line in result.stdout.splitlines() if f" {row['name']} " in f" {line} ")
        assert line.split()[0] == str(row["rank"])
        assert f"{float(row['final']):.2f}" in line and row["grade"] in line


def test_import_export_round_trip(tmp_path):
    db = tmp_path / "office.db"
    out = tmp_path / "out.json"
    assert run_cli("import", EXAMPLE, "--db", db).returncode == 0
    result = run_cli("export", "--year", 2023, "--db", db, "-o", out)
    assert result.returncode == 0, result.stderr
    exported = json.loads(out.read_text(encoding="utf-8"))
    original = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    # semantically equal: same content; the export spells out defaulted rules
    for key in original:
        if key != "rules":
            assert exported[key] == original[key], key
    assert {k: v for k, v in exported["rules"].items() if k in original["rules"]} == original["rules"]
    assert exported["rules"]["rank_style"] == "competition"
    # and the export computes to the same results
    assert run_cli("compute", out, "--format", "json").stdout == EXPECTED.read_text(encoding="utf-8")


def test_replace_overwrites_a_year(tmp_path):
    db = tmp_path / "office.db"
    assert run_cli("import", EXAMPLE, "--db", db).returncode == 0
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    data["vetoes"] = []
    changed = tmp_path / "changed.json"
    changed.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert run_cli("import", changed, "--db", db, "--replace").returncode == 0
    rows = json.loads(run_cli("compute", "--year", 2023, "--db", db, "--format", "json").stdout)
    hongu = next(row for row in rows if row["code"] == "T18")
    assert hongu["vetoed"] is False and hongu["rank"] == 11  # 90.52, after 龙河镇 90.69


def test_validate_reports_summary():
    result = run_cli("validate", EXAMPLE)
    assert result.returncode == 0
    assert "19 个镇街" in result.stdout and "410 条得分" in result.stdout


def test_compute_needs_exactly_one_source(tmp_path):
    result = run_cli("compute")
    assert result.returncode == 2 and "二选一" in result.stderr
