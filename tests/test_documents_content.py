"""Documents' content: letters, score sheets, drafts, glyph check, seal, text rules and the command line."""
import dataclasses
import io
import re
import json

import pdfplumber
import pytest
from PIL import Image

from desktop_app.documents import (
    DocumentError, FontSet, build_letter, build_letters_combined, build_notice, build_score_sheet, draft_path,
    notice_texts,
)
from desktop_app.documents.fonts import FANG, resolve_fonts
from desktop_app.documents.seal import red_seal
from desktop_app.documents.texts import format_date, full_width_punctuation, heading_runs, normalise_doc_number, split_title
from desktop_app.domain.numbers import two_decimals as two
from desktop_app.domain.model import Town
from desktop_app.domain.scoring import compute
from tests.conftest import EXAMPLE, run_cli


@pytest.fixture(scope="module")
def fonts():
    return FontSet.bundled()


@pytest.fixture(scope="module")
def demo():
    from desktop_app.yearfile import read_year_file

    year = read_year_file(EXAMPLE)
    return year, compute(year)


def text_of(built) -> str:
    """The text of every page without its page number (a paragraph may run on over a page break)."""
    pdf = pdfplumber.open(io.BytesIO(built.pdf))
    return "\n".join(re.sub(r"\n?\s*—\s*\d+\s*—\s*$", "", page.extract_text()) for page in pdf.pages)


def flat(text: str) -> str:
    return text.replace("\n", "").replace(" ", "")


def test_letter_states_the_towns_numbers_as_computed(demo, fonts):
    year, result = demo
    row = result.by_code()["T06"]
    built = build_letter(year, result, "T06", fonts=fonts)
    text = flat(text_of(built))
    assert "八颗街道党工委、办事处：" in text
    assert f"你街道最终得分{two(row.final)}分，在全区19个镇街中排名第{row.rank}位，考核等次为“{row.grade}”" in text
    assert f"百分制折算得分{two(row.normalised)}分" in text
    scores = {s.part: s for s in year.scores if s.town == "T06"}
    for part, score in scores.items():
        assert two(score.score) in text, part
    assert "台账资料不完整，扣0.30分" in text and "需整改的问题" in text
    assert "接受市级第三方评估（第1轮），赋分0.30分" in text


def test_vetoed_and_partial_town_letter(demo, fonts):
    year, result = demo
    text = flat(text_of(build_letter(year, result, "T18", fonts=fonts)))
    assert "因发现“应纳未纳”情形，实行“一票否决”，考核等次直接定为“一般”" in text
    assert "一票否决" in text and "实地评估发现问题清单" in text
    text = flat(text_of(build_letter(year, result, "T07", fonts=fonts)))  # 菩提街道: 98 points
    assert "适用满分98分" in text and "不适用" in text


def test_bonus_records_show_the_best_of_a_group(demo, fonts):
    year, result = demo
    text = flat(text_of(build_letter(year, result, "T08", fonts=fonts)))
    assert "市委、市政府表彰" in text and "加0.50分" in text
    assert "就高不就低，不另加分" in text


def test_all_letters_in_one_file_start_on_odd_pages(demo, fonts):
    year, result = demo
    built = build_letters_combined(year, result, towns=["T01", "T02", "T03"], fonts=fonts)
    pages = built.geometry.pages
    starts = [r.index for r in pages if r.number == 1]
    assert len(starts) == 3 and all(index % 2 == 1 for index in starts)
    for record in pages:
        if record.kind == "blank":
            assert record.number is None


def test_score_sheet_lists_every_town_with_signature_lines(demo, fonts):
    year, result = demo
    built = build_score_sheet(year, result, "mzj", fonts=fonts)
    assert not built.draft
    text = flat(text_of(built))
    assert "考评部门：区民政局" in text and "低收入人口兜底保障（5分）" in text
    for town in year.towns:
        score = next(s for s in year.scores if s.town == town.code and s.part == "I04")
        assert f"{town.name}5{two(score.score)}" in text
    for label in ("经办人：", "负责人：", "单位（盖章）：", "日期："):
        assert label in text
    with pytest.raises(DocumentError, match="部门 nope 不存在"):
        build_score_sheet(year, result, "nope", fonts=fonts)


