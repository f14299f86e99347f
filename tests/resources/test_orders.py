"""``client.orders`` on the sandbox: submit, list, get, replace, cancel; errors; no duplicates."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import Any

import httpx
import pytest

import alpaca
from alpaca.testing import Sandbox

MARKET: dict[str, Any] = {
    "symbol": "AAPL",
    "side": "buy",
    "type": "market",
    "time_in_force": "day",
}
RESTING: dict[str, Any] = {
    "symbol": "AAPL",
    "side": "buy",
    "type": "limit",
    "limit_price": "1.00",
    "time_in_force": "gtc",
}


def _all_orders(client: alpaca.Client) -> list[alpaca.Order]:
    return client.orders.list(status="all", limit=500)


# --- submit -------------------------------------------------------------------------------


def test_market_order_fills_at_once(client: alpaca.Client) -> None:
    order = client.orders.submit(**MARKET, qty=3)
    assert isinstance(order, alpaca.Order)
    assert order.status == alpaca.OrderStatus.FILLED
    assert order.side == alpaca.OrderSide.BUY and order.type == alpaca.OrderType.MARKET
    assert order.qty == Decimal(3) and order.filled_qty == Decimal(3)
    assert isinstance(order.filled_avg_price, Decimal) and order.filled_avg_price > 0
    assert order.filled_at is not None and order.filled_at.tzinfo is not None
    assert order.filled_at.utcoffset() == dt.timedelta(0)
    uuid.UUID(order.client_order_id)  # a fresh uuid4 was generated for us
    assert order.raw["client_order_id"] == order.client_order_id


def test_limit_order_below_market_rests(client: alpaca.Client) -> None:
    order = client.orders.submit(**RESTING, qty="2", client_order_id="resting-1")
    assert order.status == alpaca.OrderStatus.NEW
    assert order.limit_price == Decimal("1.00")
    assert order.filled_qty == 0 and order.filled_avg_price is None
    assert order.client_order_id == "resting-1"
    assert [o.id for o in client.orders.list()] == [order.id]


def test_fractional_and_notional_orders_are_exact(client: alpaca.Client) -> None:
    fractional = client.orders.submit(**MARKET, qty=Decimal("0.123456789"))
    assert fractional.filled_qty == Decimal("0.123456789")
    notional = client.orders.submit(**MARKET, notional="100.5")
    assert notional.notional == Decimal("100.5")
    assert notional.status == alpaca.OrderStatus.FILLED
    assert notional.filled_qty is not None and notional.filled_avg_price is not None
    assert notional.filled_qty * notional.filled_avg_price <= Decimal("100.5")


def test_bracket_order_is_accepted_with_two_legs(client: alpaca.Client) -> None:
    order = client.orders.submit(
        **MARKET,
        qty=1,
        order_class="bracket",
        take_profit={"limit_price": "9999"},
        stop_loss={"stop_price": "1.5", "limit_price": "1.25"},
    )
    assert order.order_class == alpaca.OrderClass.BRACKET
    assert order.status == alpaca.OrderStatus.FILLED
    assert order.legs is not None and len(order.legs) == 2
    take, stop = order.legs
    assert take.type == alpaca.OrderType.LIMIT and take.limit_price == Decimal(9999)
    assert stop.type == alpaca.OrderType.STOP_LIMIT
    assert stop.stop_price == Decimal("1.5") and stop.limit_price == Decimal("1.25")
    assert {leg.side for leg in order.legs} == {alpaca.OrderSide.SELL}
    nested = client.orders.get(order.id, nested=True)
    assert nested.legs is not None and {leg.id for leg in nested.legs} == {take.id, stop.id}


def test_bracket_order_without_stop_loss_is_rejected_before_sending(
    offline_client: tuple[alpaca.Client, list[httpx.Request]],
) -> None:
    client, sent = offline_client
    with pytest.raises(ValueError, match="take_profit"):
        client.orders.submit(**MARKET, qty=1, order_class="bracket", take_profit={"limit_price": 9})
    assert sent == []


def test_unaffordable_bracket_is_rejected_by_the_server(client: alpaca.Client) -> None:
    with pytest.raises(alpaca.PermissionDeniedError) as info:
        client.orders.submit(
            **MARKET,
            qty=100_000,
            order_class="bracket",
            take_profit={"limit_price": "9999"},
            stop_loss={"stop_price": "1.5"},
        )
    assert info.value.status_code == 403
    assert _all_orders(client) == []


# --- list ---------------------------------------------------------------------------------


@pytest.fixture
def four_orders(client: alpaca.Client) -> list[alpaca.Order]:
    """filled AAPL buy, resting AAPL buy, resting MSFT buy, filled AAPL sell (in that order).

    The sell is a marketable limit above the resting buy's price: a market sell could trade
    against the account's own buy, which Alpaca refuses as a potential wash trade."""
    return [
        client.orders.submit(**MARKET, qty=2),
        client.orders.submit(**RESTING, qty=1),
        client.orders.submit(**{**RESTING, "symbol": "MSFT"}, qty=1),
        client.orders.submit(**{**RESTING, "side": "sell", "limit_price": "2.00"}, qty=1),
    ]


