"""Legacy scripts, written as they were for ``alpaca_trade_api`` with only the import changed,
run in a fresh interpreter against the sandbox (the ``APCA_*`` variables point at it)."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import date

import pandas as pd
import pytest

import alpaca.compat as tradeapi
from alpaca.compat.rest import TimeFrame
from alpaca.compat.rest_async import AsyncRest, gather_with_concurrency
from alpaca.testing import Sandbox

LONG_SHORT = """
import alpaca.compat as tradeapi
from alpaca.compat.rest import TimeFrame
import os, datetime

API_KEY = os.environ["APCA_API_KEY_ID"]
API_SECRET = os.environ["APCA_API_SECRET_KEY"]
APCA_API_BASE_URL = os.environ["APCA_API_BASE_URL"]
alpaca = tradeapi.REST(API_KEY, API_SECRET, APCA_API_BASE_URL, 'v2')

alpaca.submit_order('MSFT', 3, 'buy', 'limit', 'day', '1.00')
orders = alpaca.list_orders(status="open")
for order in orders:
    alpaca.cancel_order(order.id)
print("cancelled", len(orders), len(alpaca.list_orders(status="open")))

clock = alpaca.get_clock()
closing = clock.next_close.replace(tzinfo=datetime.timezone.utc).timestamp()
now = clock.timestamp.replace(tzinfo=datetime.timezone.utc).timestamp()
print("minutes to close positive", int((closing - now) / 60) > 0)

for stock, qty, side in (("AAPL", 4, "buy"), ("SPY", 2, "buy")):
    try:
        alpaca.submit_order(stock, qty, side, "market", "day")
    except Exception:
        print("failed", stock)
try:
    alpaca.submit_order("AAPL", 10_000_000, "buy", "market", "day")
except Exception:
    print("too big")

for position in alpaca.list_positions():
    print("position", position.symbol, int(float(position.qty)), position.side)

bars = alpaca.get_bars("AAPL", TimeFrame.Minute, "2021-02-08", "2021-02-08", limit=10,
                       adjustment='raw')
print("bars", len(bars), round((bars[-1].c - bars[0].o) / bars[0].o, 6) == round(
    (bars.df["close"].iloc[-1] - bars.df["open"].iloc[0]) / bars.df["open"].iloc[0], 6))
"""

OVERNIGHT_HOLD = """
import asyncio
import datetime
import alpaca.compat as tradeapi
from alpaca.compat.rest import TimeFrame
from alpaca.compat.rest_async import gather_with_concurrency, AsyncRest

api = tradeapi.REST()
rest = AsyncRest()
assets = api.list_assets(status='active')
symbols = sorted(a.symbol for a in assets if a.tradable and a.symbol in ("AAPL", "MSFT", "KO"))
snapshot = api.get_snapshots(symbols)
prices = {s: snapshot[s].latest_trade.p for s in symbols}
print("priced", sorted(prices), all(p > 0 for p in prices.values()))

calendar = api.get_calendar(start="2021-01-04", end="2021-02-08")
print("days", len(calendar), calendar[-1].date.strftime("%Y-%m-%d"))

async def get_historic_data_base(symbols, start, end, timeframe):
    tasks = [rest.get_bars_async(s, start, end, timeframe) for s in symbols]
    return await gather_with_concurrency(2, *tasks)

loop = asyncio.new_event_loop()
results = loop.run_until_complete(
    get_historic_data_base(symbols, "2021-01-04", "2021-02-08", TimeFrame.Day.value))
for symbol, df in results:
    print("history", symbol, len(df), df.iloc[-1].close > 0, list(df.columns)[:4])

for s in symbols:
    api.submit_order(symbol=s, qty=1, side='buy', type='market', time_in_force='day')
after = (datetime.datetime.now(datetime.timezone.utc) - datetime.timedelta(hours=1)).isoformat()
orders = api.list_orders(after=after, limit=400, status='all')
print("orders", len(orders), {o.status for o in orders})
closed = api.close_all_positions()
print("closed", sorted(c.symbol for c in closed), len(api.list_positions()))
"""

MARTINGALE = """
import alpaca.compat as tradeapi
from alpaca.compat.rest import APIError

api = tradeapi.REST()
stream = tradeapi.Stream()
api.cancel_all_orders()
try:
    position = int(api.get_position('SPY').qty)
except APIError as error:
    print("no position", error.status_code)
    position = 0
seen = {"bars": 0, "trades": 0}

async def on_bar(bar):
    seen["bars"] += 1
    if seen["bars"] == 1:
        api.submit_order('SPY', 5, 'buy', 'limit', 'day', bar.close * 2)

async def on_trade(trade):
    seen["trades"] += 1
    assert trade.price > 0

