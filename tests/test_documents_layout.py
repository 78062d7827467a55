"""The notice and the score sheets measured against GB/T 9704-2012 (positions in PDF points, read back
with pdfplumber)."""
import dataclasses
import io
import math
import re

import pdfplumber
import pytest
from pypdf import PdfReader

from desktop_app.documents import FontSet, build_notice, notice_texts
from desktop_app.documents.fonts import SONG
from desktop_app.domain.numbers import two_decimals as two
from desktop_app.domain.scoring import compute
from desktop_app.tools.generate import generate_year

MM = 72 / 25.4
A4 = (595.2756, 841.8898)
LEFT, TOP, WIDTH, HEIGHT = 28 * MM, 37 * MM, 156 * MM, 225 * MM
RIGHT, BOTTOM = LEFT + WIDTH, TOP + HEIGHT  # in pdfplumber's top-down coordinates
TOLERANCE = 1 * MM


@pytest.fixture(scope="module")
def fonts():
    return FontSet.bundled()


@pytest.fixture(scope="module")
def demo(fonts):
    from desktop_app.yearfile import read_year_file
    from tests.conftest import EXAMPLE

    year = read_year_file(EXAMPLE)
    result = compute(year)
    texts = notice_texts(year)
    texts["date"] = "2024-06-28"
    built = build_notice(year, result, texts, fonts=fonts)
    return year, result, built


@pytest.fixture(scope="module")
def pdf(demo):
    return pdfplumber.open(io.BytesIO(demo[2].pdf))


def chars_of_size(page, size):
    return [c for c in page.chars if abs(c["size"] - size) < 0.05]


def numbered_pages(built):
    return [record for record in built.geometry.pages if record.number is not None]


def test_page_is_a4_and_official_for_a_complete_year(demo, pdf):
    assert not demo[2].draft
    for page in pdf.pages:
        assert page.width == pytest.approx(A4[0], abs=0.1)
        assert page.height == pytest.approx(A4[1], abs=0.1)
    assert not any("草" in c["text"] for page in pdf.pages for c in page.chars if c["size"] > 100)


def test_body_left_edge_top_of_text_area_and_sizes(pdf):
    page = pdf.pages[1]  # a page of body text only
    body = chars_of_size(page, 16)
    assert len(body) > 200
    assert min(c["x0"] for c in body) == pytest.approx(LEFT, abs=TOLERANCE)
    assert min(c["top"] for c in body) == pytest.approx(TOP, abs=TOLERANCE)
    assert max(c["x1"] for c in body) <= RIGHT + 0.5
    assert max(c["bottom"] for c in body) <= BOTTOM
    # 28 characters to a full line
    first_line_top = min(c["top"] for c in body)
    lines = {}
    for c in body:
        lines.setdefault(round(c["top"], 1), []).append(c)
    full = [line for line in lines.values() if max(c["x1"] for c in line) > RIGHT - 2]
    assert any(len(line) == 28 and all(ord(c["text"]) > 0x2E80 for c in line) for line in full)
    # 22 lines fill the text area: the pitch is 225 mm / 22
    tops = sorted(lines)
    assert tops[1] - tops[0] == pytest.approx(HEIGHT / 22, abs=0.05)
    assert first_line_top == pytest.approx(tops[0], abs=0.1)


def test_title_is_22pt_and_breaks_before_a_word(demo, pdf):
    page = pdf.pages[0]
    title = chars_of_size(page, 22)
    lines = {}
    for c in title:
        lines.setdefault(round(c["top"], 1), []).append(c["text"])
    texts = ["".join(chars) for _, chars in sorted(lines.items())]
    assert texts == ["关于长寿区2023年度巩固拓展脱贫攻坚成果", "同乡村振兴有效衔接考核结果的通报"]
    assert {c["fontname"].split("+")[-1] for c in title} == {"FandolSong-Bold"}


