"""The audit trail as people read it: who changed what, when, from which value to which, and why.

The store records every row change (triggers, ``storage/migrations.py`` 6) and chains each
entry's hash to the one before; this module filters the entries and says them in words.
"""
from __future__ import annotations

import dataclasses
import json
from typing import Optional

from ..domain.messages import QT_TRANSLATE_NOOP
from ..storage import Store
from .base import AUDIT_ACTIONS

TARGET_LABELS = {
    "years": QT_TRANSLATE_NOOP("Audit", "年度"), "grades": QT_TRANSLATE_NOOP("Audit", "等次"),
    "departments": QT_TRANSLATE_NOOP("Audit", "部门"), "categories": QT_TRANSLATE_NOOP("Audit", "指标类别"),
    "towns": QT_TRANSLATE_NOOP("Audit", "镇街"), "indicators": QT_TRANSLATE_NOOP("Audit", "指标"),
    "indicator_towns": QT_TRANSLATE_NOOP("Audit", "指标适用镇街"), "parts": QT_TRANSLATE_NOOP("Audit", "打分部分"),
    "scores": QT_TRANSLATE_NOOP("Audit", "得分"), "deductions": QT_TRANSLATE_NOOP("Audit", "扣分"),
    "bonus_types": QT_TRANSLATE_NOOP("Audit", "加分类型"), "inspection_types": QT_TRANSLATE_NOOP("Audit", "评估类型"),
    "bonuses": QT_TRANSLATE_NOOP("Audit", "加分登记"), "inspections": QT_TRANSLATE_NOOP("Audit", "市级评估登记"),
    "vetoes": QT_TRANSLATE_NOOP("Audit", "一票否决登记"), "department_submissions": QT_TRANSLATE_NOOP("Audit", "打分表提交"),
    "year_events": QT_TRANSLATE_NOOP("Audit", "审定记录"), "app_settings": QT_TRANSLATE_NOOP("Audit", "设置"),
    "seals": QT_TRANSLATE_NOOP("Audit", "电子印章"), "database": QT_TRANSLATE_NOOP("Audit", "数据库"),
    "accounts": QT_TRANSLATE_NOOP("Audit", "账户"),
    "town_classes": QT_TRANSLATE_NOOP("Audit", "镇街类别"), "adjustment_types": QT_TRANSLATE_NOOP("Audit", "调整指标类型"),
    "adjustments": QT_TRANSLATE_NOOP("Audit", "调整指标登记"), "grade_limits": QT_TRANSLATE_NOOP("Audit", "等次限制"),
    "limit_flags": QT_TRANSLATE_NOOP("Audit", "等次限制认定"),
}
CHANGE_LABELS = {"insert": QT_TRANSLATE_NOOP("Audit", "新增"), "update": QT_TRANSLATE_NOOP("Audit", "修改"),
                 "delete": QT_TRANSLATE_NOOP("Audit", "删除"), "use": QT_TRANSLATE_NOOP("Audit", "使用"),
                 "restore": QT_TRANSLATE_NOOP("Audit", "恢复")}
# Tables whose key is "town/part" (scores, and their deductions "town/part#n").
CELL_TARGETS = ("scores", "deductions")


@dataclasses.dataclass(frozen=True)
class AuditEntry:
    id: int
    at: str
    operator: str
    action: Optional[str]
    year: Optional[int]
    target: str
    key: Optional[str]
    change: str
    old: Optional[dict]
    new: Optional[dict]
    reason: Optional[str]
    rows: Optional[int]

    @property
    def town(self) -> Optional[str]:
        if self.target in CELL_TARGETS and self.key and "/" in self.key:
            return self.key.split("/", 1)[0]
        for values in (self.new, self.old):
            if isinstance(values, dict) and values.get("town"):
                return values["town"]
        return self.key if self.target == "towns" else None

    @property
    def part(self) -> Optional[str]:
        if self.target in CELL_TARGETS and self.key and "/" in self.key:
            return self.key.split("/", 1)[1].split("#", 1)[0]
        return None

    def labels(self, translate=lambda context, text: text) -> tuple:
        """(action, table, change) in words; a name this program does not know stays as it is."""
        action = translate("Audit", AUDIT_ACTIONS[self.action]) if self.action in AUDIT_ACTIONS else self.action
        return (action, translate("Audit", TARGET_LABELS.get(self.target, self.target)),
                translate("Audit", CHANGE_LABELS.get(self.change, self.change)))

    def describe(self, translate=lambda context, text: text) -> str:
        """One line: when, who, what was done, to what, from which value to which, and why."""
        action, what, change = self.labels(translate)
        text = f"{self.at.replace('T', ' ')}  {self.operator}  {action or ''}：{change}{what} {self.key or ''}".rstrip()
        if self.rows is not None:
            text += translate("Audit", "（{rows} 行）").format(rows=self.rows)
        if self.old is not None or self.new is not None:
            old, new = self.shown_values()
            text += f"  {_values(old)} → {_values(new)}"
        if self.reason:
            text += translate("Audit", "  理由：{reason}").format(reason=self.reason)
        return text

    def shown_values(self) -> tuple:
        """Old and new values as people read them: of a changed row, only the fields that changed."""
        old, new = self.old, self.new
        if isinstance(old, dict) and isinstance(new, dict):
            changed = [name for name in new if old.get(name) != new[name]] or list(new)
            return {name: old.get(name) for name in changed}, {name: new[name] for name in changed}
        return old, new

    def to_json(self) -> dict:
        return dataclasses.asdict(self)


