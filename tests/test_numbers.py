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


# --- the one home of the text forms ---------------------------------------------------

def test_chinese_numerals_past_ten():
    from desktop_app.domain.numbers import chinese_numeral

    assert [chinese_numeral(n) for n in (1, 9, 10, 11, 12, 19, 20, 21, 35, 99)] == [
        "一", "九", "十", "十一", "十二", "十九", "二十", "二十一", "三十五", "九十九"]
    assert chinese_numeral(100) == "100" and chinese_numeral(0) == "0"


def test_points_two_decimals_and_signed_text():
    from desktop_app.domain.numbers import points_text, signed, two_decimals

    assert [points_text(Decimal(t)) for t in ("5", "5.00", "2.50", "0.5", "100", "1E+1", "-0.0")] == [
        "5", "5", "2.5", "0.5", "100", "10", "0"]
    assert [two_decimals(Decimal(t)) for t in ("95.5", "3", "0.005")] == ["95.50", "3.00", "0.00"]
    assert two_decimals(None) == ""
    assert signed(Decimal("0.3")) == "+0.30" and signed(Decimal("-0.3")) == "\u22120.30" and signed(Decimal(0)) == "+0.00"


def test_dates_are_read_in_every_written_form_and_shown_the_chinese_way():
    import datetime

    from desktop_app.domain.numbers import chinese_date, parse_date_text

    expected = datetime.date(2024, 6, 8)
    for text in ("2024-06-08", "2024/6/8", "2024.6.8", "2024年6月8日", " 2024 年 6 月 8 日 ", expected):
        assert parse_date_text(text) == expected
    for text in ("", None, "2024-13-01", "2024-02-30", "24-6-8", "明天", "2024-06-08x"):
        assert parse_date_text(text) is None
    assert chinese_date(expected) == "2024年6月8日"
