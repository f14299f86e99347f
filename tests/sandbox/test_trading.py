"""Account, orders, positions and assets over real sockets."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import httpx
import pytest

MARKET = {"symbol": "AAPL", "side": "buy", "type": "market", "time_in_force": "day"}


def _order(client: httpx.Client, **fields: Any) -> dict[str, Any]:
    response = client.post("/v2/orders", json={**MARKET, **fields})
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def _error(response: httpx.Response, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    body: dict[str, Any] = response.json()
    assert set(body) == {"code", "message"}
    return body


def test_account_starts_with_100k_and_alpaca_fields(sandbox_http: httpx.Client) -> None:
    account = sandbox_http.get("/v2/account").json()
    assert account["status"] == "ACTIVE"
    assert account["currency"] == "USD"
    assert account["pattern_day_trader"] is False
    for field in ("cash", "equity", "portfolio_value", "last_equity"):
        assert account[field] == "100000"
    assert account["long_market_value"] == "0"
    # a margin account: 4x buying power from $25,000 of equity, 2x overnight (Reg T)
    assert (account["multiplier"], account["buying_power"], account["regt_buying_power"]) == (
        "4",
        "400000",
        "200000",
    )
    assert account["non_marginable_buying_power"] == "100000"
    assert account["shorting_enabled"] is True
    assert account["account_number"] and account["id"]


def test_market_buy_fills_and_moves_cash_exactly(sandbox_http: httpx.Client) -> None:
    order = _order(sandbox_http, qty="10")
    assert order["status"] == "filled"
    assert order["filled_qty"] == "10"
    assert order["filled_at"].endswith("Z") and len(order["filled_at"]) == 30
    price = Decimal(order["filled_avg_price"])
    account = sandbox_http.get("/v2/account").json()
    assert Decimal(account["cash"]) == Decimal(100000) - 10 * price
    position = sandbox_http.get("/v2/positions/AAPL").json()
    assert position["qty"] == "10"
    assert Decimal(position["cost_basis"]) == 10 * price
    assert Decimal(position["avg_entry_price"]) == price
    current = Decimal(position["current_price"])
    assert Decimal(position["market_value"]) == 10 * current
    assert Decimal(position["unrealized_pl"]) == 10 * (current - price)
    assert position["side"] == "long" and position["exchange"] == "NASDAQ"
    by_id = sandbox_http.get(f"/v2/positions/{position['asset_id']}").json()
    assert by_id["symbol"] == "AAPL"


def test_every_order_field_is_present(sandbox_http: httpx.Client) -> None:
    order = _order(sandbox_http, qty="1")
    expected = {
        "id",
        "client_order_id",
        "created_at",
        "updated_at",
        "submitted_at",
        "filled_at",
        "expired_at",
        "canceled_at",
        "failed_at",
        "replaced_at",
        "replaced_by",
        "replaces",
        "asset_id",
        "symbol",
        "asset_class",
        "notional",
        "qty",
        "filled_qty",
        "filled_avg_price",
        "order_class",
        "order_type",
        "type",
        "side",
        "position_intent",
        "time_in_force",
        "limit_price",
        "stop_price",
        "status",
        "extended_hours",
        "legs",
        "trail_percent",
        "trail_price",
        "hwm",
    }
    assert expected <= set(order)


def test_notional_buy_gets_fractional_qty(sandbox_http: httpx.Client) -> None:
    order = _order(sandbox_http, notional="1000")
    qty, price = Decimal(order["filled_qty"]), Decimal(order["filled_avg_price"])
    assert qty != qty.to_integral_value()
    assert 0 <= Decimal(1000) - qty * price < price * Decimal("0.000000001") + Decimal("0.01")
    assert order["notional"] == "1000"


def test_limit_rests_then_cancel(sandbox_http: httpx.Client) -> None:
    order = _order(sandbox_http, type="limit", qty="2", limit_price="1.00", time_in_force="gtc")
    assert order["status"] == "new" and order["limit_price"] == "1"
    account = sandbox_http.get("/v2/account").json()
    assert account["cash"] == "100000" and account["buying_power"] == "399998"
    assert [o["id"] for o in sandbox_http.get("/v2/orders").json()] == [order["id"]]
    assert sandbox_http.delete(f"/v2/orders/{order['id']}").status_code == 204
    canceled = sandbox_http.get(f"/v2/orders/{order['id']}").json()
    assert canceled["status"] == "canceled" and canceled["canceled_at"]
    again = _error(sandbox_http.delete(f"/v2/orders/{order['id']}"), 422)
    assert "canceled" in again["message"]


def test_marketable_limit_fills_at_last_price(sandbox_http: httpx.Client) -> None:
    order = _order(sandbox_http, type="limit", qty="1", limit_price="100000")
    assert order["status"] == "filled"
    assert Decimal(order["filled_avg_price"]) < 100000


def test_non_marketable_ioc_is_canceled(sandbox_http: httpx.Client) -> None:
    order = _order(sandbox_http, type="limit", qty="1", limit_price="1", time_in_force="ioc")
    assert order["status"] == "canceled"


def test_replace_returns_new_order_and_marks_old_replaced(sandbox_http: httpx.Client) -> None:
    old = _order(sandbox_http, type="limit", qty="2", limit_price="1.5", time_in_force="gtc")
    response = sandbox_http.patch(
        f"/v2/orders/{old['id']}", json={"qty": "3", "limit_price": "1.25", "client_order_id": "r1"}
    )
    assert response.status_code == 200, response.text
    new = response.json()
    assert new["id"] != old["id"] and new["replaces"] == old["id"]
    assert (new["qty"], new["limit_price"], new["client_order_id"]) == ("3", "1.25", "r1")
    assert new["time_in_force"] == "gtc" and new["status"] == "new"
    replaced = sandbox_http.get(f"/v2/orders/{old['id']}").json()
    assert replaced["status"] == "replaced" and replaced["replaced_by"] == new["id"]
    assert replaced["replaced_at"]


def test_cancel_all_is_207(sandbox_http: httpx.Client) -> None:
    ids = {
        _order(sandbox_http, type="limit", qty="1", limit_price=p, time_in_force="gtc")["id"]
        for p in ("1", "2")
    }
    _order(sandbox_http, qty="1")
    response = sandbox_http.delete("/v2/orders")
    assert response.status_code == 207
    assert {item["id"] for item in response.json()} == ids
    assert {item["status"] for item in response.json()} == {200}
    assert sandbox_http.get("/v2/orders").json() == []


def test_order_listing_filters(sandbox_http: httpx.Client) -> None:
    first = _order(sandbox_http, qty="1")
    second = _order(sandbox_http, symbol="MSFT", qty="1")
    resting = _order(
        sandbox_http, symbol="MSFT", type="limit", qty="1", limit_price="1", time_in_force="gtc"
    )

    def ids(**params: str) -> list[str]:
        return [o["id"] for o in sandbox_http.get("/v2/orders", params=params).json()]

    assert ids() == [resting["id"]]
    assert ids(status="closed") == [second["id"], first["id"]]
    assert ids(status="all", direction="asc") == [first["id"], second["id"], resting["id"]]
    assert ids(status="all", symbols="AAPL") == [first["id"]]
    assert ids(status="all", limit="1") == [resting["id"]]
    assert ids(status="all", side="sell") == []
    assert ids(status="all", after=first["created_at"], direction="asc") == [
        second["id"],
        resting["id"],
    ]
    assert ids(status="all", until=second["created_at"]) == [first["id"]]
    _error(sandbox_http.get("/v2/orders", params={"status": "bogus"}), 422)


def test_get_by_client_order_id_and_404(sandbox_http: httpx.Client) -> None:
    order = _order(sandbox_http, qty="1", client_order_id="mine-1")
    found = sandbox_http.get("/v2/orders:by_client_order_id", params={"client_order_id": "mine-1"})
    assert found.json()["id"] == order["id"]
    missing = sandbox_http.get("/v2/orders:by_client_order_id", params={"client_order_id": "x"})
    assert _error(missing, 404)["code"] == 40410000
    _error(sandbox_http.get("/v2/orders/00000000-0000-0000-0000-000000000000"), 404)


def test_bracket_order_has_held_then_new_legs(sandbox_http: httpx.Client) -> None:
    order = _order(
        sandbox_http,
        qty="1",
        order_class="bracket",
        take_profit={"limit_price": "9999"},
        stop_loss={"stop_price": "1"},
    )
    assert order["order_class"] == "bracket"
    assert [(leg["type"], leg["side"], leg["status"]) for leg in order["legs"]] == [
        ("limit", "sell", "new"),
        ("stop", "sell", "new"),
    ]
    nested = sandbox_http.get("/v2/orders", params={"status": "all", "nested": "true"}).json()
    assert len(nested) == 1 and len(nested[0]["legs"]) == 2
    flat = sandbox_http.get("/v2/orders", params={"status": "all"}).json()
    assert len(flat) == 3


@pytest.mark.parametrize(
    ("fields", "fragment"),
    [
        ({"side": "hold", "qty": "1"}, "side"),
        ({"type": "bogus", "qty": "1"}, "type"),
        ({"time_in_force": "forever", "qty": "1"}, "time_in_force"),
        ({}, "qty"),
        ({"qty": "1", "notional": "10"}, "notional"),
        ({"qty": "0"}, "qty"),
        ({"type": "limit", "qty": "1"}, "limit_price"),
        ({"type": "stop", "qty": "1"}, "stop_price"),
        ({"type": "stop_limit", "qty": "1", "stop_price": "5"}, "limit_price"),
        ({"type": "trailing_stop", "qty": "1", "side": "sell"}, "trail"),
        ({"type": "trailing_stop", "qty": "1", "trail_price": "1", "trail_percent": "1"}, "trail"),
        ({"order_class": "bracket", "qty": "1"}, "take_profit"),
        ({"order_class": "nope", "qty": "1"}, "order_class"),
        ({"position_intent": "buy_to_hold", "qty": "1"}, "position_intent"),
        ({"symbol": "NOSUCH", "qty": "1"}, "NOSUCH"),
        ({"type": "limit", "qty": "1", "limit_price": "10.001"}, "sub-penny"),
        ({"qty": "0.5", "time_in_force": "gtc"}, "fractional"),
    ],
)
def test_order_validation_is_422(
    sandbox_http: httpx.Client, fields: dict[str, Any], fragment: str
) -> None:
    body = _error(sandbox_http.post("/v2/orders", json={**MARKET, **fields}), 422)
    assert fragment in body["message"]


def test_duplicate_client_order_id(sandbox_http: httpx.Client) -> None:
    _order(sandbox_http, qty="1", client_order_id="dup")
    body = _error(
        sandbox_http.post("/v2/orders", json={**MARKET, "qty": "1", "client_order_id": "dup"}), 422
    )
    assert body["message"] == "client_order_id must be unique"


def test_insufficient_buying_power_and_qty(sandbox_http: httpx.Client) -> None:
    body = _error(sandbox_http.post("/v2/orders", json={**MARKET, "qty": "100000"}), 403)
    assert body == {"code": 40310000, "message": "insufficient buying power"}
    _order(sandbox_http, qty="2")
    sell = {**MARKET, "side": "sell", "qty": "3"}
    body = _error(sandbox_http.post("/v2/orders", json=sell), 403)
    assert body == {
        "code": 40310000,
        "message": "insufficient qty available for order (requested: 3, available: 2)",
    }
    assert sandbox_http.get("/v2/account").json()["cash"] != "100000"


def test_sell_realises_pnl_exactly(sandbox_http: httpx.Client) -> None:
    buy = _order(sandbox_http, qty="4")
    sell = _order(sandbox_http, side="sell", qty="4")
    expected = (
        Decimal(100000)
        - 4 * Decimal(buy["filled_avg_price"])
        + 4 * Decimal(sell["filled_avg_price"])
    )
    assert Decimal(sandbox_http.get("/v2/account").json()["cash"]) == expected
    assert sandbox_http.get("/v2/positions").json() == []


def test_close_position_by_qty_and_percentage(sandbox_http: httpx.Client) -> None:
    _order(sandbox_http, qty="10")
    by_qty = sandbox_http.delete("/v2/positions/AAPL", params={"qty": "3"})
    assert by_qty.status_code == 200
    assert (by_qty.json()["side"], by_qty.json()["qty"], by_qty.json()["status"]) == (
        "sell",
        "3",
        "filled",
    )
    assert sandbox_http.get("/v2/positions/AAPL").json()["qty"] == "7"
    by_pct = sandbox_http.delete("/v2/positions/AAPL", params={"percentage": "50"})
    assert by_pct.json()["qty"] == "3.5"
    assert sandbox_http.get("/v2/positions/AAPL").json()["qty"] == "3.5"
    sandbox_http.delete("/v2/positions/AAPL").raise_for_status()
    assert _error(sandbox_http.get("/v2/positions/AAPL"), 404)["code"] == 40410000


def test_close_all_positions_is_207(sandbox_http: httpx.Client) -> None:
    _order(sandbox_http, qty="1")
    _order(sandbox_http, symbol="MSFT", qty="2")
    resting = _order(sandbox_http, type="limit", qty="1", limit_price="1", time_in_force="gtc")
    response = sandbox_http.delete("/v2/positions", params={"cancel_orders": "true"})
    assert response.status_code == 207
    items = response.json()
    assert [(i["symbol"], i["status"], i["body"]["qty"]) for i in items] == [
        ("AAPL", 200, "1"),
        ("MSFT", 200, "2"),
    ]
    assert sandbox_http.get("/v2/positions").json() == []
    assert sandbox_http.get(f"/v2/orders/{resting['id']}").json()["status"] == "canceled"
    account = sandbox_http.get("/v2/account").json()
    assert account["equity"] == account["cash"] and account["long_market_value"] == "0"


def test_assets(sandbox_http: httpx.Client) -> None:
    assets = sandbox_http.get("/v2/assets").json()
    symbols = {a["symbol"] for a in assets}
    assert {"AAPL", "MSFT", "SPY", "QQQ", "JPM", "V", "NVDA", "TSLA"} <= symbols
    active = sandbox_http.get("/v2/assets", params={"status": "active"}).json()
    assert "TWTR" not in {a["symbol"] for a in active} and "TWTR" in symbols
    nyse = sandbox_http.get("/v2/assets", params={"exchange": "NYSE"}).json()
    assert {a["exchange"] for a in nyse} == {"NYSE"}
    assert sandbox_http.get("/v2/assets", params={"asset_class": "crypto"}).json() == []
    aapl = sandbox_http.get("/v2/assets/AAPL").json()
    assert aapl["class"] == "us_equity" and aapl["fractionable"] is True
    assert sandbox_http.get(f"/v2/assets/{aapl['id']}").json() == aapl
    _error(sandbox_http.get("/v2/assets/NOSUCH"), 404)
