"""Rare characters in place names: drawn glyph by glyph in the bundled fallback font
(Hanazono Mincho A), the rest of the text in the role's font; a character no font has is
refused by name, and ``validate`` and ``status`` warn about it beforehand."""
import dataclasses
import io
import json
import re

import pdfplumber
import pytest
from pypdf import PdfReader
from reportlab.lib.rl_accel import fp_str

from desktop_app.documents import (
    DocumentError, FontSet, build_letter, build_letters_combined, build_notice, build_score_sheet,
)
from desktop_app.documents.coverage import font_warnings
from desktop_app.documents.fonts import FANG, HEI, KAI, SONG, XBS
from desktop_app.domain.scoring import compute
from tests.conftest import run_cli_in_process

RARE = "㙟"  # U+365F, CJK Extension A: in GB 18030, not in GB2312
RARE_TOWN = "㙟口镇"
NO_GLYPH = "\ue000"  # private use: no font has it
FALLBACK_NAME = "HanaMinA"
TOWN = "T09"  # 云台镇, a 镇


def renamed(year, name: str):
    towns = tuple(dataclasses.replace(t, name=name) if t.code == TOWN else t for t in year.towns)
    return dataclasses.replace(year, towns=towns)


@pytest.fixture(scope="module")
def fonts():
    return FontSet.bundled()


@pytest.fixture(scope="module")
def rare_year():
    from desktop_app.yearfile import read_year_file
    from tests.conftest import EXAMPLE

    year = renamed(read_year_file(EXAMPLE), RARE_TOWN)
    return year, compute(year)


def chars_of(pdf_bytes: bytes) -> list[dict]:
    return [c for page in pdfplumber.open(io.BytesIO(pdf_bytes)).pages for c in page.chars]


def fonts_by_char(chars) -> dict[str, set[str]]:
    """Each character's fonts, without reportlab's subset prefix (AAAAAA+)."""
    found: dict[str, set[str]] = {}
    for c in chars:
        found.setdefault(c["text"], set()).add(c["fontname"].split("+")[-1])
    return found


def embedded_font_names(pdf_bytes: bytes) -> set[str]:
    """BaseFont of every font whose program is embedded in the file (TrueType: FontFile2)."""
    names = set()
    for page in PdfReader(io.BytesIO(pdf_bytes)).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is not None and "/FontFile2" in descriptor.get_object():
                names.add(str(font["/BaseFont"]).split("+")[-1])
    return names


def assert_rare_town_printed(pdf_bytes: bytes, sizes: set[float]) -> None:
    """The rare character is in the text, drawn in the fallback font and at every size in
    ``sizes``; every other character keeps its role's font; the fallback font is embedded."""
    chars = chars_of(pdf_bytes)
    used = fonts_by_char(chars)
    assert RARE in used, "the rare character is not in the PDF's text"
    assert all(FALLBACK_NAME in name for name in used[RARE])
    assert [ch for ch, names in used.items() if any(FALLBACK_NAME in n for n in names)] == [RARE]
    assert not any(FALLBACK_NAME in n for n in used["口"] | used["镇"])
    assert {round(c["size"], 1) for c in chars if c["text"] == RARE} >= sizes
    assert RARE_TOWN in re.sub(r"\s", "", "".join(c["text"] for c in chars))
    assert any(FALLBACK_NAME in name for name in embedded_font_names(pdf_bytes))


def test_the_notice_prints_the_rare_town_name_in_the_fallback_font(rare_year, fonts):
    year, result = rare_year
    built = build_notice(year, result, fonts=fonts)
    assert_rare_town_printed(built.pdf, {16.0})  # body; the attachment table too, below
    table = [c for c in chars_of(built.pdf) if c["text"] == RARE and c["size"] < 16]
    assert table and all(FALLBACK_NAME in c["fontname"] for c in table)


def test_the_towns_letter_prints_the_rare_name_in_title_and_body(rare_year, fonts):
    year, result = rare_year
    built = build_letter(year, result, TOWN, fonts=fonts)
    assert_rare_town_printed(built.pdf, {22.0, 16.0})  # 小标宋 title, 仿宋 addressee
    text = re.sub(r"\s", "", "".join(c["text"] for c in chars_of(built.pdf)))
    assert f"关于反馈{RARE_TOWN}2023年度" in text and f"{RARE_TOWN}党委、人民政府：" in text


