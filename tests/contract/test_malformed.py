"""Malformed success answers over a real socket, for every row of the call table.

A small HTTP server answers every request with its success status (200, or the 201, 204 or
207 spec/ documents) and one of :data:`BODIES` (``{}``, ``[]``, ``null``, text, truncated
JSON, HTML, every field of spec/ set to ``"string"``, rows without a timestamp, a page that
repeats its token ...). Each call must either return (the client kept what it could) or raise
an ``AlpacaError``: never a builtin exception, and never loop (a call that asks more than
:data:`RUNAWAY` pages is cut off and counted as a hang). What a call returns is used as a
caller would (``repr``, ``len``, iteration, ``.df``). The counts are printed in the terminal
summary.
"""

from __future__ import annotations

import asyncio
import http.server
import socket
import threading
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from typing import Any
from urllib.parse import urlsplit

import orjson
import pytest

import alpaca

from ._calls import ROWS, AnyIds, Row, acall, call
from ._wire import DOCUMENTS, SPEC, operation
from .conftest import FIGURES

RUNAWAY = 40
"""Requests one call may send before the server stops answering 200 (a page loop)."""


def _property_names() -> tuple[list[str], list[str]]:
    """Every property name of spec/'s schemas, and those holding a list or a map."""
    from ruamel.yaml import YAML

    names: set[str] = set()
    containers: set[str] = set()

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            properties = node.get("properties")
            if isinstance(properties, dict):
                names.update(properties)
                containers.update(
                    name
                    for name, schema in properties.items()
                    if isinstance(schema, dict)
                    and (schema.get("type") == "array" or "additionalProperties" in schema)
                )
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    for document in DOCUMENTS:
        walk(YAML(typ="safe").load(document.read_text()))
    return sorted(names), sorted(containers)


NAMES, CONTAINERS = _property_names()
STRINGS = dict.fromkeys(NAMES, "string")
LAST_PAGE = {"next_page_token": None}
TICK = {"t": "string", "o": "string", "c": "string", "p": "string", "s": "string"}
SERIES = ("bars", "quotes", "trades", "auctions", "orderbooks", "snapshots", "rates", "values")
JSON = "application/json"

BODIES: dict[str, tuple[bytes, str]] = {
    "empty object": (b"{}", JSON),
    "empty array": (b"[]", JSON),
    "null": (b"null", JSON),
    "text": (b'"text"', JSON),
    "number": (b"42", JSON),
    "empty body": (b"", JSON),
    "truncated JSON": (b'{"id": "904837e3", "symbol": "AA', JSON),
    "HTML": (b"<html><body><h1>502 Bad Gateway</h1></body></html>", "text/html"),
    "every field 'string'": (orjson.dumps(STRINGS), JSON),
    "rows of 'string'": (orjson.dumps([STRINGS, STRINGS]), JSON),
    "keyed rows of 'string'": (
        orjson.dumps(
            {name: {"AAPL": [STRINGS]} for name in CONTAINERS} | {"next_page_token": None}
        ),
        JSON,
    ),
    "keyed records of 'string'": (
        orjson.dumps({name: {"AAPL": STRINGS} for name in CONTAINERS} | LAST_PAGE),
        JSON,
    ),
    "rows without t": (
        orjson.dumps({name: {"AAPL": [{"o": 1, "p": 1, "ap": 1}]} for name in SERIES} | LAST_PAGE),
        JSON,
    ),
    "decimal 'string' in rows": (
        orjson.dumps({name: {"AAPL": [TICK]} for name in SERIES} | LAST_PAGE),
        JSON,
    ),
    "empty page with a token": (
        orjson.dumps({name: {} for name in CONTAINERS} | {"next_page_token": "again"}),
        JSON,
    ),
    "clock is_open 'maybe'": (
        orjson.dumps({"is_open": "maybe", "timestamp": "2024-01-02T15:00:00Z"}),
        JSON,
    ),
}


NO_CONTENT = 204


def _success(method: str, target: str) -> int:
    """The success status spec/ documents for the operation of ``method target`` (200 if
    none matches)."""
    found = operation(method, urlsplit(target).path)
    return min(code for code in found.statuses if code < 300) if found else 200


