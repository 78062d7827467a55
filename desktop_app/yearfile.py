"""The whole-year file ``assessment-year/1``: read, check and write.

Reading is strict and never raises anything but ``YearFileError``: a file that
is not UTF-8, not JSON, off the schema or inconsistent gets one ``Problem`` per
fault, each naming where it is.
"""
from __future__ import annotations

import base64
import json
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Optional

from .atomicfile import write_atomically
from .domain.appeals import APPEAL_COLUMNS, Appeal
from .domain.follow_up import EvidenceFile, FollowUp, follow_up_problems
from .domain.ledger import STORED_FIELDS as LEDGER_COLUMNS, LedgerEntry
from .domain.messages import QT_TRANSLATE_NOOP, MessageError, Problem
from .domain.model import (
    FORMAT_ID, Adjustment, AdjustmentType, AssessmentYear, Bonus, Consequence, GradeLimit, LimitFlag, RollUp, RollUpPart,
    SubUnit, BonusType, Category, Deduction, Department, Grade,
    Indicator, Inspection, InspectionType, Part, Rules, Score, Town, TownClass, Veto, ZERO,
)
from .domain.numbers import parse_decimal
from .domain.validation import validate
from .jsontext import dumps_json
from .resources import year_schema_path


class YearFileError(MessageError):
    """A year file that cannot be used; ``problems`` says every reason."""

    def __init__(self, source: str, problems: list[Problem]):
        super().__init__(problems=problems, source=source)


# --- reading -----------------------------------------------------------------

@lru_cache(maxsize=1)
def _schema_validator():
    from jsonschema import Draft202012Validator, FormatChecker

    schema = json.loads(year_schema_path().read_text(encoding="utf-8"))
    return Draft202012Validator(schema, format_checker=FormatChecker())


def _json_path(parts: Iterable) -> str:
    text = ""
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


_SCHEMA_MESSAGES = {
    "required": QT_TRANSLATE_NOOP("Validation", "缺少必填字段 {detail}"),
    "type": QT_TRANSLATE_NOOP("Validation", "类型错误：应为 {detail}"),
    "enum": QT_TRANSLATE_NOOP("Validation", "取值无效，可选值为 {detail}"),
    "const": QT_TRANSLATE_NOOP("Validation", "取值必须为 {detail}"),
    "minimum": QT_TRANSLATE_NOOP("Validation", "数值不能小于 {detail}"),
    "maximum": QT_TRANSLATE_NOOP("Validation", "数值不能大于 {detail}"),
    "exclusiveMinimum": QT_TRANSLATE_NOOP("Validation", "数值必须大于 {detail}"),
    "minItems": QT_TRANSLATE_NOOP("Validation", "至少需要 {detail} 项"),
    "minLength": QT_TRANSLATE_NOOP("Validation", "不能为空"),
    "additionalProperties": QT_TRANSLATE_NOOP("Validation", "含有格式不允许的字段 {detail}"),
    "format": QT_TRANSLATE_NOOP("Validation", "格式错误：应为 {detail}（日期写作 2024-06-28）"),
    "oneOf": QT_TRANSLATE_NOOP("Validation", "取值应为 \"all\" 或镇街编码列表"),
}
_TYPE_NAMES = {"string": "文本", "number": "数字", "integer": "整数", "array": "列表", "object": "对象", "boolean": "true/false"}


def _schema_problem(error) -> Problem:
    path = _json_path(error.absolute_path)
    kind = error.validator
    template = _SCHEMA_MESSAGES.get(kind)
    if template is None:
        return Problem(path, QT_TRANSLATE_NOOP("Validation", "不符合文件格式：{detail}"), {"detail": error.message})
    if kind == "required":
        missing = [name for name in error.validator_value if name not in (error.instance or {})]
        detail = "、".join(missing)
    elif kind == "type":
        expected = error.validator_value if isinstance(error.validator_value, list) else [error.validator_value]
        detail = "或".join(_TYPE_NAMES.get(t, t) for t in expected)
    elif kind == "additionalProperties":
        allowed = set(error.schema.get("properties", {}))
        detail = "、".join(sorted(k for k in error.instance if k not in allowed))
    elif kind == "enum":
        detail = "、".join(str(v) for v in error.validator_value)
    else:
        detail = str(error.validator_value)
    return Problem(path, template, {"detail": detail})