def test_all_letters_in_one_file_carry_the_rare_name(rare_year, fonts):
    year, result = rare_year
    built = build_letters_combined(year, result, fonts=fonts)
    assert_rare_town_printed(built.pdf, {22.0, 16.0})


def test_the_score_sheet_lists_the_rare_town(rare_year, fonts):
    year, result = rare_year
    built = build_score_sheet(year, result, "mzj", fonts=fonts)
    assert_rare_town_printed(built.pdf, {12.0})


def test_without_the_fallback_the_rare_character_is_refused_as_before(rare_year):
    """The rare character prints because of the fallback: the role fonts alone lack it."""
    year, result = rare_year
    alone = FontSet(FontSet.bundled().choices, fallback=False)
    assert alone.fallback is None and alone[FANG].missing(RARE_TOWN) == [RARE]
    with pytest.raises(DocumentError, match="U\\+365F"):
        build_notice(year, result, fonts=alone)


def test_a_character_no_font_has_is_refused_by_name(rare_year, fonts):
    year, _ = rare_year
    year = renamed(year, NO_GLYPH + "口镇")
    result = compute(year)
    for build in (lambda: build_notice(year, result, fonts=fonts), lambda: build_letter(year, result, TOWN, fonts=fonts),
                  lambda: build_score_sheet(year, result, "mzj", fonts=fonts)):
        with pytest.raises(DocumentError) as error:
            build()
        message = str(error.value)
        assert f"“{NO_GLYPH}”" in message and "U+E000" in message and "HanaMinA-subset.ttf" in message


def test_each_character_goes_to_the_font_that_has_it(fonts):
    body = fonts[FANG]
    assert body.segments("㙟口镇") == [(fonts.fallback, "㙟"), (body, "口镇")]
    assert body.segments("口镇") == [(body, "口镇")]
    assert body.missing("㙟口镇") == [] and body.lacks("㙟口镇") == ["㙟"]
    assert body.missing(NO_GLYPH + "㙟") == [NO_GLYPH]
    # widths: each character by the font that draws it
    assert body.width("㙟口", 16) == pytest.approx(fonts.fallback.width("㙟", 16) + body.width("口", 16))
    assert fonts.unprintable("㙟" + NO_GLYPH) == {NO_GLYPH: list(fonts.fonts.values())}


def test_fallback_glyphs_sit_with_their_neighbours_and_match_the_weight(rare_year, fonts):
    """Hanazono's ideographs sit about 0.075 em higher than Fandol's: lowered to line up;
    outlined in the text colour under the bold roles, in white under the light ones."""
    for role in (FANG, XBS, HEI, KAI):
        assert fonts[role].fallback_rise(16) == pytest.approx(-1.2, abs=0.4)
    assert fonts[XBS].fallback_stroke > 0 and fonts[HEI].fallback_stroke > 0
    assert fonts[FANG].fallback_stroke < 0 and fonts[KAI].fallback_stroke < 0
    year, result = rare_year
    built = build_letter(year, result, TOWN, fonts=fonts)
    stream = PdfReader(io.BytesIO(built.pdf)).pages[0].get_contents().get_data()
    # lowered by a text rise (Ts) of the difference in ideograph height, at the title's and the body's size
    for role, size in ((XBS, 22.0), (FANG, 16.0)):
        assert f"{fp_str(fonts[role].fallback_rise(size))} Ts".encode() in stream
    # fill-and-stroke text: black outline for the 小标宋 title, white for the 仿宋 body; none without a rare character
    assert b"2 Tr" in stream and b"0 0 0 RG" in stream and b"1 1 1 RG" in stream
    plain = PdfReader(io.BytesIO(build_letter(year, result, "T10", fonts=fonts).pdf)).pages[0]
    assert b"2 Tr" not in plain.get_contents().get_data()


