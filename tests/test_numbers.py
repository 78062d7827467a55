"""The Decimal helpers every score goes through: rounding half up, decimal places,
plain text form and reading numbers from stored text."""
from __future__ import annotations

from decimal import Decimal

import pytest

from desktop_app.domain.numbers import decimal_places, parse_decimal, round2, round_int, to_text


@pytest.mark.parametrize("value, expected", [
    ("0.125", "0.13"),      # half up, where half-even would give 0.12
    ("90.725", "90.73"),
    ("2.335", "2.34"),
    ("-0.125", "-0.13"),    # half away from zero
    ("0.124", "0.12"),
    ("5", "5.00"),
])
def test_round2_rounds_half_up_to_hundredths(value, expected):
    result = round2(Decimal(value))
    assert result == Decimal(expected)
    assert str(result) == expected


@pytest.mark.parametrize("value, expected", [
    ("0.5", 1), ("1.5", 2), ("2.5", 3), ("2.4", 2), ("7", 7), ("-2.5", -3),
])
def test_round_int_rounds_half_up_to_a_whole_number(value, expected):
    result = round_int(Decimal(value))
    assert result == expected
    assert type(result) is int


@pytest.mark.parametrize("value, expected", [
    ("5", 0), ("5.00", 0), ("100", 0), ("1E+2", 0), ("1.5", 1), ("1.50", 1),
    ("1.25", 2), ("1.234", 3), ("0.001", 3),
])
def test_decimal_places_counts_significant_decimals(value, expected):
    assert decimal_places(Decimal(value)) == expected


@pytest.mark.parametrize("value", ["NaN", "Infinity", "-Infinity"])
def test_decimal_places_of_a_non_finite_number_is_zero(value):
    assert decimal_places(Decimal(value)) == 0


@pytest.mark.parametrize("value, expected", [
    ("1E+2", "100"), ("5", "5"), ("5.00", "5.00"), ("0.5", "0.5"), ("-1.25", "-1.25"),
    ("0", "0"), ("0.00", "0.00"), ("0.0", "0.0"),
    ("-0", "0"), ("-0.0", "0"), ("-0.00", "0"),
])
def test_to_text_is_plain_positional_text_without_negative_zero(value, expected):
    assert to_text(Decimal(value)) == expected


@pytest.mark.parametrize("text, expected", [
    ("1.5", "1.5"), (" 2.25 ", "2.25"), (3, "3"), (0.1, "0.1"), (2.5, "2.5"),
    (Decimal("4.75"), "4.75"), ("-1", "-1"),
])
def test_parse_decimal_reads_text_and_numbers_exactly(text, expected):
    value = parse_decimal(text)
    assert isinstance(value, Decimal)
    assert str(value) == expected


@pytest.mark.parametrize("text, message", [
    ("abc", "not a number: 'abc'"),
    ("", "not a number: ''"),
    (None, "not a number: None"),
    (True, "not a number: True"),
    ("NaN", "not a finite number: 'NaN'"),
    ("Infinity", "not a finite number: 'Infinity'"),
    (float("inf"), "not a finite number: 'inf'"),
])
def test_parse_decimal_refuses_what_is_not_a_finite_number(text, message):
    with pytest.raises(ValueError) as caught:
        parse_decimal(text)
    assert str(caught.value) == message
