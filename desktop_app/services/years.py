"""Year-level use cases: import, export, compute, demo, template."""
from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Optional

from ..domain.messages import QT_TRANSLATE_NOOP, Problem
from ..domain.model import AssessmentYear
from ..domain.scheme_edit import ENTRY_FIELDS
from ..domain.scoring import YearResult, compute
from ..domain.validation import validate
from ..paths import default_database_path
from ..resources import template_path
from ..storage import Store
from ..domain.follow_up import FollowUp
from ..yearfile import YearFileError, read_year_bundle, read_year_file, write_year_file
from .accounts import Accounts
from .backups import Backups
from .base import Service
from .session import EntryError, YearSession, copy_scheme

DEMO_YEAR = 2023


def scheme_template(name: str = "changshou-2023") -> AssessmentYear:
    """The built-in scheme and towns, without any entries."""
    year = read_year_file(template_path(name))
    return dataclasses.replace(year, **{name: () for name in ENTRY_FIELDS})


def demo_year() -> AssessmentYear:
    """The built-in Changshou 2023 scheme with its made-up demonstration entries."""
    return read_year_file(template_path("changshou-2023"))


def open_store(path: Optional[Path] = None, *, create: bool = False) -> Store:
    """Open a database; a named one that does not exist is made only with ``create``. The
    default one is created on first run as the demonstration database: the demo year and the
    documented demo account (accounts.DEMO_ACCOUNT)."""
    if path is not None:
        return Store(path, create=create)
    path = default_database_path()
    first_run = not path.exists()
    store = Store(path)
    if first_run:
        YearService(store).import_year(demo_year())
        Accounts(store).create_demo_account()
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

    def import_year(self, year: AssessmentYear, *, replace: bool = False, source: str = "<year>",
                    follow_up: Optional[FollowUp] = None) -> None:
        problems = [p for p in validate(year) if p.severity == "error"]
        if problems:
            raise YearFileError(source, problems)
        if self.store.list_years() and (replace or not self.store.has_year(year.year)):
            Backups(self.store).take("import")
        # Replacing a finalised year is refused like any other change to it.
        with self._write(year.year, action="import_year", reason=source if source != "<year>" else None):
            self.store.save_year(year, replace=replace)
            if follow_up:  # the file's ledger, appeals and files replace the stored ones
                self.store.replace_follow_up(year.year, follow_up)

    def import_file(self, path, *, replace: bool = False) -> AssessmentYear:
        """A year file's year and, when it carries them, its ledger, appeals and evidence files
        (which then replace those stored for the year), in one change."""
        year, follow_up = read_year_bundle(path)
        self.import_year(year, replace=replace, source=str(path), follow_up=follow_up)
        return year

    def export_file(self, year: int, path) -> AssessmentYear:
        """The year with its ledger, appeals and evidence files (base64), written atomically."""
        with self.store.reading():
            loaded = self.store.load_year(year)
            follow_up = self.store.follow_up(year)
        write_year_file(loaded, path, follow_up)
        return loaded

    def create_year(self, source: AssessmentYear, year: int, title: Optional[str] = None) -> YearSession:
        """A new year with the scheme, towns and plan wording of ``source`` and no entries."""
        if self.store.has_year(year):
            raise EntryError(QT_TRANSLATE_NOOP("Entry", "{year} 年度已存在，请换一个年度"), year=year)
        with self._write(action="create_year"):
            self.store.save_year(copy_scheme(source, year, title))
        return YearSession(self.store, year)

    def doc_number_used_elsewhere(self, doc_number: str, year: int) -> Optional[int]:
        """The other year whose notice already has ``doc_number`` (compared as printed), if any."""
        from ..documents.texts import normalise_doc_number

        wanted = normalise_doc_number(doc_number or "")
        for number, used in self.store.doc_numbers().items():
            if number != year and wanted and normalise_doc_number(used) == wanted:
                return number
        return None

    def refuse_doc_number_used_elsewhere(self, doc_number: str, year: int) -> None:
        """A notice may not carry the number of another year's notice."""
        other = self.doc_number_used_elsewhere(doc_number, year)
        if other is not None:
            from ..documents.names import DocumentError

            raise DocumentError(QT_TRANSLATE_NOOP("Documents", "发文字号“{number}”已用于 {other} 年度的通报，请换一个文号。"),
                                number=doc_number, other=other)

    def backup(self, path):
        """A consistent, checked copy of the whole database to ``path``, while it stays in use;
        returns what it holds (``BackupSummary``)."""
        return self.store.backup_to(path)


def create_year(store: Store, source: AssessmentYear, year: int, title: Optional[str] = None) -> YearSession:
    return YearService(store).create_year(source, year, title)


__all__ = ["DEMO_YEAR", "YearService", "open_store", "scheme_template", "demo_year", "create_year", "Problem"]
