"""Who is acting: accounts, sign-in and passwords.

Administrators (the bureau) may do everything; an operator bound to a department may
enter, undo and submit that department's scores (``base.DEPARTMENT_ACTIONS``) and change
its own password. Roles guard against mistakes and make every change attributable: they
do not encrypt the file, and anyone who can copy it can read it.

Passwords are kept only as salted scrypt hashes. After ``LOCK_AFTER`` failed sign-ins in a
row an account is locked for ``LOCK_SECONDS`` seconds, doubling with each further failure.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import secrets
from dataclasses import dataclass
from typing import Callable, Optional

from ..domain.messages import QT_TRANSLATE_NOOP, MessageError
from ..storage import Store
from ..storage.database import system_account
from .base import ROLE_ADMIN, ROLE_DEPARTMENT, PermissionDeniedError, Service, still_as_signed_in

ROLE_LABELS = {ROLE_ADMIN: QT_TRANSLATE_NOOP("Accounts", "管理员"),
               ROLE_DEPARTMENT: QT_TRANSLATE_NOOP("Accounts", "部门操作员")}
MIN_PASSWORD_LENGTH = 8
LOCK_AFTER = 5
LOCK_SECONDS = 30
LOCK_LONGEST = 15 * 60
# scrypt's cost: about 50 ms and 16 MB a check on an office PC, so guessing is slow.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2 ** 14, 8, 1

# The account the demonstration database ships with (README, 演示账户).
DEMO_ACCOUNT, DEMO_PASSWORD = "demo", "demo2023"
DEMO_SETTING = "demo_account"


class AccountError(MessageError):
    context = "Accounts"


@dataclass(frozen=True)
class Operator:
    """The signed-in account."""

    name: str
    display_name: str
    role: str
    department: Optional[str] = None
    must_change: bool = False

    @property
    def is_admin(self) -> bool:
        return self.role == ROLE_ADMIN

    def may_enter(self, department: str) -> bool:
        return self.is_admin or self.department == department


def _scrypt(password: str, salt: bytes, n: int, r: int, p: int, length: int) -> bytes:
    return hashlib.scrypt(password.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=64 * 1024 * 1024, dklen=length)


def hash_password(password: str, salt: Optional[bytes] = None) -> str:
    salt = secrets.token_bytes(16) if salt is None else salt
    digest = _scrypt(password, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P, 32)
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${salt.hex()}${digest.hex()}"


def password_matches(password: str, stored: str) -> bool:
    """Whether ``password`` gives the stored hash, with the cost the hash was made with."""
    try:
        kind, n, r, p, salt, digest = stored.split("$")
        if kind != "scrypt":
            return False
        candidate = _scrypt(password, bytes.fromhex(salt), int(n), int(r), int(p), len(digest) // 2)
    except (ValueError, MemoryError):
        return False
    return hmac.compare_digest(candidate.hex(), digest)


_UNKNOWN_ACCOUNT_HASH = "scrypt${}${}${}${}${}".format(SCRYPT_N, SCRYPT_R, SCRYPT_P, "00" * 16, "00" * 32)


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


def _operator(account: dict) -> Operator:
    return Operator(account["name"], account["display_name"], account["role"], account["department"],
                    bool(account["must_change"]))


class Accounts(Service):
    """Sign-in and the accounts of one database. ``clock`` gives the time (tests inject it)."""

    def __init__(self, store: Store, clock: Callable[[], dt.datetime] = _now):
        super().__init__(store)
        self.clock = clock

    # --- reads ---------------------------------------------------------------------

    @property
    def signed_in(self) -> Optional[Operator]:
        return self.store.signed_in

    def needs_first_administrator(self) -> bool:
        return not self.store.has_accounts()

    def list(self) -> list[Operator]:
        return [_operator(a) for a in self.store.accounts()]

    def disabled(self, name: str) -> bool:
        account = self.store.account(name)
        return bool(account and account["disabled"])

    def disabled_names(self) -> set[str]:
        return {a["name"] for a in self.store.accounts() if a["disabled"]}

    def sign_in_still_holds(self) -> bool:
        """After the file changed under the window (a restored backup): the signed-in account is
        still there as it was, or nobody is signed in and the file has no accounts."""
        operator = self.signed_in
        if operator is None:
            return not self.store.has_accounts()
        return still_as_signed_in(self.store.account(operator.name), operator)

    def demo_account(self) -> Optional[str]:
        """The documented demonstration account, if this database is the demonstration one."""
        name = self.store.get_setting(DEMO_SETTING)
        return name if isinstance(name, str) and self.store.account(name) is not None else None

    # --- signing in ------------------------------------------------------------------

    def sign_in(self, name: str, password: str) -> Operator:
        """Check the password; a wrong one counts towards the lockout. Names the account in
        every later change of this store."""
        name = (name or "").strip()
        failure = AccountError(QT_TRANSLATE_NOOP("Accounts", "账户名或密码不正确"))
        wrong_password = False
        with self.store.transaction():
            account = self.store.account(name)
            if account is None:
                password_matches(password or "", _UNKNOWN_ACCOUNT_HASH)  # as slow as a known name
                raise failure
            now = self.clock()
            locked_until = account["locked_until"]
            if locked_until and dt.datetime.fromisoformat(locked_until) > now:
                raise AccountError(QT_TRANSLATE_NOOP("Accounts", "连续输错密码次数过多，账户 {name} 已锁定至 {until}，请稍后再试"),
                                   name=name, until=locked_until.replace("T", " "))
            if not password_matches(password or "", account["password_hash"]):
                failures = account["failed_attempts"] + 1
                fields = {"failed_attempts": failures}
                if failures >= LOCK_AFTER:
                    seconds = min(LOCK_LONGEST, LOCK_SECONDS * 2 ** (failures - LOCK_AFTER))
                    fields["locked_until"] = (now + dt.timedelta(seconds=seconds)).isoformat(timespec="seconds")
                self.store.describe_change("sign_in_failed", name)
                self.store.update_account(name, **fields)
                wrong_password = True  # refused after the commit: the failed count is kept
            elif account["disabled"]:
                raise AccountError(QT_TRANSLATE_NOOP("Accounts", "账户 {name} 已停用，请联系管理员"), name=name)
            else:
                if account["failed_attempts"] or account["locked_until"]:
                    self.store.describe_change("sign_in", None)
                    self.store.update_account(name, failed_attempts=0, locked_until=None)
        if wrong_password:
            raise failure
        operator = _operator(self.store.account(name))
        self.store.signed_in, self.store.operator = operator, operator.name
        return operator

    def sign_out(self) -> None:
        self.store.signed_in, self.store.operator = None, system_account()

    def create_first_administrator(self, name: str, display_name: str, password: str) -> Operator:
        """The first run: the one administrator who then creates the other accounts."""
        self._check_new(name, password)
        with self.store.transaction():
            if self.store.has_accounts():
                raise AccountError(QT_TRANSLATE_NOOP("Accounts", "此数据库已有管理员，请登录"))
            self.store.describe_change("create_administrator")
            self._insert(name, display_name, ROLE_ADMIN, None, password, must_change=False)
        return self.sign_in(name, password)

    def create_demo_account(self) -> None:
        """The demonstration database's documented administrator (README)."""
        with self.store.transaction():
            self.store.describe_change("create_administrator", QT_TRANSLATE_NOOP("Accounts", "演示数据库"))
            self._insert(DEMO_ACCOUNT, "演示管理员", ROLE_ADMIN, None, DEMO_PASSWORD, must_change=False)
            self.store.set_setting(DEMO_SETTING, DEMO_ACCOUNT)

    # --- managing accounts (administrators) ------------------------------------------

    def add(self, name: str, display_name: str, role: str, department: Optional[str], password: str) -> Operator:
        """A new account; its holder chooses their own password at the first sign-in."""
        self._check_new(name, password)
        if role not in ROLE_LABELS:
            raise AccountError(QT_TRANSLATE_NOOP("Accounts", "未知的角色 {role}"), role=role)
        if (role == ROLE_DEPARTMENT) != bool(department):
            raise AccountError(QT_TRANSLATE_NOOP("Accounts", "部门操作员须指定一个部门；管理员不属于部门"))
        with self._write(action="add_account"):
            if self.store.account(name) is not None:
                raise AccountError(QT_TRANSLATE_NOOP("Accounts", "账户 {name} 已存在"), name=name)
            self._insert(name, display_name, role, department, password, must_change=True)
        return _operator(self.store.account(name))

    def reset_password(self, name: str, password: str) -> None:
        """An administrator sets a new password for someone who forgot theirs; it must be changed at sign-in."""
        self._check_password(password)
        with self._write(action="reset_password"):
            self._require(name)
            self.store.update_account(name, password_hash=hash_password(password),
                                      password_set_at=self.store.now_text(), must_change=1,
                                      failed_attempts=0, locked_until=None)

    def set_disabled(self, name: str, disabled: bool) -> None:
        with self._write(action="edit_account"):
            account = self._require(name)
            if disabled and account["role"] == ROLE_ADMIN and self._other_active_admins(name) == 0:
                raise AccountError(QT_TRANSLATE_NOOP("Accounts", "{name} 是唯一可用的管理员，不能停用"), name=name)
            self.store.update_account(name, disabled=int(disabled))

    def change_password(self, old: str, new: str) -> None:
        """The signed-in account's own password: the old one is asked for."""
        operator = self.signed_in
        if operator is None:
            raise PermissionDeniedError(QT_TRANSLATE_NOOP("Accounts", "请先登录"))
        self._check_password(new)
        if new == old:
            raise AccountError(QT_TRANSLATE_NOOP("Accounts", "新密码不能与原密码相同"))
        with self._write(action="change_password"):
            account = self._require(operator.name)
            if not password_matches(old or "", account["password_hash"]):
                raise AccountError(QT_TRANSLATE_NOOP("Accounts", "原密码不正确"))
            self.store.update_account(operator.name, password_hash=hash_password(new),
                                      password_set_at=self.store.now_text(), must_change=0)
        self.store.signed_in = _operator(self.store.account(operator.name))

    # --- helpers -----------------------------------------------------------------------

    def _insert(self, name, display_name, role, department, password, *, must_change: bool) -> None:
        self.store.add_account({
            "name": name, "display_name": (display_name or "").strip() or name, "role": role,
            "department": department or None, "password_hash": hash_password(password),
            "password_set_at": self.store.now_text(), "must_change": int(must_change)})

    def _require(self, name: str) -> dict:
        account = self.store.account(name)
        if account is None:
            raise AccountError(QT_TRANSLATE_NOOP("Accounts", "没有账户 {name}"), name=name)
        return account

    def _other_active_admins(self, name: str) -> int:
        return sum(1 for a in self.store.accounts()
                   if a["role"] == ROLE_ADMIN and not a["disabled"] and a["name"] != name)

    @staticmethod
    def _check_new(name: str, password: str) -> None:
        name = name or ""
        if not name.strip() or name != name.strip() or len(name) > 40 or any(ch.isspace() for ch in name):
            raise AccountError(QT_TRANSLATE_NOOP("Accounts", "账户名须为 1 至 40 个字符，不含空格"))
        Accounts._check_password(password)

    @staticmethod
    def _check_password(password: str) -> None:
        if len(password or "") < MIN_PASSWORD_LENGTH:
            raise AccountError(QT_TRANSLATE_NOOP("Accounts", "密码至少 {length} 个字符"), length=MIN_PASSWORD_LENGTH)