def test_incomplete_year_gives_watermarked_drafts(demo, fonts):
    year, _ = demo
    year = dataclasses.replace(year, scores=tuple(s for s in year.scores if (s.town, s.part) != ("T01", "I04")))
    result = compute(year)
    notice = build_notice(year, result, fonts=fonts)
    assert notice.draft
    pdf = pdfplumber.open(io.BytesIO(notice.pdf))
    for page in pdf.pages:
        assert "".join(c["text"] for c in page.chars if c["size"] > 100) == "草稿"
    assert "尚有1项未打分" in flat(text_of(notice))
    assert build_score_sheet(year, result, "mzj", fonts=fonts).draft
    assert not build_score_sheet(year, result, "jw", fonts=fonts).draft
    assert draft_path("out/通报.pdf", True).name == "通报-draft.pdf"
    assert draft_path("out/通报.pdf", False).name == "通报.pdf"


def test_missing_glyph_names_the_character(demo, fonts):
    """A character no font has (a private-use one; rare ideographs fall back, see test_documents_fallback)."""
    year, _ = demo
    towns = tuple(Town(t.code, "\ue000溪镇" if t.code == "T03" else t.name, t.kind) for t in year.towns)
    year = dataclasses.replace(year, towns=towns)
    with pytest.raises(DocumentError) as error:
        build_notice(year, compute(year), fonts=fonts)
    message = str(error.value)
    assert "“\ue000”" in message and "U+E000" in message and "FandolFang" in message and "HanaMinA" in message


def test_font_resolution_prefers_configured_then_installed(tmp_path):
    installed = tmp_path / "Fonts"
    installed.mkdir()
    (installed / "simhei.ttf").write_bytes(b"x")
    configured = tmp_path / "my-fang.ttf"
    configured.write_bytes(b"x")
    chosen = resolve_fonts({FANG: str(configured)}, search_dirs=[installed])
    assert chosen[FANG].origin == "configured" and chosen[FANG].path == configured
    assert chosen["hei"].origin == "installed"
    assert chosen["kai"].origin == "bundled" and chosen["kai"].path.name == "FandolKai-Regular.ttf"
    with pytest.raises(DocumentError, match="无法使用"):
        FontSet(chosen)


def test_seal_prints_red_with_its_transparency():
    image = Image.new("RGBA", (200, 200), (0, 0, 0, 0))
    image.putpixel((5, 5), (10, 10, 200, 255))
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    reader = red_seal(buffer.getvalue())
    assert reader.getRGBData()  # decodable
    red = reader._image
    assert red.getpixel((5, 5)) == (230, 0, 18, 255)
    assert red.getpixel((50, 50))[3] == 0


def test_text_rules():
    assert format_date("2024-06-08") == "2024年6月8日"
    assert format_date("2024年06月28日") == "2024年6月28日"
    with pytest.raises(DocumentError):
        format_date("六月")
    assert normalise_doc_number("长委办发[2024]03号") == "长委办发〔2024〕3号"
    assert normalise_doc_number("长委办发（2024）第12号") == "长委办发〔2024〕12号"
    assert full_width_punctuation("各镇街,区级各部门:") == "各镇街，区级各部门："
    assert full_width_punctuation("(联系人:余娟;电话:023-40248796)") == "（联系人：余娟；电话：023-40248796）"
    runs = heading_runs("（一）坚持统一领导。考核工作由领导小组统一领导。")
    assert [(r.text, r.role) for r in runs] == [("（一）坚持统一领导。", "kai"), ("考核工作由领导小组统一领导。", "fang")]
    assert heading_runs("一、考核结果")[0].role == "hei"
    assert heading_runs("1.镇街交叉检查。")[0].role == "fang"


