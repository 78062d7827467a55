"""Edits of a year's scheme and towns as pure functions: year in, new year out.

The scheme and towns tabs build every change with these, show what it would
drop (``entries_lost``), and store it through ``YearSession.update_scheme``.
Sums that do not add up are allowed while editing; ``validate`` reports them.
Codes are assigned here and never change, so entries keep pointing at them.
"""
from __future__ import annotations

import dataclasses
import re
from decimal import ROUND_DOWN, Decimal
from typing import Iterable, Optional

from .messages import QT_TRANSLATE_NOOP, MessageError
from .model import (
    ZERO, AdjustmentType, AssessmentYear, BonusType, Consequence, GradeLimit, Category, Department, Grade, Indicator, InspectionType, Part, Rules, Town,
    ROUND_COMBINATIONS, ROUNDS_MEAN, TownClass,
)
from .validation import score_problems

CONTEXT = "SchemeEdit"


class SchemeEditError(MessageError):
    """An edit that cannot be made, with a message for the office staff."""

    context = CONTEXT


def next_code(existing: Iterable[str], prefix: str, width: int = 2) -> str:
    """The next free code of the form PREFIX + number, e.g. C6, I23, T20."""
    pattern = re.compile(rf"^{re.escape(prefix)}(\d+)$")
    numbers = [int(m.group(1)) for code in existing if (m := pattern.match(code))]
    # One past the highest number is always free: a taken PREFIX+number code counts in ``numbers``.
    number = max(numbers, default=0) + 1
    return f"{prefix}{number:0{width}d}"


def _moved(items: tuple, index: int, delta: int) -> tuple:
    target = index + delta
    if index < 0 or not 0 <= target < len(items):
        return items
    listed = list(items)
    listed[index], listed[target] = listed[target], listed[index]
    return tuple(listed)


def _index(items, code: str) -> int:
    for index, item in enumerate(items):
        if item.code == code:
            return index
    raise SchemeEditError(QT_TRANSLATE_NOOP("SchemeEdit", "编码 {code} 不存在"), code=code)


def _replace_at(items: tuple, index: int, item) -> tuple:
    return items[:index] + (item,) + items[index + 1:]


def all_part_codes(year: AssessmentYear) -> list[str]:
    return [part.code for _, part in year.parts()]


# --- categories ---------------------------------------------------------------------

def add_category(year: AssessmentYear, name: str = "新一级指标", points: Decimal = ZERO) -> tuple[AssessmentYear, str]:
    code = next_code([c.code for c in year.categories], "C", 1)
    return dataclasses.replace(year, categories=year.categories + (Category(code, name, points),)), code


def update_category(year: AssessmentYear, code: str, **changes) -> AssessmentYear:
    index = _index(year.categories, code)
    return dataclasses.replace(year, categories=_replace_at(
        year.categories, index, dataclasses.replace(year.categories[index], **changes)))


def remove_category(year: AssessmentYear, code: str) -> AssessmentYear:
    """The category and every indicator under it."""
    _index(year.categories, code)
    return dataclasses.replace(year, categories=tuple(c for c in year.categories if c.code != code),
                               indicators=tuple(i for i in year.indicators if i.category != code))


def move_category(year: AssessmentYear, code: str, delta: int) -> AssessmentYear:
    return dataclasses.replace(year, categories=_moved(year.categories, _index(year.categories, code), delta))


# --- indicators ---------------------------------------------------------------------

def add_indicator(year: AssessmentYear, category: str, name: str = "新二级指标",
                  department: Optional[str] = None) -> tuple[AssessmentYear, str]:
    """A new indicator with one part of 0 points, at the end of its category."""
    _index(year.categories, category)
    if department is None:
        if not year.departments:
            raise SchemeEditError(QT_TRANSLATE_NOOP("SchemeEdit", "还没有任何责任部门，请先添加部门"))
        department = year.departments[0].code
    code = next_code([i.code for i in year.indicators] + all_part_codes(year), "I")
    indicator = Indicator(code=code, category=category, name=name, parts=(Part(code, department, ZERO),),
                          method="量化打分")
    # After the last indicator of the same category, so the file keeps categories together.
    position = max((n + 1 for n, i in enumerate(year.indicators) if i.category == category),
                   default=len(year.indicators))
    indicators = year.indicators[:position] + (indicator,) + year.indicators[position:]
    return dataclasses.replace(year, indicators=indicators), code


