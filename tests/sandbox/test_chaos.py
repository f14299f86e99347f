"""Chaos switches over real sockets: drop, delay, trickle, headers, late landings, prefixes."""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import MutableMapping
from typing import Any

import httpx
import pytest

from alpaca.sandbox._chaos import Chaos, ChaosRule
from alpaca.testing import Sandbox

ORDER = {"symbol": "AAPL", "qty": "1", "side": "buy", "type": "market", "time_in_force": "day"}


def _order(**fields: Any) -> dict[str, Any]:
    return {**ORDER, "client_order_id": str(uuid.uuid4()), **fields}


def _lookup(http: httpx.Client, client_order_id: str) -> httpx.Response:
    return http.get("/v2/orders:by_client_order_id", params={"client_order_id": client_order_id})


def _wait_until(check: Any, timeout: float = 5.0) -> float:
    """Poll ``check`` until true; the seconds it took."""
    began = time.monotonic()
    while not check():
        assert time.monotonic() - began < timeout, "condition not met in time"
        time.sleep(0.02)
    return time.monotonic() - began


@pytest.mark.parametrize("when", ["before", "after"])
def test_drop_cuts_the_connection_without_a_response(
    fresh_sandbox: Sandbox, sandbox_http: httpx.Client, when: str
) -> None:
    fresh_sandbox.add_chaos(method="POST", path="/v2/orders", action="drop", when=when)
    order = _order()
    with pytest.raises(httpx.TransportError) as caught:
        sandbox_http.post("/v2/orders", json=order)
    assert not isinstance(caught.value, httpx.TimeoutException)
    placed = _lookup(sandbox_http, order["client_order_id"])
    assert placed.status_code == (200 if when == "after" else 404)
    assert sandbox_http.post("/v2/orders", json=_order()).status_code == 200


def test_late_answers_at_once_and_the_order_lands_after_the_delay(
    fresh_sandbox: Sandbox, sandbox_http: httpx.Client
) -> None:
    fresh_sandbox.add_chaos(method="POST", path="/v2/orders", status=504, when="late", delay=0.4)
    order = _order()
    began = time.monotonic()
    failed = sandbox_http.post("/v2/orders", json=order)
    assert time.monotonic() - began < 0.4
    assert (failed.status_code, failed.json()) == (
        504,
        {"code": 50400000, "message": "gateway timeout"},
    )
    assert _lookup(sandbox_http, order["client_order_id"]).status_code == 404
    assert fresh_sandbox.chaos()["late"]["pending"] == 1
    waited = _wait_until(lambda: _lookup(sandbox_http, order["client_order_id"]).status_code == 200)
    assert time.monotonic() - began >= 0.4
    assert waited > 0
    late = fresh_sandbox.chaos()["late"]
    assert late == {
        "pending": 0,
        "landed": [{"method": "POST", "path": "/v2/orders", "status": 200}],
    }


def test_a_late_order_with_a_taken_client_order_id_is_rejected(
    fresh_sandbox: Sandbox, sandbox_http: httpx.Client
) -> None:
    fresh_sandbox.add_chaos(method="POST", path="/v2/orders", status=504, when="late", delay=0.3)
    order = _order()
    assert sandbox_http.post("/v2/orders", json=order).status_code == 504
    assert sandbox_http.post("/v2/orders", json=order).status_code == 200  # the client's retry
    _wait_until(lambda: fresh_sandbox.chaos()["late"]["landed"] != [])
    assert fresh_sandbox.chaos()["late"]["landed"][0]["status"] == 422
    every = sandbox_http.get("/v2/orders", params={"status": "all", "limit": 500}).json()
    assert [o["client_order_id"] for o in every].count(order["client_order_id"]) == 1
    assert sandbox_http.get("/v2/positions/AAPL").json()["qty"] == "1"


def test_late_drop_cuts_now_and_places_later(
    fresh_sandbox: Sandbox, sandbox_http: httpx.Client
) -> None:
    fresh_sandbox.add_chaos(method="POST", path="/v2/orders", action="drop", when="late", delay=0.2)
    order = _order()
    with pytest.raises(httpx.TransportError):
        sandbox_http.post("/v2/orders", json=order)
    _wait_until(lambda: _lookup(sandbox_http, order["client_order_id"]).status_code == 200)


