"""The contenders, each run as a fresh process: ``python _children.py NAME URL SPEC_JSON``.

A child times its own work (library imports + every page + the frame), checks what it built,
and prints one JSON line: phases (``import``, ``fetch``, ``frame``, ``wall``), peak RSS and CPU
(taken before any check), row count, and a content digest (computed after timing) that the
parent compares between the floor and this project. Only the standard library is imported at
module level: the peers run this file from their own venvs.

SPEC keys: ``kind`` (bars/quotes/trades), ``symbols``, ``start``, ``end``, ``rate`` (our
``data_rate_limit``), ``gzip`` (the floor asks for it), ``output`` (df/pl/arrow).
"""

from __future__ import annotations

import json
import resource
import sys
import time
from typing import Any

COLUMNS: dict[str, dict[str, str]] = {
    "bars": {
        "o": "open",
        "h": "high",
        "l": "low",
        "c": "close",
        "v": "volume",
        "n": "trade_count",
        "vw": "vwap",
    },
    "quotes": {
        "ax": "ask_exchange",
        "ap": "ask_price",
        "as": "ask_size",
        "bx": "bid_exchange",
        "bp": "bid_price",
        "bs": "bid_size",
        "c": "conditions",
        "z": "tape",
    },
    "trades": {
        "x": "exchange",
        "p": "price",
        "s": "size",
        "c": "conditions",
        "i": "id",
        "z": "tape",
    },
}
PAGE = 10_000
Spec = dict[str, Any]
Report = dict[str, Any]


def _request_args(spec: Spec) -> tuple[str, dict[str, str]]:
    kind = spec["kind"]
    params = {"symbols": ",".join(spec["symbols"]), "start": spec["start"], "end": spec["end"]}
    if kind == "bars":
        params["timeframe"] = "1Min"
    return f"/v2/stocks/{kind}", params


# --- the floor: http.client + orjson, sequential, one frame --------------------------------


def _floor_fetch(url: str, spec: Spec) -> dict[str, list[dict[str, Any]]]:
    import http.client
    import urllib.parse
    import zlib

    import orjson

    parsed = urllib.parse.urlsplit(url)
    conn = http.client.HTTPConnection(parsed.hostname or "127.0.0.1", parsed.port)
    headers = {"APCA-API-KEY-ID": "bench", "APCA-API-SECRET-KEY": "bench"}
    if spec.get("gzip"):
        headers["Accept-Encoding"] = "gzip"
    path, base = _request_args(spec)
    base["limit"] = str(PAGE)
    rows: dict[str, list[dict[str, Any]]] = {}
    token = None
    while True:
        params = dict(base, page_token=token) if token else base
        conn.request("GET", path + "?" + urllib.parse.urlencode(params), headers=headers)
        response = conn.getresponse()
        body = response.read()
        assert response.status == 200, (response.status, body[:200])
        if response.getheader("Content-Encoding") == "gzip":
            body = zlib.decompress(body, 31)
        page = orjson.loads(body)
        for symbol, items in page[spec["kind"]].items():
            if symbol in rows:
                rows[symbol].extend(items)
            else:
                rows[symbol] = items
        token = page.get("next_page_token")
        if not token:
            break
    conn.close()
    return rows


def _flat(rows: dict[str, list[dict[str, Any]]]) -> tuple[list[str], list[dict[str, Any]]]:
    symbols = list(rows)
    flat = rows[symbols[0]] if len(symbols) == 1 else [r for s in symbols for r in rows[s]]
    return symbols, flat


def floor_df(url: str, spec: Spec) -> Report:
    t0 = time.perf_counter()
    import orjson  # noqa: F401
    import pandas as pd

    t1 = time.perf_counter()
    rows = _floor_fetch(url, spec)
    t2 = time.perf_counter()
    symbols, flat = _flat(rows)
    stamps = pd.to_datetime([r["t"] for r in flat], utc=True, format="ISO8601").as_unit("ns")
    data = {name: [r[key] for r in flat] for key, name in COLUMNS[spec["kind"]].items()}
    if len(spec["symbols"]) == 1:
        index = pd.DatetimeIndex(stamps, name="timestamp")
    else:
        names = [s for s in symbols for _ in rows[s]]
        index = pd.MultiIndex.from_arrays([names, stamps], names=["symbol", "timestamp"])
    df = pd.DataFrame(data, index=index)
    t3 = time.perf_counter()
    return _report(t0, t1, t2, t3, df)


