"""Appeals (申诉): recorded by the bureau within the window it set (``appeal_deadline`` of the
year's document texts), decided after a recheck. A change of score is made in the same
transaction as the decision, through the year's own score path (its checks, its lock on a
finalised year, its trail), so the decision and the score never disagree."""
from __future__ import annotations

import dataclasses
import datetime as _dt
from typing import Optional

from ..domain.appeals import CHANGED, UPHELD, Appeal
from ..domain.messages import QT_TRANSLATE_NOOP, MessageError
from ..domain.numbers import parse_date_text, to_text
from ..storage import Store
from .base import Service
from .session import YearSession, parse_score_text


class AppealError(MessageError):
    context = "Appeals"


class AppealRegister(Service):
    def __init__(self, store: Store, year: int, today=_dt.date.today):
        super().__init__(store)
        self.number = year
        self.today = today

    def appeals(self) -> list[Appeal]:
        return self.store.appeals(self.number)

    def appeal(self, appeal_id: int) -> Appeal:
        found = next((a for a in self.appeals() if a.id == appeal_id), None)
        if found is None:
            raise AppealError(QT_TRANSLATE_NOOP("Appeals", "第 {id} 号申诉已被撤回或删除（可能在另一窗口中），请刷新"),
                              id=appeal_id)
        return found

    def deadline(self) -> Optional[_dt.date]:
        """The last day an appeal is taken, as the bureau set it (None: not set)."""
        issuer = self.store.load_year(self.number).issuer or {}
        return parse_date_text(issuer.get("appeal_deadline")) if issuer.get("appeal_deadline") else None

    def file(self, town: str, part: str, reason: str, evidence: str = "", filed_on=None) -> Appeal:
        """Record a town's appeal against one part's score."""
        year = self.store.load_year(self.number)
        filed = parse_date_text(filed_on) if filed_on else self.today()
        if filed is None:
            raise AppealError(QT_TRANSLATE_NOOP("Appeals", "申诉日期“{value}”不是日期（如 2024-03-10）"), value=filed_on)
        if filed > self.today():
            raise AppealError(QT_TRANSLATE_NOOP("Appeals", "申诉日期 {filed} 晚于今天，请核对"), filed=filed.isoformat())
        towns = {t.code: t.name for t in year.towns}
        found = next(((i, p) for i, p in year.parts() if p.code == part), None)
        if town not in towns:
            raise AppealError(QT_TRANSLATE_NOOP("Appeals", "镇街 {town} 不在本年度的镇街中"), town=town)
        if found is None or found[0].veto or not found[0].applies(town):
            raise AppealError(QT_TRANSLATE_NOOP("Appeals", "打分部分 {part} 不是{town}的打分项目，不能申诉"),
                              part=part, town=towns[town])
        if not reason.strip():
            raise AppealError(QT_TRANSLATE_NOOP("Appeals", "请填写申诉理由"))
        deadline = self.deadline()
        if deadline is not None and filed > deadline:
            raise AppealError(QT_TRANSLATE_NOOP("Appeals", "申诉期已于 {deadline} 截止，{filed} 提出的申诉不再受理"),
                              deadline=deadline.isoformat(), filed=filed.isoformat())
        appeal = Appeal(town=town, part=part, reason=reason.strip(), evidence=evidence.strip(), filed_on=filed.isoformat())
        with self._write(self.number, action="file_appeal"):
            appeal_id = self.store.add_appeal(self.number, appeal)
        return dataclasses.replace(appeal, id=appeal_id)

    def decide(self, appeal_id: int, decision: str, note: str, new_score=None) -> Appeal:
        """The recheck's decision: ``upheld`` (the score stays) or ``changed`` to ``new_score``
        (its reason is the decision's note). Both need the recheck's note."""
        if decision not in (UPHELD, CHANGED):
            raise AppealError(QT_TRANSLATE_NOOP("Appeals", "复核结论只能是维持原分或改分"))
        if not note.strip():
            raise AppealError(QT_TRANSLATE_NOOP("Appeals", "请填写复核意见"))
        with self._write(self.number, action="decide_appeal"):
            appeal = self.appeal(appeal_id)
            if not appeal.pending:
                raise AppealError(QT_TRANSLATE_NOOP("Appeals", "第 {id} 号申诉已经复核，不能再次复核"), id=appeal_id)
            session = YearSession(self.store, self.number)
            current = session.score_of(appeal.town, appeal.part)
            before = current.score if current is not None else None
            fields = {"decision": decision, "decision_note": note.strip(), "decided_on": self.today().isoformat(),
                      "decided_by": self.store.operator, "score_before": before}
            if decision == CHANGED:
                if new_score is None or str(new_score).strip() == "":
                    raise AppealError(QT_TRANSLATE_NOOP("Appeals", "改分须填写复核后的得分"))
                after = parse_score_text(new_score)
                if before is not None and after == before:
                    raise AppealError(QT_TRANSLATE_NOOP("Appeals", "复核后的得分与原得分相同（{score}），请选“维持原分”"),
                                      score=to_text(after))
                # The department's reasons stay on record beside the decision: the letter quotes both.
                original = "；".join(f"{d.reason} {to_text(d.points)}" for d in current.deductions) if current else ""
                original = original or ((current.note or "").strip() if current else "")
                text = f"申诉复核改分：{note.strip()}" + (f"（原扣分：{original}）" if original else "")
                session.set_score_on_appeal(appeal.town, appeal.part, after, text)
                fields["score_after"] = after
            self.store.update_appeal(self.number, appeal_id, fields)
        return self.appeal(appeal_id)

    def withdraw(self, appeal_id: int) -> bool:
        """Remove an appeal not yet decided (withdrawn by the town, or recorded by mistake)."""
        with self._write(self.number, action="withdraw_appeal"):
            appeal = self.appeal(appeal_id)
            if not appeal.pending:
                raise AppealError(QT_TRANSLATE_NOOP("Appeals", "第 {id} 号申诉已经复核，不能撤回"), id=appeal_id)
            return self.store.delete_appeal(self.number, appeal_id)

