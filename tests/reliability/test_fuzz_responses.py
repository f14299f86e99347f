"""Generated responses, from the schemas in ``spec/``, through the public calls.

Each family's calls answer bodies drawn by ``_openapi.pairs``: a valid body must parse with every
value kept exactly, the same body with one part broken must raise ``ResponseValidationError``
(an ``AlpacaError``), never a builtin exception and never a quiet success. Bodies are served
in-process through ``httpx.MockTransport`` and, one in ``SOCKET_EVERY``, by a real HTTP server.
Add a row to ``FAMILIES`` to cover another call.
"""

from __future__ import annotations

import functools
import http.server
import json
import threading
import time
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, Phase, given, seed, settings
from hypothesis import strategies as st

import alpaca
from alpaca._marketdata import Bar, Quote, Trade

from ._figures import Book, scaled
from ._openapi import Schema, attribute, check, pairs

RESPONSES = scaled(200, 10_000)
"""Generated responses per family: half valid, half broken."""
BUDGET = scaled(15.0, 90.0)
"""Seconds a family may take (the run stops drawing after that)."""
SOCKET_EVERY = 25
FUZZ_SECRET = "fuzz-secret-0000000000"
BATCH = 8

Pair = tuple[Any, tuple[Any, str] | None]
"""A valid body, and a broken copy with where it was broken (if it had a part to break)."""

RECORD_NAMES: dict[type, dict[str, str]] = {
    Bar: {
        "t": "timestamp",
        "o": "open",
        "h": "high",
        "l": "low",
        "c": "close",
        "v": "volume",
        "n": "trade_count",
        "vw": "vwap",
    },
    Quote: {
        "t": "timestamp",
        "ax": "ask_exchange",
        "ap": "ask_price",
        "as": "ask_size",
        "bx": "bid_exchange",
        "bp": "bid_price",
        "bs": "bid_size",
        "c": "conditions",
        "z": "tape",
    },
    Trade: {
        "t": "timestamp",
        "x": "exchange",
        "p": "price",
        "s": "size",
        "c": "conditions",
        "i": "id",
        "z": "tape",
    },
}
"""Record attributes of the market-data wire names (``u`` of trades stays in ``raw``)."""


def read(obj: Any, name: str) -> Any:
    """The attribute of a model or record that holds the JSON property ``name``."""
    names = RECORD_NAMES.get(type(obj))
    if names is not None:
        return getattr(obj, names[name]) if name in names else obj.raw[name]
    return getattr(obj, attribute(name))


def _array(name: str) -> dict[str, Any]:
    return {"type": "array", "items": {"$ref": f"#/components/schemas/{name}"}}


def _same(schema: Schema, body: Any, result: Any) -> None:
    check(schema, body, result, get=read)


def _by_symbol(key: str | None, item: str) -> Callable[[Schema, Any, Any], None]:
    """For calls returning ``{symbol: record}`` from ``body[key]`` (or the body itself)."""

    def verify(schema: Schema, body: Any, result: Any) -> None:
        sent = body[key] if key else body
        entries = {symbol: value for symbol, value in sent.items() if value is not None}
        assert set(result) == set(entries), "symbols differ"  # a null entry is left out
        one = Schema(schema.doc, item)
        for symbol, value in entries.items():
            check(one, value, result[symbol], symbol, get=read)

    return verify


def _pages(key: str, item: str) -> Callable[[Schema, Any, Any], None]:
    """For history calls: the rows of every symbol, as records, in order."""

    def verify(schema: Schema, body: Any, result: Any) -> None:
        one = Schema(schema.doc, item)
        got: dict[str, list[Any]] = {}
        for record in result:
            got.setdefault(record.symbol, []).append(record)
        sent = {symbol: rows for symbol, rows in body[key].items() if rows}
        assert set(got) == set(sent), "symbols differ"
        for symbol, rows in sent.items():
            assert len(got[symbol]) == len(rows), f"{symbol}: rows lost"
            for index, (row, record) in enumerate(zip(rows, got[symbol], strict=True)):
                check(one, row, record, f"{symbol}[{index}]", get=read)

    return verify


def _last_page(body: Any) -> Any:
    if isinstance(body, dict) and isinstance(body.get("next_page_token"), str):
        body["next_page_token"] = None  # one page: the next would repeat the token
    return body


@dataclass(frozen=True)
class Call:
    """One public call answered by a body of ``schema`` (a component of ``spec/<doc>.yaml``,
    or a schema node); ``use`` is what a caller then does with the result (lists the records
    of a history result)."""

    name: str
    doc: str
    schema: str | dict[str, Any]
    run: Callable[[alpaca.Client], Any]
    verify: Callable[[Schema, Any, Any], None] = _same
    shape: Callable[[Any], Any] = lambda body: body
    use: Callable[[Any], Any] = lambda result: result

    @property
    def body(self) -> Schema:
        return Schema(self.doc, self.schema)