async def on_trade_update(data):
    if data.event == 'fill':
        print("filled", data.order['filled_qty'], data.position_qty)
        await stream.stop_ws()

stream.subscribe_bars(on_bar, 'SPY')
stream.subscribe_trades(on_trade, 'SPY')
stream.subscribe_trade_updates(on_trade_update)
stream.run()
print("after run", seen["bars"] >= 1, seen["trades"] >= 1, int(api.get_position('SPY').qty))
"""


def _run_script(source: str, sb: Sandbox) -> list[str]:
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("APCA_", "ALPACA_"))},
        "APCA_API_KEY_ID": sb.key_id,
        "APCA_API_SECRET_KEY": sb.secret_key,
        "APCA_API_BASE_URL": sb.base_url,
        "APCA_API_DATA_URL": sb.data_url,
        "APCA_API_STREAM_URL": sb.stream_url,
    }
    done = subprocess.run(
        [sys.executable, "-W", "error::DeprecationWarning:__main__", "-c", source],
        capture_output=True,
        text=True,
        env=env,
        timeout=90,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout.splitlines()


def test_long_short_script(fresh_sandbox: Sandbox) -> None:
    out = _run_script(LONG_SHORT, fresh_sandbox)
    assert out[0] == "cancelled 1 0"
    assert out[1] == "minutes to close positive True"
    assert out[2] == "too big"
    assert sorted(out[3:5]) == ["position AAPL 4 long", "position SPY 2 long"]
    assert out[5] == "bars 10 True"


def test_overnight_hold_script(fresh_sandbox: Sandbox) -> None:
    out = _run_script(OVERNIGHT_HOLD, fresh_sandbox)
    assert out[0] == "priced ['AAPL', 'KO', 'MSFT'] True"
    assert out[1] == "days 25 2021-02-08"
    history = "True ['open', 'high', 'low', 'close']"
    assert out[2:5] == [f"history {s} 25 {history}" for s in ("AAPL", "KO", "MSFT")]
    assert out[5] == "orders 3 {'filled'}"
    assert out[6] == "closed ['AAPL', 'KO', 'MSFT'] 0"


def test_martingale_streaming_script(stream_sandbox: Sandbox) -> None:
    out = _run_script(MARTINGALE, stream_sandbox)
    assert out == ["no position 404", "filled 5 5", "after run True True 5"]


@pytest.fixture
def stream_sandbox() -> Iterator[Sandbox]:
    """A sandbox of its own whose clock starts at a session open and runs fast."""
    from .test_stream import OPEN, FastClock

    clock = FastClock()
    with Sandbox(now=clock) as sb:
        assert clock() >= OPEN
        yield sb


def test_async_rest_directly(legacy_env: Sandbox, clean_env: pytest.MonkeyPatch) -> None:
    rest = AsyncRest()

    async def main() -> list[object]:
        return await gather_with_concurrency(
            2,
            rest.get_bars_async("AAPL", "2021-02-01", "2021-02-08", TimeFrame.Day),
            rest.get_trades_async("AAPL", "2021-02-08", "2021-02-08", limit=5),
            rest.get_quotes_async("MSFT", "2021-02-08", "2021-02-08", limit=5),
            rest.get_latest_trade_async("AAPL"),
            rest.get_latest_quote_async("AAPL"),
            rest.get_bars_async("AAPL", "2021-02-08", "2021-02-01", "1Day"),  # refused
        )

    bars, trades, quotes, trade, quote, refused = asyncio.run(main())
    assert isinstance(bars, tuple) and bars[0] == "AAPL" and len(bars[1]) == 6
    assert isinstance(bars[1], pd.DataFrame) and bars[1].index.name == "timestamp"
    assert isinstance(trades, tuple) and list(trades[1].columns)[:2] == ["exchange", "price"]
    assert isinstance(quotes, tuple) and quotes[0] == "MSFT" and len(quotes[1]) == 5
    assert isinstance(trade, tuple) and trade[1] is not None and trade[1].price > 0
    assert isinstance(quote, tuple) and quote[1] is not None and quote[1].ask_price > 0
    assert isinstance(refused, tradeapi.APIError) and refused.status_code == 422
    clean_env.delenv("APCA_API_KEY_ID")
    with pytest.raises(ValueError, match="credentials"):
        AsyncRest()


def test_calendar_and_times_answer_day_and_minute(api: tradeapi.REST) -> None:
    day = api.get_calendar("2021-02-08", "2021-02-08")[0]
    assert (day.date.day, day.date.month) == (8, 2) and date(2021, 2, 8) == day.date.date()
    clock = api.get_clock()
    assert clock.timestamp.minute == int(clock._raw["timestamp"][14:16])
    order = api.submit_order("AAPL", 1, "buy", "market", "day")
    assert order.submitted_at.day == pd.Timestamp(order._raw["submitted_at"]).day
