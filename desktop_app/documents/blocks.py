"""The fixed parts of an official document: the red header, the signature with the
seal's place, and the imprint (版记) at the bottom of the last even page."""
from __future__ import annotations

import math
from typing import Optional, Sequence

from reportlab.lib.colors import black
from reportlab.platypus import Flowable

from ..domain.messages import QT_TRANSLATE_NOOP
from .fonts import FANG, XBS, DocumentError, FontSet
from .layout import (
    BODY_CHAR_SPACE, BOTTOM_MARGIN, CHAR, LINE, RED, RED_RULE, SIZE_3, SIZE_4, TEXT_HEIGHT, TEXT_WIDTH, THICK_RULE, THIN_RULE,
    FillPage, GongwenDoc, Run, TextStyle, baseline_below, break_lines, _draw_line, mm, set_text,
)
from .seal import DEFAULT_DIAMETER_MM

MARK_MAX_WIDTH = mm(15)   # one character of the issuer mark: at most 15 mm wide …
MARK_MAX_HEIGHT = mm(22)  # … and 22 mm high
MARK_ROW_GAP = mm(2)
RULE_GAP = mm(4)          # red rule below the document number


class HeaderBlock(Flowable):
    """Issuer mark(s) in red 小标宋 (joint marks stacked, 文件 to their right), the
    document number two lines below, and the red rule 4 mm under the number."""

    def __init__(self, marks: Sequence[str], file_word: bool, doc_number: str, fonts: FontSet, doc: GongwenDoc):
        super().__init__()
        self.marks = [m.strip() for m in marks if m.strip()]
        self.file_word = file_word
        self.doc_number = doc_number
        self.fonts = fonts
        self.doc = doc
        for mark in self.marks:
            fonts.require(mark, XBS, "发文机关标志")
        if file_word:
            fonts.require("文件", XBS, "发文机关标志")
        fonts.require(doc_number, FANG, "发文字号")
        self._plan()

    def _plan(self) -> None:
        longest = max(len(m) for m in self.marks)
        rows = len(self.marks)
        if self.file_word and rows > 1:
            self.file_width = MARK_MAX_WIDTH
            gap = mm(4)
            self.char_width = min(mm(12), (TEXT_WIDTH - gap - 2 * self.file_width) / longest)
            self.char_height = min(MARK_MAX_HEIGHT, self.char_width * 1.25)
            self.stack_height = rows * self.char_height + (rows - 1) * MARK_ROW_GAP
            self.file_height = min(MARK_MAX_HEIGHT, self.stack_height)
            self.block_width = longest * self.char_width + gap + 2 * self.file_width
            self.gap = gap
        else:
            chars = longest + (2 if self.file_word else 0)
            self.char_width = min(MARK_MAX_WIDTH, TEXT_WIDTH / chars)
            self.char_height = min(MARK_MAX_HEIGHT, self.char_width * 1.3)
            self.stack_height = rows * self.char_height + (rows - 1) * MARK_ROW_GAP
            self.block_width = chars * self.char_width
        self.height = self.stack_height + 2 * LINE + SIZE_3 + RULE_GAP + RED_RULE / 2

    def wrap(self, avail_width, avail_height):
        return TEXT_WIDTH, self.height

    def _mark_line(self, text: str, x: float, top: float, width: float, char_height: float) -> None:
        """One line of the mark, its characters spread over ``width`` (equal-length rows)."""
        scale = self.char_width / char_height * 100
        natural = len(text) * self.char_width
        spacing = (width - natural) / (len(text) - 1) if len(text) > 1 else 0.0
        set_text(self.canv, text, XBS, char_height, self.fonts, x, top, RED, char_space=spacing, scale=scale)

    def draw(self):
        canv = self.canv
        top = self.height
        x0 = (TEXT_WIDTH - self.block_width) / 2
        if self.file_word and len(self.marks) > 1:
            names_width = self.block_width - self.gap - 2 * self.file_width
            for row, mark in enumerate(self.marks):
                row_top = top - row * (self.char_height + MARK_ROW_GAP)
                self._mark_line(mark, x0, row_top, names_width, self.char_height)
            file_top = top - (self.stack_height - self.file_height) / 2
            scale = self.file_width / self.file_height * 100
            set_text(canv, "文件", XBS, self.file_height, self.fonts, x0 + names_width + self.gap, file_top, RED,
                     scale=scale)
        else:
            for row, mark in enumerate(self.marks):
                text = mark + ("文件" if self.file_word else "")
                width = len(text) * self.char_width
                row_top = top - row * (self.char_height + MARK_ROW_GAP)
                self._mark_line(text, (TEXT_WIDTH - width) / 2, row_top, width, self.char_height)
        number_top = top - self.stack_height - 2 * LINE
        font = self.fonts[FANG]
        width = font.width(self.doc_number, SIZE_3) + BODY_CHAR_SPACE * (len(self.doc_number) - 1)
        set_text(canv, self.doc_number, FANG, SIZE_3, self.fonts, (TEXT_WIDTH - width) / 2, number_top,
                 char_space=BODY_CHAR_SPACE)
        rule_y = number_top - SIZE_3 - RULE_GAP
        canv.setStrokeColor(RED)
        canv.setLineWidth(RED_RULE)
        canv.line(0, rule_y, TEXT_WIDTH, rule_y)
        canv.setStrokeColor(black)
        self.doc.geometry.marks["red_rule"] = canv.absolutePosition(0, rule_y)


