"""What every document build shares: the result type, draft rules, file names and writing."""
from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Optional

from reportlab.platypus.doctemplate import LayoutError

from ..domain.messages import QT_TRANSLATE_NOOP
from ..domain.scoring import YearResult
from .fonts import DocumentError, FontSet
from .layout import DocumentGeometry, GongwenDoc

DRAFT_SUFFIX = "draft"


@dataclass
class BuiltDocument:
    pdf: bytes
    draft: bool
    geometry: DocumentGeometry
    title: str

    @property
    def page_count(self) -> int:
        return len(self.geometry.pages)


def is_draft(result: YearResult, requested: bool = False) -> bool:
    """Only a complete year gives an official document; anything else is a draft.
    (Approval of the year will join this test once years can be finalised.)"""
    return requested or not result.complete


def draft_path(path: Path | str, draft: bool) -> Path:
    """Drafts carry 'draft' in the file name: 通报.pdf -> 通报-draft.pdf."""
    path = Path(path)
    if not draft or DRAFT_SUFFIX in path.stem.lower():
        return path
    return path.with_name(f"{path.stem}-{DRAFT_SUFFIX}{path.suffix or '.pdf'}")


def safe_file_name(text: str) -> str:
    return "".join("_" if ch in '\\/:*?"<>|' else ch for ch in text).strip() or "document"


def render(flowables_for: Callable[[GongwenDoc], list], fonts: FontSet, *, title: str, author: str,
           draft: bool, progress: Optional[Callable[[int], None]] = None,
           fingerprint: Optional[str] = None) -> BuiltDocument:
    """Lay out and write one PDF into memory; nothing touches the disk here."""
    buffer = io.BytesIO()
    doc = GongwenDoc(buffer, fonts, title=title, author=author, draft=draft, progress=progress, fingerprint=fingerprint)
    flowables = flowables_for(doc)
    try:
        doc.build(flowables)
    except LayoutError as exc:
        raise DocumentError(QT_TRANSLATE_NOOP("Documents", "“{title}”排版失败：有内容大于一页，无法排入版心（{detail}）。"),
                            title=title, detail=str(exc).splitlines()[0][:120]) from None
    return BuiltDocument(buffer.getvalue(), draft, doc.geometry, title)
