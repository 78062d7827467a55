"""The base of every use case that writes."""
from __future__ import annotations

import contextlib
from typing import Iterable, Optional

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
    "set_adjustments": QT_TRANSLATE_NOOP("Audit", "调整指标登记"),
    "set_limit_flags": QT_TRANSLATE_NOOP("Audit", "等次限制认定"),
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
    "create_administrator": QT_TRANSLATE_NOOP("Audit", "首次设置管理员"),
    "add_account": QT_TRANSLATE_NOOP("Audit", "新建账户"),
    "edit_account": QT_TRANSLATE_NOOP("Audit", "修改账户"),
    "reset_password": QT_TRANSLATE_NOOP("Audit", "重设密码"),
    "change_password": QT_TRANSLATE_NOOP("Audit", "修改本人密码"),
    "sign_in_failed": QT_TRANSLATE_NOOP("Audit", "登录失败"),
    "sign_in": QT_TRANSLATE_NOOP("Audit", "登录"),
    "set_signing_key": QT_TRANSLATE_NOOP("Audit", "生成打分表签名密钥"),
    "ledger_generate": QT_TRANSLATE_NOOP("Audit", "由失分生成整改问题"),
    "ledger_add": QT_TRANSLATE_NOOP("Audit", "新增整改问题"),
    "ledger_edit": QT_TRANSLATE_NOOP("Audit", "修改整改问题"),
    "ledger_close": QT_TRANSLATE_NOOP("Audit", "整改问题销号"),
    "ledger_remove": QT_TRANSLATE_NOOP("Audit", "删除整改问题"),
    "ledger_letter": QT_TRANSLATE_NOOP("Audit", "反馈函送达整改问题"),
    "ledger_import": QT_TRANSLATE_NOOP("Audit", "导入整改台账"),
    "add_attachment": QT_TRANSLATE_NOOP("Audit", "添加佐证材料"),
    "remove_attachment": QT_TRANSLATE_NOOP("Audit", "删除佐证材料"),
    "file_appeal": QT_TRANSLATE_NOOP("Audit", "登记申诉"),
    "decide_appeal": QT_TRANSLATE_NOOP("Audit", "申诉复核"),
    "withdraw_appeal": QT_TRANSLATE_NOOP("Audit", "撤回申诉"),
}

ROLE_ADMIN, ROLE_DEPARTMENT = "admin", "department"
# What an operator bound to a department may do, and only for the departments it names
# (its own); everything else needs an administrator.
DEPARTMENT_ACTIONS = frozenset({"set_score", "clear_score", "set_scores", "clear_scores", "undo_scores",
                                "submit_department", "change_password", "add_attachment", "remove_attachment"})
# Changes any signed-in account may make to itself, whatever it is bound to.
OWN_ACCOUNT_ACTIONS = frozenset({"change_password"})


class FinalisedError(MessageError):
    """A change to a finalised (审定) year: refused on every path until it is reopened."""

    context = "Entry"


class PermissionDeniedError(MessageError):
    """The signed-in account may not make this change (checked here, not only by the window)."""

    context = "Accounts"


def still_as_signed_in(account: Optional[dict], operator) -> bool:
    """The stored ``account`` is still the one ``operator`` signed in as: there, not disabled,
    with the same role and department."""
    return (account is not None and not account["disabled"]
            and (account["role"], account["department"]) == (operator.role, operator.department))


class Service:
    def __init__(self, store: Store):
        self.store = store

    @contextlib.contextmanager
    def _write(self, year: Optional[int] = None, *, action: str, reason: Optional[str] = None,
               departments: Iterable[str] = ()):
        """One transaction for one change, named ``action`` (a key of ``AUDIT_ACTIONS``) in the
        audit trail with its ``reason``; the one place for the acting operator's permission
        check too, for every service alike (``departments``: whose data the change touches).
        A change to ``year`` is refused while that year is finalised."""
        with self.store.transaction():
            self.refuse_unless_permitted(action, departments)
            self.store.describe_change(action, reason)
            if year is not None:
                self._refuse_if_finalised(year)
            yield

    def refuse_unless_permitted(self, action: str, departments: Iterable[str] = ()) -> None:
        """Whether the signed-in account may make this change. ``_write`` asks inside the write
        lock, so an account disabled or rebound meanwhile is refused at once; a use case whose
        other checks come first (finalise) asks before them too, so the refusal is the true one."""
        operator = self.store.signed_in
        if operator is None:
            if self.store.has_accounts():
                raise PermissionDeniedError(QT_TRANSLATE_NOOP(
                    "Accounts", "此数据库已设置账户，请先登录再修改数据（命令行请加 --user 账户名）"))
            return  # no accounts yet: one user, named by the operating system's account
        account = self.store.account(operator.name)
        if not still_as_signed_in(account, operator):
            raise PermissionDeniedError(QT_TRANSLATE_NOOP("Accounts", "账户 {name} 已被停用或修改，请重新登录"),
                                        name=operator.name)
        if account["must_change"] and action not in OWN_ACCOUNT_ACTIONS:
            raise PermissionDeniedError(QT_TRANSLATE_NOOP("Accounts", "账户 {name} 须先修改管理员设定的初始密码，才能修改数据"),
                                        name=operator.name)
        if operator.role == ROLE_ADMIN:
            return
        departments = set(departments)
        if action in DEPARTMENT_ACTIONS and (action in OWN_ACCOUNT_ACTIONS
                                             or (departments and departments <= {operator.department})):
            return
        raise PermissionDeniedError(QT_TRANSLATE_NOOP(
            "Accounts", "部门账户 {name} 只能录入和提交本部门（{department}）的打分，不能“{action}”"),
            name=operator.name, department=operator.department, action=AUDIT_ACTIONS.get(action, action))

    def _refuse_if_finalised(self, year: int) -> None:
        if self.store.has_year(year) and self.store.finalisation(year) is not None:
            raise FinalisedError(QT_TRANSLATE_NOOP(
                "Entry", "{year} 年度已审定，数据只读；如需修改，请先“重新打开”该年度并说明理由"), year=year)
