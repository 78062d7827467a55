"""GB/T 9704-2012 page geometry and the typesetting the documents share.

Text is set on the standard's grid: 22 lines of 28 characters in a 156 × 225 mm
text area, 37 mm from the top and 28 mm from the left edge. A line's characters
sit at the top of their line slot (character height, then 7/8 of it as space).
Paragraphs break lines by the Chinese rules (no closing punctuation at a line
start, no opening one at a line end, numbers kept whole) and are justified.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Callable, Iterable, NamedTuple, Optional, Sequence

from reportlab.lib.colors import Color, black, white
from reportlab.lib.pagesizes import A4
from reportlab.lib.rl_accel import fp_str
from reportlab.platypus import ActionFlowable, BaseDocTemplate, Flowable, Frame, PageTemplate

from ..domain.messages import QT_TRANSLATE_NOOP
from .fonts import FANG, HEI, SONG, DocumentError, FontSet

MM = 72 / 25.4
PAGE_WIDTH, PAGE_HEIGHT = A4
LEFT_MARGIN = 28 * MM
TOP_MARGIN = 37 * MM
TEXT_WIDTH = 156 * MM
TEXT_HEIGHT = 225 * MM
BOTTOM_MARGIN = PAGE_HEIGHT - TOP_MARGIN - TEXT_HEIGHT  # 35 mm
TEXT_RIGHT = LEFT_MARGIN + TEXT_WIDTH
LINES_PER_PAGE, CHARS_PER_LINE = 22, 28
LINE = TEXT_HEIGHT / LINES_PER_PAGE
CHAR = TEXT_WIDTH / CHARS_PER_LINE  # one character of distance in body text

SIZE_2, SIZE_3, SIZE_4, SIZE_SMALL_4, SIZE_5 = 22.0, 16.0, 14.0, 12.0, 10.5
# 16 pt characters set 28 to a 156 mm line: each advance is slightly tightened.
BODY_CHAR_SPACE = CHAR - SIZE_3

RED = Color(230 / 255, 0, 18 / 255)
THICK_RULE = 0.35 * MM
THIN_RULE = 0.25 * MM
RED_RULE = 1.0
PAGE_NUMBER_GAP = 7 * MM
TABLE_RULE = 0.6

NO_LINE_START = set("，。、；：？！）》」』】〕〉〗”’…—·%‰℃,.;:?!)]}>")
NO_LINE_END = set("（《「『【〔〈〖“‘([{<")
# a number or word stays whole, with the measure word after a number (0.30分, 2024年, 3号)
_UNIT = re.compile(r"(?:[A-Za-z0-9][A-Za-z0-9.\-/:%+_@#]*[A-Za-z0-9%]|[0-9])[分年月日号个位项轮次]?|.", re.S)


def mm(value: float) -> float:
    return value * MM


@dataclass(frozen=True)
class TextStyle:
    size: float = SIZE_3
    role: str = FANG
    leading: float = LINE
    align: str = "justify"  # justify, left, center, right
    first_indent: float = 0.0
    indent: float = 0.0  # lines after the first
    right_indent: float = 0.0
    char_space: float = BODY_CHAR_SPACE
    color: Color = black


BODY = TextStyle(first_indent=2 * CHAR)
FLUSH = TextStyle()
TITLE = TextStyle(size=SIZE_2, role="xbs", align="center", char_space=0.0)


class Run(NamedTuple):
    text: str
    role: Optional[str] = None  # None: the paragraph's role


class _Unit(NamedTuple):
    text: str
    role: str
    width: float


BREAK = _Unit("\n", "", 0.0)


class Line(NamedTuple):
    units: tuple
    width: float   # advance including the char space after every glyph
    last: bool     # last line of its paragraph (or before a forced break): not justified
    first: bool


def _units(runs: Sequence[Run], style: TextStyle, fonts: FontSet) -> list[_Unit]:
    units = []
    for run in runs:
        role = run.role or style.role
        font = fonts[role]
        for match in _UNIT.finditer(run.text):
            text = match.group()
            if text == "\n":
                units.append(BREAK)
            else:
                units.append(_Unit(text, role, font.width(text, style.size) + len(text) * style.char_space))
    return units


def break_lines(runs: Sequence[Run], style: TextStyle, fonts: FontSet, width: float) -> list[Line]:
    """Greedy line breaking with the Chinese line-start and line-end rules."""
    units = _units(runs, style, fonts)
    lines: list[Line] = []
    current: list[_Unit] = []
    used = 0.0

    def avail() -> float:
        return width - (style.indent if lines else style.first_indent) - style.right_indent

    def finish(last: bool) -> None:
        nonlocal current, used
        lines.append(Line(tuple(current), sum(u.width for u in current), last, not lines))
        current, used = [], 0.0

    index = 0
    while index < len(units):
        unit = units[index]
        if unit is BREAK:
            finish(True)
            index += 1
            continue
        room = avail()
        if unit.width > room and len(unit.text) > 1:
            # a number or word longer than a line: break it by characters
            font = fonts[unit.role]
            pieces = [_Unit(ch, unit.role, font.width(ch, style.size) + style.char_space) for ch in unit.text]
            units[index:index + 1] = pieces
            continue
        if not current or used + unit.width <= room + 0.01:
            current.append(unit)
            used += unit.width
            index += 1
            continue
        carry: list[_Unit] = []
        if unit.text[0] in NO_LINE_START:
            # push the last character down with the punctuation rather than start a line with it
            while len(current) > 1:
                carry.insert(0, current.pop())
                if carry[0].text[0] not in NO_LINE_START:
                    break
        while len(current) > 1 and current[-1].text[-1] in NO_LINE_END:
            carry.insert(0, current.pop())
        finish(False)
        current = carry
        used = sum(u.width for u in carry)
    if current or not lines:
        finish(True)
    return lines


def _draw_line(canv, line: Line, style: TextStyle, fonts: FontSet, x0: float, baseline: float,
               width: float) -> None:
    indent = style.first_indent if line.first else style.indent
    room = width - indent - style.right_indent
    glyphs = sum(len(u.text) for u in line.units)
    char_space = style.char_space
    visible = line.width - style.char_space  # the space after the last glyph is not seen
    x = x0 + indent
    if style.align == "justify" and not line.last and glyphs > 1:
        char_space += (room - line.width) / (glyphs - 1)
    elif style.align == "center":
        x += (room - visible) / 2
    elif style.align == "right":
        x += room - visible
    text = canv.beginText(x, baseline)
    text.setCharSpace(char_space)
    text.setFillColor(style.color)
    role, chunk = None, []
    for unit in line.units:
        if unit.role != role and chunk:
            x = emit(canv, text, fonts[role], style.size, "".join(chunk), x, baseline, char_space)
            chunk = []
        role = unit.role
        chunk.append(unit.text)
    if chunk:
        emit(canv, text, fonts[role], style.size, "".join(chunk), x, baseline, char_space)
    canv.drawText(text)


def emit(canv, text, font, size: float, string: str, x: float, baseline: float, char_space: float,
         scale: float = 100.0) -> float:
    """Write ``string`` at ``x``, each of reportlab's 256-glyph font subsets from its own
    explicit position (readers disagree on the character spacing after the last glyph
    of a string), and return where the next character goes. Characters ``font`` lacks
    are drawn in its fallback font (see ``Font.segments``); ``scale`` is the horizontal
    scaling (per cent) the text object is set to."""
    for part_font, part in font.segments(string):
        text.setFont(part_font.name, size)
        substitute = part_font is not font
        if substitute:
            _fallback_style(canv, text, font, size)
        start = 0
        for _, piece in part_font.ttfont.splitString(part, canv._doc):
            chunk = part[start:start + len(piece)]
            start += len(piece)
            text.setTextOrigin(x, baseline)
            text.textOut(chunk)
            x += (part_font.width(chunk, size) + char_space * len(chunk)) * scale / 100.0
        if substitute:
            _plain_style(canv, text)
    return x


def _fallback_style(canv, text, font, size: float) -> None:
    """The fallback's glyphs set at the height of ``font``'s ideographs and outlined to the
    role's weight: in the text colour to thicken them, in white to thin them (documents are
    printed on white paper; the white line's outer half, a twentieth of a point at body size,
    is too fine to show on the grey draft watermark)."""
    rise = font.fallback_rise(size)
    if rise:
        text.setRise(rise)
    stroke = font.fallback_stroke * size
    if stroke:
        text.setTextRenderMode(2)  # fill, then stroke
        if stroke > 0:
            text.setStrokeColor(getattr(text, "_fillColorObj", None) or canv._fillColorObj)
        else:
            text.setStrokeColor(white)
        text._code.append(f"{fp_str(abs(stroke))} w")  # allowed inside BT … ET; restored below


def _plain_style(canv, text) -> None:
    """Back to the canvas's own line width and stroke colour (the rules drawn after the text
    use them) and to filled text on the baseline."""
    text.setRise(0)
    text.setTextRenderMode(0)
    text.setStrokeColor(canv._strokeColorObj)
    text._code.append(f"{fp_str(canv._lineWidth)} w")


def baseline_below(top: float, size: float, font) -> float:
    """Baseline that puts a character's em box top at ``top``."""
    return top - size * (1 + font.descent)


