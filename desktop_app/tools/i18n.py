"""Refresh the Qt Linguist files in ``i18n/`` from the sources and compile them.

``python -m desktop_app.tools.i18n [--release]``

Source strings are Simplified Chinese; ``i18n/town_assessment_desk_<locale>.ts``
holds each other language. lupdate collects ``self.tr(...)``,
``QCoreApplication.translate(...)`` and the core's ``QT_TRANSLATE_NOOP`` marks.
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
LOCALES = ("en",)


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "desktop_app").rglob("*.py"))


def _tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}")
    if found is None:
        sys.exit(f"pyside6-{name} not found (it comes with PySide6)")
    return found


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--release", action="store_true", help="also compile .qm files")
    args = parser.parse_args(argv)
    for locale in LOCALES:
        ts = ROOT / "i18n" / f"town_assessment_desk_{locale}.ts"
        subprocess.run([_tool("lupdate"), "-no-obsolete", "-locations", "none", "-source-language", "zh_CN",
                        "-target-language", locale, *sources(), "-ts", str(ts)], cwd=ROOT, check=True)
        if args.release:
            subprocess.run([_tool("lrelease"), str(ts)], cwd=ROOT, check=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
