"""The year file's bounds on hostile input, at the bound and one past it: a real file is
never refused, a file built to take minutes or gigabytes always is."""
from __future__ import annotations

import json
from decimal import Decimal

import pytest

from desktop_app.yearfile import (
    MAX_DEPTH, MAX_EXPONENT, MAX_INTEGER_DIGITS, MAX_NUMBER_LENGTH, YearFileError, _depth_within, _integer, _number,
    _object, _Refused, parse_year_text,
)


def test_a_number_as_long_as_the_bound_is_read_and_one_character_more_is_refused():
    at_bound = "123456789." + "1" * (MAX_NUMBER_LENGTH - 10)
    assert len(at_bound) == MAX_NUMBER_LENGTH and _number(at_bound) == Decimal(at_bound)
    with pytest.raises(_Refused, match="位数过多"):
        _number("1" + at_bound)


@pytest.mark.parametrize("text", [f"1e{MAX_EXPONENT}", f"1e-{MAX_EXPONENT}", f"-1e{MAX_EXPONENT}"])
def test_numbers_at_the_exponent_bound_are_read(text):
    assert _number(text) == Decimal(text)


@pytest.mark.parametrize("text", [f"1e{MAX_EXPONENT + 1}", f"1e-{MAX_EXPONENT + 1}"])
def test_numbers_past_the_exponent_bound_are_refused(text):
    with pytest.raises(_Refused, match="超出合理范围"):
        _number(text)


def test_an_integer_with_as_many_digits_as_the_bound_is_read_with_or_without_its_sign():
    digits = "9" * MAX_INTEGER_DIGITS
    assert _integer(digits) == int(digits) and _integer("-" + digits) == -int(digits)
    with pytest.raises(_Refused, match="位数过多"):
        _integer(digits + "9")


def test_a_lone_surrogate_is_reported_where_it_is():
    long_key = "scores_of_the_year_" + "x" * 10 + "\ud800"
    with pytest.raises(_Refused) as key_fault:
        _object([(long_key, 1)])
    assert key_fault.value.problem.path == long_key[:20]
    with pytest.raises(_Refused) as item_fault:
        _object([("veto_conditions", ["正常", "坏\udc00"])])
    assert item_fault.value.problem.path == "veto_conditions"
    assert item_fault.value.problem.params == {"code": 0xDC00}


def nested(levels: int):
    data: list = []
    for _ in range(levels - 1):
        data = [data]
    return data


def test_nesting_as_deep_as_the_bound_is_accepted_and_one_level_more_is_not():
    assert _depth_within(nested(MAX_DEPTH), MAX_DEPTH)
    assert not _depth_within(nested(MAX_DEPTH + 1), MAX_DEPTH)
    assert _depth_within({"a": [{"b": nested(MAX_DEPTH - 3)}]}, MAX_DEPTH)
    assert not _depth_within({"a": [{"b": nested(MAX_DEPTH - 2)}]}, MAX_DEPTH)


def test_a_refused_number_names_the_file_it_came_from():
    with pytest.raises(YearFileError) as refused:
        parse_year_text(json.dumps({"year": 1}).replace("1", "1e999"), "年度.json")
    assert refused.value.source == "年度.json" and "超出合理范围" in refused.value.problems[0].template
