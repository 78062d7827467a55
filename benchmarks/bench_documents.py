"""Official documents: the 19-town demo notice and 500 town letters.

Run: ``python benchmarks/bench_documents.py [--towns 500 --repeat 5]``
Targets: 19-town notice < 1 s; 500 letters (one PDF each, written to disk) < 30 s.
Fonts are parsed once per process (the first build pays for it); both figures are shown.
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

from desktop_app.atomicfile import write_atomically  # noqa: E402
from desktop_app.documents import FontSet, build_letters, build_notice  # noqa: E402
from desktop_app.domain.scoring import compute  # noqa: E402
from desktop_app.services import demo_year  # noqa: E402
from desktop_app.tools.generate import generate_year  # noqa: E402

NOTICE_TARGET_S = 1.0
LETTERS_TARGET_S = 30.0


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--towns", type=int, default=500)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    year = demo_year()
    start = time.perf_counter()
    fonts = FontSet.default()
    result = compute(year)
    first = build_notice(year, result, fonts=fonts)
    cold = time.perf_counter() - start
    warm = []
    for _ in range(args.repeat):
        start = time.perf_counter()
        build_notice(year, compute(year), fonts=fonts)
        warm.append(time.perf_counter() - start)
    print(f"notice, 19 towns ({first.page_count} pages): first {cold:.3f} s (with font loading), "
          f"then median {statistics.median(warm):.3f} s (target < {NOTICE_TARGET_S} s)")

    big = generate_year(args.towns, 23, seed=7, veto_count=3)
    big = dataclasses.replace(big, issuer={"marks": ["某某区委办公室"], "doc_number": "某委办发〔2031〕5号",
                                           "letter_signature": "某某区乡村振兴局"})
    big_result = compute(big)
    done = []
    with tempfile.TemporaryDirectory() as folder:
        start = time.perf_counter()
        for row, built in build_letters(big, big_result, fonts=fonts, progress=lambda n, total: done.append(n)):
            write_atomically(Path(folder) / f"{row.code}.pdf", built.pdf)
        letters = time.perf_counter() - start
    print(f"letters, {args.towns} towns (one PDF each, written): {letters:.2f} s, progress reported {len(done)} times "
          f"(target < {LETTERS_TARGET_S} s)")
    ok = statistics.median(warm) < NOTICE_TARGET_S and cold < NOTICE_TARGET_S and letters < LETTERS_TARGET_S
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
