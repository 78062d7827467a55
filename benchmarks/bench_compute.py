"""Full recompute from the database: read a 500-town × 60-part year and score it.

The target applies to the cold path (every row read from SQLite, nothing cached).

Run: ``python benchmarks/bench_compute.py [--towns 500 --parts 60 --repeat 30]``
Target: median < 50 ms on the office PC class of machine.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop_app.domain.scoring import compute  # noqa: E402
from desktop_app.storage import Store  # noqa: E402
from desktop_app.tools.generate import generate_year  # noqa: E402

TARGET_MS = 50.0


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--towns", type=int, default=500)
    parser.add_argument("--parts", type=int, default=60)
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()
    year = generate_year(args.towns, args.parts, seed=7, veto_count=5)
    with tempfile.TemporaryDirectory() as folder:
        with Store(Path(folder) / "bench.db") as store:
            store.save_year(year)
            load_times, compute_times, total_times = [], [], []
            for _ in range(args.repeat):
                start = time.perf_counter()
                loaded = store.load_year(year.year, use_cache=False)
                middle = time.perf_counter()
                result = compute(loaded)
                end = time.perf_counter()
                load_times.append((middle - start) * 1000)
                compute_times.append((end - middle) * 1000)
                total_times.append((end - start) * 1000)
            warm_times = []
            for _ in range(args.repeat):
                start = time.perf_counter()
                compute(store.load_year(year.year))
                warm_times.append((time.perf_counter() - start) * 1000)
    median = statistics.median(total_times)
    print(f"year: {args.towns} towns x {args.parts} parts, {len(year.scores)} scores, "
          f"{len(year.bonuses)} bonuses, {len(year.inspections)} inspections, {len(year.vetoes)} vetoes")
    print(f"load from database: median {statistics.median(load_times):.1f} ms")
    print(f"compute:            median {statistics.median(compute_times):.1f} ms")
    print(f"recompute, year unchanged since last load (cache valid): median {statistics.median(warm_times):.1f} ms")
    print(f"full recompute, cold (read every row from SQLite + compute): median {median:.1f} ms, min {min(total_times):.1f} ms, "
          f"max {max(total_times):.1f} ms over {args.repeat} runs (target < {TARGET_MS:.0f} ms)")
    assert len(result.rows) == args.towns
    return 0 if median < TARGET_MS else 1


if __name__ == "__main__":
    raise SystemExit(main())
