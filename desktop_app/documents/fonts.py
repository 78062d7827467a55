"""Fonts of the official documents: which file plays which role, and the glyph check.

Roles follow GB/T 9704-2012: 仿宋 for the body, 小标宋 for the issuer mark and
titles, 黑体 and 楷体 for headings, 宋体 for page numbers. The office's installed
fonts win; a configured path wins over both; the bundled Fandol fonts are the
fallback that always works. Every character is checked against the chosen font's
character map before anything is written, so a missing glyph is an error that
names the character instead of a box in print.
"""
from __future__ import annotations

import os
import struct
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Mapping, Optional

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from ..domain.messages import QT_TRANSLATE_NOOP, MessageError
from ..resources import resources_dir

FANG, XBS, HEI, KAI, SONG = "fang", "xbs", "hei", "kai", "song"
ROLES = (FANG, XBS, HEI, KAI, SONG)
ROLE_LABELS = {
    FANG: QT_TRANSLATE_NOOP("Documents", "仿宋（正文）"),
    XBS: QT_TRANSLATE_NOOP("Documents", "小标宋（发文机关标志、标题）"),
    HEI: QT_TRANSLATE_NOOP("Documents", "黑体（一级标题）"),
    KAI: QT_TRANSLATE_NOOP("Documents", "楷体（二级标题）"),
    SONG: QT_TRANSLATE_NOOP("Documents", "宋体（页码）"),
}
CONTEXT = "Documents"

BUNDLED = {
    FANG: "FandolFang-Regular.ttf",
    XBS: "FandolSong-Bold.ttf",
    HEI: "FandolHei-Regular.ttf",
    KAI: "FandolKai-Regular.ttf",
    SONG: "FandolSong-Regular.ttf",
}

# File names of the standard fonts as Windows and the font vendors install them,
# most specific first (仿宋_GB2312 before the later 仿宋).
INSTALLED_NAMES = {
    FANG: ("仿宋_GB2312.ttf", "FS_GB2312.ttf", "FangSong_GB2312.ttf", "simfang.ttf", "SIMFANG.TTF"),
    XBS: ("方正小标宋简体.ttf", "FZXBSJW.TTF", "FZXBSJW--GB1-0.ttf", "fzxbsjw.ttf", "FZXiaoBiaoSong-B05S.ttf"),
    HEI: ("simhei.ttf", "SIMHEI.TTF", "黑体.ttf"),
    KAI: ("楷体_GB2312.ttf", "KAI_GB2312.ttf", "simkai.ttf", "SIMKAI.TTF"),
    SONG: ("simsun.ttc", "SIMSUN.TTC", "simsun.ttf"),
}


class DocumentError(MessageError):
    """A document cannot be produced; the message says what and what to do."""

    context = CONTEXT


def bundled_fonts_dir() -> Path:
    return resources_dir() / "fonts"


def installed_font_dirs() -> list[Path]:
    """Where Windows keeps fonts for all users and for the current user."""
    folders = []
    windir = os.environ.get("WINDIR") or os.environ.get("SystemRoot")
    if windir:
        folders.append(Path(windir) / "Fonts")
    local = os.environ.get("LOCALAPPDATA")
    if local:
        folders.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
    return folders


@dataclass(frozen=True)
class FontChoice:
    role: str
    path: Path
    origin: str  # "configured", "installed" or "bundled"


def resolve_fonts(configured: Optional[Mapping[str, str]] = None,
                  search_dirs: Optional[Iterable[Path]] = None) -> dict[str, FontChoice]:
    """The file for each role: a configured path that exists, else an installed
    standard font, else the bundled font."""
    configured = configured or {}
    folders = list(installed_font_dirs() if search_dirs is None else search_dirs)
    chosen = {}
    for role in ROLES:
        path = configured.get(role)
        if path and Path(path).is_file():
            chosen[role] = FontChoice(role, Path(path), "configured")
            continue
        found = next((folder / name for folder in folders for name in INSTALLED_NAMES[role]
                      if (folder / name).is_file()), None)
        if found is not None:
            chosen[role] = FontChoice(role, found, "installed")
        else:
            chosen[role] = FontChoice(role, bundled_fonts_dir() / BUNDLED[role], "bundled")
    return chosen


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