def test_red_rule_is_text_area_wide_and_4mm_below_the_document_number(pdf):
    page = pdf.pages[0]
    red = [line for line in page.lines if line["stroking_color"] and line["stroking_color"][0] > 0.8
           and line["stroking_color"][1] < 0.1]
    assert len(red) == 1
    rule = red[0]
    assert rule["x1"] - rule["x0"] == pytest.approx(WIDTH, abs=0.5)
    assert rule["x0"] == pytest.approx(LEFT, abs=0.5)
    number = [c for c in chars_of_size(page, 16) if c["top"] < rule["top"]]
    assert "".join(c["text"] for c in number) == "长委办发〔2024〕1号"
    assert rule["top"] - max(c["bottom"] for c in number) == pytest.approx(4 * MM, abs=0.3 * MM)
    # the issuer mark is red, its top 35 mm below the top of the text area
    mark = [c for c in page.chars if c["size"] > 25]
    assert all(c["non_stroking_color"][0] > 0.8 and c["non_stroking_color"][1] < 0.1 for c in mark)
    assert min(c["top"] for c in mark) == pytest.approx(TOP + 35 * MM, abs=TOLERANCE)
    assert "".join(c["text"] for c in mark).endswith("文件")


def test_page_numbers_outside_edge_and_7mm_below_text_area(demo, pdf, fonts):
    built = demo[2]
    song = fonts[SONG]
    numbered = numbered_pages(built)
    assert [r.number for r in numbered] == list(range(1, len(numbered) + 1))
    for record in numbered:
        page = pdf.pages[record.index - 1]
        marks = [c for c in page.chars if abs(c["size"] - 14) < 0.05 and c["top"] > BOTTOM]
        assert "".join(c["text"] for c in marks) == f"— {record.number} —"
        if record.number % 2:
            assert max(c["x1"] for c in marks) == pytest.approx(RIGHT - 14, abs=0.5)
        else:
            assert min(c["x0"] for c in marks) == pytest.approx(LEFT + 14, abs=0.5)
        dash = marks[0]
        baseline = dash["bottom"] + song.descent * 14
        dash_top = baseline - song.glyph_top("—") * 14
        assert dash_top - BOTTOM == pytest.approx(7 * MM, abs=0.3 * MM)


def test_imprint_rules_on_the_last_even_page(demo, pdf):
    built = demo[2]
    last = built.geometry.pages[-1]
    assert last.index % 2 == 0
    page = pdf.pages[-1]
    rules = sorted((line for line in page.lines if line["x1"] - line["x0"] > WIDTH - 1), key=lambda l: l["top"])
    assert [round(r["linewidth"] / MM, 2) for r in rules] == [0.35, 0.25, 0.35]
    assert rules[-1]["top"] == pytest.approx(BOTTOM, abs=0.2)
    text = page.extract_text()
    assert "抄送：市委农办，市乡村振兴局。" in text
    assert "2024年6月28日印发" in text


def test_fonts_are_embedded(demo):
    reader = PdfReader(io.BytesIO(demo[2].pdf))
    seen = 0
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor, font["/BaseFont"]
            seen += 1
    assert seen > 5


def test_every_town_and_final_score_in_the_attachment(demo, pdf):
    year, result, built = demo
    text = "\n".join(page.extract_text() for page in pdf.pages)
    lines = text.splitlines()
    for row in result.rows:
        wanted = f"{row.rank} {row.name} "
        line = next(line for line in lines if line.startswith(wanted))
        assert f" {two(row.final)} {row.grade}" in line, line
        assert two(row.normalised) in line and two(row.inspection) in line
    assert "洪湖镇因发现“应纳未纳”情形，实行“一票否决”" in text.replace("\n", "")


def _within_text_area(page):
    for c in page.chars:
        if c["size"] > 100 or (abs(c["size"] - 14) < 0.05 and c["top"] > BOTTOM):
            continue  # watermark, page number
        assert LEFT - 0.5 <= c["x0"] and c["x1"] <= RIGHT + 0.5, c
        assert TOP - 0.5 <= c["top"] and c["bottom"] <= BOTTOM + 0.5, c


@pytest.mark.parametrize("towns", [19, 500])
def test_large_notices_lay_out_inside_the_text_area(fonts, towns):
    year = generate_year(towns, 23, seed=3)
    year = dataclasses.replace(year, issuer={"marks": ["某某区委办公室"], "doc_number": "某委办发〔2031〕5号"})
    result = compute(year)
    built = build_notice(year, result, fonts=fonts)
    pdf = pdfplumber.open(io.BytesIO(built.pdf))
    text = []
    header_pages = 0
    for page in pdf.pages:
        _within_text_area(page)
        page_text = page.extract_text()
        header_pages += page_text.count("排名 镇街")
        text.append(page_text)
    text = "\n".join(text)
    for row in result.rows:
        assert re.search(rf"^{row.rank} {row.name} .* {two(row.final)} {row.grade}$", text, re.M), row.name
    if towns == 500:
        assert header_pages >= 10  # the header row repeats on every attachment page
    assert built.geometry.pages[-1].index % 2 == 0