class SignatureBlock(Flowable):
    """Issuer name(s) above the date (date set right with four characters after it),
    with room for the seal pressed over them: its top within one line of the text
    above, name and date a little below its centre. Electronic seals, when given,
    are drawn there in red."""

    SEAL_CENTRE_ABOVE_NAME = mm(2)

    def __init__(self, names: Sequence[str], date_text: str, fonts: FontSet, doc: GongwenDoc,
                 seals: Optional[dict] = None, diameter_mm: float = DEFAULT_DIAMETER_MM):
        super().__init__()
        self.names = [n.strip() for n in names if n and n.strip()]
        self.date_text = date_text
        self.fonts = fonts
        self.doc = doc
        self.seals = seals or {}
        self.diameter = mm(diameter_mm)
        for name in self.names:
            fonts.require(name, FANG, "署名")
        fonts.require(date_text, FANG, "成文日期")
        radius = self.diameter / 2
        # blank lines between the text above and the name line so the seal's top
        # falls inside the first of them
        self.blank_lines = max(1, math.ceil((SIZE_3 + radius + self.SEAL_CENTRE_ABOVE_NAME) / LINE) - 1)
        self.rows = self._arrange()
        self.height = (self.blank_lines + len(self.rows) + 1) * LINE

    def _width(self, text: str) -> float:
        return self.fonts[FANG].width(text, SIZE_3) + BODY_CHAR_SPACE * (len(text) - 1)

    def _arrange(self) -> list[list[tuple[str, float]]]:
        """Rows of (name, centre x): the last name centred on the date; a second name
        to its left when both fit on one line, else names stacked."""
        date_right = TEXT_WIDTH - 4 * CHAR
        self.date_x = date_right - self._width(self.date_text)
        centre = self.date_x + self._width(self.date_text) / 2

        def clamp(name: str, x: float) -> float:
            half = self._width(name) / 2
            return min(max(x, half), TEXT_WIDTH - half)

        names = list(self.names)
        if not names:
            return [[("", centre)]]
        rows: list[list[tuple[str, float]]] = []
        while names:
            right = names.pop()
            right_x = clamp(right, centre)
            row = [(right, right_x)]
            if names:
                left = names[-1]
                left_x = right_x - self._width(right) / 2 - CHAR - self._width(left) / 2
                gap_for_seals = right_x - left_x >= self.diameter
                if left_x - self._width(left) / 2 >= 0 and gap_for_seals:
                    row.insert(0, (names.pop(), left_x))
            rows.insert(0, row)
        return rows

    def wrap(self, avail_width, avail_height):
        return TEXT_WIDTH, self.height

    def draw(self):
        canv = self.canv
        top = self.height - self.blank_lines * LINE
        for number, row in enumerate(self.rows):
            name_top = top - number * LINE
            for name, centre in row:
                if name:
                    set_text(canv, name, FANG, SIZE_3, self.fonts, centre - self._width(name) / 2, name_top,
                             char_space=BODY_CHAR_SPACE)
                self._seal(name, centre, name_top + self.SEAL_CENTRE_ABOVE_NAME)
        date_top = top - len(self.rows) * LINE
        set_text(canv, self.date_text, FANG, SIZE_3, self.fonts, self.date_x, date_top, char_space=BODY_CHAR_SPACE)

    def _seal(self, name: str, x: float, y: float) -> None:
        absolute = self.canv.absolutePosition(x, y)
        image = self.seals.get(name)
        self.doc.geometry.seals.append({"page": self.doc.page, "x": absolute[0], "y": absolute[1],
                                        "diameter": self.diameter, "name": name, "image": image is not None})
        if image is not None:
            width, height = image.getSize()
            scale = self.diameter / max(width, height)
            w, h = width * scale, height * scale
            self.canv.drawImage(image, x - w / 2, y - h / 2, w, h, mask="auto")


