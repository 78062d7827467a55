"""Every field added for other places and levels comes back from the database as it was stored: the
level of the units, an adjustment's evidence and date, the class of each lower unit of a roll-up."""
import dataclasses
from decimal import Decimal

from desktop_app.domain.model import Adjustment, AdjustmentType, RollUp, RollUpPart, SubUnit
from desktop_app.domain.status import fingerprint
from desktop_app.domain.scoring import compute
from desktop_app.storage import Store
from tests.test_rounds import rounds_year, with_indicator


def later_year():
    year = rounds_year([[9, 8, 10, 9], [10, 10, 10, 6]])
    return dataclasses.replace(
        year, unit_level="县（市、区）",
        adjustment_types=(AdjustmentType("J1", "工作创新", Decimal(2)),),
        adjustments=(Adjustment("T0", "J1", 1, "省级推广文件", "2024-06-30"),),
        rollup_parts=(RollUpPart("A", (("贫困县", Decimal(50)), ("非贫困县", Decimal(10))), "县（区）"),),
        rollups=(RollUp("T1", "A", (SubUnit("甲县", Decimal("91.5"), Decimal(100), "贫困县"),
                                     SubUnit("乙县", Decimal("88"), Decimal(100), "非贫困县")),
                        "county.json", "ABCD-EF01-2345", "2024-12-01", 2024, "县考核"),))


def test_the_later_fields_come_back_from_the_database_as_stored(tmp_path):
    year = later_year()
    with Store(tmp_path / "desk.db") as store:
        store.save_year(year)
        loaded = store.load_year(2024, use_cache=False)
    assert loaded.unit_level == "县（市、区）"
    assert loaded.adjustments == (Adjustment("T0", "J1", 1, "省级推广文件", "2024-06-30"),)
    assert [unit.class_name for unit in loaded.rollups[0].units] == ["贫困县", "非贫困县"]
    assert loaded == year


def test_round_points_count_in_the_fingerprint_even_without_rounds():
    year = rounds_year([[9, 8, 10, 9]], towns=1)
    plain = with_indicator(year, rounds=None)
    odd = with_indicator(year, rounds=None, round_points=Decimal(5))
    assert fingerprint(plain, compute(plain)) != fingerprint(odd, compute(odd))