def update_indicator(year: AssessmentYear, code: str, **changes) -> AssessmentYear:
    index = _index(year.indicators, code)
    indicator = dataclasses.replace(year.indicators[index], **changes)
    if indicator.category != year.indicators[index].category:
        _index(year.categories, indicator.category)
    if indicator.veto:
        # A veto indicator is triggered by a veto record, never scored (in rounds or otherwise).
        indicator = dataclasses.replace(indicator, rounds=None, round_points=None, parts=tuple(
            dataclasses.replace(p, points=ZERO, round=None) for p in indicator.parts))
    if indicator.applies_to is not None:
        order = {t.code: n for n, t in enumerate(year.towns)}
        indicator = dataclasses.replace(indicator, applies_to=tuple(sorted(set(indicator.applies_to), key=order.get)))
    return dataclasses.replace(year, indicators=_replace_at(year.indicators, index, indicator))


def remove_indicator(year: AssessmentYear, code: str) -> AssessmentYear:
    _index(year.indicators, code)
    return dataclasses.replace(year, indicators=tuple(i for i in year.indicators if i.code != code))


def move_indicator(year: AssessmentYear, code: str, delta: int) -> AssessmentYear:
    """Swap with the neighbouring indicator of the same category."""
    index = _index(year.indicators, code)
    category = year.indicators[index].category
    siblings = [n for n, i in enumerate(year.indicators) if i.category == category]
    position = siblings.index(index) + delta
    if not 0 <= position < len(siblings):
        return year
    return dataclasses.replace(year, indicators=_moved(year.indicators, index, siblings[position] - index))


def set_applies(year: AssessmentYear, code: str, town: str, applies: bool) -> AssessmentYear:
    """Tick or untick one town of an indicator that applies to some towns only."""
    indicator = year.indicators[_index(year.indicators, code)]
    current = [t.code for t in year.towns] if indicator.applies_to is None else list(indicator.applies_to)
    chosen = set(current) | {town} if applies else set(current) - {town}
    return update_indicator(year, code, applies_to=tuple(chosen))


# --- parts ----------------------------------------------------------------------------

def _part_location(year: AssessmentYear, part_code: str) -> tuple[int, int]:
    for i, indicator in enumerate(year.indicators):
        for j, part in enumerate(indicator.parts):
            if part.code == part_code:
                return i, j
    raise SchemeEditError(QT_TRANSLATE_NOOP("SchemeEdit", "打分部分 {code} 不存在"), code=part_code)


def add_part(year: AssessmentYear, indicator_code: str, department: Optional[str] = None) -> tuple[AssessmentYear, str]:
    """Another department's share of an indicator (e.g. 医疗保障: 卫健委 + 医保局)."""
    index = _index(year.indicators, indicator_code)
    indicator = year.indicators[index]
    taken = all_part_codes(year) + [i.code for i in year.indicators]
    number = len(indicator.parts) + 1
    code = f"{indicator.code}-{number}"
    while code in taken:
        number += 1
        code = f"{indicator.code}-{number}"
    department = department or (indicator.parts[-1].department if indicator.parts else year.departments[0].code)
    updated = dataclasses.replace(indicator, parts=indicator.parts + (Part(code, department, ZERO),))
    return dataclasses.replace(year, indicators=_replace_at(year.indicators, index, updated)), code


