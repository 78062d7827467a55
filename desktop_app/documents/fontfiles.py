"""Which font file plays which role: a configured path, else an installed standard
font, else the bundled Fandol font; and the bundled fallback font that draws the
rare characters a role's font lacks. Only file names and paths, so the window can
show the choice without loading reportlab (``fonts`` loads the files)."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Mapping, Optional

from ..resources import resources_dir
from .names import FANG, HEI, KAI, ROLES, SONG, XBS

BUNDLED = {
    FANG: "FandolFang-Regular.ttf",
    XBS: "FandolSong-Bold.ttf",
    HEI: "FandolHei-Regular.ttf",
    KAI: "FandolKai-Regular.ttf",
    SONG: "FandolSong-Regular.ttf",
}

# Drawn, character by character, wherever a role's font has no glyph: Hanazono Mincho A
# reduced to the CJK ideographs (URO, Extension A, compatibility, the Extension B–F
# characters it has) and GBK (installer/fonts/subset_hanazono.py; resources/fonts/README.md).
FALLBACK = "HanaMinA-subset.ttf"

# File names of the standard fonts as Windows and the font vendors install them,
# most specific first (仿宋_GB2312 before the later 仿宋).
INSTALLED_NAMES = {
    FANG: ("仿宋_GB2312.ttf", "FS_GB2312.ttf", "FangSong_GB2312.ttf", "simfang.ttf", "SIMFANG.TTF"),
    XBS: ("方正小标宋简体.ttf", "FZXBSJW.TTF", "FZXBSJW--GB1-0.ttf", "fzxbsjw.ttf", "FZXiaoBiaoSong-B05S.ttf"),
    HEI: ("simhei.ttf", "SIMHEI.TTF", "黑体.ttf"),
    KAI: ("楷体_GB2312.ttf", "KAI_GB2312.ttf", "simkai.ttf", "SIMKAI.TTF"),
    SONG: ("simsun.ttc", "SIMSUN.TTC", "simsun.ttf"),
}


def bundled_fonts_dir() -> Path:
    return resources_dir() / "fonts"


def fallback_font_path() -> Path:
    return bundled_fonts_dir() / FALLBACK


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