def test_title_keeps_names_whole(fonts):
    lines = split_title("中共重庆市长寿区委办公室重庆市长寿区人民政府办公室关于印发考核结果的通知", fonts, "xbs", 22,
                        156 * 72 / 25.4, ["中共重庆市长寿区委办公室", "重庆市长寿区人民政府办公室"])
    assert lines[0].startswith("中共重庆市长寿区委办公室")
    assert "".join(lines) == "中共重庆市长寿区委办公室重庆市长寿区人民政府办公室关于印发考核结果的通知"
    assert all("重庆市长寿区人民政府办公室" in line or "人民政府" not in line for line in lines)


def test_command_line_documents(tmp_path):
    """From a year file (which says nothing of submissions) the documents are drafts, and
    the command says why; the same year stored with every sheet submitted is official."""
    result = run_cli("notice", EXAMPLE, "-o", tmp_path / "通报.pdf", "--date", "2024-06-28")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "通报-draft.pdf").read_bytes().startswith(b"%PDF") and "6 页" in result.stdout
    assert not (tmp_path / "通报.pdf").exists()
    assert "草稿" in result.stdout and "区住建委尚未提交打分表" in result.stdout
    result = run_cli("letters", EXAMPLE, "-o", tmp_path / "letters", "--town", "T01", "--town", "T18")
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in (tmp_path / "letters").iterdir()) == [
        "2023年度考核结果反馈-01-凤城街道-draft.pdf", "2023年度考核结果反馈-18-洪湖镇-draft.pdf"]
    result = run_cli("score-sheet", EXAMPLE, "--department", "区民政局", "-o", tmp_path / "民政.pdf")
    assert result.returncode == 0, result.stderr
    # a department's sheet is final once the department has submitted it; a year file says nothing of that
    assert (tmp_path / "民政-draft.pdf").exists() and "区民政局尚未提交打分表" in result.stdout
    bad = run_cli("score-sheet", EXAMPLE, "--department", "nope", "-o", tmp_path / "x.pdf")
    assert bad.returncode == 2 and "部门 nope 不存在" in bad.stderr and not (tmp_path / "x.pdf").exists()
    bad = run_cli("notice", EXAMPLE, "-o", tmp_path / "y.pdf", "--date", "六月")
    assert bad.returncode == 2 and "日期“六月”无法识别" in bad.stderr and not (tmp_path / "y.pdf").exists()
    bad = run_cli("notice", "-o", tmp_path / "z.pdf")
    assert bad.returncode == 2 and "二选一" in bad.stderr

    db = tmp_path / "a.db"
    assert run_cli("import", EXAMPLE, "--db", db).returncode == 0
    assert run_cli("submit", "--year", "2023", "--all", "--db", db).returncode == 0
    result = run_cli("notice", "--year", "2023", "--db", db, "-o", tmp_path / "正式.pdf", "--date", "2024-06-28")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "正式.pdf").exists() and "正式版" in result.stdout and "草稿" not in result.stdout
    sheet = run_cli("score-sheet", "--year", "2023", "--db", db, "--department", "mzj", "-o", tmp_path / "民政正式.pdf")
    assert sheet.returncode == 0 and (tmp_path / "民政正式.pdf").exists()
    fingerprint = run_cli("status", "--year", "2023", "--db", db, "--format", "json").stdout
    printed = flat("".join(page.extract_text() for page in pdfplumber.open(tmp_path / "正式.pdf").pages))
    assert "数据指纹" + json.loads(fingerprint)["fingerprint"] in printed


