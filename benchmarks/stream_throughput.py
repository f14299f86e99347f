"""Stream decode + dispatch throughput: msgpack stock trades in frames of 1,000.

* Server: a ``websockets`` server in its own process (this script with ``--serve``) answers
  Alpaca's market-data handshake (``connected``, ``authenticated``, the subscription reply), then
  sends ``--messages`` trades (default 200,000) in frames of 1,000 as fast as the client reads.
  Trades carry every field alpaca-py requires, ``T`` first, timestamps as msgpack extension -1.
  No compression is negotiated: the work measured is decoding and dispatching.
* Contenders, each a fresh child process (``--child NAME``) timing from its first trade to its
  last:

  1. ``bare``: ``websockets`` client, ``msgpack.unpackb`` per frame (default options: timestamps
     become ``msgpack.Timestamp``), a plain function called per message -- the floor.
  2. ``bare-ns``: the same with ``timestamp=2`` (integer nanoseconds), the decoding our client
     uses, for reference.
  3. ``typed``: ``alpaca.Stream`` with a sync handler receiving generated ``StockTrade`` records.
  4. ``raw``: ``alpaca.Stream(raw=True)``: the handler receives the decoded dicts.
  5. ``alpaca-py`` (optional): ``StockDataStream(url_override=...)`` with an async handler, from
     ``benchmarks/.venvs/alpaca-py`` (made on first use with ``pip install alpaca-py==0.44.*``;
     skipped, and said so, if that fails).

* Report: messages per second, median of ``--runs`` (default 3) runs in alternating order, and
  the ratios the streams issue asks for: typed >= 3x alpaca-py and >= 0.45x bare, raw >= 0.75x
  bare. All contenders are measured in the same run.

    python benchmarks/stream_throughput.py [--messages 1000000] [--runs 3] [--no-alpaca-py]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import msgpack

HERE = Path(__file__).resolve().parent
FRAME = 1000
KEY, SECRET = "PKBENCH", "bench-secret"


def _frame() -> bytes:
    base = 1_710_250_000
    trades = [
        {
            "T": "t", "S": "AAPL", "i": 96921 + k, "x": "V", "p": 126.55 + k / 100, "s": 100 + k,
            "c": ["@", "I"], "t": msgpack.Timestamp(base + k // 10, 123_456_789), "z": "C",
        }
        for k in range(FRAME)
    ]  # fmt: skip
    packed: bytes = msgpack.packb(trades)
    return packed


async def serve(port_file: str, messages: int) -> None:
    """Answer the handshake, then send ``messages`` trades; write the port to ``port_file``."""
    from websockets.asyncio.server import ServerConnection
    from websockets.asyncio.server import serve as ws_serve
    from websockets.exceptions import ConnectionClosed

    frame = _frame()

    async def session(ws: ServerConnection) -> None:
        with contextlib.suppress(ConnectionClosed):  # clients leave once they have counted
            await handshake_and_send(ws)

    async def handshake_and_send(ws: ServerConnection) -> None:
        await ws.send(msgpack.packb([{"T": "success", "msg": "connected"}]))
        async for raw in ws:
            request = (
                json.loads(raw) if isinstance(raw, str) or raw[:1] == b"{" else msgpack.unpackb(raw)
            )
            if request.get("action") == "auth":
                await ws.send(msgpack.packb([{"T": "success", "msg": "authenticated"}]))
            elif request.get("action") == "subscribe":
                reply = {"T": "subscription", "trades": ["AAPL"], "quotes": [], "bars": []}
                await ws.send(msgpack.packb([reply]))
                for _ in range(messages // FRAME):
                    await ws.send(frame)

    async with ws_serve(session, "127.0.0.1", 0, compression=None, max_size=None) as server:
        port = server.sockets[0].getsockname()[1]
        Path(port_file).write_text(str(port))
        await asyncio.Future()


# -- children --------------------------------------------------------------------------------


def _report(count: int, first: float, last: float) -> None:
    print(
        json.dumps(
            {"messages": count, "seconds": last - first, "rate": (count - 1) / (last - first)}
        )
    )


async def child_bare(url: str, messages: int, timestamp: int) -> None:
    from websockets.asyncio.client import connect

    count, first = 0, 0.0

    def handle(message: Any) -> None:
        nonlocal count
        count += 1

    async with connect(url, max_size=None, compression=None) as ws:
        await ws.recv()
        await ws.send(msgpack.packb({"action": "auth", "key": KEY, "secret": SECRET}))
        await ws.recv()
        await ws.send(msgpack.packb({"action": "subscribe", "trades": ["AAPL"]}))
        await ws.recv()
        async for frame in ws:
            for message in msgpack.unpackb(frame, timestamp=timestamp):
                if count == 0:
                    first = time.perf_counter()
                handle(message)
            if count >= messages:
                _report(count, first, time.perf_counter())
                return


def child_alpaca(url: str, messages: int, raw: bool) -> None:
    import alpaca

    stream = alpaca.Stream("iex", key_id=KEY, secret_key=SECRET, url=url, raw=raw)
    count, first = 0, 0.0

    def on_trade(trade: Any) -> None:
        nonlocal count, first
        count += 1
        if count == 1:
            first = time.perf_counter()
        elif count == messages:
            _report(count, first, time.perf_counter())
            stream.stop()

    stream.subscribe_trades(on_trade, "AAPL")
    stream.run()


def child_alpaca_py(url: str, messages: int) -> None:
    # alpaca-py's package is also named ``alpaca``: this runs in its own venv only.
    from alpaca.data.live import StockDataStream  # type: ignore[import-not-found, unused-ignore]

    stream = StockDataStream(KEY, SECRET, url_override=f"{url}/v2/iex")
    count, first = 0, 0.0

    async def on_trade(trade: Any) -> None:
        nonlocal count, first
        count += 1
        if count == 1:
            first = time.perf_counter()
        elif count == messages:
            _report(count, first, time.perf_counter())
            sys.stdout.flush()
            os._exit(0)

    stream.subscribe_trades(on_trade, "AAPL")
    stream.run()


def child(name: str, url: str, messages: int) -> None:
    if name in ("bare", "bare-ns"):
        asyncio.run(child_bare(url, messages, 0 if name == "bare" else 2))
    elif name in ("typed", "raw"):
        child_alpaca(url, messages, raw=name == "raw")
    else:
        child_alpaca_py(url, messages)


# -- parent ----------------------------------------------------------------------------------


def _server(messages: int) -> tuple[subprocess.Popen[bytes], str]:
    port_file = HERE / ".data" / f"stream-port-{os.getpid()}"
    port_file.parent.mkdir(exist_ok=True)
    port_file.unlink(missing_ok=True)
    script = str(Path(__file__).resolve())
    proc = subprocess.Popen(
        [sys.executable, script, "--serve", str(port_file), "--messages", str(messages)]
    )
    deadline = time.monotonic() + 10
    while not port_file.exists() or not port_file.read_text():
        if time.monotonic() > deadline or proc.poll() is not None:
            proc.kill()
            raise RuntimeError("the benchmark server did not start")
        time.sleep(0.02)
    url = f"ws://127.0.0.1:{port_file.read_text()}"
    port_file.unlink()
    return proc, url


def _run_child(python: str, name: str, url: str, messages: int) -> float:
    script = str(Path(__file__).resolve())
    env = {**os.environ, "PYTHONPATH": ""}
    proc = subprocess.run(
        [python, script, "--child", name, "--url", url, "--messages", str(messages)],
        capture_output=True, text=True, timeout=600, env=env, cwd=str(HERE),
    )  # fmt: skip
    lines = proc.stdout.strip().splitlines()
    if not lines:
        raise RuntimeError(f"{name} failed ({proc.returncode}):\n{proc.stderr[-2000:]}")
    report: dict[str, Any] = json.loads(lines[-1])
    if report["messages"] < messages:
        raise RuntimeError(f"{name} handled {report['messages']} of {messages} messages")
    rate: float = report["rate"]
    return rate


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--messages", type=int, default=200_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--no-alpaca-py", action="store_true", help="skip alpaca-py")
    parser.add_argument("--no-install", action="store_true", help="do not create its venv")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--serve", help=argparse.SUPPRESS)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--url", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.serve:
        asyncio.run(serve(args.serve, args.messages))
        return 0
    if args.child:
        child(args.child, args.url, args.messages)
        return 0

    pythons = {name: sys.executable for name in ("bare", "bare-ns", "typed", "raw")}
    note = "skipped (--no-alpaca-py)"
    if not args.no_alpaca_py:
        from _harness import peer_python

        python, note = peer_python("alpaca-py", install=not args.no_install)
        if python is not None:
            pythons["alpaca-py"] = python
    rates: dict[str, list[float]] = {name: [] for name in pythons}
    server, url = _server(args.messages)
    try:
        for run in range(args.runs):
            names = list(pythons) if run % 2 == 0 else list(reversed(pythons))
            for name in names:
                rates[name].append(_run_child(pythons[name], name, url, args.messages))
    finally:
        server.kill()
    median = {name: statistics.median(values) for name, values in rates.items()}
    ratios = {
        "typed / bare": median["typed"] / median["bare"],
        "raw / bare": median["raw"] / median["bare"],
    }
    if "alpaca-py" in median:
        ratios["typed / alpaca-py"] = median["typed"] / median["alpaca-py"]
    if args.json:
        print(
            json.dumps(
                {"messages": args.messages, "rates": median, "ratios": ratios, "alpaca_py": note}
            )
        )
        return 0
    print(f"{args.messages:,} msgpack trades in frames of {FRAME}, median of {args.runs} runs")
    for name, rate in median.items():
        print(f"  {name:<10} {rate / 1e3:9,.0f} k msgs/s")
    if "alpaca-py" not in median:
        print(f"  alpaca-py  {note}")
    for name, value in ratios.items():
        print(f"  {name:<18} {value:5.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
