import collections
import contextlib
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
# The shared reference example and its independently computed results, kept as test data.
EXAMPLE = ROOT / "tests" / "data" / "changshou-2023.json"
TEMPLATE = ROOT / "resources" / "templates" / "changshou-2023.json"
EXPECTED = Path(__file__).resolve().parent / "data" / "changshou-2023.expected.json"

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _function_under_mutation() -> str | None:
    """In a mutation run's child process, the mutated function's name (mutmut's mangled
    name, e.g. ``desktop_app.domain.scoring.x_compute``); elsewhere None."""
    mutant = os.environ.get("MUTANT_UNDER_TEST", "")
    return mutant.partition("__mutmut_")[0] if "__mutmut_" in mutant else None


# The run's working folder is mutants/: which tests have caught a mutant, per mutated function.
MUTATION_KILLERS = Path("mutation-killers")


def _killers(function: str) -> dict[str, int]:
    """How many mutants of ``function`` each test has caught so far in this folder's runs."""
    try:
        lines = (MUTATION_KILLERS / f"{function}.txt").read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        return {}
    return collections.Counter(line for line in lines if line)


def pytest_collection_modifyitems(config, items):
    """In a mutation run, try first the tests likeliest to catch the mutant for their cost: most
    mutants die on the first failing test (pytest -x), and the test that caught other mutants of the
    same function usually catches its neighbours. A test's chance goes with how many it caught, its
    cost is its whole time (set-up included); the order that makes the expected time to the first
    failure least is by cost ÷ chance. Tests that caught none follow by cost alone."""
    from property_budget import MUTATION_RUN

    if not MUTATION_RUN:
        return
    durations = _test_durations()
    if not durations:
        return
    costs = _test_costs()
    function = _function_under_mutation()
    killers = _killers(function) if function else {}

    def cost(item) -> float:
        return costs.get(item.nodeid, durations.get(item.nodeid, 0.0)) + MINIMUM_TEST_COST_S

    items.sort(key=lambda item: (cost(item) / (killers.get(item.nodeid, 0) + UNTRIED_CHANCE), cost(item)))


# A test that has caught no mutant of the function weighs as a tenth of one that caught one; every
# test costs at least a millisecond (its report, its fixtures).
UNTRIED_CHANCE = 0.1
MINIMUM_TEST_COST_S = 0.001
# In the run's working folder (mutants/): each test's whole time (set-up, call, tear-down) while mutmut
# recorded which tests reach which function, when every set-up is made for each test.
MUTATION_TEST_COSTS = Path("mutation-test-costs.json")
_COSTS_RECORDED: dict[str, float] = collections.defaultdict(float)
_COSTS: dict[str, float] | None = None


def _test_costs() -> dict[str, float]:
    global _COSTS
    if _COSTS is None:
        _COSTS = (json.loads(MUTATION_TEST_COSTS.read_text(encoding="utf-8"))
                  if MUTATION_TEST_COSTS.exists() else {})
    return _COSTS


def pytest_sessionfinish(session, exitstatus):
    """While mutmut records which tests reach which function, keep each test's whole time."""
    if os.environ.get("MUTANT_UNDER_TEST") == "stats" and _COSTS_RECORDED:
        # mutmut may record only the tests added since its last record: the others keep theirs.
        MUTATION_TEST_COSTS.write_text(json.dumps({**_test_costs(), **_COSTS_RECORDED}), encoding="utf-8")


_DURATIONS: dict[str, float] | None = None


def _test_durations() -> dict[str, float]:
    """How long each test's call took while mutmut recorded which tests reach which function."""
    global _DURATIONS
    if _DURATIONS is None:
        stats = Path("mutmut-stats.json")
        _DURATIONS = (json.loads(stats.read_text(encoding="utf-8")).get("duration_by_test", {})
                      if stats.exists() else {})
    return _DURATIONS


# A mutant's test that runs this many times its usual time (plus a margin for its set-up, which may be
# made again through the mutant) is taken to loop for ever: the mutant counts as timed out. mutmut's own
# limit is for all of a function's tests together, minutes for the most used ones.
MUTANT_TEST_TIME_FACTOR = 10
MUTANT_TEST_TIME_MARGIN_S = 5.0
TIMED_OUT = 36  # mutmut's exit code for a mutant that timed out


