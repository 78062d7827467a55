"""The mutation runner that collects the tests once (scripts/mutation_live_session.py), on a project of two
functions: a mutant the tests catch is counted as killed, one they cannot catch as survived, and no
mutant's child configures pytest again (its tests come from the session opened in the parent)."""
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("mutmut")

ROOT = Path(__file__).resolve().parent.parent
RUNNER = ROOT / "scripts" / "mutation_live_session.py"

CALC = '''\
def add(a, b):
    return a + b


def describe(n):
    return "many" if n > 1 else "one"
'''

TESTS = '''\
from pkg.calc import add, describe


def test_add():
    assert add(2, 3) == 5


def test_describe_runs():
    describe(2)  # checks nothing: every mutant of describe survives
'''

# Each pytest configuration, with the mutant it was made under, one line each (in the project's folder).
CONFTEST = '''\
import os


def pytest_configure(config):
    with open(os.path.join(os.path.dirname(__file__), "..", "..", "configured.txt"), "a") as log:
        log.write(os.environ.get("MUTANT_UNDER_TEST", "") + "\\n")
'''


def test_mutants_are_run_from_one_collected_session(tmp_path):
    (tmp_path / "pyproject.toml").write_text(
        '[tool.mutmut]\nsource_paths = ["pkg/"]\npytest_add_cli_args_test_selection = ["tests/"]\n', encoding="utf-8")
    (tmp_path / "pkg").mkdir()
    (tmp_path / "pkg" / "__init__.py").write_text("", encoding="utf-8")
    (tmp_path / "pkg" / "calc.py").write_text(CALC, encoding="utf-8")
    (tmp_path / "tests").mkdir()
    (tmp_path / "tests" / "test_calc.py").write_text(TESTS, encoding="utf-8")
    (tmp_path / "tests" / "conftest.py").write_text(CONFTEST, encoding="utf-8")
    environment = {name: value for name, value in os.environ.items()
                   if name not in ("MUTANT_UNDER_TEST", "PYTEST_CURRENT_TEST", "PYTEST_ADDOPTS")}

    finished = subprocess.run([sys.executable, str(RUNNER), "run", "--max-children", "1"], cwd=tmp_path,
                              env=environment, capture_output=True, text=True, timeout=300)

    assert finished.returncode == 0, finished.stderr[-2000:]
    results = json.loads((tmp_path / "mutants" / "pkg" / "calc.py.meta").read_text(encoding="utf-8"))
    exit_codes = results["exit_code_by_key"]
    assert exit_codes["pkg.calc.x_add__mutmut_1"] == 1  # a + b → a - b: test_add fails, killed
    describe_codes = {code for name, code in exit_codes.items() if name.startswith("pkg.calc.x_describe__")}
    assert describe_codes == {0}
    configured_under = (tmp_path / "configured.txt").read_text(encoding="utf-8").splitlines()
    assert not any("__mutmut_" in mutant for mutant in configured_under), configured_under
    assert not (tmp_path / "mutants" / "live-session-errors.txt").exists()


class _Item:
    def __init__(self, nodeid):
        self.nodeid = nodeid


def test_a_mutants_tests_are_tried_by_cost_over_their_chance_to_catch_it(tmp_path, monkeypatch):
    """Tests that caught the function's other mutants come first unless they cost far more than
    their record is worth; tests that caught none follow, quickest first."""
    from tests import conftest
    import property_budget

    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(property_budget, "MUTATION_RUN", True)
    monkeypatch.setattr(conftest, "_DURATIONS", None)
    monkeypatch.setattr(conftest, "_COSTS", None)
    monkeypatch.setenv("MUTANT_UNDER_TEST", "desktop_app.domain.scoring.x_compute__mutmut_7")
    # Call times as mutmut recorded them; whole times (set-up included) as the conftest did.
    (tmp_path / "mutmut-stats.json").write_text(json.dumps({"duration_by_test": {
        "slow_killer": 0.2, "cheap_killer": 0.01, "often_killer": 0.3, "idle_quick": 0.001, "idle_slow": 0.5}}))
    (tmp_path / "mutation-test-costs.json").write_text(json.dumps({
        "slow_killer": 2.0, "cheap_killer": 0.05, "often_killer": 0.4, "idle_quick": 0.002, "idle_slow": 0.6}))
    (tmp_path / "mutation-killers").mkdir()
    (tmp_path / "mutation-killers" / "desktop_app.domain.scoring.x_compute.txt").write_text(
        "slow_killer\n" * 3 + "cheap_killer\n" * 2 + "often_killer\n" * 40)
    items = [_Item(name) for name in ("idle_slow", "slow_killer", "idle_quick", "often_killer", "cheap_killer")]

    conftest.pytest_collection_modifyitems(None, items)

    # cost ÷ (caught + 0.1), costs + 1 ms: often 0.401/40.1 = 0.010, cheap 0.051/2.1 = 0.024,
    # idle quick 0.003/0.1 = 0.03, slow killer 2.001/3.1 = 0.65, idle slow 0.601/0.1 = 6.
    assert [item.nodeid for item in items] == ["often_killer", "cheap_killer", "idle_quick", "slow_killer", "idle_slow"]


def test_set_up_folders_made_while_coverage_is_recorded_go_in_the_runs_own_folder(tmp_path, monkeypatch):
    """A stopped run never reaches the clean-up at exit: its folders must not pile up in the system's."""
    from tests import conftest

    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("MUTANT_UNDER_TEST", "stats")
    folder = conftest._set_up_folder("demo-database-")
    assert folder.parent.resolve() == (tmp_path / "mutation-set-up").resolve()
    monkeypatch.setenv("MUTANT_UNDER_TEST", "")
    elsewhere = conftest._set_up_folder("demo-database-")
    assert (tmp_path / "mutation-set-up") not in elsewhere.parents
