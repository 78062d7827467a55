"""Semantic checks of a year, each problem naming the record and what is wrong.

Paths follow the whole-year file (``scores[12]``, ``indicators[6].parts[1]``)
so a message points at the same place in the file, the database and the GUI.
"""
from __future__ import annotations

import dataclasses
import functools
from decimal import Decimal

from .messages import QT_TRANSLATE_NOOP
from .messages import Problem
from .model import ROUND_COMBINATIONS, ROUNDS_MEAN, ROUNDS_SUM, ZERO, AssessmentYear
from .numbers import decimal_places, to_text


def _duplicates(path: str, codes, label: str) -> list[Problem]:
    seen: dict[str, int] = {}
    problems = []
    for index, code in enumerate(codes):
        if code in seen:
            problems.append(Problem(
                f"{path}[{index}]",
                QT_TRANSLATE_NOOP("Validation", "{label}编码 {code} 重复（与第 {first} 条相同），编码必须唯一"),
                {"label": label, "code": code, "first": seen[code] + 1}, kind="structure"))
        else:
            seen[code] = index
    return problems


def _duplicate_names(path: str, items, label: str) -> list[Problem]:
    """Two departments (or towns) of one name could not be told apart on a sheet or a
    notice, and one department's template file would overwrite the other's. (A repeated
    record, code and all, is already reported as a repeated code.)"""
    seen: dict[str, int] = {}
    problems = []
    for index, item in enumerate(items):
        name = item.name
        if name in seen and items[seen[name]].code != item.code:
            problems.append(Problem(f"{path}[{index}]", QT_TRANSLATE_NOOP(
                "Validation", "{label}名称“{name}”重复（与第 {first} 条相同），名称必须唯一"),
                {"label": label, "name": name, "first": seen[name] + 1}))
        else:
            seen[name] = index
    return problems


@functools.lru_cache(maxsize=65536)
def _at_most_two_places(value: Decimal) -> bool:
    """Scores repeat few values: decided once per value (equal values have equal places)."""
    return decimal_places(value) <= 2


def _two_decimals(path: str, value: Decimal, field: str) -> list[Problem]:
    # Most numbers are written with two decimals or fewer: only a longer one needs normalising.
    if value.as_tuple().exponent < -2 and decimal_places(value) > 2:
        return [Problem(path, QT_TRANSLATE_NOOP("Validation", "{field} {value} 超过两位小数"),
                        {"field": field, "value": to_text(value)})]
    return []


def _references(path: str, record, towns: set, types: set, no_town: str, no_type: str) -> list[Problem]:
    """A register record must name a town and a type of the year."""
    problems = []
    if record.town not in towns:
        problems.append(Problem(path, no_town, {"town": record.town}, kind="structure"))
    if record.type not in types:
        problems.append(Problem(path, no_type, {"type": record.type, "town": record.town}, kind="structure"))
    return problems


def validate_rules(year: AssessmentYear) -> list[Problem]:
    rules = year.rules
    problems = _duplicates("rules.grades", [g.name for g in rules.grades], "等次")
    if rules.full_score <= 0:
        problems.append(Problem("rules.full_score", QT_TRANSLATE_NOOP("Validation", "满分必须大于 0")))
    if rules.grade_mode == "proportion":
        for index, grade in enumerate(rules.grades[:-1]):
            if grade.share is None:
                problems.append(Problem(
                    f"rules.grades[{index}]",
                    QT_TRANSLATE_NOOP("Validation", "按比例评定等次时，等次“{name}”必须设定比例（share）"),
                    {"name": grade.name}))
        total = sum((g.share or ZERO for g in rules.grades[:-1]), ZERO)
        if total > 1:
            problems.append(Problem("rules.grades", QT_TRANSLATE_NOOP("Validation", "各等次比例之和为 {total}，不能超过 1"),
                                    {"total": to_text(total)}))
    else:
        previous = None
        for index, grade in enumerate(rules.grades[:-1]):
            if grade.min_score is None:
                problems.append(Problem(
                    f"rules.grades[{index}]",
                    QT_TRANSLATE_NOOP("Validation", "按分数线评定等次时，等次“{name}”必须设定最低分（min_score）"),
                    {"name": grade.name}))
            elif previous is not None and grade.min_score > previous:
                problems.append(Problem(
                    f"rules.grades[{index}]",
                    QT_TRANSLATE_NOOP("Validation", "等次“{name}”的最低分 {value} 高于上一等次的最低分，等次须从好到差排列"),
                    {"name": grade.name, "value": to_text(grade.min_score)}))
            if grade.min_score is not None:
                previous = grade.min_score
    for field, label in (("adjustment_add_cap", "调整指标加分上限"), ("adjustment_deduct_cap", "调整指标扣分上限")):
        cap = getattr(rules, field)
        if cap is not None:
            if cap < 0:
                problems.append(Problem(f"rules.{field}", QT_TRANSLATE_NOOP("Validation", "{label}不能为负数（现为 {value}）"),
                                        {"label": label, "value": to_text(cap)}))
            problems += _two_decimals(f"rules.{field}", cap, label)
    if rules.veto_grade and rules.veto_grade not in {g.name for g in rules.grades}:
        problems.append(Problem("rules.veto_grade", QT_TRANSLATE_NOOP("Validation", "否决等次“{name}”不是已设定的等次"),
                                {"name": rules.veto_grade}))
    return problems


