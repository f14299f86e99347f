"""``client.stocks`` on the sandbox: history and pagination, frames, latest values, snapshots."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import Any, TypedDict

import httpx
import pandas as pd
import pytest
from alpaca_client.data.models import StockAuctionsSingleResponse

import alpaca
from alpaca.testing import Sandbox


class Window(TypedDict):
    start: str
    end: str


JANUARY: Window = {"start": "2024-01-02", "end": "2024-01-31"}  # 21 sessions, 390 minutes each
SIX_WEEKS: Window = {"start": "2024-01-02", "end": "2024-02-15"}  # 32 full sessions
THREE = ["AAPL", "MSFT", "SPY"]
BAR_COLUMNS = ["open", "high", "low", "close", "volume", "trade_count", "vwap"]
HALF_HOUR: Window = {"start": "2024-01-02T14:30:00Z", "end": "2024-01-02T14:59:59Z"}


class Recorder:
    """Requests sent by a client built with :func:`counted`."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> None:
        self.requests.append(request)

    def data_requests(self) -> list[httpx.QueryParams]:
        return [r.url.params for r in self.requests if r.url.path.startswith("/v2/stocks/")]


@pytest.fixture
def counted(fresh_sandbox: Sandbox) -> Iterator[tuple[alpaca.Client, Recorder]]:
    """A sandbox client whose requests are recorded through an httpx event hook."""
    recorder = Recorder()
    with (
        httpx.Client(event_hooks={"request": [recorder]}) as http,
        fresh_sandbox.client(http_client=http) as client,
    ):
        yield client, recorder


def _session_minutes(client: alpaca.Client, start: str, end: str) -> int:
    total = 0
    for day in client.calendar.list(start=start, end=end):
        opens = dt.datetime.combine(day.date, dt.time.fromisoformat(day.open))
        closes = dt.datetime.combine(day.date, dt.time.fromisoformat(day.close))
        total += int((closes - opens).total_seconds()) // 60
    return total


def _assert_strictly_increasing(bars: list[alpaca.Bar]) -> None:
    stamps = [b.timestamp for b in bars]
    assert all(a < b for a, b in itertools.pairwise(stamps))


# --- history and pagination ---------------------------------------------------------------


def test_limit_none_returns_everything_in_range_over_three_pages(
    counted: tuple[alpaca.Client, Recorder],
) -> None:
    client, recorder = counted
    minutes = _session_minutes(client, **JANUARY)
    assert minutes == 21 * 390
    bars = client.stocks.bars(THREE, alpaca.TimeFrame.Minute, limit=None, concurrency=1, **JANUARY)
    pages = recorder.data_requests()
    assert len(pages) == 3
    assert [p["limit"] for p in pages] == ["10000"] * 3
    assert "page_token" not in pages[0] and all("page_token" in p for p in pages[1:])
    assert bars.symbols == THREE
    assert len(bars) == 3 * minutes
    for symbol in THREE:
        rows = bars[symbol]
        assert len(rows) == minutes
        _assert_strictly_increasing(rows)


def test_limit_is_the_total_across_pages(counted: tuple[alpaca.Client, Recorder]) -> None:
    client, recorder = counted
    bars = client.stocks.bars(THREE, "1Min", limit=25_000, **SIX_WEEKS)
    assert len(bars) == 25_000
    assert [p["limit"] for p in recorder.data_requests()] == ["10000", "10000", "5000"]
    recorder.requests.clear()
    everything = client.stocks.bars(THREE, "1Min", concurrency=1, **SIX_WEEKS)
    assert len(everything) == 3 * 32 * 390
    assert len(recorder.data_requests()) == 4
    # the limited result is exactly the first 25 000 rows: no duplicates, no gaps
    flat_limited = [(s, r["t"]) for s, rows in bars.raw.items() for r in rows]
    flat_all = [(s, r["t"]) for s, rows in everything.raw.items() for r in rows]
    assert flat_limited == flat_all[:25_000]
    assert len(set(flat_limited)) == 25_000
    for symbol in bars.symbols:
        _assert_strictly_increasing(bars[symbol])