@dataclass(frozen=True)
class Family:
    """Calls answered with one model (alone, in lists or keyed by symbol)."""

    name: str
    calls: tuple[Call, ...]


def _latest(kind: str, key: str, record: str) -> Call:
    return Call(
        f"stocks.latest_{kind}",
        "market-data",
        f"StockLatest{kind.title()}Response",
        lambda c: getattr(c.stocks, f"latest_{kind}")("AAPL"),
        _by_symbol(key, record),
    )


FAMILIES = (
    Family("Account", (Call("account.get", "trading", "Account", lambda c: c.account.get()),)),
    Family(
        "Order",
        (
            Call("orders.get", "trading", "Order", lambda c: c.orders.get("o-1")),
            Call(
                "orders.list",
                "trading",
                _array("Order"),
                lambda c: c.orders.list(status="all", limit=500),
            ),
        ),
    ),
    Family(
        "Position",
        (
            Call("positions.get", "trading", "Position", lambda c: c.positions.get("X")),
            Call("positions.list", "trading", _array("Position"), lambda c: c.positions.list()),
        ),
    ),
    Family(
        "Asset",
        (
            Call("assets.get", "trading", "Asset", lambda c: c.assets.get("AAPL")),
            Call("assets.list", "trading", _array("Asset"), lambda c: c.assets.list()),
        ),
    ),
    Family("Clock", (Call("clock.get", "trading", "Clock", lambda c: c.clock.get()),)),
    Family(
        "CalendarDay",
        (Call("calendar.list", "trading", _array("CalendarDay"), lambda c: c.calendar.list()),),
    ),
    Family(
        "latest Bar/Quote/Trade",
        (
            _latest("bars", "bars", "StockBar"),
            _latest("quotes", "quotes", "StockQuote"),
            _latest("trades", "trades", "StockTrade"),
        ),
    ),
    Family(
        "Snapshot",
        (
            Call(
                "stocks.snapshots",
                "market-data",
                "StockSnapshotsResponse",
                lambda c: c.stocks.snapshots("AAPL"),
                _by_symbol(None, "StockSnapshot"),
            ),
        ),
    ),
    Family(
        "bars pages",
        (
            Call(
                "stocks.bars",
                "market-data",
                "StockBarsResponse",
                lambda c: c.stocks.bars("AAPL", "1Day", limit=None),
                _pages("bars", "StockBar"),
                _last_page,
                list,
            ),
        ),
    ),
)


@dataclass
class Tally:
    valid: int = 0
    broken: int = 0
    over_sockets: int = 0
    failures: list[str] = field(default_factory=list)
    untyped: list[str] = field(default_factory=list)


class Answer:
    """The body every request gets next (JSON-encoded with the standard library)."""

    def __init__(self) -> None:
        self.content = b"{}"

    def set(self, body: Any) -> None:
        self.content = json.dumps(body).encode()

    def handle(self, request: httpx.Request) -> httpx.Response:
        headers = {"content-type": "application/json"}
        return httpx.Response(200, content=self.content, headers=headers)


class Server(http.server.ThreadingHTTPServer):
    """A real HTTP server answering every GET with the current ``Answer``."""

    def __init__(self, answer: Answer) -> None:
        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                body = answer.content
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        super().__init__(("127.0.0.1", 0), Handler)
        self.daemon_threads = True

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


@pytest.fixture(scope="module")
def answer() -> Answer:
    return Answer()


@pytest.fixture(scope="module")
def clients(answer: Answer) -> Iterator[tuple[alpaca.Client, alpaca.Client]]:
    """A client over ``httpx.MockTransport`` and one over real sockets, both answered by
    ``answer``."""
    server = Server(answer)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    keys: dict[str, Any] = {"key_id": "PKFUZZ", "secret_key": FUZZ_SECRET, "max_retries": 0}
    mocked = httpx.Client(transport=httpx.MockTransport(answer.handle))
    with (
        alpaca.Client(**keys, http_client=mocked) as in_process,
        alpaca.Client(**keys, base_url=server.url, data_url=server.url) as over_sockets,
    ):
        yield in_process, over_sockets
    mocked.close()
    server.shutdown()
    server.server_close()