def validate_scheme(year: AssessmentYear) -> list[Problem]:
    problems: list[Problem] = []
    problems += _duplicates("departments", [d.code for d in year.departments], "部门")
    problems += _duplicate_names("departments", year.departments, "部门")
    problems += _duplicate_names("towns", year.towns, "镇街")
    problems += _duplicates("categories", [c.code for c in year.categories], "一级指标")
    problems += _duplicates("indicators", [i.code for i in year.indicators], "二级指标")
    problems += _duplicates("towns", [t.code for t in year.towns], "镇街")
    problems += _duplicates("bonus_types", [b.code for b in year.bonus_types], "加分类型")
    problems += _duplicates("inspection_types", [k.code for k in year.inspection_types], "督查评估类型")
    problems += _duplicates("adjustment_types", [k.code for k in year.adjustment_types], "调整指标类型")
    for index, kind in enumerate(year.adjustment_types):
        path = f"adjustment_types[{index}]"
        problems += _two_decimals(path, kind.points, "每次分值")
        if kind.cap is not None:
            if kind.cap < 0:
                problems.append(Problem(path, QT_TRANSLATE_NOOP(
                    "Validation", "调整指标类型“{name}”的累计上限不能为负数（现为 {value}）"),
                    {"name": kind.name, "value": to_text(kind.cap)}))
            problems += _two_decimals(path, kind.cap, "累计上限")
    part_paths = [(f"indicators[{i}].parts[{j}]", part.code)
                  for i, indicator in enumerate(year.indicators) for j, part in enumerate(indicator.parts)]
    seen_parts: dict[str, str] = {}
    for path, code in part_paths:
        if code in seen_parts:
            problems.append(Problem(path, QT_TRANSLATE_NOOP("Validation", "打分部分编码 {code} 重复（已用于 {first}），编码必须唯一"),
                                    {"code": code, "first": seen_parts[code]}, kind="structure"))
        else:
            seen_parts[code] = path

    departments = {d.code for d in year.departments}
    categories = {c.code for c in year.categories}
    towns = {t.code for t in year.towns}
    category_sums = dict.fromkeys(categories, ZERO)
    total = ZERO
    for i, indicator in enumerate(year.indicators):
        path = f"indicators[{i}]"
        if indicator.category not in categories:
            problems.append(Problem(path, QT_TRANSLATE_NOOP("Validation", "二级指标 {code} 所属的一级指标 {category} 不存在"),
                                    {"code": indicator.code, "category": indicator.category}, kind="structure"))
        for town in indicator.applies_to or ():
            if town not in towns:
                problems.append(Problem(f"{path}.applies_to",
                                        QT_TRANSLATE_NOOP("Validation", "二级指标 {code} 的适用镇街 {town} 不存在"),
                                        {"code": indicator.code, "town": town}, kind="structure"))
        for j, part in enumerate(indicator.parts):
            part_path = f"{path}.parts[{j}]"
            if part.department not in departments:
                problems.append(Problem(part_path, QT_TRANSLATE_NOOP("Validation", "打分部分 {code} 的责任部门 {department} 不存在"),
                                        {"code": part.code, "department": part.department}, kind="structure"))
            if indicator.veto and part.points != 0:
                problems.append(Problem(part_path,
                                        QT_TRANSLATE_NOOP("Validation", "否决指标 {code} 的打分部分分值应为 0，现为 {points}"),
                                        {"code": indicator.code, "points": to_text(part.points)}))
            problems += _two_decimals(part_path, part.points, "分值")
        total += indicator.points
        if indicator.category in category_sums:
            category_sums[indicator.category] += indicator.points
    for index, category in enumerate(year.categories):
        parts_sum = category_sums.get(category.code, ZERO)
        if parts_sum != category.points:
            problems.append(Problem(
                f"categories[{index}]",
                QT_TRANSLATE_NOOP("Validation", "一级指标“{name}”分值为 {points}，但其下各打分部分合计 {sum}"),
                {"name": category.name, "points": to_text(category.points), "sum": to_text(parts_sum)}))
    if total != year.rules.full_score:
        problems.append(Problem("indicators", QT_TRANSLATE_NOOP("Validation", "全部打分部分合计 {total} 分，与满分 {full} 不符"),
                                {"total": to_text(total), "full": to_text(year.rules.full_score)}))
    return (problems + _class_problems(year) + _limit_problems(year) + _consequence_problems(year)
            + _rollup_part_problems(year) + _round_problems(year))


