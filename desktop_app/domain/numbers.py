"""Decimal helpers: the one rounding rule (half up, to hundredths), and the one home of
the text forms of numbers and dates that the window, documents and workbooks show."""
from __future__ import annotations

import datetime as _dt
import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Optional

HUNDREDTH = Decimal("0.01")


def round2(value: Decimal) -> Decimal:
    return value.quantize(HUNDREDTH, rounding=ROUND_HALF_UP)


def round_int(value: Decimal) -> int:
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def decimal_places(value: Decimal) -> int:
    exponent = value.normalize().as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


def to_text(value: Decimal) -> str:
    """Plain positional text, never scientific notation ("1E+2" -> "100")."""
    text = format(value, "f")
    return "0" if text in ("-0", "-0.0", "-0.00") and value == 0 else text


def parse_decimal(text) -> Decimal:
    """Decimal from stored text or a number; raises ValueError on anything else."""
    if isinstance(text, Decimal):
        return text
    if isinstance(text, bool) or text is None:
        raise ValueError(f"not a number: {text!r}")
    if isinstance(text, float):
        # A float is only ever a parser default; go through repr to keep 0.1 as 0.1.
        text = repr(text)
    try:
        value = Decimal(str(text).strip())
    except InvalidOperation as exc:
        raise ValueError(f"not a number: {text!r}") from exc
    if not value.is_finite():
        raise ValueError(f"not a finite number: {text!r}")
    return value


# --- text forms -----------------------------------------------------------------------

def two_decimals(value: Optional[Decimal]) -> str:
    """A computed score, always with two decimals (95.50, not 95.5); empty for none."""
    return "" if value is None else f"{value:.2f}"


def signed(value: Decimal) -> str:
    """A change with its sign: +0.30 / −0.30 (typographic minus)."""
    return f"+{value:.2f}" if value >= 0 else f"\u2212{-value:.2f}"


def points_text(value: Decimal) -> str:
    """Points as a scheme writes them: 5 → "5", 2.50 → "2.5", 0.5 → "0.5"."""
    text = to_text(value)
    return text.rstrip("0").rstrip(".") if "." in text else text


CHINESE_DIGITS = "一二三四五六七八九"


def chinese_numeral(number: int) -> str:
    """Headings' numerals: 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 99 → 九十九; past that Arabic."""
    if not 1 <= number <= 99:
        return str(number)
    tens, ones = divmod(number, 10)
    text = (CHINESE_DIGITS[tens - 1] if tens > 1 else "") + ("十" if tens else "")
    return text + (CHINESE_DIGITS[ones - 1] if ones else "")


_DATE = re.compile(r"\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*")


def parse_date_text(text) -> Optional[_dt.date]:
    """A date typed as 2024-06-28, 2024/6/28, 2024.6.28 or 2024年6月28日; None if it is not one."""
    if isinstance(text, _dt.date):
        return text
    match = _DATE.fullmatch(str(text)) if text else None
    if not match:
        return None
    try:
        return _dt.date(*map(int, match.groups()))
    except ValueError:
        return None


def chinese_date(date: _dt.date) -> str:
    """Arabic numerals, the year in full, no padding: 2024年6月28日."""
    return f"{date.year}年{date.month}月{date.day}日"
