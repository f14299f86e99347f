"""The fast paths keep behaviour: split calls (pool threads only fetch, widening on a slow
server), the paused cycle collector, polars frames, and a light ``import alpaca``."""

from __future__ import annotations

import gc
import json
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from typing import Any

import httpx
import orjson
import pytest

import alpaca
from alpaca import _frames, _operation
from alpaca.testing import Sandbox

START, END = "2024-01-02T00:00:00Z", "2024-03-01T00:00:00Z"  # ~40 pages of minute bars: split


class PageServer:
    """One bar per request, at the window's start; counts requests, notes the most in flight
    at once and which threads sent them."""

    def __init__(self, delay: float = 0.0, fail: str | None = None) -> None:
        self.delay = delay
        self.fail = fail  # a window start answered with 422
        self.threads: set[int] = set()
        self.requests = 0
        self.in_flight = 0
        self.most_in_flight = 0
        self._lock = threading.Lock()

    def __call__(self, request: httpx.Request) -> httpx.Response:
        with self._lock:
            self.threads.add(threading.get_ident())
            self.requests += 1
            self.in_flight += 1
            self.most_in_flight = max(self.most_in_flight, self.in_flight)
        time.sleep(self.delay)
        with self._lock:
            self.in_flight -= 1
        start = request.url.params["start"]
        if start == self.fail:
            return httpx.Response(422, json={"code": 42210000, "message": "no"})
        bar = {"t": start, "o": 1.5, "h": 2.0, "l": 1.0, "c": 1.75, "v": 10, "n": 2, "vw": 1.6}
        page = {"bars": {"AAPL": [bar]}, "next_page_token": None}
        return httpx.Response(200, content=orjson.dumps(page))


@pytest.fixture
def served() -> Iterator[tuple[alpaca.Client, PageServer]]:
    server = PageServer()
    with (
        httpx.Client(transport=httpx.MockTransport(server)) as http,
        alpaca.Client(
            key_id="k", secret_key="s", data_url="http://127.0.0.1:9", http_client=http
        ) as client,
    ):
        yield client, server


def test_quick_answers_keep_a_split_call_to_one_request_at_a_time(
    served: tuple[alpaca.Client, PageServer], monkeypatch: pytest.MonkeyPatch
) -> None:
    client, server = served
    monkeypatch.setattr(_operation, "WIDEN_AFTER", 60.0)  # every answer counts as quick
    bars = client.stocks.bars("AAPL", "1Min", start=START, end=END, concurrency=4)
    assert server.requests == 4 and len(bars) == 4
    assert server.most_in_flight == 1
    # the first answer, from a pool thread, came quickly: the rest are asked from this thread
    assert threading.get_ident() in server.threads and len(server.threads) == 2
    starts = [bar.raw["t"] for bar in bars]
    assert starts == sorted(starts) and starts[0] == START


def test_a_slow_answer_widens_a_split_call_to_its_concurrency(
    served: tuple[alpaca.Client, PageServer], monkeypatch: pytest.MonkeyPatch
) -> None:
    client, server = served
    server.delay = 0.2
    monkeypatch.setattr(_operation, "WIDEN_AFTER", 0.01)
    bars = client.stocks.bars("AAPL", "1Min", start=START, end=END, concurrency=4)
    assert len(bars) == 4 and server.most_in_flight == 4
    starts = [bar.raw["t"] for bar in bars]
    assert starts == sorted(starts)


def test_a_split_call_raises_a_failing_part_and_returns_a_read_response(
    served: tuple[alpaca.Client, PageServer],
) -> None:
    client, server = served
    raw = client.with_raw_response.stocks.bars("AAPL", "1Min", start=START, end=END)
    assert raw.http_response.json()["bars"]["AAPL"][0]["o"] == 1.5  # the body was read
    assert len(raw.parse()) == server.requests > 1
    server.fail = START
    with pytest.raises(alpaca.UnprocessableEntityError):
        client.stocks.bars("AAPL", "1Min", start=START, end=END)


def test_the_cycle_collector_is_restored(fresh_sandbox: Sandbox) -> None:
    assert gc.isenabled()
    with pytest.raises(orjson.JSONDecodeError), _frames.gc_paused():
        assert not gc.isenabled()
        orjson.loads(b"{")
    assert gc.isenabled()
    gc.disable()
    try:
        with _frames.gc_paused():
            pass
        assert not gc.isenabled()  # left as the caller had it
    finally:
        gc.enable()
    with fresh_sandbox.client() as client:
        bars = client.stocks.bars("AAPL", "1Min", start="2024-01-02", end="2024-01-03")
        assert len(bars.df) == len(bars) > 0
    assert gc.isenabled()


def _raw() -> dict[str, list[dict[str, Any]]]:
    quote = {"t": "2024-01-02T14:30:00.123456789Z", "ax": "V", "ap": 1.5, "as": 100}
    return {
        "AAPL": [
            dict(quote, bx="Q", bp=1.25, bs=200, c=["R"], z="C"),
            dict(quote, t="2024-01-02T14:30:01Z", bx=None, bp=2, bs=1, c=None, z="C"),
        ],
        "MSFT": [dict(quote, t="2024-01-02T14:30:00.5Z", bx="K", bp=3.0, bs=5, c=[], z="A")],
    }


@pytest.mark.parametrize("checked", [False, True], ids=["inferred", "typed by kinds"])
@pytest.mark.parametrize("multi", [False, True])
def test_polars_frames_match_their_arrow_tables(multi: bool, checked: bool) -> None:
    import polars as pl
    from alpaca_client.records.data import PAGE_ROWS

    raw = _raw() if multi else {"AAPL": _raw()["AAPL"]}
    kinds = PAGE_ROWS["/v2/stocks/quotes"]["rows"] if checked else None
    built = _frames.polars_frame(raw, _frames.QUOTE_COLUMNS, multi=multi, kinds=kinds)
    via_arrow = pl.from_arrow(_frames.arrow_table(raw, _frames.QUOTE_COLUMNS, multi=multi))
    assert isinstance(via_arrow, pl.DataFrame)
    assert built.schema == via_arrow.schema and built.equals(via_arrow)
    assert built["timestamp"][0].microsecond == 123456
    assert built.schema["bid_price"] == pl.Float64


def test_clients_load_httpx_without_its_cli_but_keep_it_callable() -> None:
    script = (
        "import sys, json, alpaca\n"
        "alpaca.Client(key_id='PK', secret_key='s')\n"
        "import httpx\n"
        "before = 'httpx._main' in sys.modules\n"
        "import httpx._main\n"
        "print(json.dumps([before, callable(httpx.main), 'click' in sys.modules]))"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60
    )
    before, callable_main, click_loaded = json.loads(result.stdout.strip().splitlines()[-1])
    assert before is False and callable_main is True
    assert click_loaded is ("click" in _installed())


def _installed() -> set[str]:
    import importlib.util

    return {name for name in ("click",) if importlib.util.find_spec(name) is not None}