def _out_of_time(signum, frame):
    os._exit(TIMED_OUT)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_protocol(item, nextitem):
    """In a mutation run's child, each test has its own time limit (see MUTANT_TEST_TIME_FACTOR)."""
    import signal

    if _function_under_mutation() is None:
        return (yield)
    usual = _test_durations().get(item.nodeid, 0.0)
    previous = signal.signal(signal.SIGALRM, _out_of_time)
    signal.setitimer(signal.ITIMER_REAL, MUTANT_TEST_TIME_FACTOR * usual + MUTANT_TEST_TIME_MARGIN_S)
    try:
        return (yield)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def pytest_runtest_logreport(report):
    """In a mutation run, remember which test caught the mutant and what each test costs (see
    pytest_collection_modifyitems)."""
    if os.environ.get("MUTANT_UNDER_TEST") == "stats":
        _COSTS_RECORDED[report.nodeid] += report.duration
    function = _function_under_mutation()
    if function is None or not report.failed:
        return
    MUTATION_KILLERS.mkdir(exist_ok=True)
    # One short line in append mode: the parallel workers' lines do not interleave.
    with open(MUTATION_KILLERS / f"{function}.txt", "a", encoding="utf-8") as killers:
        killers.write(report.nodeid + "\n")


# --- set-up made once per process ------------------------------------------------------------------
# Reading and checking the demo year, and a database holding it, take a tenth of a second each: most
# tests need one or both. They are made once per process and handed out as copies. A mutation run's
# child process inherits them from the parent, which recorded the mutated functions (mutmut's
# names) each set-up ran: a child whose mutant is among them makes its own, through the mutant, once
# (a child tries one mutant with all its tests).
# key -> (value, the mutated functions its making ran, the mutant it was made under or None)
_SET_UP_ONCE: dict[str, tuple[object, frozenset, str | None]] = {}
MUTATION_SET_UP = Path("mutation-set-up")  # in mutants/, the run's working folder


def _traced(make):
    """``make()`` and the names of the mutable functions it ran (none outside a mutation run)."""
    ran = set()

    def profile(frame, event, arg):
        if event == "call" and "__mutmut_" in frame.f_code.co_name:
            ran.add(f"{frame.f_globals.get('__name__')}.{frame.f_code.co_name.partition('__mutmut_')[0]}")

    sys.setprofile(profile)
    try:
        value = make()
    finally:
        sys.setprofile(None)
    return value, frozenset(ran)


def _set_up_once(key: str, make, made_from=()):
    """The value ``make`` gives, made once (see above); with the mutated functions it depends on,
    including those of the set-ups (keys) ``made_from`` that ``make`` uses. Never kept while mutmut
    records which tests run which functions ("stats"): each test must run its set-up there, or a
    mutant of the set-up would be tried against the first test only."""
    recording = os.environ.get("MUTANT_UNDER_TEST") == "stats"
    mutant = _function_under_mutation()
    made = _SET_UP_ONCE.get(key)
    if made is not None and not recording and (mutant not in made[1] or made[2] == mutant):
        return made[:2]
    value, ran = _traced(make)
    ran = ran.union(*(_SET_UP_ONCE[used][1] for used in made_from if used in _SET_UP_ONCE))
    if not recording:
        _SET_UP_ONCE[key] = (value, ran, mutant)
    return value, ran


def _set_up_folder(prefix: str) -> Path:
    """A new temporary folder for a set-up made once, removed when the process ends. A mutation run's
    child ends without clean-up (os._exit): its folders (and those made while coverage is recorded) go
    in the run's own, which the run removes."""
    import atexit
    import shutil
    import tempfile

    # While mutmut records coverage ("stats") too: a stopped run never reaches the clean-up at exit.
    if _function_under_mutation() is not None or os.environ.get("MUTANT_UNDER_TEST") == "stats":
        MUTATION_SET_UP.mkdir(exist_ok=True)
        return Path(tempfile.mkdtemp(prefix=prefix, dir=MUTATION_SET_UP))
    folder = Path(tempfile.mkdtemp(prefix=prefix))
    atexit.register(shutil.rmtree, folder, True)
    return folder


def _demo_year():
    from desktop_app.yearfile import read_year_file

    return _set_up_once("demo year", lambda: read_year_file(EXAMPLE))


def _demo_database() -> tuple[Path, frozenset]:
    """A database file holding the demo year, to be copied (never opened in place)."""
    def make():
        from desktop_app.storage import Store

        year, _ = _demo_year()
        folder = _set_up_folder("demo-database-")
        with Store(folder / "demo.db") as store:
            store.save_year(year)
        return folder / "demo.db"

    return _set_up_once("demo database", make, made_from=("demo year",))