def test_command_line_draft_file_name_for_incomplete_year(tmp_path, example_year):
    from desktop_app.yearfile import write_year_file

    year = dataclasses.replace(example_year, scores=example_year.scores[1:])
    write_year_file(year, tmp_path / "year.json")
    result = run_cli("notice", tmp_path / "year.json", "-o", tmp_path / "通报.pdf")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "通报-draft.pdf").exists() and not (tmp_path / "通报.pdf").exists()
    assert "草稿" in result.stdout


def test_seal_use_through_the_database(tmp_path, example_year):
    from desktop_app.services.documents import DocumentSettings
    from desktop_app.storage import Store

    image = Image.new("RGBA", (300, 300), (0, 0, 0, 0))
    for x in range(300):
        image.putpixel((x, 150), (0, 0, 0, 255))
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    with Store(tmp_path / "a.db") as store:
        store.save_year(example_year)
        for department in example_year.departments:  # an official letter, sealed
            store.set_department_submitted(2023, department.code, True)
        settings = DocumentSettings(store)
        settings.set_seal("区乡村振兴局", buffer.getvalue())
        assert settings.seal_names() == ["区乡村振兴局"]
    result = run_cli("letters", "--year", "2023", "--db", tmp_path / "a.db", "-o", tmp_path / "all.pdf",
                     "--single-file", "--town", "T01", "--seal")
    assert result.returncode == 0, result.stderr
    pdf = pdfplumber.open(tmp_path / "all.pdf")
    assert sum(len(page.images) for page in pdf.pages) == 1
    missing = run_cli("notice", "--year", "2023", "--db", tmp_path / "a.db", "-o", tmp_path / "n.pdf", "--seal")
    assert missing.returncode == 2 and "没有" in missing.stderr and "电子印章" in missing.stderr


def test_rectification_deadline_follows_the_date_unless_set(demo, fonts):
    year, result = demo
    texts = notice_texts(year)
    texts["date"] = "2024-06-28"
    assert "请于2024年9月26日前完成整改" in flat(text_of(build_letter(year, result, "T01", texts, fonts=fonts)))
    texts["letter_deadline"] = "2024-09-30"
    assert "请于2024年9月30日前完成整改" in flat(text_of(build_letter(year, result, "T01", texts, fonts=fonts)))


def _letter_text(year, town):
    from desktop_app.documents.letter import letter_paragraphs

    result = compute(year)
    before, after = letter_paragraphs(year, result, result.by_code()[town], notice_texts(year))
    return before, after


def test_each_counted_bonus_line_shows_its_own_value_and_the_cap_only_when_exceeded(demo):
    year, _ = demo
    # 云台镇: 国家级试点示范 1 + 市级试点示范 0.5 + 2 × 央视报道 0.3 = 2.10, capped at 2.
    _, after = _letter_text(year, "T09")
    lines = [flat(line) for line in after]
    assert any(line.startswith("1.国家级试点示范") and line.endswith("加1.00分。") for line in lines)
    assert any(line.startswith("2.市级试点示范") and line.endswith("加0.50分。") for line in lines)
    assert any(line.startswith("3.5家中央媒体单条报道（2次）") and line.endswith("加0.60分。") for line in lines)
    assert "加分累计超过上限，按2.00分计。" in lines
    # The same town with bonuses adding up exactly to the cap: counted whole, no cap sentence.
    exactly = dataclasses.replace(year, bonuses=tuple(b for b in year.bonuses if not (b.town == "T09" and b.type == "B10"))
                                  + (dataclasses.replace(year.bonuses[2], type="B07", count=1),))
    _, after = _letter_text(exactly, "T09")
    assert compute(exactly).by_code()["T09"].bonus == 2
    assert not any("上限" in line for line in after)


