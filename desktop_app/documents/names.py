"""Names of the documents package that load without reportlab: the font roles,
their labels and ``DocumentError``. The window needs them at start-up; the PDF
libraries load only when a document is built."""
from __future__ import annotations

from ..domain.messages import QT_TRANSLATE_NOOP, MessageError

FANG, XBS, HEI, KAI, SONG = "fang", "xbs", "hei", "kai", "song"
ROLES = (FANG, XBS, HEI, KAI, SONG)
ROLE_LABELS = {
    FANG: QT_TRANSLATE_NOOP("Documents", "仿宋（正文）"),
    XBS: QT_TRANSLATE_NOOP("Documents", "小标宋（发文机关标志、标题）"),
    HEI: QT_TRANSLATE_NOOP("Documents", "黑体（一级标题）"),
    KAI: QT_TRANSLATE_NOOP("Documents", "楷体（二级标题）"),
    SONG: QT_TRANSLATE_NOOP("Documents", "宋体（页码）"),
}
CONTEXT = "Documents"


class DocumentError(MessageError):
    """A document cannot be produced; the message says what and what to do."""

    context = CONTEXT
