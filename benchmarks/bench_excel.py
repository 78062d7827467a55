"""Excel: import a returned department sheet of 500 towns × 20 parts, and write the
upward results workbook of a 500-town year.

Run: ``python benchmarks/bench_excel.py [--towns 500 --parts 20 --repeat 5]``
Targets: read + check (validate) a returned sheet < 2 s; the upward workbook < 3 s.
Applying the checked sheet (one transaction through ``YearSession.set_scores``) is
reported as well.
"""
from __future__ import annotations

import argparse
import dataclasses
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop_app.domain.scoring import compute  # noqa: E402
from desktop_app.excel.returned import check_returned_sheet, read_returned_sheet  # noqa: E402
from desktop_app.excel.submission import write_submission_workbook  # noqa: E402
from desktop_app.excel.template import write_department_template  # noqa: E402
from desktop_app.services import YearSession  # noqa: E402
from desktop_app.services.sheets import apply_sheet  # noqa: E402
from desktop_app.storage import Store  # noqa: E402
from desktop_app.tools.generate import generate_year  # noqa: E402

IMPORT_TARGET_S = 2.0
UPWARD_TARGET_S = 3.0


def _median(times: list[float]) -> str:
    return f"median {statistics.median(times):.2f} s (min {min(times):.2f}, max {max(times):.2f})"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--towns", type=int, default=500)
    parser.add_argument("--parts", type=int, default=20)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    # One department scoring every part: the largest sheet a department can return.
    year = generate_year(args.towns, args.parts, seed=3, departments=1, veto_count=5)
    empty = dataclasses.replace(year, scores=())
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        sheet_path = write_department_template(year, "D01", folder / "returned.xlsx", include_scores=True)
        read_times, check_times, apply_times = [], [], []
        for run in range(args.repeat):
            with Store(folder / f"bench{run}.db") as store:
                store.save_year(empty)
                session = YearSession(store, year.year)
                start = time.perf_counter()
                sheet = read_returned_sheet(sheet_path)
                middle = time.perf_counter()
                preview = check_returned_sheet(sheet, session.year, session.submitted())
                end = time.perf_counter()
                _, counts = apply_sheet(session, sheet)
                applied = time.perf_counter()
            assert not preview.problems and counts["new"] == len(year.scores), (preview.problems[:3], counts)
            read_times.append(middle - start)
            check_times.append(end - middle)
            apply_times.append(applied - end)
        import_times = [r + c for r, c in zip(read_times, check_times)]

        upward_times = []
        result = compute(year)
        for _ in range(max(3, args.repeat // 2)):
            start = time.perf_counter()
            write_submission_workbook(year, result, folder / "results.xlsx")
            upward_times.append(time.perf_counter() - start)

    cells = len(year.scores)
    print(f"returned sheet: {args.towns} towns x {args.parts} parts, {cells} filled score cells "
          f"({sheet_path.name}, {len(sheet.rows)} rows)")
    print(f"  read workbook:            {_median(read_times)}")
    print(f"  check every cell:         {_median(check_times)}")
    print(f"  import and validate:      {_median(import_times)}  (target < {IMPORT_TARGET_S:.0f} s)")
    print(f"  apply (one transaction):  {_median(apply_times)}")
    print(f"  whole import incl. apply: {_median([i + a for i, a in zip(import_times, apply_times)])}")
    print(f"upward workbook: {args.towns} towns, {len(year.scores)} detail rows: "
          f"{_median(upward_times)}  (target < {UPWARD_TARGET_S:.0f} s)")
    ok = statistics.median(import_times) < IMPORT_TARGET_S and statistics.median(upward_times) < UPWARD_TARGET_S
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