def floor_pl(url: str, spec: Spec) -> Report:
    t0 = time.perf_counter()
    import orjson  # noqa: F401
    import polars as pl

    t1 = time.perf_counter()
    rows = _floor_fetch(url, spec)
    t2 = time.perf_counter()
    _, flat = _flat(rows)
    data: dict[str, Any] = {"timestamp": [r["t"] for r in flat]}
    data.update({name: [r[key] for r in flat] for key, name in COLUMNS[spec["kind"]].items()})
    df = pl.DataFrame(data).with_columns(
        pl.col("timestamp").str.to_datetime(time_unit="ns", time_zone="UTC")
    )
    t3 = time.perf_counter()
    return _report(t0, t1, t2, t3, df)


def floor_arrow(url: str, spec: Spec) -> Report:
    t0 = time.perf_counter()
    import orjson  # noqa: F401
    import pyarrow as pa

    t1 = time.perf_counter()
    rows = _floor_fetch(url, spec)
    t2 = time.perf_counter()
    _, flat = _flat(rows)
    data: dict[str, Any] = {
        "timestamp": pa.array([r["t"] for r in flat], pa.string()).cast(pa.timestamp("ns", "UTC"))
    }
    data.update(
        {name: pa.array([r[key] for r in flat]) for key, name in COLUMNS[spec["kind"]].items()}
    )
    table = pa.table(data)
    t3 = time.perf_counter()
    return _report(t0, t1, t2, t3, table)


# --- this project --------------------------------------------------------------------------


def _history_call(client: Any, spec: Spec) -> Any:
    kind = spec["kind"]
    method = getattr(client.stocks, kind)
    window = {"start": spec["start"], "end": spec["end"]}
    if spec.get("concurrency"):
        window["concurrency"] = spec["concurrency"]
    symbols = spec["symbols"][0] if len(spec["symbols"]) == 1 else spec["symbols"]
    if kind == "bars":
        return method(symbols, "1Min", **window)
    return method(symbols, **window)


def _options(url: str, spec: Spec) -> dict[str, Any]:
    return {
        "key_id": "bench",
        "secret_key": "bench",
        "base_url": url,
        "data_url": url,
        "data_rate_limit": spec.get("rate"),
    }


def alpaca_sync(url: str, spec: Spec) -> Report:
    t0 = time.perf_counter()
    import alpaca

    t1 = time.perf_counter()
    with alpaca.Client(**_options(url, spec)) as client:
        result = _history_call(client, spec)
    t2 = time.perf_counter()
    out = getattr(result, spec.get("output", "df"))
    t3 = time.perf_counter()
    return _report(t0, t1, t2, t3, out)


def alpaca_async(url: str, spec: Spec) -> Report:
    t0 = time.perf_counter()
    import asyncio

    import alpaca

    t1 = time.perf_counter()

    async def fetch() -> Any:
        async with alpaca.AsyncClient(**_options(url, spec)) as client:
            return await _history_call(client, spec)

    result = asyncio.run(fetch())
    t2 = time.perf_counter()
    out = getattr(result, spec.get("output", "df"))
    t3 = time.perf_counter()
    return _report(t0, t1, t2, t3, out)


# --- peers ---------------------------------------------------------------------------------


def alpaca_py(url: str, spec: Spec) -> Report:
    """alpaca-py 0.44 (``alpaca.data``), from its own venv."""
    t0 = time.perf_counter()
    import datetime as dt
    import importlib

    # by name: in this project's venv ``alpaca`` is ours
    historical: Any = importlib.import_module("alpaca.data.historical")
    requests: Any = importlib.import_module("alpaca.data.requests")
    timeframe: Any = importlib.import_module("alpaca.data.timeframe")
    t1 = time.perf_counter()
    client = historical.StockHistoricalDataClient("bench", "bench", url_override=url)
    symbols = spec["symbols"][0] if len(spec["symbols"]) == 1 else spec["symbols"]
    request = requests.StockBarsRequest(
        symbol_or_symbols=symbols,
        timeframe=timeframe.TimeFrame.Minute,
        start=dt.datetime.fromisoformat(spec["start"]),
        end=dt.datetime.fromisoformat(spec["end"]),
    )
    bars = client.get_stock_bars(request)
    t2 = time.perf_counter()
    df = bars.df
    t3 = time.perf_counter()
    return _report(t0, t1, t2, t3, df, digest=False)