def test_odd_limit_over_two_pages(counted: tuple[alpaca.Client, Recorder]) -> None:
    client, recorder = counted
    bars = client.stocks.bars("AAPL", "1Min", limit=12_345, **SIX_WEEKS)
    assert len(bars) == len(bars["AAPL"]) == 12_345
    assert [p["limit"] for p in recorder.data_requests()] == ["10000", "2345"]
    _assert_strictly_increasing(bars["AAPL"])
    assert bars["AAPL"][0].timestamp == dt.datetime(2024, 1, 2, 14, 30, tzinfo=dt.UTC)


def test_iter_bars_is_lazy(counted: tuple[alpaca.Client, Recorder]) -> None:
    client, recorder = counted
    iterator = client.stocks.iter_bars(THREE, "1Min", **JANUARY)
    assert recorder.data_requests() == []
    first = next(iterator)
    assert len(recorder.data_requests()) == 1
    assert isinstance(first, alpaca.Bar) and first.symbol == "AAPL"
    rest = [next(iterator) for _ in range(9_999)]
    assert len(recorder.data_requests()) == 1
    rest.append(next(iterator))
    assert len(recorder.data_requests()) == 2
    remaining = list(iterator)
    assert len(recorder.data_requests()) == 3
    everything = [first, *rest, *remaining]
    assert len(everything) == 3 * 21 * 390
    assert len({(b.symbol, b.timestamp) for b in everything}) == len(everything)


def test_iter_bars_stops_fetching_at_the_limit(counted: tuple[alpaca.Client, Recorder]) -> None:
    client, recorder = counted
    got = list(client.stocks.iter_bars("AAPL", "1Min", limit=3, **JANUARY))
    assert len(got) == 3
    assert [p["limit"] for p in recorder.data_requests()] == ["3"]


def test_a_503_in_the_middle_of_pagination_is_retried(
    counted: tuple[alpaca.Client, Recorder],
    fresh_sandbox: Sandbox,
) -> None:
    client, recorder = counted
    iterator = client.stocks.iter_bars(THREE, "1Min", **JANUARY)
    next(iterator)
    fresh_sandbox.add_chaos(method="GET", path="/v2/stocks/bars", status=503, retry_after=0)
    rest = list(iterator)
    assert len(rest) + 1 == 3 * 21 * 390
    pages = recorder.data_requests()
    assert len(pages) == 4  # three pages, one of them sent twice
    assert pages[1] == pages[2]


def test_timeframes(client: alpaca.Client) -> None:
    daily = client.stocks.bars("AAPL", alpaca.TimeFrame.Day, **JANUARY)
    assert len(daily) == 21
    assert all(b.timestamp.astimezone(dt.UTC).time() == dt.time(5) for b in daily["AAPL"])
    minute = client.stocks.bars("AAPL", "1Min", start="2024-01-02", end="2024-01-02")
    first_day = daily["AAPL"][0]
    assert first_day.open == minute["AAPL"][0].open
    assert first_day.close == minute["AAPL"][-1].close
    assert first_day.volume == sum(b.volume or 0 for b in minute["AAPL"])
    five = client.stocks.bars("AAPL", alpaca.TimeFrame(5, alpaca.TimeFrameUnit.Minute), **JANUARY)
    assert len(five) == 21 * 78
    assert len(client.stocks.bars("AAPL", "5Min", **JANUARY)) == len(five)
    weekly = client.stocks.bars("AAPL", "1Week", **JANUARY)
    assert 4 <= len(weekly) <= 5


