"""Security: keys never travel unencrypted by accident; the sandbox is local and closed.

- Every entry point that takes a URL (``Client``, ``AsyncClient``, each stream, the stream hub,
  the environment) refuses plain ``http://``/``ws://`` to another machine unless
  ``allow_insecure=True``; loopback is always fine.
- The sandbox listens on 127.0.0.1 unless told otherwise.
- It checks credentials on every route: HTTP API, control (``/_sandbox/...``) and websocket
  (at the upgrade and in the auth message), each time comparing key id and secret both with
  ``hmac.compare_digest`` (constant time, no short cut on the first mismatch).

(Live trading needs an explicit opt-in and logs one line: ``tests/test_config.py``.)
"""

from __future__ import annotations

import hmac
import json
import re
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from starlette.routing import Route, WebSocketRoute
from websockets.exceptions import ConnectionClosed
from websockets.sync.client import connect

import alpaca
from alpaca.stream._hub import StreamHub
from alpaca.testing import Sandbox

from ._figures import Book

SECRET = "insecure-test-secret-0000"
KEYS: dict[str, Any] = {"key_id": "PKINSECURE", "secret_key": SECRET}
REMOTE_HTTP = "http://example.com"
REMOTE_WS = "ws://example.com"


def _entry_points(monkeypatch: pytest.MonkeyPatch) -> dict[str, Callable[[bool], Any]]:
    """Everything that takes a URL, pointed at another machine in the clear."""

    def with_env(name: str, value: str, make: Callable[[bool], Any]) -> Callable[[bool], Any]:
        def build(allow: bool) -> Any:
            with monkeypatch.context() as patched:
                patched.setenv(name, value)
                return make(allow)

        return build

    return {
        "Client(base_url)": lambda a: alpaca.Client(**KEYS, base_url=REMOTE_HTTP, allow_insecure=a),
        "Client(data_url)": lambda a: alpaca.Client(**KEYS, data_url=REMOTE_HTTP, allow_insecure=a),
        "Client(stream_url)": lambda a: alpaca.Client(
            **KEYS, stream_url=REMOTE_WS, allow_insecure=a
        ),
        "AsyncClient(base_url)": lambda a: alpaca.AsyncClient(
            **KEYS, base_url=REMOTE_HTTP, allow_insecure=a
        ),
        "AsyncClient(data_url)": lambda a: alpaca.AsyncClient(
            **KEYS, data_url=REMOTE_HTTP, allow_insecure=a
        ),
        "APCA_API_BASE_URL": with_env(
            "APCA_API_BASE_URL", REMOTE_HTTP, lambda a: alpaca.Client(**KEYS, allow_insecure=a)
        ),
        "APCA_API_STREAM_URL": with_env(
            "APCA_API_STREAM_URL", REMOTE_WS, lambda a: alpaca.Stream(**KEYS, allow_insecure=a)
        ),
        "DATA_PROXY_WS": with_env(
            "DATA_PROXY_WS", "ws://10.1.2.3:8765", lambda a: alpaca.Stream(**KEYS, allow_insecure=a)
        ),
        "Stream(url)": lambda a: alpaca.Stream(**KEYS, url=REMOTE_WS, allow_insecure=a),
        "CryptoStream(url)": lambda a: alpaca.CryptoStream(**KEYS, url=REMOTE_WS, allow_insecure=a),
        "CryptoPerpStream(url)": lambda a: alpaca.CryptoPerpStream(
            **KEYS, url=REMOTE_WS, allow_insecure=a
        ),
        "OptionStream(url)": lambda a: alpaca.OptionStream(**KEYS, url=REMOTE_WS, allow_insecure=a),
        "NewsStream(url)": lambda a: alpaca.NewsStream(**KEYS, url=REMOTE_WS, allow_insecure=a),
        "TradingStream(url)": lambda a: alpaca.TradingStream(
            **KEYS, url=REMOTE_WS, allow_insecure=a
        ),
        "StreamHub(upstream_url)": lambda a: StreamHub(
            **KEYS, upstream_url=REMOTE_WS, allow_insecure=a
        ),
    }