def test_validate_warns_of_a_character_no_font_has_and_not_of_a_rare_one(tmp_path, example_year):
    from desktop_app.yearfile import write_year_file

    path = tmp_path / "year.json"
    write_year_file(renamed(example_year, RARE_TOWN), path)
    checked = run_cli_in_process("validate", path)
    assert checked.returncode == 0 and "有效" in checked.stdout and "警告" not in checked.stdout

    write_year_file(renamed(example_year, NO_GLYPH + "口镇"), path)
    checked = run_cli_in_process("validate", path)
    assert checked.returncode == 0, checked.stderr
    assert "有效" in checked.stdout and "警告：有 1 处文字" in checked.stdout
    line = next(line for line in checked.stdout.splitlines() if "U+E000" in line)
    assert "towns[8].name" in line and f"“{NO_GLYPH}”" in line and "HanaMinA-subset.ttf" in line


def test_status_warns_and_the_warning_does_not_make_the_year_a_draft(tmp_path, example_year):
    from desktop_app.yearfile import write_year_file

    path, db = tmp_path / "year.json", tmp_path / "a.db"
    write_year_file(renamed(example_year, NO_GLYPH + "口镇"), path)
    assert run_cli_in_process("import", path, "--db", db).returncode == 0
    assert run_cli_in_process("submit", "--year", 2023, "--all", "--db", db).returncode == 0
    state = json.loads(run_cli_in_process("status", "--year", 2023, "--db", db, "--format", "json").stdout)
    assert state["state"] == "official"
    assert [w["path"] for w in state["font_warnings"]] == ["towns[8].name"]
    assert "U+E000" in state["font_warnings"][0]["message"]
    text = run_cli_in_process("status", "--year", 2023, "--db", db).stdout
    assert "警告：有 1 处文字" in text and "U+E000" in text


def test_font_warnings_name_the_place_the_characters_and_the_fonts(example_year, fonts):
    assert font_warnings(example_year, fonts) == []
    assert font_warnings(renamed(example_year, RARE_TOWN), fonts) == []
    issuer = dict(example_year.issuer or {}, opening="根据考核办法，经研究，现将" + NO_GLYPH + "镇等各镇街年度考核的结果通报如下。")
    year = dataclasses.replace(renamed(example_year, NO_GLYPH + "\U000E0100口镇"), issuer=issuer)
    warnings = {w.path: w for w in font_warnings(year, fonts)}
    assert set(warnings) == {"issuer.opening", "towns[8].name"}
    town = warnings["towns[8].name"]
    assert town.severity == "warning" and town.context == "Documents"
    assert town.params["chars"] == f"“{NO_GLYPH}”（U+E000）、“\U000E0100”（U+E0100）"
    assert town.params["text"] == NO_GLYPH + "\U000E0100口镇"
    assert "各个字体" in town.render() and "HanaMinA-subset.ttf" in town.render()
    # a long text is shown around its first unprintable character
    assert warnings["issuer.opening"].params["text"] == "…法，经研究，现将" + NO_GLYPH + "镇等各镇街年度考…"


def test_a_character_only_some_roles_lack_names_their_fonts(example_year, fonts):
    """Here 楷体 is configured to a font that has 㙟 and the fallback is one that lacks it."""
    from desktop_app.documents.fonts import FontChoice, fallback_font_path

    choices = dict(fonts.choices)
    choices[KAI] = FontChoice(KAI, fallback_font_path(), "configured")
    song = FontChoice("fallback", fonts[SONG].choice.path, "bundled")
    warnings = font_warnings(renamed(example_year, RARE_TOWN), FontSet(choices, fallback=song))
    assert [w.path for w in warnings] == ["towns[8].name"]
    message = warnings[0].render()
    assert "FandolFang-Regular.ttf" in message and "FandolHei-Regular.ttf" in message
    assert "HanaMinA" not in message and "FandolKai" not in message and "各个字体" not in message
    assert "后备字体 FandolSong-Regular.ttf" in message


def test_an_unusable_font_is_a_warning_not_a_crash(example_year, tmp_path):
    broken = tmp_path / "broken.ttf"
    broken.write_bytes(b"not a font")
    from desktop_app.documents.fonts import FontChoice

    def make():
        return FontSet({FANG: FontChoice(FANG, broken, "configured")})

    warnings = font_warnings(example_year, make)
    assert len(warnings) == 1 and warnings[0].severity == "warning" and "broken.ttf" in warnings[0].render()