def test_sort_descending(client: alpaca.Client) -> None:
    bars = client.stocks.bars("AAPL", "1Min", sort="desc", limit=500, **JANUARY)["AAPL"]
    stamps = [b.timestamp for b in bars]
    assert stamps == sorted(stamps, reverse=True) and len(set(stamps)) == 500
    assert stamps[0] == dt.datetime(2024, 1, 31, 20, 59, tzinfo=dt.UTC)


def test_aware_datetimes_bound_the_range(client: alpaca.Client) -> None:
    et = dt.timezone(dt.timedelta(hours=-5))
    bars = client.stocks.bars(
        "AAPL",
        "1Min",
        start=dt.datetime(2024, 1, 2, 10, 0, tzinfo=et),
        end=dt.datetime(2024, 1, 2, 10, 9, tzinfo=et),
    )
    stamps = [b.timestamp for b in bars["AAPL"]]
    assert len(stamps) == 10
    assert stamps[0] == dt.datetime(2024, 1, 2, 15, 0, tzinfo=dt.UTC)


def test_no_data_gives_an_empty_set(client: alpaca.Client) -> None:
    weekend = client.stocks.bars("AAPL", "1Min", start="2024-01-06", end="2024-01-07")
    assert len(weekend) == 0 and weekend["AAPL"] == [] and weekend.symbols == []
    assert "AAPL" in weekend and "MSFT" not in weekend and weekend.keys() == ["AAPL"]
    with pytest.raises(KeyError):
        weekend["MSFT"]
    frame = weekend.df
    assert frame.empty and list(frame.columns) == BAR_COLUMNS
    assert frame.index.name == "timestamp"
    unknown = client.stocks.bars("NOPE", "1Min", **JANUARY)
    assert len(unknown) == 0


# --- records and frames -------------------------------------------------------------------


def test_bar_records_are_exact(client: alpaca.Client) -> None:
    bars = client.stocks.bars("aapl", "1Min", **HALF_HOUR)
    assert "AAPL" in bars and "aapl" in bars
    records = bars["aapl"]
    assert len(records) == 30
    bar, raw = records[0], bars.raw["AAPL"][0]
    assert bar.symbol == "AAPL"
    assert bar.timestamp == dt.datetime(2024, 1, 2, 14, 30, tzinfo=dt.UTC)
    assert bar.timestamp.tzinfo is dt.UTC
    for name, key in (("open", "o"), ("high", "h"), ("low", "l"), ("close", "c"), ("vwap", "vw")):
        value = getattr(bar, name)
        assert isinstance(value, Decimal) and value == Decimal(repr(raw[key]))
    assert bar.volume == raw["v"] and bar.trade_count == raw["n"]
    assert bar.raw is raw and bar.raw["t"] == "2024-01-02T14:30:00Z"
    assert bar.low is not None and bar.high is not None and bar.low <= bar.high
    assert list(bars) == records


def test_single_symbol_frame(client: alpaca.Client) -> None:
    bars = client.stocks.bars("AAPL", "1Min", **HALF_HOUR)
    frame = bars.df
    assert list(frame.columns) == BAR_COLUMNS
    assert isinstance(frame.index, pd.DatetimeIndex)
    assert frame.index.name == "timestamp"
    assert str(frame.index.tz) == "UTC"
    rows = bars.raw["AAPL"]
    assert len(frame) == len(rows) == 30
    assert list(frame.index) == [pd.Timestamp(r["t"]) for r in rows]
    for column, key in zip(BAR_COLUMNS, ("o", "h", "l", "c", "v", "n", "vw"), strict=True):
        assert frame[column].tolist() == [r[key] for r in rows]
    assert frame["volume"].dtype == "int64" and frame["close"].dtype == "float64"


