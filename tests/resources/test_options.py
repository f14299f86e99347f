"""``client.options`` on the sandbox: contracts (Trading API), chains and snapshots with greeks,
bars and trades of a contract, latest values, code tables."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import Any

import httpx
import pandas as pd
import pytest
from alpaca_client.data.models import OptionBarsResponse, OptionSnapshot, OptionTradesResponse
from alpaca_client.trading.models import OptionContract

import alpaca
from alpaca.resources import options as options_module
from alpaca.testing import Sandbox

NOW = dt.datetime(2024, 1, 3, 15, 0, 30, tzinfo=dt.UTC)  # a Wednesday, 10:00 in New York
EXPIRATIONS = [dt.date(2024, 1, d) for d in (5, 12, 19, 26)] + [
    dt.date(2024, 2, 16),
    dt.date(2024, 3, 15),
]
AAPL_STRIKES = [Decimal(k) for k in range(165, 216, 5)]
CALL = "AAPL240119C00190000"
PUT = "AAPL240119P00190000"


@pytest.fixture(scope="module")
def fixed() -> Iterator[Sandbox]:
    """A sandbox whose clock stands still at :data:`NOW`."""
    with Sandbox(now=lambda: NOW) as sb:
        yield sb


@pytest.fixture
def recorded(fixed: Sandbox) -> Iterator[tuple[alpaca.Client, list[httpx.URL]]]:
    """A client on the fixed sandbox and the URLs it requests."""
    sent: list[httpx.URL] = []
    with (
        httpx.Client(event_hooks={"request": [lambda r: sent.append(r.url)]}) as http,
        fixed.client(http_client=http) as client,
    ):
        yield client, sent


# --- contracts ----------------------------------------------------------------------------


def test_contracts_default_to_this_weeks_expiration(fixed: Sandbox) -> None:
    with fixed.client() as client:
        contracts = client.options.contracts("AAPL")
    assert isinstance(contracts, alpaca.Records) and len(contracts) == 22
    assert {c.expiration_date for c in contracts} == {dt.date(2024, 1, 5)}
    assert sorted(c.strike_price for c in contracts if c.type == "call") == AAPL_STRIKES
    first = contracts[0]
    assert isinstance(first, OptionContract) and first.symbol == "AAPL240105C00165000"
    assert first.underlying_symbol == "AAPL" and first.multiplier == Decimal(100)
    assert first.close_price is not None and first.close_price_date == dt.date(2024, 1, 2)
    assert first.deliverables is None  # only with show_deliverables
    frame = contracts.df
    assert len(frame) == 22 and {"symbol", "strike_price", "expiration_date"} <= set(frame)
    assert frame["strike_price"].dtype == "float64"


def test_contracts_page_through_everything(
    recorded: tuple[alpaca.Client, list[httpx.URL]], monkeypatch: pytest.MonkeyPatch
) -> None:
    client, sent = recorded
    monkeypatch.setattr(options_module, "CONTRACTS_PAGE_MAX", 50)
    since = {"expiration_date_gte": "2024-01-01"}
    contracts = client.options.contracts(["AAPL", "MSFT"], **since)  # type: ignore[arg-type]
    assert len(contracts) == 2 * 6 * 11 * 2
    assert len(sent) == 6  # pages of 50
    assert [u.params["limit"] for u in sent] == ["50"] * 6
    symbols = [c.symbol for c in contracts]
    assert symbols == sorted(set(symbols))
    assert {c.expiration_date for c in contracts} == set(EXPIRATIONS)
    sent.clear()
    lazy = client.options.iter_contracts("AAPL", limit=70, expiration_date_gte="2024-01-01")
    assert sent == []
    firsts = list(itertools.islice(lazy, 10))
    assert len(sent) == 1 and [c.symbol for c in firsts] == symbols[:10]
    assert len(list(lazy)) == 60 and [u.params["limit"] for u in sent] == ["50", "20"]


def test_contract_filters(fixed: Sandbox) -> None:
    with fixed.client() as client:
        puts = client.options.contracts(
            "SPY",
            type="put",
            strike_price_gte="540",
            strike_price_lte=Decimal("560"),
            expiration_date=dt.date(2024, 1, 12),
            show_deliverables=True,
        )
        none = client.options.contracts("AAPL", status="inactive")
    assert [c.strike_price for c in puts] == [Decimal(540), Decimal(550), Decimal(560)]
    assert all(c.type == "put" and c.expiration_date == dt.date(2024, 1, 12) for c in puts)
    deliverables = puts[0].deliverables or []
    assert len(deliverables) == 1 and deliverables[0].symbol == "SPY"
    assert deliverables[0].amount == Decimal(100)
    assert len(none) == 0


def test_contract_by_symbol_or_id(fixed: Sandbox) -> None:
    with fixed.client() as client:
        by_symbol = client.options.contract(CALL)
        by_id = client.options.contract(by_symbol.id)
        with pytest.raises(alpaca.NotFoundError):
            client.options.contract("NOPE240119C00190000")
    assert by_symbol == by_id
    assert by_symbol.strike_price == Decimal(190) and by_symbol.type == "call"
    assert by_symbol.expiration_date == dt.date(2024, 1, 19) and by_symbol.deliverables


# --- chains and snapshots -----------------------------------------------------------------


def test_chain_pages_and_greeks(
    recorded: tuple[alpaca.Client, list[httpx.URL]], monkeypatch: pytest.MonkeyPatch
) -> None:
    client, sent = recorded
    monkeypatch.setattr(options_module, "SNAPSHOTS_PAGE_MAX", 100)
    chain = client.options.chain("aapl")
    assert isinstance(chain, alpaca.OptionSnapshots) and isinstance(chain, dict)
    assert len(chain) == 6 * 11 * 2 and len(sent) == 2
    assert sent[0].path == "/v1beta1/options/snapshots/AAPL"
    snapshot = chain[CALL]
    assert isinstance(snapshot, OptionSnapshot)
    assert snapshot.implied_volatility is not None and 0 < snapshot.implied_volatility < 2
    for strike in AAPL_STRIKES:
        for day in EXPIRATIONS:
            stem = f"AAPL{day:%y%m%d}"
            call, put = (
                chain[f"{stem}C{int(strike * 1000):08d}"],
                chain[f"{stem}P{int(strike * 1000):08d}"],
            )
            assert call.greeks is not None and put.greeks is not None
            assert 0 <= call.greeks.delta <= 1 and -1 <= put.greeks.delta <= 0
            assert abs(call.greeks.delta - put.greeks.delta - 1) <= Decimal("0.0002")
            assert call.greeks.gamma >= 0 and call.greeks.gamma == put.greeks.gamma
            assert call.greeks.vega == put.greeks.vega
    quote, trade = snapshot.latest_quote, snapshot.latest_trade
    assert quote is not None and quote.bp is not None and quote.ap is not None
    assert quote.bp < quote.ap and trade is not None and trade.t <= NOW


def test_chain_filters_and_frame(fixed: Sandbox) -> None:
    with fixed.client() as client:
        chain = client.options.chain(
            "AAPL",
            type="call",
            strike_price_gte=180,
            strike_price_lte="200",
            expiration_date_lte=dt.date(2024, 1, 12),
            feed="indicative",
        )
        capped = client.options.chain("AAPL", limit=7)
    assert sorted(chain) == [
        f"AAPL2401{d:02d}C00{k}000" for d in (5, 12) for k in (180, 185, 190, 195, 200)
    ]
    assert len(capped) == 7
    frame = chain.df
    assert frame.index.name == "symbol" and len(frame) == 10
    assert frame["strike"].tolist() == [180.0, 185.0, 190.0, 195.0, 200.0] * 2
    assert set(frame["type"]) == {"call"} and set(frame["underlying"]) == {"AAPL"}
    assert frame["expiration"].iloc[0] == dt.date(2024, 1, 5)
    assert str(frame["trade_time"].dt.tz) == "UTC"
    assert (frame["bid_price"] < frame["ask_price"]).all()
    assert (frame["delta"].diff().dropna() < 0).iloc[:4].all()  # calls: lower delta higher up
    assert frame["implied_volatility"].notna().all()


def test_snapshots_of_contracts(fixed: Sandbox) -> None:
    with fixed.client() as client:
        snapshots = client.options.snapshots([CALL, PUT, "NOPE240119C00190000"])
        pairs = list(client.options.iter_snapshots([CALL, PUT], limit=1))
        expired = client.options.snapshots("AAPL231222C00190000")
    assert sorted(snapshots) == [CALL, PUT]
    assert pairs == [(CALL, snapshots[CALL])]
    old = expired["AAPL231222C00190000"]
    assert old.greeks is None and old.latest_trade is not None
    assert old.latest_trade.t.date() == dt.date(2023, 12, 22)
    frame = snapshots.df
    assert list(frame.index) == [CALL, PUT]
    assert frame["type"].tolist() == ["call", "put"]
    assert frame["delta"].iloc[0] > 0 > frame["delta"].iloc[1]


async def test_async_client(fixed: Sandbox) -> None:
    async with fixed.async_client() as client:
        chain = await client.options.chain("MSFT", expiration_date=dt.date(2024, 1, 5))
        pairs = [pair async for pair in client.options.iter_chain("MSFT", limit=3)]
        bars = await client.options.bars(CALL, "1Hour", start="2024-01-02", end="2024-01-02")
    assert len(chain) == 22 and len(pairs) == 3
    assert [symbol for symbol, _ in pairs] == sorted(chain)[:3]
    assert len(bars) == 7  # 9:30 to 16:00 in hourly buckets from UTC midnight


# --- history and latest values ------------------------------------------------------------


def test_bars_and_trades_of_a_contract(fixed: Sandbox) -> None:
    with fixed.client() as client:
        minutes = client.options.bars(CALL, "1Min", start="2024-01-02", end="2024-01-02")
        daily = client.options.bars([CALL, PUT], "1Day", start="2023-12-20", end="2024-01-03")
        trades = client.options.trades(CALL, start="2024-01-02", end="2024-01-02")
        lazy = list(client.options.iter_trades(CALL, start="2024-01-02", end="2024-01-02"))
        underlying = client.stocks.bars("AAPL", "1Min", start="2024-01-02", end="2024-01-02")
    bars = minutes[CALL]
    assert len(bars) == len(underlying["AAPL"]) == 390
    assert [b.timestamp for b in bars] == [b.timestamp for b in underlying["AAPL"]]
    assert all(b.low is not None and b.high is not None and b.low <= b.high for b in bars)
    assert isinstance(bars[0].volume, int) and minutes.df["volume"].dtype == "int64"
    # a call gains when its underlying does
    up = [
        b for b, u in zip(bars, underlying["AAPL"], strict=True) if (u.close or 0) > (u.open or 0)
    ]
    assert all((b.close or 0) >= (b.open or 0) for b in up)
    assert isinstance(trades, alpaca.OptionTradeSet) and len(trades) == 390 and lazy == list(trades)
    assert [t.size for t in trades[CALL]] == [b.volume for b in bars]
    assert [t.price for t in trades[CALL]] == [b.close for b in bars]
    assert trades[CALL][0].conditions == ["I"]  # a single code, as a list
    frame = trades.df
    assert list(frame.columns) == ["exchange", "price", "size", "condition"]
    assert set(frame["condition"]) == {"I"}
    assert daily.symbols == [CALL, PUT] and len(daily[CALL]) == 9  # sessions to Jan 3
    assert daily[CALL][-2].volume == sum(b.volume or 0 for b in bars)
    assert isinstance(daily.df.index, pd.MultiIndex)


def test_history_pages_match_the_generated_models(fixed: Sandbox) -> None:
    params = {"symbols": f"{CALL},{PUT}", "start": "2024-01-02", "limit": "3"}
    with httpx.Client(base_url=fixed.data_url, headers=fixed.headers) as http:
        bars = http.get("/v1beta1/options/bars", params={**params, "timeframe": "1Min"})
        trades = http.get("/v1beta1/options/trades", params=params)
        refused = http.get(
            "/v1beta1/options/trades",
            params={**params, "symbols": ",".join(f"X{n}" for n in range(101))},
        )
    bar_page = OptionBarsResponse.from_dict(bars.json())
    assert len(bar_page.bars[CALL]) == 3 and bar_page.next_page_token
    assert isinstance(bar_page.bars[CALL][0].v, int) and isinstance(
        bar_page.bars[CALL][0].c, Decimal
    )
    trade_page = OptionTradesResponse.from_dict(trades.json())
    assert trade_page.trades[CALL][0].c == "I" and trade_page.next_page_token
    assert refused.status_code == 400 and set(refused.json()) == {"code", "message"}


def test_latest_quotes_and_trades(fixed: Sandbox) -> None:
    with fixed.client() as client:
        quotes = client.options.latest_quotes([CALL, PUT], feed="opra")
        trades = client.options.latest_trades(CALL)
        day = client.options.bars(CALL, "1Min", start="2024-01-03", end=NOW)
    assert set(quotes) == {CALL, PUT}
    quote = quotes[CALL]
    assert isinstance(quote, alpaca.Quote) and quote.timestamp <= NOW
    assert quote.bid_price is not None and quote.ask_price is not None
    assert quote.bid_price < quote.ask_price and quote.conditions == ["A"]
    trade = trades[CALL]
    assert trade.timestamp <= NOW and trade.price == day[CALL][-1].close


def test_code_tables(fixed: Sandbox) -> None:
    with fixed.client() as client:
        trades = client.options.conditions("trade")
        quotes = client.options.conditions("QUOTE")
        exchanges = client.options.exchanges()
    assert trades["I"] and quotes and all(isinstance(v, str) for v in quotes.values())
    assert "C" in exchanges and all(len(code) == 1 for code in exchanges)


BAD_CALLS: list[tuple[Callable[[alpaca.Client], Any], type[Exception], str]] = [
    (lambda c: c.options.bars([f"X{n}" for n in range(101)], "1Min"), ValueError, "100"),
    (lambda c: c.options.latest_quotes(CALL, feed="sip"), ValueError, "feed"),
    (lambda c: c.options.chain("AAPL", type="straddle"), ValueError, "type"),
    (lambda c: c.options.chain("AAPL", strike_price_gte="cheap"), ValueError, "strike"),
    (lambda c: c.options.chain("AAPL", expiration_date="Jan 5"), ValueError, "expiration"),
    (lambda c: c.options.chain("AAPL", strike=190), TypeError, "strike"),  # type: ignore[call-arg]
    (lambda c: c.options.chain("AAPL,MSFT"), ValueError, "one symbol"),
    (lambda c: c.options.iter_chain("AAPL", limit=0), ValueError, "limit"),
    (
        lambda c: c.options.snapshots(CALL, updated_since=dt.datetime(2024, 1, 1)),
        ValueError,
        "naive",
    ),
    (lambda c: c.options.contracts(style="asian"), ValueError, "style"),
    (lambda c: c.options.contracts(show_deliverables="yes"), TypeError, "show_deliverables"),  # type: ignore[arg-type]
    (lambda c: c.options.contract(""), ValueError, "symbol_or_id"),
    (lambda c: c.options.conditions("bid"), ValueError, "ticktype"),
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