class Server(http.server.ThreadingHTTPServer):
    """Answers every request with ``body`` and its operation's success status, or 400 once a
    call sent :data:`RUNAWAY`."""

    daemon_threads = True
    body: tuple[bytes, str] = (b"{}", JSON)
    requests = 0

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Quiet: a client that gave up on an answer resets its connection."""


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: Server

    def setup(self) -> None:
        super().setup()
        self.request.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)  # no 40 ms waits

    def _answer(self) -> None:
        length = int(self.headers.get("content-length") or 0)
        self.rfile.read(length)
        self.server.requests += 1
        status, (body, kind) = _success(self.command, self.path), self.server.body
        if status == NO_CONTENT:
            body = b""
        if self.server.requests > RUNAWAY:
            status, body, kind = 400, b'{"code": 40010000, "message": "runaway"}', JSON
        self.send_response(status)
        self.send_header("content-type", kind)
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _answer

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet."""


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    found = Server(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=found.serve_forever, daemon=True)
    thread.start()
    yield found
    found.shutdown()
    found.server_close()


def _use(result: Any) -> None:
    """What a caller does with a result: look at it, count it, go through it, tabulate it."""
    repr(result)
    if hasattr(result, "__len__"):
        len(result)
    if isinstance(result, Iterable) and not isinstance(result, str | bytes):
        for item in result.values() if isinstance(result, Mapping) else result:
            repr(item)
    if hasattr(type(result), "df"):
        result.df  # noqa: B018 - building the frame is the point


def _outcome(client: alpaca.Client, server: Server, row: Row) -> str:
    """``parsed``, ``raised``, ``hang`` or ``leaked <exception>``."""
    server.requests = 0
    try:
        result = call(client, row, AnyIds())
    except alpaca.AlpacaError:
        return "hang" if server.requests > RUNAWAY else "raised"
    except Exception as exc:  # the failure this test looks for
        return f"leaked {type(exc).__name__}: {exc}"
    try:
        _use(result)
    except Exception as exc:  # the failure this test looks for
        return f"leaked {type(exc).__name__}: {exc}"
    return "parsed"


def test_malformed_answers_raise_alpaca_errors_or_parse(server: Server) -> None:
    url = f"http://127.0.0.1:{server.server_port}"
    outcomes: dict[tuple[str, str], str] = {}
    options: dict[str, Any] = {"base_url": url, "data_url": url, "max_retries": 0, "timeout": 2}
    with alpaca.Client(key_id="PKMALFORMED", secret_key="malformed-secret", **options) as client:
        for label, body in BODIES.items():
            server.body = body
            for row in ROWS:
                outcomes[(row.id, label)] = _outcome(client, server, row)
    kinds = Counter(outcome.partition(" ")[0] for outcome in outcomes.values())
    FIGURES["malformed"] = (
        f"malformed answers: {len(ROWS)} calls x {len(BODIES)} bodies = {len(outcomes)}: "
        f"{kinds['parsed']} parsed, {kinds['raised']} raised AlpacaError, "
        f"{kinds['leaked']} builtin exceptions, {kinds['hang']} hangs"
    )
    bad = {f"{row} <- {label}": o for (row, label), o in outcomes.items() if o[0] in "lh"}
    assert bad == {}
    assert kinds["raised"] > kinds["parsed"] > 0


def test_the_bodies_name_real_fields() -> None:
    assert {"qty", "is_open", "next_page_token", "symbol"} <= set(NAMES)
    assert (SPEC / "trading.yaml") in DOCUMENTS


ASYNC_BODIES = [
    "empty object",
    "truncated JSON",
    "HTML",
    "rows of 'string'",
    "empty page with a token",
]
"""The bodies the ``AsyncClient`` pass serves (its plans are the sync ones: its runner is what
differs)."""


def test_async_calls_raise_alpaca_errors_or_parse(server: Server) -> None:
    url = f"http://127.0.0.1:{server.server_port}"

    async def outcome(client: alpaca.AsyncClient, row: Row) -> str:
        server.requests = 0
        try:
            await acall(client, row, AnyIds())
        except alpaca.AlpacaError:
            return "hang" if server.requests > RUNAWAY else "raised"
        except Exception as exc:  # the failure this test looks for
            return f"leaked {type(exc).__name__}: {exc}"
        return "parsed"

    async def run() -> dict[str, str]:
        found: dict[str, str] = {}
        options: dict[str, Any] = {"base_url": url, "data_url": url, "max_retries": 0}
        async with alpaca.AsyncClient(
            key_id="PKMALFORMED", secret_key="malformed-secret", timeout=2, **options
        ) as client:
            for label in ASYNC_BODIES:
                server.body = BODIES[label]
                for row in ROWS:
                    found[f"{row.id} <- {label}"] = await outcome(client, row)
        return found

    outcomes = asyncio.run(run())
    assert {key: o for key, o in outcomes.items() if o not in ("parsed", "raised")} == {}
    assert len(outcomes) == len(ROWS) * len(ASYNC_BODIES)
