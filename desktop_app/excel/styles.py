"""Named cell styles of the workbooks (registered once per workbook: cheap to apply)."""
from __future__ import annotations

from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Protection, Side

FONT_NAME = "宋体"
THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
NUMBER_FORMAT = "0.00"


def _style(name: str, *, size: float = 11, bold: bool = False, colour: str = "000000", fill: str | None = None,
           horizontal: str = "center", vertical: str = "center", wrap: bool = False, border: bool = True, indent: int = 0,
           locked: bool = True, number_format: str = "General", default_font: bool = False) -> NamedStyle:
    style = NamedStyle(name=name)
    if not default_font:  # else the workbook's own font, as unstyled cells have
        style.font = Font(name=FONT_NAME, size=size, bold=bold, color=colour)
    style.alignment = Alignment(horizontal=horizontal, vertical=vertical, wrap_text=wrap, indent=indent)
    if border:
        style.border = BOX
    if fill:
        style.fill = PatternFill("solid", start_color=fill, end_color=fill)
    style.protection = Protection(locked=locked)
    style.number_format = number_format
    return style


STYLES = {
    "title": dict(size=16, bold=True, border=False),
    "sheet_title": dict(size=15, bold=True, border=False, wrap=True),
    "subtitle": dict(size=10, border=False, horizontal="left"),
    "subtitle_right": dict(size=10, border=False, horizontal="right"),
    "note": dict(size=9, colour="444444", border=False, horizontal="left", vertical="top", wrap=True),
    "header": dict(size=10, bold=True, fill="DDE5F0", wrap=True),
    "header_plain": dict(size=9, fill="EEF2F8", wrap=True),
    "text": dict(size=10, horizontal="left", wrap=True, indent=1),
    "text_center": dict(size=10),
    "number": dict(size=10, horizontal="right", number_format=NUMBER_FORMAT),
    "plain_center": dict(border=False, default_font=True),
    "plain_number": dict(horizontal="right", number_format=NUMBER_FORMAT, border=False, default_font=True),
    "integer": dict(size=10, number_format="0"),
    "input": dict(size=10, horizontal="right", locked=False),
    "input_text": dict(size=10, horizontal="left", wrap=True, locked=False, indent=1),
    "not_applicable": dict(size=9, colour="808080", fill="D9D9D9"),
    "code": dict(size=8, colour="808080", border=False, horizontal="left"),
    "sign": dict(size=10, border=False, horizontal="left", vertical="bottom"),
    "veto": dict(size=10, bold=True, colour="C00000"),
    "warning": dict(size=10, bold=True, colour="C00000", border=False, horizontal="left"),
}


def register_styles(workbook, prefix: str = "tad_") -> dict[str, str]:
    """Add every style to ``workbook``; returns short name -> registered name."""
    names = {}
    for short, options in STYLES.items():
        name = prefix + short
        workbook.add_named_style(_style(name, **options))
        names[short] = name
    return names


def plain_text(sheet):
    """For rows written without styles (the fast path of large sheets): a function that
    returns text unchanged unless it starts with "=", which it wraps as a text cell so that
    it is never written as a formula."""
    from openpyxl.cell import WriteOnlyCell

    def text(value):
        if isinstance(value, str) and value.startswith("="):
            cell = WriteOnlyCell(sheet, value=value)
            cell.data_type = "s"
            return cell
        return value
    return text


class CellMaker:
    """Styled cells for a write-only sheet.

    Looking a named style up costs more than writing the cell, so each style is
    resolved once and its style record shared by every cell that uses it (cells
    are written out at once and never restyled).
    """

    def __init__(self, sheet, names: dict[str, str]):
        from openpyxl.cell import WriteOnlyCell

        self._new = WriteOnlyCell
        self._sheet = sheet
        self._arrays = {}
        for short, name in names.items():
            prototype = WriteOnlyCell(sheet)
            prototype.style = name
            self._arrays[short] = prototype._style

    def __call__(self, value, style: str):
        cell = self._new(self._sheet, value=value)
        if isinstance(value, str):
            # Text stays text: a name or reason starting with "=" must never become a live formula
            # (openpyxl would write "=cmd|' /C calc'!A0" as one). The program writes no formulas.
            cell.data_type = "s"
        cell._style = self._arrays[style]
        return cell
