"""Order validation and handling: immediate fills for marketable orders, others rest.

The engine is deliberately simple (no matching over time); a real matching engine can
replace :class:`OrderEngine` without touching the routes.
"""

from __future__ import annotations

from datetime import datetime
from decimal import ROUND_DOWN, Decimal, InvalidOperation
from typing import Any

from alpaca.sandbox import _market as market
from alpaca.sandbox._format import ApiError, bad_request, forbidden, not_found
from alpaca.sandbox._params import parse_time
from alpaca.sandbox._state import Order, State

SIDES = ("buy", "sell")
TYPES = ("market", "limit", "stop", "stop_limit", "trailing_stop")
TIFS = ("day", "gtc", "opg", "cls", "ioc", "fok")
CLASSES = ("simple", "bracket", "oco", "oto", "mleg", "")
INTENTS = ("buy_to_open", "buy_to_close", "sell_to_open", "sell_to_close")
_QTY_STEP = Decimal("0.000000001")
_TOO_LARGE = Decimal("1e15")


def _invalid(message: str) -> ApiError:
    return ApiError(422, 40010001, message)


def _decimal(body: dict[str, Any], name: str) -> Decimal | None:
    """A positive amount below 10**15 with at most 9 decimals, from a JSON number or string."""
    raw = body.get(name)
    if raw is None or raw == "":
        return None
    if isinstance(raw, bool) or not isinstance(raw, str | int | float | Decimal):
        raise _invalid(f"invalid {name}")
    try:
        value = Decimal(str(raw))
    except InvalidOperation:
        raise _invalid(f"invalid {name}") from None
    if not value.is_finite() or value <= 0:
        raise _invalid(f"{name} must be > 0")
    if value >= _TOO_LARGE:
        raise _invalid(f"{name} is too large")
    if value != value.quantize(_QTY_STEP):
        raise _invalid(f"{name} must have at most 9 decimal places")
    return value


def _check_increment(name: str, price: Decimal | None) -> None:
    """Alpaca rejects sub-penny prices at or above $1 (and beyond 4 decimals below)."""
    if price is None:
        return
    places = 2 if price >= 1 else 4
    if price != price.quantize(Decimal(1).scaleb(-places)):
        raise _invalid(
            f"invalid {name} {price}. sub-penny increment does not fulfill minimum pricing criteria"
        )


def _choice(body: dict[str, Any], name: str, allowed: tuple[str, ...], default: str | None) -> str:
    value = body.get(name, default)
    if value is None:
        raise _invalid(f"{name} is required")
    if value not in allowed:
        raise _invalid(f"invalid {name}")
    return str(value)


