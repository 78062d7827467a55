"""文件 → 导出上报表格: the results workbook for the city, written off the GUI thread."""
from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QCoreApplication

from ..excel.submission import write_submission_workbook
from .background import run_in_background
from .workspace import EXPECTED_ERRORS, describe_error, translate_core

CONTEXT = "ResultsExport"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def suggested_name(year: int) -> str:
    return _tr("{year}年度考核结果上报表.xlsx").format(year=year)


def export_results(parent, workspace, path: Optional[str] = None) -> bool:
    """Ask where (unless ``path`` is given) and write the upward workbook of the open year."""
    session = workspace.session
    messenger = workspace.messenger
    if session is None:
        return False
    result = session.result  # the dashboard's numbers, computed once on this thread
    missing = sum(len(row.missing_parts) for row in result.rows)
    if missing and not messenger.confirm(parent, _tr(
            "尚有 {count} 项未打分，结果是临时的；表格会注明“临时结果”。仍要导出吗？").format(count=missing),
            _tr("导出上报表格")):
        return False
    if path is None:
        path = messenger.save_file(parent, _tr("导出上报表格"), suggested_name(session.number),
                                   _tr("Excel 工作簿 (*.xlsx)"))
        if not path:
            return False
    if not path.lower().endswith(".xlsx"):
        path += ".xlsx"
    year = session.year
    _, error = run_in_background(parent, _tr("正在生成上报表格 …"),
                                 lambda report: write_submission_workbook(year, result, path, translate=translate_core))
    if error is not None:
        messenger.error(parent, describe_error(error) if isinstance(error, EXPECTED_ERRORS) else
                        _tr("无法生成上报表格：{reason}").format(reason=str(error) or type(error).__name__))
        return False
    messenger.info(parent, _tr("已导出 {year} 年度上报表格（汇总表、明细、加分、督查评估、一票否决）：\n{path}").format(
        year=session.number, path=path))
    return True