def _round_problems(year: AssessmentYear) -> list[Problem]:
    """The year's rounds are named once each; an indicator scored in rounds says how they combine,
    weighs its round points, and has one part per round, each naming one of the year's rounds; a part
    of any other indicator names no round."""
    problems: list[Problem] = []
    first_of: dict[str, int] = {}
    for index, name in enumerate(year.rounds):
        if not name.strip():
            problems.append(Problem(f"rounds[{index}]", QT_TRANSLATE_NOOP("Validation", "第 {number} 个考核轮次没有名称"),
                                    {"number": index + 1}))
        elif name in first_of:
            problems.append(Problem(f"rounds[{index}]", QT_TRANSLATE_NOOP(
                "Validation", "考核轮次“{name}”重复（与第 {first} 个相同），轮次名称必须唯一"),
                {"name": name, "first": first_of[name] + 1}, kind="structure"))
        else:
            first_of[name] = index
    known = set(year.rounds)
    for i, indicator in enumerate(year.indicators):
        path = f"indicators[{i}]"
        params = {"code": indicator.code}
        if indicator.rounds is None:
            for j, part in enumerate(indicator.parts):
                if part.round is not None:
                    problems.append(Problem(f"{path}.parts[{j}]", QT_TRANSLATE_NOOP(
                        "Validation", "二级指标 {code} 不分轮次考核，其打分部分 {part} 不能注明轮次“{round}”"),
                        {**params, "part": part.code, "round": part.round}))
            continue
        if indicator.rounds not in ROUND_COMBINATIONS:
            problems.append(Problem(f"{path}.rounds", QT_TRANSLATE_NOOP(
                "Validation", "二级指标 {code} 的轮次合成方式“{value}”无效，应为 mean（取平均）或 sum（累加）"),
                {**params, "value": indicator.rounds}))
        if indicator.round_points is None or indicator.round_points <= 0:
            problems.append(Problem(f"{path}.round_points", QT_TRANSLATE_NOOP(
                "Validation", "分轮次考核的二级指标 {code} 须设定全年分值（大于 0）"), params))
        else:
            problems += _two_decimals(f"{path}.round_points", indicator.round_points, "全年分值")
        if indicator.veto:
            problems.append(Problem(f"{path}.rounds", QT_TRANSLATE_NOOP(
                "Validation", "否决指标 {code} 不能分轮次考核"), params))
        if not indicator.parts:
            problems.append(Problem(f"{path}.parts", QT_TRANSLATE_NOOP(
                "Validation", "分轮次考核的二级指标 {code} 没有任何轮次的打分部分"), params))
        if indicator.round_points is not None and indicator.round_points > 0 and indicator.parts:
            rounds_sum = sum((p.points for p in indicator.parts), ZERO)
            if indicator.rounds == ROUNDS_MEAN and any(part.points != indicator.round_points for part in indicator.parts):
                problems.append(Problem(f"{path}.parts", QT_TRANSLATE_NOOP(
                    "Validation", "二级指标 {code} 各轮取平均，每轮分值应等于全年分值 {points}"),
                    {**params, "points": to_text(indicator.round_points)}))
            elif indicator.rounds == ROUNDS_SUM and rounds_sum < indicator.round_points:
                problems.append(Problem(f"{path}.parts", QT_TRANSLATE_NOOP(
                    "Validation", "二级指标 {code} 各轮累加，各轮分值合计 {sum} 低于全年分值 {points}，满分无法达到"),
                    {**params, "sum": to_text(rounds_sum), "points": to_text(indicator.round_points)}))
        scored_rounds = {part.round for part in indicator.parts}
        for name in year.rounds:
            if name not in scored_rounds:
                problems.append(Problem(f"{path}.parts", QT_TRANSLATE_NOOP(
                    "Validation", "二级指标 {code} 分轮次考核，但没有轮次“{round}”的打分部分"),
                    {**params, "round": name}, kind="structure"))
        seen: dict[str, str] = {}
        for j, part in enumerate(indicator.parts):
            part_path = f"{path}.parts[{j}]"
            if part.round is None or part.round not in known:
                problems.append(Problem(part_path, QT_TRANSLATE_NOOP(
                    "Validation", "二级指标 {code} 的打分部分 {part} 注明的轮次“{round}”不是本年度设定的考核轮次"),
                    {**params, "part": part.code, "round": part.round or ""}, kind="structure"))
            elif part.round in seen:
                problems.append(Problem(part_path, QT_TRANSLATE_NOOP(
                    "Validation", "二级指标 {code} 的轮次“{round}”已由打分部分 {first} 打分，每轮只能有一个打分部分"),
                    {**params, "round": part.round, "first": seen[part.round]}, kind="structure"))
            else:
                seen[part.round] = part.code
    return problems


