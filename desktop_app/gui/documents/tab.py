"""公文输出: edit the notice texts, preview the PDF in the window, save, print, and
export every town's letter with a progress bar.

The documents themselves are built by ``desktop_app.documents`` from the year and
the core's result; this tab only collects the texts and choices and shows the PDF.
"""
from __future__ import annotations

import datetime as _dt
from pathlib import Path
from typing import Callable, Optional

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QSize, Qt, Slot
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QFileDialog, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QScrollArea, QTabWidget, QVBoxLayout, QWidget,
)

# The builders (reportlab, Pillow) are imported where a document is built: the
# window starts without them. Texts and font names are light.
from ...documents.names import ROLE_LABELS, ROLES
from ...documents.texts import defaults, notice_texts
from ...domain.status import STATE_LABELS
from ...services import YearService
from ...services.documents import DocumentSettings
from ...services.attachments import Attachments
from ...services.ledger import RectificationLedger
from ..common.layout import split
from ..common.background import run_in_background
from ..common.errors import EXPECTED_ERRORS, describe_error, translate_core
from ..common.tab import Tab

NOTICE, LETTER, SCORE_SHEET = "notice", "letter", "score_sheet"
# Texts edited as one item per line (the issuer marks, the signatures).
LIST_FIELDS = ("marks", "signatures")


class PdfPrinter:
    """The Qt print dialog and the printing of PDF pages; tests replace it."""

    def choose(self, parent) -> Optional[object]:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.HighResolution)
        dialog = QPrintDialog(printer, parent)
        return printer if dialog.exec() == QPrintDialog.Accepted else None

    def print_pdf(self, pdf: bytes, printer) -> int:
        """Render every page at the printer's resolution; returns pages printed."""
        data = QByteArray(pdf)
        buffer = QBuffer(data)
        buffer.open(QIODevice.ReadOnly)
        document = QPdfDocument()
        document.load(buffer)
        painter = QPainter()
        if not painter.begin(printer):
            raise OSError(QCoreApplication.translate("Documents", "打印机无法开始打印"))
        try:
            dpi = printer.resolution()
            for index in range(document.pageCount()):
                if index:
                    printer.newPage()
                size = document.pagePointSize(index)
                pixels = QSize(int(size.width() / 72 * dpi), int(size.height() / 72 * dpi))
                image: QImage = document.render(index, pixels)
                target = painter.viewport()
                painter.drawImage(target, image)
        finally:
            painter.end()
        return document.pageCount()


def _folder_chooser(messenger) -> Callable:
    def choose(parent, caption):
        if hasattr(messenger, "choose_folder"):
            return messenger.choose_folder(parent, caption)
        return QFileDialog.getExistingDirectory(parent, caption) or None
    return choose


