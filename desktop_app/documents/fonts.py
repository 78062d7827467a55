"""Fonts of the official documents: which file plays which role, the fallback for
rare characters, and the glyph check.

Roles follow GB/T 9704-2012: 仿宋 for the body, 小标宋 for the issuer mark and
titles, 黑体 and 楷体 for headings, 宋体 for page numbers. The office's installed
fonts win; a configured path wins over both; the bundled Fandol fonts serve when
there is neither, and always work. These are GB2312 fonts: a character a role's font lacks
(a place name's 㙟, U+365F) is drawn, glyph by glyph, in the bundled fallback font
(Hanazono Mincho, every CJK ideograph of the BMP and many beyond), lowered or raised to
sit with its neighbours and, under the bold roles, stroked to their weight. Every
character is checked before anything is written: one that neither the role's font
nor the fallback has is an error that names it instead of a box in print.
"""
from __future__ import annotations

import struct
import threading
from typing import Mapping, Optional, Union

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from ..domain.messages import QT_TRANSLATE_NOOP
# Roles, labels and the choice of files live in modules without reportlab (the
# window shows them at start-up); they are re-exported here for the builders.
from .fontfiles import (
    BUNDLED, FALLBACK, INSTALLED_NAMES, FontChoice, bundled_fonts_dir, fallback_font_path, installed_font_dirs,
    resolve_fonts,
)
from .names import CONTEXT, FANG, HEI, KAI, ROLE_LABELS, ROLES, SONG, XBS, DocumentError

__all__ = ["BUNDLED", "CONTEXT", "DocumentError", "FALLBACK", "FALLBACK_ROLE", "FANG", "Font", "FontChoice", "FontSet",
           "HEI", "INSTALLED_NAMES", "KAI", "ROLES", "ROLE_LABELS", "SONG", "XBS", "bundled_fonts_dir",
           "fallback_font_path", "installed_font_dirs", "resolve_fonts"]

FALLBACK_ROLE = "fallback"
# The fallback has one weight, a 明朝 between the light 仿宋 and the bold 黑体 and 小标宋.
# Its glyphs are outlined with a line of this fraction of the type size: in the text
# colour under the bold roles, to thicken them, and in white (negative values) under the
# light ones, to thin them by half the line, so that a rare character is about as dark as
# its neighbours (measured by the ink of ten common ideographs in each role's Fandol font).
FALLBACK_STROKE = {XBS: 0.021, HEI: 0.028, FANG: -0.01, KAI: -0.01}
# Ideographs that fill their em box: their outlines tell how high a font sets its ideographs
# above the baseline (fonts differ by a tenth of an em), so the fallback's can be set alike.
REFERENCE_IDEOGRAPHS = "国圆田回"


