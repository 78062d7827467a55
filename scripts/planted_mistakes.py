"""Mistakes that would hurt an office silently, each planted in turn: the tests named for it must fail.

Complements scripts/mutation.sh for the letters and the notice, which it does not mutate.
    python scripts/planted_mistakes.py   (exit code = how many went unnoticed)
"""
import subprocess, sys
from pathlib import Path
ROOT = Path(__file__).resolve().parent.parent
MUTANTS = [
    ("desktop_app/domain/scoring.py", "capped = uncapped > cap", "capped = uncapped >= cap", 0,
     ["tests/test_scoring_properties.py", "tests/test_documents_content.py"]),
    ("desktop_app/storage/database.py", "[year_id, town_id, part_id, _text(score.score), score.note]",
     "[year_id, town_id, part_id, float(score.score), score.note]", 0, ["tests/test_storage.py"]),
    ("desktop_app/storage/database.py", "[(year_id, score_id, n, d.reason, _text(d.points)) for n, d in enumerate(score.deductions)])\n            changed",
     "[(year_id, score_id, n, d.reason, float(d.points)) for n, d in enumerate(score.deductions)])\n            changed", 0, ["tests/test_storage.py"]),
    ("desktop_app/excel/returned.py", "elif name != town_names[code]:", "elif False:", 0, ["tests/test_excel_import.py"]),
    ("desktop_app/excel/returned.py", "(UNCHANGED if previous == after else CHANGED)", "(UNCHANGED if previous.score == after.score else CHANGED)", 0, ["tests/test_excel_import.py"]),
    ("desktop_app/services/years.py", """        problems = [p for p in validate(year) if p.severity == "error"]
        if problems:
            raise YearFileError(source, problems)
        with self._write(year.year):  # replacing a finalised year is refused like any other change to it
            self.store.save_year(year, replace=replace)""", """        with self._write(year.year):
            self.store.save_year(year, replace=replace)
        problems = [p for p in validate(year) if p.severity == "error"]
        if problems:
            raise YearFileError(source, problems)""", 0, ["tests/test_session.py"]),
    ("desktop_app/yearfile.py", "note=s.note) for s in year.scores]", ") for s in year.scores]", 0,
     ["tests/test_storage.py", "tests/test_yearfile.py"]),
    ("desktop_app/yearfile.py", 'rules.get("boundary_ties", "include")', 'rules.get("boundary_ties", "exclude")', 0, ["tests/test_yearfile.py"]),
    ("desktop_app/yearfile.py", 'write_atomically(path, dumps_json(year_to_dict(year)).encode("utf-8"))',
     'Path(path).write_text(dumps_json(year_to_dict(year)), encoding="utf-8")', 0, ["tests/test_yearfile.py"]),
    ("desktop_app/documents/letter.py", "：加{two_decimals(counted[index])}分。", "：加{two_decimals(row.bonus)}分。", 0, ["tests/test_documents_content.py"]),
    ("desktop_app/documents/notice.py", "        names += [row.name for row in vetoed if row.grade == grade]\n", "", 0, ["tests/test_documents_content.py"]),
]
failures = 0
for rel, old, new, _, tests in MUTANTS:
    path = ROOT / rel
    original = path.read_text()
    assert original.count(old) >= 1, (rel, old)
    path.write_text(original.replace(old, new, 1))
    try:
        run = subprocess.run([str(ROOT / ".venv/bin/python"), "-m", "pytest", "-q", "-x", "-p", "no:cacheprovider", *tests],
                             cwd=ROOT, capture_output=True, text=True)
    finally:
        path.write_text(original)
    killed = run.returncode != 0
    failures += not killed
    last = [l for l in run.stdout.splitlines() if l.startswith("FAILED")][:1]
    print("KILLED " if killed else "SURVIVED", rel, old[:50].replace("\n", " "), last)
sys.exit(failures)
