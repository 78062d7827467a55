"""What the command line's subcommands share: the database they name, the one usage
refusal, and how any refusal is printed."""
from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path
from typing import Optional

from .domain.messages import MessageError
from .excel.problems import SheetError
from .services import Accounts, open_store
from .storage import Store, YearExistsError

# A script's password for ``--user``, instead of the prompt.
PASSWORD_VARIABLE = "DESK_PASSWORD"


def database_path(args) -> Optional[Path]:
    """The database named by ``--db`` (before or after the subcommand), or None for the default one."""
    return Path(args.db) if getattr(args, "db", None) else None


def open_database(args, *, create: bool = False) -> Store:
    """The database the command names, signed in as ``--user`` when one is given: a change to
    a database with accounts is refused without it; reading needs no sign-in."""
    store = open_store(database_path(args), create=create)
    user = getattr(args, "user", None)
    if user:
        try:
            Accounts(store).sign_in(user, _password_of(user))
        except BaseException:
            store.close()
            raise
    return store


def _password_of(user: str) -> str:
    password = os.environ.get(PASSWORD_VARIABLE)
    if password is not None:
        return password
    if not sys.stdin.isatty():
        raise UsageError(f"账户 {user} 需要密码：请在终端中输入，或用环境变量 {PASSWORD_VARIABLE} 提供")
    return getpass.getpass(f"账户 {user} 的密码：")


class UsageError(MessageError):
    """The command was not given what it needs (a missing or contradictory option)."""

    context = "CommandLine"

    def __init__(self, text: str):
        super().__init__("{text}", text=text)


def describe_refusal(error: MessageError) -> str:
    """The text printed for a refusal: every problem, and what happened to the data."""
    if isinstance(error, SheetError):
        return error.describe() + f"\n共 {len(error.problems)} 处问题，未导入任何数据。"
    if isinstance(error, YearExistsError):
        return f"错误：{error.describe()}如需覆盖，请加 --replace 参数。"
    if error.source:  # a file: one line per problem, each naming the file
        return error.describe()
    return f"错误：{error.describe()}"