class OrderEngine:
    """Places, fills, cancels and replaces orders against a :class:`State`."""

    def __init__(self, state: State) -> None:
        self.state = state

    # -- submission -------------------------------------------------------------------------

    def submit(self, body: dict[str, Any]) -> Order:
        """Validate an order request and place it (filling it at once when marketable)."""
        with self.state.lock:
            order = self._build(body)
            self._check_affordable(order)
            self._place(order)
            return order

    def _build(self, body: dict[str, Any]) -> Order:
        symbol = body.get("symbol")
        if not symbol or not isinstance(symbol, str):
            raise _invalid("symbol is required")
        side = _choice(body, "side", SIDES, None)
        kind = _choice(body, "type", TYPES, "market")
        tif = _choice(body, "time_in_force", TIFS, None)
        order_class = _choice(body, "order_class", CLASSES, "simple")
        asset = market.find_asset(symbol)
        if asset is None:
            raise ApiError(422, 42210000, f'asset "{symbol}" not found')
        if not asset.tradable:
            raise _invalid(f"asset {asset.symbol} is not active")
        qty, notional = _decimal(body, "qty"), _decimal(body, "notional")
        if (qty is None) == (notional is None):
            raise _invalid(
                "qty or notional is required"
                if qty is None
                else "only one of qty or notional may be given"
            )
        limit_price, stop_price = _decimal(body, "limit_price"), _decimal(body, "stop_price")
        trail_price, trail_percent = _decimal(body, "trail_price"), _decimal(body, "trail_percent")
        if kind in ("limit", "stop_limit") and limit_price is None:
            raise _invalid("limit_price is required")
        if kind in ("stop", "stop_limit") and stop_price is None:
            raise _invalid("stop_price is required")
        if kind not in ("limit", "stop_limit") and limit_price is not None and order_class != "oco":
            raise _invalid(f"limit_price must not be given for {kind} orders")
        if kind == "trailing_stop" and (trail_price is None) == (trail_percent is None):
            raise _invalid("exactly one of trail_price or trail_percent is required")
        _check_increment("limit_price", limit_price)
        _check_increment("stop_price", stop_price)
        fractional = qty is not None and qty != qty.to_integral_value()
        if notional is not None or fractional:
            if not asset.fractionable:
                raise _invalid(f"asset {asset.symbol} is not fractionable")
            if tif != "day":
                raise _invalid("fractional orders must be DAY orders")
            if kind not in ("market", "limit", "stop", "stop_limit"):
                raise _invalid("fractional orders must be market, limit, stop or stop_limit")
        if notional is not None and kind != "market":
            raise _invalid("notional orders must be market orders")
        if notional is not None and notional < 1:
            raise _invalid("notional must be at least 1")
        extended = body.get("extended_hours")
        if extended is None:
            extended = False
        elif not isinstance(extended, bool):
            raise _invalid("extended_hours must be true or false")
        if extended and (kind != "limit" or tif not in ("day", "gtc")):
            raise _invalid("extended hours order must be DAY or GTC limit orders")
        client_order_id = body.get("client_order_id") or State.new_id()
        if not isinstance(client_order_id, str):
            raise _invalid("client_order_id must be a string")
        if len(client_order_id) > 128:
            raise _invalid("client_order_id must be no more than 128 characters")
        if self.state.order_by_client_id(client_order_id) is not None:
            raise _invalid("client_order_id must be unique")
        now = self.state.now()
        order = Order(
            id=State.new_id(),
            client_order_id=client_order_id,
            symbol=asset.symbol,
            asset_id=asset.id,
            side=side,
            type=kind,
            time_in_force=tif,
            created_at=now,
            qty=qty,
            notional=notional,
            limit_price=limit_price,
            stop_price=stop_price,
            trail_price=trail_price,
            trail_percent=trail_percent,
            extended_hours=extended,
            order_class="" if order_class == "simple" else order_class,
            position_intent=_choice(
                body,
                "position_intent",
                INTENTS,
                "buy_to_open" if side == "buy" else "sell_to_close",
            ),
        )
        if kind == "trailing_stop":
            self._trail(order, market.last_price(asset.symbol, now))
        order.legs = self._legs(order, body)
        return order

    def _legs(self, parent: Order, body: dict[str, Any]) -> list[Order]:
        """Exit legs of bracket / oto / oco orders (held until the parent fills)."""
        cls = parent.order_class
        if cls == "mleg":
            raise _invalid("mleg orders are only supported for option contracts")
        take_profit, stop_loss = body.get("take_profit"), body.get("stop_loss")
        for name, leg in (("take_profit", take_profit), ("stop_loss", stop_loss)):
            if leg is not None and not isinstance(leg, dict):
                raise _invalid(f"{name} must be an object")
        if cls in ("", "simple"):
            return []
        if cls in ("bracket", "oco") and not (take_profit and stop_loss):
            raise _invalid(f"{cls} orders require take_profit and stop_loss")
        if cls == "oto" and not (take_profit or stop_loss):
            raise _invalid("oto orders require take_profit or stop_loss")
        exit_side = "sell" if parent.side == "buy" else "buy"
        legs = []
        if take_profit and cls != "oco":
            price = _decimal(take_profit, "limit_price")
            if price is None:
                raise _invalid("take_profit.limit_price is required")
            legs.append(self._leg(parent, exit_side, "limit", limit_price=price))
        if stop_loss:
            stop, limit = _decimal(stop_loss, "stop_price"), _decimal(stop_loss, "limit_price")
            if stop is None:
                raise _invalid("stop_loss.stop_price is required")
            kind = "stop" if limit is None else "stop_limit"
            legs.append(self._leg(parent, exit_side, kind, limit_price=limit, stop_price=stop))
        return legs

    def _leg(
        self,
        parent: Order,
        side: str,
        kind: str,
        limit_price: Decimal | None = None,
        stop_price: Decimal | None = None,
    ) -> Order:
        return Order(
            id=State.new_id(),
            client_order_id=State.new_id(),
            symbol=parent.symbol,
            asset_id=parent.asset_id,
            side=side,
            type=kind,
            time_in_force=parent.time_in_force,
            created_at=parent.created_at,
            qty=parent.qty,
            order_class=parent.order_class,
            position_intent="sell_to_close" if side == "sell" else "buy_to_close",
            status="held",
            parent_id=parent.id,
            limit_price=limit_price,
            stop_price=stop_price,
        )

    @staticmethod
    def _trail(order: Order, price: Decimal) -> None:
        order.hwm = price
        offset = order.trail_price or (price * (order.trail_percent or 0) / 100)
        order.stop_price = price - offset if order.side == "sell" else price + offset

    def _check_affordable(self, order: Order) -> None:
        state = self.state
        price = market.last_price(order.symbol, state.now())
        if order.side == "buy":
            cost = order.notional or (order.qty or 0) * (order.limit_price or price)
            if cost > state.buying_power():
                raise forbidden("insufficient buying power")
            return
        held = state.positions.get(order.symbol)
        available = (held.qty if held else Decimal(0)) - state.reserved_qty(order.symbol)
        wanted = order.qty if order.qty is not None else _notional_qty(order, price)
        if wanted > available:
            raise ApiError(403, 40310000, "insufficient qty available for order")

    def _place(self, order: Order) -> None:
        state = self.state
        state.orders[order.id] = order
        for leg in order.legs:
            state.orders[leg.id] = leg
        price = market.last_price(order.symbol, state.now())
        if self._marketable(order, price):
            qty = order.qty if order.qty is not None else _notional_qty(order, price)
            state.apply_fill(order, qty, price, state.now())
            for leg in order.legs:
                leg.status, leg.qty = "new", qty
        elif order.time_in_force in ("ioc", "fok"):
            order.status = "canceled"
            order.canceled_at = order.updated_at = state.now()
            self._cancel_legs(order)

    @staticmethod
    def _marketable(order: Order, price: Decimal) -> bool:
        if order.type == "market":
            return True
        if order.type != "limit" or order.limit_price is None:
            return False
        return price <= order.limit_price if order.side == "buy" else price >= order.limit_price

    # -- lookups ----------------------------------------------------------------------------

    def get(self, order_id: str) -> Order:
        """The order with ``order_id`` or a 404."""
        order = self.state.orders.get(order_id)
        if order is None:
            raise not_found("order not found")
        return order

    # -- cancel / replace -------------------------------------------------------------------

    def cancel(self, order_id: str) -> None:
        """Cancel an open order (and its legs)."""
        with self.state.lock:
            order = self.get(order_id)
            if not order.is_open:
                raise ApiError(422, 42210000, f'order is already in "{order.status}" state')
            order.status = "canceled"
            order.canceled_at = order.updated_at = self.state.now()
            self._cancel_legs(order)

    def _cancel_legs(self, order: Order) -> None:
        for leg in order.legs:
            if leg.is_open:
                leg.status = "canceled"
                leg.canceled_at = leg.updated_at = order.updated_at

    def cancel_all(self) -> list[dict[str, Any]]:
        """Cancel every open top-level order; the 207 body."""
        with self.state.lock:
            result = []
            for order in list(self.state.orders.values()):
                if order.is_open and order.parent_id is None:
                    self.cancel(order.id)
                    result.append({"id": order.id, "status": 200, "body": order.to_json()})
            return result

    def replace(self, order_id: str, body: dict[str, Any]) -> Order:
        """Replace an open order; returns the new order, the old one becomes ``replaced``."""
        with self.state.lock:
            old = self.get(order_id)
            if not old.is_open or (old.parent_id is not None and old.status == "held"):
                raise ApiError(422, 42210000, f'order is already in "{old.status}" state')
            fields = (
                "qty",
                "time_in_force",
                "limit_price",
                "stop_price",
                "trail",
                "client_order_id",
            )
            if not any(body.get(f) is not None for f in fields):
                raise bad_request("no field to replace")

            def given(name: str, current: Any) -> Any:
                value = body.get(name)
                return current if value is None else value

            request: dict[str, Any] = {
                "symbol": old.symbol,
                "side": old.side,
                "type": old.type,
                "time_in_force": given("time_in_force", old.time_in_force),
                "qty": given("qty", old.qty),
                "notional": old.notional if body.get("qty") is None else None,
                "limit_price": given("limit_price", old.limit_price),
                "stop_price": given("stop_price", old.stop_price),
                "extended_hours": old.extended_hours,
                "client_order_id": body.get("client_order_id"),
            }
            if old.type == "trailing_stop":
                key = "trail_percent" if old.trail_percent is not None else "trail_price"
                request[key] = given("trail", getattr(old, key))
                request["stop_price"] = None
            previous, old.status = old.status, "pending_replace"  # frees its reservation
            try:
                new = self._build(request)
                self._check_affordable(new)
            except ApiError:
                old.status = previous
                raise
            now = self.state.now()
            new.replaces, new.order_class, new.legs = old.id, old.order_class, old.legs
            old.status, old.replaced_by = "replaced", new.id
            old.replaced_at = old.updated_at = now
            old.legs = []
            self._place(new)
            return new

    # -- positions --------------------------------------------------------------------------

    def close_position(self, symbol_or_id: str, qty: str | None, percentage: str | None) -> Order:
        """Sell (part of) a position at market; returns the closing order."""
        with self.state.lock:
            asset = market.find_asset(symbol_or_id)
            held = self.state.positions.get(asset.symbol) if asset else None
            if held is None:
                raise not_found("position does not exist")
            if qty is not None and percentage is not None:
                raise bad_request("only one of qty or percentage may be given")
            amount = held.qty
            if qty is not None:
                amount = _query_decimal("qty", qty)
            elif percentage is not None:
                pct = _query_decimal("percentage", percentage)
                if pct > 100:
                    raise bad_request("percentage must be between 0 and 100")
                amount = (held.qty * pct / 100).quantize(_QTY_STEP, ROUND_DOWN)
            if amount > held.qty:
                raise ApiError(403, 40310000, "insufficient qty available for order")
            return self.submit(
                {
                    "symbol": held.symbol,
                    "side": "sell",
                    "type": "market",
                    "time_in_force": "day",
                    "qty": str(amount),
                }
            )

    def close_all(self, cancel_orders: bool) -> list[dict[str, Any]]:
        """Liquidate every position; the 207 body."""
        with self.state.lock:
            if cancel_orders:
                self.cancel_all()
            result = []
            for symbol in sorted(self.state.positions):
                try:
                    order = self.close_position(symbol, None, None)
                    result.append({"symbol": symbol, "status": 200, "body": order.to_json()})
                except ApiError as exc:
                    body = {"code": exc.code, "message": exc.message}
                    result.append({"symbol": symbol, "status": exc.status, "body": body})
            return result


