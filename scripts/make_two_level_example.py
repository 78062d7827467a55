"""Writes the two-level example under resources/examples/two-level/: three county year files
(the demo year's towns shared out among three made-up counties, each assessing its own towns)
and the year file of a city assessing the three counties, 40 of whose 100 points are rolled
up from each county's results. Run from the project folder: python scripts/make_two_level_example.py"""
import dataclasses
import sys
from decimal import Decimal as D
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop_app.domain.model import (  # noqa: E402
    AssessmentYear, Category, Department, Grade, Indicator, Part, Rules, RollUpPart, Score, Town,
)
from desktop_app.domain.scheme_edit import fit_entries  # noqa: E402
from desktop_app.domain.validation import validate  # noqa: E402
from desktop_app.yearfile import read_year_file, write_year_file  # noqa: E402

OUT = ROOT / "resources" / "examples" / "two-level"
COUNTIES = (("X01", "甲县", "county-jia.json", slice(0, 6)), ("X02", "乙县", "county-yi.json", slice(6, 12)),
            ("X03", "丙县", "county-bing.json", slice(12, 19)))


def county(demo: AssessmentYear, name: str, towns: slice) -> AssessmentYear:
    kept = demo.towns[towns]
    codes = {town.code for town in kept}
    indicators = tuple(i if i.applies_to is None else dataclasses.replace(
        i, applies_to=tuple(code for code in i.applies_to if code in codes)) for i in demo.indicators)
    year = dataclasses.replace(demo, title=f"{name}2023年度巩固拓展脱贫攻坚成果同乡村振兴有效衔接考核", towns=kept,
                               indicators=indicators, unit_level="镇街",
                               issuer={"name": f"{name}乡村振兴局", "marks": [f"{name}乡村振兴局"]})
    return fit_entries(year)


def city() -> AssessmentYear:
    parts = (("I01", "C1", "组织领导和责任落实", D(30)), ("I02", "C1", "工作推进和成效", D(30)),
             ("I03", "C2", "所辖镇街考核结果", D(40)))
    return AssessmentYear(
        year=2023, title="某市2023年度区县巩固拓展脱贫攻坚成果考核", unit_level="县（区）",
        issuer={"name": "某市乡村振兴局", "marks": ["某市乡村振兴局"], "doc_number": "某乡振发〔2024〕2号"},
        rules=Rules(full_score=D(100), bonus_cap=D(0), grade_mode="threshold",
                    grades=(Grade("好", min_score=D(90)), Grade("较好", min_score=D(80)), Grade("一般"))),
        departments=(Department("D01", "市乡村振兴局"),),
        categories=(Category("C1", "市级考核", D(60)), Category("C2", "所辖镇街考核结果运用", D(40))),
        indicators=tuple(Indicator(code, category, name, (Part(code, "D01", points),),
                                   method="下级结果汇总" if code == "I03" else "量化打分")
                         for code, category, name, points in parts),
        towns=tuple(Town(code, name) for code, name, _, _ in COUNTIES),
        scores=(Score("X01", "I01", D("28.5")), Score("X01", "I02", D(27)), Score("X02", "I01", D(27)),
                Score("X02", "I02", D("28.2")), Score("X03", "I01", D("29.1")), Score("X03", "I02", D("26.4"))),
        rollup_parts=(RollUpPart("I03", unit_level="镇街"),),
    )


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    demo = read_year_file(ROOT / "resources" / "templates" / "changshou-2023.json")
    for _, name, file, towns in COUNTIES:
        year = county(demo, name, towns)
        assert validate(year) == [], validate(year)
        write_year_file(year, OUT / file)
    year = city()
    assert [p for p in validate(year) if p.kind == "structure"] == []
    write_year_file(year, OUT / "city.json")


if __name__ == "__main__":
    main()