def test_list_defaults_to_open_orders_newest_first(
    client: alpaca.Client, four_orders: list[alpaca.Order]
) -> None:
    ids = [o.id for o in client.orders.list()]
    assert ids == [four_orders[2].id, four_orders[1].id]


def test_list_status_filters(client: alpaca.Client, four_orders: list[alpaca.Order]) -> None:
    closed = {o.id for o in client.orders.list(status="closed")}
    assert closed == {four_orders[0].id, four_orders[3].id}
    everything = client.orders.list(status=alpaca.models.OrderQueryStatus.ALL)
    assert {o.id for o in everything} == {o.id for o in four_orders}


def test_list_limit_and_direction(client: alpaca.Client, four_orders: list[alpaca.Order]) -> None:
    ascending = client.orders.list(status="all", direction="asc")
    assert [o.id for o in ascending] == [o.id for o in four_orders]
    newest_two = client.orders.list(status="all", limit=2)
    assert [o.id for o in newest_two] == [four_orders[3].id, four_orders[2].id]


def test_list_symbol_and_side_filters(
    client: alpaca.Client, four_orders: list[alpaca.Order]
) -> None:
    assert [o.id for o in client.orders.list(status="all", symbols=["msft"])] == [four_orders[2].id]
    both = client.orders.list(status="all", symbols="AAPL,MSFT")
    assert len(both) == 4
    sells = client.orders.list(status="all", side="sell")
    assert [o.id for o in sells] == [four_orders[3].id]


def test_list_after_and_until(client: alpaca.Client, four_orders: list[alpaca.Order]) -> None:
    middle = four_orders[1].created_at
    after = client.orders.list(status="all", after=middle, direction="asc")
    assert [o.id for o in after] == [o.id for o in four_orders[2:]]
    until = client.orders.list(status="all", until=four_orders[2].created_at, direction="asc")
    assert [o.id for o in until] == [o.id for o in four_orders[:2]]
    text = middle.astimezone(dt.UTC).isoformat()
    assert [o.id for o in client.orders.list(status="all", after=text, direction="asc")] == [
        o.id for o in four_orders[2:]
    ]


# --- get / replace / cancel ---------------------------------------------------------------


def test_get_and_get_by_client_id(client: alpaca.Client) -> None:
    placed = client.orders.submit(**RESTING, qty=1, client_order_id="mine-42")
    by_id = client.orders.get(placed.id)
    by_client_id = client.orders.get_by_client_id("mine-42")
    assert by_id.id == by_client_id.id == placed.id
    assert by_id.client_order_id == "mine-42"
    assert by_id.limit_price == placed.limit_price == Decimal(1)