def test_multi_symbol_frame(client: alpaca.Client) -> None:
    bars = client.stocks.bars(["SPY", "AAPL"], "1Min", **HALF_HOUR)
    frame = bars.df
    assert list(frame.columns) == BAR_COLUMNS
    assert isinstance(frame.index, pd.MultiIndex)
    assert frame.index.names == ["symbol", "timestamp"]
    stamps = frame.index.levels[1]
    assert isinstance(stamps, pd.DatetimeIndex) and str(stamps.tz) == "UTC"
    assert len(frame) == 60
    for symbol in ("AAPL", "SPY"):
        part = frame.xs(symbol, level="symbol")
        rows = bars.raw[symbol]
        assert part["close"].tolist() == [r["c"] for r in rows]
        assert list(part.index) == [pd.Timestamp(r["t"]) for r in rows]


def test_several_symbols_give_a_multiindex_even_if_one_has_no_rows(client: alpaca.Client) -> None:
    bars = client.stocks.bars(["AAPL", "MSFT"], "1Min", limit=5, **HALF_HOUR)
    assert bars.symbols == ["AAPL"]
    assert isinstance(bars.df.index, pd.MultiIndex)


def test_quotes_keep_nanoseconds(client: alpaca.Client) -> None:
    quotes = client.stocks.quotes("AAPL", **HALF_HOUR)
    assert isinstance(quotes, alpaca.QuoteSet)
    assert len(quotes) == 90
    quote, raw = quotes["AAPL"][0], quotes.raw["AAPL"][0]
    assert isinstance(quote, alpaca.Quote)
    text = raw["t"]
    assert len(text.split(".")[1]) == 10  # nine digits and the Z
    assert quote.raw["t"] == text
    assert quote.timestamp.microsecond == int(text[20:26])
    assert isinstance(quote.ask_price, Decimal) and quote.ask_price == Decimal(repr(raw["ap"]))
    assert isinstance(quote.bid_price, Decimal) and quote.bid_price <= quote.ask_price
    assert quote.conditions == raw["c"] and quote.tape == "C"
    frame = quotes.df
    assert list(frame.columns) == [
        "ask_exchange",
        "ask_price",
        "ask_size",
        "bid_exchange",
        "bid_price",
        "bid_size",
        "conditions",
        "tape",
    ]
    assert isinstance(frame.index, pd.DatetimeIndex)
    assert frame.index.name == "timestamp" and str(frame.index.tz) == "UTC"
    assert frame.index[0].nanosecond == int(text[26:29])
    assert frame.index[0] == pd.Timestamp(text)
    assert frame["ask_price"].tolist() == [r["ap"] for r in quotes.raw["AAPL"]]
    stamps = [q.raw["t"] for q in quotes["AAPL"]]
    assert stamps == sorted(stamps)


def test_trades_across_pages(counted: tuple[alpaca.Client, Recorder]) -> None:
    client, recorder = counted
    trades = client.stocks.trades("AAPL", start="2024-01-02", end="2024-01-16", concurrency=1)
    assert isinstance(trades, alpaca.TradeSet)
    assert len(trades) == 10 * 390 * 3
    assert len(recorder.data_requests()) == 2
    ids = [t.id for t in trades["AAPL"]]
    assert len(set(ids)) == len(ids)
    stamps = [t.raw["t"] for t in trades["AAPL"]]
    assert stamps == sorted(stamps) and len(set(stamps)) == len(stamps)
    trade = trades["AAPL"][0]
    assert isinstance(trade.price, Decimal) and isinstance(trade.size, int)
    frame = trades.df
    assert list(frame.columns) == ["exchange", "price", "size", "conditions", "id", "tape"]
    assert frame["id"].tolist() == ids
    assert frame.index[0] == pd.Timestamp(trade.raw["t"])


def test_iter_quotes_and_trades(client: alpaca.Client) -> None:
    quotes = list(client.stocks.iter_quotes(["AAPL", "MSFT"], limit=100, **HALF_HOUR))
    assert len(quotes) == 100
    assert all(isinstance(q, alpaca.Quote) for q in quotes)
    assert [q.symbol for q in quotes] == ["AAPL"] * 90 + ["MSFT"] * 10
    trades = list(client.stocks.iter_trades("MSFT", **HALF_HOUR))
    assert len(trades) == 90 and {t.symbol for t in trades} == {"MSFT"}
    multi = client.stocks.trades(["AAPL", "MSFT"], **HALF_HOUR).df
    assert multi.index.names == ["symbol", "timestamp"] and len(multi) == 180


