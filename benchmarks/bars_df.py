"""Benchmark: ``client.stocks.bars("AAPL", "1Min", ...).df`` against a floor, on the same data.

A local page server (stdlib ``http.server`` in a thread, 127.0.0.1, free port) serves 200,000
one-minute bars for AAPL in pages of 10,000, in Alpaca's ``/v2/stocks/bars`` shape. The page
bodies are rendered once, so every contender costs the server the same.

Each contender runs as a fresh child process (this file with ``--child NAME``); the child times
its own work (library imports + fetching every page + building the DataFrame), checks the result
(200,000 rows, the expected columns, a UTC index) and reports its peak RSS (``ru_maxrss``):

* ``floor``     -- ``http.client`` + ``orjson.loads`` per page + one ``pandas.DataFrame``;
* ``alpaca``    -- this project: ``alpaca.Client(...).stocks.bars(...).df``;
* ``alpaca-py`` -- optional, Alpaca's SDK in ``benchmarks/.venvs/alpaca-py`` (created on first
  use with ``pip install alpaca-py==0.44.*``; skipped, and said so, if that fails).

The floor's and our frame must be equal (content hash compared by the parent, outside timing).
Also measured: the import time of ``import alpaca``, which must not import pandas or the generated
trading models.

    python benchmarks/bars_df.py [--runs 5] [--json] [--no-alpaca-py | --no-install]

Exits non-zero on errors only (a wrong result, a crashed child); missing the 1.3x target is
reported, not fatal.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

SYMBOL = "AAPL"
TIMEFRAME = "1Min"
TOTAL_BARS = 200_000
PAGE_SIZE = 10_000
START = "2024-01-02T14:30:00Z"
END = "2024-05-20T23:59:00Z"  # after the last bar; the server ignores the value
COLUMNS = ["open", "high", "low", "close", "volume", "trade_count", "vwap"]
RENAME = {
    "o": "open",
    "h": "high",
    "l": "low",
    "c": "close",
    "v": "volume",
    "n": "trade_count",
    "vw": "vwap",
}
TARGET = 1.3

HERE = Path(__file__).resolve().parent
ALPACA_PY_VENV = HERE / ".venvs" / "alpaca-py"
ALPACA_PY_SPEC = "alpaca-py==0.44.*"

Report = dict[str, Any]


# --------------------------------------------------------------------------------------------
# Children: each runs in a fresh interpreter, times its own work, checks and reports.
# --------------------------------------------------------------------------------------------


def _peak_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def _check_frame(df: Any, *, multi_index: bool = False) -> dict[str, Any]:
    """Assert the frame is the expected one; return a content hash (computed after timing)."""
    import pandas as pd

    assert len(df) == TOTAL_BARS, f"expected {TOTAL_BARS} rows, got {len(df)}"
    assert list(df.columns) == COLUMNS, f"unexpected columns {list(df.columns)}"
    index = df.index.get_level_values("timestamp") if multi_index else df.index
    assert isinstance(index, pd.DatetimeIndex), type(index)
    assert str(index.tz) == "UTC", index.tz
    assert index.is_monotonic_increasing
    assert index[0] == pd.Timestamp(START)
    if multi_index:
        return {"hash": None, "dtypes": None}
    digest = int(pd.util.hash_pandas_object(df, index=True).sum())
    return {"hash": digest, "dtypes": [str(t) for t in df.dtypes], "index_name": df.index.name}


def child_floor(url: str) -> Report:
    """The least work that yields the same frame: http.client + orjson + one DataFrame."""
    t0 = time.perf_counter()
    import http.client
    import urllib.parse

    import orjson
    import pandas as pd

    t1 = time.perf_counter()
    parsed = urllib.parse.urlsplit(url)
    conn = http.client.HTTPConnection(parsed.hostname or "127.0.0.1", parsed.port)
    headers = {"APCA-API-KEY-ID": "bench", "APCA-API-SECRET-KEY": "bench"}
    base = {
        "symbols": SYMBOL,
        "timeframe": TIMEFRAME,
        "start": START,
        "end": END,
        "limit": str(PAGE_SIZE),
    }
    rows: list[dict[str, Any]] = []
    token: str | None = None
    while True:
        params = dict(base, page_token=token) if token else base
        conn.request("GET", "/v2/stocks/bars?" + urllib.parse.urlencode(params), headers=headers)
        response = conn.getresponse()
        body = response.read()
        assert response.status == 200, (response.status, body[:200])
        page = orjson.loads(body)
        rows.extend(page["bars"][SYMBOL])
        token = page.get("next_page_token")
        if not token:
            break
    conn.close()
    t2 = time.perf_counter()
    index = pd.DatetimeIndex(
        pd.to_datetime([row["t"] for row in rows], utc=True, format="ISO8601").as_unit("ns"),
        name="timestamp",
    )
    data = {name: [row[key] for row in rows] for key, name in RENAME.items()}
    df = pd.DataFrame(data, index=index, columns=COLUMNS)
    t3 = time.perf_counter()
    return {"import": t1 - t0, "fetch": t2 - t1, "frame": t3 - t2, "wall": t3 - t0, "df": df}


def child_alpaca(url: str) -> Report:
    """This project's client, the public way."""
    t0 = time.perf_counter()
    import alpaca

    t1 = time.perf_counter()
    client = alpaca.Client(key_id="bench", secret_key="bench", base_url=url, data_url=url)
    bars = client.stocks.bars(SYMBOL, TIMEFRAME, start=START, end=END)
    t2 = time.perf_counter()
    df = bars.df
    t3 = time.perf_counter()
    return {"import": t1 - t0, "fetch": t2 - t1, "frame": t3 - t2, "wall": t3 - t0, "df": df}


