"""Year-level use cases: import, export, compute, demo, template."""
from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Optional

from ..domain.messages import Problem
from ..domain.model import AssessmentYear
from ..domain.scoring import YearResult, compute
from ..domain.validation import validate
from ..paths import default_database_path
from ..resources import template_path
from ..storage import Store
from .base import Service
from ..yearfile import YearFileError, read_year_file, write_year_file

DEMO_YEAR = 2023


def scheme_template(name: str = "changshou-2023") -> AssessmentYear:
    """The built-in scheme and towns, without any entries."""
    year = read_year_file(template_path(name))
    return dataclasses.replace(year, scores=(), bonuses=(), inspections=(), vetoes=())


def demo_year() -> AssessmentYear:
    """The built-in Changshou 2023 scheme with its made-up demonstration entries."""
    return read_year_file(template_path("changshou-2023"))


def open_store(path: Optional[Path] = None) -> Store:
    """Open a database; the default one is created with the demo year on first run."""
    if path is not None:
        return Store(path)
    path = default_database_path()
    first_run = not path.exists()
    store = Store(path)
    if first_run:
        YearService(store).import_year(demo_year())
    return store


class YearService(Service):

    # --- reads -----------------------------------------------------------------

    def years(self) -> list[tuple[int, str]]:
        return self.store.list_years()

    def load(self, year: int) -> AssessmentYear:
        return self.store.load_year(year)

    def compute(self, year: int) -> YearResult:
        return compute(self.store.load_year(year))

    # --- writes ----------------------------------------------------------------

    def import_year(self, year: AssessmentYear, *, replace: bool = False, source: str = "<year>") -> None:
        problems = [p for p in validate(year) if p.severity == "error"]
        if problems:
            raise YearFileError(source, problems)
        with self._write():
            self.store.save_year(year, replace=replace)

    def import_file(self, path, *, replace: bool = False) -> AssessmentYear:
        year = read_year_file(path)
        self.import_year(year, replace=replace, source=str(path))
        return year

    def export_file(self, year: int, path) -> AssessmentYear:
        loaded = self.store.load_year(year)
        write_year_file(loaded, path)
        return loaded


__all__ = ["DEMO_YEAR", "YearService", "open_store", "scheme_template", "demo_year", "Problem"]
