"""``mutmut`` with each mutant's tests run in two stages: first the few tests most likely to
catch it, then, only if it survived them, all the others.

mutmut hands a mutant's child process every test that reaches the mutated function and
pytest collects each of their files before running the first test: for the functions most
tests reach (reading a year file, loading a stored year) that is some thirty files, a tenth
of a second or more, while most mutants are caught by the first test. The first stage is the
tests that caught other mutants of the same function in this folder's runs
(``mutants/mutation-killers/``, see tests/conftest.py), then the quickest; the verdict is the
same as running all the tests at once, because the second stage runs every test not yet run.

    python scripts/mutmut_staged.py run [mutmut's arguments]
"""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from mutmut.runners.harness import PytestRunner

FIRST_STAGE_TESTS = 5
KILLERS = Path("mutants") / "mutation-killers"

_run_all_at_once = PytestRunner.run_tests


def first_stage(mutant_name: str, tests: list[str]) -> list[str]:
    """The tests to try first: those that caught most mutants of the function, then the quickest
    (mutmut orders ``tests`` quickest first)."""
    function = mutant_name.partition("__mutmut_")[0]
    try:
        lines = (KILLERS / f"{function}.txt").read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        lines = []
    caught = Counter(line.removeprefix("mutants/") for line in lines if line)
    order = {test: position for position, test in enumerate(tests)}
    ranked = sorted(tests, key=lambda test: (-caught.get(test, 0), order[test]))
    return ranked[:FIRST_STAGE_TESTS]


def run_tests_in_stages(self, *, mutant_name, tests):
    tests = list(tests)
    if mutant_name is None or len(tests) <= FIRST_STAGE_TESTS:
        return _run_all_at_once(self, mutant_name=mutant_name, tests=tests)
    first = first_stage(mutant_name, tests)
    exit_code = _run_all_at_once(self, mutant_name=mutant_name, tests=first)
    if exit_code != 0:  # caught (or timed out, or broke the run): the verdict stands
        return exit_code
    tried = set(first)
    return _run_all_at_once(self, mutant_name=mutant_name, tests=[test for test in tests if test not in tried])


PytestRunner.run_tests = run_tests_in_stages

if __name__ == "__main__":
    from mutmut.__main__ import cli

    sys.exit(cli())
