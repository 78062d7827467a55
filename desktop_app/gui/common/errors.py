"""How the window tells the user why something was refused: every refusal of the core
is a ``MessageError``, translated here; a file the system would not read or write is an
``OSError``."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...domain.messages import MessageError


def translate_core(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def describe_error(error: Exception) -> str:
    """A user-facing message for any expected failure, translated."""
    if isinstance(error, MessageError):
        return error.describe(translate_core, limit=30)
    if isinstance(error, OSError):
        return QCoreApplication.translate("Workspace", "无法读写文件 {name}：{reason}").format(
            name=error.filename or "", reason=error.strerror or str(error))
    return str(error)


EXPECTED_ERRORS = (MessageError, OSError)