class TextBlock(Flowable):
    """A paragraph on the line grid; splits between lines across pages."""

    def __init__(self, runs: Sequence[Run] | str, style: TextStyle, fonts: FontSet, where: str,
                 lines: Optional[list[Line]] = None, keep_with_next: bool = False):
        super().__init__()
        if isinstance(runs, str):
            runs = [Run(runs)]
        self.runs = list(runs)
        self.style = style
        self.fonts = fonts
        self.where = where
        self.keepWithNext = keep_with_next
        if lines is None:
            for run in self.runs:
                fonts.require(run.text, run.role or style.role, where)
        self._lines = lines
        self._width = None if lines is None else -1

    def lines(self, width: float) -> list[Line]:
        if self._lines is None or (self._width not in (-1, width)):
            self._lines = break_lines(self.runs, self.style, self.fonts, width)
            self._width = width
        return self._lines

    def wrap(self, avail_width, avail_height):
        self.width = avail_width
        self.height = len(self.lines(avail_width)) * self.style.leading
        return avail_width, self.height

    def split(self, avail_width, avail_height):
        lines = self.lines(avail_width)
        fit = int((avail_height + 1e-6) // self.style.leading)
        if fit <= 0:
            return []
        if fit >= len(lines):
            return [self]
        return list(self.cut(avail_width, fit))

    def units(self, width: float) -> tuple[float, list[float]]:
        """(height every piece has, heights of the parts a page break may fall between)."""
        return 0.0, [self.style.leading] * len(self.lines(width))

    def cut(self, width: float, count: int) -> tuple["TextBlock", "TextBlock"]:
        """The first ``count`` lines and the rest."""
        lines = self.lines(width)
        return (TextBlock(self.runs, self.style, self.fonts, self.where, lines[:count]),
                TextBlock(self.runs, self.style, self.fonts, self.where, lines[count:], self.keepWithNext))

    def draw(self):
        font = self.fonts[self.style.role]
        for number, line in enumerate(self._lines):
            top = self.height - number * self.style.leading
            _draw_line(self.canv, line, self.style, self.fonts, 0.0, baseline_below(top, self.style.size, font),
                       self.width)


class KeepAround(Flowable):
    """``body`` (a paragraph or a table) flowing across pages, with ``head`` (headings)
    on one page with at least its first ``start`` lines or rows and ``tail`` (a
    signature) with at least its last ``end``; the rest of a page is filled."""

    def __init__(self, body, head: Sequence[Flowable] = (), tail: Sequence[Flowable] = (), start: int = 2,
                 end: int = 2):
        super().__init__()
        self.body = body
        self.head = list(head)
        self.tail = list(tail)
        self.start = start
        self.end = end
        for flowable in self.head:
            flowable.keepWithNext = False  # this keep replaces reportlab's whole-paragraph one

    def wrap(self, avail_width, avail_height):
        return avail_width, 0xFFFFFF  # always split: the parts are then placed one by one

    def split(self, avail_width, avail_height):
        head, tail = stacked_height(self.head, avail_width), stacked_height(self.tail, avail_width)
        fixed, units = self.body.units(avail_width)
        whole = [*self.head, self.body, *self.tail]
        if head + fixed + sum(units) + tail <= avail_height + 1e-6:
            return whole
        fit, used = 0, head + fixed
        for unit in units:
            used += unit
            if used > avail_height + 1e-6:
                break
            fit += 1
        keep = min(fit, len(units) - min(self.end, len(units))) if self.tail else fit
        need = min(self.start, len(units)) if self.head else 1
        at_top = getattr(getattr(self, "_frame", None), "_atTop", False)
        if at_top:  # a keep that not even a fresh page can hold gives way
            need = 1
            keep = keep or fit
        if keep >= max(need, 1):
            if keep >= len(units):
                return whole
            first, rest = self.body.cut(avail_width, keep)
            return [*self.head, first, KeepAround(rest, (), self.tail, end=self.end)]
        return whole if at_top else []  # the group starts the next page


def flow_text(blocks: list, tail: Sequence[Flowable] = (), start: int = 2, end: int = 2) -> list:
    """Paragraphs with their keeps: headings (``keep_with_next``) with the first ``start``
    lines of the paragraph after them, ``tail`` (the signature, so that it never stands
    alone on a page) with the last ``end`` lines of the last paragraph."""
    out: list = []
    heads: list = []
    for number, block in enumerate(blocks):
        last = number == len(blocks) - 1
        if getattr(block, "keepWithNext", False) and not last:
            heads.append(block)
            continue
        if heads or (last and tail):
            out.append(KeepAround(block, heads, tail if last else (), start, end))
        else:
            out.append(block)
        heads = []
    if not blocks:
        out.extend(tail)
    return out


def stacked_height(flowables: Iterable[Flowable], width: float = TEXT_WIDTH) -> float:
    """Height of flowables set one below the other, none cut by a page end."""
    return sum(f.wrap(width, 0xFFFFFF)[1] for f in flowables)


class BlankLines(Flowable):
    """Empty grid lines; at a page end only what is left of the page."""

    def __init__(self, count: float = 1):
        super().__init__()
        self.count = count

    def wrap(self, avail_width, avail_height):
        self.height = max(0.0, min(self.count * LINE, avail_height))
        return avail_width, self.height

    def draw(self):
        pass


class NewPage(ActionFlowable):
    def __init__(self):
        super().__init__(("pageBreak",))


# --- document template --------------------------------------------------------------------


@dataclass
class PageRecord:
    """What each physical page is, for page numbers and for checking the layout."""

    index: int
    number: Optional[int] = None
    kind: str = "content"  # content, blank, imprint


@dataclass
class DocumentGeometry:
    """Positions the builder chose (PDF points, origin bottom left), for tests and previews."""

    pages: list = field(default_factory=list)
    seals: list = field(default_factory=list)        # (page, x, y, diameter, signature)
    marks: dict = field(default_factory=dict)


def page_number_text(number: int) -> str:
    return f"— {number} —"


class GongwenDoc(BaseDocTemplate):
    """A4, the standard's margins, page numbers outside the text area on the outer side."""

    def __init__(self, target, fonts: FontSet, *, title: str, author: str, draft: bool,
                 numbered: bool = True, progress: Optional[Callable[[int], None]] = None,
                 fingerprint: Optional[str] = None):
        super().__init__(target, pagesize=A4, leftMargin=LEFT_MARGIN, rightMargin=PAGE_WIDTH - TEXT_RIGHT,
                         topMargin=TOP_MARGIN, bottomMargin=BOTTOM_MARGIN, title=title, author=author,
                         creator="考核工作台", subject=title, invariant=True, pageCompression=1, lang="zh-CN",
                         # else the canvas opens with Helvetica, which is never embedded
                         initialFontName=fonts[FANG].name, initialFontSize=SIZE_3)
        self.fonts = fonts
        self.draft = draft
        self.fingerprint = fingerprint
        self.numbered = numbered
        self.geometry = DocumentGeometry()
        self.blank_pages: set[int] = set()
        self.unnumbered_pages: set[int] = set()
        self.section_first_page = 1
        self.progress = progress
        # the frame holds exactly 22 lines; a hair more keeps float sums from refusing the last
        frame = Frame(LEFT_MARGIN, BOTTOM_MARGIN - 0.01, TEXT_WIDTH, TEXT_HEIGHT + 0.01, leftPadding=0,
                      rightPadding=0, topPadding=0, bottomPadding=0, id="text")
        self.addPageTemplates([PageTemplate("page", [frame], onPage=self._on_page, onPageEnd=self._on_page_end)])

    def _on_page(self, canv, doc) -> None:
        if self.draft:
            draw_watermark(canv, self.fonts)

    def _on_page_end(self, canv, doc) -> None:
        page = self.page
        record = PageRecord(page)
        if page in self.blank_pages:
            record.kind = "blank"
        elif page in self.unnumbered_pages:
            record.kind = "imprint"
        elif self.numbered:
            record.number = page - self.section_first_page + 1
            draw_page_number(canv, self.fonts, record.number)
        if page in self.geometry.marks.get("imprint_pages", ()):
            record.kind = "imprint"
        if self.fingerprint:
            draw_fingerprint(canv, self.fonts, self.fingerprint)
        self.geometry.pages.append(record)
        if self.progress:
            self.progress(page)


def draw_page_number(canv, fonts: FontSet, number: int) -> None:
    """'— n —' in 4号宋体: odd pages right, even pages left, one character in from the
    text area's edge, the dash's top 7 mm below the text area."""
    font = fonts[SONG]
    text = page_number_text(number)
    width = font.width(text, SIZE_4)
    if number % 2:
        x = TEXT_RIGHT - SIZE_4 - width
    else:
        x = LEFT_MARGIN + SIZE_4
    dash_top = BOTTOM_MARGIN - PAGE_NUMBER_GAP
    baseline = dash_top - font.glyph_top("—") * SIZE_4
    canv.setFillColor(black)
    canv.setFont(font.name, SIZE_4)
    canv.drawString(x, baseline, text)


WATERMARK = "草稿"
FINGERPRINT_SIZE = 7.0
FINGERPRINT_BASELINE = 10 * MM  # above the paper's bottom edge, well below the page number


def fingerprint_text(fingerprint: str) -> str:
    return f"数据指纹 {fingerprint}"


def draw_fingerprint(canv, fonts: FontSet, fingerprint: str) -> None:
    """The results' fingerprint in small grey type at the foot of every page, so a printed
    copy can be matched to the data that made it."""
    canv.saveState()
    canv.setFillColor(Color(0.45, 0.45, 0.45))
    canv.setFont(fonts[FANG].name, FINGERPRINT_SIZE)
    canv.drawCentredString(PAGE_WIDTH / 2, FINGERPRINT_BASELINE, fingerprint_text(fingerprint))
    canv.restoreState()


def draw_watermark(canv, fonts: FontSet) -> None:
    canv.saveState()
    canv.setFillColor(Color(0.55, 0.55, 0.55, alpha=0.28))
    canv.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
    canv.rotate(45)
    canv.setFont(fonts[HEI].name, 150)
    canv.drawCentredString(0, -50, WATERMARK)
    canv.restoreState()


class SectionStart(ActionFlowable):
    """Numbering restarts here (one letter of many in one file); with ``odd`` the
    section starts on an odd page, so double-sided copies separate cleanly."""

    def __init__(self, odd: bool = True):
        super().__init__()
        self.odd = odd

    def apply(self, doc: GongwenDoc) -> None:
        doc.section_first_page = doc.page


class FillPage(Flowable):
    """Takes the rest of the page and leaves it empty (a blank page)."""

    def __init__(self, doc: GongwenDoc, blank: bool = True):
        super().__init__()
        self.doc = doc
        self.blank = blank

    def wrap(self, avail_width, avail_height):
        return avail_width, avail_height

    def draw(self):
        if self.blank:
            self.doc.blank_pages.add(self.doc.page)


class StartOnOddPage(Flowable):
    """Placed right after a page break: inserts a blank page when the new page is even."""

    def __init__(self, doc: GongwenDoc):
        super().__init__()
        self.doc = doc

    def wrap(self, avail_width, avail_height):
        if self.doc.page % 2 == 0:
            return avail_width, avail_height + 1  # refuse, so split() below runs
        return avail_width, 0

    def split(self, avail_width, avail_height):
        if self.doc.page % 2 == 0:
            return [FillPage(self.doc), NewPage()]
        return [self]

    def draw(self):
        pass



def set_text(canv, text: str, role: str, size: float, fonts: FontSet, x: float, top: float,
             color: Color = black, char_space: float = 0.0, scale: float = 100.0) -> None:
    """Draw one line with its em box top at ``top``."""
    font = fonts[role]
    baseline = baseline_below(top, size, font)
    t = canv.beginText(x, baseline)
    t.setCharSpace(char_space)
    t.setHorizScale(scale)
    t.setFillColor(color)
    emit(canv, t, font, size, text, x, baseline, char_space, scale)
    canv.drawText(t)


# --- tables ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Column:
    header: str                 # "\n" separates header lines
    align: str = "center"
    wrap: bool = False          # body text may wrap onto several lines
    min_chars: float = 2.0      # narrowest width a wrapping column may take, in characters


def units_column(noun: str) -> Column:
    """The column naming the assessed units, wide enough for their noun (镇街, 县（区）) on one line."""
    return Column(noun, wrap=True, min_chars=max(3, len(noun)))


class TableRow(NamedTuple):
    cells: tuple
    kind: str = "normal"  # normal, section (first cell spans the row), total


def _balanced_header_lines(text: str, role: str, size: float, fonts: FontSet, width: float) -> list[str]:
    """A header line too wide for its column, broken into equal parts (责任落实 -> 责任/落实)."""
    font = fonts[role]
    if font.width(text, size) <= width + 0.01:
        return [text]
    units = [m.group() for m in _UNIT.finditer(text)]
    for parts in range(2, len(units) + 1):
        size_of = math.ceil(len(units) / parts)
        chunks = ["".join(units[i:i + size_of]) for i in range(0, len(units), size_of)]
        if all(font.width(c, size) <= width + 0.01 for c in chunks):
            return chunks
    return units


class GridTable(Flowable):
    """A full-width ruled table whose header row repeats on every page it spans."""

    SIZES = (SIZE_SMALL_4, SIZE_5, 9.0)
    CELL_PAD = 0.3      # cell padding, in the text size
    MIN_CELL_PAD = 0.1  # the tightest rows fitted() makes: a line of text and 0.1 of its size above and below

    def __init__(self, columns: Sequence[Column], rows: Sequence[TableRow], fonts: FontSet, where: str,
                 sizes: Sequence[float] = SIZES, width: float = TEXT_WIDTH, header_role: str = HEI,
                 _layout=None, _row_lines=None, _vpad: Optional[float] = None):
        super().__init__()
        self.columns = list(columns)
        self.rows = list(rows)
        self.fonts = fonts
        self.where = where
        self.table_width = width
        self.header_role = header_role
        if _layout is None:
            for column in self.columns:
                fonts.require(column.header, header_role, where)
            for row in self.rows:
                for cell in row.cells:
                    fonts.require(cell, HEI if row.kind != "normal" else FANG, where)
            _layout = self._choose_layout(sizes)
        self.size, self.widths, self.header_lines = _layout
        self.pad = self.size * self.CELL_PAD
        self.vpad = self.pad if _vpad is None else _vpad  # above and below a cell's text
        self.line_height = self.size * 1.4
        self.header_height = max(len(lines) for lines in self.header_lines) * self.line_height + 2 * self.vpad
        self._row_lines = _row_lines if _row_lines is not None else [self._wrap_row(row) for row in self.rows]

    # layout ---------------------------------------------------------------------------------

    def _role(self, row: TableRow) -> str:
        return FANG if row.kind == "normal" else HEI

    def _choose_layout(self, sizes):
        """The largest size at which no body cell wraps; failing that, the largest at
        which wrapping columns fit."""
        measured = {}
        for allow_wrap in (False, True):
            for size in sizes:
                if size not in measured:
                    measured[size] = self._measure(size)
                natural, unwrapped, wrapped = measured[size]
                widths = self._fit(natural, wrapped if allow_wrap else unwrapped)
                if widths is not None:
                    pad = size * self.CELL_PAD
                    header_lines = [self._header_lines(column, size, w - 2 * pad)
                                    for column, w in zip(self.columns, widths)]
                    return size, widths, header_lines
        raise DocumentError(QT_TRANSLATE_NOOP("Documents", "{where}的列太多或内容太宽，版心内排不下。"), where=self.where)

    def _measure(self, size: float):
        """Per column: natural width, narrowest without wrapping body text, narrowest at all."""
        pad = size * self.CELL_PAD
        natural, unwrapped, wrapped = [], [], []
        header_font = self.fonts[self.header_role]
        for number, column in enumerate(self.columns):
            lines = column.header.split("\n")
            header_natural = max(header_font.width(line, size) for line in lines)
            header_min = max(min(header_font.width(line, size), column.min_chars * size) for line in lines)
            body_natural = body_min = 0.0
            for row in self.rows:
                if row.kind == "section" or number >= len(row.cells):
                    continue
                text = row.cells[number]
                font = self.fonts[self._role(row)]
                full = font.width(text, size)
                body_natural = max(body_natural, full)
                if column.wrap:
                    widest_unit = max((font.width(m.group(), size) for m in _UNIT.finditer(text)), default=0.0)
                    body_min = max(body_min, min(full, max(widest_unit, column.min_chars * size)))
                else:
                    body_min = max(body_min, full)
            extra = 2 * pad + 0.5
            natural.append(max(header_natural, body_natural) + extra)
            unwrapped.append(max(header_min, body_natural) + extra)
            wrapped.append(max(header_min, body_min) + extra)
        return natural, unwrapped, wrapped

    def _fit(self, natural: list[float], minimal: list[float]) -> Optional[list[float]]:
        total = self.table_width
        if sum(natural) <= total:
            extra = total - sum(natural)
            growing = [n for n, c in enumerate(self.columns) if c.wrap] or list(range(len(natural)))
            share = sum(natural[n] for n in growing)
            return [w + (extra * w / share if n in growing else 0.0) for n, w in enumerate(natural)]
        if sum(minimal) > total:
            return None
        need = sum(natural) - total
        slack = [n - m for n, m in zip(natural, minimal)]
        return [n - need * s / sum(slack) for n, s in zip(natural, slack)]

    def _header_lines(self, column: Column, size: float, width: float) -> list[str]:
        lines = []
        for line in column.header.split("\n"):
            lines.extend(_balanced_header_lines(line, self.header_role, size, self.fonts, width))
        return lines

    def _wrap_row(self, row: TableRow) -> list[list[Line]]:
        style = TextStyle(size=self.size, role=self._role(row), leading=self.line_height, align="left",
                          char_space=0.0)
        if row.kind == "section":
            return [break_lines([Run(row.cells[0])], style, self.fonts, self.table_width - 2 * self.pad)]
        return [break_lines([Run(text)], style, self.fonts, width - 2 * self.pad)
                for text, width in zip(row.cells, self.widths)]

    def _row_height(self, lines: list[list[Line]]) -> float:
        return max(len(cell) for cell in lines) * self.line_height + 2 * self.vpad

    def _copy(self, rows, row_lines, vpad: float) -> "GridTable":
        return GridTable(self.columns, rows, self.fonts, self.where, width=self.table_width,
                         header_role=self.header_role, _layout=(self.size, self.widths, self.header_lines),
                         _row_lines=row_lines, _vpad=vpad)

    def fitted(self, room: float) -> "GridTable":
        """This table with rows tightened just enough to fit ``room`` whole (not below
        MIN_CELL_PAD), so a page does not end one or two rows short; unchanged when
        it fits already or cannot fit."""
        text = max(len(lines) for lines in self.header_lines) * self.line_height
        text += sum(max(len(cell) for cell in lines) * self.line_height for lines in self._row_lines)
        vpad = math.floor((room - text) / (2 * (len(self.rows) + 1)) * 100) / 100
        if vpad >= self.vpad or vpad < self.size * self.MIN_CELL_PAD:
            return self
        return self._copy(self.rows, self._row_lines, vpad)

    # flowable -------------------------------------------------------------------------------

    def wrap(self, avail_width, avail_height):
        self.width = self.table_width
        self.height = self.header_height + sum(self._row_height(lines) for lines in self._row_lines)
        return self.width, self.height

    def split(self, avail_width, avail_height):
        used = self.header_height
        fit = 0
        for lines in self._row_lines:
            used += self._row_height(lines)
            if used > avail_height + 1e-6:
                break
            fit += 1
        if fit >= len(self.rows):
            return [self]
        fit = self._kept_together(fit)
        if fit == 0:
            return []
        return list(self.cut(avail_width, fit))

    def _kept_together(self, fit: int) -> int:
        """Where to break before row ``fit`` so that no group row ends a page (it goes over with the rows it
        heads) and the rest is not a lone row under the repeated header; 0: the whole table goes over."""
        def before_groups(end: int) -> int:
            while end and self.rows[end - 1].kind == "section":
                end -= 1
            return end

        fit = before_groups(fit)
        if fit > 1 and len(self.rows) - fit == 1:
            fit = before_groups(fit - 1)
        return fit

    def units(self, width: float) -> tuple[float, list[float]]:
        """(the header row, which every piece repeats; the rows' heights)."""
        return self.header_height, [self._row_height(lines) for lines in self._row_lines]

    def cut(self, width: float, count: int) -> tuple["GridTable", "GridTable"]:
        """The first ``count`` rows and the rest, each under the header row."""
        return (self._copy(self.rows[:count], self._row_lines[:count], self.vpad),
                self._copy(self.rows[count:], self._row_lines[count:], self.vpad))

    def draw(self):
        canv = self.canv
        fonts = self.fonts
        xs = [0.0]
        for width in self.widths:
            xs.append(xs[-1] + width)
        top = self.height
        canv.setStrokeColor(black)
        canv.setLineWidth(TABLE_RULE)
        # header
        header_font = fonts[self.header_role]
        for column, lines, x0, x1 in zip(self.columns, self.header_lines, xs, xs[1:]):
            block = len(lines) * self.line_height
            line_top = top - (self.header_height - block) / 2
            for line in lines:
                glyph_top = line_top - (self.line_height - self.size) / 2
                width = header_font.width(line, self.size)
                set_text(canv, line, self.header_role, self.size, fonts, x0 + (x1 - x0 - width) / 2, glyph_top)
                line_top -= self.line_height
        row_tops = [top, top - self.header_height]
        for row, cells in zip(self.rows, self._row_lines):
            height = self._row_height(cells)
            row_top = row_tops[-1]
            if row.kind == "section":
                self._draw_cell(cells[0], 0.0, self.table_width, row_top, height, "left", row)
            else:
                for column, lines, x0, x1 in zip(self.columns, cells, xs, xs[1:]):
                    self._draw_cell(lines, x0, x1, row_top, height, column.align, row)
            row_tops.append(row_top - height)
        bottom = row_tops[-1]
        for y in row_tops:
            canv.line(0, y, self.table_width, y)
        # vertical rules stop at section rows, which span the table
        spans = []
        for row, y_top, y_bottom in zip([None, *self.rows], row_tops, row_tops[1:]):
            if row is None or row.kind != "section":
                if spans and abs(spans[-1][1] - y_top) < 1e-6:
                    spans[-1] = (spans[-1][0], y_bottom)
                else:
                    spans.append((y_top, y_bottom))
        for x in xs[1:-1]:
            for y_top, y_bottom in spans:
                canv.line(x, y_top, x, y_bottom)
        canv.line(0, top, 0, bottom)
        canv.line(self.table_width, top, self.table_width, bottom)

    def _draw_cell(self, lines: list[Line], x0: float, x1: float, row_top: float, height: float, align: str,
                   row: TableRow) -> None:
        style = TextStyle(size=self.size, role=self._role(row), leading=self.line_height, align=align,
                          char_space=0.0)
        font = self.fonts[style.role]
        block = len(lines) * self.line_height
        line_top = row_top - (height - block) / 2
        for line in lines:
            glyph_top = line_top - (self.line_height - self.size) / 2
            _draw_line(self.canv, line._replace(last=True), style, self.fonts, x0 + self.pad,
                       baseline_below(glyph_top, self.size, font), x1 - x0 - 2 * self.pad)
            line_top -= self.line_height