def entry_cells(entry: AuditEntry, translate=lambda context, text: text) -> tuple:
    """The entry as a row of a table or a workbook: id, when, who, action, year, what, key,
    change, old, new, reason, rows."""
    action, what, change = entry.labels(translate)
    old, new = entry.shown_values()
    return (entry.id, entry.at.replace("T", " "), entry.operator, action, entry.year, what, entry.key, change,
            None if old is None else _values(old), None if new is None else _values(new), entry.reason, entry.rows)


FIELD_LABELS = {
    "score": "得分", "note": "备注", "reason": "事由", "points": "分值", "name": "名称", "town": "镇街",
    "type": "类型", "count": "次数", "group": "同一事项", "evidence": "依据", "date": "日期", "deducted": "扣分",
    "round": "轮次", "submitted_at": "提交时间", "waived_reason": "未经提交的理由", "title": "标题", "kind": "类别",
    "share": "比例", "min_score": "最低分", "indicator": "指标", "department": "部门", "category": "类别",
    "content": "考核内容", "method": "考核方法", "veto": "否决指标", "applies_all": "适用全部镇街", "award": "奖励分",
    "value": "值", "issuer_json": "通报设置", "full_score": "满分", "bonus_cap": "加分上限", "grade_mode": "定等方式",
    "quota_rounding": "名额取整", "boundary_ties": "并列处理", "rank_style": "排名方式", "veto_grade": "否决等次",
    "veto_conditions_json": "否决情形", "methods_json": "考核方式", "finalised_at": "审定时间",
    "finalised_fingerprint": "审定指纹", "display_name": "姓名", "role": "角色", "disabled": "停用",
    "must_change": "须改初始密码", "password_set_at": "密码设定时间", "locked_until": "锁定至",
    "require_loss_reasons": "须说明失分原因", "class": "类别", "rank_by_class": "按类别排名评等", "cap": "累计上限",
    "adjustment_add_cap": "调整指标加分上限", "adjustment_deduct_cap": "调整指标扣分上限", "grade": "最高等次",
    "adjustment_type": "依据的调整指标", "limit": "等次限制", "refill_limited_places": "腾出名额递补",
    "consequences_json": "结果运用",
}


def _values(values) -> str:
    if values is None:
        return "—"
    if isinstance(values, dict):
        return "，".join(f"{FIELD_LABELS.get(name, name)}={value}" for name, value in values.items()
                        if value is not None) or "—"
    return str(values)


def _parsed(text: Optional[str]):
    if text is None:
        return None
    try:
        return json.loads(text)
    except ValueError:  # a note (a seal's use says which document) is plain text
        return text


class AuditTrail:
    """Reads only: the trail cannot be changed (the database refuses UPDATE and DELETE on it)."""

    def __init__(self, store: Store):
        self.store = store

    def entries(self, year: Optional[int] = None, *, town: Optional[str] = None, part: Optional[str] = None,
                department: Optional[str] = None, operator: Optional[str] = None, action: Optional[str] = None,
                since: Optional[str] = None, until: Optional[str] = None,
                with_general: bool = False) -> list[AuditEntry]:
        """Entries oldest first, filtered; ``since``/``until`` are dates or times (``2023-12-01``).
        ``with_general``: with ``year``, also the changes that belong to no year (accounts, settings, seals)."""
        key = f"{town}/{part}" if town and part else None
        rows = self.store.audit_entries(None if with_general else year, key=key)
        if with_general and year is not None:
            rows = [row for row in rows if row["year"] in (year, None)]
        found = [AuditEntry(row["id"], row["at"], row["operator"], row["action"], row["year"], row["target"],
                            row["key"], row["change"], _parsed(row["old_value"]), _parsed(row["new_value"]),
                            row["reason"], row["rows"])
                 for row in rows]
        parts_of = self._department_parts(year, department) if department else None
        return [entry for entry in found
                if (town is None or entry.town == town)
                and (department is None or (entry.year, entry.part) in parts_of or entry.key == department)
                and (operator is None or entry.operator == operator)
                and (action is None or entry.action == action)
                and (since is None or entry.at >= since)
                and (until is None or entry.at[:len(until)] <= until)]

    def _department_parts(self, year: Optional[int], department: str) -> set[tuple[int, str]]:
        """(year, part) pairs the department scores: a part code may belong to another department in another year."""
        years = [year] if year is not None else [number for number, _ in self.store.list_years()]
        return {(number, part.code) for number in years if self.store.has_year(number)
                for _, part in self.store.load_year(number).parts() if part.department == department}

    def verify(self) -> list[tuple[Optional[int], str]]:
        return self.store.verify_audit()


VERIFY_LABELS = {
    "edited": QT_TRANSLATE_NOOP("Audit", "第 {id} 条记录的内容与其校验值不符：已被改动"),
    "missing before": QT_TRANSLATE_NOOP("Audit", "第 {id} 条记录之前的记录缺失或被替换：链条在此断开"),
    "unrecorded": QT_TRANSLATE_NOOP("Audit", "有其他程序所作、尚未记入审计记录的修改（下次写入时将记为“其他程序的修改”）"),
}