def test_blank_page_before_imprint_has_no_number(fonts, demo):
    year, result, _ = demo
    texts = notice_texts(year)
    texts["date"] = "2024-06-28"
    # an imprint of about twenty lines fits a fresh page but not below the table's end
    texts["cc"] = "，".join(f"第{n}协作单位" for n in range(1, 75))
    base = texts["requirements"]
    for extra in range(0, 40):
        # more body text moves the attachment, until its table ends on an even page
        texts["requirements"] = "\n".join([base, *["各镇街要抓好落实。"] * extra])
        built = build_notice(year, result, texts, fonts=fonts)
        kinds = [r.kind for r in built.geometry.pages]
        if "blank" in kinds:
            break
    else:
        pytest.fail("no layout produced a blank page before the imprint")
    blank = kinds.index("blank")
    assert kinds[blank + 1:] == ["imprint"]
    assert (blank + 1) % 2 == 1  # the blank page is odd, the imprint the even page after it
    assert built.geometry.pages[blank].number is None and built.geometry.pages[blank + 1].number is None
    pdf = pdfplumber.open(io.BytesIO(built.pdf))
    assert not pdf.pages[blank].chars
    imprint = pdf.pages[blank + 1]
    assert not [c for c in imprint.chars if c["top"] > BOTTOM]
    assert "第74协作单位。" in imprint.extract_text()
    numbers = [r.number for r in built.geometry.pages if r.number is not None]
    assert numbers == list(range(1, blank + 1))


# --- page breaks: headings keep only what they need, tables flow, no needless breaks ----------

LINE = HEIGHT / 22


def text_lines(page, size=16):
    """Lines of ``size`` text from top to bottom, each a list of its characters."""
    lines = []
    for c in sorted(chars_of_size(page, size), key=lambda c: (c["top"], c["x0"])):
        if lines and abs(c["top"] - lines[-1][0]["top"]) < 4:
            lines[-1].append(c)
        else:
            lines.append([c])
    return [sorted(line, key=lambda c: c["x0"]) for line in lines]


def line_text(line):
    return "".join(c["text"] for c in line)


def is_heading(line):
    return all("Fang" not in c["fontname"] for c in line)


def free_lines(page):
    """Whole empty grid lines below the last line of 3号 text."""
    top = min(c["top"] for c in text_lines(page)[-1])
    return math.floor((BOTTOM - top) / LINE - 1 + 0.2)


def needless_body_breaks(built):
    """Ends of the notice's body pages that leave room for what the next page starts
    with: a heading and two lines of its paragraph, or one line of text, or (on the
    signature's page, when just the last lines came along) all of it up to the date."""
    pages = pdfplumber.open(io.BytesIO(built.pdf)).pages
    signature = next(n for n, page in enumerate(pages)
                     if any(line_text(line).startswith("附件：") for line in text_lines(page)))
    faults = []
    for number in range(signature):
        lines = text_lines(pages[number + 1])
        heads = next(n for n, line in enumerate(lines) if not is_heading(line))
        if heads:
            need = heads + 2
        elif number + 1 == signature:
            note = next(n for n, line in enumerate(lines) if line_text(line).startswith("附件："))
            span = (min(c["top"] for c in lines[-1]) - min(c["top"] for c in lines[0])) / LINE + 1
            need = 1 if note > 2 else round(span)
        else:
            need = 1
        free = free_lines(pages[number])
        if free >= need:
            faults.append(f"page {number + 1}: {free} empty lines, next page needs {need} "
                          f"({line_text(lines[0])[:12]}…)")
    return faults