def test_reset_cancels_postponed_requests(
    fresh_sandbox: Sandbox, sandbox_http: httpx.Client
) -> None:
    fresh_sandbox.add_chaos(method="POST", path="/v2/orders", status=503, when="late", delay=0.3)
    assert sandbox_http.post("/v2/orders", json=_order()).status_code == 503
    fresh_sandbox.reset()
    time.sleep(0.5)
    assert sandbox_http.get("/v2/orders", params={"status": "all"}).json() == []
    assert fresh_sandbox.chaos()["late"] == {"pending": 0, "landed": []}


def test_trickle_sends_slowly_yet_every_read_is_quick(
    fresh_sandbox: Sandbox, sandbox_http: httpx.Client
) -> None:
    expected = sandbox_http.get("/v2/account").content
    step, interval = 150, 0.1
    fresh_sandbox.add_chaos(
        method="GET",
        path="/v2/account",
        action="trickle",
        trickle_bytes=step,
        trickle_interval=interval,
    )
    gaps, received = [], b""
    timeout = httpx.Timeout(5.0, read=0.5)
    began = last = time.monotonic()
    with sandbox_http.stream("GET", "/v2/account", timeout=timeout) as response:
        assert response.status_code == 200
        assert response.headers["content-length"] == str(len(expected))
        for chunk in response.iter_raw():
            now = time.monotonic()
            gaps.append(now - last)
            last = now
            received += chunk
    elapsed = time.monotonic() - began
    chunks = -(-len(expected) // step)
    assert chunks >= 5
    assert elapsed >= (chunks - 1) * interval
    assert max(gaps) < 0.5
    assert received == expected


@pytest.mark.parametrize("when", ["before", "after"])
def test_delay_holds_the_request_or_its_response(
    fresh_sandbox: Sandbox, sandbox_http: httpx.Client, when: str
) -> None:
    fresh_sandbox.add_chaos(method="POST", path="/v2/orders", action="delay", delay=0.5, when=when)
    order = _order()
    with pytest.raises(httpx.ReadTimeout):
        sandbox_http.post("/v2/orders", json=order, timeout=httpx.Timeout(5.0, read=0.2))
    if when == "after":  # the order was placed before the client gave up
        assert _lookup(sandbox_http, order["client_order_id"]).status_code == 200
    else:
        assert _lookup(sandbox_http, order["client_order_id"]).status_code == 404
    _wait_until(lambda: _lookup(sandbox_http, order["client_order_id"]).status_code == 200)


def test_delay_then_normal_answer(fresh_sandbox: Sandbox, sandbox_http: httpx.Client) -> None:
    fresh_sandbox.add_chaos(method="GET", path="/v2/clock", action="delay", delay=0.3)
    began = time.monotonic()
    assert sandbox_http.get("/v2/clock").status_code == 200
    assert time.monotonic() - began >= 0.3


def test_headers_pass_through_replaces_rate_limit_headers(
    fresh_sandbox: Sandbox, sandbox_http: httpx.Client
) -> None:
    odd = {"X-RateLimit-Remaining": "0", "X-RateLimit-Reset": "soon", "X-Extra": "1"}
    fresh_sandbox.add_chaos(method="GET", path="/v2/account", action="headers", headers=odd)
    response = sandbox_http.get("/v2/account")
    assert response.status_code == 200
    assert response.json()["cash"] == "100000"
    for name, value in odd.items():
        assert response.headers.get_list(name) == [value]
    assert response.headers["x-ratelimit-limit"].isdigit()


def test_headers_and_retry_after_on_an_injected_error(
    fresh_sandbox: Sandbox, sandbox_http: httpx.Client
) -> None:
    fresh_sandbox.add_chaos(
        method="GET",
        path="/v2/account",
        status=429,
        retry_after=1.5,
        headers={"X-RateLimit-Remaining": "0"},
    )
    response = sandbox_http.get("/v2/account")
    assert (response.status_code, response.json()["code"]) == (429, 42900000)
    assert response.headers.get_list("retry-after") == ["1.5"]
    assert response.headers.get_list("x-ratelimit-remaining") == ["0"]


def test_a_trailing_star_matches_a_path_prefix(
    fresh_sandbox: Sandbox, sandbox_http: httpx.Client
) -> None:
    fresh_sandbox.add_chaos(method="GET", path="/v2/orders*", status=503, times=3)
    assert sandbox_http.get("/v2/positions").status_code == 200
    assert sandbox_http.get("/v2/orders").status_code == 503
    assert sandbox_http.get("/v2/orders/abc").status_code == 503
    assert _lookup(sandbox_http, "x").status_code == 503
    assert sandbox_http.get("/v2/orders").status_code == 200


def test_rules_apply_in_order_one_per_request(
    fresh_sandbox: Sandbox, sandbox_http: httpx.Client
) -> None:
    fresh_sandbox.add_chaos(method="GET", path="/v2/clock", status=502)
    fresh_sandbox.add_chaos(method="GET", path="/v2/clock", status=503, when="after")
    assert sandbox_http.get("/v2/clock").status_code == 502
    assert sandbox_http.get("/v2/clock").status_code == 503
    assert sandbox_http.get("/v2/clock").status_code == 200


BASE = {"method": "GET", "path": "/v2/clock"}


@pytest.mark.parametrize(
    ("rule", "mentions"),
    [
        ({**BASE, "status": 500, "action": "explode"}, "action"),
        ({**BASE, "status": 500, "when": "never"}, "when"),
        ({**BASE}, "status"),
        ({**BASE, "status": "500"}, "status"),
        ({**BASE, "status": True}, "status"),
        ({**BASE, "action": "drop", "status": 500}, "status"),
        ({**BASE, "action": "drop", "body": {"code": 1}}, "body"),
        ({**BASE, "action": "drop", "headers": {"X-A": "1"}}, "headers"),
        ({**BASE, "action": "delay"}, "delay"),
        ({**BASE, "action": "delay", "delay": 0}, "delay"),
        ({**BASE, "action": "delay", "delay": 1e9}, "delay"),
        ({**BASE, "action": "delay", "delay": "1"}, "delay"),
        ({**BASE, "status": 504, "when": "late"}, "delay"),
        ({**BASE, "status": 504, "delay": 1}, "delay"),
        ({**BASE, "action": "trickle", "when": "late", "delay": 1}, "late"),
        ({**BASE, "action": "trickle", "trickle_bytes": 0}, "trickle_bytes"),
        ({**BASE, "action": "trickle", "trickle_interval": -1}, "trickle_interval"),
        ({**BASE, "status": 500, "trickle_bytes": 5}, "trickle"),
        ({**BASE, "action": "headers"}, "headers"),
        ({**BASE, "action": "headers", "headers": ["X-A"]}, "headers"),
        ({**BASE, "action": "headers", "headers": {"Bad Name": "1"}}, "Bad Name"),
        ({**BASE, "action": "headers", "headers": {"X-A": "a\r\nSet-Cookie: x"}}, "X-A"),
        ({**BASE, "action": "headers", "headers": {"X-A": 1}}, "X-A"),
        ({**BASE, "action": "headers", "headers": {"Content-Length": "1"}}, "Content-Length"),
        ({**BASE, "status": 500, "retry_after": -1}, "retry_after"),
        ({**BASE, "status": 500, "times": 0}, "times"),
        ({**BASE, "status": 500, "body": [1]}, "body"),
        ({**BASE, "status": 500, "colour": "red"}, "colour"),
        ({"method": "", "path": "/v2/clock", "status": 500}, "method"),
        ({"method": "GET", "path": "v2/clock", "status": 500}, "path"),
        (5, "object"),
    ],
)
def test_invalid_rules_are_refused_with_the_reason(
    fresh_sandbox: Sandbox, sandbox_http: httpx.Client, rule: Any, mentions: str
) -> None:
    response = sandbox_http.post("/_sandbox/chaos", json=rule)
    assert response.status_code == 422
    assert mentions in response.json()["message"]
    assert fresh_sandbox.chaos()["rules"] == []


def test_without_a_reachable_connection_drop_leaves_the_response_unfinished() -> None:
    chaos = Chaos()
    sent: list[MutableMapping[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: MutableMapping[str, Any]) -> None:
        sent.append(message)

    async def app(scope: Any, receive: Any, send: Any) -> None:
        raise AssertionError("a dropped request must not run")

    rule = ChaosRule.parse({"method": "GET", "path": "/x", "action": "drop"})
    scope = {"type": "http", "method": "GET", "path": "/x"}
    asyncio.run(chaos.serve(rule, app, scope, receive, send))
    assert [m["type"] for m in sent] == ["http.response.start"]
    assert (b"content-length", b"1") in sent[0]["headers"]