# --- latest values and snapshots ----------------------------------------------------------


@pytest.mark.parametrize("symbols", ["AAPL", ["AAPL"], ["AAPL", "MSFT", "NOPE"], "aapl,msft"])
def test_latest_values_are_keyed_by_symbol(client: alpaca.Client, symbols: str | list[str]) -> None:
    expected = {"AAPL"} if symbols in ("AAPL", ["AAPL"]) else {"AAPL", "MSFT"}
    bars = client.stocks.latest_bars(symbols)
    quotes = client.stocks.latest_quotes(symbols)
    trades = client.stocks.latest_trades(symbols)
    assert set(bars) == set(quotes) == set(trades) == expected
    for symbol in expected:
        bar, quote, trade = bars[symbol], quotes[symbol], trades[symbol]
        assert isinstance(bar, alpaca.Bar) and bar.symbol == symbol
        assert isinstance(quote, alpaca.Quote) and quote.symbol == symbol
        assert isinstance(trade, alpaca.Trade) and trade.symbol == symbol
        assert isinstance(bar.close, Decimal) and isinstance(trade.price, Decimal)
        now = dt.datetime.now(dt.UTC)
        assert bar.timestamp < now and quote.timestamp < now and trade.timestamp < now


def test_latest_bar_is_the_fill_price(client: alpaca.Client) -> None:
    bar = client.stocks.latest_bars("KO")["KO"]
    order = client.orders.submit(symbol="KO", qty=1, side="buy", type="market", time_in_force="day")
    again = client.stocks.latest_bars("KO")["KO"]
    assert order.filled_avg_price in {bar.close, again.close}


@pytest.mark.parametrize("symbols", ["SPY", ["SPY", "GLD"]])
def test_snapshots(client: alpaca.Client, symbols: str | list[str]) -> None:
    snapshots = client.stocks.snapshots(symbols)
    expected = [symbols] if isinstance(symbols, str) else symbols
    assert sorted(snapshots) == sorted(expected)
    for symbol, snap in snapshots.items():
        assert isinstance(snap, alpaca.Snapshot) and snap.symbol == symbol
        assert snap.latest_trade is not None and snap.latest_trade.symbol == symbol
        assert snap.latest_quote is not None and snap.minute_bar is not None
        assert snap.daily_bar is not None and snap.prev_daily_bar is not None
        assert snap.prev_daily_bar.timestamp < snap.daily_bar.timestamp
        assert snap.daily_bar.close == snap.minute_bar.close
        assert snap.raw["latestTrade"] == snap.latest_trade.raw
        assert len(snap.raw["latestQuote"]["t"]) == 30


def test_a_symbol_without_a_snapshot_is_left_out(client: alpaca.Client) -> None:
    """Alpaca answers ``null`` for it (the sandbox too); the mapping holds what exists."""
    raw = client.with_raw_response.stocks.snapshots(["SPY", "ZZZZQ"])
    assert raw.http_response.json()["ZZZZQ"] is None
    assert list(raw.parse()) == ["SPY"]


# --- errors -------------------------------------------------------------------------------


def test_end_before_start_is_unprocessable(client: alpaca.Client) -> None:
    with pytest.raises(alpaca.UnprocessableEntityError) as info:
        client.stocks.bars("AAPL", "1Min", start="2024-02-01", end="2024-01-01")
    assert info.value.status_code == 422 and "before start" in info.value.message


