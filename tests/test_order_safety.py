"""One call never places several orders: faults after the server acted, over real sockets.

The sandbox's chaos rules answer an error *after* running a request (``when="after"``), or
instead of it (``when="before"``). A rule's remaining ``times`` tells how often it was hit.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

import alpaca
from alpaca.testing import Sandbox

LOOKUP = "/v2/orders:by_client_order_id"
AAPL_MARKET: dict[str, Any] = {
    "symbol": "AAPL",
    "qty": 1,
    "side": "buy",
    "type": "market",
    "time_in_force": "day",
}


@pytest.fixture
def client(fresh_sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch) -> Iterator[alpaca.Client]:
    monkeypatch.setenv("APCA_RETRY_WAIT", "0.01")
    with fresh_sandbox.client() as c:
        yield c


def rules_left(sandbox: Sandbox) -> list[dict[str, Any]]:
    response = httpx.get(f"{sandbox.base_url}/_sandbox/chaos", headers=sandbox.headers)
    rules: list[dict[str, Any]] = response.json()["rules"]
    return rules


def clear_chaos(sandbox: Sandbox) -> None:
    httpx.delete(f"{sandbox.base_url}/_sandbox/chaos", headers=sandbox.headers).raise_for_status()


def orders_for(client: alpaca.Client, symbol: str, side: str) -> list[alpaca.Order]:
    found = client.orders.list(status="all", symbols=symbol, limit=500)
    return [o for o in found if o.side == side]


def buy(client: alpaca.Client, qty: int = 20) -> None:
    client.orders.submit(symbol="AAPL", qty=qty, side="buy", type="market", time_in_force="day")


# --- requests without a lookup key are never sent twice once they may have landed ----------


def test_closing_part_of_a_position_after_a_lost_answer_places_one_order(
    client: alpaca.Client, fresh_sandbox: Sandbox
) -> None:
    buy(client)
    fresh_sandbox.add_chaos(
        method="DELETE", path="/v2/positions/AAPL", status=504, when="after", times=3
    )
    with pytest.raises(alpaca.InternalServerError) as info:
        client.positions.close("AAPL", qty=5)
    assert info.value.may_have_taken_effect
    assert "may have placed or cancelled orders" in str(info.value)
    sells = orders_for(client, "AAPL", "sell")
    assert [str(o.qty) for o in sells] == ["5"]
    assert rules_left(fresh_sandbox)[0]["times"] == 2  # sent exactly once


def test_close_all_and_cancel_all_are_not_resent(
    client: alpaca.Client, fresh_sandbox: Sandbox
) -> None:
    buy(client)
    for path in ("/v2/positions", "/v2/orders"):
        fresh_sandbox.add_chaos(method="DELETE", path=path, status=503, when="after", times=2)
    with pytest.raises(alpaca.InternalServerError) as closing:
        client.positions.close_all()
    with pytest.raises(alpaca.InternalServerError) as cancelling:
        client.orders.cancel_all()
    assert closing.value.may_have_taken_effect and cancelling.value.may_have_taken_effect
    assert [rule["times"] for rule in rules_left(fresh_sandbox)] == [1, 1]
    assert len(orders_for(client, "AAPL", "sell")) == 1


def test_a_close_that_never_left_is_sent_again(client: alpaca.Client) -> None:
    buy(client)
    other = alpaca.Client(
        key_id="PKSANDBOX0000000000",
        secret_key="x",
        base_url="http://127.0.0.1:9",  # nothing listens: the request never leaves
        max_retries=1,
        retry_wait=0.01,
    )
    with pytest.raises(alpaca.APIConnectionError) as info:
        other.positions.close("AAPL")
    assert not info.value.may_have_taken_effect


# --- submissions and replacements are looked up by client_order_id -----------------------


@pytest.mark.parametrize(("status", "when"), [(500, "after"), (429, "after"), (504, "after")])
def test_a_submission_that_landed_is_found_not_repeated(
    client: alpaca.Client, fresh_sandbox: Sandbox, status: int, when: str
) -> None:
    fresh_sandbox.add_chaos(method="POST", path="/v2/orders", status=status, when=when)
    order = client.orders.submit(
        symbol="AAPL", qty=3, side="buy", type="market", time_in_force="day"
    )
    assert [o.id for o in orders_for(client, "AAPL", "buy")] == [order.id]
    assert str(order.qty) == "3"


@pytest.mark.parametrize("status", [429, 503])
def test_a_submission_refused_before_acting_is_sent_again_once(
    client: alpaca.Client, fresh_sandbox: Sandbox, status: int
) -> None:
    fresh_sandbox.add_chaos(method="POST", path="/v2/orders", status=status, when="before")
    order = client.orders.submit(
        symbol="AAPL", qty=2, side="buy", type="market", time_in_force="day"
    )
    assert [o.id for o in orders_for(client, "AAPL", "buy")] == [order.id]


def test_a_replacement_that_landed_is_found_not_repeated(
    client: alpaca.Client, fresh_sandbox: Sandbox
) -> None:
    old = client.orders.submit(
        symbol="AAPL", qty=1, side="buy", type="limit", limit_price="1.00", time_in_force="gtc"
    )
    fresh_sandbox.add_chaos(method="PATCH", path=f"/v2/orders/{old.id}", status=504, when="after")
    new = client.orders.replace(old.id, limit_price="1.50")
    assert new.replaces == old.id and str(new.limit_price) == "1.5"
    assert client.orders.get(old.id).replaced_by == new.id
    assert len(orders_for(client, "AAPL", "buy")) == 2  # the original and one replacement


def test_an_open_outcome_says_the_order_may_exist(
    client: alpaca.Client, fresh_sandbox: Sandbox
) -> None:
    fresh_sandbox.add_chaos(method="POST", path="/v2/orders", status=504, when="after")
    fresh_sandbox.add_chaos(method="GET", path=LOOKUP, status=503, times=10)
    with pytest.raises(alpaca.InternalServerError) as info:
        client.orders.submit(
            symbol="AAPL",
            qty=1,
            side="buy",
            type="market",
            time_in_force="day",
            client_order_id="my-order-1",
        )
    error = info.value
    assert error.status_code == 504 and error.may_have_taken_effect
    assert error.client_order_id == "my-order-1"
    assert "the order may have been placed (client_order_id='my-order-1')" in str(error)
    assert rules_left(fresh_sandbox)[0]["times"] == 10 - 3  # max_retries lookups
    clear_chaos(fresh_sandbox)
    assert client.orders.get_by_client_id("my-order-1").symbol == "AAPL"
    assert len(orders_for(client, "AAPL", "buy")) == 1


def test_an_id_taken_by_another_order_is_not_mistaken_for_ours(
    client: alpaca.Client, fresh_sandbox: Sandbox
) -> None:
    client.orders.submit(
        symbol="MSFT", qty=1, side="buy", type="market", time_in_force="day", client_order_id="x1"
    )
    fresh_sandbox.add_chaos(method="POST", path="/v2/orders", status=503, when="before")
    with pytest.raises(alpaca.UnprocessableEntityError) as info:
        client.orders.submit(
            symbol="AAPL",
            qty=1,
            side="buy",
            type="market",
            time_in_force="day",
            client_order_id="x1",
        )
    assert "already belongs to another order" in str(info.value)
    assert orders_for(client, "AAPL", "buy") == []


def test_a_duplicate_id_of_our_own_without_an_open_attempt_stays_an_error(
    client: alpaca.Client,
) -> None:
    kwargs: dict[str, Any] = {"symbol": "AAPL", "qty": 1, "side": "buy", "type": "market"}
    client.orders.submit(**kwargs, time_in_force="day", client_order_id="again")
    with pytest.raises(alpaca.UnprocessableEntityError, match="must be unique"):
        client.orders.submit(**kwargs, time_in_force="day", client_order_id="again")


@pytest.mark.parametrize("fault", [{"status": 504}, {"action": "drop"}])
def test_a_cancel_that_landed_before_its_answer_was_lost_says_it_may_have_taken_effect(
    client: alpaca.Client, fresh_sandbox: Sandbox, fault: dict[str, Any]
) -> None:
    order = client.orders.submit(
        symbol="AAPL", qty=1, side="buy", type="limit", limit_price="1.00", time_in_force="gtc"
    )
    fresh_sandbox.add_chaos(method="DELETE", path=f"/v2/orders/{order.id}", when="after", **fault)
    with pytest.raises(alpaca.UnprocessableEntityError, match="already in") as info:
        client.orders.cancel(order.id)  # resent (idempotent): the resend finds it canceled
    assert info.value.may_have_taken_effect
    assert "the request may have taken effect" in str(info.value)
    assert client.orders.get(order.id).status == "canceled"


@pytest.mark.parametrize(
    ("existing", "asked"),
    [({"qty": 1}, {"notional": 100}), ({"notional": 100}, {"qty": 1})],
)
def test_an_id_on_an_order_sized_the_other_way_is_not_ours(
    client: alpaca.Client,
    fresh_sandbox: Sandbox,
    existing: dict[str, Any],
    asked: dict[str, Any],
) -> None:
    common: dict[str, Any] = {"symbol": "AAPL", "side": "buy", "type": "market"}
    client.orders.submit(**common, **existing, time_in_force="day", client_order_id="sized")
    fresh_sandbox.add_chaos(method="POST", path="/v2/orders", status=503, when="before")
    with pytest.raises(alpaca.UnprocessableEntityError, match="already belongs to another order"):
        client.orders.submit(**common, **asked, time_in_force="day", client_order_id="sized")
    assert len(orders_for(client, "AAPL", "buy")) == 1


async def test_async_close_is_not_resent(fresh_sandbox: Sandbox) -> None:
    async with fresh_sandbox.async_client(retry_wait=0.01) as client:
        await client.orders.submit(
            symbol="AAPL", qty=4, side="buy", type="market", time_in_force="day"
        )
        fresh_sandbox.add_chaos(
            method="DELETE", path="/v2/positions/AAPL", status=502, when="after", times=3
        )
        with pytest.raises(alpaca.InternalServerError):
            await client.positions.close("AAPL", qty=1)
        orders = await client.orders.list(status="all", side="sell")
    assert len(orders) == 1


# --- deadline -----------------------------------------------------------------------------


class TricklingServer:
    """Answers 200 with a body sent one byte every ``interval`` seconds (a raw socket)."""

    def __init__(self, interval: float = 0.2, size: int = 200) -> None:
        self.interval, self.size = interval, size
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.stopped = threading.Event()
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while not self.stopped.is_set():
            try:
                conn, _ = self.listener.accept()
            except OSError:
                return
            threading.Thread(target=self._answer, args=(conn,), daemon=True).start()

    def _answer(self, conn: socket.socket) -> None:
        with conn:
            conn.recv(65536)
            head = (
                f"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {self.size}"
            )
            try:
                conn.sendall(head.encode() + b"\r\n\r\n")
                for _ in range(self.size):
                    if self.stopped.wait(self.interval):
                        return
                    conn.sendall(b" ")
            except OSError:
                return

    def close(self) -> None:
        self.stopped.set()
        self.listener.close()


@pytest.fixture
def trickling() -> Iterator[TricklingServer]:
    server = TricklingServer()
    yield server
    server.close()


def test_timeout_bounds_the_whole_call(trickling: TricklingServer) -> None:
    url = f"http://127.0.0.1:{trickling.port}"
    client = alpaca.Client(key_id="PK", secret_key="s", base_url=url, timeout=1)
    started = time.monotonic()
    with pytest.raises(alpaca.APITimeoutError):
        client.clock.get()
    assert time.monotonic() - started < 3  # each read is quick; the body would take 40 s


async def test_timeout_bounds_the_whole_async_call(trickling: TricklingServer) -> None:
    url = f"http://127.0.0.1:{trickling.port}"
    async with alpaca.AsyncClient(key_id="PK", secret_key="s", base_url=url, timeout=1) as c:
        started = time.monotonic()
        with pytest.raises(alpaca.APITimeoutError):
            await c.clock.get()
    assert time.monotonic() - started < 3


# --- secrets ------------------------------------------------------------------------------


def test_credentials_are_stripped(fresh_sandbox: Sandbox) -> None:
    with fresh_sandbox.client(
        key_id=fresh_sandbox.key_id + "\n", secret_key=f"  {fresh_sandbox.secret_key}\r\n"
    ) as client:
        assert client.account.get().status is not None


@pytest.mark.parametrize("bad", ["sec\nret-value", "sec ret-value", "sëcret-value", "s\x00"])
def test_malformed_credentials_are_refused_without_echo(bad: str) -> None:
    with pytest.raises(alpaca.ConfigurationError, match="secret_key") as info:
        alpaca.Client(key_id="PKTEST", secret_key=bad)
    assert bad.strip() not in str(info.value)


def test_malformed_credentials_from_the_environment_name_the_variable(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("APCA_API_KEY_ID", "PK TEST")
    monkeypatch.setenv("APCA_API_SECRET_KEY", "fine-secret")
    with pytest.raises(alpaca.ConfigurationError, match="APCA_API_KEY_ID") as info:
        alpaca.Client()
    assert "PK TEST" not in str(info.value)


def test_errors_carry_redacted_requests(client: alpaca.Client, fresh_sandbox: Sandbox) -> None:
    with pytest.raises(alpaca.NotFoundError) as info:
        client.orders.get("00000000-0000-0000-0000-000000000000")
    for request in (info.value.request, info.value.response.request):
        assert fresh_sandbox.secret_key not in str(request.headers)
        assert request.headers["APCA-API-SECRET-KEY"] == "<redacted>"


def test_connection_errors_carry_redacted_requests() -> None:
    client = alpaca.Client(
        key_id="PKTEST", secret_key="do-not-show-me", base_url="http://127.0.0.1:9", max_retries=0
    )
    with pytest.raises(alpaca.APIConnectionError) as info:
        client.account.get()
    cause = info.value.__cause__
    assert isinstance(cause, httpx.TransportError)
    for headers in (info.value.request.headers, cause.request.headers):
        assert "do-not-show-me" not in str(headers)


def test_a_response_validation_error_carries_no_credentials() -> None:
    answer = httpx.MockTransport(lambda request: httpx.Response(200, json={"id": 5}))
    with (
        httpx.Client(transport=answer) as http,
        alpaca.Client(key_id="PKTEST", secret_key="hide-me-in-bodies", http_client=http) as c,
        pytest.raises(alpaca.ResponseValidationError) as info,
    ):
        c.account.get()
    for request in (info.value.request, info.value.response.request):
        assert "hide-me-in-bodies" not in str(request.headers.multi_items())
        assert request.headers["APCA-API-SECRET-KEY"] == "<redacted>"


# --- the lookup flow, scripted (no network) ------------------------------------------------

ORDER = {"symbol": "AAPL", "qty": "1", "side": "buy", "type": "market", "client_order_id": "c-1"}
PLACED = {**ORDER, "id": "order-1", "status": "accepted"}


def scripted(*answers: httpx.Response) -> tuple[httpx.Client, list[str], list[float]]:
    """A transport stack over a script of answers; returns the client, a log, the sleeps."""
    script, log, sleeps = list(answers), list[str](), list[float]()

    def handle(request: httpx.Request) -> httpx.Response:
        log.append(f"{request.method} {request.url.path}")
        return script.pop(0)

    from alpaca._config import ClientConfig
    from alpaca._transport import build_transport

    transport = build_transport(
        ClientConfig(key_id="PK", secret_key="s"),
        httpx.MockTransport(handle),
        sleep=sleeps.append,
        rand=lambda: 1.0,
    )
    return httpx.Client(base_url="http://x", transport=transport, timeout=60), log, sleeps


def answer(status: int, body: object = None) -> httpx.Response:
    return httpx.Response(status, json=body if body is not None else {"message": str(status)})


def test_an_order_that_lands_late_is_found_by_the_second_lookup() -> None:
    http, log, _ = scripted(answer(504), answer(404), answer(200, PLACED))
    assert http.post("/v2/orders", json=ORDER).json() == PLACED
    assert log == ["POST /v2/orders", f"GET {LOOKUP}", f"GET {LOOKUP}"]


def test_a_resend_refused_because_the_first_landed_resolves_to_that_order() -> None:
    duplicate = answer(422, {"code": 40010001, "message": "client_order_id must be unique"})
    http, log, _ = scripted(answer(503), answer(404), answer(404), duplicate, answer(200, PLACED))
    assert http.post("/v2/orders", json=ORDER).json() == PLACED
    assert log.count("POST /v2/orders") == 2 and log.count(f"GET {LOOKUP}") == 3


def test_a_refusal_after_an_open_attempt_says_the_order_may_exist() -> None:
    poor = answer(403, {"code": 40310000, "message": "insufficient buying power"})
    http, log, _ = scripted(answer(503), answer(404), answer(404), poor, answer(503))
    with pytest.raises(alpaca.PermissionDeniedError) as info:
        http.post("/v2/orders", json=ORDER)
    assert info.value.may_have_taken_effect and "may have been placed" in str(info.value)
    assert log.count("POST /v2/orders") == 2 and log.count(f"GET {LOOKUP}") == 3


def test_no_retry_budget_means_no_lookup_and_an_open_outcome() -> None:
    from alpaca._config import ClientConfig
    from alpaca._transport import build_transport

    sent: list[httpx.Request] = []

    def handle(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return answer(504)

    transport = build_transport(
        ClientConfig(key_id="PK", secret_key="s", max_retries=0), httpx.MockTransport(handle)
    )
    http = httpx.Client(base_url="http://x", transport=transport)
    with pytest.raises(alpaca.InternalServerError) as info:
        http.post("/v2/orders", json=ORDER)
    assert len(sent) == 1
    assert info.value.may_have_taken_effect and info.value.client_order_id == "c-1"


def test_a_wait_past_the_deadline_is_not_taken() -> None:
    slow = httpx.Response(503, headers={"Retry-After": "20"}, json={"message": "busy"})
    http, log, sleeps = scripted(slow, answer(200))
    with pytest.raises(alpaca.InternalServerError):
        http.get("/v2/clock", timeout=10)
    assert log == ["GET /v2/clock"] and sleeps == []


def test_an_order_sized_the_other_way_does_not_match() -> None:
    from alpaca._retry import order_matches

    asked = {"symbol": "AAPL", "side": "buy", "type": "market", "qty": "1"}
    assert not order_matches(asked, {**asked, "qty": None, "notional": "100"})
    assert not order_matches({**asked, "qty": None, "notional": "5"}, {**asked, "notional": None})
    assert order_matches(asked, {"symbol": "aapl", "side": "buy", "qty": "1.0"})
    assert order_matches(asked, {"symbol": "AAPL"})  # fields left out are not a mismatch


def test_a_later_call_resolves_the_duplicate_refusal_of_an_id_it_left_open() -> None:
    duplicate = answer(422, {"code": 40010001, "message": "client_order_id must be unique"})
    lookups_fail = [answer(503)] * 3  # max_retries lookups
    http, log, _ = scripted(answer(504), *lookups_fail, duplicate, answer(200, PLACED), duplicate)
    with pytest.raises(alpaca.InternalServerError) as info:
        http.post("/v2/orders", json=ORDER)
    assert info.value.may_have_taken_effect and info.value.client_order_id == "c-1"
    assert http.post("/v2/orders", json=ORDER).json() == PLACED  # the same id, sent again
    with pytest.raises(alpaca.UnprocessableEntityError):  # resolved: no longer open
        http.post("/v2/orders", json=ORDER)
    assert log.count("POST /v2/orders") == 3 and log.count(f"GET {LOOKUP}") == 4


def test_open_orders_forget_the_oldest_ids() -> None:
    from alpaca._transport import OpenOrders

    remembered = OpenOrders(limit=2)
    for client_order_id in ("a", "b", "a", "c"):
        remembered.add(client_order_id)
    assert "b" not in remembered and "a" in remembered and "c" in remembered
    remembered.discard("a")
    assert "a" not in remembered
