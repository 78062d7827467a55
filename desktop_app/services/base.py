"""The base of every use case that writes."""
from __future__ import annotations

import contextlib
from typing import Optional

from ..domain.messages import QT_TRANSLATE_NOOP, MessageError
from ..storage import Store


# What each change in the audit trail was, as the services name it.
AUDIT_ACTIONS = {
    "import_year": QT_TRANSLATE_NOOP("Audit", "导入年度"),
    "create_year": QT_TRANSLATE_NOOP("Audit", "新建年度"),
    "set_score": QT_TRANSLATE_NOOP("Audit", "录入得分"),
    "clear_score": QT_TRANSLATE_NOOP("Audit", "清除得分"),
    "set_scores": QT_TRANSLATE_NOOP("Audit", "成批录入得分"),
    "clear_scores": QT_TRANSLATE_NOOP("Audit", "成批清除得分"),
    "undo_scores": QT_TRANSLATE_NOOP("Audit", "撤销或重做打分"),
    "set_bonuses": QT_TRANSLATE_NOOP("Audit", "加分登记"),
    "set_inspections": QT_TRANSLATE_NOOP("Audit", "市级评估结果登记"),
    "set_vetoes": QT_TRANSLATE_NOOP("Audit", "一票否决登记"),
    "set_issuer": QT_TRANSLATE_NOOP("Audit", "通报设置"),
    "edit_scheme": QT_TRANSLATE_NOOP("Audit", "修改方案或镇街"),
    "undo_scheme": QT_TRANSLATE_NOOP("Audit", "撤销或重做方案修改"),
    "submit_department": QT_TRANSLATE_NOOP("Audit", "提交打分表"),
    "reopen_department": QT_TRANSLATE_NOOP("Audit", "退回打分表"),
    "waive_department": QT_TRANSLATE_NOOP("Audit", "未经提交计为已提交"),
    "finalise": QT_TRANSLATE_NOOP("Audit", "审定"),
    "reopen_year": QT_TRANSLATE_NOOP("Audit", "重新打开年度"),
    "set_fonts": QT_TRANSLATE_NOOP("Audit", "设置字体"),
    "set_seal": QT_TRANSLATE_NOOP("Audit", "设置电子印章"),
    "clear_seal": QT_TRANSLATE_NOOP("Audit", "删除电子印章"),
    "set_seal_size": QT_TRANSLATE_NOOP("Audit", "设置印章大小"),
    "use_seal": QT_TRANSLATE_NOOP("Audit", "使用电子印章"),
    "set_backup_folder": QT_TRANSLATE_NOOP("Audit", "设置备份文件夹"),
    "restore_backup": QT_TRANSLATE_NOOP("Audit", "从备份恢复"),
    "external": QT_TRANSLATE_NOOP("Audit", "其他程序的修改"),
}


class FinalisedError(MessageError):
    """A change to a finalised (审定) year: refused on every path until it is reopened."""

    context = "Entry"


class Service:
    def __init__(self, store: Store):
        self.store = store

    @contextlib.contextmanager
    def _write(self, year: Optional[int] = None, *, action: str, reason: Optional[str] = None):
        """One transaction for one change, named ``action`` (a key of ``AUDIT_ACTIONS``) in the
        audit trail with its ``reason``; the one place for the acting operator's permission
        check too, for every service alike. A change to ``year`` is refused while that year
        is finalised."""
        with self.store.transaction():
            self.store.describe_change(action, reason)
            if year is not None:
                self._refuse_if_finalised(year)
            yield

    def _refuse_if_finalised(self, year: int) -> None:
        if self.store.has_year(year) and self.store.finalisation(year) is not None:
            raise FinalisedError(QT_TRANSLATE_NOOP(
                "Entry", "{year} 年度已审定，数据只读；如需修改，请先“重新打开”该年度并说明理由"), year=year)