def _opt_decimal(value) -> Optional[Decimal]:
    return None if value is None else parse_decimal(value)


def _opt_text(value) -> Optional[str]:
    return value if value not in (None, "") else None


def year_from_dict(data: dict) -> AssessmentYear:
    """Build the model from a schema-valid dict (numbers may be int or Decimal)."""
    rules = data["rules"]
    applies = lambda value: None if value in (None, "all") else tuple(value)  # noqa: E731
    return AssessmentYear(
        year=int(data["year"]),
        title=data["title"],
        issuer=data.get("issuer"),
        veto_conditions=tuple(data.get("veto_conditions", ())),
        assessment_methods=tuple(data.get("assessment_methods", ())),
        rules=Rules(
            full_score=parse_decimal(rules["full_score"]),
            bonus_cap=parse_decimal(rules["bonus_cap"]),
            grade_mode=rules["grade_mode"],
            grades=tuple(Grade(g["name"], _opt_decimal(g.get("share")), _opt_decimal(g.get("min_score")))
                         for g in rules["grades"]),
            quota_rounding=rules.get("quota_rounding", "floor"),
            boundary_ties=rules.get("boundary_ties", "include"),
            veto_grade=_opt_text(rules.get("veto_grade")),
            rank_style=rules.get("rank_style", "competition"),
            require_loss_reasons=bool(rules.get("require_loss_reasons", False)),
            rank_by_class=bool(rules.get("rank_by_class", False)),
            adjustment_add_cap=_opt_decimal(rules.get("adjustment_add_cap")),
            adjustment_deduct_cap=_opt_decimal(rules.get("adjustment_deduct_cap")),
            refill_limited_places=bool(rules.get("refill_limited_places", False)),
        ),
        grade_limits=tuple(GradeLimit(g["code"], g["name"], g["grade"], g.get("adjustment_type"))
                           for g in data.get("grade_limits", ())),
        limit_flags=tuple(LimitFlag(f["town"], f["limit"], f["reason"]) for f in data.get("limit_flags", ())),
        consequences=tuple(Consequence(c["action"], c.get("grade"), c.get("limit")) for c in data.get("consequences", ())),
        rollup_parts=tuple(RollUpPart(r["part"], tuple((name, parse_decimal(weight)) for name, weight in r.get("weights", {}).items()),
                                      r.get("unit_level")) for r in data.get("rollup_parts", ())),
        rollups=tuple(RollUp(r["town"], r["part"], tuple(SubUnit(u["name"], parse_decimal(u["final"]), parse_decimal(u["full"]),
                                                                 u.get("class")) for u in r["units"]),
                             r["source"], r["fingerprint"], r["imported_on"], int(r["lower_year"]), r["lower_title"])
                      for r in data.get("rollups", ())),
        unit_level=data.get("unit_level"),
        rounds=tuple(data.get("rounds", ())),
        adjustment_types=tuple(AdjustmentType(k["code"], k["name"], parse_decimal(k["points"]), _opt_decimal(k.get("cap")))
                               for k in data.get("adjustment_types", ())),
        adjustments=tuple(Adjustment(a["town"], a["type"], int(a.get("count", 1)), a.get("evidence"), a.get("date"))
                          for a in data.get("adjustments", ())),
        town_classes=tuple(TownClass(c["code"], c["name"]) for c in data.get("town_classes", ())),
        departments=tuple(Department(d["code"], d["name"]) for d in data["departments"]),
        categories=tuple(Category(c["code"], c["name"], parse_decimal(c["points"])) for c in data["categories"]),
        indicators=tuple(
            Indicator(
                code=i["code"], category=i["category"], name=i["name"],
                parts=tuple(Part(p["code"], p["department"], parse_decimal(p["points"]), p.get("round"))
                            for p in i["parts"]),
                content=i.get("content"), method=i.get("method"), veto=bool(i.get("veto", False)),
                applies_to=applies(i.get("applies_to", "all")),
                rounds=i.get("rounds"), round_points=_opt_decimal(i.get("round_points")),
            )
            for i in data["indicators"]
        ),
        towns=tuple(Town(t["code"], t["name"], t.get("kind"), t.get("class")) for t in data["towns"]),
        scores=tuple(
            Score(s["town"], s["part"], parse_decimal(s["score"]),
                  tuple(Deduction(d["reason"], parse_decimal(d["points"])) for d in s.get("deductions", ())),
                  s.get("note"))
            for s in data.get("scores", ())
        ),
        bonus_types=tuple(BonusType(b["code"], b["name"], parse_decimal(b["points"]))
                          for b in data.get("bonus_types", ())),
        bonuses=tuple(Bonus(b["town"], b["type"], int(b.get("count", 1)), b.get("group"), b.get("evidence"), b.get("date"))
                      for b in data.get("bonuses", ())),
        inspection_types=tuple(InspectionType(k["code"], k["name"], parse_decimal(k["award"]))
                               for k in data.get("inspection_types", ())),
        inspections=tuple(Inspection(r["town"], r["type"], r.get("round"), parse_decimal(r.get("deducted", 0)), r.get("note"))
                          for r in data.get("inspections", ())),
        vetoes=tuple(Veto(v["town"], v["reason"], v.get("indicator"), v.get("evidence"), v.get("date"))
                     for v in data.get("vetoes", ())),
    )


