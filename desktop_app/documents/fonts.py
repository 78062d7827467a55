"""Fonts of the official documents: which file plays which role, and the glyph check.

Roles follow GB/T 9704-2012: 仿宋 for the body, 小标宋 for the issuer mark and
titles, 黑体 and 楷体 for headings, 宋体 for page numbers. The office's installed
fonts win; a configured path wins over both; the bundled Fandol fonts are the
fallback that always works. Every character is checked against the chosen font's
character map before anything is written, so a missing glyph is an error that
names the character instead of a box in print.
"""
from __future__ import annotations

import struct
import threading
from typing import Mapping, Optional

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from ..domain.messages import QT_TRANSLATE_NOOP
# Roles, labels and the choice of files live in modules without reportlab (the
# window shows them at start-up); they are re-exported here for the builders.
from .fontfiles import BUNDLED, INSTALLED_NAMES, FontChoice, bundled_fonts_dir, installed_font_dirs, resolve_fonts
from .names import CONTEXT, FANG, HEI, KAI, ROLE_LABELS, ROLES, SONG, XBS, DocumentError

__all__ = ["BUNDLED", "CONTEXT", "DocumentError", "FANG", "Font", "FontChoice", "FontSet", "HEI", "INSTALLED_NAMES",
           "KAI", "ROLES", "ROLE_LABELS", "SONG", "XBS", "bundled_fonts_dir", "installed_font_dirs", "resolve_fonts"]


class Font:
    """One registered TrueType font: metrics and the character map."""

    def __init__(self, role: str, choice: FontChoice, ttfont: TTFont):
        self.role = role
        self.choice = choice
        self.ttfont = ttfont
        self.name = ttfont.fontName
        face = ttfont.face
        self.cmap = face.charToGlyph
        self.descent = face.descent / 1000.0  # negative, as a fraction of the em
        self._widths = face.charWidths
        self._default_width = face.defaultWidth

    @property
    def label(self) -> str:
        return f"{self.choice.path.name}"

    def missing(self, text: str) -> list[str]:
        cmap = self.cmap
        return [ch for ch in dict.fromkeys(text) if ord(ch) not in cmap and ch not in "\n\t"]

    def width(self, text: str, size: float) -> float:
        widths, default = self._widths, self._default_width
        return sum(widths.get(ord(ch), default) for ch in text) * size / 1000.0

    def glyph_top(self, char: str) -> float:
        """Top of a glyph's outline above the baseline, as a fraction of the em."""
        face = self.ttfont.face
        glyph = self.cmap[ord(char)]
        offset, _ = face.get_table_pos("glyf")
        start = face.glyphPos[glyph]
        if face.glyphPos[glyph + 1] == start:
            return 0.0
        y_max = struct.unpack(">h", face._ttf_data[offset + start + 8:offset + start + 10])[0]
        return y_max / face.unitsPerEm


_registry_lock = threading.Lock()
_loaded: dict[tuple[str, int], TTFont] = {}


def _load(choice: FontChoice) -> TTFont:
    """Parse a font file once per process; reportlab keeps the registered font."""
    key = (str(choice.path), 0)
    with _registry_lock:
        font = _loaded.get(key)
        if font is not None:
            return font
        name = f"doc{len(_loaded)}-{choice.path.stem}"
        try:
            font = TTFont(name, str(choice.path), subfontIndex=0)
        except TTFError as exc:
            raise DocumentError(QT_TRANSLATE_NOOP(
                "Documents", "字体文件 {path} 无法使用：{reason}。请在“字体”设置中换用 TrueType 字体，或清除该设置以使用随程序提供的字体。"),
                path=str(choice.path), reason=str(exc)) from None
        except OSError as exc:
            raise DocumentError(QT_TRANSLATE_NOOP("Documents", "无法读取字体文件 {path}：{reason}"),
                                path=str(choice.path), reason=exc.strerror or str(exc)) from None
        pdfmetrics.registerFont(font)
        _loaded[key] = font
        return font


class FontSet:
    """The five roles' fonts for one document build."""

    def __init__(self, choices: Mapping[str, FontChoice]):
        self.choices = dict(choices)
        self.fonts = {role: Font(role, choice, _load(choice)) for role, choice in self.choices.items()}

    @classmethod
    def default(cls, configured: Optional[Mapping[str, str]] = None) -> "FontSet":
        return cls(resolve_fonts(configured))

    @classmethod
    def bundled(cls) -> "FontSet":
        return cls({role: FontChoice(role, bundled_fonts_dir() / name, "bundled") for role, name in BUNDLED.items()})

    def __getitem__(self, role: str) -> Font:
        return self.fonts[role]

    def require(self, text: str, role: str, where: str) -> None:
        """Raise DocumentError naming the first character ``role``'s font cannot draw."""
        font = self.fonts[role]
        missing = font.missing(text)
        if missing:
            char = missing[0]
            raise DocumentError(QT_TRANSLATE_NOOP(
                "Documents", "{where}中的字“{char}”（U+{code}）在字体 {font} 中没有字形，无法印出。"
                             "请改用常用字，或在“字体”设置中换用包含该字的字体。"),
                where=where, char=char, code=f"{ord(char):04X}", font=font.label)