def _rollup_part_problems(year: AssessmentYear) -> list[Problem]:
    """A roll-up part is a scored part of the year, named once, with weights not below zero."""
    problems = _duplicates("rollup_parts", [rule.part for rule in year.rollup_parts], "下级结果汇总部分")
    scored = {part.code for indicator, part in year.parts() if not indicator.veto}
    in_rounds = {part.code for indicator, part in year.parts() if indicator.rounds is not None}
    for index, rule in enumerate(year.rollup_parts):
        path = f"rollup_parts[{index}]"
        if rule.part not in scored:
            problems.append(Problem(path, QT_TRANSLATE_NOOP(
                "Validation", "下级结果汇总的打分部分 {part} 不存在（或是否决指标）"), {"part": rule.part}, kind="structure"))
        elif rule.part in in_rounds:
            problems.append(Problem(path, QT_TRANSLATE_NOOP(
                "Validation", "打分部分 {part} 是分轮次考核的一轮，不能由下级结果汇总"), {"part": rule.part}, kind="structure"))
        for class_name, weight in rule.weights:
            if weight < 0:
                problems.append(Problem(path, QT_TRANSLATE_NOOP(
                    "Validation", "打分部分 {part} 汇总时“{name}”的权重不能为负数（现为 {value}）"),
                    {"part": rule.part, "name": class_name, "value": to_text(weight)}))
    return problems


def _rollup_problems(year: AssessmentYear, towns: set) -> list[Problem]:
    """Lower results: of a town and a roll-up part of the year, once per pair, with units whose
    full score is positive; a roll-up part takes no entered score."""
    rules = {rule.part for rule in year.rollup_parts}
    problems = []
    seen: dict[tuple[str, str], int] = {}
    for index, rollup in enumerate(year.rollups):
        path = f"rollups[{index}]"
        params = {"town": rollup.town, "part": rollup.part, "source": rollup.source}
        if rollup.town not in towns:
            problems.append(Problem(path, QT_TRANSLATE_NOOP("Validation", "下级结果（{source}）的镇街 {town} 不存在"),
                                    params, kind="structure"))
        if rollup.part not in rules:
            problems.append(Problem(path, QT_TRANSLATE_NOOP(
                "Validation", "打分部分 {part} 不是下级结果汇总部分（镇街 {town}，{source}）"), params, kind="structure"))
        first = seen.setdefault((rollup.town, rollup.part), index)
        if first != index:
            problems.append(Problem(path, QT_TRANSLATE_NOOP(
                "Validation", "镇街 {town} 的打分部分 {part} 已有下级结果（第 {first} 条）"), {**params, "first": first + 1},
                kind="structure"))
        if not rollup.units:
            problems.append(Problem(path, QT_TRANSLATE_NOOP("Validation", "下级结果（{source}）没有任何单位"), params))
        for unit in rollup.units:
            if unit.full <= 0:
                problems.append(Problem(path, QT_TRANSLATE_NOOP(
                    "Validation", "下级结果（{source}）中“{name}”的满分必须大于 0"), {**params, "name": unit.name}))
    for index, score in enumerate(year.scores):
        if score.part in rules:
            problems.append(Problem(f"scores[{index}]", QT_TRANSLATE_NOOP(
                "Validation", "打分部分 {part} 的得分由下级考核结果汇总，不能直接录入（镇街 {town}）"),
                {"part": score.part, "town": score.town}))
    return problems