def _notional_qty(order: Order, price: Decimal) -> Decimal:
    assert order.notional is not None
    return (order.notional / price).quantize(_QTY_STEP, ROUND_DOWN)


def _query_decimal(name: str, raw: str) -> Decimal:
    try:
        value = Decimal(raw)
    except InvalidOperation:
        raise bad_request(f"invalid {name}") from None
    if not value.is_finite() or value <= 0:
        raise bad_request(f"{name} must be > 0")
    return value


def list_orders(state: State, params: dict[str, str]) -> list[dict[str, Any]]:
    """``GET /v2/orders`` filtering, ordering and limiting."""
    status = params.get("status", "open")
    if status not in ("open", "closed", "all"):
        raise ApiError(422, 40010001, "invalid status")
    direction = params.get("direction", "desc")
    if direction not in ("asc", "desc"):
        raise ApiError(422, 40010001, "invalid direction")
    try:
        limit = int(params.get("limit", "50"))
    except ValueError:
        raise ApiError(422, 40010001, "invalid limit") from None
    if not 1 <= limit <= 500:
        raise ApiError(422, 40010001, "limit must be between 1 and 500")
    nested = params.get("nested", "false").lower() == "true"
    after, until = _time_param(params, "after"), _time_param(params, "until")
    symbols = (
        {s.strip().upper() for s in params["symbols"].split(",")} if params.get("symbols") else None
    )
    side = params.get("side")
    found = []
    for order in state.orders.values():
        if nested and order.parent_id is not None:
            continue
        if status != "all" and order.is_open != (status == "open"):
            continue
        if symbols is not None and order.symbol not in symbols:
            continue
        if side and order.side != side:
            continue
        if (after and order.created_at <= after) or (until and order.created_at >= until):
            continue
        found.append(order)
    found.sort(key=lambda o: o.created_at, reverse=direction == "desc")
    return [o.to_json(nested=nested) for o in found[:limit]]


def _time_param(params: dict[str, str], name: str) -> datetime | None:
    raw = params.get(name)
    return parse_time(name, raw, end_of_day=False) if raw else None
