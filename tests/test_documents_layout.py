"""The notice measured against GB/T 9704-2012 (positions in PDF points, read back with pdfplumber)."""
import dataclasses
import io
import re

import pdfplumber
import pytest
from pypdf import PdfReader

from desktop_app.documents import FontSet, build_notice, notice_texts
from desktop_app.documents.fonts import SONG
from desktop_app.documents.texts import two
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
