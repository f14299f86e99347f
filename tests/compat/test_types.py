"""The legacy value types and entities: TimeFrame, Sort, URL/DATE/FLOAT, entity attribute
rules, error classes and the import surface."""

from __future__ import annotations

import copy
import datetime as dt
import pickle
import subprocess
import sys

import pandas as pd
import pytest

import alpaca
import alpaca.compat as tradeapi
from alpaca.compat import common, entity, entity_v2, rest, rest_async, stream
from alpaca.compat.rest import Sort, TimeFrame, TimeFrameUnit

NY = "America/New_York"


def test_import_surface_matches_the_legacy_modules() -> None:
    assert tradeapi.REST is rest.REST
    assert tradeapi.Stream is stream.Stream
    assert tradeapi.AsyncRest is rest_async.AsyncRest
    assert tradeapi.TimeFrame is rest.TimeFrame and tradeapi.TimeFrameUnit is rest.TimeFrameUnit
    assert tradeapi.entity.Account is entity.Account
    assert tradeapi.entity_v2.BarsV2 is entity_v2.BarsV2
    assert common.URL is rest.URL is stream.URL
    assert callable(rest_async.gather_with_concurrency)
    assert issubclass(rest.RetryException, Exception)
    assert rest.Sort.Desc.value == "desc"
    assert tradeapi.__version__ == "3.2.0"


def test_import_alpaca_does_not_load_compat() -> None:
    code = "import sys, alpaca; print('alpaca.compat' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_timeframe_values_and_presets() -> None:
    assert str(TimeFrame(45, TimeFrameUnit.Minute)) == "45Min"
    assert TimeFrame(45, TimeFrameUnit.Minute).value == "45Min"
    assert [str(tf) for tf in (TimeFrame.Minute, TimeFrame.Hour, TimeFrame.Day)] == [
        "1Min",
        "1Hour",
        "1Day",
    ]
    assert TimeFrame.Week.value == "1Week" and TimeFrame.Month.value == "1Month"
    assert TimeFrame(6, TimeFrameUnit.Month).value == "6Month"
    assert TimeFrameUnit.Minute.value == "Min" and TimeFrameUnit is alpaca.TimeFrameUnit


