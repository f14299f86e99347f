"""``client.positions``: exact quantities and cost basis, closing by qty or percentage,
exercise instructions."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

import httpx
import pytest

import alpaca
from alpaca.testing import Sandbox

Handler = Callable[[httpx.Request], httpx.Response]


def _buy(client: alpaca.Client, symbol: str, qty: str) -> alpaca.Order:
    return client.orders.submit(
        symbol=symbol, qty=qty, side="buy", type="market", time_in_force="day"
    )


def test_no_positions_at_first(client: alpaca.Client) -> None:
    assert client.positions.list() == []
    with pytest.raises(alpaca.NotFoundError) as info:
        client.positions.get("AAPL")
    assert info.value.status_code == 404


def test_position_qty_and_cost_basis_are_exact(client: alpaca.Client) -> None:
    first = _buy(client, "AAPL", "3.5")
    second = _buy(client, "AAPL", "1.25")
    assert first.filled_avg_price is not None and second.filled_avg_price is not None
    position = client.positions.get("aapl")
    assert isinstance(position, alpaca.Position)
    assert isinstance(position.qty, Decimal) and isinstance(position.cost_basis, Decimal)
    assert position.qty == Decimal("4.75")
    expected = Decimal("3.5") * first.filled_avg_price + Decimal("1.25") * second.filled_avg_price
    assert position.cost_basis == expected
    assert position.symbol == "AAPL" and position.side == "long"
    assert position.raw["qty"] == "4.75"
    assert client.positions.get(position.asset_id).symbol == "AAPL"


def test_list_is_sorted_by_symbol(client: alpaca.Client) -> None:
    for symbol in ("SPY", "AAPL", "KO"):
        _buy(client, symbol, "1")
    positions = client.positions.list()
    assert [p.symbol for p in positions] == ["AAPL", "KO", "SPY"]
    assert all(p.qty == 1 for p in positions)


def test_close_part_by_qty(client: alpaca.Client) -> None:
    _buy(client, "AAPL", "10")
    order = client.positions.close("AAPL", qty="2.5")
    assert isinstance(order, alpaca.Order)
    assert order.side == alpaca.OrderSide.SELL and order.qty == Decimal("2.5")
    assert order.status == alpaca.OrderStatus.FILLED
    assert client.positions.get("AAPL").qty == Decimal("7.5")


def test_close_by_percentage_then_everything(client: alpaca.Client) -> None:
    _buy(client, "KO", "8")
    half = client.positions.close("KO", percentage=50)
    assert half.qty == Decimal(4)
    assert client.positions.get("KO").qty == Decimal(4)
    rest = client.positions.close("KO")
    assert rest.qty == Decimal(4)
    assert client.positions.list() == []
    with pytest.raises(alpaca.NotFoundError):
        client.positions.close("KO")


def test_close_sells_at_the_fill_price_exactly(client: alpaca.Client) -> None:
    buy = _buy(client, "F", "100")
    sell = client.positions.close("F")
    assert buy.filled_avg_price is not None and sell.filled_avg_price is not None
    cash = client.account.get().cash
    assert cash == Decimal(100000) - 100 * buy.filled_avg_price + 100 * sell.filled_avg_price


def test_close_all_with_cancel_orders(client: alpaca.Client) -> None:
    _buy(client, "AAPL", "2")
    _buy(client, "MSFT", "1")
    resting = client.orders.submit(
        symbol="AAPL", qty=2, side="sell", type="limit", limit_price="99999", time_in_force="gtc"
    )
    results = client.positions.close_all(cancel_orders=True)
    assert sorted(r.symbol for r in results) == ["AAPL", "MSFT"]
    assert all(r.status == 200 for r in results)
    assert client.positions.list() == []
    assert client.orders.get(resting.id).status == alpaca.OrderStatus.CANCELED
    assert client.orders.list() == []


def test_close_all_without_cancelling_reports_held_shares(client: alpaca.Client) -> None:
    _buy(client, "AAPL", "2")
    client.orders.submit(
        symbol="AAPL", qty=2, side="sell", type="limit", limit_price="99999", time_in_force="gtc"
    )
    results = client.positions.close_all()
    assert [(r.symbol, r.status) for r in results] == [("AAPL", 403)]
    assert client.positions.get("AAPL").qty == 2


def test_selling_more_than_held_is_permission_denied(client: alpaca.Client) -> None:
    _buy(client, "AAPL", "1")
    with pytest.raises(alpaca.PermissionDeniedError):
        client.positions.close("AAPL", qty=5)


def test_unknown_field_and_side_are_kept(
    client: alpaca.Client, serve_json: Callable[[dict[str, Any]], alpaca.Client]
) -> None:
    _buy(client, "AAPL", "1")
    raw = dict(client.positions.get("AAPL").raw)
    raw.update(side="sideways", brand_new_field=1)
    mocked = serve_json({"/v2/positions/AAPL": raw, "/v2/positions": [raw]})
    for position in (mocked.positions.get("AAPL"), mocked.positions.list()[0]):
        assert position.side == "sideways"
        assert isinstance(position.side, alpaca.models.PositionSide)
        assert position.additional_properties["brand_new_field"] == 1
        assert position.raw["brand_new_field"] == 1
        assert position.qty == 1


@pytest.mark.parametrize(
    ("call", "error", "name"),
    [
        (lambda c: c.positions.close("AAPL", qty=1, percentage=50), ValueError, "qty"),
        (lambda c: c.positions.close("AAPL", percentage=101), ValueError, "percentage"),
        (lambda c: c.positions.close("AAPL", percentage=0), ValueError, "percentage"),
        (lambda c: c.positions.close("AAPL", qty=-1), ValueError, "qty"),
        (lambda c: c.positions.close("AAPL", qty="lots"), ValueError, "qty"),
        (lambda c: c.positions.close(""), ValueError, "symbol_or_asset_id"),
        (lambda c: c.positions.get(" "), ValueError, "symbol_or_asset_id"),
        (lambda c: c.positions.get(None), TypeError, "symbol_or_asset_id"),
        (lambda c: c.positions.close_all(cancel_orders="yes"), TypeError, "cancel_orders"),
    ],
)
def test_bad_arguments_raise_before_sending(
    offline_client: tuple[alpaca.Client, list[httpx.Request]],
    call: Callable[[alpaca.Client], Any],
    error: type[Exception],
    name: str,
) -> None:
    client, sent = offline_client
    with pytest.raises(error, match=name):
        call(client)
    assert sent == []


CONTRACT = "AAPL261218C00190000"


def test_exercise_without_an_option_position(client: alpaca.Client) -> None:
    _buy(client, "AAPL", "1")
    for call in (client.positions.exercise, client.positions.do_not_exercise):
        with pytest.raises(alpaca.PermissionDeniedError) as denied:
            call(CONTRACT)
        assert denied.value.code == 40310000 and "no available position" in denied.value.message
        with pytest.raises(alpaca.UnprocessableEntityError, match="invalid symbol"):
            call("AAPL")  # a stock position is not an option


async def test_async_exercise(fresh_sandbox: Sandbox) -> None:
    async with fresh_sandbox.async_client() as client:
        with pytest.raises(alpaca.PermissionDeniedError):
            await client.positions.exercise("6f0c1f36-3b1e-4c55-9c1a-0d7b6e2f4a11")
        with pytest.raises(alpaca.PermissionDeniedError):
            await client.positions.do_not_exercise(CONTRACT)


def test_exercise_requests(mock_client: Callable[[Handler], alpaca.Client]) -> None:
    sent: list[httpx.Request] = []

    def accept(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200)

    client = mock_client(accept)
    assert client.positions.exercise(f" {CONTRACT} ") is None
    assert client.positions.do_not_exercise(CONTRACT) is None
    assert [(r.method, r.url.path, r.content) for r in sent] == [
        ("POST", f"/v2/positions/{CONTRACT}/exercise", b""),
        ("POST", f"/v2/positions/{CONTRACT}/do-not-exercise", b""),
    ]


@pytest.mark.parametrize("call", ["exercise", "do_not_exercise"])
@pytest.mark.parametrize(("value", "error"), [("", ValueError), (None, TypeError)])
def test_bad_contract_raises_before_sending(
    offline_client: tuple[alpaca.Client, list[httpx.Request]],
    call: str,
    value: Any,
    error: type[Exception],
) -> None:
    client, sent = offline_client
    with pytest.raises(error, match="symbol_or_contract_id"):
        getattr(client.positions, call)(value)
    assert sent == []