def update_part(year: AssessmentYear, part_code: str, **changes) -> AssessmentYear:
    i, j = _part_location(year, part_code)
    indicator = year.indicators[i]
    part = dataclasses.replace(indicator.parts[j], **changes)
    if indicator.veto and part.points != 0:
        raise SchemeEditError(QT_TRANSLATE_NOOP("SchemeEdit", "否决指标不计分，分值只能为 0"))
    if part.points < 0:
        raise SchemeEditError(QT_TRANSLATE_NOOP("SchemeEdit", "分值不能为负数"))
    updated = dataclasses.replace(indicator, parts=_replace_at(indicator.parts, j, part))
    return dataclasses.replace(year, indicators=_replace_at(year.indicators, i, updated))


def remove_part(year: AssessmentYear, part_code: str) -> AssessmentYear:
    i, j = _part_location(year, part_code)
    indicator = year.indicators[i]
    if len(indicator.parts) == 1:
        raise SchemeEditError(QT_TRANSLATE_NOOP("SchemeEdit", "“{name}”只有这一个打分部分；如不再需要，请删除整个二级指标"),
                              name=indicator.name)
    updated = dataclasses.replace(indicator, parts=indicator.parts[:j] + indicator.parts[j + 1:])
    return dataclasses.replace(year, indicators=_replace_at(year.indicators, i, updated))


def move_part(year: AssessmentYear, part_code: str, delta: int) -> AssessmentYear:
    i, j = _part_location(year, part_code)
    indicator = year.indicators[i]
    updated = dataclasses.replace(indicator, parts=_moved(indicator.parts, j, delta))
    return dataclasses.replace(year, indicators=_replace_at(year.indicators, i, updated))


# --- periodic rounds ------------------------------------------------------------------

def round_names(text: str) -> list[str]:
    """Round names as typed in one line: separated by 、, ； or ; (a name may hold spaces and commas)."""
    return [name.strip() for name in re.split(r"[、；;\n]+", text or "") if name.strip()]


def _round_shares(combine: str, points: Decimal, count: int) -> list[Decimal]:
    """Each round's points: the year points for a mean; for a sum, the year points shared out to
    0.01, the last round taking what is left so that full marks add up to the year points."""
    if combine == ROUNDS_MEAN:
        return [points] * count
    share = (points / count).quantize(Decimal("0.01"), rounding=ROUND_DOWN)
    return [share] * (count - 1) + [points - share * (count - 1)]


def _new_part_code(indicator: Indicator, taken: list[str]) -> str:
    number = len(indicator.parts) + 1
    while f"{indicator.code}-{number}" in taken:
        number += 1
    code = f"{indicator.code}-{number}"
    taken.append(code)
    return code


def _with_round_parts(year: AssessmentYear, indicator: Indicator, combine: str, points: Decimal,
                      taken: list[str]) -> Indicator:
    """``indicator`` scored in the year's rounds: its part for each round (matched by the round's
    name; a round without one gets one of the first part's department), points rescaled."""
    by_round = {part.round: part for part in indicator.parts}
    department = indicator.parts[0].department if indicator.parts else year.departments[0].code
    parts = []
    for name, each in zip(year.rounds, _round_shares(combine, points, len(year.rounds))):
        part = by_round.get(name)
        parts.append(Part(_new_part_code(indicator, taken), department, each, name) if part is None
                     else dataclasses.replace(part, points=each))
    return dataclasses.replace(indicator, rounds=combine, round_points=points, parts=tuple(parts))


