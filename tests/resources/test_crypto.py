"""``client.crypto`` on the sandbox: history around the clock, frames, venues, latest values,
order books and snapshots."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import Any, TypedDict

import httpx
import pandas as pd
import pytest
from alpaca_client.data.models import CryptoBarsResponse, CryptoTradesResponse

import alpaca
from alpaca.testing import Sandbox


class Window(TypedDict):
    start: str
    end: str


NOW = dt.datetime(2024, 1, 3, 15, 0, 30, tzinfo=dt.UTC)
WEEKEND: Window = {"start": "2024-01-06T00:00:00Z", "end": "2024-01-07T23:59:59Z"}
PAIRS = ["ETH/USD", "BTC/USD"]
LOCATIONS = ["us", "us-1", "us-2", "eu-1", "bs-1"]


@pytest.fixture(scope="module")
def fixed() -> Iterator[Sandbox]:
    """A sandbox whose clock stands still at :data:`NOW`."""
    with Sandbox(now=lambda: NOW) as sb:
        yield sb


@pytest.fixture
def crypto_requests(fresh_sandbox: Sandbox) -> Iterator[tuple[alpaca.Client, list[httpx.URL]]]:
    """A sandbox client and the URLs of the crypto requests it sends."""
    sent: list[httpx.URL] = []

    def record(request: httpx.Request) -> None:
        if "/crypto/" in request.url.path:
            sent.append(request.url)

    with (
        httpx.Client(event_hooks={"request": [record]}) as http,
        fresh_sandbox.client(http_client=http) as client,
    ):
        yield client, sent


def test_bars_run_around_the_clock_over_several_pages(
    crypto_requests: tuple[alpaca.Client, list[httpx.URL]],
) -> None:
    client, sent = crypto_requests
    week: Window = {"start": "2024-01-02T00:00:00Z", "end": "2024-01-05T23:59:59Z"}
    bars = client.crypto.bars(PAIRS, "1Min", concurrency=1, **week)
    assert isinstance(bars, alpaca.CryptoBarSet) and isinstance(bars, alpaca.BarSet)
    assert len(sent) == 2  # 2 pairs x 4 days x 1440 minutes, 10 000 a page
    assert sent[1].params["page_token"] and "page_token" not in sent[0].params
    assert bars.symbols == ["BTC/USD", "ETH/USD"]  # Alpaca's order: by symbol
    for pair in PAIRS:
        stamps = [b.timestamp for b in bars[pair]]
        assert len(stamps) == 4 * 1440
        assert all(b - a == dt.timedelta(minutes=1) for a, b in itertools.pairwise(stamps))
    weekend = client.crypto.bars("BTC/USD", "1Hour", **WEEKEND)
    assert len(weekend) == 48  # crypto trades on Saturdays and Sundays
    assert all(sent_url.path == "/v1beta3/crypto/us/bars" for sent_url in sent)


def test_concurrent_download_equals_sequential(client: alpaca.Client) -> None:
    window: Window = {"start": "2024-01-01T00:00:00Z", "end": "2024-01-12T23:59:59Z"}
    together = client.crypto.bars(PAIRS, "1Min", concurrency=4, **window)
    alone = client.crypto.bars(PAIRS, "1Min", concurrency=1, **window)
    assert together.raw == alone.raw and len(alone) == 2 * 12 * 1440


def test_bar_records_and_frame_are_fractional(client: alpaca.Client) -> None:
    bars = client.crypto.bars("btc/usd", "1Min", start="2024-01-06T12:00:00Z", limit=30)
    records = bars["BTC/USD"]
    assert len(records) == 30
    bar, raw = records[0], bars.raw["BTC/USD"][0]
    assert bar.symbol == "BTC/USD" and bar.timestamp == dt.datetime(2024, 1, 6, 12, tzinfo=dt.UTC)
    assert isinstance(bar.volume, Decimal) and bar.volume == Decimal(repr(raw["v"]))
    assert bar.volume != bar.volume.to_integral_value()
    assert isinstance(bar.close, Decimal) and bar.low is not None and bar.high is not None
    assert bar.low <= bar.close <= bar.high
    frame = bars.df
    assert list(frame.columns) == ["open", "high", "low", "close", "volume", "trade_count", "vwap"]
    assert isinstance(frame.index, pd.DatetimeIndex) and str(frame.index.tz) == "UTC"
    assert frame.index.name == "timestamp"
    assert frame["volume"].dtype == "float64" and frame["trade_count"].dtype == "int64"
    assert frame["volume"].tolist() == [r["v"] for r in bars.raw["BTC/USD"]]


def test_daily_bars_aggregate_the_minutes(client: alpaca.Client) -> None:
    day: Window = {"start": "2024-01-06T00:00:00Z", "end": "2024-01-06T23:59:59Z"}
    minutes = client.crypto.bars("ETH/USD", "1Min", **day)["ETH/USD"]
    daily = client.crypto.bars("ETH/USD", alpaca.TimeFrame.Day, **day)["ETH/USD"]
    assert len(daily) == 1 and daily[0].timestamp == dt.datetime(2024, 1, 6, tzinfo=dt.UTC)
    assert daily[0].open == minutes[0].open and daily[0].close == minutes[-1].close
    assert daily[0].high == max(b.high or Decimal(0) for b in minutes)
    assert daily[0].trade_count == sum(b.trade_count or 0 for b in minutes)
    total = sum((b.volume or Decimal(0)) for b in minutes)
    assert abs(Decimal(daily[0].volume or 0) - Decimal(total)) < Decimal("1e-6")


def test_iter_bars_is_lazy_and_equals_bars(
    crypto_requests: tuple[alpaca.Client, list[httpx.URL]],
) -> None:
    client, sent = crypto_requests
    lazy = client.crypto.iter_bars(PAIRS, "1Hour", **WEEKEND)
    assert sent == []
    items = list(lazy)
    assert len(sent) == 1
    assert items == list(client.crypto.bars(PAIRS, "1Hour", **WEEKEND))
    assert [b.symbol for b in items] == ["BTC/USD"] * 48 + ["ETH/USD"] * 48


def test_quotes_and_trades(client: alpaca.Client) -> None:
    window: Window = {"start": "2024-01-06T00:00:00Z", "end": "2024-01-06T00:29:59Z"}
    quotes = client.crypto.quotes("BTC/USD", **window)
    assert isinstance(quotes, alpaca.CryptoQuoteSet) and len(quotes) == 60
    quote = quotes["BTC/USD"][0]
    assert quote.bid_price is not None and quote.ask_price is not None
    assert quote.bid_price < quote.ask_price and isinstance(quote.bid_size, Decimal)
    assert quote.ask_exchange is None and quote.tape is None  # crypto has neither
    frame = quotes.df
    assert list(frame.columns) == ["bid_price", "bid_size", "ask_price", "ask_size"]
    assert all(str(frame[c].dtype) == "float64" for c in frame.columns)
    trades = client.crypto.trades(PAIRS, sort="desc", **window)
    assert isinstance(trades, alpaca.CryptoTradeSet) and len(trades) == 120
    stamps = [t.timestamp for t in trades["ETH/USD"]]
    assert stamps == sorted(stamps, reverse=True)
    trade = trades["ETH/USD"][0]
    assert isinstance(trade.size, Decimal) and isinstance(trade.id, int)
    frame = trades.df
    assert list(frame.columns) == ["price", "size", "id", "taker_side"]
    assert set(frame["taker_side"]) <= {"B", "S"} and frame["size"].dtype == "float64"
    assert frame.index.names == ["symbol", "timestamp"]
    assert [t.id for t in client.crypto.iter_trades("ETH/USD", sort="desc", **window)] == [
        t.id for t in trades["ETH/USD"]
    ]


def test_pages_match_the_generated_models(fresh_sandbox: Sandbox) -> None:
    with httpx.Client(base_url=fresh_sandbox.data_url, headers=fresh_sandbox.headers) as http:
        params = {"symbols": "BTC/USD", "start": "2024-01-06", "limit": "5"}
        bars = http.get("/v1beta3/crypto/us/bars", params={**params, "timeframe": "1Min"})
        parsed = CryptoBarsResponse.from_dict(bars.json())
        assert len(parsed.bars["BTC/USD"]) == 5 and parsed.next_page_token
        assert isinstance(parsed.bars["BTC/USD"][0].v, Decimal)
        trades = CryptoTradesResponse.from_dict(
            http.get("/v1beta3/crypto/us/trades", params=params).json()
        )
        assert trades.trades["BTC/USD"][0].tks in ("B", "S")
        refused = http.get("/v1beta3/crypto/moon/latest/bars", params={"symbols": "BTC/USD"})
        assert refused.status_code == 400 and "loc" in refused.json()["message"]


@pytest.mark.parametrize("loc", LOCATIONS)
def test_every_venue_answers(fixed: Sandbox, loc: str) -> None:
    with fixed.client() as client:
        bars = client.crypto.latest_bars(["BTC/USD", "NOPE/USD"], loc=loc)
    assert set(bars) == {"BTC/USD"}  # unknown pairs are left out
    assert bars["BTC/USD"].timestamp == dt.datetime(2024, 1, 3, 14, 59, tzinfo=dt.UTC)


def test_latest_values_at_a_fixed_time(fixed: Sandbox) -> None:
    with fixed.client() as client:
        quotes = client.crypto.latest_quotes(PAIRS)
        trades = client.crypto.latest_trades("ETH/USD")
        books = client.crypto.latest_orderbooks("BTC/USD", loc="eu-1")
        snapshots = client.crypto.snapshots(PAIRS)
    assert set(quotes) == set(PAIRS) and set(trades) == {"ETH/USD"}
    for quote in quotes.values():
        assert quote.timestamp <= NOW and quote.bid_price is not None
        assert quote.ask_price is not None and quote.bid_price < quote.ask_price
    assert trades["ETH/USD"].timestamp <= NOW
    book = books["BTC/USD"]
    bids, asks = [level.p for level in book.b or []], [level.p for level in book.a or []]
    assert len(bids) == len(asks) == 10
    assert bids == sorted(bids, reverse=True) and asks == sorted(asks)
    assert all(isinstance(p, Decimal) for p in bids) and bids[0] < asks[0]
    assert bids[0] == quotes["BTC/USD"].bid_price
    snapshot = snapshots["BTC/USD"]
    assert isinstance(snapshot, alpaca.Snapshot)
    assert snapshot.daily_bar is not None and snapshot.minute_bar is not None
    assert snapshot.prev_daily_bar is not None
    assert snapshot.daily_bar.timestamp == dt.datetime(2024, 1, 3, tzinfo=dt.UTC)
    assert snapshot.prev_daily_bar.timestamp == dt.datetime(2024, 1, 2, tzinfo=dt.UTC)
    assert snapshot.minute_bar.close == snapshot.daily_bar.close


async def test_async_client(fixed: Sandbox) -> None:
    async with fixed.async_client() as client:
        bars = await client.crypto.bars("BTC/USD", "1Hour", start="2024-01-01T00:00:00Z", end=NOW)
        lazy = [
            bar
            async for bar in client.crypto.iter_bars(
                "BTC/USD", "1Hour", start="2024-01-01T00:00:00Z"
            )
        ]
        books = await client.crypto.latest_orderbooks(["BTC/USD", "ETH/USD"], loc="us-1")
    assert len(bars) == 24 + 24 + 15 and lazy == list(bars)  # up to the forming 14:00 bar
    assert set(books) == {"BTC/USD", "ETH/USD"}


BAD_CALLS: list[tuple[Callable[[alpaca.Client], Any], type[Exception], str]] = [
    (lambda c: c.crypto.bars("BTCUSD", "1Min"), ValueError, "BASE/QUOTE"),
    (lambda c: c.crypto.bars("BTC/USD/X", "1Min"), ValueError, "BASE/QUOTE"),
    (lambda c: c.crypto.bars("BTC/USD", "1Min", loc="moon"), ValueError, "loc"),
    (lambda c: c.crypto.bars("BTC/USD", "7Day"), ValueError, "timeframe"),
    (
        lambda c: c.crypto.bars("BTC/USD", "1Min", start=dt.datetime(2024, 1, 1)),
        ValueError,
        "naive",
    ),
    (lambda c: c.crypto.bars("BTC/USD", "1Min", feed="sip"), TypeError, "feed"),  # type: ignore[call-arg]
    (lambda c: c.crypto.quotes("BTC/USD", sort="up"), ValueError, "sort"),
    (lambda c: c.crypto.trades([], limit=1), ValueError, "symbol"),
    (lambda c: c.crypto.iter_trades("BTC/USD", limit=0), ValueError, "limit"),
    (lambda c: c.crypto.latest_bars("BTC/USD", loc="EU"), ValueError, "loc"),
    (lambda c: c.crypto.latest_orderbooks("ETH"), ValueError, "BASE/QUOTE"),
    (lambda c: c.crypto.snapshots(["BTC/USD", 3]), TypeError, "symbols"),  # type: ignore[list-item]
]


@pytest.mark.parametrize(("call", "error", "text"), BAD_CALLS)
def test_bad_arguments_fail_before_any_request(
    offline_client: tuple[alpaca.Client, list[httpx.Request]],
    call: Callable[[alpaca.Client], Any],
    error: type[Exception],
    text: str,
) -> None:
    client, sent = offline_client
    with pytest.raises(error, match=text):
        call(client)
    assert sent == []


def test_frames_of_empty_answers(client: alpaca.Client) -> None:
    nothing = client.crypto.bars("NOPE/USD", "1Min", **WEEKEND)
    assert len(nothing) == 0 and nothing.df.empty
    before = client.crypto.trades("BTC/USD", start="2019-01-01", end="2019-01-02")
    assert isinstance(before.df, pd.DataFrame) and before.df.empty
