"""Synthetic market data: shapes, timeframes, pagination, determinism and validation."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest

from alpaca.sandbox import _market as market
from alpaca.testing import Sandbox
from tests.sandbox import FrozenClock, frozen_client

CLOCK = FrozenClock()  # 2026-11-27 15:00Z: mid-session on an early-close day


@pytest.fixture(scope="module")
def data() -> Iterator[httpx.Client]:
    with frozen_client(CLOCK) as client:
        yield client


def _get(client: httpx.Client, path: str, **params: Any) -> dict[str, Any]:
    response = client.get(path, params=params)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def _pages(client: httpx.Client, path: str, key: str, **params: Any) -> list[dict[str, Any]]:
    pages, token = [], None
    while True:
        body = _get(client, path, **params, **({"page_token": token} if token else {}))
        pages.append(body)
        token = body["next_page_token"]
        if token is None:
            return pages
        assert isinstance(token, str)


def test_bar_shape_and_regular_hours_only(data: httpx.Client) -> None:
    body = _get(
        data, "/v2/stocks/AAPL/bars", timeframe="1Min", start="2026-11-25", end="2026-11-25"
    )
    assert body["symbol"] == "AAPL" and body["next_page_token"] is None
    bars = body["bars"]
    assert len(bars) == 390
    assert (bars[0]["t"], bars[-1]["t"]) == ("2026-11-25T14:30:00Z", "2026-11-25T20:59:00Z")
    bar = bars[0]
    assert set(bar) == {"t", "o", "h", "l", "c", "v", "n", "vw"}
    assert isinstance(bar["v"], int) and isinstance(bar["n"], int)
    assert bar["l"] <= min(bar["o"], bar["c"]) <= max(bar["o"], bar["c"]) <= bar["h"]
    assert round(bar["c"], 2) == bar["c"]


def test_holidays_and_early_closes(data: httpx.Client) -> None:
    assert (
        _get(data, "/v2/stocks/AAPL/bars", timeframe="1Min", start="2026-11-26", end="2026-11-26")[
            "bars"
        ]
        == []
    )
    early = _get(
        data,
        "/v2/stocks/AAPL/bars",
        timeframe="1Min",
        start="2025-11-28T00:00:00Z",
        end="2025-11-28T23:59:59Z",
        limit=10000,
    )["bars"]
    assert len(early) == 210 and early[-1]["t"] == "2025-11-28T17:59:00Z"


def test_never_data_from_the_future(data: httpx.Client) -> None:
    bars = _get(
        data, "/v2/stocks/AAPL/bars", timeframe="1Min", start="2026-11-27", end="2026-12-31"
    )["bars"]
    assert len(bars) == 30  # 09:30-09:59 ET are complete at 10:00 ET
    assert bars[-1]["t"] == "2026-11-27T14:59:00Z"
    trades = _get(data, "/v2/stocks/AAPL/trades", start="2026-11-27", limit=10000)["trades"]
    assert trades[-1]["t"] < "2026-11-27T15:00:00Z"


def test_timeframes_aggregate(data: httpx.Client) -> None:
    def bars(tf: str, start: str, end: str) -> list[dict[str, Any]]:
        return list(
            _get(data, "/v2/stocks/AAPL/bars", timeframe=tf, start=start, end=end, limit=10000)[
                "bars"
            ]
        )

    minutes = bars("1Min", "2026-11-25", "2026-11-25")
    five = bars("5Min", "2026-11-25", "2026-11-25")
    assert len(five) == 78 and five == bars("5T", "2026-11-25", "2026-11-25")
    assert five[0]["o"] == minutes[0]["o"] and five[0]["c"] == minutes[4]["c"]
    assert five[0]["v"] == sum(m["v"] for m in minutes[:5])
    assert five[0]["h"] == max(m["h"] for m in minutes[:5])
    hours = bars("1Hour", "2026-11-25", "2026-11-25")
    assert [h["t"][11:16] for h in hours] == [
        "14:00",
        "15:00",
        "16:00",
        "17:00",
        "18:00",
        "19:00",
        "20:00",
    ]
    days = bars("1Day", "2026-11-02", "2026-11-27")
    assert days == bars("1D", "2026-11-02", "2026-11-27")
    assert days[0]["t"] == "2026-11-02T05:00:00Z" and len(days) == 19
    assert days[-2]["c"] == minutes[-1]["c"] and days[-2]["v"] == sum(m["v"] for m in minutes)
    weeks = bars("1Week", "2026-11-02", "2026-11-27")
    assert [w["t"] for w in weeks] == [
        "2026-11-02T05:00:00Z",
        "2026-11-09T05:00:00Z",
        "2026-11-16T05:00:00Z",
        "2026-11-23T05:00:00Z",
    ]
    months = bars("1Month", "2026-06-01", "2026-11-27")
    assert months[0]["t"] == "2026-06-01T04:00:00Z" and len(months) == 6
    quarters = bars("3M", "2026-01-01", "2026-11-27")
    assert [q["t"][:10] for q in quarters] == [
        "2026-01-01",
        "2026-04-01",
        "2026-07-01",
        "2026-10-01",
    ]


def test_multi_symbol_pagination_has_no_gaps_or_dupes(data: httpx.Client) -> None:
    params = {
        "symbols": "SPY,AAPL,MSFT",
        "timeframe": "1Min",
        "start": "2026-11-23",
        "end": "2026-11-24",
    }
    whole = _get(data, "/v2/stocks/bars", **params, limit=10000)
    assert whole["next_page_token"] is None and list(whole["bars"]) == ["AAPL", "MSFT", "SPY"]
    pages = _pages(data, "/v2/stocks/bars", "bars", **params, limit=500)
    assert len(pages) == 5
    assert all(sum(len(v) for v in p["bars"].values()) == 500 for p in pages[:-1])
    joined: dict[str, list[Any]] = {}
    for page in pages:
        for symbol, items in page["bars"].items():
            joined.setdefault(symbol, []).extend(items)
    assert joined == whole["bars"]


def test_single_symbol_trade_and_quote_pagination(data: httpx.Client) -> None:
    for kind in ("trades", "quotes"):
        params = {"start": "2026-11-25", "end": "2026-11-25"}
        whole = _get(data, f"/v2/stocks/AAPL/{kind}", **params, limit=10000)[kind]
        assert len(whole) == 390 * 3
        pages = _pages(data, f"/v2/stocks/AAPL/{kind}", kind, **params, limit=400)
        assert len(pages) == 3
        assert [i for p in pages for i in p[kind]] == whole
        stamps = [i["t"] for i in whole]
        assert stamps == sorted(set(stamps))
    quote, trade = whole[0], _get(data, "/v2/stocks/AAPL/trades", **params)["trades"][0]
    assert set(trade) == {"t", "x", "p", "s", "c", "i", "z"}
    assert set(quote) == {"t", "ax", "ap", "as", "bx", "bp", "bs", "c", "z"}
    assert len(quote["t"]) == 30 and quote["ap"] >= quote["bp"]


def test_descending_pagination(data: httpx.Client) -> None:
    params = {
        "symbols": "AAPL,MSFT",
        "timeframe": "1Min",
        "start": "2026-11-25",
        "end": "2026-11-25",
        "sort": "desc",
    }
    pages = _pages(data, "/v2/stocks/bars", "bars", **params, limit=300)
    aapl = [b["t"] for p in pages for b in p["bars"].get("AAPL", [])]
    assert len(pages) == 3 and len(aapl) == 390 and aapl == sorted(aapl, reverse=True)


def test_multi_symbol_quotes_and_trades_are_keyed_by_symbol(data: httpx.Client) -> None:
    for kind in ("trades", "quotes"):
        body = _get(
            data,
            f"/v2/stocks/{kind}",
            symbols="AAPL,TSLA,NOSUCH",
            start="2026-11-25",
            end="2026-11-25",
            limit=5000,
        )
        assert list(body[kind]) == ["AAPL", "TSLA"] and body["next_page_token"] is None


def test_same_request_same_bytes_even_across_servers(data: httpx.Client, sandbox: Sandbox) -> None:
    params: dict[str, str | int] = {
        "symbols": "AAPL,NVDA",
        "timeframe": "15Min",
        "start": "2026-10-01",
        "end": "2026-10-31T20:00:00Z",
        "limit": 100,
    }
    first = data.get("/v2/stocks/bars", params=params).content
    assert data.get("/v2/stocks/bars", params=params).content == first
    other = httpx.get(sandbox.base_url + "/v2/stocks/bars", params=params, headers=sandbox.headers)
    assert other.content == first


def test_two_months_of_minutes_is_fast(data: httpx.Client) -> None:
    started = time.perf_counter()
    pages = _pages(
        data,
        "/v2/stocks/AAPL/bars",
        "bars",
        timeframe="1Min",
        start="2026-07-01",
        end="2026-08-31",
        limit=10000,
    )
    assert sum(len(p["bars"]) for p in pages) > 16000
    assert time.perf_counter() - started < 2


def _generated(client: httpx.Client, path: str, **params: Any) -> tuple[dict[str, Any], int]:
    """The body of a request served from cold caches, and how many (symbol, day) it generated."""
    for cache in (market.minute_bars, market.ticks, market.day_summary):
        cache.cache_clear()
    body = _get(client, path, **params)
    return body, market.minute_bars.cache_info().misses


@pytest.mark.parametrize(
    ("path", "params", "most"),
    [
        ("/v2/stocks/AAPL/bars", {"timeframe": "1Min"}, 1),
        ("/v2/stocks/AAPL/bars", {"timeframe": "5Min", "sort": "desc"}, 2),
        ("/v2/stocks/bars", {"symbols": "AAPL,MSFT", "timeframe": "1Hour"}, 1),
        ("/v2/stocks/AAPL/bars", {"timeframe": "1Day"}, 4),
        ("/v2/stocks/bars", {"symbols": "AAPL,MSFT", "timeframe": "1Day", "sort": "desc"}, 4),
        ("/v2/stocks/AAPL/bars", {"timeframe": "1Week"}, 20),
        ("/v2/stocks/bars", {"symbols": "SPY,AAPL", "timeframe": "1Week", "sort": "desc"}, 20),
        ("/v2/stocks/AAPL/bars", {"timeframe": "1Month"}, 90),
        ("/v2/stocks/AAPL/quotes", {}, 1),
        ("/v2/stocks/trades", {"symbols": "AAPL,MSFT", "sort": "desc"}, 1),
    ],
)
def test_a_small_page_of_a_long_range_generates_only_the_days_it_needs(
    data: httpx.Client, path: str, params: dict[str, str], most: int
) -> None:
    params = {"start": "2023-01-01", "limit": "3", **params}
    first, generated = _generated(data, path, **params)
    assert 0 < generated <= most
    second, generated = _generated(data, path, **params, page_token=first["next_page_token"])
    assert 0 < generated <= most and second["next_page_token"] is not None
    if "symbols" not in params:
        kind = next(k for k in ("bars", "quotes", "trades") if k in first)
        stamps = [i["t"] for page in (first, second) for i in page[kind]]
        descending = params.get("sort") == "desc"
        assert stamps == sorted(set(stamps), reverse=descending) and len(stamps) == 6


@pytest.mark.parametrize("timeframe", ["2Hour", "1Day", "1Week", "1Month", "3Month"])
@pytest.mark.parametrize("sort", ["asc", "desc"])
def test_small_pages_of_aggregated_bars_join_to_the_whole(
    data: httpx.Client, timeframe: str, sort: str
) -> None:
    start = "2026-11-16" if timeframe == "2Hour" else "2025-12-10"
    params = {"symbols": "AAPL,MSFT", "timeframe": timeframe, "start": start, "sort": sort}
    whole = _get(data, "/v2/stocks/bars", **params, limit=10000)["bars"]
    joined: dict[str, list[Any]] = {}
    for page in _pages(data, "/v2/stocks/bars", "bars", **params, limit=2):
        for symbol, items in page["bars"].items():
            joined.setdefault(symbol, []).extend(items)
    assert joined == whole and list(whole) == ["AAPL", "MSFT"]


def test_latest_endpoints(data: httpx.Client) -> None:
    bars = _get(data, "/v2/stocks/bars/latest", symbols="AAPL,MSFT")["bars"]
    assert list(bars) == ["AAPL", "MSFT"] and bars["AAPL"]["t"] == "2026-11-27T14:59:00Z"
    single = _get(data, "/v2/stocks/AAPL/bars/latest")
    assert single == {"symbol": "AAPL", "bar": bars["AAPL"]}
    trade = _get(data, "/v2/stocks/AAPL/trades/latest")["trade"]
    assert trade["t"] < "2026-11-27T15:00:00Z" and trade["p"] == bars["AAPL"]["c"]
    assert _get(data, "/v2/stocks/trades/latest", symbols="AAPL")["trades"]["AAPL"] == trade
    quote = _get(data, "/v2/stocks/AAPL/quotes/latest")["quote"]
    assert _get(data, "/v2/stocks/quotes/latest", symbols="AAPL")["quotes"]["AAPL"] == quote
    assert data.get("/v2/stocks/NOSUCH/trades/latest").status_code == 404


def test_snapshots(data: httpx.Client) -> None:
    snaps = _get(data, "/v2/stocks/snapshots", symbols="AAPL,SPY")
    assert list(snaps) == ["AAPL", "SPY"]
    snap = snaps["AAPL"]
    assert set(snap) == {"latestTrade", "latestQuote", "minuteBar", "dailyBar", "prevDailyBar"}
    assert snap["dailyBar"]["t"] == "2026-11-27T05:00:00Z"
    assert snap["prevDailyBar"]["t"] == "2026-11-25T05:00:00Z"
    assert snap["dailyBar"]["c"] == snap["minuteBar"]["c"]
    assert _get(data, "/v2/stocks/AAPL/snapshot") == {"symbol": "AAPL", **snap}


def test_fills_use_the_synthetic_last_price(data: httpx.Client) -> None:
    order = data.post(
        "/v2/orders",
        json={
            "symbol": "MSFT",
            "qty": "1",
            "side": "buy",
            "type": "market",
            "time_in_force": "day",
        },
    ).json()
    last = _get(data, "/v2/stocks/MSFT/bars/latest")["bar"]["c"]
    assert order["filled_avg_price"] == str(last).rstrip("0").rstrip(".")


@pytest.mark.parametrize(
    ("params", "status", "fragment"),
    [
        ({"limit": "0"}, 422, "limit"),
        ({"limit": "10001"}, 422, "limit"),
        ({"limit": "many"}, 422, "limit"),
        ({"timeframe": "60Min"}, 422, "timeframe"),
        ({"timeframe": "5Month"}, 422, "timeframe"),
        ({"timeframe": "daily"}, 422, "timeframe"),
        ({"timeframe": ""}, 400, "timeframe"),
        ({"sort": "up"}, 422, "sort"),
        ({"start": "yesterday"}, 422, "start"),
        ({"end": "2026-13-01"}, 422, "end"),
        ({"start": "2026-11-25", "end": "2026-11-24"}, 422, "end"),
        ({"feed": "nasdaq"}, 422, "feed"),
        ({"adjustment": "magic"}, 422, "adjustment"),
        ({"page_token": "!!!"}, 422, "page_token"),
        ({"symbols": ""}, 400, "symbols"),
    ],
)
def test_invalid_parameters(
    data: httpx.Client, params: dict[str, str], status: int, fragment: str
) -> None:
    query = {"symbols": "AAPL", "timeframe": "1Min", **params}
    response = data.get("/v2/stocks/bars", params=query)
    assert response.status_code == status
    body = response.json()
    assert set(body) == {"code", "message"} and fragment in body["message"]


def test_accepted_parameters(data: httpx.Client) -> None:
    body = _get(
        data,
        "/v2/stocks/bars",
        symbols="AAPL",
        timeframe="1Min",
        feed="iex",
        adjustment="split,dividend",
        asof="2026-11-01",
        currency="USD",
        start="2026-11-25",
    )
    assert body["bars"]["AAPL"], "the accepted parameters must still return data"


def test_frozen_clock_is_utc() -> None:
    assert CLOCK().tzinfo is UTC and CLOCK() == datetime(2026, 11, 27, 15, 0, tzinfo=UTC)