def set_rounds(year: AssessmentYear, names: Iterable[str]) -> AssessmentYear:
    """The year's rounds, in this order; every indicator scored in rounds follows them. With as
    many names as before, a name changed in its place is the same round renamed: its parts and
    their scores go along. A round no longer listed loses its parts (the window asks first when
    that drops scores); a new round gets a part in each such indicator. An indicator scored in
    rounds cannot be left without any."""
    names = [name.strip() for name in names if name.strip()]
    repeated = next((name for n, name in enumerate(names) if name in names[:n]), None)
    if repeated is not None:
        raise SchemeEditError(QT_TRANSLATE_NOOP("SchemeEdit", "考核轮次“{name}”重复"), name=repeated)
    renamed = {}
    if len(names) == len(year.rounds):
        renamed = {old: new for old, new in zip(year.rounds, names)
                   if old != new and old not in names and new not in year.rounds}
    if not names:
        in_rounds = next((i for i in year.indicators if i.rounds is not None), None)
        if in_rounds is not None:
            raise SchemeEditError(QT_TRANSLATE_NOOP(
                "SchemeEdit", "二级指标“{name}”分轮次考核，请先将其改为不分轮次，再取消考核轮次"), name=in_rounds.name)
        return dataclasses.replace(year, rounds=())
    updated = dataclasses.replace(year, rounds=tuple(names))
    taken = all_part_codes(year) + [i.code for i in year.indicators]
    indicators = []
    for indicator in year.indicators:
        if indicator.rounds is None:
            indicators.append(indicator)
            continue
        kept = tuple(dataclasses.replace(part, round=renamed.get(part.round, part.round)) for part in indicator.parts
                     if renamed.get(part.round, part.round) in names)
        indicators.append(_with_round_parts(updated, dataclasses.replace(indicator, parts=kept or indicator.parts[:1]),
                                            indicator.rounds, indicator.points, taken))
    return dataclasses.replace(updated, indicators=tuple(indicators))


def set_indicator_rounds(year: AssessmentYear, code: str, combine: Optional[str],
                         round_points: Optional[Decimal] = None) -> AssessmentYear:
    """Score an indicator in the year's rounds (``combine`` ROUNDS_MEAN or ROUNDS_SUM, weighing
    ``round_points``, by default what it weighs now) or once again (``combine`` None). Turned to
    rounds, its one part becomes the first round (its scores stay) and each other round gets a part
    of the same department; an indicator of several parts is refused (which share is which round?).
    Already in rounds, its parts keep their rounds. Each round's points follow: the year points for
    a mean, their share for a sum. Turned back, only its first round's part remains."""
    index = _index(year.indicators, code)
    indicator = year.indicators[index]
    if combine is None:
        if indicator.rounds is None:
            return year
        first = dataclasses.replace(indicator.parts[0], round=None, points=indicator.points)
        updated = dataclasses.replace(indicator, rounds=None, round_points=None, parts=(first,))
        return dataclasses.replace(year, indicators=_replace_at(year.indicators, index, updated))
    if combine not in ROUND_COMBINATIONS:
        raise SchemeEditError(QT_TRANSLATE_NOOP("SchemeEdit", "轮次合成方式只能是取平均或累加"))
    if indicator.veto:
        raise SchemeEditError(QT_TRANSLATE_NOOP("SchemeEdit", "否决指标不计分，不能分轮次考核"))
    if not year.rounds:
        raise SchemeEditError(QT_TRANSLATE_NOOP("SchemeEdit", "本年度还没有设定考核轮次，请先在“考核规则与类型”中填写"))
    if indicator.rounds is None and len(indicator.parts) > 1:
        raise SchemeEditError(QT_TRANSLATE_NOOP(
            "SchemeEdit", "“{name}”由 {parts} 个打分部分组成；分轮次考核的指标每轮只有一个打分部分，请先删去其余打分部分"),
            name=indicator.name, parts=len(indicator.parts))
    points = indicator.points if round_points is None else round_points
    if points <= 0:
        raise SchemeEditError(QT_TRANSLATE_NOOP("SchemeEdit", "全年分值必须大于 0"))
    if indicator.rounds is None:
        indicator = dataclasses.replace(indicator, parts=(dataclasses.replace(indicator.parts[0], round=year.rounds[0]),))
    taken = all_part_codes(year) + [i.code for i in year.indicators]
    updated = _with_round_parts(year, indicator, combine, points, taken)
    return dataclasses.replace(year, indicators=_replace_at(year.indicators, index, updated))


# --- departments --------------------------------------------------------------------