def _consequence_problems(year: AssessmentYear) -> list[Problem]:
    """A consequence names an action and exactly one of a grade or a limit of the year."""
    problems = []
    grades = {grade.name for grade in year.rules.grades}
    limits = {limit.code for limit in year.grade_limits}
    for index, consequence in enumerate(year.consequences):
        path = f"consequences[{index}]"
        if not consequence.action.strip():
            problems.append(Problem(path, QT_TRANSLATE_NOOP("Validation", "结果运用第 {number} 条没有写明措施"),
                                    {"number": index + 1}))
        if (consequence.grade is None) == (consequence.limit is None):
            problems.append(Problem(path, QT_TRANSLATE_NOOP(
                "Validation", "结果运用“{action}”须指明一个等次或一项等次限制"), {"action": consequence.action}))
        elif consequence.grade is not None and consequence.grade not in grades:
            problems.append(Problem(path, QT_TRANSLATE_NOOP(
                "Validation", "结果运用“{action}”的等次“{grade}”不是已设定的等次"),
                {"action": consequence.action, "grade": consequence.grade}))
        elif consequence.limit is not None and consequence.limit not in limits:
            problems.append(Problem(path, QT_TRANSLATE_NOOP(
                "Validation", "结果运用“{action}”的等次限制 {limit} 不存在"),
                {"action": consequence.action, "limit": consequence.limit}))
    return problems


def _limit_problems(year: AssessmentYear) -> list[Problem]:
    """A grade limit names a grade of the year and, if any, an adjustment type of the year."""
    problems = _duplicates("grade_limits", [limit.code for limit in year.grade_limits], "等次限制")
    grades = {grade.name for grade in year.rules.grades}
    kinds = {kind.code for kind in year.adjustment_types}
    for index, limit in enumerate(year.grade_limits):
        path = f"grade_limits[{index}]"
        if limit.grade not in grades:
            problems.append(Problem(path, QT_TRANSLATE_NOOP(
                "Validation", "等次限制“{name}”的最高等次“{grade}”不是已设定的等次"),
                {"name": limit.name, "grade": limit.grade}))
        if limit.adjustment_type is not None and limit.adjustment_type not in kinds:
            problems.append(Problem(path, QT_TRANSLATE_NOOP(
                "Validation", "等次限制“{name}”所依据的调整指标类型 {type} 不存在"),
                {"name": limit.name, "type": limit.adjustment_type}))
    return problems


def _class_problems(year: AssessmentYear) -> list[Problem]:
    """Classified assessment: with classes defined every town is in one of them; a year
    ranked by class defines at least one."""
    problems = _duplicates("town_classes", [c.code for c in year.town_classes], "镇街类别")
    problems += _duplicate_names("town_classes", year.town_classes, "镇街类别")
    classes = {c.code for c in year.town_classes}
    if year.rules.rank_by_class and not classes:
        problems.append(Problem("rules.rank_by_class", QT_TRANSLATE_NOOP(
            "Validation", "已设定按类别分别排名评等，但没有设定镇街类别")))
    for index, town in enumerate(year.towns):
        if town.class_code is None:
            if classes:
                problems.append(Problem(f"towns[{index}].class", QT_TRANSLATE_NOOP(
                    "Validation", "镇街“{name}”没有归入任何类别（本年度按类别考核，每个镇街须属于一个类别）"),
                    {"name": town.name}))
        elif town.class_code not in classes:
            problems.append(Problem(f"towns[{index}].class", QT_TRANSLATE_NOOP(
                "Validation", "镇街“{name}”的类别 {code} 不是本年度设定的类别"),
                {"name": town.name, "code": town.class_code}))
    return problems


