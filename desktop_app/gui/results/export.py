"""文件 → 导出上报表格: the results workbook for the city, written off the GUI thread."""
from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QCoreApplication

from ..common.background import run_in_background
from ..common.errors import EXPECTED_ERRORS, describe_error, translate_core


def suggested_name(year: int) -> str:
    return QCoreApplication.translate("ResultsExport", "{year}年度考核结果上报表.xlsx").format(year=year)


def export_results(parent, workspace, path: Optional[str] = None) -> bool:
    """Ask where (unless ``path`` is given) and write the upward workbook of the open year."""
    session = workspace.session
    messenger = workspace.messenger
    if session is None:
        return False
    result = session.result  # the dashboard's numbers, computed once on this thread
    state = session.state()
    if not state.official:
        question = QCoreApplication.translate(
            "ResultsExport", "结果还是草稿（尚有 {count} 项条件未满足），表格会注明“草稿，不作正式上报”。仍要导出吗？").format(
                count=len(state.failing))
        if not messenger.confirm(parent, question, QCoreApplication.translate("ResultsExport", "导出上报表格")):
            return False
    if path is None:
        path = messenger.save_file(parent, QCoreApplication.translate("ResultsExport", "导出上报表格"),
                                   suggested_name(session.number),
                                   QCoreApplication.translate("ResultsExport", "Excel 工作簿 (*.xlsx)"))
        if not path:
            return False
    if not path.lower().endswith(".xlsx"):
        path += ".xlsx"
    # openpyxl loads on first use: the window starts without it
    from ...excel.submission import write_submission_workbook

    from ...services.attachments import Attachments

    year = session.year
    evidence = Attachments(session.store, session.number).names_by_owner()
    _, error = run_in_background(
        parent, QCoreApplication.translate("ResultsExport", "正在生成上报表格 …"),
        lambda report: write_submission_workbook(year, result, path, translate=translate_core, state=state,
                                                 evidence=evidence))
    if error is not None:
        if isinstance(error, EXPECTED_ERRORS):
            text = describe_error(error)
        else:
            text = QCoreApplication.translate("ResultsExport", "无法生成上报表格：{reason}").format(
                reason=str(error) or type(error).__name__)
        messenger.error(parent, text)
        return False
    messenger.info(parent, QCoreApplication.translate(
        "ResultsExport", "已导出 {year} 年度上报表格（汇总表、明细、加分、督查评估、一票否决）：\n{path}").format(
            year=session.number, path=path))
    return True