def add_department(year: AssessmentYear, name: str) -> tuple[AssessmentYear, str]:
    name = name.strip()
    if not name:
        raise SchemeEditError(QT_TRANSLATE_NOOP("SchemeEdit", "部门名称不能为空"))
    for department in year.departments:
        if department.name == name:
            return year, department.code
    code = next_code([d.code for d in year.departments], "D")
    return dataclasses.replace(year, departments=year.departments + (Department(code, name),)), code


# --- towns ----------------------------------------------------------------------------

def add_town(year: AssessmentYear, name: str, kind: Optional[str] = None) -> tuple[AssessmentYear, str]:
    """A new town at the end; partial indicators do not apply to it until ticked."""
    name = name.strip()
    if not name:
        raise SchemeEditError(QT_TRANSLATE_NOOP("SchemeEdit", "镇街名称不能为空"))
    if any(t.name == name for t in year.towns):
        raise SchemeEditError(QT_TRANSLATE_NOOP("SchemeEdit", "已有名为“{name}”的镇街"), name=name)
    if kind is None:
        kind = "街道" if name.endswith("街道") else ("乡" if name.endswith("乡") else "镇")
    code = next_code([t.code for t in year.towns], "T")
    return dataclasses.replace(year, towns=year.towns + (Town(code, name, kind),)), code


def update_town(year: AssessmentYear, code: str, **changes) -> AssessmentYear:
    index = _index(year.towns, code)
    town = dataclasses.replace(year.towns[index], **changes)
    town = dataclasses.replace(town, name=town.name.strip())
    if not town.name:
        raise SchemeEditError(QT_TRANSLATE_NOOP("SchemeEdit", "镇街名称不能为空"))
    if any(t.name == town.name and t.code != code for t in year.towns):
        raise SchemeEditError(QT_TRANSLATE_NOOP("SchemeEdit", "已有名为“{name}”的镇街"), name=town.name)
    return dataclasses.replace(year, towns=_replace_at(year.towns, index, town))


def remove_town(year: AssessmentYear, code: str) -> AssessmentYear:
    _index(year.towns, code)
    indicators = tuple(
        i if i.applies_to is None else dataclasses.replace(i, applies_to=tuple(t for t in i.applies_to if t != code))
        for i in year.indicators)
    return dataclasses.replace(year, towns=tuple(t for t in year.towns if t.code != code), indicators=indicators)


def move_town(year: AssessmentYear, code: str, delta: int) -> AssessmentYear:
    return dataclasses.replace(year, towns=_moved(year.towns, _index(year.towns, code), delta))


def class_names(text: str) -> list[str]:
    """Class names as typed in one line: separated by 、，, ; or spaces."""
    return [name for name in re.split(r"[、，,;；\s]+", text or "") if name]


def set_town_classes(year: AssessmentYear, names: Iterable[str]) -> AssessmentYear:
    """The year's town classes, in this order. A class keeps its code while its name stays;
    towns of a class no longer listed are in none. A town in no class goes into a new class
    named as its kind (镇, 街道, 乡) when there is one; no classes: ranked all together."""
    names = [name.strip() for name in names if name.strip()]
    repeated = next((name for n, name in enumerate(names) if name in names[:n]), None)
    if repeated is not None:
        raise SchemeEditError(QT_TRANSLATE_NOOP("SchemeEdit", "类别“{name}”重复"), name=repeated)
    kept = {c.name: c.code for c in year.town_classes}
    codes: list[str] = []
    for name in names:
        codes.append(kept.get(name) or next_code(list(kept.values()) + codes, "K"))
    classes = tuple(TownClass(code, name) for code, name in zip(codes, names))
    new_codes = set(codes) - set(kept.values())
    by_name = {c.name: c.code for c in classes}
    towns = []
    for town in year.towns:
        class_code = town.class_code if town.class_code in codes else None
        if class_code is None and by_name.get(town.kind) in new_codes:
            class_code = by_name[town.kind]
        towns.append(town if class_code == town.class_code else dataclasses.replace(town, class_code=class_code))
    rules = year.rules if classes else dataclasses.replace(year.rules, rank_by_class=False)
    return dataclasses.replace(year, town_classes=classes, towns=tuple(towns), rules=rules)


