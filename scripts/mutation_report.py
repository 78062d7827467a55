"""The mutation score per module, from the results ``mutmut run`` left in ``mutants/``.

Every mutant is killed (a test failed), timed out (counted as killed: the tests
noticed a hang), survived, or had no test at all. A survivor that cannot change
behaviour is listed, with the reason, in ``tests/mutation_equivalent/MODULE.toml``
(one file per module); the score leaves those out, and the run does not spend
time on them (scripts/mutation_run.py):

    score = (killed + timed out) / (mutants − equivalent)

Each equivalent is matched by module, function and the changed lines, not by
mutmut's numbering, so it stays matched while the rest of the function changes;
an entry that matches nothing is reported as stale.

    python scripts/mutation_report.py [--survivors] [--module NAME] [--toml] [--goal 95]
"""
from __future__ import annotations

import argparse
import difflib
import json
import sys
import tomllib
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MUTANTS = ROOT / "mutants"
EQUIVALENTS = ROOT / "tests" / "mutation_equivalent"

# mutmut's exit codes (mutmut.stats.status_by_exit_code) folded into four outcomes.
KILLED, TIMEOUT, SURVIVED, NO_TESTS, NOT_RUN = "killed", "timeout", "survived", "no tests", "not run"
OUTCOME = {1: KILLED, 3: KILLED, 37: KILLED, 0: SURVIVED, 5: NO_TESTS, 33: NO_TESTS, None: NOT_RUN,
           36: TIMEOUT, 24: TIMEOUT, -24: TIMEOUT, 152: TIMEOUT, 255: TIMEOUT}
SEPARATOR = "ǁ"  # mutmut writes methods as xǁClassǁmethod


def function_of(key: str) -> str:
    """``desktop_app.domain.scoring.x__bonus__mutmut_12`` → ``_bonus``; methods as ``Class.method``."""
    local = key.rsplit(".", 1)[1].rsplit("__mutmut_", 1)[0]
    if local.startswith("x" + SEPARATOR):
        return ".".join(local[2:].split(SEPARATOR))
    return local[2:] if local.startswith("x_") else local


def changed_lines(source: list[str], spans: dict, name: str) -> list[str]:
    """The lines a mutant changes against the original function, as ``- old`` / ``+ new``."""
    base = name.rsplit("__mutmut_", 1)[0]
    start, end = spans[name]
    orig_start, orig_end = spans[base + "__mutmut_orig"]
    mutant = [line.replace(name, base).strip() for line in source[start:end]]
    original = [line.replace(base + "__mutmut_orig", base).strip() for line in source[orig_start:orig_end]]
    return [line[0] + " " + line[2:] for line in difflib.ndiff(original, mutant)
            if line[:1] in "+-" and line[2:].strip()]


class Equivalents:
    """The listed equivalent mutants, and which of them matched a mutant."""

    def __init__(self) -> None:
        self.entries = []
        for path in sorted(EQUIVALENTS.glob("*.toml")):
            for entry in tomllib.loads(path.read_text(encoding="utf-8")).get("equivalent", []):
                self.entries.append({"module": path.stem, **entry})
        self.used = [False] * len(self.entries)

    def match(self, module: str, function: str, change: list[str]) -> bool:
        for index, entry in enumerate(self.entries):
            if entry["module"] == module and entry["function"] == function and entry["change"] == change:
                self.used[index] = True
                return True
        return False

    def stale(self) -> list[dict]:
        return [entry for entry, hit in zip(self.entries, self.used) if not hit]

    def write_without(self, removed: list[dict]) -> None:
        """Rewrite each module's file without ``removed``, keeping its opening comment."""
        gone = {id(entry) for entry in removed}
        for path in sorted(EQUIVALENTS.glob("*.toml")):
            text = path.read_text(encoding="utf-8")
            header = "".join(line + "\n" for line in text.splitlines() if line.startswith("#")
                             and text.index(line) < text.find("[[equivalent]]"))
            kept = [e for e in self.entries if e["module"] == path.stem and id(e) not in gone]
            body = "".join(
                f"\n[[equivalent]]\nfunction = {json.dumps(e['function'], ensure_ascii=False)}\n"
                f"change = {json.dumps(e['change'], ensure_ascii=False)}\n"
                f"reason = {json.dumps(e['reason'], ensure_ascii=False)}\n" for e in kept)
            path.write_text(header + body, encoding="utf-8")


