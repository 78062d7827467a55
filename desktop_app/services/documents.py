"""Document settings kept in the database: font paths and electronic seals.

Seals are the administrator's images, stored here and never shipped. Every write
goes through ``_write`` and every use of a seal through ``seals_for_use``: the
places where the operator's permission check and the audit row will go.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Optional

from ..documents.fontfiles import FontChoice, resolve_fonts
from ..domain.messages import Problem
from ..domain.model import AssessmentYear
from ..documents.names import ROLES
from .base import Service

# ``documents.fonts`` (reportlab) and ``documents.seal`` (Pillow) load on first use
# in the methods below: the window reads these settings at start-up without them.
if TYPE_CHECKING:
    from ..documents.fonts import FontSet

FONT_PATHS_KEY = "documents.font_paths"
SEAL_NAMES_KEY = "documents.seal_names"
SEAL_KEY_PREFIX = "documents.seal:"
SEAL_DIAMETER_KEY = "documents.seal_diameter_mm"


class DocumentSettings(Service):

    # --- fonts ------------------------------------------------------------------------

    def font_paths(self) -> dict[str, str]:
        raw = self.store.get_setting(FONT_PATHS_KEY)
        if not raw:
            return {}
        paths = json.loads(raw)  # text, or UTF-8 bytes: json reads both
        return {role: path for role, path in paths.items() if role in ROLES and path}

    def set_font_paths(self, paths: dict[str, str]) -> None:
        """Configured font files by role; each is loaded once to refuse an unusable file now."""
        from ..documents.fonts import FontSet

        cleaned = {role: str(Path(path)) for role, path in paths.items() if role in ROLES and path and path.strip()}
        FontSet({role: FontChoice(role, Path(path), "configured") for role, path in cleaned.items()})
        with self._write(action="set_fonts"):
            self.store.set_setting(FONT_PATHS_KEY, json.dumps(cleaned, ensure_ascii=False) if cleaned else None)

    def font_choices(self) -> dict[str, FontChoice]:
        return resolve_fonts(self.font_paths())

    def fonts(self) -> FontSet:
        from ..documents.fonts import FontSet

        return FontSet(self.font_choices())

    def font_warnings(self, year: AssessmentYear) -> list[Problem]:
        """Warnings for the texts of ``year`` with characters that neither the fonts the
        documents would use (these settings) nor the fallback font has."""
        from ..documents.coverage import font_warnings

        return font_warnings(year, self.fonts)

    # --- seals ------------------------------------------------------------------------

    def seal_names(self) -> list[str]:
        raw = self.store.get_setting(SEAL_NAMES_KEY)
        return json.loads(raw) if raw else []

    def has_seal(self, name: str) -> bool:
        return name in self.seal_names()

    def set_seal(self, name: str, png: bytes) -> None:
        """Store the seal image of one signing organisation (a transparent PNG)."""
        from ..documents.seal import check_seal_png

        check_seal_png(png)
        names = [n for n in self.seal_names() if n != name] + [name]
        with self._write(action="set_seal"):
            self.store.set_setting(SEAL_KEY_PREFIX + name, png)
            self.store.set_setting(SEAL_NAMES_KEY, json.dumps(names, ensure_ascii=False))

    def clear_seal(self, name: str) -> None:
        names = [n for n in self.seal_names() if n != name]
        with self._write(action="clear_seal"):
            self.store.set_setting(SEAL_KEY_PREFIX + name, None)
            self.store.set_setting(SEAL_NAMES_KEY, json.dumps(names, ensure_ascii=False) if names else None)

    def seal_png(self, name: str) -> Optional[bytes]:
        data = self.store.get_setting(SEAL_KEY_PREFIX + name)
        return bytes(data) if data is not None else None

    def seal_diameter_mm(self) -> float:
        from ..documents.seal import DEFAULT_DIAMETER_MM

        raw = self.store.get_setting(SEAL_DIAMETER_KEY)
        return float(raw) if raw else DEFAULT_DIAMETER_MM

    def set_seal_diameter_mm(self, value: float) -> None:
        from ..documents.seal import DEFAULT_DIAMETER_MM

        with self._write(action="set_seal_size"):
            self.store.set_setting(SEAL_DIAMETER_KEY, None if value == DEFAULT_DIAMETER_MM else str(float(value)))

    def seals_for_use(self, names: Iterable[str], what: Optional[str] = None, year: Optional[int] = None) -> dict:
        """Red seal images for the signatures that have one, each use recorded in the audit
        trail with the document (``what``) it is for. Call only after the user confirmed this use."""
        from ..documents.seal import load_seals

        having = [name for name in names if self.has_seal(name)]
        if having:
            with self._write(action="use_seal"):
                for name in having:
                    self.store.note_change("seals", name, year, "use", what)
        return load_seals({name: self.seal_png(name) for name in having})
