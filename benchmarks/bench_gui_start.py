"""Cold start to an interactive main window on the demo year.

Run: ``python benchmarks/bench_gui_start.py [--repeat 7]``. Each run is a new
process (interpreter start, imports, database open, window built, shown and
painted once); the time is measured from outside. Target: median < 1.5 s.
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET_S = 1.5

CHILD = r"""
import sys
from PySide6.QtCore import QTimer
from desktop_app.gui.app import create_application
app = create_application()
from desktop_app.gui.main_window import MainWindow
from desktop_app.services import open_store
window = MainWindow(open_store())
window.start()
window.show()
QTimer.singleShot(0, app.quit)  # runs once the first events (show, paint) are processed
app.exec()
print(window.workspace.session.number)
"""


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, XDG_DATA_HOME=home, XDG_CONFIG_HOME=home, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
        # first run creates the demo database; it is not counted
        subprocess.run([sys.executable, "-c", CHILD], cwd=ROOT, env=env, check=True, capture_output=True)
        times = []
        for _ in range(args.repeat):
            start = time.perf_counter()
            done = subprocess.run([sys.executable, "-c", CHILD], cwd=ROOT, env=env, capture_output=True, text=True)
            times.append(time.perf_counter() - start)
            if done.returncode != 0 or done.stdout.strip() != "2023":
                print(done.stderr)
                return 2
    median = statistics.median(times)
    print(f"cold start to shown main window (demo year): median {median:.2f} s, min {min(times):.2f} s, "
          f"max {max(times):.2f} s over {args.repeat} runs (target < {TARGET_S} s)")
    return 0 if median < TARGET_S else 1


if __name__ == "__main__":
    raise SystemExit(main())