def test_data_errors_through_chaos(fresh_sandbox: Sandbox) -> None:
    with fresh_sandbox.client(max_retries=0) as client:
        fresh_sandbox.add_chaos(method="GET", path="/v2/stocks/bars", status=429, retry_after=3)
        with pytest.raises(alpaca.RateLimitError) as limited:
            client.stocks.bars("AAPL", "1Min", **HALF_HOUR)
        assert limited.value.retry_after == 3
        fresh_sandbox.add_chaos(method="GET", path="/v2/stocks/snapshots", status=502)
        with pytest.raises(alpaca.InternalServerError) as failed:
            client.stocks.snapshots("AAPL")
        assert failed.value.status_code == 502
        assert len(client.stocks.bars("AAPL", "1Min", **HALF_HOUR)) == 30


def test_wrong_keys_on_the_data_api(sandbox: Sandbox) -> None:
    with alpaca.Client(
        key_id="PKWRONG", secret_key="wrong-secret", data_url=sandbox.data_url, max_retries=0
    ) as client:
        with pytest.raises(alpaca.AuthenticationError) as info:
            client.stocks.bars("AAPL", "1Min", **HALF_HOUR)
        assert info.value.code == 40110000
        with pytest.raises(alpaca.AuthenticationError):
            client.stocks.latest_quotes("AAPL")


# --- bad input never reaches the network --------------------------------------------------

NAIVE = dt.datetime(2024, 1, 2, 10, 0)


@pytest.mark.parametrize(
    ("call", "error", "name"),
    [
        (lambda c: c.stocks.bars("AAPL", "1Min", start=NAIVE), ValueError, "start"),
        (lambda c: c.stocks.bars("AAPL", "1Min", end=NAIVE), ValueError, "end"),
        (lambda c: c.stocks.bars("AAPL", "1Min", asof=NAIVE), ValueError, "asof"),
        (lambda c: c.stocks.bars("AAPL", "1Min", start="2024-01-02T10:00"), ValueError, "start"),
        (lambda c: c.stocks.bars("AAPL", "1Min", start="last week"), ValueError, "start"),
        (lambda c: c.stocks.bars("AAPL", "1Min", start=20240102), TypeError, "start"),
        (lambda c: c.stocks.bars("AAPL", "7Day"), ValueError, "timeframe"),
        (lambda c: c.stocks.bars("AAPL", "foo"), ValueError, "timeframe"),
        (lambda c: c.stocks.bars("AAPL", "60Min"), ValueError, "timeframe"),
        (lambda c: c.stocks.bars("AAPL", 5), TypeError, "timeframe"),
        (lambda c: c.stocks.bars("AAPL", "1Min", limit=0), ValueError, "limit"),
        (lambda c: c.stocks.bars("AAPL", "1Min", limit=-3), ValueError, "limit"),
        (lambda c: c.stocks.bars("AAPL", "1Min", limit="10"), TypeError, "limit"),
        (lambda c: c.stocks.bars("AAPL", "1Min", limit=1.5), TypeError, "limit"),
        (lambda c: c.stocks.bars("AAPL", "1Min", feed="nasdaq"), ValueError, "feed"),
        (lambda c: c.stocks.bars("AAPL", "1Min", sort="random"), ValueError, "sort"),
        (lambda c: c.stocks.bars("AAPL", "1Min", adjustment="weird"), ValueError, "adjustment"),
        (lambda c: c.stocks.bars("AAPL", "1Min", timeframe="1Day"), TypeError, "timeframe"),
        (lambda c: c.stocks.bars("AAPL", "1Min", page_token="x"), TypeError, "page_token"),
        (lambda c: c.stocks.bars("", "1Min"), ValueError, "symbols"),
        (lambda c: c.stocks.bars([], "1Min"), ValueError, "symbols"),
        (lambda c: c.stocks.bars("AAPL,,MSFT", "1Min"), ValueError, "symbols"),
        (lambda c: c.stocks.bars(["AAPL", 3], "1Min"), TypeError, "symbols"),
        (lambda c: c.stocks.quotes("AAPL", adjustment="raw"), TypeError, "adjustment"),
        (lambda c: c.stocks.quotes("AAPL", start=NAIVE), ValueError, "start"),
        (lambda c: c.stocks.trades("AAPL", limit=0), ValueError, "limit"),
        (lambda c: c.stocks.trades(" ", **HALF_HOUR), ValueError, "symbols"),
        (lambda c: next(c.stocks.iter_bars("AAPL", "7Day")), ValueError, "timeframe"),
        (lambda c: next(c.stocks.iter_quotes("AAPL", end=NAIVE)), ValueError, "end"),
        (lambda c: next(c.stocks.iter_trades("AAPL", limit=0)), ValueError, "limit"),
        (lambda c: c.stocks.latest_bars(""), ValueError, "symbols"),
        (lambda c: c.stocks.latest_quotes("AAPL", feed="nasdaq"), ValueError, "feed"),
        (lambda c: c.stocks.latest_trades([]), ValueError, "symbols"),
        (lambda c: c.stocks.snapshots(["AAPL", ""]), ValueError, "symbols"),
    ],
)
def test_bad_arguments_raise_before_sending(
    offline_client: tuple[alpaca.Client, list[httpx.Request]],
    call: Callable[[alpaca.Client], Any],
    error: type[Exception],
    name: str,
) -> None:
    client, sent = offline_client
    with pytest.raises(error, match=name):
        call(client)
    assert sent == []


