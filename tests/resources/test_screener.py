"""``client.screener`` on the sandbox: most active stocks and movers, with frames."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import Any

import httpx
import pytest
from alpaca_client.data.models import MostActives, Movers

import alpaca
from alpaca.testing import Sandbox

NOW = dt.datetime(2024, 1, 3, 18, 0, tzinfo=dt.UTC)  # a Wednesday, 13:00 in New York


@pytest.fixture(scope="module")
def fixed() -> Iterator[Sandbox]:
    """A sandbox whose clock stands still at :data:`NOW`."""
    with Sandbox(now=lambda: NOW) as sb:
        yield sb


def test_most_actives_by_volume_and_by_trades(fixed: Sandbox) -> None:
    with fixed.client() as client:
        by_volume = client.screener.most_actives()
        by_trades = client.screener.most_actives(by="trades", top=5)
        everything = client.screener.most_actives(top=100)
    assert isinstance(by_volume, MostActives) and by_volume.last_updated == NOW
    assert len(by_volume.most_actives) == 10 and len(by_trades.most_actives) == 5
    volumes = [m.volume for m in by_volume.most_actives]
    assert volumes == sorted(volumes, reverse=True)
    counts = [m.trade_count for m in by_trades.most_actives]
    assert counts == sorted(counts, reverse=True)
    assert len(everything.most_actives) == 36  # every tradable stock of the sandbox
    frame = by_volume.df
    assert list(frame.columns) == ["symbol", "volume", "trade_count"]
    assert frame["symbol"].tolist() == [m.symbol for m in by_volume.most_actives]


def test_stock_movers_follow_the_prices(fixed: Sandbox) -> None:
    with fixed.client() as client:
        movers = client.screener.movers("stocks", top=3)
        latest = client.stocks.latest_bars([m.symbol for m in movers.gainers])
        before = client.stocks.bars(
            movers.gainers[0].symbol, "1Day", start="2024-01-02", end="2024-01-02"
        )
    assert isinstance(movers, Movers) and movers.market_type == "stocks"
    assert len(movers.gainers) == len(movers.losers) == 3
    assert all(m.change > 0 for m in movers.gainers) and all(m.change < 0 for m in movers.losers)
    changes = [m.percent_change for m in movers.gainers]
    assert changes == sorted(changes, reverse=True)
    top = movers.gainers[0]
    assert top.price == latest[top.symbol].close
    previous = before[top.symbol][0].close
    assert previous is not None and abs(top.price - previous - top.change) < Decimal("1e-6")
    frame = movers.df
    assert list(frame.columns) == ["group", "symbol", "price", "change", "percent_change"]
    assert frame["group"].tolist() == ["gainers"] * 3 + ["losers"] * 3
    assert frame["price"].dtype == "float64"


async def test_async_crypto_movers(fixed: Sandbox) -> None:
    async with fixed.async_client() as client:
        movers = await client.screener.movers("crypto", top=50)
        ranking = await client.screener.most_actives(by="volume", top=2)
    assert movers.market_type == "crypto"
    symbols = [m.symbol for m in movers.gainers + movers.losers]
    assert all(symbol.endswith("/USD") for symbol in symbols) and len(symbols) == len(set(symbols))
    assert len(ranking.most_actives) == 2


@pytest.mark.parametrize(
    ("call", "error", "name"),
    [
        (lambda c: c.screener.most_actives(top=0), ValueError, "top"),
        (lambda c: c.screener.most_actives(top=101), ValueError, "top"),
        (lambda c: c.screener.most_actives(top="5"), TypeError, "top"),
        (lambda c: c.screener.most_actives(by="price"), ValueError, "by"),
        (lambda c: c.screener.movers("bonds"), ValueError, "market_type"),
        (lambda c: c.screener.movers("stocks", top=51), ValueError, "top"),
    ],
)
def test_bad_arguments_fail_before_any_request(
    offline_client: tuple[alpaca.Client, list[httpx.Request]],
    call: Callable[[alpaca.Client], Any],
    error: type[Exception],
    name: str,
) -> None:
    client, sent = offline_client
    with pytest.raises(error, match=name):
        call(client)
    assert sent == []