# --- rules, grades and register types ------------------------------------------------------

def update_rules(year: AssessmentYear, **changes) -> AssessmentYear:
    """Full score, bonus cap, grading mode, quota rounding, boundary ties, rank style, veto grade."""
    rules = dataclasses.replace(year.rules, **changes)
    if rules.veto_grade is not None and not rules.veto_grade.strip():
        rules = dataclasses.replace(rules, veto_grade=None)
    return dataclasses.replace(year, rules=rules)


def set_grades(year: AssessmentYear, grades: Iterable[Grade]) -> AssessmentYear:
    """The grades best first; a veto grade that is no longer among them falls back to the last. A grade
    renamed in place (same count, same position) is renamed where the veto grade, the grade limits
    and the consequences name it."""
    grades = tuple(dataclasses.replace(g, name=g.name.strip()) for g in grades)
    if not grades:
        raise SchemeEditError(QT_TRANSLATE_NOOP("SchemeEdit", "至少要有一个等次"))
    if any(not g.name for g in grades):
        raise SchemeEditError(QT_TRANSLATE_NOOP("SchemeEdit", "等次名称不能为空"))
    rules = year.rules
    renamed = {}
    if len(grades) == len(rules.grades):
        renamed = {old.name: new.name for old, new in zip(rules.grades, grades) if old.name != new.name}
    veto_grade = renamed.get(rules.veto_grade, rules.veto_grade)
    veto_grade = veto_grade if veto_grade in {g.name for g in grades} else None
    limits = tuple(dataclasses.replace(limit, grade=renamed.get(limit.grade, limit.grade)) for limit in year.grade_limits)
    consequences = tuple(c if c.grade is None else dataclasses.replace(c, grade=renamed.get(c.grade, c.grade))
                         for c in year.consequences)
    return dataclasses.replace(year, rules=dataclasses.replace(rules, grades=grades, veto_grade=veto_grade),
                               grade_limits=limits, consequences=consequences)


def add_bonus_type(year: AssessmentYear, name: str, points: Decimal) -> tuple[AssessmentYear, str]:
    code = next_code([b.code for b in year.bonus_types], "B")
    return dataclasses.replace(year, bonus_types=year.bonus_types + (BonusType(code, _named(name), points),)), code


def _update_named(year: AssessmentYear, field: str, code: str, changes: dict) -> AssessmentYear:
    """The item ``code`` of the year's list ``field`` (types, limits) with ``changes``; its name trimmed, never blank."""
    items = getattr(year, field)
    index = _index(items, code)
    item = dataclasses.replace(items[index], **changes)
    return dataclasses.replace(year, **{field: _replace_at(items, index, dataclasses.replace(item, name=_named(item.name)))})


def _remove_coded(year: AssessmentYear, field: str, code: str) -> AssessmentYear:
    """The year without the item ``code`` of its list ``field``; what refers to it is dropped by ``fit_entries``."""
    items = getattr(year, field)
    _index(items, code)
    return dataclasses.replace(year, **{field: tuple(item for item in items if item.code != code)})


def update_bonus_type(year: AssessmentYear, code: str, **changes) -> AssessmentYear:
    return _update_named(year, "bonus_types", code, changes)


def remove_bonus_type(year: AssessmentYear, code: str) -> AssessmentYear:
    """Its records go with it (``entries_lost`` counts them, the edit asks first)."""
    return _remove_coded(year, "bonus_types", code)


def add_adjustment_type(year: AssessmentYear, name: str, points: Decimal,
                        cap: Optional[Decimal] = None) -> tuple[AssessmentYear, str]:
    code = next_code([k.code for k in year.adjustment_types], "A")
    kind = AdjustmentType(code, _named(name), points, cap)
    return dataclasses.replace(year, adjustment_types=year.adjustment_types + (kind,)), code


