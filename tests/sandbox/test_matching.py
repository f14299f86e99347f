"""The order engine over stepped sandbox time: every order type, time in force and class."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

import httpx
import pytest

from alpaca.sandbox import _calendar as cal
from alpaca.sandbox import _market as market
from alpaca.sandbox._orders import OrderEvent
from alpaca.testing import Sandbox

OPEN = datetime(2024, 3, 12, 13, 30, tzinfo=UTC)
"""09:30 ET on Tuesday 2024-03-12; the session closes at 20:00 UTC."""
CLOSE = datetime(2024, 3, 12, 20, 0, tzinfo=UTC)


class Desk:
    """A stepped sandbox, an HTTP client on it and the order events it published."""

    def __init__(self, sandbox: Sandbox, http: httpx.Client) -> None:
        self.sb, self.http = sandbox, http
        self.events: list[OrderEvent] = []
        sandbox._server.sandbox.engine.subscribe(self.events.append)

    def order(self, **fields: Any) -> dict[str, Any]:
        body = {"side": "buy", "type": "market", "time_in_force": "day", **fields}
        response = self.http.post("/v2/orders", json=body)
        assert response.status_code == 200, response.text
        found: dict[str, Any] = response.json()
        return found

    def refused(self, status: int, **fields: Any) -> str:
        body = {"side": "buy", "type": "market", "time_in_force": "day", **fields}
        response = self.http.post("/v2/orders", json=body)
        assert response.status_code == status, response.text
        message: str = response.json()["message"]
        return message

    def get(self, order_id: str) -> dict[str, Any]:
        found: dict[str, Any] = self.http.get(f"/v2/orders/{order_id}").json()
        return found

    def account(self) -> dict[str, Any]:
        found: dict[str, Any] = self.http.get("/v2/account").json()
        return found

    @staticmethod
    def bars(symbol: str, start: datetime, end: datetime) -> list[dict[str, Any]]:
        """The synthetic market's minute bars in ``[start, end)``, the future included (the
        REST API serves only the past)."""
        day = start.astimezone(cal.NEW_YORK).date()
        return [
            bar.to_json()
            for bar in market.minute_bars(symbol, day)
            if start.timestamp() <= bar.t < end.timestamp()
        ]

    def fills(self, order_id: str) -> list[tuple[Decimal, Decimal]]:
        return [
            (e.qty, e.price)
            for e in self.events
            if e.order["id"] == order_id and e.qty is not None and e.price is not None
        ]


@contextmanager
def desk(start: datetime = OPEN, **options: Any) -> Iterator[Desk]:
    with (
        Sandbox(start=start, speed=0, **options) as sandbox,
        httpx.Client(base_url=sandbox.base_url, headers=sandbox.headers) as http,
    ):
        yield Desk(sandbox, http)


def _d(value: Any) -> Decimal:
    return Decimal(str(value))


def test_market_order_before_the_open_waits_and_fills_at_the_opening_price() -> None:
    with desk(OPEN - timedelta(hours=2)) as d:
        order = d.order(symbol="AAPL", qty="5")
        assert order["status"] == "accepted" and order["filled_qty"] == "0"
        assert order["expires_at"] == "2024-03-12T20:00:00Z"
        d.sb.advance(to=OPEN)
        filled = d.get(order["id"])
        first = d.bars("AAPL", OPEN, OPEN + timedelta(minutes=1))[0]
        assert filled["status"] == "filled"
        assert _d(filled["filled_avg_price"]) == _d(first["o"])
        assert filled["filled_at"].startswith("2024-03-12T13:30:00")
        assert [e.event for e in d.events] == ["accepted", "new", "fill"]
        assert Decimal(d.account()["cash"]) == 100000 - 5 * _d(first["o"])


def test_day_orders_expire_at_the_close_and_gtc_orders_carry_on() -> None:
    with desk() as d:
        day = d.order(symbol="MSFT", qty="1", type="limit", limit_price="1.00")
        gtc = d.order(symbol="MSFT", qty="1", type="limit", limit_price="1.00", time_in_force="gtc")
        assert day["expires_at"] == "2024-03-12T20:00:00Z"
        created = datetime.fromisoformat(gtc["created_at"])
        expiry = datetime.fromisoformat(gtc["expires_at"])
        assert expiry - created < timedelta(seconds=1) + timedelta(days=90)
        assert expiry.date() == (OPEN + timedelta(days=90)).date()
        d.sb.advance(to=CLOSE - timedelta(minutes=1))
        assert d.get(day["id"])["status"] == "new"
        d.sb.advance(minutes=1)
        expired = d.get(day["id"])
        assert expired["status"] == "expired"
        assert expired["expired_at"].startswith("2024-03-12T20:00:00")
        d.sb.advance(days=3)
        assert d.get(gtc["id"])["status"] == "new"
        d.sb.advance(to=expiry + timedelta(minutes=1))
        assert d.get(gtc["id"])["status"] == "expired"


def test_large_orders_fill_partially_across_minutes_and_cash_stays_exact() -> None:
    with desk() as d:
        order = d.order(symbol="F", qty="20000")
        assert order["status"] == "partially_filled"
        assert 0 < Decimal(order["filled_qty"]) < 20000
        for _ in range(60):
            if d.get(order["id"])["status"] == "filled":
                break
            d.sb.advance(minutes=1)
        done = d.get(order["id"])
        fills = d.fills(order["id"])
        assert done["status"] == "filled" and len(fills) > 2
        assert sum(q for q, _ in fills) == 20000
        cost = sum((q * p for q, p in fills), Decimal(0))
        assert _d(done["filled_avg_price"]) == (cost / 20000).quantize(Decimal("1e-9")).normalize()
        assert Decimal(d.account()["cash"]) == 100000 - cost
        events = [e.event for e in d.events]
        assert events[0] == "new" and events[-1] == "fill" and "partial_fill" in events


def test_fok_that_cannot_fill_whole_is_canceled_and_ioc_keeps_what_it_got() -> None:
    with desk() as d:
        fok = d.order(symbol="F", qty="25000", time_in_force="fok")
        assert (fok["status"], fok["filled_qty"]) == ("canceled", "0")
        ioc = d.order(symbol="F", qty="25000", time_in_force="ioc")
        assert ioc["status"] == "canceled" and Decimal(ioc["filled_qty"]) > 0
        small = d.order(symbol="F", qty="10", time_in_force="fok")
        assert small["status"] == "canceled"  # the ioc took this minute's volume
        d.sb.advance(minutes=1)
        assert d.order(symbol="F", qty="10", time_in_force="fok")["status"] == "filled"


def test_stop_triggers_on_the_first_minute_that_reaches_it() -> None:
    with desk() as d:
        d.order(symbol="AAPL", qty="3")
        bars = d.bars("AAPL", OPEN, CLOSE)
        lows = [_d(b["l"]) for b in bars]
        stop = (min(lows[1:120]) + Decimal("0.01")).quantize(Decimal("0.01"))
        order = d.order(symbol="AAPL", qty="3", side="sell", type="stop", stop_price=str(stop))
        assert order["status"] == "new"
        d.sb.advance(minutes=130)
        filled = d.get(order["id"])
        hit = next(i for i, low in enumerate(lows) if i >= 0 and low <= stop)
        expected = min(stop, _d(bars[hit]["o"]))
        assert filled["status"] == "filled"
        assert _d(filled["filled_avg_price"]) == expected
        minute_end = datetime.fromisoformat(bars[hit]["t"]) + timedelta(minutes=1)
        assert datetime.fromisoformat(filled["filled_at"]) == minute_end


def test_limit_fills_at_its_price_once_the_market_trades_through() -> None:
    with desk() as d:
        for symbol in ("MSFT", "AAPL", "JPM", "KO", "PEP", "XOM", "WMT", "DIS"):
            bars = d.bars(symbol, OPEN, CLOSE)
            target = (min(_d(b["l"]) for b in bars[5:60]) + Decimal("0.02")).quantize(
                Decimal("0.01")
            )
            last = _d(d.http.get(f"/v2/stocks/{symbol}/bars/latest").json()["bar"]["c"])
            if last > target and all(_d(b["l"]) > target for b in bars[:5]):
                break
        else:
            pytest.fail("no symbol dips below its opening levels in the first hour")
        order = d.order(symbol=symbol, qty="2", type="limit", limit_price=str(target))
        assert order["status"] == "new"
        d.sb.advance(minutes=61)
        filled = d.get(order["id"])
        hit = next(b for b in bars if _d(b["l"]) <= target)
        assert filled["status"] == "filled"
        assert _d(filled["filled_avg_price"]) == min(target, _d(hit["o"]))


def test_trailing_stop_follows_the_high_water_mark() -> None:
    with desk() as d:
        d.order(symbol="NVDA", qty="4")
        order = d.order(
            symbol="NVDA", qty="4", side="sell", type="trailing_stop", trail_percent="0.5"
        )
        hwm = _d(order["hwm"])
        assert _d(order["stop_price"]) == (hwm * Decimal("0.995")).quantize(Decimal("0.01"))
        d.sb.advance(minutes=200)
        later = d.get(order["id"])
        if later["status"] == "filled":
            assert _d(later["filled_avg_price"]) <= _d(later["stop_price"])
        else:
            assert _d(later["hwm"]) >= hwm
            assert _d(later["stop_price"]) == (_d(later["hwm"]) * Decimal("0.995")).quantize(
                Decimal("0.01")
            )


def test_bracket_legs_are_held_until_the_entry_fills_then_one_cancels_the_other() -> None:
    with desk(OPEN - timedelta(minutes=30)) as d:
        last = _d(d.http.get("/v2/stocks/AAPL/bars/latest").json()["bar"]["c"])
        order = d.order(
            symbol="AAPL",
            qty="2",
            order_class="bracket",
            take_profit={"limit_price": str(last + 40)},
            stop_loss={"stop_price": str(last - 40)},
        )
        assert [leg["status"] for leg in order["legs"]] == ["held", "held"]
        d.sb.advance(to=OPEN)
        nested = d.http.get(f"/v2/orders/{order['id']}", params={"nested": "true"}).json()
        assert nested["status"] == "filled"
        take, stop = nested["legs"]
        assert (take["status"], stop["status"]) == ("new", "new")
        cancel = d.http.delete(f"/v2/orders/{take['id']}")
        assert cancel.status_code == 204
        assert d.get(stop["id"])["status"] == "canceled"


def test_replacing_an_exit_leg_keeps_it_in_its_bracket() -> None:
    with desk() as d:
        last = _d(d.http.get("/v2/stocks/AAPL/bars/latest").json()["bar"]["c"])
        order = d.order(
            symbol="AAPL",
            qty="2",
            order_class="bracket",
            take_profit={"limit_price": str(last + 40)},
            stop_loss={"stop_price": str(last - 40)},
        )
        stop = order["legs"][1]
        new = d.http.patch(f"/v2/orders/{stop['id']}", json={"stop_price": str(last - 30)})
        assert new.status_code == 200, new.text
        legs = d.http.get(f"/v2/orders/{order['id']}", params={"nested": "true"}).json()["legs"]
        assert [leg["id"] for leg in legs] == [order["legs"][0]["id"], new.json()["id"]]
        assert d.get(stop["id"])["status"] == "replaced"


def test_oco_exits_and_oto_entry() -> None:
    with desk() as d:
        d.order(symbol="KO", qty="10")
        last = _d(d.http.get("/v2/stocks/KO/bars/latest").json()["bar"]["c"])
        oco = d.order(
            symbol="KO",
            qty="10",
            side="sell",
            type="limit",
            order_class="oco",
            take_profit={"limit_price": str(last + 20)},
            stop_loss={"stop_price": str(last - 20)},
        )
        assert oco["status"] == "new" and oco["legs"][0]["status"] == "new"
        d.http.delete(f"/v2/orders/{oco['id']}").raise_for_status()
        assert d.get(oco["legs"][0]["id"])["status"] == "canceled"
        oto = d.order(
            symbol="KO", qty="1", order_class="oto", stop_loss={"stop_price": str(last - 5)}
        )
        assert oto["status"] == "filled" and oto["legs"][0]["status"] == "new"


def test_opening_and_closing_auctions() -> None:
    with desk(OPEN - timedelta(hours=3)) as d:
        opg = d.order(symbol="SPY", qty="3", time_in_force="opg")
        assert opg["status"] == "accepted" and opg["expires_at"] == "2024-03-12T13:30:00Z"
        d.sb.advance(to=OPEN + timedelta(minutes=30))
        first = d.bars("SPY", OPEN, OPEN + timedelta(minutes=1))[0]
        assert _d(d.get(opg["id"])["filled_avg_price"]) == _d(first["o"])
        assert "opg" in d.refused(422, symbol="SPY", qty="1", time_in_force="opg")
        cls = d.order(symbol="SPY", qty="3", time_in_force="cls")
        assert cls["status"] == "accepted"
        d.sb.advance(to=CLOSE - timedelta(minutes=9))
        assert "cls" in d.refused(422, symbol="SPY", qty="1", time_in_force="cls")
        d.sb.advance(to=CLOSE)
        last = d.bars("SPY", CLOSE - timedelta(minutes=1), CLOSE)[-1]
        closed = d.get(cls["id"])
        assert closed["status"] == "filled" and _d(closed["filled_avg_price"]) == _d(last["c"])


def test_gtc_partial_fill_is_done_for_the_day_at_the_close() -> None:
    with desk(CLOSE - timedelta(minutes=2)) as d:
        order = d.order(
            symbol="F", qty="25000", type="limit", limit_price="14.00", time_in_force="gtc"
        )
        d.sb.advance(minutes=2)
        assert d.get(order["id"])["status"] == "done_for_day"
        d.sb.advance(to=OPEN + timedelta(days=1, minutes=1))
        assert d.get(order["id"])["status"] in ("partially_filled", "filled")


def test_extended_hours_limit_trades_before_the_open() -> None:
    with desk(OPEN - timedelta(hours=2)) as d:
        regular = d.order(symbol="AAPL", qty="1", type="limit", limit_price="999.00")
        assert regular["status"] == "accepted"
        extended = d.order(
            symbol="AAPL", qty="1", type="limit", limit_price="999.00", extended_hours=True
        )
        assert extended["status"] == "filled"
        assert extended["expires_at"] == "2024-03-13T00:00:00Z"  # 20:00 ET
        night = d.order(
            symbol="AAPL",
            qty="1",
            type="limit",
            limit_price="1.00",
            extended_hours=True,
            time_in_force="gtc",
        )
        assert night["status"] == "new"


def test_always_open_fills_market_orders_at_night() -> None:
    with desk(OPEN - timedelta(hours=8), always_open=True) as d:
        order = d.order(symbol="AAPL", qty="1")
        assert order["status"] == "filled"
        assert d.http.get("/v2/clock").json()["is_open"] is True


def test_short_sale_and_cover() -> None:
    with desk() as d:
        short = d.order(symbol="JPM", qty="10", side="sell")
        assert short["status"] == "filled"
        position = d.http.get("/v2/positions/JPM").json()
        assert (position["qty"], position["side"]) == ("-10", "short")
        price = _d(short["filled_avg_price"])
        account = d.account()
        assert Decimal(account["cash"]) == 100000 + 10 * price
        assert Decimal(account["short_market_value"]) < 0
        assert "fractional" in d.refused(403, symbol="JPM", qty="0.5", side="sell")
        cover = d.http.delete("/v2/positions/JPM").json()
        assert cover["side"] == "buy" and cover["status"] == "filled"
        assert d.http.get("/v2/positions").json() == []


def test_wash_trade_and_day_trade_protection() -> None:
    with desk() as d:
        d.order(symbol="AAPL", qty="5", type="limit", limit_price="1.00", time_in_force="gtc")
        message = d.refused(403, symbol="AAPL", qty="1", side="sell")
        assert message == "potential wash trade detected. use complex orders"
        d.http.delete("/v2/orders").raise_for_status()
        for _ in range(3):
            d.order(symbol="MSFT", qty="1")
            d.order(symbol="MSFT", qty="1", side="sell")
        assert d.account()["daytrade_count"] == 3
        d.order(symbol="MSFT", qty="1")
        state = d.sb._server.sandbox.state
        with state.lock:
            state.cash -= Decimal(90000)  # equity below $25,000
        refused = d.http.post(
            "/v2/orders",
            json={
                "symbol": "MSFT",
                "qty": "1",
                "side": "sell",
                "type": "market",
                "time_in_force": "day",
            },
        )
        assert refused.status_code == 403
        assert refused.json() == {
            "code": 40310100,
            "message": "trade denied due to pattern day trading protection",
        }


def test_multi_leg_options_fill_at_the_net_price() -> None:
    with desk() as d:
        expiry = (OPEN + timedelta(days=10)).strftime("%y%m%d")
        call_low, call_high = f"AAPL{expiry}C00200000", f"AAPL{expiry}C00210000"
        order = d.order(
            order_class="mleg",
            qty="2",
            legs=[
                {"symbol": call_low, "ratio_qty": "1", "side": "buy"},
                {"symbol": call_high, "ratio_qty": "1", "side": "sell"},
            ],
        )
        assert order["status"] == "filled" and order["order_class"] == "mleg"
        legs = order["legs"]
        net = _d(legs[0]["filled_avg_price"]) - _d(legs[1]["filled_avg_price"])
        assert _d(order["filled_avg_price"]) == net
        assert Decimal(d.account()["cash"]) == 100000 - net * 2 * 100
        positions = {p["symbol"]: p for p in d.http.get("/v2/positions").json()}
        assert positions[call_low]["qty"] == "2" and positions[call_high]["qty"] == "-2"
        assert positions[call_low]["asset_class"] == "us_option"
        single = d.order(symbol=call_low, qty="1")
        assert single["asset_class"] == "us_option" and single["status"] == "filled"
        assert "DAY" in d.refused(422, symbol=call_low, qty="1", time_in_force="gtc")


def test_advance_over_http_needs_credentials_and_a_stepped_clock() -> None:
    with desk() as d:
        url = d.sb.base_url + "/_sandbox/advance"
        assert httpx.post(url, json={"minutes": 5}).status_code == 401
        moved = d.http.post("/_sandbox/advance", json={"minutes": 5}).json()
        assert moved["now"].startswith("2024-03-12T13:35:00") and moved["stepped"] is True
        to = d.http.post("/_sandbox/advance", json={"to": "2024-03-12T10:00:00-04:00"})
        assert to.json()["now"].startswith("2024-03-12T14:00:00")
        back = d.http.post("/_sandbox/advance", json={"to": "2024-03-12T09:00:00-04:00"})
        assert back.status_code == 422
        assert d.http.post("/_sandbox/advance", json={"weeks": 1}).status_code == 400
        assert d.http.get("/v2/clock").json()["timestamp"].startswith("2024-03-12T10:00:00")
    with Sandbox(always_open=True) as running, httpx.Client(headers=running.headers) as http:
        refused = http.post(running.base_url + "/_sandbox/advance", json={"minutes": 1})
        assert refused.status_code == 422 and "not stepped" in refused.json()["message"]
