"""Run mutmut on the mutants still to be decided, leaving out the listed equivalents.

A mutant that cannot change behaviour survives every test, so each one costs the
whole of the tests that reach its function: in this project the 330 listed in
``tests/mutation_equivalent/`` took about a third of a full run. They are left out
unless ``--with-equivalents`` asks to check that they still survive.

    python scripts/mutation_run.py [--with-equivalents] [--jobs N] [PATTERN ...]

Without a pattern, the mutants with no result yet are run, so a stopped run resumes
where it stopped. With patterns (mutmut's mutant names, ``*`` allowed, e.g.
``"desktop_app.domain.status*"``) every matching mutant is run again.
"""
from __future__ import annotations

import argparse
import fnmatch
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

import mutation_report  # noqa: E402  (a sibling script, not a package)


def forget_stale_test_mapping() -> bool:
    """mutmut keeps which tests reach which function in mutants/mutmut-stats.json; after a change to
    the sources or the tests that mapping is stale (mutants wrongly "without tests", or run against
    too few tests), so it is removed and collected again. Returns whether it was removed."""
    stats = ROOT / "mutants" / "mutmut-stats.json"
    if not stats.exists():
        return False
    newest = max(path.stat().st_mtime for folder in ("desktop_app", "tests") for path in (ROOT / folder).rglob("*.py"))
    if newest <= stats.stat().st_mtime:
        return False
    stats.unlink()
    (ROOT / "mutants" / "mutation-test-costs.json").unlink(missing_ok=True)  # recorded with it (tests/conftest.py)
    return True


def generate_mutants(jobs: int) -> None:
    """mutmut's own first step of ``run``, alone: the mutated copy of the sources in mutants/."""
    import mutmut.__main__ as mutmut_main

    mutmut_main.set_mutant_under_test("mutant_generation")
    (ROOT / "mutants").mkdir(exist_ok=True)
    mutmut_main.copy_src_dir()
    mutmut_main.copy_also_copy_files()
    mutmut_main.setup_source_paths()
    mutmut_main.store_lines_covered_by_tests()
    mutmut_main.create_mutants(jobs)


def mutants_to_run(patterns: list[str], with_equivalents: bool) -> tuple[list[str], int]:
    """The names to hand to ``mutmut run``, and how many listed equivalents were left out."""
    equivalents = mutation_report.Equivalents()
    names, skipped = [], 0
    for module, function, key, outcome, change in mutation_report.collect():
        if patterns:
            if not any(fnmatch.fnmatch(key, pattern) for pattern in patterns):
                continue
        elif outcome != mutation_report.NOT_RUN:
            continue
        if not with_equivalents and equivalents.match(module, function, change):
            skipped += 1
            continue
        names.append(key)
    return names, skipped


def run_mutmut(names: list[str], jobs: int) -> int:
    """``mutmut run`` on exactly these mutants (with the tests collected once, see mutation_live_session.py),
    without its closing list of every one of them."""
    command = [sys.executable, str(ROOT / "scripts" / "mutation_live_session.py"), "run", "--max-children", str(jobs),
               *names]
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE)
    tail = b""
    while chunk := process.stdout.read1(4096):
        tail = (tail + chunk)[-64:]
        if b"Mutant results" in tail:  # one line per mutant follows: thousands of lines
            process.stdout.read()
            break
        sys.stdout.buffer.write(chunk)
        sys.stdout.flush()
    print()
    return process.wait()


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("patterns", nargs="*", help="mutant names to run again (* allowed)")
    parser.add_argument("--with-equivalents", action="store_true",
                        help="also run the mutants listed as equivalent, to check that they still survive")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    args = parser.parse_args(argv)
    os.chdir(ROOT)
    if forget_stale_test_mapping():
        print("Sources or tests changed since the last run: which tests reach which function is collected again.")
    generate_mutants(args.jobs)
    names, skipped = mutants_to_run(args.patterns, args.with_equivalents)
    print(f"{len(names)} mutants to run; {skipped} listed as equivalent left out.", flush=True)
    if names:
        try:
            exit_code = run_mutmut(names, args.jobs)
        finally:
            # Set-ups the children made through their mutants (tests/conftest.py); a child ends without clean-up.
            shutil.rmtree(ROOT / "mutants" / "mutation-set-up", ignore_errors=True)
        if exit_code:
            print(f"mutmut run stopped with exit code {exit_code}", file=sys.stderr)
            return exit_code
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
