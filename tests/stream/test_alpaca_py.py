"""Alpaca's own SDK (alpaca-py 0.44, unmodified, in a venv of its own) against the sandbox's
streams: its StockDataStream receives trades and its TradingStream receives trade updates.

The venv is ``benchmarks/.venvs/alpaca-py`` (shared with the benchmarks; made on first use with
``pip install alpaca-py==0.44.*``, ~15 s). Without PyPI the tests are skipped, saying why.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from alpaca.testing import Sandbox

VENV = Path(__file__).resolve().parents[2] / "benchmarks" / ".venvs" / "alpaca-py"
SPEC = "alpaca-py==0.44.*"

DATA_CHILD = """
import json, os, sys
from alpaca.data.live import StockDataStream

url, key, secret = sys.argv[1:4]
stream = StockDataStream(key, secret, url_override=url)
got = []

async def on_trade(trade):
    got.append({"symbol": trade.symbol, "price": trade.price, "size": trade.size,
                "exchange": getattr(trade.exchange, "value", trade.exchange),
                "timestamp": trade.timestamp.isoformat()})
    if len(got) == 3:
        print(json.dumps(got), flush=True)
        os._exit(0)

stream.subscribe_trades(on_trade, "AAPL")
stream.run()
"""

TRADING_CHILD = """
import json, os, sys
from alpaca.trading.stream import TradingStream

url, key, secret = sys.argv[1:4]
stream = TradingStream(key, secret, paper=True, url_override=url)
got = []

async def on_update(update):
    got.append({"event": getattr(update.event, "value", update.event),
                "symbol": update.order.symbol, "qty": update.qty,
                "position_qty": update.position_qty})
    if len(got) == 2:
        print(json.dumps(got), flush=True)
        os._exit(0)

stream.subscribe_trade_updates(on_update)
stream.run()
"""


def _probe(python: Path) -> bool:
    if not python.exists():
        return False
    code = "import alpaca.data.live, alpaca.trading.stream"
    return subprocess.run([str(python), "-c", code], capture_output=True, cwd="/").returncode == 0


@pytest.fixture(scope="module")
def alpaca_py() -> str:
    python = VENV / "bin" / "python"
    if not _probe(python):
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
        install = subprocess.run(
            [str(python), "-m", "pip", "install", "-q", SPEC],
            capture_output=True, text=True, timeout=300,
        )  # fmt: skip
        if install.returncode != 0 or not _probe(python):
            pytest.skip(f"cannot install {SPEC}: {install.stderr.strip()[-300:]}")
    return str(python)


def test_stock_data_stream_receives_trades(alpaca_py: str, sb: Sandbox, tmp_path: Path) -> None:
    args = [alpaca_py, "-c", DATA_CHILD, f"{sb.stream_url}/v2/iex", sb.key_id, sb.secret_key]
    done = subprocess.run(args, capture_output=True, text=True, timeout=60, cwd=tmp_path)
    assert done.returncode == 0, done.stderr[-2000:]
    trades = json.loads(done.stdout.strip().splitlines()[-1])
    assert [t["symbol"] for t in trades] == ["AAPL"] * 3
    assert all(t["price"] > 0 and t["size"] > 0 and t["exchange"] for t in trades)


def test_trading_stream_receives_trade_updates(alpaca_py: str, sb: Sandbox, tmp_path: Path) -> None:
    url = sb.base_url.replace("http://", "ws://") + "/stream"
    args = [alpaca_py, "-c", TRADING_CHILD, url, sb.key_id, sb.secret_key]
    child = subprocess.Popen(
        args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=tmp_path
    )
    try:
        deadline = time.monotonic() + 30
        while not any(
            c["path"] == "/stream" and c["subscriptions"]
            for c in sb.stream_settings()["connections"]
        ):
            assert child.poll() is None and time.monotonic() < deadline, "alpaca-py never listened"
            time.sleep(0.05)
        with sb.client() as client:
            client.orders.submit(
                symbol="AAPL", qty=2, side="buy", type="market", time_in_force="day"
            )
        out, err = child.communicate(timeout=30)
    finally:
        child.kill()
    assert child.returncode == 0, err[-2000:]
    updates = json.loads(out.strip().splitlines()[-1])
    assert updates == [
        {"event": "new", "symbol": "AAPL", "qty": None, "position_qty": None},
        {"event": "fill", "symbol": "AAPL", "qty": 2, "position_qty": 2},
    ]