def update_adjustment_type(year: AssessmentYear, code: str, **changes) -> AssessmentYear:
    return _update_named(year, "adjustment_types", code, changes)


def remove_adjustment_type(year: AssessmentYear, code: str) -> AssessmentYear:
    """Its records go with it (``entries_lost`` counts them, the edit asks first)."""
    return _remove_coded(year, "adjustment_types", code)


def add_grade_limit(year: AssessmentYear, name: str, grade: Optional[str] = None) -> tuple[AssessmentYear, str]:
    """A new limit, to the second-best grade unless named (a limit to the best grade limits nothing)."""
    code = next_code([limit.code for limit in year.grade_limits], "L")
    grades = [g.name for g in year.rules.grades]
    limit = GradeLimit(code, _named(name), grade or grades[min(1, len(grades) - 1)])
    return dataclasses.replace(year, grade_limits=year.grade_limits + (limit,)), code


def update_grade_limit(year: AssessmentYear, code: str, **changes) -> AssessmentYear:
    return _update_named(year, "grade_limits", code, changes)


def remove_grade_limit(year: AssessmentYear, code: str) -> AssessmentYear:
    """The bureau's flags under it go with it (``entries_lost`` counts them, the edit asks first)."""
    return _remove_coded(year, "grade_limits", code)


def set_consequences(year: AssessmentYear, consequences: Iterable[Consequence]) -> AssessmentYear:
    """What follows from grades and limits, in the order the notice lists it."""
    return dataclasses.replace(year, consequences=tuple(consequences))


def add_inspection_type(year: AssessmentYear, name: str, award: Decimal) -> tuple[AssessmentYear, str]:
    code = next_code([k.code for k in year.inspection_types], "R")
    kinds = year.inspection_types + (InspectionType(code, _named(name), award),)
    return dataclasses.replace(year, inspection_types=kinds), code


def update_inspection_type(year: AssessmentYear, code: str, **changes) -> AssessmentYear:
    return _update_named(year, "inspection_types", code, changes)


def remove_inspection_type(year: AssessmentYear, code: str) -> AssessmentYear:
    return _remove_coded(year, "inspection_types", code)


def _named(name: str) -> str:
    name = (name or "").strip()
    if not name:
        raise SchemeEditError(QT_TRANSLATE_NOOP("SchemeEdit", "名称不能为空"))
    return name


def blank_scheme(year: int, title: str) -> AssessmentYear:
    """A year to build a county's own scheme in: one category, indicator, department and
    town to start from, the usual three grades, nothing else."""
    return AssessmentYear(
        year=year, title=title,
        rules=Rules(full_score=Decimal(100), bonus_cap=Decimal(2), grade_mode="proportion",
                    grades=(Grade("好", Decimal("0.3")), Grade("较好", Decimal("0.5")), Grade("一般"))),
        departments=(Department("D01", "牵头部门"),),
        categories=(Category("C1", "一级指标", Decimal(100)),),
        indicators=(Indicator("I01", "C1", "二级指标", (Part("I01", "D01", Decimal(100)),)),),
        towns=(Town("T01", "某镇", "镇"),),
    )


# --- the plan's wording -------------------------------------------------------------------

def plan_lines(text: str) -> tuple[str, ...]:
    """One item per line: surrounding spaces and empty lines dropped, the first of repeats kept."""
    return tuple(dict.fromkeys(line.strip() for line in text.splitlines() if line.strip()))


def set_plan_lists(year: AssessmentYear, *, veto_conditions: Optional[Iterable[str]] = None,
                   assessment_methods: Optional[Iterable[str]] = None) -> AssessmentYear:
    """The plan's veto conditions and assessment methods, offered when entering vetoes and indicators."""
    changes = {}
    if veto_conditions is not None:
        changes["veto_conditions"] = plan_lines("\n".join(veto_conditions))
    if assessment_methods is not None:
        changes["assessment_methods"] = plan_lines("\n".join(assessment_methods))
    return dataclasses.replace(year, **changes)


# --- consequences -----------------------------------------------------------------------