@pytest.mark.parametrize(
    ("call", "name"),
    [
        (lambda c: c.stocks.iter_bars("AAPL", "7Day"), "timeframe"),
        (lambda c: c.stocks.iter_quotes("AAPL", limit=0), "limit"),
        (lambda c: c.stocks.iter_trades("AAPL", start=dt.datetime(2024, 1, 2)), "start"),
    ],
)
def test_iter_calls_check_arguments_when_called_not_when_iterated(
    offline_client: tuple[alpaca.Client, list[httpx.Request]],
    call: Callable[[alpaca.Client], object],
    name: str,
) -> None:
    client, sent = offline_client
    with pytest.raises(ValueError, match=name):
        call(client)
    assert sent == []


async def test_async_iter_checks_arguments_when_called() -> None:
    async with alpaca.AsyncClient(key_id="k", secret_key="s", base_url="https://x.invalid") as c:
        with pytest.raises(ValueError, match="timeframe"):
            c.stocks.iter_bars("AAPL", "7Day")


# --- auctions and code tables -------------------------------------------------------------


def test_auctions_match_the_session_bars(client: alpaca.Client) -> None:
    auctions = client.stocks.auctions(["MSFT", "AAPL"], **JANUARY)
    assert isinstance(auctions, alpaca.AuctionSet)
    assert auctions.symbols == ["AAPL", "MSFT"] and len(auctions) == 2 * 21
    days = auctions["AAPL"]
    assert [d.d for d in days][:2] == [dt.date(2024, 1, 2), dt.date(2024, 1, 3)]
    minutes = client.stocks.bars("AAPL", "1Min", start="2024-01-02", end="2024-01-02")["AAPL"]
    first = days[0]
    assert first.o and first.c and len(first.o) == len(first.c) == 2
    assert {p.p for p in first.o} == {minutes[0].open}  # the opening cross prices the first bar
    assert {p.p for p in first.c} == {minutes[-1].close}
    assert first.o[0].t.replace(microsecond=0) == dt.datetime(2024, 1, 2, 14, 30, tzinfo=dt.UTC)
    assert first.c[0].t.replace(microsecond=0) == dt.datetime(2024, 1, 2, 21, 0, tzinfo=dt.UTC)
    assert isinstance(first.o[0].p, Decimal) and isinstance(first.o[0].s, int)
    frame = auctions.df
    assert list(frame.columns) == ["date", "auction", "exchange", "price", "size", "condition"]
    assert frame.index.names == ["symbol", "timestamp"] and len(frame) == 2 * 21 * 4
    aapl = frame.xs("AAPL", level="symbol")
    assert isinstance(aapl.index, pd.DatetimeIndex) and str(aapl.index.tz) == "UTC"
    assert aapl.index.is_monotonic_increasing
    assert aapl["auction"].tolist()[:4] == ["open", "open", "close", "close"]
    assert aapl["date"].iloc[0] == dt.date(2024, 1, 2) and aapl["price"].dtype == "float64"
    assert aapl["price"].iloc[0] == float(minutes[0].open or 0)