@pytest.fixture(autouse=True)
def isolated_user_data(tmp_path, monkeypatch):
    """Never touch the real user's data directory (platformdirs honours XDG on Linux)."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))


@pytest.fixture
def example_path() -> Path:
    return EXAMPLE


@pytest.fixture
def example_year():
    import copy
    import dataclasses

    year, _ = _demo_year()
    return dataclasses.replace(year, issuer=copy.deepcopy(year.issuer))  # the one mutable field


@pytest.fixture
def plan_wording(example_year):
    """What the built-in template adds to the reference year: the plan's veto conditions and methods,
    and the rule that every loss needs a reason."""
    import dataclasses

    from desktop_app.yearfile import read_year_file

    template = read_year_file(TEMPLATE)
    return {"veto_conditions": template.veto_conditions, "assessment_methods": template.assessment_methods,
            "rules": dataclasses.replace(example_year.rules, require_loss_reasons=True)}


def run_cli(*args, env_home=None, cwd=None, extra_env=None):
    """Run ``python -m desktop_app`` as the user would, capturing its output."""
    env = {**os.environ, **(extra_env or {})}
    env["PYTHONIOENCODING"] = "utf-8"
    return subprocess.run([sys.executable, "-m", "desktop_app", *map(str, args)], capture_output=True,
                          text=True, encoding="utf-8", cwd=cwd or ROOT, env=env, timeout=120)


def run_cli_in_process(*args):
    """The command line's ``main`` called in this process, as ``run_cli`` would run it:
    the exit code and what it printed (an unexpected exception fails the test)."""
    from desktop_app.cli import main

    out, err = (io.TextIOWrapper(io.BytesIO(), encoding="utf-8") for _ in range(2))
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main([str(arg) for arg in args])
    texts = []
    for stream in (out, err):
        stream.flush()
        texts.append(stream.buffer.getvalue().decode("utf-8"))
    return subprocess.CompletedProcess(["desktop_app", *map(str, args)], code, *texts)


def database_files(db: Path) -> dict:
    """The bytes of a database and its -wal/-shm files, to show a refusal changed nothing."""
    return {p.name: p.read_bytes() for p in sorted(db.parent.glob(db.name + "*"))}


@pytest.fixture(scope="module")
def database(tmp_path_factory):
    """A database file holding the demo year, imported through the command line's ``main``."""
    path = tmp_path_factory.mktemp("db") / "office.db"
    result = run_cli_in_process("import", EXAMPLE, "--db", path)
    assert result.returncode == 0, result.stderr
    return path


@pytest.fixture
def fresh_database(tmp_path) -> Path:
    """A database file of this test alone, holding the demo year."""
    return _copy_of_demo_database(tmp_path / "shared.db")


def _copy_of_demo_database(path: Path) -> Path:
    """A database at ``path`` holding the demo year: a copy of the one made once (through the
    mutant, in a mutation run's child whose mutant the making ran)."""
    import shutil

    template, _ = _demo_database()
    shutil.copyfile(template, path)
    return path


@pytest.fixture
def fresh_store(fresh_database):
    """The open store of ``fresh_database`` (closed after the test)."""
    from desktop_app.storage import Store

    with Store(fresh_database) as store:
        yield store


@pytest.fixture
def demo_store(tmp_path):
    """A database holding the Changshou 2023 demo year."""
    from desktop_app.storage import Store

    store = Store(_copy_of_demo_database(tmp_path / "gui.db"))
    yield store
    try:
        store.close()
    except Exception:  # noqa: BLE001 - the window may have closed it already
        pass


@pytest.fixture
def messenger():
    from desktop_app.gui.common.messenger import RecordingMessenger

    return RecordingMessenger()


@pytest.fixture
def main_window(qtbot, demo_store, messenger, tmp_path):
    """The real main window on the demo year; dialogs answered by ``messenger``; another
    database the window opens is taken as it is (without accounts: one user, no sign-in)."""
    from PySide6.QtCore import QSettings

    from desktop_app.gui.main_window import MainWindow

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.IniFormat)
    window = MainWindow(demo_store, messenger=messenger, settings=settings, sign_in=lambda store: "single user")
    qtbot.addWidget(window)
    window.start(2023)
    window.show()
    return window