def child_alpaca_py(url: str) -> Report:
    """Alpaca's SDK (alpaca-py), run from its own venv."""
    t0 = time.perf_counter()
    import datetime as dt
    import importlib

    # Imported by name: in this project's venv ``alpaca`` is ours, so a static import would
    # be checked against the wrong package.
    historical: Any = importlib.import_module("alpaca.data.historical")
    requests: Any = importlib.import_module("alpaca.data.requests")
    timeframe: Any = importlib.import_module("alpaca.data.timeframe")

    t1 = time.perf_counter()
    client = historical.StockHistoricalDataClient("bench", "bench", url_override=url)
    request = requests.StockBarsRequest(
        symbol_or_symbols=SYMBOL,
        timeframe=timeframe.TimeFrame.Minute,
        start=dt.datetime.fromisoformat(START),
        end=dt.datetime.fromisoformat(END),
    )
    bars = client.get_stock_bars(request)
    t2 = time.perf_counter()
    df = bars.df
    t3 = time.perf_counter()
    return {"import": t1 - t0, "fetch": t2 - t1, "frame": t3 - t2, "wall": t3 - t0, "df": df}


def child_import() -> Report:
    """``import alpaca`` alone: its time, and that it stays light."""
    t0 = time.perf_counter()
    import alpaca  # noqa: F401

    elapsed = time.perf_counter() - t0
    heavy = [m for m in ("pandas", "alpaca_client.trading.models") if m in sys.modules]
    assert not heavy, f"`import alpaca` imported {heavy}"
    return {"wall": elapsed}


CHILDREN: dict[str, Callable[[str], Report]] = {
    "floor": child_floor,
    "alpaca": child_alpaca,
    "alpaca-py": child_alpaca_py,
}


def run_child(name: str, url: str) -> None:
    if name == "import":
        report = child_import()
    else:
        report = CHILDREN[name](url)
        df = report.pop("df")
        usage = resource.getrusage(resource.RUSAGE_SELF)  # before the hash, which allocates
        report["rss_mib"] = usage.ru_maxrss / 1024  # KiB on Linux
        report["cpu"] = usage.ru_utime + usage.ru_stime  # whole process, startup included
        report.update(_check_frame(df, multi_index=name == "alpaca-py"))
        report["rows"] = len(df)
    report.setdefault("rss_mib", _peak_rss_mib())
    print(json.dumps(report))


# --------------------------------------------------------------------------------------------
# Page server
# --------------------------------------------------------------------------------------------


def render_pages() -> list[bytes]:
    """Deterministic bars (a seeded random walk), one JSON body per page of PAGE_SIZE."""
    import datetime as dt
    import random

    rng = random.Random(20240102)
    t = dt.datetime(2024, 1, 2, 14, 30, tzinfo=dt.UTC)
    minute = dt.timedelta(minutes=1)
    price = 187.15
    pages: list[bytes] = []
    count = TOTAL_BARS // PAGE_SIZE
    for number in range(count):
        bars = []
        for _ in range(PAGE_SIZE):
            o = price
            c = max(1.0, o + rng.gauss(0, 0.08))
            h = max(o, c) + abs(rng.gauss(0, 0.04))
            low = min(o, c) - abs(rng.gauss(0, 0.04))
            bars.append(
                {
                    "t": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
                    "o": round(o, 2),
                    "h": round(h, 2),
                    "l": round(low, 2),
                    "c": round(c, 2),
                    "v": rng.randint(100, 50_000),
                    "n": rng.randint(1, 900),
                    "vw": round((o + h + low + c) / 4, 4),
                }
            )
            price = c
            t += minute
        token = _token(number + 1) if number + 1 < count else None
        body = {"bars": {SYMBOL: bars}, "next_page_token": token, "currency": "USD"}
        pages.append(json.dumps(body, separators=(",", ":")).encode())
    return pages