# Bounds no real year file comes near; beyond them a file is refused before anything is computed
# (a number like 1e999999999 would otherwise take minutes and gigabytes to check).
MAX_NUMBER_LENGTH = 40
MAX_EXPONENT = 30
MAX_INTEGER_DIGITS = 18
MAX_DEPTH = 32
_TOO_DEEP = object()


class _Refused(Exception):
    def __init__(self, where: str, template: str, **params):
        super().__init__(template)
        self.problem = Problem(where, template, params)


def _shown(text: str) -> str:
    return text if len(text) <= 24 else text[:20] + "…"


def _number(text: str) -> Decimal:
    if len(text) > MAX_NUMBER_LENGTH:
        raise _Refused("", QT_TRANSLATE_NOOP("Validation", "数字 {number} 位数过多，不是合理的分值或数量"), number=_shown(text))
    try:
        value = Decimal(text)
    except InvalidOperation:  # an exponent beyond what Decimal can hold (1e99999999999999999999)
        raise _Refused("", QT_TRANSLATE_NOOP("Validation", "数字 {number} 超出合理范围"), number=_shown(text)) from None
    if value and abs(value.adjusted()) > MAX_EXPONENT or value.as_tuple().exponent < -MAX_EXPONENT:
        raise _Refused("", QT_TRANSLATE_NOOP("Validation", "数字 {number} 超出合理范围"), number=_shown(text))
    return value


def _integer(text: str) -> int:
    if len(text.lstrip("-")) > MAX_INTEGER_DIGITS:
        raise _Refused("", QT_TRANSLATE_NOOP("Validation", "整数 {number} 位数过多"), number=_shown(text))
    return int(text)


def _constant(name: str):
    raise _Refused("", QT_TRANSLATE_NOOP("Validation", "不允许 {name}：分值和数量必须是有限的数"), name=name)


def _checked_text(value: str, where: str) -> None:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise _Refused(where, QT_TRANSLATE_NOOP("Validation", "文字中有无效的字符（单独的代理码位 \\u{code:04x}），请检查文件的编码"),
                       code=ord(value[_first_surrogate(value)])) from None


def _first_surrogate(value: str) -> int:
    return next(k for k, c in enumerate(value) if 0xD800 <= ord(c) <= 0xDFFF)