def test_replace_returns_the_new_order_and_replaces_the_old(client: alpaca.Client) -> None:
    old = client.orders.submit(**RESTING, qty=1)
    new = client.orders.replace(old.id, limit_price="2.00", qty=3)
    assert new.id != old.id
    assert new.replaces == old.id
    assert new.limit_price == Decimal(2) and new.qty == Decimal(3)
    assert new.status == alpaca.OrderStatus.NEW
    refreshed = client.orders.get(old.id)
    assert refreshed.status == alpaca.OrderStatus.REPLACED
    assert refreshed.replaced_by == new.id
    assert [o.id for o in client.orders.list()] == [new.id]


def test_cancel_then_cancel_again_is_422(client: alpaca.Client) -> None:
    order = client.orders.submit(**RESTING, qty=1)
    client.orders.cancel(order.id)
    assert client.orders.get(order.id).status == alpaca.OrderStatus.CANCELED
    with pytest.raises(alpaca.UnprocessableEntityError) as info:
        client.orders.cancel(order.id)
    assert info.value.status_code == 422


def test_cancel_all_cancels_every_open_order(client: alpaca.Client) -> None:
    resting = [client.orders.submit(**RESTING, qty=1) for _ in range(3)]
    filled = client.orders.submit(**MARKET, qty=1)
    results = client.orders.cancel_all()
    assert {r.id for r in results} == {o.id for o in resting}
    assert all(r.status == 200 for r in results)
    assert client.orders.list() == []
    assert client.orders.get(filled.id).status == alpaca.OrderStatus.FILLED
    assert client.orders.cancel_all() == []


# --- errors -------------------------------------------------------------------------------


def test_unknown_order_id_is_not_found(client: alpaca.Client) -> None:
    missing = str(uuid.uuid4())
    with pytest.raises(alpaca.NotFoundError) as info:
        client.orders.get(missing)
    assert info.value.status_code == 404 and info.value.code == 40410000
    assert isinstance(info.value, alpaca.APIError) and isinstance(info.value, alpaca.AlpacaError)
    with pytest.raises(alpaca.NotFoundError):
        client.orders.get_by_client_id("never-used")
    with pytest.raises(alpaca.NotFoundError):
        client.orders.cancel(missing)
    with pytest.raises(alpaca.NotFoundError):
        client.orders.replace(missing, qty=1)


def test_duplicate_client_order_id_is_unprocessable(client: alpaca.Client) -> None:
    client.orders.submit(**MARKET, qty=1, client_order_id="dup")
    with pytest.raises(alpaca.UnprocessableEntityError) as info:
        client.orders.submit(**MARKET, qty=1, client_order_id="dup")
    assert info.value.status_code == 422
    assert "unique" in info.value.message
    assert len(_all_orders(client)) == 1


def test_unknown_symbol_is_unprocessable(client: alpaca.Client) -> None:
    with pytest.raises(alpaca.UnprocessableEntityError) as info:
        client.orders.submit(**{**MARKET, "symbol": "NOPE"}, qty=1)
    assert info.value.code == 42210000 and "NOPE" in info.value.message


def test_insufficient_buying_power_is_permission_denied(client: alpaca.Client) -> None:
    with pytest.raises(alpaca.PermissionDeniedError) as info:
        client.orders.submit(**MARKET, qty=1_000_000)
    assert info.value.status_code == 403 and info.value.code == 40310000
    assert "buying power" in str(info.value)


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (429, alpaca.RateLimitError),
        (500, alpaca.InternalServerError),
        (503, alpaca.InternalServerError),
        (400, alpaca.BadRequestError),
        (409, alpaca.APIError),
    ],
)
def test_chaos_statuses_map_to_errors_without_retries(
    fresh_sandbox: Sandbox, status: int, error: type[alpaca.APIError]
) -> None:
    fresh_sandbox.add_chaos(method="GET", path="/v2/orders", status=status, retry_after=7)
    with fresh_sandbox.client(max_retries=0) as client:
        with pytest.raises(error) as info:
            client.orders.list()
        assert type(info.value) is error
        assert info.value.status_code == status and info.value.code == status * 100000
        if status == 429:
            assert isinstance(info.value, alpaca.RateLimitError)
            assert info.value.retry_after == 7
        assert client.orders.list() == []  # the rule was used up