def collect():
    """(module, function, key, outcome, changed lines) for every mutant."""
    for meta in sorted(MUTANTS.glob("desktop_app/**/*.py.meta")):
        exit_codes = json.loads(meta.read_text(encoding="utf-8"))["exit_code_by_key"]
        if not exit_codes:
            continue
        source_path = meta.with_suffix("")
        module = ".".join(source_path.relative_to(MUTANTS).with_suffix("").parts)
        source = source_path.read_text(encoding="utf-8").splitlines()
        spans = json.loads(meta.with_suffix(".spans").read_text(encoding="utf-8"))["spans"]
        for key, code in exit_codes.items():
            name = key.rsplit(".", 1)[1]
            yield module, function_of(key), key, OUTCOME.get(code, SURVIVED), changed_lines(source, spans, name)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--survivors", action="store_true", help="list every surviving mutant with its change")
    parser.add_argument("--module", help="only this module's survivors (e.g. desktop_app.domain.scoring)")
    parser.add_argument("--toml", action="store_true", help="list survivors as entries for tests/mutation_equivalent/")
    parser.add_argument("--goal", type=float, default=95.0, help="per-module score below which the exit code is 1")
    parser.add_argument("--prune-stale", action="store_true",
                        help="remove the entries of tests/mutation_equivalent/ that match no mutant of the current code")
    args = parser.parse_args(argv)
    if not MUTANTS.exists():
        print("mutants/ is missing: run scripts/mutation.sh first", file=sys.stderr)
        return 2

    equivalents = Equivalents()
    counts: dict[str, Counter] = defaultdict(Counter)
    survivors = []
    for module, function, key, outcome, change in collect():
        # scripts/mutation_run.py does not run a listed equivalent unless asked to (--with-equivalents).
        if outcome in (SURVIVED, NO_TESTS, NOT_RUN) and equivalents.match(module, function, change):
            outcome = "equivalent"
        counts[module][outcome] += 1
        counts[module]["mutants"] += 1
        if outcome in (SURVIVED, NO_TESTS) and args.module in (None, module):
            survivors.append((module, function, key, outcome, change))

    header = f"{'module':<36} {'mutants':>7} {'killed':>7} {'timeout':>7} {'equiv.':>7} {'survived':>8} {'no test':>7} {'not run':>7} {'score':>7}"
    print(header)
    print("-" * len(header))
    total = Counter()
    below = []
    for module in sorted(counts):
        c = counts[module]
        total.update(c)
        line, score = _row(module, c)
        print(line)
        if score is not None and score < args.goal:
            below.append(module)
    print("-" * len(header))
    print(_row("all", total)[0])
    if total[NOT_RUN]:
        print(f"\n{total[NOT_RUN]} mutants not run yet (the run was stopped): run scripts/mutation.sh again to finish.")
    if args.toml:
        for module, function, key, outcome, change in survivors:
            print(f"\n# {key} [{outcome}] -> tests/mutation_equivalent/{module}.toml")
            print("[[equivalent]]")
            print(f"function = {json.dumps(function, ensure_ascii=False)}")
            print(f"change = {json.dumps(change, ensure_ascii=False)}")
            print('reason = ""')
    elif args.survivors and survivors:
        print("\nSurviving mutants (kill them with a test, or list them as equivalent with the reason):")
        for module, function, key, outcome, change in survivors:
            print(f"\n{key} [{outcome}] ({function})")
            for line in change:
                print(f"    {line}")
    stale = equivalents.stale()
    if args.prune_stale and stale:
        equivalents.write_without(stale)
        print(f"\nRemoved {len(stale)} stale entries from tests/mutation_equivalent/.")
        stale = []
    if stale:
        print(f"\n{len(stale)} entries in tests/mutation_equivalent/ match no surviving mutant (killed now, or the code changed):")
        for entry in stale:
            print(f"    {entry['module']} {entry['function']}: {entry['change']}")
    return 1 if below else 0


def _row(name: str, c: Counter):
    countable = c["mutants"] - c["equivalent"] - c[NOT_RUN]
    caught = c[KILLED] + c[TIMEOUT]
    score = 100.0 * caught / countable if countable else None
    shown = f"{score:6.1f}%" if score is not None else "     —"
    return (f"{name:<36} {c['mutants']:>7} {c[KILLED]:>7} {c[TIMEOUT]:>7} {c['equivalent']:>7} "
            f"{c[SURVIVED]:>8} {c[NO_TESTS]:>7} {c[NOT_RUN]:>7} {shown:>7}"), score


if __name__ == "__main__":
    raise SystemExit(main())