ENTRY_FIELDS = ("scores", "bonuses", "inspections", "vetoes", "adjustments", "limit_flags", "rollups")


def fit_entries(year: AssessmentYear) -> AssessmentYear:
    """The year without the entries its scheme no longer has room for: scores of a removed
    town or part, of a part whose indicator no longer applies to the town or became a veto
    indicator; register records of a removed town or of a removed bonus or inspection type. A veto citing a removed veto indicator
    keeps its reason and loses only the reference."""
    towns = {t.code for t in year.towns}
    parts = {p.code: i for i, p in year.parts()}
    indicators = {i.code for i in year.indicators}
    scores = tuple(s for s in year.scores if s.town in towns and s.part in parts
                   and not parts[s.part].veto and parts[s.part].applies(s.town))
    vetoes = tuple(v if v.indicator is None or v.indicator in indicators else dataclasses.replace(v, indicator=None)
                   for v in year.vetoes if v.town in towns)
    bonus_types = {b.code for b in year.bonus_types}
    inspection_types = {k.code for k in year.inspection_types}
    adjustment_types = {k.code for k in year.adjustment_types}
    return dataclasses.replace(
        year, scores=scores, vetoes=vetoes,
        bonuses=tuple(b for b in year.bonuses if b.town in towns and b.type in bonus_types),
        inspections=tuple(r for r in year.inspections if r.town in towns and r.type in inspection_types),
        adjustments=tuple(a for a in year.adjustments if a.town in towns and a.type in adjustment_types),
        limit_flags=tuple(f for f in year.limit_flags
                          if f.town in towns and f.limit in {limit.code for limit in year.grade_limits}),
        rollups=tuple(r for r in year.rollups
                      if r.town in towns and r.part in {rule.part for rule in year.rollup_parts}))


def dropped_entries(year: AssessmentYear, fitted: AssessmentYear) -> dict[str, int]:
    """How many scores and register records ``fit_entries`` took out of ``year``."""
    scores = len(year.scores) - len(fitted.scores)
    records = sum(len(getattr(year, name)) - len(getattr(fitted, name)) for name in ENTRY_FIELDS[1:])
    return {"scores": scores, "records": records}


def unfit_scores(year: AssessmentYear, part_codes: Optional[Iterable[str]] = None) -> dict[tuple[str, str], list]:
    """The kept scores (those ``fit_entries`` keeps) that break their part's rules — above the
    points, or not matching their itemised deductions — with why; only of ``part_codes`` if
    given (one department's sheet). They stay, marked, until corrected."""
    wanted = None if part_codes is None else set(part_codes)
    towns = {t.code for t in year.towns}
    parts = {p.code: (i, p) for i, p in year.parts() if not i.veto and (wanted is None or p.code in wanted)}
    unfit = {}
    for score in year.scores:
        found = parts.get(score.part)
        if found is None or score.town not in towns or not found[0].applies(score.town):
            continue
        problems = score_problems("", score, *found)
        if problems:
            unfit[score.town, score.part] = problems
    return unfit


def scores_not_fitting(year: AssessmentYear) -> set[tuple[str, str]]:
    """(town, part) of the kept scores that break their part's rules (see ``unfit_scores``)."""
    return set(unfit_scores(year))


def entries_lost(before: AssessmentYear, after: AssessmentYear) -> dict[str, int]:
    """How many scores and register records of ``before`` no longer fit ``after``'s scheme."""
    candidate = dataclasses.replace(after, **{name: getattr(before, name) for name in ENTRY_FIELDS})
    return dropped_entries(candidate, fit_entries(candidate))


def scores_made_unfit(before: AssessmentYear, after: AssessmentYear) -> int:
    """How many kept scores of ``before`` the scheme of ``after`` makes unfit (e.g. points lowered below them)."""
    candidate = dataclasses.replace(after, **{name: getattr(before, name) for name in ENTRY_FIELDS})
    return len(scores_not_fitting(candidate) - scores_not_fitting(before))
