"""``Bar``/``Quote``/``Trade``/``Snapshot`` records, the sets' ``.raw``/``.df``, and the row checks
of history pages (offline)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import httpx
import pandas as pd
import pytest

import alpaca

BAR_COLUMNS = ["open", "high", "low", "close", "volume", "trade_count", "vwap"]


def _bar(t: str, price: float, **extra: Any) -> dict[str, Any]:
    return {"t": t, "o": price, "h": price + 1, "l": price - 1, "c": price, "v": 100, "n": 3,
            "vw": price, **extra}  # fmt: skip


def _quote(t: str, **changes: Any) -> dict[str, Any]:
    row = {"t": t, "ax": "Z", "ap": 1.02, "as": 5, "bx": "Q", "bp": 1.01, "bs": 9, "c": ["R"]}
    return {**row, "z": "C", **changes}


RAW = {
    "MSFT": [_bar("2024-01-02T14:30:00Z", 370.1), _bar("2024-01-02T14:31:00Z", 370.2)],
    "AAPL": [_bar("2024-01-02T14:30:00Z", 190.1)],
}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-01-02T14:30:00Z", dt.datetime(2024, 1, 2, 14, 30, tzinfo=dt.UTC)),
        ("2024-01-02T14:30:00.5Z", dt.datetime(2024, 1, 2, 14, 30, 0, 500000, tzinfo=dt.UTC)),
        (
            "2024-01-02T14:30:00.123456789Z",
            dt.datetime(2024, 1, 2, 14, 30, 0, 123456, tzinfo=dt.UTC),
        ),
        (
            "2024-01-02T09:30:00.123456789-05:00",
            dt.datetime(2024, 1, 2, 14, 30, 0, 123456, tzinfo=dt.UTC),
        ),
        ("2024-01-02T09:30:00-05:00", dt.datetime(2024, 1, 2, 14, 30, tzinfo=dt.UTC)),
        ("2024-01-02T16:30:00+02:00", dt.datetime(2024, 1, 2, 14, 30, tzinfo=dt.UTC)),
    ],
)
def test_record_timestamps_are_utc(text: str, expected: dt.datetime) -> None:
    bar = alpaca.Bar.from_raw("AAPL", _bar(text, 1.0))
    assert bar.timestamp == expected
    assert bar.timestamp.utcoffset() == dt.timedelta(0)
    assert bar.raw["t"] == text


def test_prices_are_exact_decimals_from_float_text() -> None:
    bar = alpaca.Bar.from_raw("X", {"t": "2024-01-02T14:30:00Z", "o": 0.1, "c": 190, "v": 1.5})
    assert bar.open == Decimal("0.1") and bar.close == Decimal(190)
    assert isinstance(bar.volume, Decimal) and bar.volume == Decimal("1.5")
    assert bar.high is None and bar.trade_count is None and bar.vwap is None
    trade = alpaca.Trade.from_raw(
        "X", {"t": "2024-01-02T14:30:00.000000001Z", "p": 187.33, "s": 7, "i": 9, "x": "V"}
    )
    assert trade.price == Decimal("187.33") and trade.size == 7 and trade.id == 9
    quote = alpaca.Quote.from_raw("X", {"t": "2024-01-02T14:30:00Z", "ap": 1.01, "bp": 0.99})
    assert quote.ask_price == Decimal("1.01") and quote.bid_price == Decimal("0.99")
    assert quote.ask_size is None and quote.conditions is None


def test_records_compare_by_value_not_raw() -> None:
    one = alpaca.Bar.from_raw("A", _bar("2024-01-02T14:30:00Z", 1.0))
    two = alpaca.Bar.from_raw("A", {**_bar("2024-01-02T14:30:00Z", 1.0), "extra": 1})
    assert one == two and "raw" not in repr(one)


def test_bar_set_access() -> None:
    bars = alpaca.BarSet(RAW)
    assert bars.raw is RAW
    assert bars.symbols == ["MSFT", "AAPL"]
    assert len(bars) == 3
    assert "msft" in bars and "TSLA" not in bars and 3 not in bars
    assert [b.close for b in bars["msft"]] == [Decimal("370.1"), Decimal("370.2")]
    assert [(b.symbol, b.close) for b in bars] == [
        ("MSFT", Decimal("370.1")),
        ("MSFT", Decimal("370.2")),
        ("AAPL", Decimal("190.1")),
    ]
    assert repr(bars) == "BarSet({MSFT: 2, AAPL: 1})"
    with pytest.raises(KeyError):
        bars["TSLA"]


def test_multi_symbol_frame_keeps_symbol_order_and_values() -> None:
    frame = alpaca.BarSet(RAW).df
    assert list(frame.columns) == BAR_COLUMNS
    assert frame.index.names == ["symbol", "timestamp"]
    assert list(frame.index.get_level_values("symbol")) == ["MSFT", "MSFT", "AAPL"]
    stamps = frame.index.get_level_values("timestamp")
    assert isinstance(stamps, pd.DatetimeIndex) and str(stamps.tz) == "UTC"
    assert list(stamps) == [pd.Timestamp(r["t"]) for rows in RAW.values() for r in rows]
    assert frame["close"].tolist() == [370.1, 370.2, 190.1]
    assert frame.loc[("AAPL", pd.Timestamp("2024-01-02T14:30:00Z")), "high"] == 191.1


def test_single_symbol_frame_and_empty_frames() -> None:
    frame = alpaca.BarSet({"AAPL": RAW["AAPL"]}).df
    assert isinstance(frame.index, pd.DatetimeIndex) and frame.index.name == "timestamp"
    assert str(frame.index.tz) == "UTC"
    for empty in (alpaca.BarSet(), alpaca.BarSet({"AAPL": []})):
        assert len(empty) == 0
        assert empty.df.empty and list(empty.df.columns) == BAR_COLUMNS
        assert empty.df.index.name == "timestamp"


def test_missing_fields_become_missing_values() -> None:
    rows = [_bar("2024-01-02T14:30:00Z", 1.5), {"t": "2024-01-02T14:31:00Z", "c": 2.5}]
    frame = alpaca.BarSet({"X": rows}).df
    assert frame["close"].tolist() == [1.5, 2.5]
    assert pd.isna(frame["open"].iloc[1]) and pd.isna(frame["vwap"].iloc[1])


def test_quote_and_trade_frames_keep_nanoseconds() -> None:
    t = "2024-01-02T14:30:05.690997270Z"
    quotes = alpaca.QuoteSet({"AAPL": [_quote(t)]})
    frame = quotes.df
    assert list(frame.columns) == [
        "ask_exchange", "ask_price", "ask_size", "bid_exchange", "bid_price", "bid_size",
        "conditions", "tape",
    ]  # fmt: skip
    assert frame.index[0] == pd.Timestamp(t) and frame.index[0].nanosecond == 270
    assert frame.iloc[0].tolist() == ["Z", 1.02, 5, "Q", 1.01, 9, ["R"], "C"]
    assert quotes["AAPL"][0].timestamp.microsecond == 690997
    trades = alpaca.TradeSet(
        {"AAPL": [{"t": t, "x": "V", "p": 1.5, "s": 10, "c": ["@"], "i": 42, "z": "C"}]}
    )
    assert list(trades.df.columns) == ["exchange", "price", "size", "conditions", "id", "tape"]
    assert trades.df.index[0].nanosecond == 270
    assert trades.df["id"].tolist() == [42]


def test_snapshot_parts() -> None:
    raw = {
        "latestTrade": {"t": "2024-01-02T20:59:59.5Z", "p": 185.64, "s": 100},
        "latestQuote": {"t": "2024-01-02T20:59:59.9Z", "ap": 185.65, "bp": 185.63},
        "minuteBar": _bar("2024-01-02T20:59:00Z", 185.6),
        "dailyBar": _bar("2024-01-02T05:00:00Z", 185.0),
        "prevDailyBar": None,
    }
    snap = alpaca.Snapshot.from_raw("AAPL", raw)
    assert snap.latest_trade is not None and snap.latest_trade.price == Decimal("185.64")
    assert snap.latest_quote is not None and snap.latest_quote.bid_price == Decimal("185.63")
    assert snap.minute_bar is not None and snap.minute_bar.symbol == "AAPL"
    assert snap.daily_bar is not None and snap.prev_daily_bar is None
    assert snap.raw is raw


def test_price_columns_are_float64_even_for_whole_prices() -> None:
    rows = [{"t": "2024-01-02T14:30:00Z", "o": 190, "h": 191, "l": 189, "c": 190, "v": 5,
             "n": 1, "vw": 190}]  # fmt: skip
    frame = alpaca.BarSet({"AAPL": rows}).df
    for column in ("open", "high", "low", "close", "vwap"):
        assert frame[column].dtype == "float64", column


def test_frame_index_is_nanosecond_resolution() -> None:
    frame = alpaca.BarSet({"AAPL": RAW["AAPL"]}).df
    assert str(frame.index.dtype) == "datetime64[ns, UTC]"


def _answering(page: dict[str, Any]) -> alpaca.Client:
    """A client whose every request gets ``page`` (offline, through the real transport)."""
    http = httpx.Client(transport=httpx.MockTransport(lambda _: httpx.Response(200, json=page)))
    return alpaca.Client(key_id="PKTEST", secret_key="secret", max_retries=0, http_client=http)


@pytest.mark.parametrize(
    ("row", "path", "value"),
    [
        ({"o": "abc"}, "bars.AAPL[1].o", "abc"),
        ({"n": True}, "bars.AAPL[1].n", True),
        ({"v": 1.5}, "bars.AAPL[1].v", 1.5),
        ({"t": "2024-13-45T00:00:00Z"}, "bars.AAPL[1].t", "2024-13-45T00:00:00Z"),
        ({"t": "2024-01-02T14:31:00"}, "bars.AAPL[1].t", "2024-01-02T14:31:00"),
        ({"t": None}, "bars.AAPL[1].t", None),
    ],
)
def test_history_pages_refuse_a_broken_row_with_its_path(
    row: dict[str, Any], path: str, value: Any
) -> None:
    rows = [_bar("2024-01-02T14:30:00Z", 1.0), {**_bar("2024-01-02T14:31:00Z", 1.0), **row}]
    with _answering({"bars": {"AAPL": rows}, "next_page_token": None}) as client:
        with pytest.raises(alpaca.ResponseValidationError) as caught:
            client.stocks.bars("AAPL", "1Min")
        assert (caught.value.path, caught.value.value) == (path, value)
        with pytest.raises(alpaca.ResponseValidationError):
            next(iter(client.stocks.iter_bars("AAPL", "1Min")))


def test_history_pages_name_a_row_lacking_its_time() -> None:
    rows = [_bar("2024-01-02T14:30:00Z", 1.0), {"o": 1.0}]
    with (
        _answering({"bars": {"AAPL": rows}, "next_page_token": None}) as client,
        pytest.raises(alpaca.ResponseValidationError, match="'t' is missing") as caught,
    ):
        client.stocks.bars("AAPL", "1Min")
    assert caught.value.path == "bars.AAPL[1]"


def test_history_rows_keep_unknown_keys_and_may_lack_or_null_optional_fields() -> None:
    rows = [
        _bar("2024-01-02T14:30:00Z", 1.0, surprise={"a": [1]}),
        {"t": "2024-01-02T14:31:00.5+00:00", "c": 2, "n": None},
    ]
    with _answering({"bars": {"AAPL": rows}, "next_page_token": None}) as client:
        bars = client.stocks.bars("AAPL", "1Min")
    assert bars.raw["AAPL"][0]["surprise"] == {"a": [1]}
    assert [b.close for b in bars] == [Decimal("1.0"), Decimal(2)]
    assert bars["AAPL"][1].trade_count is None and bars["AAPL"][1].open is None


def test_crypto_and_option_rows_are_checked_by_their_own_schema() -> None:
    bar = {"t": "2024-01-02T14:30:00Z", "o": 1.5, "v": 0.25}
    with _answering({"bars": {"BTC/USD": [bar]}, "next_page_token": None}) as client:
        assert next(iter(client.crypto.bars("BTC/USD", "1Min"))).volume == Decimal("0.25")
    with (
        _answering({"bars": {"BTC/USD": [{**bar, "v": "x"}]}}) as client,
        pytest.raises(alpaca.ResponseValidationError, match=r"bars\.BTC/USD\[0\]\.v"),
    ):
        client.crypto.bars("BTC/USD", "1Min")
    trade = {"t": "2024-01-02T14:30:00Z", "x": "C", "p": 1.5, "s": 2, "c": "I"}
    with _answering({"trades": {"AAPL240119C00190000": [trade]}}) as client:
        (got,) = client.options.trades("AAPL240119C00190000")
    assert got.conditions == ["I"] and got.size == 2


def test_int_and_float_columns_keep_their_dtypes_with_gaps() -> None:
    rows = [_bar("2024-01-02T14:30:00Z", 1.5), {"t": "2024-01-02T14:31:00Z", "o": 2, "v": None}]
    frame = alpaca.BarSet({"X": rows}).df
    assert frame["open"].tolist() == [1.5, 2.0] and frame["open"].dtype == "float64"
    assert frame["volume"].tolist()[0] == 100 and pd.isna(frame["volume"].iloc[1])
    whole = alpaca.BarSet({"X": [rows[0], _bar("2024-01-02T14:31:00Z", 2.5)]}).df
    assert whole["volume"].dtype == "int64" and whole["trade_count"].tolist() == [3, 3]


def _plain_arrow(data: alpaca.BarSet | alpaca.QuoteSet | alpaca.TradeSet) -> Any:
    """The table ``.arrow`` must equal, built the plain way (``pyarrow.array`` of lists)."""
    import pyarrow as pa

    rows = [(symbol, row) for symbol, items in data.raw.items() for row in items]
    columns: dict[str, Any] = {}
    if len(data.requested) > 1:
        columns["symbol"] = pa.array([symbol for symbol, _ in rows], pa.string())
    stamps = pa.array([row["t"] for _, row in rows], pa.string())
    columns["timestamp"] = stamps.cast(pa.timestamp("ns", tz="UTC"))
    for key, name in type(data)._columns.items():
        kind = pa.float64() if name in {"open", "high", "low", "close", "vwap"} else None
        kind = pa.float64() if name.endswith("_price") or name == "price" else kind
        columns[name] = pa.array([row.get(key) for _, row in rows], type=kind)
    return pa.table(columns)


PLAIN_CASES: dict[str, alpaca.BarSet | alpaca.QuoteSet | alpaca.TradeSet] = {
    "bars, whole seconds": alpaca.BarSet(RAW),
    "bars with gaps and an offset": alpaca.BarSet(
        {"X": [_bar("2024-01-02T09:30:00-05:00", 1.5), {"t": "2024-01-02T14:31:00Z", "o": 2}]}
    ),
    "quotes, ns, lists, non-ASCII exchange": alpaca.QuoteSet(
        {
            "AAPL": [
                _quote("2024-01-02T14:30:05.690997270Z", ax="Ä"),
                _quote("2024-01-02T14:30:06Z", ap=1, c=None),
            ]
        }
    ),
    "trades, two symbols": alpaca.TradeSet(
        {
            "A": [
                {
                    "t": "2024-01-02T14:30:00.5Z",
                    "x": "V",
                    "p": 1.5,
                    "s": 10,
                    "c": ["@"],
                    "i": 42,
                    "z": "C",
                }
            ],
            "B": [
                {"t": "2024-01-02T14:30:01Z", "x": "P", "p": 2.5, "s": 1, "c": [], "i": 7, "z": "C"}
            ],
        }
    ),
}


@pytest.mark.parametrize("checked", [False, True], ids=["built by hand", "from pages"])
@pytest.mark.parametrize("case", PLAIN_CASES)
def test_arrow_and_polars_equal_the_plain_construction(case: str, checked: bool) -> None:
    import polars as pl

    data = PLAIN_CASES[case]
    if checked:  # polars reads the rows itself, typed by their checked kinds
        data = type(data)._from_pages(data.raw, data.requested)
    expected = _plain_arrow(data)
    assert data.arrow.equals(expected), (data.arrow.schema, expected.schema)
    plain = pl.from_arrow(expected)
    assert isinstance(plain, pl.DataFrame)
    assert data.pl.equals(plain) and data.pl.schema == plain.schema


def test_polars_types_come_from_the_checked_kinds_and_hand_rows_are_inferred() -> None:
    import polars as pl

    whole = [{"t": "2024-01-02T14:30:00Z", "o": 1, "v": 2, "n": 3}]
    crypto = alpaca.CryptoBarSet._from_pages({"BTC/USD": whole}, ["BTC/USD"])
    assert crypto.pl["volume"].dtype == pl.Float64  # a number, though whole: as in .df, .arrow
    assert crypto.df["volume"].dtype == "float64"
    assert str(crypto.arrow.schema.field("volume").type) == "double"
    stock = alpaca.BarSet._from_pages({"AAPL": whole}, ["AAPL"])
    assert stock.pl["volume"].dtype == pl.Int64 and stock.pl["open"].dtype == pl.Float64
    stock.raw["AAPL"].append({"t": "2024-01-02T14:31:00Z", "v": 2.5})  # not checked
    assert stock.pl["volume"].to_list() == [2, 2.5]  # inferred, nothing cut
    by_hand = alpaca.BarSet({"AAPL": [{"t": "2024-01-02T14:30:00Z", "v": 2.5}]}).pl
    assert by_hand["volume"].to_list() == [2.5]


def test_each_set_names_the_checks_of_its_rows() -> None:
    from alpaca_client.records.data import PAGE_ROWS

    sets: list[type[alpaca.BarSet | alpaca.QuoteSet | alpaca.TradeSet]] = [
        alpaca.BarSet, alpaca.QuoteSet, alpaca.TradeSet, alpaca.CryptoBarSet,
        alpaca.CryptoQuoteSet, alpaca.CryptoTradeSet, alpaca.OptionTradeSet,
    ]  # fmt: skip
    for kind in sets:
        kinds = PAGE_ROWS[kind._rows]["rows"]
        assert set(kind._columns) <= set(kinds), kind
        numbers = {name for key, name in kind._columns.items() if kinds[key][0] == "number"}
        assert numbers <= kind._floats, kind  # float64 in every frame, whole values or not
    assert PAGE_ROWS["/v1beta1/options/bars"]["rows"] == PAGE_ROWS["/v2/stocks/bars"]["rows"]
