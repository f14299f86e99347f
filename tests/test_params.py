"""Argument checking shared by every resource (``alpaca._params``): names the parameter."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from alpaca import OrderSide
from alpaca._params import (
    date_param,
    datetime_param,
    decimal_param,
    enum_param,
    limit_param,
    path_param,
    symbol_param,
    symbols_param,
    time_param,
)


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("aapl", ["AAPL"]),
        ("aapl, msft", ["AAPL", "MSFT"]),
        (["spy", "SPY", "qqq"], ["SPY", "QQQ"]),
        (("BRK.B",), ["BRK.B"]),
        (iter(["a", "b"]), ["A", "B"]),
    ],
)
def test_symbols(given: object, expected: list[str]) -> None:
    assert symbols_param(given) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize("given", ["", " ", "A,,B", [], ["A", ""], ","])
def test_symbols_rejects_empty(given: object) -> None:
    with pytest.raises(ValueError, match="tickers"):
        symbols_param(given, "tickers")  # type: ignore[arg-type]


def test_symbols_rejects_non_strings() -> None:
    with pytest.raises(TypeError, match="symbols"):
        symbols_param(["AAPL", None])  # type: ignore[list-item]


def test_time_param() -> None:
    aware = dt.datetime(2024, 1, 2, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
    assert time_param(aware, "start") == "2024-01-02T14:30:00Z"
    utc = dt.datetime(2024, 1, 2, 14, 30, 0, 123456, tzinfo=dt.UTC)
    assert time_param(utc, "start") == "2024-01-02T14:30:00.123456Z"
    assert time_param(dt.date(2024, 1, 2), "start") == "2024-01-02"
    assert time_param(" 2024-01-02 ", "start") == "2024-01-02"
    assert time_param("2024-01-02T14:30:00Z", "end") == "2024-01-02T14:30:00Z"
    assert time_param("2024-01-02T09:30:00-05:00", "end") == "2024-01-02T09:30:00-05:00"


@pytest.mark.parametrize(
    ("value", "error"),
    [
        (dt.datetime(2024, 1, 2, 9, 30), ValueError),
        ("2024-01-02T09:30:00", ValueError),
        ("2024-01-02 09:30", ValueError),
        ("tomorrow", ValueError),
        ("2024-13-01", ValueError),
        (1704205800, TypeError),
        (None, TypeError),
    ],
)
def test_time_param_rejects(value: object, error: type[Exception]) -> None:
    with pytest.raises(error, match="asof"):
        time_param(value, "asof")  # type: ignore[arg-type]


def test_naive_datetime_message_explains_the_fix() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        time_param(dt.datetime(2024, 1, 2), "start")


def test_datetime_param() -> None:
    value = datetime_param("2024-01-02T14:30:00Z", "after")
    assert value == dt.datetime(2024, 1, 2, 14, 30, tzinfo=dt.UTC)
    with pytest.raises(ValueError, match="after"):
        datetime_param("2024-01-02", "after")
    with pytest.raises(ValueError, match="after"):
        datetime_param(dt.datetime(2024, 1, 2), "after")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (1, Decimal(1)),
        ("0.000000001", Decimal("0.000000001")),
        (0.1, Decimal("0.1")),
        (Decimal("12.3400"), Decimal("12.3400")),
        (1e-7, Decimal("1E-7")),
    ],
)
def test_decimal_param(value: object, expected: Decimal) -> None:
    result = decimal_param(value, "qty")  # type: ignore[arg-type]
    assert result == expected and str(result) == str(expected)


@pytest.mark.parametrize(
    ("value", "error"),
    [
        (0, ValueError),
        (-1, ValueError),
        ("-0.5", ValueError),
        ("abc", ValueError),
        (float("inf"), ValueError),
        ("NaN", ValueError),
        (True, TypeError),
        (None, ValueError),
        ([1], ValueError),
    ],
)
def test_decimal_param_rejects(value: object, error: type[Exception]) -> None:
    with pytest.raises(error, match="notional"):
        decimal_param(value, "notional")  # type: ignore[arg-type]


def test_decimal_param_allows_non_positive_when_asked() -> None:
    assert decimal_param("-1.5", "offset", positive=False) == Decimal("-1.5")


def test_enum_param() -> None:
    assert enum_param("buy", OrderSide, "side") is OrderSide.BUY
    assert enum_param("BUY", OrderSide, "side") is OrderSide.BUY
    assert enum_param(OrderSide.SELL, OrderSide, "side") is OrderSide.SELL
    for bad in ("hold", "", 1):
        with pytest.raises(ValueError, match="side"):
            enum_param(bad, OrderSide, "side")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="buy, sell"):
        enum_param("short", OrderSide, "side")


def test_limit_param() -> None:
    assert limit_param(None) is None
    assert limit_param(1) == 1 and limit_param(10**9) == 10**9
    for bad in (0, -1):
        with pytest.raises(ValueError, match="limit"):
            limit_param(bad)
    for wrong in ("5", 5.0, True):
        with pytest.raises(TypeError, match="limit"):
            limit_param(wrong)  # type: ignore[arg-type]


def test_date_param() -> None:
    assert date_param("2026-11-27", "start") == dt.date(2026, 11, 27)
    assert date_param(dt.date(2026, 11, 27), "start") == dt.date(2026, 11, 27)
    with pytest.raises(TypeError, match="start"):
        date_param(dt.datetime(2026, 11, 27, tzinfo=dt.UTC), "start")
    with pytest.raises(ValueError, match="end"):
        date_param("27/11/2026", "end")
    with pytest.raises(TypeError, match="end"):
        date_param(20261127, "end")  # type: ignore[call-overload]


def test_path_param() -> None:
    assert path_param(" AAPL ", "symbol") == "AAPL"
    assert path_param("BTC/USD", "symbol") == "BTC/USD"  # encoded once, by the endpoint
    with pytest.raises(ValueError, match="order_id"):
        path_param("  ", "order_id")
    with pytest.raises(TypeError, match="order_id"):
        path_param(None, "order_id")  # type: ignore[arg-type]


def test_symbol_param_takes_exactly_one() -> None:
    assert symbol_param(" brk.b ") == "BRK.B"
    with pytest.raises(ValueError, match="symbol"):
        symbol_param("AAPL,MSFT")
    with pytest.raises(ValueError, match="symbol"):
        symbol_param("")