def test_a_single_503_on_a_get_is_retried_transparently(
    fresh_sandbox: Sandbox, fast_retries: None
) -> None:
    with fresh_sandbox.client() as client:
        placed = client.orders.submit(**RESTING, qty=1)
        fresh_sandbox.add_chaos(method="GET", path=f"/v2/orders/{placed.id}", status=503, times=2)
        assert client.orders.get(placed.id).id == placed.id


def test_retries_give_up_after_max_retries(fresh_sandbox: Sandbox, fast_retries: None) -> None:
    fresh_sandbox.add_chaos(method="GET", path="/v2/account", status=503, times=3, retry_after=0)
    with fresh_sandbox.client(max_retries=2) as client:
        with pytest.raises(alpaca.InternalServerError):
            client.account.get()
        assert client.account.get().cash == Decimal(100000)


# --- never twice --------------------------------------------------------------------------


@pytest.mark.parametrize("when", ["after", "before"])
def test_order_lost_to_a_503_is_placed_exactly_once(
    fresh_sandbox: Sandbox, fast_retries: None, when: str
) -> None:
    fresh_sandbox.add_chaos(
        method="POST", path="/v2/orders", status=503, times=1, when=when, retry_after=0
    )
    with fresh_sandbox.client() as client:
        order = client.orders.submit(**MARKET, qty=1, client_order_id=f"once-{when}")
        assert order.client_order_id == f"once-{when}"
        assert order.status == alpaca.OrderStatus.FILLED
        matching = [o for o in _all_orders(client) if o.client_order_id == f"once-{when}"]
        assert [o.id for o in matching] == [order.id]
        assert len(_all_orders(client)) == 1
        assert client.positions.get("AAPL").qty == 1


def test_order_with_generated_id_lost_to_a_503_is_placed_once(
    fresh_sandbox: Sandbox, fast_retries: None
) -> None:
    fresh_sandbox.add_chaos(method="POST", path="/v2/orders", status=503, when="after")
    with fresh_sandbox.client() as client:
        order = client.orders.submit(**MARKET, qty=1)
        assert [o.id for o in _all_orders(client)] == [order.id]


def test_order_submission_is_not_retried_when_retries_are_off(
    fresh_sandbox: Sandbox,
) -> None:
    fresh_sandbox.add_chaos(method="POST", path="/v2/orders", status=503, when="after")
    with fresh_sandbox.client(max_retries=0) as client:
        with pytest.raises(alpaca.InternalServerError):
            client.orders.submit(**MARKET, qty=1, client_order_id="ambiguous")
        # the server did place it; the caller can find it by its id
        assert client.orders.get_by_client_id("ambiguous").status == alpaca.OrderStatus.FILLED
        assert len(_all_orders(client)) == 1


class _DropFirstOrderResponse(httpx.BaseTransport):
    """Forwards to the real sandbox, but loses the first order response (connection reset)."""

    def __init__(self) -> None:
        self.inner = httpx.HTTPTransport()
        self.dropped = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        if request.method == "POST" and request.url.path == "/v2/orders" and not self.dropped:
            self.dropped += 1
            response.read()
            response.close()
            raise httpx.ReadError("connection reset by peer", request=request)
        return response

    def close(self) -> None:
        self.inner.close()


@pytest.fixture
def dropping_client(
    fresh_sandbox: Sandbox, fast_retries: None
) -> Iterator[tuple[alpaca.Client, _DropFirstOrderResponse]]:
    transport = _DropFirstOrderResponse()
    with httpx.Client(transport=transport) as http, fresh_sandbox.client(http_client=http) as c:
        yield c, transport


def test_order_whose_response_is_lost_to_a_dropped_connection_is_placed_once(
    dropping_client: tuple[alpaca.Client, _DropFirstOrderResponse],
) -> None:
    client, transport = dropping_client
    order = client.orders.submit(**MARKET, qty=2, client_order_id="dropped")
    assert transport.dropped == 1
    assert order.client_order_id == "dropped"
    assert [o.id for o in _all_orders(client)] == [order.id]
    assert client.positions.get("AAPL").qty == 2