def _object(pairs: list) -> dict:
    """An object without repeated keys and with valid text everywhere (keys, strings, lists of strings)."""
    result = {}
    for key, value in pairs:
        _checked_text(key, key[:20])
        if key in result:
            raise _Refused(key, QT_TRANSLATE_NOOP("Validation", "字段“{key}”在同一处出现了两次，无法确定取哪一个"), key=key)
        if isinstance(value, str):
            _checked_text(value, key)
        elif isinstance(value, list):
            for item in value:
                if isinstance(item, str):
                    _checked_text(item, key)
        result[key] = value
    return result


def _depth_within(data, limit: int) -> bool:
    pending = [(data, 1)]
    while pending:
        node, depth = pending.pop()
        if depth > limit:
            return False
        children = node.values() if isinstance(node, dict) else node if isinstance(node, list) else ()
        pending.extend((child, depth + 1) for child in children if isinstance(child, (dict, list)))
    return True


def parse_year_text(text: str, source: str = "<text>") -> AssessmentYear:
    """Parse and fully check a year file's text; raise ``YearFileError`` on any fault."""
    return parse_year_bundle(text, source)[0]


def parse_year_bundle(text: str, source: str = "<text>") -> tuple[AssessmentYear, FollowUp]:
    """A year file's year and what follows its results (ledger, appeals, evidence files), both
    fully checked; raise ``YearFileError`` on any fault."""
    try:
        data = json.loads(text, parse_float=_number, parse_int=_integer, parse_constant=_constant,
                          object_pairs_hook=_object)
    except json.JSONDecodeError as exc:
        raise YearFileError(source, [Problem(
            f"第 {exc.lineno} 行第 {exc.colno} 列",
            QT_TRANSLATE_NOOP("Validation", "不是有效的 JSON（{reason}），文件可能不完整或已损坏"),
            {"reason": exc.msg})]) from None
    except _Refused as refused:
        raise YearFileError(source, [refused.problem]) from None
    except RecursionError:
        data = _TOO_DEEP
    if data is _TOO_DEEP or not _depth_within(data, MAX_DEPTH):
        raise YearFileError(source, [Problem("", QT_TRANSLATE_NOOP(
            "Validation", "嵌套层数过多（超过 {limit} 层），不是考核年度文件"), {"limit": MAX_DEPTH})])
    if not isinstance(data, dict):
        raise YearFileError(source, [Problem("", QT_TRANSLATE_NOOP("Validation", "文件内容不是一个考核年度（应为 JSON 对象）"))])
    errors = sorted(_schema_validator().iter_errors(data), key=lambda e: [str(p) for p in e.absolute_path])
    if errors:
        problems = [_schema_problem(error) for error in errors]
        # Each missing field of an object is an error of its own, but the problem names them all: keep one.
        raise YearFileError(source, [p for k, p in enumerate(problems) if k == 0 or p != problems[k - 1]])
    year = year_from_dict(data)
    problems = [p for p in validate(year) if p.severity == "error"]
    if problems:
        raise YearFileError(source, problems)
    try:
        follow_up = follow_up_from_dict(data.get("follow_up") or {})
    except YearFileError as error:
        raise YearFileError(source, error.problems) from None
    problems = follow_up_problems(year, follow_up)
    if problems:
        raise YearFileError(source, problems)
    return year, follow_up


def _file_data(item: dict, index: int) -> bytes:
    try:
        data = base64.b64decode(item["data"], validate=True)
    except (ValueError, TypeError):
        raise YearFileError("", [Problem(f"follow_up.attachments[{index}].data", QT_TRANSLATE_NOOP(
            "Validation", "佐证文件“{name}”的内容不是有效的 base64 编码"), {"name": item["name"]})]) from None
    if len(data) != item["size"]:
        raise YearFileError("", [Problem(f"follow_up.attachments[{index}].size", QT_TRANSLATE_NOOP(
            "Validation", "佐证文件“{name}”有 {found} 字节，与记录的大小 {size} 字节不符"),
            {"name": item["name"], "found": len(data), "size": item["size"]})])
    return data


LEDGER_DEFAULTS = LedgerEntry("", "", "")
APPEAL_DEFAULTS = Appeal("", "", "", "")