def _token(number: int) -> str:
    import base64

    return base64.b64encode(f"{SYMBOL}|page|{number:08d}".encode()).decode()


class PageServer:
    """``GET /v2/stocks/bars`` over pre-rendered pages; any auth headers are accepted."""

    def __init__(self, pages: list[bytes]) -> None:
        import http.server
        import threading
        import urllib.parse

        tokens = {_token(n): n for n in range(1, len(pages))}
        self.requests = 0
        self.errors: list[str] = []
        outer = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                outer.requests += 1
                split = urllib.parse.urlsplit(self.path)
                query = dict(urllib.parse.parse_qsl(split.query))
                problem = None
                if split.path != "/v2/stocks/bars":
                    problem = f"unknown path {split.path}"
                elif query.get("symbols") != SYMBOL or query.get("timeframe") != TIMEFRAME:
                    problem = f"unexpected query {query}"
                elif "start" not in query or "end" not in query:
                    problem = "start/end missing"
                elif not 0 < int(query.get("limit", PAGE_SIZE)) <= PAGE_SIZE:
                    problem = f"bad limit {query.get('limit')}"
                elif "page_token" in query and query["page_token"] not in tokens:
                    problem = f"unknown page_token {query['page_token']}"
                if problem:
                    outer.errors.append(problem)
                    self._send(422, json.dumps({"code": 42210000, "message": problem}).encode())
                    return
                self._send(200, pages[tokens.get(query.get("page_token", ""), 0)])

            def _send(self, status: int, body: bytes) -> None:
                self.send_response(status)
                self.send_header("Content-Type", "application/json; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self._server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def __enter__(self) -> PageServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()


# --------------------------------------------------------------------------------------------
# Parent
# --------------------------------------------------------------------------------------------


def spawn(python: str, name: str, url: str) -> Report:
    env = dict(os.environ, PYTHONHASHSEED="0")
    env.pop("PYTHONPATH", None)
    start = time.perf_counter()
    proc = subprocess.run(
        [python, str(Path(__file__).resolve()), "--child", name, "--url", url],
        capture_output=True,
        text=True,
        env=env,
        cwd=str(HERE),
    )
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        raise RuntimeError(f"{name} child failed ({proc.returncode}):\n{proc.stderr}")
    report: Report = json.loads(proc.stdout.strip().splitlines()[-1])
    report["process"] = elapsed
    return report


def _probe_alpaca_py(python: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(python), "-c", "import alpaca.data.historical, importlib.metadata as m;"
         "print(m.version('alpaca-py'))"],
        capture_output=True,
        text=True,
        cwd=str(HERE),
    )  # fmt: skip


def alpaca_py_python(install: bool) -> tuple[str | None, str]:
    """The alpaca-py venv's interpreter (created on first use if ``install``), or None and why."""
    python = ALPACA_PY_VENV / "bin" / "python"
    if python.exists() and _probe_alpaca_py(python).returncode == 0:
        pass
    elif install:
        if not python.exists():
            subprocess.run([sys.executable, "-m", "venv", str(ALPACA_PY_VENV)], check=True)
        pip = subprocess.run(
            [str(python), "-m", "pip", "install", "-q", ALPACA_PY_SPEC],
            capture_output=True,
            text=True,
        )
        if pip.returncode != 0:
            return None, f"skipped: `pip install {ALPACA_PY_SPEC}` failed: {pip.stderr[-300:]}"
    else:
        return None, f"skipped: not installed in {ALPACA_PY_VENV} (--no-install)"
    probe = _probe_alpaca_py(python)
    if probe.returncode != 0:
        return None, f"skipped: alpaca-py not importable: {probe.stderr.strip()[-300:]}"
    return str(python), f"alpaca-py {probe.stdout.strip()}"


def _paired(names: list[str], runs: int) -> Iterator[tuple[int, str]]:
    for i in range(runs):
        for name in names if i % 2 == 0 else list(reversed(names)):
            yield i, name


