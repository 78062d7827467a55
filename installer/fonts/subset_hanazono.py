"""Subset Hanazono Mincho A (花園明朝A) into the documents' fallback font for rare characters.

The office's fonts (仿宋_GB2312, 方正小标宋简体, 黑体, 楷体_GB2312) and the bundled Fandol
fonts cover GB2312 only, so a place name such as 㙟口镇 (U+365F, CJK Extension A) could not
be printed. HanaMinA.ttf is a TrueType (glyf) font, which reportlab can embed, and covers
every ideograph of the URO, Extension A and the compatibility blocks, plus the Extension
B–F characters of 通用规范汉字表, JIS X 0213 and HKSCS. The whole file is 22.8 MB; this
keeps the CJK ideographs, the GBK (GB 18030 two-byte) repertoire and the punctuation and
symbol blocks documents use, and drops the hinting, the vertical metrics, the layout
tables, the IVD variation sequences and the other scripts (Hangul, Yi, Tangut, …).

One-off build step, needs fontTools (`pip install fonttools`; development time only, not a
dependency of the program):

    apt-get download fonts-hanazono && dpkg-deb -x fonts-hanazono_*.deb hanazono
    python installer/fonts/subset_hanazono.py hanazono/usr/share/fonts/truetype/hanazono/HanaMinA.ttf

Writes resources/fonts/HanaMinA-subset.ttf (the same bytes every time for the same input).
Licence: the Hanazono Font License or the SIL OFL 1.1, at the user's choice; the subset
is distributed under the Hanazono Font License (see resources/fonts/COPYING-Hanazono.txt).
"""
from __future__ import annotations

import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

ROOT = Path(__file__).resolve().parents[2]
TARGET = ROOT / "resources" / "fonts" / "HanaMinA-subset.ttf"

RANGES = (
    (0x0020, 0x007E), (0x00A0, 0x00FF),      # ASCII, Latin-1
    (0x2000, 0x206F), (0x2100, 0x21FF),      # general punctuation, letterlike symbols, number forms, arrows
    (0x2200, 0x22FF), (0x2460, 0x24FF),      # mathematical operators, enclosed alphanumerics
    (0x2500, 0x26FF),                        # box drawing, geometric shapes, miscellaneous symbols
    (0x2E80, 0x2FFF),                        # CJK and Kangxi radicals, ideographic description
    (0x3000, 0x33FF),                        # CJK punctuation, kana, bopomofo, strokes, enclosed CJK, CJK compatibility
    (0x3400, 0x4DBF),                        # CJK Extension A
    (0x4E00, 0x9FFF),                        # CJK Unified Ideographs (URO)
    (0xF900, 0xFAFF),                        # CJK Compatibility Ideographs
    (0xFE10, 0xFE1F), (0xFE30, 0xFE4F),      # vertical and CJK compatibility forms (GB 18030)
    (0xFF00, 0xFFEF),                        # halfwidth and fullwidth forms
    (0x20000, 0x2FA1F),                      # CJK Extensions B–F and the compatibility supplement
)


def wanted() -> set[int]:
    codes = {code for low, high in RANGES for code in range(low, high + 1)}
    for code in range(0x80, 0x10000):  # the GBK repertoire: GB 18030's two-byte part
        if not 0xD800 <= code <= 0xDFFF:
            try:
                chr(code).encode("gbk")
            except UnicodeEncodeError:
                continue
            codes.add(code)
    return {code for code in codes if not 0xE000 <= code <= 0xF8FF}  # never the private use area


def main(source: str) -> None:
    font = TTFont(source, recalcTimestamp=False)
    present = set(font.getBestCmap())
    options = subset.Options()
    options.layout_features = []
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.hinting = False
    options.drop_tables += ["vhea", "vmtx", "BASE", "FFTM", "prop", "GSUB", "GPOS", "GDEF"]
    subsetter = subset.Subsetter(options)
    codes = wanted() & present
    subsetter.populate(unicodes=codes)
    subsetter.subset(font)
    font.save(TARGET)
    ideographs = sum(1 for c in codes if 0x3400 <= c <= 0x4DBF or 0x4E00 <= c <= 0x9FFF or 0xF900 <= c <= 0xFAFF
                     or c >= 0x20000)
    print(f"{TARGET}: {len(codes)} characters ({ideographs} ideographs), {font['maxp'].numGlyphs} glyphs, "
          f"{TARGET.stat().st_size} bytes")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