def test_plain_urls_to_other_hosts_need_allow_insecure(
    monkeypatch: pytest.MonkeyPatch, book: Book
) -> None:
    started = time.monotonic()
    refused, allowed = [], []
    for name, build in _entry_points(monkeypatch).items():
        with pytest.raises(alpaca.ConfigurationError, match="allow_insecure=True") as info:
            build(False)
        assert SECRET not in str(info.value), name
        refused.append(name)
        made = build(True)
        assert made is not None
        allowed.append(name)
    book.record(
        "plain http:// / ws:// to another host, per entry point (clients, each stream, the "
        "stream hub, environment variables)",
        n=len(refused),
        target="refused without allow_insecure=True (secret not shown); accepted with it",
        met=len(refused) == len(allowed) == len(_entry_points(monkeypatch)),
        seconds=time.monotonic() - started,
        refused=len(refused),
        allowed_when_asked=len(allowed),
    )


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "[::1]"])
def test_loopback_is_fine_in_the_clear(host: str) -> None:
    alpaca.Client(**KEYS, base_url=f"http://{host}:1", stream_url=f"ws://{host}:1").close()
    alpaca.Stream(**KEYS, url=f"ws://{host}:1")
    alpaca.TradingStream(**KEYS, url=f"ws://{host}:1")


def test_a_trading_stream_allowed_in_the_clear_reconciles_in_the_clear() -> None:
    stream = alpaca.TradingStream(**KEYS, url="ws://10.1.2.3:8000", allow_insecure=True)
    assert stream._client().config.base_url == "http://10.1.2.3:8000"


# --- the sandbox ---------------------------------------------------------------------------


def _other_address() -> str | None:
    """A non-loopback address of this machine, if it has one (no packet is sent)."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("10.255.255.255", 9))
            address: str = probe.getsockname()[0]
        except OSError:
            return None
    return None if address.startswith("127.") or address == "0.0.0.0" else address


def _refused_on(address: str, port: int) -> bool:
    try:
        with socket.create_connection((address, port), timeout=1):
            return False
    except OSError:
        return True


def test_the_sandbox_listens_on_loopback_only(sandbox: Sandbox) -> None:
    assert sandbox.base_url.startswith("http://127.0.0.1:")
    port = int(sandbox.base_url.rsplit(":", 1)[1])
    other = _other_address()
    if other is not None:
        assert _refused_on(other, port)


def test_the_sandbox_command_listens_on_loopback_by_default() -> None:
    command = [sys.executable, "-m", "alpaca", "sandbox", "--port", "0"]
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    assert process.stdout is not None
    try:
        banner = ""
        while "Ctrl-C" not in banner:
            line = process.stdout.readline()
            assert line, "the sandbox exited early"
            banner += line
        found = re.search(r"APCA_API_BASE_URL=http://([\d.]+):(\d+)", banner)
        assert found is not None and found.group(1) == "127.0.0.1"
        other = _other_address()
        if other is not None:
            assert _refused_on(other, int(found.group(2)))
    finally:
        process.send_signal(signal.SIGINT)
        process.wait(timeout=10)
        process.stdout.close()


def _concrete(path: str) -> str:
    samples = {"feed": "iex", "loc": "us", "symbol": "AAPL", "symbol_or_asset_id": "AAPL"}
    return re.sub(r"\{(\w+)\}", lambda m: samples.get(m.group(1), "0000-1111"), path)


def _bad_credentials(sandbox: Sandbox) -> dict[str, dict[str, str]]:
    return {
        "none": {},
        "wrong secret": {"APCA-API-KEY-ID": sandbox.key_id, "APCA-API-SECRET-KEY": "x" + SECRET},
        "wrong key id": {"APCA-API-KEY-ID": "PKWRONG", "APCA-API-SECRET-KEY": sandbox.secret_key},
        "secret one character short": {
            "APCA-API-KEY-ID": sandbox.key_id,
            "APCA-API-SECRET-KEY": sandbox.secret_key[:-1],
        },
        "wrong bearer token": {"Authorization": "Bearer not-the-token"},
    }


class Comparisons:
    """Counts ``hmac.compare_digest`` calls (and still compares)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.calls = 0
        self.last = 0
        real = hmac.compare_digest

        def counting(a: Any, b: Any) -> bool:
            self.calls += 1
            return real(a, b)

        monkeypatch.setattr(hmac, "compare_digest", counting)


@pytest.fixture
def comparisons(monkeypatch: pytest.MonkeyPatch) -> Iterator[Comparisons]:
    yield Comparisons(monkeypatch)


def _data_auth(sandbox: Sandbox, path: str, secret: str, counter: Comparisons) -> list[Any]:
    """Authenticate on a market-data websocket with ``secret`` (then, if refused, try to
    subscribe); the server's replies. ``counter.last`` counts the comparisons of the auth."""
    with connect(f"{sandbox.stream_url}{path}", open_timeout=5) as ws:
        replies = json.loads(ws.recv(timeout=5))
        before = counter.calls
        ws.send(json.dumps({"action": "auth", "key": sandbox.key_id, "secret": secret}))
        replies += json.loads(ws.recv(timeout=5))
        counter.last = counter.calls - before
        if replies[-1].get("T") == "error":
            ws.send(json.dumps({"action": "subscribe", "trades": ["AAPL"]}))
            replies += json.loads(ws.recv(timeout=5))
        return list(replies)