def _describe(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {str(exc)[:160]}"


def _exercise(call: Call, client: alpaca.Client, answer: Answer, pair: Pair, tally: Tally) -> None:
    schema = call.body
    body, broken = pair
    answer.set(call.shape(body))
    try:
        call.verify(schema, body, call.use(call.run(client)))
    except AssertionError as exc:
        tally.failures.append(f"{call.name} valid: {exc}"[:300])
    except Exception as exc:
        target = tally.failures if isinstance(exc, alpaca.AlpacaError) else tally.untyped
        target.append(f"{call.name} valid body raised {_describe(exc)}")
    tally.valid += 1
    if broken is None:
        return
    value, where = broken
    answer.set(call.shape(value))
    tally.broken += 1
    try:
        call.run(client)
    except alpaca.ResponseValidationError:
        return
    except Exception as exc:
        target = tally.failures if isinstance(exc, alpaca.AlpacaError) else tally.untyped
        target.append(f"{call.name} with {where}: {_describe(exc)}")
        return
    tally.failures.append(f"{call.name} accepted a broken body ({where})")


def _tagged(index: int, pair: Pair) -> tuple[int, Pair]:
    return index, pair


def _fuzz(family: Family, clients: tuple[alpaca.Client, alpaca.Client], answer: Answer) -> Tally:
    """Draw bodies in chunks until ``RESPONSES`` were answered or ``BUDGET`` ran out; each body
    goes to one of the family's calls (the call is drawn along with it)."""
    tally = Tally()
    bodies = st.one_of(
        [pairs(c.body).map(functools.partial(_tagged, i)) for i, c in enumerate(family.calls)]
    )
    strategy = st.lists(bodies, min_size=BATCH, max_size=BATCH)
    deadline = time.monotonic() + BUDGET
    chunk = 0

    def run(batch: list[tuple[int, Pair]]) -> None:
        for index, pair in batch:
            count = tally.valid + tally.broken
            client = clients[1] if (count // 2) % SOCKET_EVERY == 0 else clients[0]
            tally.over_sockets += client is clients[1]
            _exercise(family.calls[index], client, answer, pair, tally)

    while tally.valid + tally.broken < RESPONSES and time.monotonic() < deadline:
        left = (RESPONSES - tally.valid - tally.broken) // (2 * BATCH) + 1
        runner = settings(
            max_examples=min(25, left),
            database=None,
            deadline=None,
            phases=[Phase.generate],
            suppress_health_check=list(HealthCheck),
        )(seed(zlib.crc32(family.name.encode()) + chunk)(given(batch=strategy)(run)))
        runner()
        chunk += 1
    return tally


@pytest.mark.parametrize("family", FAMILIES, ids=[f.name for f in FAMILIES])
def test_generated_responses(
    family: Family,
    clients: tuple[alpaca.Client, alpaca.Client],
    answer: Answer,
    book: Book,
) -> None:
    started = time.monotonic()
    tally = _fuzz(family, clients, answer)
    seconds = time.monotonic() - started
    calls = ", ".join(c.name for c in family.calls)
    book.record(
        f"fuzzed responses: {family.name} ({calls})",
        n=tally.valid + tally.broken,
        target="valid bodies parse with values kept exactly; broken ones raise "
        "ResponseValidationError; no builtin exception",
        met=not tally.failures and not tally.untyped and tally.valid + tally.broken >= RESPONSES,
        seconds=seconds,
        valid=tally.valid,
        broken=tally.broken,
        over_sockets=tally.over_sockets,
        wrong=len(tally.failures),
        builtin_exceptions=len(tally.untyped),
    )
    assert not tally.untyped, tally.untyped[:5]
    assert not tally.failures, tally.failures[:5]
    assert tally.valid + tally.broken >= RESPONSES, "the time budget ran out"


def test_history_pages_refuse_broken_rows(
    clients: tuple[alpaca.Client, alpaca.Client], answer: Answer
) -> None:
    family = next(f for f in FAMILIES if f.name == "bars pages")
    tally = _fuzz(family, clients, answer)
    assert tally.broken and not tally.failures and not tally.untyped, tally.failures[:3]


def test_the_check_notices_a_changed_value() -> None:
    from alpaca_client.trading.models import Order

    sent = {
        "id": "o-1",
        "created_at": "2024-01-02T03:04:05.123456789-05:00",
        "symbol": "AAPL",
        "type": "limit",
        "side": "buy",
        "time_in_force": "day",
        "status": "brand_new",
        "qty": "1.50",
        "surprise": [1, {"a": None}],
    }
    order = Schema("trading", "Order")
    check(order, sent, Order.from_dict(sent), get=read)  # nanoseconds past the microsecond go
    for changed in (
        {"qty": "1.5000001"},
        {"created_at": "2024-01-02T03:04:05.123457-05:00"},
        {"status": "new"},
        {"surprise": [1]},
    ):
        with pytest.raises(AssertionError):
            check(order, sent, Order.from_dict({**sent, **changed}), get=read)
