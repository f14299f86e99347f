"""Retired market data v1 calls, answered from v2 in the legacy shapes, warning once."""

from __future__ import annotations

import warnings

import pandas as pd
import pytest

import alpaca.compat as tradeapi
from alpaca.compat import _common
from alpaca.compat.entity import Agg, Aggs, Bar, Bars, BarSet, Quote, Trade
from alpaca.compat.rest import TimeFrame

NY = "America/New_York"
FIELDS = ["open", "high", "low", "close", "volume"]


@pytest.fixture(autouse=True)
def fresh_warnings(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test sees the first call of a retired method (the warning is once per process)."""
    monkeypatch.setattr(_common, "_warned", set())


def test_get_barset_wide_layout(api: tradeapi.REST) -> None:
    with pytest.warns(DeprecationWarning, match=r"get_barset\(\).*get_bars"):
        barset = api.get_barset(["AAPL", "GOOG"], "day", start="2021-02-01", end="2021-02-08")
    assert isinstance(barset, BarSet) and list(barset) == ["AAPL", "GOOG"]
    assert isinstance(barset["AAPL"], Bars) and isinstance(barset["AAPL"][0], Bar)
    frame = barset.df
    assert list(frame.columns) == [(s, f) for s in ("AAPL", "GOOG") for f in FIELDS]
    assert frame.index.name == "time" and str(frame.index.tz) == NY
    assert list(frame.index) == [
        pd.Timestamp(day, tz=NY) for day in ("2021-02-01", "2021-02-02", "2021-02-03",
                                             "2021-02-04", "2021-02-05", "2021-02-08")
    ]  # fmt: skip
    v2 = api.get_bars("GOOG", TimeFrame.Day, "2021-02-01", "2021-02-08").df
    assert list(frame[("GOOG", "close")]) == list(v2["close"])
    assert list(barset["AAPL"].df.columns) == FIELDS
    first = barset["AAPL"][0]
    assert first.t == pd.Timestamp("2021-02-01", tz=NY) and first.c == frame.iloc[0, 3]
    assert barset._raw["AAPL"][0]["t"] == int(pd.Timestamp("2021-02-01", tz=NY).timestamp())


def test_get_barset_warns_once(api: tradeapi.REST) -> None:
    with pytest.warns(DeprecationWarning):
        api.get_barset("AAPL", "day", limit=2, end="2021-02-08")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        again = api.get_barset("AAPL", "1D", limit=2, end="2021-02-08")
    assert len(again["AAPL"]) == 2


def test_get_barset_minute_with_new_york_bounds_and_gaps(api: tradeapi.REST) -> None:
    start = pd.Timestamp("2021-02-08 09:30", tz=NY).isoformat()
    end = pd.Timestamp("2021-02-08 09:39", tz=NY).isoformat()
    with pytest.warns(DeprecationWarning):
        frame = api.get_barset("AAPL,MSFT", "minute", start=start, end=end).df
    assert len(frame) == 10 and frame.index[0] == pd.Timestamp(start)
    last = api.get_barset(["AAPL", "ZZZZ"], "minute", limit=3, end=end)
    assert len(last["AAPL"]) == 3 and last["AAPL"][-1].t == pd.Timestamp(end)  # counted back
    gaps = last.df
    assert gaps[("ZZZZ", "close")].isna().all() and not gaps[("AAPL", "close")].isna().any()


def test_get_barset_empty_and_raw(raw_api: tradeapi.REST) -> None:
    with pytest.warns(DeprecationWarning):
        raw = raw_api.get_barset(["AAPL"], "day", start="2021-02-01", end="2021-02-02")
    assert isinstance(raw, dict) and set(raw["AAPL"][0]) == {"t", "o", "h", "l", "c", "v"}
    assert BarSet({}).df.empty


def test_get_aggs(api: tradeapi.REST) -> None:
    with pytest.warns(DeprecationWarning, match="get_aggs"):
        aggs = api.get_aggs("AAPL", 1, "day", "2021-02-01", "2021-02-08")
    assert isinstance(aggs, Aggs) and len(aggs) == 6 and isinstance(aggs[0], Agg)
    assert aggs[0].timestamp == pd.Timestamp("2021-02-01", tz=NY)
    assert aggs[0].close == aggs._raw["results"][0]["c"]
    frame = aggs.df
    assert list(frame.columns) == FIELDS and frame.index.name == "timestamp"
    assert str(frame.index.tz) == NY
    hourly = api.get_aggs("AAPL", 2, "hour", "2021-02-08", "2021-02-08")
    steps = set(hourly.df.index.to_series().diff().dropna())
    assert steps == {pd.Timedelta(hours=2)}
    with pytest.raises(ValueError, match="timespan"):
        api.get_aggs("AAPL", 1, "fortnight", "2021-02-01", "2021-02-08")


def test_get_last_trade_and_quote(api: tradeapi.REST) -> None:
    with pytest.warns(DeprecationWarning, match="get_latest_trade"):
        trade = api.get_last_trade("AAPL")
    latest = api.get_latest_trade("AAPL")
    assert latest is not None
    assert isinstance(trade, Trade) and trade.price == latest.p and trade.size == latest.s
    assert trade.timestamp == latest.timestamp and str(trade.timestamp.tz) == NY
    assert trade.cond1 == latest.c[0] and isinstance(trade._raw["timestamp"], int)
    with pytest.warns(DeprecationWarning, match="get_latest_quote"):
        quote = api.get_last_quote("AAPL")
    now = api.get_latest_quote("AAPL")
    assert now is not None
    assert isinstance(quote, Quote)
    assert (quote.askprice, quote.bidsize, quote.bidexchange) == (now.ap, now.bs, now.bx)