def alpaca_trade_api(url: str, spec: Spec) -> Report:
    """alpaca-trade-api (the legacy SDK), from its own venv."""
    t0 = time.perf_counter()
    import os

    os.environ["APCA_API_DATA_URL"] = url
    import alpaca_trade_api as tradeapi

    t1 = time.perf_counter()
    api = tradeapi.REST("bench", "bench", base_url=url, api_version="v2")
    symbols = spec["symbols"][0] if len(spec["symbols"]) == 1 else spec["symbols"]
    bars = api.get_bars(symbols, tradeapi.TimeFrame.Minute, spec["start"], spec["end"])
    t2 = time.perf_counter()
    df = bars.df
    t3 = time.perf_counter()
    return _report(t0, t1, t2, t3, df, digest=False)


def import_only(url: str, spec: Spec) -> Report:
    """``import alpaca`` alone: its time, and that it stays light."""
    t0 = time.perf_counter()
    import alpaca  # noqa: F401

    elapsed = time.perf_counter() - t0
    heavy = [m for m in ("pandas", "alpaca_client.trading.models") if m in sys.modules]
    assert not heavy, f"`import alpaca` imported {heavy}"
    return {"wall": elapsed, "import": elapsed}


def bare(url: str, spec: Spec) -> Report:
    """Nothing at all: the interpreter's own start-up, for reference."""
    return {"wall": 0.0}


# --- reporting -----------------------------------------------------------------------------


def _report(t0: float, t1: float, t2: float, t3: float, out: Any, *, digest: bool = True) -> Report:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    report: Report = {
        "import": t1 - t0,
        "fetch": t2 - t1,
        "frame": t3 - t2,
        "wall": t3 - t0,
        "rss_mib": _peak_rss_mib(usage),
        "cpu": usage.ru_utime + usage.ru_stime,  # whole process, start-up included
        "rows": len(out) if not hasattr(out, "num_rows") else out.num_rows,
    }
    if digest:
        report["digest"] = _digest(out)
    return report


def _peak_rss_mib(usage: resource.struct_rusage) -> float:
    """This process's peak RSS: ``VmHWM`` (``ru_maxrss`` would carry the parent's peak over
    when the parent was bigger: Linux keeps it across exec)."""
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return usage.ru_maxrss / 1024  # KiB on Linux


def _digest(out: Any) -> str:
    """A content digest of a pandas or polars frame or an arrow table, dtypes included."""
    import hashlib

    module = type(out).__module__.split(".")[0]
    if module == "pandas":
        values = out.reset_index().to_json(orient="values", date_unit="ns").encode()
        shape = [str(out.index.names), *(f"{c}:{t}" for c, t in out.dtypes.items())]
        return hashlib.sha256(values + str(shape).encode()).hexdigest()[:16]
    if module == "polars":
        text = out.write_csv().encode() + str(out.schema).encode()
        return hashlib.sha256(text).hexdigest()[:16]
    import io

    import pyarrow.csv

    sink = io.BytesIO()
    pyarrow.csv.write_csv(out, sink)
    return hashlib.sha256(sink.getvalue() + str(out.schema).encode()).hexdigest()[:16]


CHILDREN = {
    "floor": floor_df,
    "floor-pl": floor_pl,
    "floor-arrow": floor_arrow,
    "alpaca": alpaca_sync,
    "alpaca-async": alpaca_async,
    "alpaca-py": alpaca_py,
    "alpaca-trade-api": alpaca_trade_api,
    "import": import_only,
    "bare": bare,
}


if __name__ == "__main__":
    name, url, spec = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
    print(json.dumps(CHILDREN[name](url, spec)))