def test_headings_keep_two_lines_and_pages_fill_to_the_last_grid_line(fonts, demo):
    year, result, _ = demo
    texts = notice_texts(year)
    texts["date"] = "2024-06-28"
    faults, low_headings = [], 0
    # each sentence of the opening moves the headings after it down by about two thirds of a line
    for sentences in range(1, 17):
        texts["opening"] = "考核工作坚持实事求是、公平公正的原则。" * sentences
        built = build_notice(year, result, texts, fonts=fonts)
        faults += [f"{sentences} sentences: {fault}" for fault in needless_body_breaks(built)]
        for page in pdfplumber.open(io.BytesIO(built.pdf)).pages[:3]:
            low_headings += any(is_heading(line) for line in text_lines(page)[-3:])
    assert not faults, "\n".join(faults)
    assert low_headings  # some heading did come near a page end


def test_results_table_tightens_its_rows_to_end_on_one_page(demo, pdf):
    """All 19 rows and the notes on the attachment's first page, at 小四 with rows
    still 1.6 times the text size or more."""
    year, result, built = demo
    attachment = next(n for n, page in enumerate(pdf.pages) if page.extract_text().startswith("附件"))
    text = pdf.pages[attachment].extract_text()
    for row in result.rows:
        assert re.search(rf"^{row.rank} {row.name} ", text, re.M), row.name
    assert "注：洪湖镇实行“一票否决”" in text
    assert "排名 镇街" not in pdf.pages[attachment + 1].extract_text()
    rules = table_rules(pdf.pages[attachment])
    pitches = [b - a for a, b in zip(rules[1:], rules[2:])]
    sizes = {round(c["size"], 1) for c in pdf.pages[attachment].chars if rules[0] < c["top"] < rules[-1]}
    assert min(sizes) >= 10.5
    assert min(pitches) >= 1.6 * max(sizes)
    assert built.geometry.pages[-1].index % 2 == 0


def test_long_results_table_keeps_its_rows(fonts):
    year = generate_year(60, 23, seed=3)
    year = dataclasses.replace(year, issuer={"marks": ["某某区委办公室"], "doc_number": "某委办发〔2031〕5号"})
    pdf = pdfplumber.open(io.BytesIO(build_notice(year, compute(year), fonts=fonts).pdf))
    page = next(page for page in pdf.pages if (page.extract_text() or "").startswith("附件"))
    rules = table_rules(page)
    size = max(c["size"] for c in page.chars if rules[0] < c["top"] < rules[-1])
    assert {round(b - a, 2) for a, b in zip(rules[1:], rules[2:])} == {round(2 * size, 2)}  # untightened


def table_rules(page):
    """Tops of the table's full-width horizontal rules."""
    return sorted({round(line["top"], 2) for line in page.lines
                   if abs(line["x0"] - LEFT) < 1 and line["x1"] - line["x0"] > WIDTH - 1 and line["linewidth"] < 1})


def score_sheet_pages(built):
    """Per page: (part headings, table rows (top, bottom) under each header, signature
    top or None, lowest ink), from the PDF."""
    pages = []
    for page in pdfplumber.open(io.BytesIO(built.pdf)).pages:
        headings = [(min(c["top"] for c in line), line_text(line)) for line in text_lines(page)
                    if is_heading(line) and re.match(r"\d+\.", line_text(line))]
        rules = table_rules(page)
        headers = [min(c["top"] for c in line) for line in text_lines(page, 12) + text_lines(page, 10.5)
                   if line_text(line).startswith("序号")]
        signature = [min(c["top"] for c in line) for line in text_lines(page) if line_text(line).startswith("经办人")]
        ink = [c["bottom"] for c in page.chars if c["top"] < BOTTOM] + [line["bottom"] for line in page.lines]
        pages.append({"headings": headings, "rules": rules, "headers": sorted(headers),
                      "signature": signature[0] if signature else None, "ink": max(ink)})
    return pages


def rows_below(page, header):
    """(top, bottom) of the data rows of the table whose header text starts at ``header``."""
    later = [h for h in page["headers"] if h > header + 1]
    end = later[0] - 8 if later else BOTTOM + 1
    rules = [y for y in page["rules"] if header - 8 < y < end]
    return list(zip(rules[1:], rules[2:]))