def follow_up_from_dict(data: dict) -> FollowUp:
    """The follow-up part of a schema-valid year file."""
    rectifications = tuple(
        LedgerEntry(**{name: item.get(name, getattr(LEDGER_DEFAULTS, name)) for name in ("id", *LEDGER_COLUMNS)})
        for item in data.get("rectifications", ()))
    appeals = tuple(Appeal(**{name: (_opt_decimal(item.get(name)) if name in ("score_before", "score_after")
                                     else item.get(name, getattr(APPEAL_DEFAULTS, name)))
                              for name in ("id", *APPEAL_COLUMNS)})
                    for item in data.get("appeals", ()))
    files = tuple(EvidenceFile(item["owner"], item["name"], _file_data(item, index), item["sha256"],
                               item.get("added_by", ""), item.get("added_at"))
                  for index, item in enumerate(data.get("attachments", ())))
    return FollowUp(rectifications, appeals, files)


def read_year_bundle(path) -> tuple[AssessmentYear, FollowUp]:
    """``read_year_file`` with what follows the results."""
    path = Path(path)
    return parse_year_bundle(_year_text(path), str(path))


def read_year_file(path) -> AssessmentYear:
    return read_year_bundle(path)[0]


def _year_text(path: Path) -> str:
    source = str(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise YearFileError(source, [Problem("", QT_TRANSLATE_NOOP("Validation", "无法读取文件：{reason}"),
                                             {"reason": exc.strerror or str(exc)})]) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        # utf-8-sig counts from after a byte order mark; the file's own positions are that much further
        start = exc.start + len(raw) - len(exc.object)
        if exc.end == len(exc.object) and exc.reason == "unexpected end of data":
            # cut off in the middle of a character: a truncated file, reported as such below
            return raw[:start].decode("utf-8-sig")
        raise YearFileError(source, [Problem(f"字节 {start}", QT_TRANSLATE_NOOP("Validation", "文件不是 UTF-8 编码的文本，请选择导出的年度文件（.json）"))]) from None
    return text


# --- writing -----------------------------------------------------------------

def _with(item: dict, **optional) -> dict:
    """``item`` and those of ``optional`` that are set, in the order given."""
    return {**item, **{key: value for key, value in optional.items() if value is not None}}


def follow_up_to_dict(follow_up: FollowUp) -> dict:
    out = {}
    if follow_up.rectifications:
        out["rectifications"] = [{"id": e.id, **{name: getattr(e, name) for name in LEDGER_COLUMNS}}
                                 for e in follow_up.rectifications]
    if follow_up.appeals:
        out["appeals"] = [{"id": a.id, **{name: getattr(a, name) for name in APPEAL_COLUMNS}} for a in follow_up.appeals]
    if follow_up.files:
        out["attachments"] = [{"owner": f.owner, "name": f.name, "size": len(f.data), "sha256": f.sha256,
                               "added_by": f.added_by, "added_at": f.added_at,
                               "data": base64.b64encode(f.data).decode("ascii")} for f in follow_up.files]
    return out


def year_to_dict(year: AssessmentYear, follow_up: Optional[FollowUp] = None) -> dict:
    """The file form of a year (and what follows its results, when there is any); numbers stay
    ``Decimal`` so nothing is rounded."""
    rules = year.rules
    rules_out = _with({
        "full_score": rules.full_score, "bonus_cap": rules.bonus_cap, "grade_mode": rules.grade_mode,
        "quota_rounding": rules.quota_rounding, "boundary_ties": rules.boundary_ties, "rank_style": rules.rank_style,
        "grades": [_with({"name": g.name}, share=g.share, min_score=g.min_score) for g in rules.grades],
    }, veto_grade=rules.veto_grade, require_loss_reasons=True if rules.require_loss_reasons else None,
       rank_by_class=True if rules.rank_by_class else None, adjustment_add_cap=rules.adjustment_add_cap,
       adjustment_deduct_cap=rules.adjustment_deduct_cap,
       refill_limited_places=True if rules.refill_limited_places else None)
    out = _with({"format": FORMAT_ID, "year": year.year, "title": year.title}, issuer=year.issuer,
                unit_level=year.unit_level, rounds=list(year.rounds) or None)
    out["rules"] = rules_out
    out.update(_with({}, veto_conditions=list(year.veto_conditions) or None,
                     assessment_methods=list(year.assessment_methods) or None))
    out["departments"] = [{"code": d.code, "name": d.name} for d in year.departments]
    out["categories"] = [{"code": c.code, "name": c.name, "points": c.points} for c in year.categories]
    out["indicators"] = [{
        **_with({"code": i.code, "category": i.category, "name": i.name}, content=i.content, method=i.method,
                veto=True if i.veto else None, rounds=i.rounds, round_points=i.round_points),
        "applies_to": "all" if i.applies_to is None else list(i.applies_to),
        "parts": [_with({"code": p.code, "department": p.department, "points": p.points}, round=p.round)
                  for p in i.parts],
    } for i in year.indicators]
    if year.town_classes:
        out["town_classes"] = [{"code": c.code, "name": c.name} for c in year.town_classes]
    out["towns"] = [_with({"code": t.code, "name": t.name}, kind=t.kind, **{"class": t.class_code}) for t in year.towns]
    out["scores"] = [_with({"town": s.town, "part": s.part, "score": s.score},
                           deductions=[{"reason": d.reason, "points": d.points} for d in s.deductions] or None,
                           note=s.note) for s in year.scores]
    out["bonus_types"] = [{"code": b.code, "name": b.name, "points": b.points} for b in year.bonus_types]
    out["bonuses"] = [_with({"town": b.town, "type": b.type, "count": b.count}, group=b.group, evidence=b.evidence,
                            date=b.date) for b in year.bonuses]
    out["inspection_types"] = [{"code": k.code, "name": k.name, "award": k.award} for k in year.inspection_types]
    out["inspections"] = [_with({"town": r.town, "type": r.type}, round=r.round, deducted=r.deducted, note=r.note)
                          for r in year.inspections]
    out["vetoes"] = [_with({"town": v.town, "reason": v.reason}, indicator=v.indicator, evidence=v.evidence, date=v.date)
                     for v in year.vetoes]
    if year.adjustment_types or year.adjustments:
        out["adjustment_types"] = [_with({"code": k.code, "name": k.name, "points": k.points}, cap=k.cap)
                                   for k in year.adjustment_types]
        out["adjustments"] = [_with({"town": a.town, "type": a.type, "count": a.count}, evidence=a.evidence, date=a.date)
                              for a in year.adjustments]
    if year.grade_limits or year.limit_flags:
        out["grade_limits"] = [_with({"code": g.code, "name": g.name, "grade": g.grade}, adjustment_type=g.adjustment_type)
                               for g in year.grade_limits]
        out["limit_flags"] = [{"town": f.town, "limit": f.limit, "reason": f.reason} for f in year.limit_flags]
    if year.consequences:
        out["consequences"] = [_with({"action": c.action}, grade=c.grade, limit=c.limit) for c in year.consequences]
    if year.rollup_parts or year.rollups:
        out["rollup_parts"] = [_with({"part": r.part}, weights=dict(r.weights) or None, unit_level=r.unit_level)
                               for r in year.rollup_parts]
        out["rollups"] = [{"town": r.town, "part": r.part, "source": r.source, "fingerprint": r.fingerprint,
                           "imported_on": r.imported_on, "lower_year": r.lower_year, "lower_title": r.lower_title,
                           "units": [_with({"name": u.name, "final": u.final, "full": u.full}, **{"class": u.class_name})
                                     for u in r.units]} for r in year.rollups]
    if follow_up:
        out["follow_up"] = follow_up_to_dict(follow_up)
    return out


def write_year_file(year: AssessmentYear, path, follow_up: Optional[FollowUp] = None) -> None:
    """Write atomically: a crash leaves either the old file or the whole new one."""
    write_atomically(path, dumps_json(year_to_dict(year, follow_up)).encode("utf-8"))


__all__ = ["YearFileError", "parse_year_bundle", "parse_year_text", "read_year_bundle", "read_year_file",
           "year_from_dict", "year_to_dict",
           "dumps_json", "write_year_file", "ZERO"]
