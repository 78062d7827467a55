"""``mutmut`` with its tests collected once: each mutant's child runs them from a live pytest session.

mutmut forks a child per mutant, and the child starts pytest afresh: its configuration, plugins
and the collection of the selected tests took about 0.2 s of a mutant's median 0.3 s here. This
runner configures pytest and collects every test once, in the parent, just before the mutants
run; a child picks its tests out of that session, orders them as pytest would (the conftest tries
the tests that caught the function's other mutants first), and runs them, stopping at the first
failure as ``pytest -x`` does. Everything else is mutmut's own: the mutants, the stats, the time
limits, the results in ``mutants/``.

    python scripts/mutation_live_session.py run --max-children N [MUTANT ...]

(the arguments are mutmut's; ``scripts/mutation_run.py`` calls it).
"""
from __future__ import annotations

import contextlib
import os
import sys
import traceback
from pathlib import Path

import mutmut.__main__ as mutmut_main
from mutmut.configuration import config as mutmut_config
from mutmut.runners.harness import PytestRunner
from mutmut.workers import isolation

TESTS_FAILED = 1  # pytest's exit code, which mutmut reads as "killed"
SUSPICIOUS = 35  # mutmut's exit code for a mutant whose run went wrong, neither killed nor survived
# In the children's working folder, mutants/: what went wrong in a child outside the tests.
RUNNER_ERRORS = Path("live-session-errors.txt")


class LiveSessionPytestRunner(PytestRunner):
    """mutmut's pytest runner, except that a mutant's tests come from one session collected in the parent."""

    def __init__(self) -> None:
        super().__init__()
        self.session = None
        self.items_by_nodeid: dict[str, object] = {}

    def open_session(self) -> None:
        """Configure pytest and collect the whole test selection, as ``pytest.main`` would, then stop."""
        from _pytest.config import _prepareconfig
        from _pytest.main import Session

        params = ["--rootdir=.", "--tb=native", "-x", "-q", "-p", "no:randomly", "-p", "no:random-order",
                  *self._pytest_add_cli_args_test_selection, *self._pytest_add_cli_args]
        os.chdir("mutants")
        # The terminal reporter writes to the stdout it finds at configuration: nothing to show here.
        # It keeps that file for the children's runs.
        self.quiet = open(os.devnull, "w")
        with contextlib.redirect_stdout(self.quiet):
            config = _prepareconfig(params)
            config._do_configure()
            session = Session.from_config(config)
            config.hook.pytest_sessionstart(session=session)
            config.hook.pytest_collection(session=session)
            # Output capture is started again in each child, with its own files (see run_tests); it
            # restores the stdout it found, so it stops before that is put back.
            config.pluginmanager.getplugin("capturemanager").stop_global_capturing()
        os.chdir("..")
        self.session = session
        self.items_by_nodeid = {item.nodeid: item for item in session.items}

    def run_tests(self, *, mutant_name: str | None, tests) -> int:
        tests = list(tests)
        if mutant_name is None or self.session is None or not all(test in self.items_by_nodeid for test in tests):
            return super().run_tests(mutant_name=mutant_name, tests=tests)
        # In the child of one mutant (mutmut has set MUTANT_UNDER_TEST): it ends with os._exit.
        os.chdir("mutants")
        try:
            return self._run_selected(tests)
        except BaseException:  # noqa: BLE001 - a fault of this runner must not pass for a caught mutant
            with open(RUNNER_ERRORS, "a", encoding="utf-8") as errors:
                print(f"--- {mutant_name}", file=errors)
                traceback.print_exc(file=errors)
            return SUSPICIOUS

    def _run_selected(self, tests: list[str]) -> int:
        session, config = self.session, self.session.config
        config.pluginmanager.getplugin("capturemanager").start_global_capturing()
        items = [self.items_by_nodeid[test] for test in tests]
        config.hook.pytest_collection_modifyitems(session=session, config=config, items=items)
        for index, item in enumerate(items):
            next_item = items[index + 1] if index + 1 < len(items) else None
            config.hook.pytest_runtest_protocol(item=item, nextitem=next_item)
            if session.testsfailed:
                return TESTS_FAILED
        return 0


class LiveSessionForkRunner(isolation.ForkRunner):
    """mutmut's fork runner, opening the live session when the mutants are about to run."""

    def startup(self) -> None:
        self.test_runner.open_session()
        super().startup()


def live_session_runner(max_workers: int = 1) -> isolation.MutantRunner:
    if max_workers < 1:
        raise ValueError("max_workers must be at least 1")
    return LiveSessionForkRunner(max_workers=max_workers, test_runner=LiveSessionPytestRunner(),
                                 debug=mutmut_config().debug)


def main() -> None:
    mutmut_main.get_mutant_runner = live_session_runner
    sys.argv[0] = "mutmut"
    mutmut_main.cli()


if __name__ == "__main__":
    main()