def test_notice_names_vetoed_towns_in_their_grade_and_counts_them(demo):
    from desktop_app.documents.notice import results_paragraphs

    year, result = demo
    paragraphs = results_paragraphs(year, result, notice_texts(year))
    vetoed = [row for row in result.rows if row.vetoed]
    assert [row.name for row in vetoed] == ["洪湖镇"] and vetoed[0].grade == "一般"
    lowest = [row.name for row in result.rows if row.grade == "一般"]
    assert "洪湖镇" in lowest
    line = next(p for p in paragraphs if p.startswith("（三）“一般”等次"))
    assert line == f"（三）“一般”等次（{len(lowest)}个）。{'、'.join(lowest)}。"
    assert f"考核等次为“一般”的{len(lowest)}个" in paragraphs[1]


# --- texts that cannot go stale ----------------------------------------------------------

def test_the_veto_sentence_reads_right_for_every_built_in_condition(fonts):
    from desktop_app.documents.texts import veto_clause
    from desktop_app.services import scheme_template

    conditions = scheme_template().veto_conditions
    assert len(conditions) == 3
    for condition in conditions:
        clause = veto_clause([condition])
        assert clause.startswith("因") and "因因" not in clause and not clause.endswith("。")
    assert veto_clause(["因责任、工作落实不到位导致相关工作被媒体通报曝光"]) == "因责任、工作落实不到位导致相关工作被媒体通报曝光"
    assert veto_clause(["相关工作受到通报批评。", "发现问题"]) == "因相关工作受到通报批评；发现问题"


def test_a_veto_for_a_condition_starting_with_yin_does_not_say_yin_twice(demo, fonts):
    year, _ = demo
    veto = dataclasses.replace(year.vetoes[0], reason="因责任、工作落实不到位导致相关工作被媒体通报曝光")
    year = dataclasses.replace(year, vetoes=(veto,))
    result = compute(year)
    row = next(r for r in result.rows if r.vetoed)
    letter = flat(text_of(build_letter(year, result, row.code, fonts=fonts)))
    notice = flat(text_of(build_notice(year, result, fonts=fonts)))
    assert "因因" not in letter and "因因" not in notice
    assert "因责任、工作落实不到位导致相关工作被媒体通报曝光，实行" in letter


def test_texts_take_the_town_count_and_year_when_the_document_is_made(demo, fonts):
    from desktop_app.domain.model import Town
    from desktop_app.services.session import copy_scheme

    year, _ = demo
    assert "{镇街数}" in notice_texts(year)["opening"]
    copied = copy_scheme(year, 2024)
    copied = dataclasses.replace(copied, towns=copied.towns + (Town("T20", "新设镇", "镇"),),
                                 scores=tuple(s._replace() for s in year.scores),
                                 issuer={**copied.issuer, "doc_number": "长委办发〔2025〕2号"})
    texts = notice_texts(copied)
    assert "{镇街数}" in texts["opening"]
    text = flat(text_of(build_notice(copied, compute(copied), texts, fonts=fonts, draft=True)))
    assert "对全区20个镇街2024年度" in text and "19个镇街" not in text


def test_a_copied_year_has_no_document_number_and_another_years_number_is_refused(tmp_path, example_year):
    from desktop_app.services import YearService, create_year
    from desktop_app.storage import Store

    with Store(tmp_path / "n.db") as store:
        store.save_year(example_year)
        session = create_year(store, example_year, 2024)
        assert "doc_number" not in (session.year.issuer or {}) and "date" not in (session.year.issuer or {})
        service = YearService(store)
        assert service.doc_number_used_elsewhere("长委办发〔2024〕1号", 2024) == 2023
        assert service.doc_number_used_elsewhere("长委办发〔2024〕1号", 2023) is None
        assert service.doc_number_used_elsewhere("长委办发〔2025〕1号", 2024) is None
        session.set_issuer({**(session.year.issuer or {}), "doc_number": "长委办发〔2024〕1号"})
    refused = run_cli("notice", "--year", "2024", "--db", tmp_path / "n.db", "-o", tmp_path / "n.pdf")
    assert refused.returncode == 2 and "已用于 2023 年度的通报" in refused.stderr