def validate_entries(year: AssessmentYear) -> list[Problem]:
    problems: list[Problem] = []
    towns = {t.code for t in year.towns}
    parts = {part.code: (indicator, part) for indicator, part in year.parts()}
    seen: dict[tuple[str, str], int] = {}
    for index, score in enumerate(year.scores):
        path = f"scores[{index}]"
        params = {"town": score.town, "part": score.part}
        if score.town not in towns:
            problems.append(Problem(path, QT_TRANSLATE_NOOP("Validation", "镇街 {town} 不存在（打分部分 {part}）"), params, kind="structure"))
        found = parts.get(score.part)
        if found is None:
            problems.append(Problem(path, QT_TRANSLATE_NOOP("Validation", "打分部分 {part} 不存在（镇街 {town}）"), params, kind="structure"))
        key = (score.town, score.part)
        if key in seen:
            problems.append(Problem(path, QT_TRANSLATE_NOOP("Validation", "镇街 {town} 的打分部分 {part} 重复打分（与第 {first} 条相同）"),
                                    {**params, "first": seen[key] + 1}, kind="structure"))
        else:
            seen[key] = index
        if found is not None:
            problems += score_problems(path, score, *found, town_known=score.town in towns)
        else:
            problems += _two_decimals(path, score.score, f"镇街 {score.town} 打分部分 {score.part} 的得分")

    bonus_types = {b.code for b in year.bonus_types}
    for index, bonus in enumerate(year.bonuses):
        path = f"bonuses[{index}]"
        problems += _references(path, bonus, towns, bonus_types,
                                QT_TRANSLATE_NOOP("Validation", "加分记录的镇街 {town} 不存在"),
                                QT_TRANSLATE_NOOP("Validation", "加分记录的加分类型 {type} 不存在（镇街 {town}）"))
        if bonus.count < 1:
            problems.append(Problem(path, QT_TRANSLATE_NOOP("Validation", "加分次数必须至少为 1（镇街 {town}）"), {"town": bonus.town}))
    inspection_types = {k.code for k in year.inspection_types}
    rounds: dict[tuple, int] = {}
    for index, record in enumerate(year.inspections):
        path = f"inspections[{index}]"
        if record.round is not None:
            earlier = rounds.setdefault((record.town, record.type, record.round), index)
            if earlier != index:  # the same round twice would count its award or deduction twice
                problems.append(Problem(path, QT_TRANSLATE_NOOP(
                    "Validation", "镇街 {town} 的{type}第 {round} 轮已登记过（第 {first} 条），同一轮不能重复登记"),
                    {"town": record.town, "type": record.type, "round": record.round, "first": earlier + 1}))
        problems += _references(path, record, towns, inspection_types,
                                QT_TRANSLATE_NOOP("Validation", "督查评估记录的镇街 {town} 不存在"),
                                QT_TRANSLATE_NOOP("Validation", "督查评估类型 {type} 不存在（镇街 {town}）"))
        if record.deducted < 0:
            problems.append(Problem(path, QT_TRANSLATE_NOOP("Validation", "被扣分值不能为负数（镇街 {town}）"), {"town": record.town}))
        problems += _two_decimals(path, record.deducted, "被扣分值")
    adjustment_types = {k.code for k in year.adjustment_types}
    for index, record in enumerate(year.adjustments):
        path = f"adjustments[{index}]"
        problems += _references(path, record, towns, adjustment_types,
                                QT_TRANSLATE_NOOP("Validation", "调整指标记录的镇街 {town} 不存在"),
                                QT_TRANSLATE_NOOP("Validation", "调整指标类型 {type} 不存在（镇街 {town}）"))
        if record.count < 1:
            problems.append(Problem(path, QT_TRANSLATE_NOOP("Validation", "调整次数必须至少为 1（镇街 {town}）"),
                                    {"town": record.town}))
    limits = {limit.code for limit in year.grade_limits}
    for index, flag in enumerate(year.limit_flags):
        path = f"limit_flags[{index}]"
        if flag.town not in towns:
            problems.append(Problem(path, QT_TRANSLATE_NOOP("Validation", "等次限制认定的镇街 {town} 不存在"),
                                    {"town": flag.town}, kind="structure"))
        if flag.limit not in limits:
            problems.append(Problem(path, QT_TRANSLATE_NOOP("Validation", "等次限制 {limit} 不存在（镇街 {town}）"),
                                    {"limit": flag.limit, "town": flag.town}, kind="structure"))
        if not flag.reason.strip():
            problems.append(Problem(path, QT_TRANSLATE_NOOP("Validation", "等次限制认定须写明理由（镇街 {town}）"),
                                    {"town": flag.town}))
    problems += _rollup_problems(year, towns)
    veto_indicators = {i.code for i in year.indicators if i.veto}
    indicator_codes = {i.code for i in year.indicators}
    for index, veto in enumerate(year.vetoes):
        path = f"vetoes[{index}]"
        if veto.town not in towns:
            problems.append(Problem(path, QT_TRANSLATE_NOOP("Validation", "一票否决记录的镇街 {town} 不存在"), {"town": veto.town}, kind="structure"))
        if veto.indicator is not None:
            if veto.indicator not in indicator_codes:
                problems.append(Problem(path, QT_TRANSLATE_NOOP("Validation", "一票否决记录引用的指标 {indicator} 不存在（镇街 {town}）"),
                                        {"indicator": veto.indicator, "town": veto.town}, kind="structure"))
            elif veto.indicator not in veto_indicators:
                problems.append(Problem(path, QT_TRANSLATE_NOOP("Validation", "指标 {indicator} 不是否决指标（镇街 {town}）"),
                                        {"indicator": veto.indicator, "town": veto.town}))
    return problems


