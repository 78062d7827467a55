"""Decimal helpers: the one rounding rule (half up, to hundredths) and text form."""
from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

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