def score_sheet_faults(built):
    """Part headings with fewer than ROWS_UNDER_HEADING rows under them, a signature
    above fewer than ROWS_ABOVE_SIGNATURE rows, and page ends that leave room for what
    the next page starts with."""
    from desktop_app.documents.score_sheet import ROWS_ABOVE_SIGNATURE, ROWS_UNDER_HEADING

    pages = score_sheet_pages(built)
    faults = []
    for number, page in enumerate(pages, 1):
        for top, heading in page["headings"]:
            header = next((h for h in page["headers"] if h > top), None)
            rows = rows_below(page, header) if header is not None else []
            if len(rows) < ROWS_UNDER_HEADING:
                faults.append(f"page {number}: “{heading}” with {len(rows)} rows under it")
        if page["signature"] is not None:
            above = rows_below(page, page["headers"][-1]) if page["headers"] else []
            if len(above) < ROWS_ABOVE_SIGNATURE:
                faults.append(f"page {number}: signature under {len(above)} rows")
        if number == len(pages):
            break
        # the page ended only if what starts the next page could not follow on it
        following = pages[number]
        starts = sorted([(t, "heading") for t, _ in following["headings"]] + [(h, "table") for h in following["headers"]])
        if not starts:
            faults.append(f"page {number + 1} has neither a part heading nor a table")
            continue
        first, kind = starts[0]
        if kind == "heading":
            rows = rows_below(following, starts[1][0]) if starts[1:] and starts[1][1] == "table" else []
            if not rows:
                continue  # a heading without its table: reported above
            need = rows[min(ROWS_UNDER_HEADING, len(rows)) - 1][1] - first
        else:
            rows = rows_below(following, first)
            need = rows[0][1] - first
            if following["signature"] is not None and len(rows) <= ROWS_ABOVE_SIGNATURE:
                need = following["ink"] - first
        free = BOTTOM - page["ink"]
        if free >= need + 3 * MM:  # the 3 mm before a heading may end the page
            faults.append(f"page {number}: {free:.0f} pt empty, the next page starts with {need:.0f} pt")
    if pages[-1]["signature"] is None:
        faults.append("no signature on the last page")
    return faults


@pytest.mark.parametrize("department", ["wjw", "xczxj", "mzj", "nyw"])
def test_score_sheet_tables_flow_under_their_headings(fonts, department):
    from desktop_app.documents import build_score_sheet
    from desktop_app.yearfile import read_year_file
    from tests.conftest import EXAMPLE

    year = read_year_file(EXAMPLE)
    built = build_score_sheet(year, compute(year), department, fonts=fonts)
    assert score_sheet_faults(built) == []


def test_score_sheet_signature_takes_only_the_last_rows_along(fonts):
    from desktop_app.documents import build_score_sheet

    faults = []
    # more towns move the end of the last table, and the signature, down the page
    for towns in range(8, 44, 3):
        year = generate_year(towns, 6, seed=5, departments=2)
        for department in ("D01", "D02"):
            built = build_score_sheet(year, compute(year), department, fonts=fonts)
            faults += [f"{towns} towns, {department}: {fault}" for fault in score_sheet_faults(built)]
    assert not faults, "\n".join(faults)


def test_a_table_never_leaves_a_group_row_or_a_lone_row_at_a_page_break(fonts):
    from desktop_app.documents.layout import Column, GridTable, TableRow

    rows = [TableRow(("一、组",), "section"), TableRow(("1", "甲")), TableRow(("2", "乙")),
            TableRow(("二、组",), "section"), TableRow(("3", "丙")), TableRow(("4", "丁")), TableRow(("5", "戊"))]
    table = GridTable([Column("序号"), Column("指标")], rows, fonts, "测试表", sizes=(12.0,))
    table.wrap(156 * 72 / 25.4, 10_000)
    header, heights = table.units(0)

    def first_piece_after(count: int):
        """Split where exactly ``count`` rows would fit."""
        pieces = table.split(0, header + sum(heights[:count]) + 0.5)
        return [row.cells[0] for row in pieces[0].rows] if pieces else []

    assert first_piece_after(4) == ["一、组", "1", "2"]  # 二、组 goes over with 3 and 4
    assert first_piece_after(1) == []  # a group row alone: the whole table goes over
    assert first_piece_after(3) == ["一、组", "1", "2"]
    assert first_piece_after(6) == ["一、组", "1", "2", "二、组", "3"]  # not 5 alone under the header
    assert first_piece_after(5) == ["一、组", "1", "2", "二、组", "3"]