class DocumentsTab(Tab):
    administered = True

    def __init__(self, workspace, parent=None):
        super().__init__(workspace, parent)
        self.printer_backend = PdfPrinter()
        self.choose_folder = _folder_chooser(workspace.messenger)
        self.built = None
        self._shown_texts: Optional[dict] = None  # the texts as last loaded or saved
        workspace.before_leaving.append(self.offer_to_save_texts)
        self._buffer: Optional[QBuffer] = None
        self.fields: dict[str, QWidget] = {}

        # Left: the texts, the letters' texts, seals and fonts.
        self.editors = QTabWidget()
        self.editors.addTab(self._scroll(self._notice_form()), self.tr("通报文字"))
        self.editors.addTab(self._scroll(self._letter_form()), self.tr("反馈函文字"))
        self.editors.addTab(self._scroll(self._settings_form()), self.tr("印章与字体"))
        self.save_texts_button = QPushButton(self.tr("保存文字"))
        self.save_texts_button.setToolTip(self.tr("把以上文字随本年度保存（另存年度文件时一并导出）"))
        self.save_texts_button.clicked.connect(self.save_texts)
        self.defaults_button = QPushButton(self.tr("恢复默认文字"))
        self.defaults_button.clicked.connect(self.restore_defaults)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.editors, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_texts_button)
        buttons.addWidget(self.defaults_button)
        buttons.addStretch(1)
        left_layout.addLayout(buttons)

        # Right: what to produce, the preview and the actions.
        self.kind = QComboBox()
        self.kind.addItem(self.tr("考核结果通报"), NOTICE)
        self.kind.addItem(self.tr("镇街考核结果反馈函"), LETTER)
        self.kind.addItem(self.tr("部门量化考评打分表"), SCORE_SHEET)
        self.kind.currentIndexChanged.connect(self._fill_targets)
        self.target = QComboBox()
        self.target.setMinimumContentsLength(10)
        self.draft_box = QCheckBox(self.tr("草稿"))
        self.draft_box.setToolTip(self.tr("带“草稿”水印；年度数据不完整时总是草稿"))
        self.seal_box = QCheckBox(self.tr("加盖电子印章"))
        self.seal_box.setToolTip(self.tr("默认留出盖章位置，打印后手工盖章；勾选后每次使用都会请您确认"))
        self.preview_button = QPushButton(self.tr("预览"))
        self.preview_button.clicked.connect(self.preview)
        self.save_button = QPushButton(self.tr("另存为…"))
        self.save_button.clicked.connect(self.save_as)
        self.print_button = QPushButton(self.tr("打印…"))
        self.print_button.clicked.connect(self.print_document)
        self.export_button = QPushButton(self.tr("批量导出反馈函…"))
        self.export_button.clicked.connect(self.export_letters)
        controls = QHBoxLayout()
        for widget in (self.kind, self.target, self.draft_box, self.seal_box, self.preview_button, self.save_button,
                       self.print_button, self.export_button):
            controls.addWidget(widget)
        controls.addStretch(1)
        self.status = QLabel()
        self.status.setObjectName("documentStatus")
        self.status.setWordWrap(True)
        self.letters_check = QLabel()
        self.letters_check.setObjectName("lettersCheck")
        self.letters_check.setWordWrap(True)
        self.pdf_document = QPdfDocument(self)
        self.view = QPdfView()
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.pdf_document)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(controls)
        right_layout.addWidget(self.status)
        right_layout.addWidget(self.letters_check)
        right_layout.addWidget(self.view, 1)

        splitter = split(Qt.Horizontal, (left, 0, 430), (right, 1, 830), collapsible=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(splitter)

    # --- forms --------------------------------------------------------------------------

    @staticmethod
    def _scroll(widget: QWidget) -> QScrollArea:
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setWidget(widget)
        return area

    def _line(self, key: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        edit.setObjectName(f"field_{key}")
        self.fields[key] = edit
        return edit

    def _text(self, key: str, lines: int = 4, placeholder: str = "") -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setPlaceholderText(placeholder)
        edit.setObjectName(f"field_{key}")
        edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 12)
        self.fields[key] = edit
        return edit

    def _notice_form(self) -> QWidget:
        form_widget = QWidget()
        form = QFormLayout(form_widget)
        form.addRow(self.tr("发文机关标志"), self._text("marks", 2, self.tr("每行一个发文机关；联合行文写多行，主办机关在前")))
        self.file_word = QCheckBox(self.tr("后加“文件”二字"))
        self.fields["file_word"] = self.file_word
        form.addRow("", self.file_word)
        form.addRow(self.tr("发文字号"), self._line("doc_number", self.tr("如 长委办发〔2024〕3号")))
        form.addRow(self.tr("标题"), self._text("title", 2, self.tr("可在需要处换行，否则自动分行")))
        form.addRow(self.tr("主送机关"), self._line("recipients"))
        form.addRow(self.tr("辖区称谓"), self._line("area", self.tr("如 全区、全县、全市；留空则按发文机关名称")))
        form.addRow(self.tr("开头（依据和方法）"), self._text("opening", 5))
        form.addRow(self.tr("表扬后续语"), self._text("commendation", 2))
        form.addRow(self.tr("有关要求"), self._text("requirements", 5, self.tr("每段一行；以“（一）”开头的段落标题用楷体")))
        form.addRow(self.tr("附件名称"), self._line("attachment_title"))
        form.addRow(self.tr("署名"), self._text("signatures", 2, self.tr("每行一个；留空则与发文机关相同")))
        form.addRow(self.tr("成文日期"), self._line("date", "2024-06-28"))
        form.addRow(self.tr("附注（联系人）"), self._line("contact", self.tr("联系人：某某；联系电话：……")))
        form.addRow(self.tr("抄送"), self._line("cc"))
        form.addRow(self.tr("印发机关"), self._line("printer"))
        form.addRow(self.tr("印发日期"), self._line("print_date", self.tr("留空则同成文日期")))
        return form_widget

    def _letter_form(self) -> QWidget:
        form_widget = QWidget()
        form = QFormLayout(form_widget)
        form.addRow(self.tr("署名单位"), self._line("letter_signature"))
        form.addRow(self.tr("标题"), self._line("letter_title", self.tr("留空则为“关于反馈{镇街名称}……考核结果的函”")))
        form.addRow(self.tr("发文字号"), self._line("letter_doc_number", self.tr("如 长乡振函〔2024〕{序号}号；留空则编在通报字号下")))
        form.addRow(self.tr("整改期限"), self._line("letter_deadline", self.tr("留空则为成文日期后 90 天")))
        form.addRow(self.tr("申诉截止"), self._line("appeal_deadline", self.tr("留空则为收到反馈函之日起 10 个工作日内")))
        form.addRow(self.tr("整改要求"), self._text("letter_requirements", 4))
        note = QLabel(self.tr("反馈函的得分、排名、等次、扣分原因和需整改的问题都取自计分结果，无需填写。"))
        note.setWordWrap(True)
        note.setStyleSheet("color:#666666")
        form.addRow(note)
        return form_widget

    def _settings_form(self) -> QWidget:
        widget = QWidget()
        layout = QVBoxLayout(widget)
        seal_box = QGroupBox(self.tr("电子印章（可选）"))
        seal_form = QFormLayout(seal_box)
        self.seal_signer = QComboBox()
        self.seal_signer.setEditable(True)
        self.seal_state = QLabel()
        import_seal = QPushButton(self.tr("导入印章图片…"))
        import_seal.clicked.connect(self.import_seal)
        clear_seal = QPushButton(self.tr("删除印章"))
        clear_seal.clicked.connect(self.clear_seal)
        row = QHBoxLayout()
        row.addWidget(import_seal)
        row.addWidget(clear_seal)
        seal_form.addRow(self.tr("署名单位"), self.seal_signer)
        seal_form.addRow("", self.seal_state)
        seal_form.addRow(row)
        hint = QLabel(self.tr("透明背景的 PNG，由管理员导入并保存在数据库中，打印时一律为红色。"
                              "不导入时文件留出印章位置，打印后手工盖章。"))
        hint.setWordWrap(True)
        hint.setStyleSheet("color:#666666")
        seal_form.addRow(hint)
        self.seal_signer.currentTextChanged.connect(self._show_seal_state)
        layout.addWidget(seal_box)
        font_box = QGroupBox(self.tr("字体"))
        font_form = QFormLayout(font_box)
        self.font_edits: dict[str, QLineEdit] = {}
        self.font_used: dict[str, QLabel] = {}
        for role in ROLES:
            edit = QLineEdit()
            edit.setPlaceholderText(self.tr("留空：用本机已安装的标准字体，没有则用随程序提供的字体"))
            used = QLabel()
            used.setStyleSheet("color:#666666")
            self.font_edits[role] = edit
            self.font_used[role] = used
            font_form.addRow(QCoreApplication.translate("Documents", ROLE_LABELS[role]), edit)
            font_form.addRow("", used)
        save_fonts = QPushButton(self.tr("保存字体设置"))
        save_fonts.clicked.connect(self.save_fonts)
        font_form.addRow(save_fonts)
        layout.addWidget(font_box)
        layout.addStretch(1)
        return widget

    # --- state ---------------------------------------------------------------------------

    @property
    def settings(self) -> DocumentSettings:
        return DocumentSettings(self.workspace.store)

    def on_year_opened(self) -> None:
        self._load_texts()
        self._fill_targets()
        self._load_settings()
        self.refresh()

    def kept_for_readers(self) -> tuple:
        """A department's operator may preview, print and save documents, not edit texts or use the seal."""
        return (self.kind, self.target, self.draft_box, self.preview_button, self.save_button, self.print_button,
                self.export_button, self.editors.tabBar())

    def refresh(self) -> None:
        session = self.session
        enabled = session is not None
        for widget in (self.preview_button, self.save_button, self.print_button, self.export_button,
                       self.save_texts_button):
            widget.setEnabled(enabled)
        if session is None:
            self.status.setText(self.tr("没有打开的年度。"))
            self.letters_check.clear()
            return
        self._check_letters()
        state = session.state()
        if state.official:
            self.status.setText(self.tr("{state}：可输出正式文件，页脚印数据指纹 {fingerprint}。").format(
                state=translate_core("Status", STATE_LABELS[state.state]), fingerprint=state.fingerprint))
        else:
            shown = [failing.problem.render(translate_core) for failing in state.failing[:3]]
            more = self.tr("……共 {count} 项，见“结果看板”").format(count=len(state.failing)) if len(state.failing) > 3 else ""
            self.status.setText(self.tr("草稿：只能输出带“草稿”水印的文件，文件名含 draft。尚未满足：{conditions}").format(
                conditions="；".join(shown) + more))

    def _check_letters(self) -> None:
        """Before the letters go out: which towns would be told of a loss without its reason."""
        year = self.session.year
        silent = self.session.unexplained_losses()
        if not silent:
            self.letters_check.setText(self.tr("反馈函：每项失分都有扣分原因或说明。"))
            self.letters_check.setStyleSheet("")
            return
        names = [town.name for town in year.towns if town.code in silent]
        shown = "、".join(names[:5]) + (self.tr("等") if len(names) > 5 else "")
        self.letters_check.setText(self.tr(
            "反馈函：{towns}共 {town_count} 个镇街有 {count} 项失分未说明原因，函中将写明“责任单位未说明失分原因”；"
            "请责任单位在打分表中补填扣分原因或备注。").format(
                towns=shown, town_count=len(names), count=sum(len(items) for items in silent.values())))
        self.letters_check.setStyleSheet("color:#a05a00")

    def _issue(self, kind: str, department: Optional[str] = None) -> dict:
        """Draft if asked for, or while the year is not official (a score sheet: while its
        department's sheet is not submitted or has scores that do not fit); the results'
        fingerprint always."""
        state = self.session.state()
        if kind == SCORE_SHEET:
            unfinished = bool(state.sheet_failing(self.session.year, department))
        else:
            unfinished = not state.official
        issue = {"draft": self.draft_box.isChecked() or unfinished, "fingerprint": state.fingerprint}
        if kind == LETTER:  # each town's open problems of the rectification ledger, and the evidence files
            issue["ledger"] = RectificationLedger(self.workspace.store, self.session.number).open_entries_by_town()
            issue["evidence"] = Attachments(self.workspace.store, self.session.number).names_by_owner()
        return issue

    def _record_letters(self, towns, texts: dict) -> None:
        """An official letter saved: its number and date noted on the open problems it sent (the
        ledger is the bureau's: nothing is noted for an operator who may not change it)."""
        from ...documents.letter import letter_number

        if not self.workspace.may_administer():
            return
        ledger = RectificationLedger(self.workspace.store, self.session.number)
        year = self.session.year
        numbers = {town: letter_number(year, texts, town) for town in towns}
        if any(entry.town in numbers and not entry.letter_number for entry in ledger.open_entries()):
            self.workspace.apply(ledger.record_letters, numbers, texts.get("date") or _dt.date.today(), parent=self)

    def _load_texts(self) -> None:
        session = self.session
        if session is None:
            return
        self._show_texts(notice_texts(session.year))
        self._shown_texts = self.texts()

    def has_unsaved_texts(self) -> bool:
        return self.session is not None and self._shown_texts is not None and self.texts() != self._shown_texts

    def offer_to_save_texts(self) -> None:
        """Before the year is left: edited texts are saved or dropped by the user's choice, never silently."""
        if self.has_unsaved_texts() and self.workspace.messenger.confirm(self, self.tr(
                "{year} 年度的公文文字已修改但尚未保存。保存吗？（选“否”放弃这些修改）").format(
                year=self.session.number), self.tr("保存公文文字")):
            self.save_texts()
        self._shown_texts = None

    def _show_texts(self, texts: dict) -> None:
        for key, widget in self.fields.items():
            value = texts.get(key)
            if key in LIST_FIELDS:
                widget.setPlainText("\n".join(value or []))
            elif key == "file_word":
                widget.setChecked(bool(value))
            elif isinstance(widget, QPlainTextEdit):
                widget.setPlainText(str(value or ""))
            else:
                widget.setText(str(value or ""))
                widget.setCursorPosition(0)  # show the start of a long line, not its end

    def texts(self) -> dict:
        """The texts as edited (not yet saved)."""
        values = {}
        for key, widget in self.fields.items():
            if key in LIST_FIELDS:
                values[key] = [line.strip() for line in widget.toPlainText().splitlines() if line.strip()]
            elif key == "file_word":
                values[key] = widget.isChecked()
            elif isinstance(widget, QPlainTextEdit):
                values[key] = widget.toPlainText().strip()
            else:
                values[key] = widget.text().strip()
        if not values.get("signatures"):
            values["signatures"] = list(values.get("marks") or [])
        return values

    @Slot()
    def save_texts(self) -> bool:
        session = self.session
        if session is None:
            return False
        issuer = dict(session.year.issuer or {})
        issuer.update(self.texts())
        if issuer.get("marks") and not issuer.get("name"):
            issuer["name"] = "、".join(issuer["marks"])
        if self.workspace.apply(session.set_issuer, issuer, parent=self):
            self.status.setText(self.tr("文字已保存。"))
            self._shown_texts = self.texts()
            return True
        return False

    @Slot()
    def restore_defaults(self) -> None:
        session = self.session
        if session is not None:
            self._show_texts(defaults(session.year))

    def _fill_targets(self) -> None:
        self.target.clear()
        session = self.session
        kind = self.kind.currentData()
        if session is None or kind == NOTICE:
            self.target.setEnabled(False)
            return
        self.target.setEnabled(True)
        year = session.year
        if kind == LETTER:
            for town in year.towns:
                self.target.addItem(town.name, town.code)
        else:
            scored = {part.department for indicator, part in year.parts() if not indicator.veto}
            for department in year.departments:
                if department.code in scored:
                    self.target.addItem(department.name, department.code)

    def _load_settings(self) -> None:
        settings = self.settings
        paths = settings.font_paths()
        for role in ROLES:
            self.font_edits[role].setText(paths.get(role, ""))
        self._show_fonts()
        texts = self.texts()
        names = list(dict.fromkeys([*texts.get("signatures", []), texts.get("letter_signature", ""),
                                    *settings.seal_names()]))
        self.seal_signer.clear()
        self.seal_signer.addItems([n for n in names if n])
        self._show_seal_state()

    def _show_fonts(self) -> None:
        try:
            choices = self.settings.font_choices()
        except EXPECTED_ERRORS:
            return
        origins = {"configured": self.tr("设置的字体"), "installed": self.tr("本机字体"), "bundled": self.tr("随程序提供")}
        for role, choice in choices.items():
            self.font_used[role].setText(self.tr("使用：{file}（{origin}）").format(
                file=choice.path.name, origin=origins[choice.origin]))

    def _show_seal_state(self) -> None:
        name = self.seal_signer.currentText().strip()
        if not name:
            self.seal_state.setText("")
        elif self.settings.has_seal(name):
            self.seal_state.setText(self.tr("已保存电子印章"))
        else:
            self.seal_state.setText(self.tr("未设置电子印章（文件中留出盖章位置）"))

    # --- settings actions ----------------------------------------------------------------

    def _run(self, action, *args) -> bool:
        try:
            action(*args)
        except EXPECTED_ERRORS as error:
            self.workspace.messenger.error(self, describe_error(error))
            return False
        return True

    @Slot()
    def import_seal(self) -> bool:
        name = self.seal_signer.currentText().strip()
        if not name:
            self.workspace.messenger.error(self, self.tr("请先选择或填写印章对应的署名单位。"))
            return False
        path = self.workspace.messenger.open_file(self, self.tr("导入电子印章"), self.tr("PNG 图片 (*.png)"))
        if not path:
            return False
        ok = self._run(lambda: self.settings.set_seal(name, Path(path).read_bytes()))
        self._show_seal_state()
        return ok

    @Slot()
    def clear_seal(self) -> None:
        name = self.seal_signer.currentText().strip()
        if name and self.settings.has_seal(name) and self.workspace.messenger.confirm(
                self, self.tr("删除“{name}”的电子印章吗？").format(name=name)):
            self._run(self.settings.clear_seal, name)
            self._show_seal_state()

    @Slot()
    def save_fonts(self) -> bool:
        paths = {role: edit.text().strip() for role, edit in self.font_edits.items()}
        missing = [path for path in paths.values() if path and not Path(path).is_file()]
        if missing:
            self.workspace.messenger.error(self, self.tr("找不到字体文件 {path}").format(path=missing[0]))
            return False
        ok = self._run(self.settings.set_font_paths, paths)
        self._show_fonts()
        return ok

    # --- building ------------------------------------------------------------------------

    def _signers(self, kind: str, texts: dict) -> list[str]:
        if kind == NOTICE:
            return list(texts.get("signatures") or texts.get("marks") or [])
        if kind == LETTER:
            return [texts.get("letter_signature", "")]
        return []

    def _seals(self, kind: str, texts: dict, what: str):
        """Red seal images after the user confirmed this use; None for the seal's space."""
        if not self.seal_box.isChecked() or kind == SCORE_SHEET:
            return None
        settings = self.settings
        names = [n for n in self._signers(kind, texts) if n]
        having = [n for n in names if settings.has_seal(n)]
        if not having:
            self.workspace.messenger.error(self, self.tr("“{names}”没有保存电子印章，文件将留出盖章位置。").format(
                names="、".join(names)))
            return None
        if not self.workspace.messenger.confirm(self, self.tr(
                "将在{what}上加盖“{names}”的电子印章。确认使用电子印章吗？").format(what=what, names="、".join(having))):
            return False
        return settings.seals_for_use(having, what, self.session.number if self.session else None)

    def build(self, kind: Optional[str] = None, target: Optional[str] = None, seals=None):
        """The current document as BuiltDocument, or None after showing why not."""
        session = self.session
        if session is None:
            return None
        kind = kind or self.kind.currentData()
        target = target if target is not None else self.target.currentData()
        texts = self.texts()
        from ...documents import build_letter, build_notice, build_score_sheet

        try:
            fonts = self.settings.fonts()
            year, result = session.year, session.result
            diameter = self.settings.seal_diameter_mm()
            issue = self._issue(kind, target)
            if kind == NOTICE:
                YearService(self.workspace.store).refuse_doc_number_used_elsewhere(texts.get("doc_number", ""),
                                                                                  session.number)
                return build_notice(year, result, texts, fonts=fonts, seals=seals, seal_diameter_mm=diameter, **issue)
            if kind == LETTER:
                return build_letter(year, result, target, texts, fonts=fonts, seals=seals, seal_diameter_mm=diameter,
                                    **issue)
            return build_score_sheet(year, result, target, fonts=fonts, **issue)
        except EXPECTED_ERRORS as error:
            self.workspace.messenger.error(self, describe_error(error))
        return None

    def _what(self) -> str:
        kind = self.kind.currentData()
        if kind == NOTICE:
            return self.tr("考核结果通报")
        return self.tr("{target}的{kind}").format(target=self.target.currentText(), kind=self.kind.currentText())

    def _build_current(self):
        kind = self.kind.currentData()
        seals = self._seals(kind, self.texts(), self._what())
        if seals is False:
            return None
        built = self.build(seals=seals)
        if built is not None:
            self.built = built
        return built

    @Slot()
    def preview(self) -> bool:
        built = self._build_current()
        if built is None:
            return False
        self._buffer = QBuffer()
        self._buffer.setData(QByteArray(built.pdf))
        self._buffer.open(QIODevice.ReadOnly)
        self.pdf_document.load(self._buffer)
        state = self.tr("草稿") if built.draft else self.tr("正式版")
        self.status.setText(self.tr("{title}：{pages} 页，{state}").format(title=built.title, pages=built.page_count,
                                                                      state=state))
        return True

    def suggested_name(self, built) -> str:
        session = self.session
        kind = self.kind.currentData()
        if kind == NOTICE:
            name = f"{session.number}年度考核结果通报.pdf"
        elif kind == LETTER:
            name = f"{session.number}年度考核结果反馈-{self.target.currentText()}.pdf"
        else:
            name = f"{session.number}年度部门量化考评打分表-{self.target.currentText()}.pdf"
        from ...documents import draft_path, safe_file_name

        return draft_path(safe_file_name(name), built.draft).name

    @Slot()
    def save_as(self) -> Optional[Path]:
        built = self._build_current()
        if built is None:
            return None
        path = self.workspace.messenger.save_file(self, self.tr("保存 PDF"), self.suggested_name(built),
                                                  self.tr("PDF 文件 (*.pdf)"))
        if not path:
            return None
        from ...atomicfile import write_atomically
        from ...documents import draft_path

        try:
            written = write_atomically(draft_path(path, built.draft), built.pdf)
        except OSError as error:
            self.workspace.messenger.error(self, describe_error(error))
            return None
        if self.kind.currentData() == LETTER and not built.draft:
            self._record_letters([self.target.currentData()], self.texts())
        self.status.setText(self.tr("已保存到 {path}").format(path=written))
        return written

    @Slot()
    def print_document(self) -> int:
        built = self._build_current()
        if built is None:
            return 0
        printer = self.printer_backend.choose(self)
        if printer is None:
            return 0
        try:
            pages = self.printer_backend.print_pdf(built.pdf, printer)
        except OSError as error:
            self.workspace.messenger.error(self, describe_error(error))
            return 0
        self.status.setText(self.tr("已送打印：{pages} 页").format(pages=pages))
        return pages

    @Slot()
    def export_letters(self) -> list:
        """Every town's letter into a folder, built off the GUI thread with progress."""
        session = self.session
        if session is None:
            return []
        folder = self.choose_folder(self, self.tr("选择保存反馈函的文件夹"))
        if not folder:
            return []
        texts = self.texts()
        seals = self._seals(LETTER, texts, self.tr("全部反馈函"))
        if seals is False:
            return []
        try:
            fonts = self.settings.fonts()
            diameter = self.settings.seal_diameter_mm()
        except EXPECTED_ERRORS as error:
            self.workspace.messenger.error(self, describe_error(error))
            return []
        from ...atomicfile import write_atomically
        from ...documents import build_letters, draft_path, safe_file_name

        year, result, issue = session.year, session.result, self._issue(LETTER)
        target = Path(folder)

        official = []

        def work(report):
            written = []
            for row, built in build_letters(year, result, texts, fonts=fonts, seals=seals,
                                            seal_diameter_mm=diameter, progress=report, **issue):
                name = safe_file_name(f"{year.year}年度考核结果反馈-{row.order + 1:02d}-{row.name}.pdf")
                written.append(write_atomically(draft_path(target / name, built.draft), built.pdf))
                if not built.draft:
                    official.append(row.code)
            return written

        written, error = run_in_background(self, self.tr("正在生成 {count} 份反馈函 …").format(count=len(year.towns)),
                                           work)
        if error is not None:
            self.workspace.messenger.error(self, describe_error(error))
            return []
        self._record_letters(official, texts)
        self.workspace.messenger.info(self, self.tr("已生成 {count} 份反馈函，保存在 {folder}").format(
            count=len(written), folder=folder))
        return written