# --- unknown values from a newer server ---------------------------------------------------


def test_unknown_status_and_field_are_kept(
    client: alpaca.Client, serve_json: Callable[[dict[str, Any]], alpaca.Client]
) -> None:
    raw = dict(client.orders.submit(**MARKET, qty=1).raw)
    raw.update(status="some_new_status", brand_new_field=1)
    mocked = serve_json({f"/v2/orders/{raw['id']}": raw, "/v2/orders": [raw]})
    for order in (mocked.orders.get(raw["id"]), mocked.orders.list()[0]):
        assert order.status == "some_new_status"
        assert isinstance(order.status, alpaca.OrderStatus)
        assert order.additional_properties["brand_new_field"] == 1
        assert order.raw["status"] == "some_new_status" and order.raw["brand_new_field"] == 1
        assert order.filled_qty == Decimal(1)


# --- bad input never reaches the network --------------------------------------------------


@pytest.mark.parametrize(
    ("params", "name"),
    [
        ({**MARKET, "side": "hold", "qty": 1}, "side"),
        ({**MARKET, "qty": 1, "notional": 10}, "qty"),
        (MARKET, "qty"),
        ({**MARKET, "type": "limit", "qty": 1}, "limit_price"),
        ({**MARKET, "type": "stop", "qty": 1}, "stop_price"),
        ({**MARKET, "type": "stop_limit", "qty": 1, "stop_price": 5}, "limit_price"),
        ({**MARKET, "type": "trailing_stop", "qty": 1}, "trail"),
        (
            {**MARKET, "type": "trailing_stop", "qty": 1, "trail_price": 1, "trail_percent": 2},
            "trail",
        ),
        ({**MARKET, "qty": 1, "trail_percent": 2}, "trail_percent"),
        ({**MARKET, "qty": 1, "limit_price": 5}, "limit_price"),
        ({**MARKET, "qty": 1, "stop_price": 5}, "stop_price"),
        ({**MARKET, "qty": -1}, "qty"),
        ({**MARKET, "qty": 0}, "qty"),
        ({**MARKET, "qty": "ten"}, "qty"),
        ({**MARKET, "qty": float("nan")}, "qty"),
        ({**MARKET, "notional": -5}, "notional"),
        ({**MARKET, "symbol": "", "qty": 1}, "symbol"),
        ({**MARKET, "symbol": " ", "qty": 1}, "symbol"),
        ({k: v for k, v in MARKET.items() if k != "symbol"} | {"qty": 1}, "symbol"),
        ({k: v for k, v in MARKET.items() if k != "side"} | {"qty": 1}, "side"),
        ({k: v for k, v in MARKET.items() if k != "type"} | {"qty": 1}, "type"),
        ({**MARKET, "qty": 1, "type": "iceberg"}, "type"),
        ({k: v for k, v in MARKET.items() if k != "time_in_force"} | {"qty": 1}, "time_in_force"),
        ({**MARKET, "qty": 1, "time_in_force": "forever"}, "time_in_force"),
        ({**MARKET, "qty": 1, "client_order_id": ""}, "client_order_id"),
        ({**MARKET, "qty": 1, "client_order_id": "x" * 129}, "client_order_id"),
        ({**MARKET, "qty": 1, "order_class": "pyramid"}, "order_class"),
        ({**MARKET, "qty": 1, "order_class": "mleg", "legs": []}, "legs"),
        ({**MARKET, "qty": 1, "legs": [{"symbol": "AAPL", "ratio_qty": 1}]}, "legs"),
        ({**MARKET, "qty": 1, "take_profit": {}}, "take_profit"),
        ({**MARKET, "qty": 1, "stop_loss": {"limit_price": 1}}, "stop_loss"),
        ({**MARKET, "qty": 1, "take_profit": {"limit_price": 0}}, "take_profit.limit_price"),
        ({**MARKET, "qty": 1, "position_intent": "sideways"}, "position_intent"),
    ],
)
def test_bad_order_arguments_raise_value_error_before_sending(
    offline_client: tuple[alpaca.Client, list[httpx.Request]], params: dict[str, Any], name: str
) -> None:
    client, sent = offline_client
    with pytest.raises(ValueError, match=name):
        client.orders.submit(**params)
    assert sent == []


