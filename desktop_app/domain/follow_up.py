"""What follows a year's results and travels with it in the year file: the rectification ledger,
the appeals and the evidence files (佐证材料) attached to them and to scores.

Checked here against the year, as the year file's own entries are: every town, part and owner
named must exist, and every file must have the size and SHA-256 the file says it has."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Optional

from .appeals import CHANGED, PENDING, Appeal
from .ledger import LedgerEntry, entry_problems
from .messages import QT_TRANSLATE_NOOP, Problem
from .model import AssessmentYear


# What an evidence file may be: the kinds an office opens, at most 20 MB, a plain file name.
MAX_FILE_BYTES = 20 * 1024 * 1024
FILE_KINDS = (".pdf", ".ofd", ".jpg", ".jpeg", ".png", ".gif", ".bmp", ".tif", ".tiff", ".doc", ".docx", ".wps",
              ".xls", ".xlsx", ".et", ".ppt", ".pptx", ".dps", ".txt", ".zip")


def file_name_problem(name: str, size: int, where: str = "") -> Optional[Problem]:
    """Why a file cannot be evidence (its name, kind or size), or None."""
    plain = name.strip() == name and name not in ("", ".", "..") and not any(c in name for c in '/\\:*?"<>|\0')
    if not plain:
        return Problem(where, QT_TRANSLATE_NOOP("Attachments", "“{name}”不是有效的文件名"), {"name": name},
                       context="Attachments")
    if "." + name.rsplit(".", 1)[-1].lower() not in FILE_KINDS or "." not in name:
        return Problem(where, QT_TRANSLATE_NOOP(
            "Attachments", "“{name}”不是可作佐证材料的文件类型。可添加 PDF、图片（JPG、PNG 等）、Word、Excel、"
                           "PowerPoint、WPS、OFD、文本或 ZIP 文件。"), {"name": name}, context="Attachments")
    if size > MAX_FILE_BYTES:
        return Problem(where, QT_TRANSLATE_NOOP(
            "Attachments", "“{name}”有 {size} MB，超过每个佐证文件 {limit} MB 的上限。请压缩或拆分后再添加。"),
            {"name": name, "size": f"{size / 1024 / 1024:.1f}", "limit": MAX_FILE_BYTES // 1024 // 1024},
            context="Attachments")
    return None


@dataclass(frozen=True)
class EvidenceFile:
    owner: str      # "ledger:ID", "appeal:ID" (ids as in this follow-up), "score:TOWN/PART", "bonus:#N", "veto:#N"
                    # (the record's place in the year's register)
    name: str
    data: bytes = field(repr=False)
    sha256: str = ""
    added_by: str = ""
    added_at: Optional[str] = None


@dataclass(frozen=True)
class FollowUp:
    rectifications: tuple[LedgerEntry, ...] = ()
    appeals: tuple[Appeal, ...] = ()
    files: tuple[EvidenceFile, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.rectifications or self.appeals or self.files)


def follow_up_problems(year: AssessmentYear, follow_up: FollowUp) -> list[Problem]:
    """Every fault of ``follow_up`` against ``year``, placed like the year file's own problems.

    What follows the results outlives a change of the scheme (a town or part removed, a year
    replaced by another file): a problem, appeal or file of a town or part the year no longer has
    is kept as it is, so a year file the program wrote always reads back. What is refused is what
    does not hold together in itself, or a file no office should open."""
    problems: list[Problem] = []
    for index, entry in enumerate(follow_up.rectifications):
        problems += entry_problems(entry, [entry.town],
                                   where=lambda name, index=index: f"follow_up.rectifications[{index}].{name}")
    ids = [entry.id for entry in follow_up.rectifications]
    appeal_ids = [appeal.id for appeal in follow_up.appeals]
    for kind, found in (("rectifications", ids), ("appeals", appeal_ids)):
        repeated = sorted({i for i in found if found.count(i) > 1})
        for value in repeated:
            problems.append(Problem(f"follow_up.{kind}", QT_TRANSLATE_NOOP("Validation", "编号 {id} 重复"), {"id": value}))
    points = {part.code: part.points for _, part in year.parts()}
    for index, appeal in enumerate(follow_up.appeals):
        where = f"follow_up.appeals[{index}]"
        if not appeal.reason.strip():
            problems.append(Problem(where, QT_TRANSLATE_NOOP("Validation", "申诉理由不能为空")))
        decided = (appeal.decided_on, appeal.decided_by, appeal.score_after)
        if appeal.decision == PENDING and any(value is not None for value in decided):
            problems.append(Problem(where, QT_TRANSLATE_NOOP("Validation", "待复核的申诉不能有复核日期、复核人或复核后得分")))
        if appeal.decision == CHANGED and (appeal.score_after is None or appeal.score_after < 0
                                           or appeal.score_after > points.get(appeal.part, appeal.score_after)):
            problems.append(Problem(where, QT_TRANSLATE_NOOP("Validation", "改分的申诉须有 0 到该项分值之间的复核后得分")))
    for index, item in enumerate(follow_up.files):
        where = f"follow_up.attachments[{index}]"
        kind, _, key = item.owner.partition(":")
        known = ((kind == "ledger" and key.isdigit() and int(key) in ids)
                 or (kind == "appeal" and key.isdigit() and int(key) in appeal_ids)
                 or (kind == "score" and all(key.partition("/")))
                 or (kind in ("bonus", "veto") and key.startswith("#") and key[1:].isdigit()))
        if not known:
            problems.append(Problem(where, QT_TRANSLATE_NOOP("Validation", "佐证文件“{name}”所属的“{owner}”不存在"),
                                    {"name": item.name, "owner": item.owner}))
        refused = file_name_problem(item.name, len(item.data), where)
        if refused is not None:
            problems.append(refused)
        if hashlib.sha256(item.data).hexdigest() != item.sha256:
            problems.append(Problem(where, QT_TRANSLATE_NOOP(
                "Validation", "佐证文件“{name}”的内容与其 SHA-256 不符，文件可能已损坏或被改动"), {"name": item.name}))
    return problems