def _median(reports: list[Report], key: str) -> float:
    return statistics.median(float(r[key]) for r in reports)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--runs", type=int, default=5, help="paired runs (default 5)")
    parser.add_argument("--warmup", type=int, default=1, help="unrecorded runs of each first")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.add_argument("--no-alpaca-py", action="store_true", help="skip alpaca-py")
    parser.add_argument(
        "--no-install", action="store_true", help=f"don't create the {ALPACA_PY_SPEC} venv"
    )
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--url", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        run_child(args.child, args.url or "")
        return 0

    pythons = {"floor": sys.executable, "alpaca": sys.executable}
    alpaca_py_note = "skipped (--no-alpaca-py)"
    if not args.no_alpaca_py:
        python, alpaca_py_note = alpaca_py_python(not args.no_install)
        if python:
            pythons["alpaca-py"] = python
    names = list(pythons)

    t = time.perf_counter()
    pages = render_pages()
    render_s = time.perf_counter() - t
    results: dict[str, list[Report]] = {name: [] for name in names}
    with PageServer(pages) as server:
        for _ in range(args.warmup):
            for name in names:
                spawn(pythons[name], name, server.url)
        for _, name in _paired(names, args.runs):
            results[name].append(spawn(pythons[name], name, server.url))
        imports = [spawn(sys.executable, "import", server.url) for _ in range(args.runs)]
        if server.errors:
            raise RuntimeError(f"page server saw bad requests: {server.errors[:3]}")

    floor_hashes = {(r["hash"], tuple(r["dtypes"]), r["index_name"]) for r in results["floor"]}
    ours_hashes = {(r["hash"], tuple(r["dtypes"]), r["index_name"]) for r in results["alpaca"]}
    if len(floor_hashes) != 1 or floor_hashes != ours_hashes:
        raise RuntimeError(f"frames differ: floor {floor_hashes} vs alpaca {ours_hashes}")

    summary: dict[str, Any] = {
        "bars": TOTAL_BARS,
        "page_size": PAGE_SIZE,
        "runs": args.runs,
        "page_bytes": sum(len(p) for p in pages),
        "render_s": render_s,
        "alpaca_py": alpaca_py_note,
        "import_alpaca_s": statistics.median(r["wall"] for r in imports),
        "contenders": {},
    }
    for name in names:
        summary["contenders"][name] = {
            key: _median(results[name], key)
            for key in ("wall", "import", "fetch", "frame", "process", "cpu", "rss_mib")
        }
    floor = summary["contenders"]["floor"]
    for name in names:
        entry = summary["contenders"][name]
        entry["time_ratio"] = entry["wall"] / floor["wall"]
        entry["rss_ratio"] = entry["rss_mib"] / floor["rss_mib"]
    ours = summary["contenders"]["alpaca"]
    summary["target"] = TARGET
    summary["meets_target"] = ours["time_ratio"] <= TARGET and ours["rss_ratio"] <= TARGET
    summary["raw"] = results

    if args.json:
        print(json.dumps(summary, indent=2))
    else:
        print_table(summary)
    return 0


def print_table(summary: dict[str, Any]) -> None:
    mib = summary["page_bytes"] / 2**20
    print(
        f"bars_df: {summary['bars']:,} 1Min bars, {summary['bars'] // summary['page_size']} pages "
        f"of {summary['page_size']:,} ({mib:.1f} MiB JSON), medians of {summary['runs']} "
        "paired runs, fresh process each"
    )
    header = (
        f"{'contender':<10} {'wall s':>7} {'x floor':>7} {'peak MiB':>9} {'x floor':>7}  "
        f"{'imports':>7} {'fetch':>7} {'frame':>7} {'process':>7} {'cpu s':>6}"
    )
    print(header)
    print("-" * len(header))
    for name, c in summary["contenders"].items():
        print(
            f"{name:<10} {c['wall']:>7.3f} {c['time_ratio']:>6.2f}x {c['rss_mib']:>9.1f} "
            f"{c['rss_ratio']:>6.2f}x  {c['import']:>7.3f} {c['fetch']:>7.3f} "
            f"{c['frame']:>7.3f} {c['process']:>7.3f} {c['cpu']:>6.3f}"
        )
    print(f"alpaca-py: {summary['alpaca_py']}")
    ours = summary["contenders"]["alpaca"]
    verdict = "meets" if summary["meets_target"] else "MISSES"
    print(
        f"alpaca/floor: time {ours['time_ratio']:.2f}x, memory {ours['rss_ratio']:.2f}x "
        f"-> {verdict} the {summary['target']}x target"
    )
    print(
        f"import alpaca: {summary['import_alpaca_s'] * 1000:.1f} ms "
        "(no pandas, no generated trading models)"
    )
    print(f"machine: {machine_note()}")


def machine_note() -> str:
    import platform

    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (
        f"{cpu}, {os.cpu_count()} CPUs, Python {platform.python_version()}, "
        f"{platform.system()} {platform.release()}"
    )


if __name__ == "__main__":
    sys.exit(main())