@pytest.mark.parametrize(
    ("call", "error", "name"),
    [
        (lambda c: c.orders.submit(**MARKET, qty=1, quantity=1), TypeError, "quantity"),
        (lambda c: c.orders.submit(**MARKET, qty=True), TypeError, "qty"),
        (lambda c: c.orders.submit(**MARKET, qty=1, extended_hours="yes"), TypeError, "extended"),
        (lambda c: c.orders.submit(**MARKET, qty=1, take_profit={"price": 1}), TypeError, "price"),
        (lambda c: c.orders.list(colour="red"), TypeError, "colour"),
        (lambda c: c.orders.list(limit=0), ValueError, "limit"),
        (lambda c: c.orders.list(limit="5"), TypeError, "limit"),
        (lambda c: c.orders.list(status="pending"), ValueError, "status"),
        (lambda c: c.orders.list(direction="up"), ValueError, "direction"),
        (lambda c: c.orders.list(side="short"), ValueError, "side"),
        (lambda c: c.orders.list(symbols=""), ValueError, "symbols"),
        (lambda c: c.orders.list(after=dt.datetime(2024, 1, 2, 10)), ValueError, "after"),
        (lambda c: c.orders.list(until="2024-01-02T10:00:00"), ValueError, "until"),
        (lambda c: c.orders.list(after="2024-01-02"), ValueError, "after"),
        (lambda c: c.orders.list(after="yesterday"), ValueError, "after"),
        (lambda c: c.orders.get(""), ValueError, "order_id"),
        (lambda c: c.orders.get(42), TypeError, "order_id"),
        (lambda c: c.orders.get_by_client_id(""), ValueError, "client_order_id"),
        (lambda c: c.orders.cancel(" "), ValueError, "order_id"),
        (lambda c: c.orders.replace("abc"), ValueError, "replace"),
        (lambda c: c.orders.replace("abc", qty=-1), ValueError, "qty"),
        (lambda c: c.orders.replace("abc", price=1), TypeError, "price"),
        (lambda c: c.orders.replace("abc", time_in_force="x"), ValueError, "time_in_force"),
    ],
)
def test_bad_arguments_of_other_order_calls(
    offline_client: tuple[alpaca.Client, list[httpx.Request]],
    call: Callable[[alpaca.Client], Any],
    error: type[Exception],
    name: str,
) -> None:
    client, sent = offline_client
    with pytest.raises(error, match=name):
        call(client)
    assert sent == []


def test_order_ids_are_sent_as_one_path_segment(
    mock_client: Callable[[Callable[[httpx.Request], httpx.Response]], alpaca.Client],
) -> None:
    paths: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        paths.append(request.url.raw_path.decode())
        return httpx.Response(404, json={"code": 40410000, "message": "order not found"})

    with pytest.raises(alpaca.NotFoundError):
        mock_client(handler).orders.get("../account")
    assert paths == ["/v2/orders/..%2Faccount?nested=false"]


def test_several_symbols_in_one_order_are_rejected(
    offline_client: tuple[alpaca.Client, list[httpx.Request]],
) -> None:
    client, sent = offline_client
    with pytest.raises(ValueError, match="symbol"):
        client.orders.submit(**{**MARKET, "symbol": "AAPL,MSFT"}, qty=1)
    assert sent == []


def test_non_bool_nested_is_a_type_error(
    offline_client: tuple[alpaca.Client, list[httpx.Request]],
) -> None:
    client, sent = offline_client
    with pytest.raises(TypeError, match="nested"):
        client.orders.list(nested="false")  # type: ignore[arg-type]
    assert sent == []
