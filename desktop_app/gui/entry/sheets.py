"""The 部门打分 tab's Excel actions: blank templates out, returned sheets back in.

Reading and checking a returned workbook runs off the GUI thread on plain
values (the year and the submitted departments, taken here first); the preview
dialog then shows what would change, and 应用 writes it through the session in
one transaction, recorded as one undo step of the tab.
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QPushButton, QToolButton

from ...excel.problems import SheetError
from ..common.background import run_in_background
from ..common.errors import EXPECTED_ERRORS, describe_error, translate_core

# The workbook modules (openpyxl) and the preview dialog are imported in the
# actions that use them: the window starts without them.
if TYPE_CHECKING:
    from ...excel.returned import ReturnedSheet, SheetPreview

XLSX_FILTER = "*.xlsx"


def read_returned_sheet(path, report=None) -> ReturnedSheet:
    """``excel.returned.read_returned_sheet``, loaded on first use (tests wrap this name)."""
    from ...excel.returned import read_returned_sheet as read

    return read(path, report)


def _with_suffix(path: str) -> str:
    return path if path.lower().endswith(".xlsx") else path + ".xlsx"


class EntrySheets(QObject):
    """Owns the Excel buttons of an ``EntryTab`` and what they do."""

    def __init__(self, tab):
        super().__init__(tab)
        self.tab = tab
        self.import_action = QAction(self.tr("导入回收的打分表…"), self)
        self.import_action.setToolTip(self.tr("导入部门填好交回的 Excel 打分表：先检查并预览变化，确认后一次写入"))
        self.import_action.triggered.connect(self.import_sheet)
        self.export_action = QAction(self.tr("导出本部门空白打分表…"), self)
        self.export_action.triggered.connect(self.export_template)
        self.export_all_action = QAction(self.tr("导出全部部门空白打分表…"), self)
        self.export_all_action.triggered.connect(self.export_all_templates)

        self.import_button = QPushButton(self.import_action.text())
        self.import_button.setToolTip(self.import_action.toolTip())
        self.import_button.clicked.connect(self.import_action.trigger)
        self.export_button = QToolButton()
        self.export_button.setText(self.tr("导出空白打分表 ▾"))
        # The style's own arrow is drawn over the text; the ▾ in the text says there is a menu.
        self.export_button.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0px; }")
        self.export_button.setToolTip(self.tr("导出 Excel 空白打分表，发给不能来现场的部门填写"))
        self.export_button.setPopupMode(QToolButton.InstantPopup)
        self.export_button.setToolButtonStyle(Qt.ToolButtonTextOnly)
        menu = QMenu(self.export_button)
        menu.addAction(self.export_action)
        menu.addAction(self.export_all_action)
        self.export_button.setMenu(menu)
        tab.workspace.yearOpened.connect(self.update_actions)
        tab.workspace.changed.connect(self.update_actions)
        tab.department_combo.currentIndexChanged.connect(self.update_actions)
        self.update_actions()

    # --- state ---------------------------------------------------------------------

    @property
    def session(self):
        return self.tab.workspace.session

    @property
    def messenger(self):
        return self.tab.workspace.messenger

    def update_actions(self, *_) -> None:
        session = self.session
        department = self.tab.department() if session else None
        # the template's columns (excel.template.department_columns) without loading openpyxl
        has_parts = bool(department and session.department_parts(department))
        self.import_action.setEnabled(has_parts)
        self.import_button.setEnabled(has_parts)
        self.export_action.setEnabled(has_parts)
        self.export_all_action.setEnabled(session is not None)
        self.export_button.setEnabled(session is not None)

    # --- templates -----------------------------------------------------------------

    def export_template(self) -> bool:
        """Save the blank template of the department shown."""
        session, department = self.session, self.tab.department()
        if session is None or not department:
            return False
        from ...excel.template import template_file_name
        from ...services.sheets import export_template

        year = session.year
        path = self.messenger.save_file(self.tab, self.tr("导出空白打分表"),
                                        template_file_name(year, department, translate_core),
                                        self.tr("Excel 工作簿 ({pattern})").format(pattern=XLSX_FILTER))
        if not path:
            return False
        path = _with_suffix(path)
        try:
            export_template(session, department, path, translate=translate_core)
        except EXPECTED_ERRORS as error:
            self.messenger.error(self.tab, describe_error(error))
            return False
        self.messenger.info(self.tab, self.tr(
            "已导出{department}的空白打分表：\n{path}\n发给该部门填写；交回后点“导入回收的打分表”导入。").format(
                department=session.department_name(department), path=path))
        return True

    def export_all_templates(self) -> bool:
        """One blank template per department into a chosen folder."""
        session = self.session
        if session is None:
            return False
        folder = self.messenger.choose_folder(self.tab, self.tr("选择保存全部部门打分表的文件夹"))
        if not folder:
            return False
        from ...excel.template import department_columns, export_all_templates, template_file_name
        from ...services.sheets import signing_key

        year = session.year
        targets = [Path(folder) / template_file_name(year, d.code, translate_core)
                   for d in year.departments if department_columns(year, d.code)]
        existing = [path.name for path in targets if path.exists()]
        if existing and not self.messenger.confirm(self.tab, self.tr(
                "文件夹中已有 {count} 个同名的打分表（如 {name}）。覆盖它们吗？").format(
                    count=len(existing), name=existing[0]), self.tr("覆盖文件")):
            return False
        try:
            key = signing_key(session.store)  # read here: the worker thread must not touch the database
        except EXPECTED_ERRORS as error:
            self.messenger.error(self.tab, describe_error(error))
            return False
        written, error = run_in_background(
            self.tab, self.tr("正在导出各部门打分表 …"),
            lambda report: export_all_templates(year, folder, translate=translate_core, signing_key=key))
        if error is not None:
            self.messenger.error(self.tab, describe_error(error) if isinstance(error, EXPECTED_ERRORS) else str(error))
            return False
        self.messenger.info(self.tab, self.tr("已导出 {count} 个部门的空白打分表到：\n{folder}").format(
            count=len(written), folder=folder))
        return True

    # --- returned sheets -------------------------------------------------------------

    def import_sheet(self) -> bool:
        path = self.messenger.open_file(self.tab, self.tr("导入回收的打分表"),
                                        self.tr("Excel 工作簿 ({pattern});;所有文件 (*)").format(pattern=XLSX_FILTER))
        return self.import_sheet_file(path) if path else False

    def review(self, preview: SheetPreview, file_name: str) -> bool:
        """Show the preview; True when 应用 was chosen. (Tests replace this method.)"""
        from .sheet_import import SheetPreviewDialog

        dialog = SheetPreviewDialog(preview, file_name, self.tab)
        return dialog.exec() == QDialog.Accepted

    def import_sheet_file(self, path: str) -> bool:
        """Read, check, preview and (on 应用) apply a returned template."""
        session, department = self.session, self.tab.department()
        if session is None or not department:
            return False
        from ...excel.returned import UNCHANGED, check_returned_sheet
        from ...services.sheets import apply_sheet, preview_sheet, verification_key
        from .sheet_import import summary_text

        name = Path(path).name
        # Plain values for the worker thread: it must not touch the database.
        try:
            year, submitted, key = session.year, dict(session.submitted()), verification_key(session.store)
        except EXPECTED_ERRORS as error:
            self.messenger.error(self.tab, describe_error(error))
            return False

        def work(report):
            sheet = read_returned_sheet(path, report)
            return sheet, check_returned_sheet(sheet, year, submitted, department=department, signing_key=key,
                                               report=report)

        outcome, error = run_in_background(self.tab, self.tr("正在读取和检查 {name} …").format(name=name), work)
        if error is not None:
            self._show_error(error)
            return False
        sheet, preview = outcome
        if preview.locked:
            department_name = session.department_name(department)
            if not self.messenger.confirm(self.tab, self.tr(
                    "{department}的打分表已提交（只读）。要先把它退回修改，再导入这份打分表吗？").format(
                        department=department_name), self.tr("退回修改")):
                return False
            if not self.tab.workspace.apply(session.reopen_department, department, parent=self.tab):
                return False
            preview = preview_sheet(session, sheet, department=department)
        if preview.problems:
            self.review(preview, name)
            return False
        if not preview.scores_to_apply():
            self.messenger.info(self.tab, self.tr("{name} 与现有得分完全相同（{summary}），没有需要导入的变化。").format(
                name=name, summary=summary_text(preview)))
            return True
        if not self.review(preview, name):
            return False
        cells = [(change.town, change.part) for change in preview.changes if change.kind != UNCHANGED]
        counts: dict = {}
        QApplication.setOverrideCursor(Qt.WaitCursor)
        try:
            ok = self.tab._run(lambda: counts.update(apply_sheet(session, sheet, department=department)[1]), cells,
                               self.tr("导入打分表 {name}").format(name=name))
        except SheetError as error:  # the year changed since the check: nothing was written
            ok = False
            self._show_error(error)
        finally:
            QApplication.restoreOverrideCursor()
        if not ok:
            return False
        text = self.tr("已导入{department}打分表 {name}：新增 {new} 项，修改 {changed} 项，未变 {unchanged} 项。").format(
            department=preview.department_name, name=name, new=counts.get("new", 0), changed=counts.get("changed", 0),
            unchanged=counts.get("unchanged", 0))
        self.tab.cell_label.setStyleSheet("")
        self.tab.cell_label.setText(text + self.tr("（可一步撤销）"))
        self.messenger.info(self.tab, text)
        return True

    def _show_error(self, error: Exception) -> None:
        if isinstance(error, SheetError):
            self.messenger.error(self.tab, self.tr("未导入任何数据：\n{problems}").format(problems=describe_error(error)))
        elif isinstance(error, EXPECTED_ERRORS):
            self.messenger.error(self.tab, describe_error(error))
        else:
            self.messenger.error(self.tab, self.tr("无法读取该文件：{reason}").format(reason=str(error) or type(error).__name__))
