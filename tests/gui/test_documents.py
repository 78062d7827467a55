"""公文输出 tab: texts stored with the year, in-app preview, save, print, batch export, seal confirmation."""
import io
from pathlib import Path

import pytest
from PIL import Image, ImageDraw
from pypdf import PdfReader

from desktop_app.gui.documents.tab import LETTER, SCORE_SHEET


@pytest.fixture
def tab(main_window):
    main_window.tabs.setCurrentWidget(main_window.documents_tab)
    return main_window.documents_tab


def submit_every_sheet(window) -> None:
    session = window.workspace.session
    for department in session.year.departments:
        assert window.workspace.apply(session.submit_department, department.code)


@pytest.fixture
def official_tab(main_window, tab):
    """The demo year with every department's sheet submitted: its results are official."""
    submit_every_sheet(main_window)
    return tab


def select(combo, data):
    combo.setCurrentIndex(combo.findData(data))


def test_tab_follows_results_and_shows_stored_texts(main_window, tab):
    labels = [main_window.tabs.tabText(i) for i in range(main_window.tabs.count())]
    assert labels.index("公文输出") == labels.index("结果看板") + 1
    assert tab.fields["doc_number"].text() == "长委办发〔2024〕1号"
    assert tab.fields["marks"].toPlainText().splitlines() == ["中共重庆市长寿区委办公室", "重庆市长寿区人民政府办公室"]
    assert tab.file_word.isChecked()
    assert tab.fields["title"].toPlainText() == "关于长寿区2023年度巩固拓展脱贫攻坚成果同乡村振兴有效衔接考核结果的通报"
    # no sheet is submitted yet: drafts only, and the tab says why
    assert tab.status.text().startswith("草稿") and "区乡村振兴局尚未提交打分表" in tab.status.text()
    submit_every_sheet(main_window)
    assert "可输出正式文件" in tab.status.text()
    assert main_window.workspace.session.state().fingerprint in tab.status.text()


def test_edited_texts_are_saved_with_the_year(main_window, tab):
    tab.fields["doc_number"].setText("长委办发〔2024〕3号")
    tab.fields["requirements"].setPlainText("各镇街要抓好整改。")
    assert tab.save_texts()
    stored = main_window.workspace.store.load_year(2023, use_cache=False).issuer
    assert stored["doc_number"] == "长委办发〔2024〕3号"
    assert stored["requirements"] == "各镇街要抓好整改。"
    assert stored["cc"] == "市委农办,市乡村振兴局"  # untouched settings stay


def test_preview_loads_the_pdf_into_the_viewer(qtbot, official_tab):
    tab = official_tab
    assert tab.preview()
    qtbot.waitUntil(lambda: tab.pdf_document.pageCount() == tab.built.page_count, timeout=5000)
    assert tab.built.page_count == 6 and not tab.built.draft
    assert "6 页" in tab.status.text() and "正式版" in tab.status.text()
    select(tab.kind, LETTER)
    select(tab.target, "T18")
    assert tab.preview()
    assert tab.built.title.startswith("洪湖镇")
    select(tab.kind, SCORE_SHEET)
    assert tab.target.findData("mzj") >= 0
    select(tab.target, "mzj")
    assert tab.preview() and "区民政局" in tab.built.title


def test_save_as_writes_the_pdf_and_marks_drafts(official_tab, messenger, tmp_path):
    tab = official_tab
    messenger.files = [str(tmp_path / "通报.pdf")]
    written = tab.save_as()
    assert written == tmp_path / "通报.pdf"
    assert written.read_bytes().startswith(b"%PDF")
    tab.draft_box.setChecked(True)
    messenger.files = [str(tmp_path / "通报.pdf")]
    assert tab.save_as() == tmp_path / "通报-draft.pdf"
    assert tab.suggested_name(tab.built) == "2023年度考核结果通报-draft.pdf"


def test_incomplete_year_gives_drafts(main_window, tab):
    session = main_window.workspace.session
    assert main_window.workspace.apply(session.set_score, "T01", "I01", None)
    for department in session.year.departments:  # every sheet counted, the missing score still makes a draft
        if department.code != "xczxj":
            assert main_window.workspace.apply(session.submit_department, department.code)
    assert main_window.workspace.apply(session.waive_department, "xczxj", "演示：缺项待补")
    assert "草稿" in tab.status.text()
    assert tab.preview()
    assert tab.built.draft


class FakePrinter:
    def __init__(self, path):
        self.path = path
        self.asked = 0

    def choose(self, parent):
        from PySide6.QtGui import QPageSize
        from PySide6.QtPrintSupport import QPrinter

        self.asked += 1
        printer = QPrinter()
        printer.setOutputFormat(QPrinter.PdfFormat)
        printer.setOutputFileName(str(self.path))
        printer.setResolution(50)
        printer.setPageSize(QPageSize(QPageSize.A4))
        return printer


def test_print_renders_every_page(tab, tmp_path):
    from desktop_app.gui.documents.tab import PdfPrinter

    fake = FakePrinter(tmp_path / "printed.pdf")
    fake.print_pdf = PdfPrinter().print_pdf
    tab.printer_backend = fake
    assert tab.print_document() == 6
    assert fake.asked == 1
    assert len(PdfReader(str(tmp_path / "printed.pdf")).pages) == 6


