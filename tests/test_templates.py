"""The built-in templates of the seeds' systems: each is a valid scheme without entries that can be
created as a year, scored, ranked and printed; a copied year starts without any entries."""
from __future__ import annotations

import dataclasses
from decimal import Decimal

import pytest

from desktop_app.documents import build_notice
from desktop_app.documents.notice import results_paragraphs
from desktop_app.domain.model import Adjustment, LimitFlag, Score
from desktop_app.domain.scheme_edit import ENTRY_FIELDS
from desktop_app.domain.scoring import compute
from desktop_app.domain.validation import validate
from desktop_app.services import YearService, scheme_template
from desktop_app.services.session import copy_scheme
from desktop_app.storage import Store

D = Decimal


def with_issuer(year):
    """The issuer's marks and number, which the office fills in before printing."""
    return dataclasses.replace(year, issuer={"name": "某州乡村振兴局", "marks": ["某州乡村振兴局"],
                                             "doc_number": "某乡振发〔2025〕1号"})


def scored(year, fractions):
    """Every part of every town scored at a fraction of its points (one fraction per town)."""
    scores = tuple(Score(town.code, part.code, (part.points * fraction).quantize(D("0.01")))
                   for town, fraction in zip(year.towns, fractions) for indicator, part in year.parts()
                   if not indicator.veto and indicator.applies(town.code))
    return dataclasses.replace(year, scores=scores)


@pytest.mark.parametrize("name", ["changshou-2023", "yunnan-style", "hebei-style"])
def test_each_template_is_a_valid_scheme_without_entries(name):
    year = scheme_template(name)
    assert [p for p in validate(year) if p.kind == "structure"] == []
    assert all(getattr(year, field) == () for field in ENTRY_FIELDS)
    assert sum(indicator.points for indicator in year.indicators) == year.rules.full_score


def test_the_yunnan_style_year_ranks_each_class_on_its_own_holds_a_flagged_county_and_says_what_follows(tmp_path):
    year = scored(scheme_template("yunnan-style"), [D("0.95"), D("0.85"), D("0.92"), D("0.78")])
    year = dataclasses.replace(year, limit_flags=(LimitFlag("T03", "L01", "返贫致贫问题突出"),))
    assert validate(year) == []
    rows = {row.name: row for row in compute(year).rows}
    assert [(r.name, r.rank, r.grade) for r in compute(year).rows] == [
        ("某县一", 1, "好"), ("某县二", 2, "较好"), ("某县三", 1, "较好"), ("某区四", 2, "一般")]
    assert rows["某县三"].limits == ("L01",)
    text = results_paragraphs(year, compute(year), {})
    assert "对考核等次为“好”的某县一予以表扬，在资金分配、项目安排、奖励评优、政策先行先试时给予鼓励。" in text
    assert "对“推进巩固拓展脱贫攻坚成果存在突出问题”的某县三进行约谈提醒、挂牌督办。" in text
    assert build_notice(with_issuer(year), compute(year)).page_count >= 2


def test_the_hebei_style_year_adds_its_adjustments_within_five_points_and_prints(tmp_path):
    year = scored(scheme_template("hebei-style"), [D("0.9"), D("0.9"), D("0.8")])
    year = dataclasses.replace(year, adjustments=(Adjustment("T01", "A01", 7), Adjustment("T02", "A02", 2)),
                               limit_flags=(LimitFlag("T03", "L01", "未完成减贫计划任务"),))
    assert validate(year) == []
    rows = compute(year).by_code()
    assert (rows["T01"].adjustment, rows["T01"].final) == (D(5), D("95.00"))
    assert (rows["T02"].adjustment, rows["T02"].final) == (D(-2), D("88.00"))
    assert rows["T03"].consequences == ("由省扶贫开发领导小组对市级党委、政府主要负责人进行约谈，提出限期整改要求",)
    assert build_notice(with_issuer(year), compute(year)).page_count >= 2


def test_a_year_made_from_a_template_or_copied_from_one_with_entries_has_none(tmp_path):
    with Store(tmp_path / "t.db") as store:
        service = YearService(store)
        service.create_year(scheme_template("hebei-style"), 2025, None)
        created = store.load_year(2025)
        assert created.adjustment_types and created.adjustments == ()
        with_entries = dataclasses.replace(created, adjustments=(Adjustment("T01", "A01"),),
                                           limit_flags=(LimitFlag("T01", "L01", "x"),))
        copied = copy_scheme(with_entries, 2026)
        assert copied.adjustments == () and copied.limit_flags == () and copied.grade_limits == created.grade_limits


def test_yichuns_per_item_bonuses_are_bonus_types_counted_per_item_and_per_article():
    """Seed 004, (十七): 国家层级 2 分/项, 省级 1 分/项, 市级 0.5 分/项, 中央媒体 0.2 分/篇, 省媒体 0.1 分/篇;
    one experience promoted at two levels counts once, at the higher (就高不就低)."""
    from desktop_app.domain.model import Bonus, BonusType
    from tests.test_scoring_properties import THREE, simple_year

    kinds = (BonusType("N", "国家层级交流推广", D(2)), BonusType("P", "省级交流推广", D(1)),
             BonusType("C", "市级行文推广", D("0.5")), BonusType("M1", "中央主流媒体报道", D("0.2")),
             BonusType("M2", "省主流媒体报道", D("0.1")))
    year = dataclasses.replace(
        simple_year([80, 80], grades=THREE), bonus_types=kinds,
        bonuses=(Bonus("T00", "N", 1, group="稻渔综合种养"), Bonus("T00", "P", 1, group="稻渔综合种养"),
                 Bonus("T00", "M1", 3), Bonus("T00", "M2", 2), Bonus("T01", "C", 3), Bonus("T01", "M2", 7)))
    year = dataclasses.replace(year, rules=dataclasses.replace(year.rules, bonus_cap=D(5)))
    assert validate(year) == []
    rows = compute(year).by_code()
    assert rows["T00"].bonus == D("2.8")  # 2 (not 2 + 1) + 3 × 0.2 + 2 × 0.1
    assert rows["T01"].bonus == D("2.2")  # 3 × 0.5 + 7 × 0.1
    assert rows["T00"].bonus_detail.superseded == (1,)
