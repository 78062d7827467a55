"""Convert the Fandol OpenType (CFF) fonts to TrueType outlines for reportlab.

reportlab embeds TrueType (glyf) fonts only. This one-off build step reads the
Fandol .otf files (GPL with font exception, from TeX Live) and writes quadratic
TrueType copies to resources/fonts/. Needs fontTools (build time only):

    python installer/fonts/convert_fandol.py /path/to/fandol/otf-folder
"""
from __future__ import annotations

import sys
from pathlib import Path

from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools import subset
from fontTools.ttLib import TTFont, newTable

# one font unit of the 1000-unit em: invisible at any print size
MAX_ERROR = 1.0

FONTS = {
    "FandolFang-Regular.otf": "FandolFang-Regular.ttf",   # 仿宋: body text
    "FandolHei-Regular.otf": "FandolHei-Regular.ttf",     # 黑体: level-1 headings, 附件
    "FandolKai-Regular.otf": "FandolKai-Regular.ttf",     # 楷体: level-2 headings
    "FandolSong-Bold.otf": "FandolSong-Bold.ttf",         # 小标宋 stand-in: issuer mark, title
    "FandolSong-Regular.otf": "FandolSong-Regular.ttf",   # 宋体: page numbers
}
ROOT = Path(__file__).resolve().parents[2]


def gb2312_and_document_characters() -> set[int]:
    """Every GB2312 character, ASCII, Latin-1 and the punctuation blocks documents use."""
    codes = set(range(0x20, 0x7F)) | set(range(0xA0, 0x100))
    codes |= set(range(0x2000, 0x2070)) | set(range(0x2100, 0x2200)) | set(range(0x2460, 0x24A0))
    codes |= set(range(0x3000, 0x3040)) | set(range(0xFF00, 0xFFF0)) | {0x25CB, 0x25CF, 0x25A1, 0x25A0, 0x2605, 0x2606}
    for high in range(0xA1, 0xF8):
        for low in range(0xA1, 0xFF):
            try:
                codes.add(ord(bytes([high, low]).decode("gb2312")))
            except UnicodeDecodeError:
                pass
    return codes


def to_truetype(source: Path, target: Path) -> None:
    font = TTFont(source)
    options = subset.Options()
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=gb2312_and_document_characters())
    subsetter.subset(font)
    glyph_order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = glyph_order
    glyf.glyphs = {}
    for name in glyph_order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, MAX_ERROR, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    font["loca"] = newTable("loca")
    font["glyf"] = glyf
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for attribute in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                      "maxStackElements", "maxSizeOfInstructions", "maxComponentElements"):
        setattr(maxp, attribute, 0)
    maxp.maxZones = 1
    post = font["post"]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = glyph_order
    font.sfntVersion = "\x00\x01\x00\x00"
    font.save(target)


def main(folder: str) -> None:
    out = ROOT / "resources" / "fonts"
    out.mkdir(parents=True, exist_ok=True)
    for source, target in FONTS.items():
        to_truetype(Path(folder) / source, out / target)
        print(out / target, (out / target).stat().st_size)


if __name__ == "__main__":
    main(sys.argv[1])