def test_batch_export_writes_every_town_letter(official_tab, messenger, tmp_path):
    tab = official_tab
    tab.choose_folder = lambda parent, caption: str(tmp_path / "letters")
    written = tab.export_letters()
    assert len(written) == 19
    names = sorted(path.name for path in (tmp_path / "letters").iterdir())
    assert names[0] == "2023年度考核结果反馈-01-凤城街道.pdf"
    assert all(path.read_bytes().startswith(b"%PDF") for path in written)
    assert messenger.infos and "19 份" in messenger.infos[-1]


def seal_png(path: Path) -> Path:
    image = Image.new("RGBA", (400, 400), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse((10, 10, 390, 390), outline=(20, 20, 20, 255), width=18)
    image.save(path)
    return path


def test_seal_is_confirmed_each_use_and_drawn_in_red(tab, messenger, tmp_path):
    tab.seal_signer.setEditText("中共重庆市长寿区委办公室")
    messenger.files = [str(seal_png(tmp_path / "seal.png"))]
    assert tab.import_seal()
    assert tab.seal_state.text() == "已保存电子印章"
    tab.seal_box.setChecked(True)
    messenger.confirm_answer = False
    assert not tab.preview()
    assert "电子印章" in messenger.questions[-1]
    messenger.confirm_answer = True
    assert tab.preview()
    assert len(messenger.questions) == 2
    seals = tab.built.geometry.seals
    assert [s["image"] for s in seals] == [True, False]  # only the first signer has a seal stored
    import pdfplumber

    page = pdfplumber.open(io.BytesIO(tab.built.pdf)).pages[2]
    assert len(page.images) == 1


def test_bad_seal_file_and_missing_glyph_are_reported(tab, messenger, tmp_path):
    tab.seal_signer.setEditText("区乡村振兴局")
    (tmp_path / "seal.png").write_bytes(b"not an image")
    messenger.files = [str(tmp_path / "seal.png")]
    assert not tab.import_seal()
    assert "PNG" in messenger.errors[-1]
    # a rare character (𠮷, 㙟) prints in the fallback font; a private-use one is in no font
    tab.fields["title"].setPlainText("关于\ue000溪镇考核结果的通报")
    assert not tab.preview()
    assert "“\ue000”" in messenger.errors[-1] and "U+E000" in messenger.errors[-1] and "标题" in messenger.errors[-1]


def test_document_errors_are_translated_like_every_message_error(qapp, example_year):
    from PySide6.QtCore import QCoreApplication, QTranslator

    from desktop_app.documents import DocumentError, build_score_sheet
    from desktop_app.domain.messages import MessageError
    from desktop_app.domain.scoring import compute
    from desktop_app.gui.common.errors import EXPECTED_ERRORS, describe_error

    class English(QTranslator):
        def translate(self, context, source, disambiguation=None, n=-1):
            if context == "Documents" and source.startswith("部门 {department} 不存在"):
                return "There is no department {department}; the codes are {codes}"
            return ""

    with pytest.raises(DocumentError) as raised:
        build_score_sheet(example_year, compute(example_year), "nope")
    error = raised.value
    assert isinstance(error, MessageError) and isinstance(error, EXPECTED_ERRORS)
    assert str(error).startswith("部门 nope 不存在")
    translator = English()
    QCoreApplication.installTranslator(translator)
    try:
        codes = "、".join(department.code for department in example_year.departments)
        assert describe_error(error) == f"There is no department nope; the codes are {codes}"
    finally:
        QCoreApplication.removeTranslator(translator)
    assert describe_error(error) == str(error)


def test_edited_texts_are_not_lost_when_switching_year_or_quitting(main_window, tab, messenger):
    """Leaving the year with edited texts asks; yes saves them, no drops them."""
    assert main_window.create_year(2024, 2023)
    main_window.workspace.open_year(2023)
    tab.fields["requirements"].setPlainText("各镇街要抓好整改（改过）。")
    assert tab.has_unsaved_texts()
    messenger.confirm_answer = True
    main_window.workspace.open_year(2024)
    assert "公文文字已修改但尚未保存" in messenger.questions[-1]
    stored = main_window.workspace.store.load_year(2023, use_cache=False).issuer
    assert stored["requirements"] == "各镇街要抓好整改（改过）。"

    asked = len(messenger.questions)
    main_window.workspace.open_year(2023)  # nothing edited in 2024: no question
    assert len(messenger.questions) == asked
    tab.fields["doc_number"].setText("长委办发〔2024〕9号")
    messenger.confirm_answer = False
    main_window.close()
    assert "公文文字已修改但尚未保存" in messenger.questions[-1]
    assert main_window.workspace.store.load_year(2023, use_cache=False).issuer["doc_number"] == "长委办发〔2024〕1号"


def test_the_tab_names_the_towns_whose_letters_have_unexplained_losses(main_window, tab):
    from desktop_app.domain.losses import unexplained, year_losses

    session = main_window.workspace.session
    silent = unexplained(year_losses(session.year, session.result))
    count = sum(len(items) for items in silent.values())
    assert f"共 {len(silent)} 个镇街有 {count} 项失分未说明原因" in tab.letters_check.text()
    assert tab.letters_check.text().startswith("反馈函：" + next(t.name for t in session.year.towns if t.code in silent))
    # the department explains one of them: the check counts one fewer
    town, losses = next(iter(silent.items()))
    loss = losses[0]
    stored = session.score_of(town, loss.part)
    assert main_window.workspace.apply(session.set_score, town, loss.part, stored.score, None, "台账资料不完整")
    assert f"有 {count - 1} 项失分未说明原因" in tab.letters_check.text()