def in_names(problem: Problem, year: AssessmentYear) -> Problem:
    """The problem with its town and register type named as the office knows them rather
    than by code (for messages to people; files keep the codes)."""
    names = {
        "town": {t.code: t.name for t in year.towns},
        "type": {k.code: k.name for k in (*year.bonus_types, *year.inspection_types, *year.adjustment_types)},
    }
    params = {key: names[key].get(value, value) if key in names else value for key, value in problem.params.items()}
    return dataclasses.replace(problem, params=params)


def validate(year: AssessmentYear) -> list[Problem]:
    """Every problem of the year; an empty list means it can be stored and computed."""
    return validate_rules(year) + validate_scheme(year) + validate_entries(year)


def structural_problems(year: AssessmentYear) -> list[Problem]:
    """Problems that make a year impossible to store (codes clash, references dangle)."""
    return [problem for problem in validate(year) if problem.kind == "structure"]


def score_problems(path: str, score, indicator, part, *, town_known: bool = True) -> list[Problem]:
    """Checks of one entered score against its part: used for files and for live entry alike."""
    value = score.score
    if (not score.deductions and not indicator.veto and ZERO <= value <= part.points
            and _at_most_two_places(value) and (not town_known or indicator.applies(score.town))):
        return []  # the usual score, decided without building any message (a year's state checks 30 000)
    problems: list[Problem] = []
    params = {"town": score.town, "part": score.part}
    problems += _two_decimals(path, score.score, f"镇街 {score.town} 打分部分 {score.part} 的得分")
    if indicator.veto:
        problems.append(Problem(path, QT_TRANSLATE_NOOP("Validation", "打分部分 {part} 属于否决指标，不打分；触发否决请登记一票否决（镇街 {town}）"), params))
        return problems
    if town_known and not indicator.applies(score.town):
        problems.append(Problem(path, QT_TRANSLATE_NOOP("Validation", "二级指标 {indicator} 不适用于镇街 {town}，不能为其打分（打分部分 {part}）"),
                                {**params, "indicator": indicator.code}))
    if score.score < 0 or score.score > part.points:
        problems.append(Problem(path, QT_TRANSLATE_NOOP("Validation", "镇街 {town} 打分部分 {part} 的得分 {score} 超出范围 0～{points}"),
                                {**params, "score": to_text(score.score), "points": to_text(part.points)}))
    if score.deductions:
        deducted = ZERO
        for k, deduction in enumerate(score.deductions):
            deducted += deduction.points
            problems += _two_decimals(f"{path}.deductions[{k}]", deduction.points, "扣分")
            if deduction.points < 0:
                problems.append(Problem(f"{path}.deductions[{k}]", QT_TRANSLATE_NOOP("Validation", "扣分 {points} 不能为负数"),
                                        {"points": to_text(deduction.points)}))
        expected = max(ZERO, part.points - deducted)
        if expected != score.score:
            problems.append(Problem(
                path,
                QT_TRANSLATE_NOOP("Validation", "镇街 {town} 打分部分 {part}：分值 {points} 减去扣分合计 {deducted} 应得 {expected}，但填报得分为 {score}"),
                {**params, "points": to_text(part.points), "deducted": to_text(deducted),
                 "expected": to_text(expected), "score": to_text(score.score)}))
    return problems
