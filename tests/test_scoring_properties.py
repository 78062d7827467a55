"""Property-based tests of the scoring engine against the scoring rules (README, 计分规则).

The oracle below is written independently of ``desktop_app.domain.scoring``:
exact arithmetic with ``fractions.Fraction``, rounding half up (away from zero,
as ``decimal.ROUND_HALF_UP``) to hundredths only where the rules round, and a
proportion allocation that groups towns by equal final first and then admits
whole groups.
"""
from __future__ import annotations

import dataclasses
import math
import random
from decimal import Decimal
from fractions import Fraction

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from desktop_app.domain.model import (
    Adjustment,
    AdjustmentType,
    AssessmentYear,
    Bonus,
    BonusType,
    Category,
    Deduction,
    Department,
    Grade,
    GradeLimit,
    Indicator,
    Inspection,
    InspectionType,
    LimitFlag,
    Part,
    Rules,
    Score,
    Town,
    TownClass,
    Veto,
)
from desktop_app.domain.progress import department_counts
from desktop_app.domain.scoring import compute
from property_budget import examples, reproducible
from desktop_app.domain.validation import validate

SETTINGS = settings(
    max_examples=examples(150),
    deadline=None,
    **reproducible(),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

HUNDREDTH = Fraction(1, 100)


# ---------------------------------------------------------------------------
# Small helpers
# ---------------------------------------------------------------------------

def hundredths(n: int) -> Decimal:
    """Decimal with at most two decimals from an integer count of hundredths."""
    return Decimal(n).scaleb(-2)


def frac(value) -> Fraction:
    return Fraction(value)  # Fraction(Decimal) is exact


def round_half_up(value: Fraction, unit: Fraction = HUNDREDTH) -> Fraction:
    """Round to a multiple of ``unit``, ties away from zero (decimal.ROUND_HALF_UP)."""
    scaled = value / unit
    magnitude = math.floor(abs(scaled) + Fraction(1, 2))
    return (magnitude if scaled >= 0 else -magnitude) * unit


def round_half_up_int(value: Fraction) -> int:
    return int(round_half_up(value, Fraction(1)))


# ---------------------------------------------------------------------------
# The oracle
# ---------------------------------------------------------------------------

def oracle(year: AssessmentYear) -> dict:
    """Every town's expected result, following the scoring rules literally.

    Returns {"towns": {code: {...}}, "order": [codes in ranking order]}.
    """
    rules = year.rules
    full_score = frac(rules.full_score)
    cap = frac(rules.bonus_cap)
    type_points = {t.code: frac(t.points) for t in year.bonus_types}
    type_award = {t.code: frac(t.award) for t in year.inspection_types}
    scores = {(s.town, s.part): frac(s.score) for s in year.scores}
    vetoed_codes = {v.town for v in year.vetoes}
    year_town_class = {t.code: t.class_code for t in year.towns}
    adjustment_kinds = {k.code: k for k in year.adjustment_types}

    towns: dict[str, dict] = {}
    for order, town in enumerate(year.towns):
        full = Fraction(0)
        raw = Fraction(0)
        categories = {c.code: Fraction(0) for c in year.categories}
        complete = True
        for indicator in year.indicators:
            if indicator.applies_to is not None and town.code not in indicator.applies_to:
                continue
            for part in indicator.parts:
                full += frac(part.points)  # veto parts have 0 points
                if indicator.veto:
                    continue  # never scored
                key = (town.code, part.code)
                if key not in scores:
                    complete = False
                    continue
                raw += scores[key]
                categories[indicator.category] += scores[key]
        # The rules leave full == 0 undefined (division by zero); we expect 0.
        normalised_exact = raw * full_score / full if full else Fraction(0)

        # Bonus: ungrouped record = one achievement; a group = max of its records.
        ungrouped = Fraction(0)
        groups: dict[str, list[Fraction]] = {}
        for record in year.bonuses:
            if record.town != town.code:
                continue
            value = type_points[record.type] * record.count
            if record.group is None:
                ungrouped += value
            else:
                groups.setdefault(record.group, []).append(value)
        bonus = min(cap, ungrouped + sum((max(v) for v in groups.values()), Fraction(0)))

        inspection = Fraction(0)
        for record in year.inspections:
            if record.town == town.code:
                if record.deducted == 0:
                    inspection += type_award[record.type]
                else:
                    inspection -= frac(record.deducted)

        # Adjustments: each type summed and held to its cap (in magnitude), then the additions and
        # the deductions each held to the year's cap.
        type_totals: dict[str, Fraction] = {}
        for record in year.adjustments:
            if record.town == town.code:
                kind = adjustment_kinds[record.type]
                type_totals[record.type] = type_totals.get(record.type, Fraction(0)) + frac(kind.points) * record.count
        additions = deductions = Fraction(0)
        for code, total in type_totals.items():
            type_cap = adjustment_kinds[code].cap
            if type_cap is not None and abs(total) > frac(type_cap):
                total = frac(type_cap) if total > 0 else -frac(type_cap)
            if total > 0:
                additions += total
            else:
                deductions -= total
        if rules.adjustment_add_cap is not None:
            additions = min(additions, frac(rules.adjustment_add_cap))
        if rules.adjustment_deduct_cap is not None:
            deductions = min(deductions, frac(rules.adjustment_deduct_cap))
        adjustment = additions - deductions

        final = round_half_up(normalised_exact + bonus + inspection + adjustment)
        # Grade limits met: by a record of the limit's adjustment type, or by the bureau's flag.
        met = [limit for limit in year.grade_limits
               if any(f.town == town.code and f.limit == limit.code for f in year.limit_flags)
               or any(a.town == town.code and a.type == limit.adjustment_type for a in year.adjustments)]
        grade_names = [g.name for g in rules.grades]
        towns[town.code] = dict(
            limits=tuple(limit.code for limit in met),
            best=max((grade_names.index(limit.grade) for limit in met), default=0),
            order=order, full=full, raw=raw, normalised_exact=normalised_exact,
            normalised=round_half_up(normalised_exact), bonus=bonus,
            inspection=inspection, adjustment=adjustment, final=final, vetoed=town.code in vetoed_codes,
            complete=complete, categories=categories,
        )

    # Classified assessment: every class ranked and graded as if it were the whole year.
    if rules.rank_by_class and year.town_classes:
        classes = [c.code for c in year.town_classes]
        groups_of_towns = [[code for code in towns if year_town_class[code] == cls] for cls in classes]
        groups_of_towns.append([code for code in towns if year_town_class[code] not in classes])
    else:
        groups_of_towns = [list(towns)]
    order = []
    for members in groups_of_towns:
        order += _rank_and_grade(towns, members, rules)
    return {"towns": towns, "order": order}


def _rank_and_grade(towns: dict, members: list, rules) -> list:
    """Ranks and grades of the towns ``members`` assessed together (written into ``towns``);
    returns them in ranking order."""
    standing = [c for c in members if not towns[c]["vetoed"]]
    vetoed = [c for c in members if towns[c]["vetoed"]]

    def in_order(codes):
        return sorted(codes, key=lambda c: (-towns[c]["final"], towns[c]["order"]))

    order = in_order(standing) + in_order(vetoed)

    # Ranks: counted from definitions, not by walking the sorted list.
    standing_finals = [towns[c]["final"] for c in standing]
    for group, offset in ((standing, 0), (vetoed, None)):
        finals = [towns[c]["final"] for c in group]
        if offset is None:  # vetoed continue the numbering after the last non-vetoed
            offset = (len(standing) if rules.rank_style == "competition"
                      else len(set(standing_finals)))
        for code in group:
            f = towns[code]["final"]
            if rules.rank_style == "competition":
                better = sum(1 for g in finals if g > f)
            else:
                better = len({g for g in finals if g > f})
            towns[code]["rank"] = offset + better + 1

    # Grades.
    names = [g.name for g in rules.grades]
    veto_grade = rules.veto_grade or names[-1]
    for code in vetoed:
        towns[code]["grade"] = veto_grade
    if rules.grade_mode == "threshold":
        for code in standing:
            f = towns[code]["final"]
            towns[code]["grade"] = next(
                (g.name for g in rules.grades[:-1] if f >= frac(g.min_score)), names[-1])
    else:
        n = len(members)  # ALL towns assessed together, vetoed included
        refill = rules.refill_limited_places
        remaining = in_order(standing)
        for level, grade in enumerate(rules.grades[:-1]):
            # With refill, a town whose limits forbid this grade is passed over for it.
            eligible = [c for c in remaining if not refill or towns[c]["best"] <= level]
            distinct = sorted({towns[c]["final"] for c in eligible}, reverse=True)
            groups = [[c for c in eligible if towns[c]["final"] == f] for f in distinct]
            share = frac(grade.share)
            quota = (math.floor(n * share) if rules.quota_rounding == "floor"
                     else round_half_up_int(n * share))
            admitted = []
            for group in groups:
                if len(admitted) >= quota:
                    break
                if len(admitted) + len(group) > quota and rules.boundary_ties == "exclude":
                    break  # the group straddles the boundary: all get the worse grade
                admitted += group  # fits, or include: all get the better
            for code in admitted:
                towns[code]["grade"] = grade.name
            remaining = [c for c in remaining if c not in admitted]
        for code in remaining:
            towns[code]["grade"] = names[-1]
    # Grade limits, after the quotas: no better than the best grade the town's limits allow.
    for code in standing:
        best = towns[code]["best"]
        if names.index(towns[code]["grade"]) < best:
            towns[code]["grade"] = names[best]
    return order


# ---------------------------------------------------------------------------
# The strategy: valid years
# ---------------------------------------------------------------------------

SHARE_HUNDREDTHS = [0, 5, 10, 15, 20, 25, 30, 35, 40, 50, 60]


@st.composite
def years(draw, grade_mode=None, max_towns=40):
    rng = random.Random(draw(st.integers(0, 2**32 - 1)))
    n_towns = draw(st.integers(1, max_towns))
    towns = tuple(Town(f"T{i:02d}", f"镇{i}", draw(st.sampled_from([None, "镇", "街道", "乡"])))
                  for i in range(n_towns))
    town_codes = [t.code for t in towns]
    n_departments = draw(st.integers(1, 4))
    departments = tuple(Department(f"D{i}", f"部门{i}") for i in range(n_departments))

    # Scheme.
    n_categories = draw(st.integers(1, 4))
    indicators = []
    part_no = 0
    for c in range(n_categories):
        for k in range(draw(st.integers(0, 3))):
            code = f"C{c}I{k}"
            veto = draw(st.integers(0, 9)) == 0
            parts = []
            for _ in range(draw(st.integers(1, 3))):
                points = 0 if veto else draw(st.sampled_from([0, 100, 200, 250, 500, 1000]) |
                                              st.integers(0, 1500))
                parts.append(Part(f"P{part_no}", draw(st.sampled_from(departments)).code,
                                  hundredths(points)))
                part_no += 1
            applies_to = None
            if not veto and draw(st.integers(0, 3)) == 0:
                applies_to = tuple(c for c in town_codes if rng.random() < rng.random())
            indicators.append(Indicator(code, f"C{c}", f"指标{code}", tuple(parts),
                                        veto=veto, applies_to=applies_to))
    # full_score must be > 0: make sure some part carries points.
    if not any(p.points > 0 for i in indicators for p in i.parts):
        indicators.append(Indicator("X", "C0", "兜底", (Part("PX", departments[0].code,
                                                            hundredths(draw(st.integers(1, 2000)))),)))
    categories = tuple(
        Category(f"C{c}", f"类{c}",
                 sum((p.points for i in indicators if i.category == f"C{c}" for p in i.parts),
                     Decimal(0)))
        for c in range(n_categories))
    full_score = sum((p.points for i in indicators for p in i.parts), Decimal(0))

    # Scores: a few shared profiles make ties common; some towns score on their own.
    scored = [(i, p) for i in indicators if not i.veto for p in i.parts]

    def palette(points: Decimal) -> list[Decimal]:
        h = int(points * 100)
        return [Decimal(0), points, hundredths(h // 2),
                hundredths(rng.randint(0, h)), hundredths(rng.randint(0, h))]

    palettes = {p.code: palette(p.points) for _, p in scored}
    n_profiles = draw(st.integers(1, 3))
    profiles = [{p.code: draw(st.integers(0, 4)) for _, p in scored} for _ in range(n_profiles)]
    missing_rate = draw(st.sampled_from([0.0, 0.0, 0.05, 0.3]))
    deduction_rate = draw(st.sampled_from([0.0, 0.3]))
    own_rate = draw(st.sampled_from([0.0, 0.2, 0.6]))
    scores = []
    for code in town_codes:
        profile = None if rng.random() < own_rate else profiles[rng.randrange(n_profiles)]
        for indicator, part in scored:
            if not indicator.applies(code) or rng.random() < missing_rate:
                continue
            choice = profile[part.code] if profile else rng.randrange(5)
            value = palettes[part.code][choice]
            deductions = ()
            if rng.random() < deduction_rate:
                total = int((part.points - value) * 100)
                if value == 0:
                    total += rng.randint(0, 300)  # deductions may exceed the points
                if total > 0:
                    cut = rng.randint(0, total)
                    pieces = [x for x in (cut, total - cut) if x]
                    deductions = tuple(Deduction(f"扣{j}", hundredths(x)) for j, x in enumerate(pieces))
            scores.append(Score(code, part.code, value, deductions))
    rng.shuffle(scores)

    # Bonus.
    bonus_types = tuple(BonusType(f"B{i}", f"加分{i}", hundredths(draw(st.sampled_from([0, 10, 20, 30, 50, 100]))))
                        for i in range(draw(st.integers(0, 4))))
    bonuses = []
    if bonus_types:
        for _ in range(draw(st.integers(0, 12))):
            bonuses.append(Bonus(draw(st.sampled_from(town_codes)), draw(st.sampled_from(bonus_types)).code,
                                 draw(st.integers(1, 3)), draw(st.sampled_from([None, None, "g1", "g2"]))))
    bonus_cap = hundredths(draw(st.sampled_from([0, 50, 100, 200, 500]) | st.integers(0, 600)))

    # Inspections.
    inspection_types = tuple(InspectionType(f"K{i}", f"督查{i}", hundredths(draw(st.sampled_from([0, 20, 30]))))
                             for i in range(draw(st.integers(0, 3))))
    inspections = []
    if inspection_types:
        for r in range(draw(st.integers(0, 10))):
            deducted = draw(st.sampled_from([0, 0, 0, 20, 30]) | st.integers(1, 100))
            inspections.append(Inspection(draw(st.sampled_from(town_codes)),
                                          draw(st.sampled_from(inspection_types)).code,
                                          r + 1, hundredths(deducted)))

    # Vetoes.
    veto_indicators = [None] + [i.code for i in indicators if i.veto]
    vetoes = tuple(Veto(draw(st.sampled_from(town_codes)), f"否决{k}", draw(st.sampled_from(veto_indicators)))
                   for k in range(draw(st.sampled_from([0, 0, 1, 2, 3]))))

    base = AssessmentYear(
        year=2023, title="测试", departments=departments, categories=categories,
        indicators=tuple(indicators), towns=towns, scores=tuple(scores),
        bonus_types=bonus_types, bonuses=tuple(bonuses),
        inspection_types=inspection_types, inspections=tuple(inspections), vetoes=vetoes,
        rules=Rules(full_score=full_score, bonus_cap=bonus_cap, grade_mode="threshold",
                    grades=(Grade("A", min_score=Decimal(0)), Grade("Z"))),
    )

    # Rules.
    n_grades = draw(st.integers(2, 4))
    names = ["优", "良", "中", "差"][:n_grades]
    mode = grade_mode or draw(st.sampled_from(["proportion", "threshold"]))
    if mode == "proportion":
        shares, left = [], 100
        for _ in range(n_grades - 1):
            s = draw(st.sampled_from([x for x in SHARE_HUNDREDTHS if x <= left]) | st.integers(0, left))
            shares.append(s)
            left -= s
        grades = tuple(Grade(name, share=hundredths(s)) for name, s in zip(names, shares)) + (Grade(names[-1]),)
    else:
        # Thresholds picked partly from actual finals so that final == min_score happens.
        finals = sorted({t["final"] for t in oracle(base)["towns"].values()})
        candidates = st.sampled_from([Decimal(f.numerator) / f.denominator for f in finals]) | \
            st.integers(-100, int(full_score * 100) + 200).map(hundredths)
        mins = sorted((draw(candidates) for _ in range(n_grades - 1)), reverse=True)
        grades = tuple(Grade(name, min_score=m) for name, m in zip(names, mins)) + (Grade(names[-1]),)
    rules = Rules(
        full_score=full_score, bonus_cap=bonus_cap, grade_mode=mode, grades=grades,
        quota_rounding=draw(st.sampled_from(["floor", "round"])),
        boundary_ties=draw(st.sampled_from(["include", "exclude"])),
        veto_grade=draw(st.sampled_from([None] + names)),
        rank_style=draw(st.sampled_from(["competition", "dense"])),
    )
    # Classes: none, or up to three (one may be empty), ranked apart or together.
    n_classes = draw(st.sampled_from([0, 0, 1, 2, 3]))
    if n_classes:
        classes = tuple(TownClass(f"K{i}", f"类别{i}") for i in range(n_classes))
        towns = tuple(dataclasses.replace(t, class_code=f"K{rng.randrange(n_classes)}") for t in towns)
        base = dataclasses.replace(base, towns=towns, town_classes=classes)
        rules = dataclasses.replace(rules, rank_by_class=draw(st.booleans()))
    # Adjustments: none, or a few types of either sign, some with a cap of their own, and caps of
    # the additions and deductions drawn near the totals so that they bind.
    if draw(st.integers(0, 2)) == 0:
        kinds = tuple(AdjustmentType(f"A{i}", f"调整{i}", hundredths(draw(st.sampled_from([-200, -100, -50, 20, 50, 200]))),
                                     draw(st.sampled_from([None, None, hundredths(100), hundredths(300)])))
                      for i in range(draw(st.integers(1, 3))))
        records = tuple(Adjustment(draw(st.sampled_from(town_codes)), draw(st.sampled_from(kinds)).code,
                                   draw(st.integers(1, 4))) for _ in range(draw(st.integers(0, 12))))
        cap = st.sampled_from([None, hundredths(0), hundredths(150), hundredths(500)])
        base = dataclasses.replace(base, adjustment_types=kinds, adjustments=records)
        rules = dataclasses.replace(rules, adjustment_add_cap=draw(cap), adjustment_deduct_cap=draw(cap))
    # Grade limits: met by the bureau's flags or by records of an adjustment type; places freed
    # in a better grade refilled or not.
    if draw(st.integers(0, 2)) == 0:
        kinds = base.adjustment_types
        limits = tuple(GradeLimit(f"L{i}", f"限制{i}", draw(st.sampled_from(names[1:])),
                                  draw(st.sampled_from([None] + [k.code for k in kinds])))
                       for i in range(draw(st.integers(1, 2))))
        flags = tuple(LimitFlag(draw(st.sampled_from(town_codes)), draw(st.sampled_from(limits)).code, "问题突出")
                      for _ in range(draw(st.integers(0, 4))))
        base = dataclasses.replace(base, grade_limits=limits, limit_flags=flags)
        rules = dataclasses.replace(rules, refill_limited_places=draw(st.booleans()))
    return dataclasses.replace(base, rules=rules)


def computed(year):
    problems = validate(year)
    assert problems == [], problems
    return compute(year).rows


# ---------------------------------------------------------------------------
# Engine == oracle
# ---------------------------------------------------------------------------

def assert_matches_oracle(year):
    rows = computed(year)
    expected = oracle(year)
    assert [r.code for r in rows] == expected["order"]
    assert len(rows) == len(year.towns)
    for row in rows:
        e = expected["towns"][row.code]
        where = f"town {row.code}"
        assert frac(row.full) == e["full"], where
        assert frac(row.raw) == e["raw"], where
        assert abs(frac(row.normalised_exact) - e["normalised_exact"]) < Fraction(1, 10**20), where
        assert frac(row.normalised) == e["normalised"], where
        assert frac(row.bonus) == e["bonus"], where
        assert frac(row.inspection) == e["inspection"], where
        assert frac(row.adjustment) == e["adjustment"], where
        assert frac(row.final) == e["final"], where
        assert row.vetoed == e["vetoed"], where
        assert row.complete == e["complete"], where
        assert row.rank == e["rank"], where
        assert row.grade == e["grade"], where
        assert {k: frac(v) for k, v in row.categories.items()} == e["categories"], where
    assert {row.code: row.town_class for row in rows} == {town.code: town.class_code for town in year.towns}
    assert {row.code: row.limits for row in rows} == {code: e["limits"] for code, e in expected["towns"].items()}


@SETTINGS
@given(years())
def test_engine_matches_oracle(year):
    assert_matches_oracle(year)


@st.composite
def half_rounding_years(draw):
    """Full 100 = 80 for every town + 20 for some: raw x 100/80 often ends in an exact 5
    in the third decimal, so half-up rounding of normalised and final really matters."""
    n = draw(st.integers(1, 8))
    towns = tuple(Town(f"T{i}", f"镇{i}") for i in range(n))
    subset = tuple(t.code for t in towns if draw(st.booleans()))
    a = Indicator("A", "C", "甲", (Part("PA", "D", Decimal(80)),))
    b = Indicator("B", "C", "乙", (Part("PB", "D", Decimal(20)),), applies_to=subset)
    scores = [Score(t.code, "PA", hundredths(draw(st.integers(0, 8000)))) for t in towns]
    scores += [Score(code, "PB", hundredths(draw(st.integers(0, 2000)))) for code in subset]
    inspections = tuple(Inspection(draw(st.sampled_from(towns)).code, "K", None,
                                   hundredths(draw(st.sampled_from([0, 5, 1000]))))
                        for _ in range(draw(st.integers(0, 3))))
    return AssessmentYear(
        year=2023, title="舍入", departments=(Department("D", "部门"),),
        categories=(Category("C", "类", Decimal(100)),), indicators=(a, b), towns=towns,
        scores=tuple(scores), inspection_types=(InspectionType("K", "督查", Decimal("0.2")),),
        inspections=inspections,
        rules=Rules(full_score=Decimal(100), bonus_cap=Decimal(2), grade_mode="proportion",
                    grades=(Grade("好", share=Decimal("0.5")), Grade("一般")),
                    quota_rounding=draw(st.sampled_from(["floor", "round"])),
                    boundary_ties=draw(st.sampled_from(["include", "exclude"]))),
    )


@SETTINGS
@given(half_rounding_years())
def test_engine_matches_oracle_on_exact_halves(year):
    assert_matches_oracle(year)


@SETTINGS
@given(years(grade_mode="proportion", max_towns=12))
def test_engine_matches_oracle_small_proportion(year):
    """Few towns with proportion grades: quotas, boundary ties and vetoes collide often."""
    rows = computed(year)
    expected = oracle(year)
    assert [r.code for r in rows] == expected["order"]
    for row in rows:
        e = expected["towns"][row.code]
        assert (row.rank, row.grade, frac(row.final)) == (e["rank"], e["grade"], e["final"]), row.code


# ---------------------------------------------------------------------------
# Invariants
# ---------------------------------------------------------------------------

@SETTINGS
@given(years())
def test_normalised_not_above_full_score(year):
    # Valid years have every score within 0..points.
    assert all(0 <= s.score for s in year.scores)
    for row in computed(year):
        assert Decimal(0) <= row.normalised <= year.rules.full_score
        assert row.raw <= row.full


@SETTINGS
@given(years())
def test_bonus_between_zero_and_cap(year):
    for row in computed(year):
        assert Decimal(0) <= row.bonus <= year.rules.bonus_cap


@SETTINGS
@given(years())
def test_ranks_non_decreasing_and_vetoed_last(year):
    rows = computed(year)
    vetoed = {v.town for v in year.vetoes}
    assert {r.code for r in rows if r.vetoed} == vetoed
    for group in assessed_together(year, rows):
        ranks = [r.rank for r in group]
        assert ranks == sorted(ranks)
        assert ranks[0] == 1
        flags = [r.vetoed for r in group]
        assert flags == sorted(flags)  # all False before all True
        standing = [r for r in group if not r.vetoed]
        assert [r.final for r in standing] == sorted((r.final for r in standing), reverse=True)


def assessed_together(year, rows) -> list[list]:
    """The rows ranked and graded together: each class's, one after the other in the year's
    class order, when the year ranks by class; otherwise all of them."""
    if not (year.rules.rank_by_class and year.town_classes):
        return [list(rows)]
    groups = []
    for town_class in year.town_classes:
        group = [r for r in rows if r.town_class == town_class.code]
        if group:
            groups.append(group)
    assert [r for group in groups for r in group] == list(rows)  # class by class
    return groups


@SETTINGS
@given(years())
def test_vetoed_get_veto_grade(year):
    veto_grade = year.rules.veto_grade or year.rules.grades[-1].name
    for row in computed(year):
        if row.vetoed:
            assert row.grade == veto_grade


@SETTINGS
@given(years(grade_mode="proportion"))
def test_proportion_quotas_and_monotone_grades(year):
    assume(not year.grade_limits)  # limits take grades away after the quotas (the oracle covers them)
    for group in assessed_together(year, computed(year)):
        assert_quotas(year.rules, group)


def assert_quotas(rules, group):
    """Grades of towns assessed together: ``group``, in ranking order, vetoed included."""
    rows = [r for r in group if not r.vetoed]
    names = [g.name for g in rules.grades]
    index = [names.index(r.grade) for r in rows]
    # Better final never gets a worse grade; equal finals get the same grade.
    assert index == sorted(index)
    for a, b in zip(rows, rows[1:]):
        if a.final == b.final:
            assert a.grade == b.grade
    n = len(group)
    start = 0
    for g, grade in enumerate(rules.grades[:-1]):
        exact = n * frac(grade.share)
        quota = math.floor(exact) if rules.quota_rounding == "floor" else round_half_up_int(exact)
        count = sum(1 for i in index if i == g)
        assert all(i == g for i in index[start:start + count])
        nominal = min(quota, len(rows) - start)
        if rules.boundary_ties == "include":
            assert count >= nominal
            if count > nominal:  # the extra towns are tied with the last one admitted
                tied = {r.final for r in rows[start + nominal - 1:start + count]}
                assert nominal > 0 and len(tied) == 1
        else:
            assert count <= nominal
            if count < nominal:  # the pushed-out towns are tied across the boundary
                tied = {r.final for r in rows[start + count:start + nominal + 1]}
                assert start + nominal < len(rows) and len(tied) == 1
        if count and start + count < len(rows):  # boundaries never split a tie
            assert rows[start + count - 1].final != rows[start + count].final
        start += count


@SETTINGS
@given(years(grade_mode="threshold"))
def test_threshold_grades(year):
    assume(not year.grade_limits)  # limits take grades away after the thresholds (the oracle covers them)
    grades = year.rules.grades
    for row in computed(year):
        if row.vetoed:
            continue
        g = [x.name for x in grades].index(row.grade)
        if g < len(grades) - 1:
            assert row.final >= grades[g].min_score
        for better in grades[:g]:
            assert row.final < better.min_score


@SETTINGS
@given(years())
def test_complete_iff_no_missing_applicable_part(year):
    entered = {(s.town, s.part) for s in year.scores}
    for row in computed(year):
        missing = [p.code for i in year.indicators if not i.veto and i.applies(row.code)
                   for p in i.parts if (row.code, p.code) not in entered]
        assert row.complete == (not missing)


@SETTINGS
@given(years())
def test_record_values_lines_and_counts_as_the_rules_say(year):
    """What the outputs read from the core: each bonus record's value, each inspection
    round's change, the missing count and each department's progress, counted literally."""
    result = compute(year)
    points = {t.code: t.points for t in year.bonus_types}
    assert result.bonus_values == tuple(points[b.type] * b.count for b in year.bonuses)
    awards = {t.code: t.award for t in year.inspection_types}
    assert [(line.index, line.award, line.cancelled, line.change) for line in result.inspection_lines] == [
        (n, awards[r.type], r.deducted != 0, -r.deducted if r.deducted else awards[r.type])
        for n, r in enumerate(year.inspections)]
    for row in result.rows:
        assert sum((line.change for line in row.inspection_detail), Decimal(0)) == row.inspection
        assert all(year.inspections[line.index].town == row.code for line in row.inspection_detail)
    entered = {(s.town, s.part) for s in year.scores}
    cells = [(t.code, p.code, p.department) for i in year.indicators if not i.veto
             for p in i.parts for t in year.towns if i.applies(t.code)]
    assert result.missing_count == sum(1 for town, part, _ in cells if (town, part) not in entered)
    expected = {d.code: (sum(1 for town, part, dept in cells if dept == d.code and (town, part) in entered),
                         sum(1 for *_, dept in cells if dept == d.code)) for d in year.departments}
    assert department_counts(year, result) == expected


@SETTINGS
@given(years())
def test_categories_sum_to_raw(year):
    for row in computed(year):
        assert set(row.categories) == {c.code for c in year.categories}
        assert sum(row.categories.values(), Decimal(0)) == row.raw


# ---------------------------------------------------------------------------
# Deterministic examples
# ---------------------------------------------------------------------------

def simple_year(finals, *, grades, mode="proportion", rank_style="competition",
                boundary_ties="include", quota_rounding="floor", vetoed=(), veto_grade=None):
    """One 100-point part; each town's score is its final (no bonus, no inspection)."""
    towns = tuple(Town(f"T{i:02d}", f"镇{i}") for i in range(len(finals)))
    year = AssessmentYear(
        year=2023, title="例", departments=(Department("D", "部门"),),
        categories=(Category("C", "类", Decimal(100)),),
        indicators=(Indicator("I", "C", "指标", (Part("P", "D", Decimal(100)),)),),
        towns=towns,
        scores=tuple(Score(t.code, "P", Decimal(str(f))) for t, f in zip(towns, finals)),
        vetoes=tuple(Veto(towns[i].code, "否决") for i in vetoed),
        rules=Rules(full_score=Decimal(100), bonus_cap=Decimal(2), grade_mode=mode, grades=grades,
                    quota_rounding=quota_rounding, boundary_ties=boundary_ties,
                    veto_grade=veto_grade, rank_style=rank_style),
    )
    return year


THREE = (Grade("好", share=Decimal("0.3")), Grade("较好", share=Decimal("0.5")), Grade("一般"))
TEN = [90, 89, 88, 88, 87, 86, 85, 84, 83, 82]


def grades_in_town_order(year):
    by_code = {r.code: r for r in computed(year)}
    return [by_code[t.code].grade for t in year.towns]


def test_boundary_include_gives_four_best():
    year = simple_year(TEN, grades=THREE, boundary_ties="include")
    assert grades_in_town_order(year) == ["好"] * 4 + ["较好"] * 5 + ["一般"]


def test_boundary_exclude_gives_two_best():
    year = simple_year(TEN, grades=THREE, boundary_ties="exclude")
    # 好 quota 3 stops before the 88 tie; 较好 then takes 5 from position 3.
    assert grades_in_town_order(year) == ["好"] * 2 + ["较好"] * 5 + ["一般"] * 3


def test_competition_and_dense_ranks():
    finals = [90, 89, 88, 88, 87]
    comp = computed(simple_year(finals, grades=THREE, rank_style="competition"))
    dense = computed(simple_year(finals, grades=THREE, rank_style="dense"))
    assert [r.rank for r in comp] == [1, 2, 3, 3, 5]
    assert [r.rank for r in dense] == [1, 2, 3, 3, 4]


def test_vetoed_continue_numbering_and_count_in_n():
    # 10 towns, two vetoed (the best two scores); n = 10 for quotas.
    finals = [95, 94, 90, 90, 88, 87, 86, 85, 84, 84]
    grades = (Grade("好", share=Decimal("0.3")), Grade("较好", share=Decimal("0.4")), Grade("一般"))
    year = simple_year(finals, grades=grades, vetoed=(0, 1), rank_style="competition")
    rows = computed(year)
    assert [r.code for r in rows] == ["T02", "T03", "T04", "T05", "T06", "T07", "T08", "T09", "T00", "T01"]
    assert [r.rank for r in rows] == [1, 1, 3, 4, 5, 6, 7, 7, 9, 10]
    # 好 quota floor(10*0.3)=3 -> 90,90,88; 较好 quota 4 -> 87,86,85,84 and the tied 84 (include).
    assert [r.grade for r in rows] == ["好"] * 3 + ["较好"] * 5 + ["一般"] * 2
    dense = computed(simple_year(finals, grades=grades, vetoed=(0, 1), rank_style="dense"))
    assert [r.rank for r in dense] == [1, 1, 2, 3, 4, 5, 6, 6, 7, 8]


def test_round_quota_half_up():
    # n = 5, share 0.3 -> 1.5: floor 1, round 2.
    grades = (Grade("好", share=Decimal("0.3")), Grade("一般"))
    finals = [90, 80, 70, 60, 50]
    assert grades_in_town_order(simple_year(finals, grades=grades, quota_rounding="floor")) == \
        ["好"] + ["一般"] * 4
    assert grades_in_town_order(simple_year(finals, grades=grades, quota_rounding="round")) == \
        ["好"] * 2 + ["一般"] * 3


def test_threshold_boundary_is_inclusive():
    grades = (Grade("好", min_score=Decimal(90)), Grade("较好", min_score=Decimal(80)), Grade("一般"))
    year = simple_year([90, 89.99, 80, 79.99], grades=grades, mode="threshold", vetoed=(0,))
    by_code = {r.code: r.grade for r in computed(year)}
    assert by_code == {"T00": "一般", "T01": "较好", "T02": "较好", "T03": "一般"}


def test_normalised_and_final_round_half_up():
    # Town T01 is outside the 20-point indicator: full 80, raw 72.58 -> 90.725 -> 90.73
    # (half-even would give 90.72).
    year = simple_year([80, 72.58], grades=THREE)
    year = dataclasses.replace(
        year,
        categories=(Category("C", "类", Decimal(100)),),
        indicators=(Indicator("I", "C", "甲", (Part("P", "D", Decimal(80)),)),
                    Indicator("J", "C", "乙", (Part("Q", "D", Decimal(20)),), applies_to=("T00",))),
        scores=(Score("T00", "P", Decimal(80)), Score("T00", "Q", Decimal(0)),
                Score("T01", "P", Decimal("72.58"))))
    by_code = {r.code: r for r in computed(year)}
    assert by_code["T01"].full == Decimal(80)
    assert by_code["T01"].normalised_exact == Decimal("90.725")
    assert by_code["T01"].normalised == Decimal("90.73")
    assert by_code["T01"].final == Decimal("90.73")
    assert by_code["T00"].final == Decimal(80)


def test_bonus_groups_take_highest_and_cap():
    year = simple_year([80, 80], grades=THREE)
    year = dataclasses.replace(
        year,
        bonus_types=(BonusType("N", "国家", Decimal(1)), BonusType("C", "市", Decimal("0.5"))),
        bonuses=(Bonus("T00", "N", 1, "g"), Bonus("T00", "C", 3, "g"), Bonus("T00", "C", 1),
                 Bonus("T01", "C", 1, "g"), Bonus("T01", "N", 1, "h")))
    by_code = {r.code: r for r in computed(year)}
    assert by_code["T00"].bonus == Decimal(2)  # max(1, 1.5) + 0.5 = 2.0, cap 2
    assert by_code["T01"].bonus == Decimal("1.5")  # groups are per town
    assert by_code["T00"].final == Decimal(82)


def test_bonus_exactly_at_the_cap_is_not_capped():
    """Bonuses adding up to the cap count whole; only a sum above it is capped."""
    year = simple_year([80, 80, 80], grades=THREE)
    year = dataclasses.replace(
        year,
        bonus_types=(BonusType("N", "国家", Decimal(1)), BonusType("C", "市", Decimal("0.5"))),
        bonuses=(Bonus("T00", "N", 2),                            # 2.00: exactly the cap
                 Bonus("T01", "N", 2), Bonus("T01", "C", 1),      # 2.50: above it
                 Bonus("T02", "C", 3)))                           # 1.50: below it
    by_code = {r.code: r for r in computed(year)}
    at, above, below = by_code["T00"], by_code["T01"], by_code["T02"]
    assert (at.bonus_detail.uncapped, at.bonus_detail.capped, at.bonus) == (Decimal(2), False, Decimal(2))
    assert (above.bonus_detail.uncapped, above.bonus_detail.capped, above.bonus) == (Decimal("2.5"), True, Decimal(2))
    assert (below.bonus_detail.capped, below.bonus) == (False, Decimal("1.5"))
