"""A process killed (kill -9) in the middle of a write leaves the database as it was before
that write or after it, never in between, and nothing half-written beside it."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

from conftest import EXAMPLE, ROOT

from desktop_app.storage import Store
from desktop_app.tools.generate import generate_year
from desktop_app.yearfile import write_year_file

IMPORTER = """
import sys
from desktop_app.services import YearService
from desktop_app.storage import Store
from desktop_app.yearfile import read_year_file
year = read_year_file(sys.argv[2])
with Store(sys.argv[1]) as store:
    print("ready", flush=True)
    YearService(store).import_year(year, replace=True)
print("done", flush=True)
"""


def test_an_import_killed_at_any_moment_leaves_the_old_year_or_the_new_one(tmp_path):
    big = generate_year(300, 40, seed=9, missing_share=0.1)
    big_file = tmp_path / "big.json"
    write_year_file(big, big_file)
    database = tmp_path / "kill.db"
    with Store(database) as store:
        from desktop_app.services import YearService
        from desktop_app.yearfile import read_year_file

        YearService(store).import_year(read_year_file(EXAMPLE))
        original = store.load_year(2023)
    outcomes = []
    for run, delay in enumerate([0.05, 0.15, 0.3, 0.5, 0.8, 1.2]):
        process = subprocess.Popen([sys.executable, "-c", IMPORTER, str(database), str(big_file)], cwd=ROOT,
                                   stdout=subprocess.PIPE, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
        assert process.stdout.readline().strip() == "ready"
        time.sleep(delay)
        process.send_signal(signal.SIGKILL)
        process.wait()
        with Store(database) as store:  # opens with its integrity check; a torn write would fail here
            years = [y for y, _ in store.list_years()]
            assert store.verify_audit() == []
            loaded = {y: store.load_year(y) for y in years}
        assert loaded[2023] == original  # the year that was there is never touched
        if big.year in loaded:
            outcomes.append("new")
            assert loaded[big.year] == big  # all of the new year, or (below) none of it
            with Store(database) as store:
                store.delete_year(big.year)
        else:
            outcomes.append("old")
        assert not [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")]
    print("kill outcomes", outcomes)
    assert len(outcomes) == 6 and "old" in outcomes  # at least one kill landed in the middle of the write
