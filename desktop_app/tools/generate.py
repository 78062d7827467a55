"""Generate a valid synthetic year of any size, for benchmarks and tests.

``python -m desktop_app.tools.generate --towns 500 --parts 60 -o big.json``
"""
from __future__ import annotations

import argparse
import dataclasses
import random
from decimal import Decimal
from pathlib import Path

from ..domain.model import (
    AssessmentYear, Bonus, BonusType, Category, Deduction, Department, Grade, Indicator, Inspection,
    InspectionType, Part, Rules, Score, Town, Veto,
)
from ..yearfile import write_year_file

HUNDREDTH = Decimal("0.01")


def _split(total_hundredths: int, pieces: int, rng: random.Random) -> list[int]:
    """Split a total into ``pieces`` positive integer amounts."""
    cuts = sorted(rng.sample(range(1, total_hundredths), pieces - 1))
    return [b - a for a, b in zip([0, *cuts], [*cuts, total_hundredths])]


def generate_year(towns: int = 19, parts: int = 23, *, seed: int = 1, year: int = 2030,
                  categories: int = 5, departments: int = 11, missing_share: float = 0.0,
                  veto_count: int = 1, grade_mode: str = "proportion", every_field: bool = False) -> AssessmentYear:
    """A valid year; ``every_field`` also fills each optional field (notes, several
    deductions, issuer, non-default rules ...) so round trips can lose none of them."""
    rng = random.Random(seed)
    full_score = Decimal(100)
    town_list = tuple(Town(f"T{n:04d}", f"镇街{n:04d}", rng.choice(["镇", "街道", "乡"])) for n in range(1, towns + 1))
    department_list = tuple(Department(f"D{n:02d}", f"部门{n:02d}") for n in range(1, departments + 1))
    # Whole-point amounts per part keep every category sum exact.
    part_points = _split(100, parts, rng) if parts <= 100 else None
    if part_points is None:
        raise ValueError("at most 100 parts")
    category_of_part = sorted(rng.randrange(categories) for _ in range(parts))
    indicators, category_points = [], [Decimal(0)] * categories
    part_number = 0
    indicator_number = 0
    while part_number < parts:
        indicator_number += 1
        size = min(rng.choice([1, 1, 1, 2, 3]), parts - part_number)
        # An indicator's parts stay within one category.
        category = category_of_part[part_number]
        size = max(1, sum(1 for c in category_of_part[part_number:part_number + size] if c == category))
        members = []
        for _ in range(size):
            points = Decimal(part_points[part_number])
            members.append(Part(f"P{part_number + 1:03d}", rng.choice(department_list).code, points))
            category_points[category] += points
            part_number += 1
        partial = rng.random() < 0.1
        applies = tuple(t.code for t in town_list if rng.random() < 0.6) if partial else None
        indicators.append(Indicator(f"I{indicator_number:03d}", f"C{category + 1}", f"指标{indicator_number:03d}",
                                    tuple(members), method="量化打分", applies_to=applies))
    indicators.append(Indicator(f"I{indicator_number + 1:03d}", "C1", "否决指标", (Part("PV", "D01", Decimal(0)),),
                                method="实地评估", veto=True))
    category_list = tuple(Category(f"C{n + 1}", f"类别{n + 1}", category_points[n]) for n in range(categories))
    scores = []
    for town in town_list:
        for indicator in indicators:
            if indicator.veto or not indicator.applies(town.code):
                continue
            for part in indicator.parts:
                if rng.random() < missing_share:
                    continue
                lost = Decimal(rng.randrange(0, int(part.points * 30) + 1)) * HUNDREDTH
                score = max(Decimal(0), part.points - lost)
                deductions = (Deduction("台账资料不完整", lost),) if lost and rng.random() < 0.3 and score > 0 else ()
                scores.append(Score(town.code, part.code, score, deductions))
    bonus_types = (BonusType("B1", "国家级表彰", Decimal(1)), BonusType("B2", "市级表彰", Decimal("0.5")),
                   BonusType("B3", "区级表彰", Decimal("0.2")), BonusType("B4", "媒体报道", Decimal("0.3")))
    bonuses = []
    for town in rng.sample(town_list, k=min(len(town_list), max(1, towns // 3))):
        for _ in range(rng.randint(1, 4)):
            bonuses.append(Bonus(town.code, rng.choice(bonus_types).code, rng.randint(1, 3),
                                 rng.choice([None, None, "成果A", "成果B"]), "文件", "2030-05-01"))
    inspection_types = (InspectionType("R1", "市级专项督查", Decimal("0.2")), InspectionType("R2", "区县交叉核查", Decimal("0.2")),
                        InspectionType("R3", "市级第三方评估", Decimal("0.3")))
    inspections = [Inspection(town.code, rng.choice(inspection_types).code, rng.randint(1, 3),
                              rng.choice([Decimal(0), Decimal(0), Decimal("0.1"), Decimal("0.3")]))
                   for town in rng.sample(town_list, k=min(len(town_list), max(1, towns // 4)))]
    vetoes = [Veto(town.code, "发现“应纳未纳”情形", None, "问题清单", "2031-05-10")
              for town in rng.sample(town_list, k=min(veto_count, len(town_list)))]
    if grade_mode == "proportion":
        grades = (Grade("好", share=Decimal("0.3")), Grade("较好", share=Decimal("0.5")), Grade("一般"))
    else:
        grades = (Grade("好", min_score=Decimal(95)), Grade("较好", min_score=Decimal(85)), Grade("一般"))
    generated = AssessmentYear(
        year=year, title=f"{year}年度镇街考核（生成）", rules=Rules(full_score, Decimal(2), grade_mode, grades),
        departments=department_list, categories=category_list, indicators=tuple(indicators), towns=town_list,
        scores=tuple(scores), bonus_types=bonus_types, bonuses=tuple(bonuses), inspection_types=inspection_types,
        inspections=tuple(inspections), vetoes=tuple(vetoes),
    )
    # A separate stream keeps the plain year the same whether or not the fields are filled.
    return _fill_every_field(generated, random.Random(seed + 7919)) if every_field else generated


def _fill_every_field(year: AssessmentYear, rng: random.Random) -> AssessmentYear:
    """The same year with every optional field used somewhere and the rules off their defaults."""
    rules = dataclasses.replace(
        year.rules, quota_rounding=rng.choice(["floor", "round"]), boundary_ties=rng.choice(["include", "exclude"]),
        rank_style=rng.choice(["competition", "dense"]), veto_grade=year.rules.grades[-1].name)
    towns = tuple(dataclasses.replace(t, kind=None) if rng.random() < 0.2 else t for t in year.towns)
    indicators = tuple(
        dataclasses.replace(i, content=f"考核内容{n}：按台账、实地查看综合评定" if rng.random() < 0.7 else None,
                            method=None if rng.random() < 0.2 else i.method)
        for n, i in enumerate(year.indicators))
    points = {part.code: part.points for _, part in year.parts()}
    scores = []
    for score in year.scores:
        note = f"核查记录{rng.randint(1, 999)}" if rng.random() < 0.3 else None
        lost = points[score.part] - score.score
        if lost >= Decimal("0.02") and score.score > 0 and rng.random() < 0.5:
            first = (lost / 2).quantize(HUNDREDTH)
            deductions = (Deduction("资料缺失", first), Deduction("群众反映问题未整改", lost - first))
        else:
            deductions = score.deductions
        scores.append(score._replace(deductions=deductions, note=note))
    bonuses = tuple(dataclasses.replace(b, evidence=None, date=None) if rng.random() < 0.2 else b for b in year.bonuses)
    inspections = tuple(dataclasses.replace(r, round=None if rng.random() < 0.3 else r.round,
                                            note=f"第{rng.randint(1, 9)}批问题" if rng.random() < 0.5 else None)
                        for r in year.inspections)
    veto_indicator = next(i.code for i in year.indicators if i.veto)
    vetoes = tuple(dataclasses.replace(v, indicator=veto_indicator if n % 2 else None, evidence=None if n % 3 == 2 else v.evidence)
                   for n, v in enumerate(year.vetoes))
    issuer = {"name": "生成区委办公室", "marks": ["生成区委办公室", "生成区人民政府办公室"],
              "doc_number": f"生委办发〔{year.year + 1}〕{rng.randint(1, 99)}号", "recipients": "各镇街",
              "cc": "市委农办", "printer": "生成区委办公室"}
    return dataclasses.replace(year, rules=rules, towns=towns, indicators=indicators, scores=tuple(scores),
                               bonuses=bonuses, inspections=inspections, vetoes=vetoes, issuer=issuer,
                               veto_conditions=("工作被上级通报批评", f"第{rng.randint(1, 9)}项否决情形"),
                               assessment_methods=("量化打分", "实地评估"))


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="生成一个合成考核年度文件")
    parser.add_argument("--towns", type=int, default=500)
    parser.add_argument("--parts", type=int, default=60)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--year", type=int, default=2030)
    parser.add_argument("-o", "--output", type=Path, required=True)
    args = parser.parse_args(argv)
    write_year_file(generate_year(args.towns, args.parts, seed=args.seed, year=args.year), args.output)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