def _trading_auth(sandbox: Sandbox, secret: str, counter: Comparisons) -> list[str]:
    """Authenticate on the trading websocket with ``secret``, then ask to listen; the
    statuses answered (``closed`` when the server hung up)."""
    with connect(f"{sandbox.stream_url}/stream", open_timeout=5) as ws:
        before = counter.calls
        ws.send(json.dumps({"action": "auth", "key": sandbox.key_id, "secret": secret}))
        statuses = [json.loads(ws.recv(timeout=5))["data"]["status"]]
        counter.last = counter.calls - before
        try:
            ws.send(json.dumps({"action": "listen", "data": {"streams": ["trade_updates"]}}))
            answer = json.loads(ws.recv(timeout=5))
            statuses.append(answer["data"].get("status") or answer["stream"])
        except ConnectionClosed:
            statuses.append("closed")
        return statuses


def _upgrade_with_wrong_headers(sandbox: Sandbox, path: str) -> list[Any]:
    headers = {"APCA-API-KEY-ID": sandbox.key_id, "APCA-API-SECRET-KEY": "x" + SECRET}
    with connect(f"{sandbox.stream_url}{path}", additional_headers=headers, open_timeout=5) as ws:
        replies = json.loads(ws.recv(timeout=5))
        ws.send(json.dumps({"action": "subscribe", "trades": ["AAPL"]}))
        replies += json.loads(ws.recv(timeout=5))
        return list(replies)


def test_every_sandbox_route_checks_credentials_in_constant_time(
    sandbox: Sandbox, comparisons: Comparisons, book: Book
) -> None:
    started = time.monotonic()
    routes = sandbox._server.app.routes
    http_routes = [r for r in routes if isinstance(r, Route)]
    ws_routes = [r for r in routes if isinstance(r, WebSocketRoute)]
    checked, leaks, shortcuts = 0, [], []
    with httpx.Client(base_url=sandbox.base_url) as http:
        assert http.get("/v2/account", headers=sandbox.headers).status_code == 200
        targets = [(m, _concrete(r.path)) for r in http_routes for m in sorted(r.methods or ())]
        targets.append(("GET", "/no/such/route"))
        for method, path in targets:
            if method == "HEAD":
                continue
            for name, headers in _bad_credentials(sandbox).items():
                before = comparisons.calls
                status = http.request(method, path, headers=headers).status_code
                compared = comparisons.calls - before
                checked += 1
                if status != 401:
                    leaks.append((method, path, name, status))
                if compared < (1 if name == "wrong bearer token" else 2):
                    shortcuts.append((method, path, name, compared))
    ws_refusals = []
    for route in ws_routes:
        path = _concrete(route.path)
        if path.startswith("/stream"):
            authorized = _trading_auth(sandbox, sandbox.secret_key, comparisons)
            assert authorized == ["authorized", "listening"]
            statuses = _trading_auth(sandbox, SECRET, comparisons)
            compared = comparisons.last
            ok = statuses[0] == "unauthorized" and statuses[1] in ("unauthorized", "closed")
        else:
            valid = _data_auth(sandbox, path, sandbox.secret_key, comparisons)
            assert valid[-1]["msg"] == "authenticated"
            answers = _data_auth(sandbox, path, SECRET, comparisons)
            compared = comparisons.last
            before = comparisons.calls
            upgrade = _upgrade_with_wrong_headers(sandbox, path)
            if comparisons.calls - before < 2:
                shortcuts.append(("WS upgrade", path, "wrong secret", comparisons.calls - before))
            ok = [a.get("code") for a in answers if a.get("T") == "error"] == [402, 401]
            ok = ok and [a.get("code") for a in upgrade if a.get("T") == "error"] == [401]
        if compared < 2:
            shortcuts.append(("WS auth", path, "wrong secret", compared))
        ws_refusals.append((path, ok))
    book.record(
        "sandbox credentials: every HTTP route and method (API, control, unknown paths) × 5 bad "
        "credentials; every websocket route (upgrade headers and auth message)",
        n=checked + len(ws_refusals),
        target="all refused (401 / auth failed); key id and secret both compared with "
        "hmac.compare_digest every time",
        met=not leaks and not shortcuts and all(ok for _, ok in ws_refusals),
        seconds=time.monotonic() - started,
        http_requests_refused=f"{checked - len(leaks)}/{checked}",
        websocket_routes_refused=f"{sum(ok for _, ok in ws_refusals)}/{len(ws_refusals)}",
        checks_not_constant_time=len(shortcuts),
    )
    assert not leaks, leaks[:5]
    assert all(ok for _, ok in ws_refusals), ws_refusals
    assert not shortcuts, shortcuts[:5]