class Font:
    """One registered TrueType font: metrics and the character map, and the fallback
    (another ``Font``) that draws the characters this one lacks."""

    def __init__(self, role: str, choice: FontChoice, ttfont: TTFont, fallback: Optional["Font"] = None):
        self.role = role
        self.choice = choice
        self.ttfont = ttfont
        self.name = ttfont.fontName
        face = ttfont.face
        self.cmap = face.charToGlyph
        self.descent = face.descent / 1000.0  # negative, as a fraction of the em
        self._widths = face.charWidths
        self._default_width = face.defaultWidth
        self.fallback = fallback
        self.fallback_stroke = FALLBACK_STROKE.get(role, 0.0)
        self._middle: Optional[float] = None

    @property
    def label(self) -> str:
        return f"{self.choice.path.name}"

    def lacks(self, text: str) -> list[str]:
        """The characters of ``text`` this font itself has no glyph for (each once, in order)."""
        cmap = self.cmap
        return [ch for ch in dict.fromkeys(text) if ord(ch) not in cmap and ch not in "\n\t"]

    def missing(self, text: str) -> list[str]:
        """The characters of ``text`` that cannot be printed: neither this font nor its fallback has them."""
        lacking = self.lacks(text)
        if self.fallback is None or not lacking:
            return lacking
        cmap = self.fallback.cmap
        return [ch for ch in lacking if ord(ch) not in cmap]

    def width(self, text: str, size: float) -> float:
        """Advance of ``text``, each character by the font that draws it."""
        widths = self._widths
        try:
            return sum(map(widths.__getitem__, map(ord, text))) * size / 1000.0
        except KeyError:  # a character this font lacks
            pass
        fallback = self.fallback._widths if self.fallback is not None else {}
        default = self._default_width
        total = 0.0
        for code in map(ord, text):
            width = widths.get(code)
            total += width if width is not None else fallback.get(code, default)
        return total * size / 1000.0

    def segments(self, text: str) -> list[tuple["Font", str]]:
        """``text`` cut into runs drawn by one font: this one wherever it has the glyph,
        the fallback for the characters only the fallback has."""
        cmap = self.cmap
        fallback = self.fallback
        if fallback is None or all(ord(ch) in cmap for ch in text):
            return [(self, text)]
        other = fallback.cmap
        runs: list[tuple[Font, str]] = []
        start, current = 0, None
        for index, ch in enumerate(text):
            code = ord(ch)
            font = fallback if code not in cmap and code in other else self
            if font is not current:
                if current is not None:
                    runs.append((current, text[start:index]))
                start, current = index, font
        runs.append((current, text[start:]))
        return runs

    def _glyph_box(self, char: str) -> tuple[float, float]:
        """(bottom, top) of a glyph's outline relative to the baseline, as fractions of the em."""
        face = self.ttfont.face
        glyph = self.cmap[ord(char)]
        offset, _ = face.get_table_pos("glyf")
        start = face.glyphPos[glyph]
        if face.glyphPos[glyph + 1] == start:
            return 0.0, 0.0
        y_min, _, y_max = struct.unpack(">hhh", face._ttf_data[offset + start + 4:offset + start + 10])
        return y_min / face.unitsPerEm, y_max / face.unitsPerEm

    def glyph_top(self, char: str) -> float:
        """Top of a glyph's outline above the baseline, as a fraction of the em."""
        return self._glyph_box(char)[1]

    def ideograph_middle(self) -> float:
        """How high above the baseline the middle of this font's ideographs is, as a fraction
        of the em (from the outlines of REFERENCE_IDEOGRAPHS; the em box's middle without them)."""
        if self._middle is None:
            boxes = [self._glyph_box(ch) for ch in REFERENCE_IDEOGRAPHS if ord(ch) in self.cmap]
            boxes = [box for box in boxes if box[1] > box[0]]
            if boxes:
                self._middle = sum(bottom + top for bottom, top in boxes) / (2 * len(boxes))
            else:
                self._middle = self.descent + 0.5
        return self._middle

    def fallback_rise(self, size: float) -> float:
        """How far to raise (negative: lower) the fallback's glyphs at ``size`` so that
        their ideographs line up with this font's."""
        if self.fallback is None:
            return 0.0
        return (self.ideograph_middle() - self.fallback.ideograph_middle()) * size


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
    """The five roles' fonts for one document build, each with the bundled fallback font
    for the characters it lacks (``fallback=False``: none, as before the fallback existed)."""

    def __init__(self, choices: Mapping[str, FontChoice], fallback: Union[bool, FontChoice] = True):
        self.choices = dict(choices)
        if fallback is True:
            fallback = FontChoice(FALLBACK_ROLE, fallback_font_path(), "bundled")
        self.fallback: Optional[Font] = Font(FALLBACK_ROLE, fallback, _load(fallback)) if fallback else None
        self.fonts = {role: Font(role, choice, _load(choice), self.fallback) for role, choice in self.choices.items()}

    @classmethod
    def default(cls, configured: Optional[Mapping[str, str]] = None) -> "FontSet":
        return cls(resolve_fonts(configured))

    @classmethod
    def bundled(cls) -> "FontSet":
        return cls({role: FontChoice(role, bundled_fonts_dir() / name, "bundled") for role, name in BUNDLED.items()})

    def __getitem__(self, role: str) -> Font:
        return self.fonts[role]

    def require(self, text: str, role: str, where: str) -> None:
        """Raise DocumentError naming the first character that neither ``role``'s font
        nor the fallback can draw."""
        font = self.fonts[role]
        missing = font.missing(text)
        if not missing:
            return
        char = missing[0]
        if self.fallback is None:
            raise DocumentError(QT_TRANSLATE_NOOP(
                "Documents", "{where}中的字“{char}”（U+{code}）在字体 {font} 中没有字形，无法印出。"
                             "请改用常用字，或在“字体”设置中换用包含该字的字体。"),
                where=where, char=char, code=f"{ord(char):04X}", font=font.label)
        raise DocumentError(QT_TRANSLATE_NOOP(
            "Documents", "{where}中的字“{char}”（U+{code}）在字体 {font} 和后备字体 {fallback} 中都没有字形，无法印出。"
                         "请改用常用字，或在“字体”设置中换用包含该字的字体。"),
            where=where, char=char, code=f"{ord(char):04X}", font=font.label, fallback=self.fallback.label)

    def unprintable(self, text: str) -> dict[str, list[Font]]:
        """Each character of ``text`` that some role cannot print (its font and the
        fallback both lack it), with the role fonts that lack it."""
        found: dict[str, list[Font]] = {}
        for font in self.fonts.values():
            for char in font.missing(text):
                found.setdefault(char, []).append(font)
        return found