def test_auctions_page_and_iterate(
    counted: tuple[alpaca.Client, Recorder], monkeypatch: pytest.MonkeyPatch
) -> None:
    client, recorder = counted
    monkeypatch.setattr("alpaca._pagination.PAGE_MAX", 15)
    auctions = client.stocks.auctions(THREE, concurrency=1, **JANUARY)
    assert len(auctions) == 3 * 21 and len(recorder.data_requests()) == 5
    recorder.requests.clear()
    pairs = list(client.stocks.iter_auctions(THREE, limit=20, sort="desc", **JANUARY))
    assert len(recorder.data_requests()) == 2
    assert [s for s, _ in pairs] == ["AAPL"] * 20
    assert [day.d for _, day in pairs] == sorted((d.d for d in auctions["AAPL"]), reverse=True)[:20]
    assert list(auctions)[:21] == [("AAPL", day) for day in auctions["AAPL"]]


def test_single_symbol_auctions_parse_with_the_generated_model(fresh_sandbox: Sandbox) -> None:
    with httpx.Client(base_url=fresh_sandbox.data_url, headers=fresh_sandbox.headers) as http:
        params = {"start": JANUARY["start"], "end": JANUARY["end"], "limit": "3"}
        answer = http.get("/v2/stocks/AAPL/auctions", params=params)
    page = StockAuctionsSingleResponse.from_dict(answer.json())
    assert page.symbol == "AAPL" and len(page.auctions or []) == 3 and page.next_page_token


async def test_async_auctions_and_tables(fresh_sandbox: Sandbox) -> None:
    async with fresh_sandbox.async_client() as client:
        auctions = await client.stocks.auctions("SPY", feed="sip", **JANUARY)
        pairs = [pair async for pair in client.stocks.iter_auctions("SPY", limit=3, **JANUARY)]
        exchanges = await client.stocks.exchanges()
    assert len(auctions) == 21 and [day for _, day in pairs] == auctions["SPY"][:3]
    assert exchanges["V"] == "IEX"


def test_condition_and_exchange_tables(client: alpaca.Client) -> None:
    trade = client.stocks.conditions("trade", "A")
    quote = client.stocks.conditions(ticktype="quote", tape="c")
    exchanges = client.stocks.exchanges()
    assert trade["@"] and quote["R"] and trade != quote
    assert exchanges["N"] == "New York Stock Exchange" and "Q" in exchanges


@pytest.mark.parametrize(
    ("call", "error", "name"),
    [
        (lambda c: c.stocks.auctions("AAPL", feed="iex"), ValueError, "feed"),
        (lambda c: c.stocks.auctions("AAPL", adjustment="raw"), TypeError, "adjustment"),
        (lambda c: c.stocks.iter_auctions("AAPL", start=NAIVE), ValueError, "start"),
        (lambda c: c.stocks.conditions("bid", "A"), ValueError, "ticktype"),
        (lambda c: c.stocks.conditions("trade", "Z"), ValueError, "tape"),
    ],
)
def test_bad_extra_arguments_raise_before_sending(
    offline_client: tuple[alpaca.Client, list[httpx.Request]],
    call: Callable[[alpaca.Client], Any],
    error: type[Exception],
    name: str,
) -> None:
    client, sent = offline_client
    with pytest.raises(error, match=name):
        call(client)
    assert sent == []