@pytest.mark.parametrize(
    ("amount", "unit", "message"),
    [
        (0, TimeFrameUnit.Minute, "Amount must be a positive integer value."),
        (60, TimeFrameUnit.Minute, "Second or Minute units can only be used with amounts"),
        (24, TimeFrameUnit.Hour, "Hour units can only be used with amounts 1-23"),
        (2, TimeFrameUnit.Day, "Day and Week units can only be used with amount 1"),
        (2, TimeFrameUnit.Week, "Day and Week units can only be used with amount 1"),
        (4, TimeFrameUnit.Month, "Month units can only be used with amount 1, 2, 3, 6 and 12"),
    ],
)
def test_timeframe_validation(amount: int, unit: TimeFrameUnit, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        TimeFrame(amount, unit)


def test_timeframe_setters_check_again() -> None:
    frame = TimeFrame(30, TimeFrameUnit.Minute)
    frame.amount = 15
    assert str(frame) == "15Min"
    with pytest.raises(ValueError, match="Hour units"):
        frame.unit, frame.amount = TimeFrameUnit.Hour, 30
    frame.unit = TimeFrameUnit.Hour
    assert frame.value == "15Hour" and repr(frame) == "TimeFrame(15, TimeFrameUnit.Hour)"
    with pytest.raises(ValueError, match="Day and Week"):
        frame.unit = TimeFrameUnit.Day


def test_sort_url_date_float() -> None:
    assert Sort.Asc.value == "asc" and Sort("desc") is Sort.Desc
    assert common.URL("https://paper-api.alpaca.markets") == "https://paper-api.alpaca.markets"
    assert isinstance(common.URL("wss://stream.data.alpaca.markets"), str)
    with pytest.raises(ValueError, match="is not an"):
        common.URL("paper-api.alpaca.markets")
    assert common.DATE("2021-02-08") == "2021-02-08"
    for text in ("08/02/2021", "20210208"):
        with pytest.raises(ValueError, match="YYYY-MM-DD"):
            common.DATE(text)
    assert common.FLOAT(" 305.5 ") == 305.5 and common.FLOAT(3) == 3
    with pytest.raises(ValueError):
        common.FLOAT("cheap")
    with pytest.raises(ValueError, match="Unexpected float format"):
        common.FLOAT(None)  # type: ignore[arg-type]


def test_environment_helpers(clean_env: pytest.MonkeyPatch) -> None:
    assert common.get_base_url() == "https://paper-api.alpaca.markets"
    assert common.get_data_url() == "https://data.alpaca.markets"
    assert common.get_api_version(None) == "v2"
    clean_env.setenv("APCA_API_BASE_URL", "https://api.alpaca.markets/")
    clean_env.setenv("APCA_API_VERSION", "v1")
    assert common.get_base_url() == "https://api.alpaca.markets"
    assert common.get_api_version(None) == "v1"
    with pytest.raises(ValueError, match="Key ID must be given"):
        common.get_credentials()
    clean_env.setenv("APCA_API_KEY_ID", "PKTEST")
    with pytest.raises(ValueError, match="Secret key must be given"):
        common.get_credentials()
    assert common.get_credentials(secret_key="s") == ("PKTEST", "s", None)
    assert common.get_credentials(oauth="token") == ("PKTEST", None, "token")


def test_entity_attributes_read_the_raw_dict() -> None:
    raw = {
        "id": "o1",
        "qty": "10",
        "created_at": "2021-02-08T14:30:00.123456789Z",
        "expires_at": None,
        "note_time": "not a time",
        "legs": [{"id": "leg", "submitted_at": "2021-02-08T14:30:00Z"}],
    }
    order = entity.Order(raw)
    assert order._raw is raw and order.qty == "10" and order.expires_at is None
    assert order.created_at == pd.Timestamp("2021-02-08T14:30:00.123456789Z")
    assert str(order.created_at.tz) == "UTC" and order.created_at.nanosecond == 789
    assert order.note_time == "not a time"
    assert isinstance(order.legs[0], entity.Order)
    assert order.legs[0].submitted_at.minute == 30
    with pytest.raises(AttributeError, match="'Order' object has no attribute 'price'"):
        order.price  # noqa: B018
    assert repr(order).startswith("Order({   'created_at':")
    order.qty = "11"  # attributes can be set, as before
    assert order.qty == "11" and order._raw["qty"] == "10"
    assert entity.Order({"id": "x", "legs": None}).legs is None


def test_entities_copy_and_pickle() -> None:
    account = entity.Account({"cash": "4000.32"})
    assert copy.deepcopy(account).cash == "4000.32"
    assert copy.copy(account)._raw == {"cash": "4000.32"}
    assert pickle.loads(pickle.dumps(account)).cash == "4000.32"


def test_clock_and_calendar_conversions() -> None:
    clock = entity.Clock(
        {
            "timestamp": "2021-02-08T10:00:00.5-05:00",
            "is_open": True,
            "next_open": "2021-02-09T09:30:00-05:00",
            "next_close": "2021-02-08T16:00:00-05:00",
        }
    )
    assert clock.is_open is True
    assert clock.next_close - clock.timestamp == pd.Timedelta(hours=5, minutes=59, seconds=59.5)
    assert clock.next_open.utcoffset() == dt.timedelta(hours=-5)
    day = entity.Calendar(
        {
            "date": "2021-02-08",
            "open": "09:30",
            "close": "16:00",
            "session_open": "0400",
            "session_close": "2000",
        }
    )
    assert day.date == pd.Timestamp("2021-02-08") and day.date.tzinfo is None
    assert (day.open, day.close) == (dt.time(9, 30), dt.time(16, 0))
    assert (day.session_open, day.session_close) == (dt.time(4, 0), dt.time(20, 0))


def test_market_data_item_naming_schemes() -> None:
    row = {"t": "2021-02-08T14:00:00Z", "o": 1.5, "c": 2.5}
    bar = entity.Bar(row)
    assert bar.c == 2.5 and bar.t == pd.Timestamp("2021-02-08 09:00", tz=NY)
    with pytest.raises(AttributeError):
        bar.close  # noqa: B018
    trade = entity.Trade({"t": "2021-02-08T14:00:00.000000001Z", "p": 10.0})
    assert trade.t == "2021-02-08T14:00:00.000000001Z" and trade.p == 10.0
    with pytest.raises(AttributeError):
        trade.price  # noqa: B018
    latest = entity_v2.TradeV2({"t": "2021-02-08T14:00:00.000000001Z", "p": 10.0, "s": 5})
    assert latest.price == latest.p == 10.0 and latest.size == 5
    assert latest.timestamp == latest.t == pd.Timestamp("2021-02-08 09:00:00.000000001", tz=NY)
    quote = entity_v2.QuoteV2({"t": "2021-02-08T14:00:00Z", "ap": 1.25, "bs": 3})
    assert quote.ask_price == 1.25 and quote.bid_size == 3
    status = entity_v2.StatusV2({"symbol": "AAPL", "status_code": "H", "timestamp": 10**18})
    assert status.status_code == "H" and status.symbol == "AAPL"
    assert status.timestamp == pd.Timestamp(10**18, unit="ns", tz="UTC").tz_convert(NY)
    stream_trade = entity.Trade({"symbol": "AAPL", "price": 1.0, "timestamp": 10**18})
    assert stream_trade.timestamp.tz is not None and stream_trade.price == 1.0
    stream_quote = entity.Quote({"symbol": "AAPL", "ask_price": 2.0, "timestamp": 10**18})
    assert stream_quote.timestamp == stream_trade.timestamp
    assert not isinstance(stream_quote, entity.Trade)  # scripts dispatch on the class


def test_snapshot_and_latest_dicts() -> None:
    snap = entity_v2.SnapshotV2(
        {"latestTrade": {"t": "2021-02-08T14:00:00Z", "p": 3.0}, "minuteBar": None}
    )
    assert snap.latest_trade.p == 3.0 and snap.minute_bar is None and snap.daily_bar is None
    snaps = entity_v2.SnapshotsV2({"AAPL": {"latestQuote": {"ap": 1.0}}, "NOPE": None})
    assert snaps["NOPE"] is None and snaps["AAPL"].latest_quote.ask_price == 1.0
    latest = entity_v2.LatestBarsV2({"AAPL": {"t": "2021-02-08T14:00:00Z", "c": 2.0}})
    assert latest["AAPL"].close == 2.0
    books = entity_v2.OrderbooksV2(
        {"BTC/USD": {"t": "2021-02-08T14:00:00Z", "b": [{"p": 1.0, "s": 2.0}], "a": []}}
    )
    book = books["BTC/USD"]
    assert book.timestamp == "2021-02-08T14:00:00Z" and book.bids[0].p == 1.0
    assert book.asks == []


def test_history_frames() -> None:
    rows = [
        {"t": "2021-02-08T14:00:00.000000001Z", "o": 1.0, "h": 2.0, "l": 0.5, "c": 1.5, "v": 9},
        {"t": "2021-02-08T15:00:00Z", "o": 1.5, "h": 2.5, "l": 1.0, "c": 2.0, "v": 7},
    ]
    frame = entity_v2.BarsV2(rows).df
    assert list(frame.columns) == ["open", "high", "low", "close", "volume"]
    assert frame.index.name == "timestamp" and str(frame.index.dtype) == "datetime64[ns, UTC]"
    assert frame.index[0].nanosecond == 1 and frame["volume"].dtype == "int64"
    assert entity_v2.BarsV2(rows).df is not frame  # cached per object
    bars = entity_v2.BarsV2(rows)
    assert bars.df is bars.df
    empty = entity_v2.TradesV2([]).df
    assert empty.empty and list(empty.columns) == [] and isinstance(empty.index, pd.RangeIndex)
    keep = entity_v2.QuotesV2([{"t": "2021-02-08T14:00:00Z", "ap": 1.0, "new": 1}]).df
    assert list(keep.columns) == ["ask_price", "new"]


def test_error_classes() -> None:
    assert issubclass(tradeapi.APIError, alpaca.APIError)
    assert issubclass(rest.APIError, alpaca.AlpacaError)
    assert tradeapi.APIError is rest.APIError
    with pytest.raises(NotImplementedError, match="StreamConn was removed"):
        tradeapi.StreamConn()