class Imprint(Flowable):
    """版记 at the bottom of the last page, which is an even page (the back of the last
    sheet): 抄送 and 印发机关/日期 between rules, the last on the text area's bottom edge.
    When the even page has no room, a blank page and a page for the imprint follow,
    both without page numbers."""

    def __init__(self, cc: str, printer: str, print_date: str, fonts: FontSet, doc: GongwenDoc):
        super().__init__()
        self.cc_raw = cc
        self.printer = printer
        self.print_date = print_date
        self.fonts = fonts
        self.doc = doc
        self.style = TextStyle(size=SIZE_4, leading=LINE, align="justify", char_space=0.0,
                               first_indent=SIZE_4, indent=SIZE_4 + fonts[FANG].width("抄送：", SIZE_4),
                               right_indent=SIZE_4)
        if cc:
            fonts.require(cc, FANG, "抄送")
            cc = f"抄送：{cc.rstrip('。，,.')}。"
        fonts.require(printer + print_date + "印发", FANG, "印发机关和印发日期")
        self.cc_lines = break_lines([Run(cc)], self.style, fonts, TEXT_WIDTH) if cc else []
        self.block_height = (len(self.cc_lines) + 1) * LINE
        if self.block_height > TEXT_HEIGHT - LINE:
            raise DocumentError(QT_TRANSLATE_NOOP("Documents", "抄送机关太多，版记在一页内排不下，请精简抄送机关。"))

    def _fits(self, avail_height: float) -> bool:
        return self.doc.page % 2 == 0 and avail_height + 1e-6 >= self.block_height

    def wrap(self, avail_width, avail_height):
        if self._fits(avail_height):
            self.height = avail_height
            return TEXT_WIDTH, avail_height
        return TEXT_WIDTH, avail_height + 1  # refused: split() decides where it goes

    def split(self, avail_width, avail_height):
        if self.doc.page % 2 == 1 and self.doc.frame._atTop:
            # the even page before ran out of room: this odd page stays blank
            return [FillPage(self.doc), Imprint(self.cc_raw, self.printer, self.print_date, self.fonts, self.doc)]
        return []

    def draw(self):
        canv = self.canv
        doc = self.doc
        if doc.page - 1 in doc.blank_pages:
            doc.unnumbered_pages.add(doc.page)
        doc.geometry.marks.setdefault("imprint_pages", []).append(doc.page)
        # the frame's origin may sit a hair off the text area; put the last rule exactly on it
        bottom = BOTTOM_MARGIN - canv.absolutePosition(0, 0)[1]
        rows = len(self.cc_lines) + 1
        rule_ys = [bottom + rows * LINE]
        if self.cc_lines:
            rule_ys.append(bottom + LINE)
        rule_ys.append(bottom)
        for y in rule_ys:
            thick = y in (rule_ys[0], rule_ys[-1])
            canv.setLineWidth(THICK_RULE if thick else THIN_RULE)
            canv.setStrokeColor(black)
            canv.line(0, y, TEXT_WIDTH, y)
        font = self.fonts[FANG]
        for number, line in enumerate(self.cc_lines):
            row_top = bottom + (rows - number) * LINE
            glyph_top = row_top - (LINE - SIZE_4) / 2
            _draw_line(canv, line, self.style, self.fonts, 0.0, baseline_below(glyph_top, SIZE_4, font), TEXT_WIDTH)
        glyph_top = bottom + LINE - (LINE - SIZE_4) / 2
        set_text(canv, self.printer, FANG, SIZE_4, self.fonts, SIZE_4, glyph_top)
        issued = f"{self.print_date}印发"
        set_text(canv, issued, FANG, SIZE_4, self.fonts, TEXT_WIDTH - SIZE_4 - font.width(issued, SIZE_4), glyph_top)
