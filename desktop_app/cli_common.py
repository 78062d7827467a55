"""What the command line's subcommands share: the database they name, the one usage
refusal, and how any refusal is printed."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

from .domain.messages import MessageError
from .excel.problems import SheetError
from .storage import YearExistsError


def database_path(args) -> Optional[Path]:
    """The database named by ``--db`` (before or after the subcommand), or None for the default one."""
    return Path(args.db) if getattr(args, "db", None) else None


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
