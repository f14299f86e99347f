"""Order requests: checking a submitted body and turning it into an :class:`Order`.

Only the request itself is judged here (fields, prices, time in force against the clock);
whether the account can afford it is the engine's business.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

from alpaca.sandbox import _calendar as cal
from alpaca.sandbox import _market as market
from alpaca.sandbox import _prices as px
from alpaca.sandbox._format import ApiError
from alpaca.sandbox._state import Order, State

SIDES = ("buy", "sell")
TYPES = ("market", "limit", "stop", "stop_limit", "trailing_stop")
TIFS = ("day", "gtc", "opg", "cls", "ioc", "fok")
CLASSES = ("simple", "bracket", "oco", "oto", "mleg", "")
INTENTS = ("buy_to_open", "buy_to_close", "sell_to_open", "sell_to_close")
QTY_STEP = Decimal("0.000000001")
GTC_DAYS = 90
_TOO_LARGE = Decimal("1e15")
_OPG_CUTOFF = time(9, 28)
_AUCTION_REOPEN = time(19, 0)
_CLS_LEAD = timedelta(minutes=10)


def invalid(message: str) -> ApiError:
    """422 with Alpaca's validation code."""
    return ApiError(422, 40010001, message)


def decimal_field(body: dict[str, Any], name: str, *, signed: bool = False) -> Decimal | None:
    """A positive amount below 10**15 with at most 9 decimals, from a JSON number or string
    (``signed``: any non-zero amount)."""
    raw = body.get(name)
    if raw is None or raw == "":
        return None
    if isinstance(raw, bool) or not isinstance(raw, str | int | float | Decimal):
        raise invalid(f"invalid {name}")
    try:
        value = Decimal(str(raw))
    except InvalidOperation:
        raise invalid(f"invalid {name}") from None
    if not value.is_finite() or (value <= 0 and not signed) or value == 0:
        raise invalid(f"{name} must be > 0")
    if abs(value) >= _TOO_LARGE:
        raise invalid(f"{name} is too large")
    if value != value.quantize(QTY_STEP):
        raise invalid(f"{name} must have at most 9 decimal places")
    return value


def check_increment(name: str, price: Decimal | None) -> None:
    """Alpaca rejects sub-penny prices at or above $1 (and beyond 4 decimals below)."""
    if price is None:
        return
    places = 2 if abs(price) >= 1 else 4
    if price != price.quantize(Decimal(1).scaleb(-places)):
        raise invalid(
            f"invalid {name} {price}. sub-penny increment does not fulfill minimum pricing criteria"
        )


def choice(body: dict[str, Any], name: str, allowed: tuple[str, ...], default: str | None) -> str:
    """A field that must be one of ``allowed``."""
    value = body.get(name, default)
    if value is None:
        raise invalid(f"{name} is required")
    if value not in allowed:
        raise invalid(f"invalid {name}")
    return str(value)


def _client_order_id(state: State, body: dict[str, Any]) -> str:
    client_order_id = body.get("client_order_id") or State.new_id()
    if not isinstance(client_order_id, str):
        raise invalid("client_order_id must be a string")
    if len(client_order_id) > 128:
        raise invalid("client_order_id must be no more than 128 characters")
    if state.order_by_client_id(client_order_id) is not None:
        raise invalid("client_order_id must be unique")
    return client_order_id


def build(state: State, body: dict[str, Any], now: datetime) -> Order:
    """Check ``body`` and make the order it asks for (not yet placed)."""
    order_class = choice(body, "order_class", CLASSES, "simple")
    if order_class == "mleg":
        return _build_mleg(state, body, now)
    symbol = body.get("symbol")
    if not symbol or not isinstance(symbol, str):
        raise invalid("symbol is required")
    side = choice(body, "side", SIDES, None)
    kind = choice(body, "type", TYPES, "market")
    tif = choice(body, "time_in_force", TIFS, None)
    contract = px.option_contract(symbol)
    asset = market.find_asset(symbol)
    if asset is None and contract is None:
        raise ApiError(422, 42210000, f'asset "{symbol}" not found')
    if asset is not None and not asset.tradable:
        raise invalid(f"asset {asset.symbol} is not active")
    qty, notional = decimal_field(body, "qty"), decimal_field(body, "notional")
    if (qty is None) == (notional is None):
        raise invalid(
            "qty or notional is required"
            if qty is None
            else "only one of qty or notional may be given"
        )
    limit_price, stop_price = decimal_field(body, "limit_price"), decimal_field(body, "stop_price")
    trail_price = decimal_field(body, "trail_price")
    trail_percent = decimal_field(body, "trail_percent")
    take_profit = body.get("take_profit")
    if order_class == "oco" and limit_price is None and isinstance(take_profit, dict):
        limit_price = decimal_field(take_profit, "limit_price")  # an oco's limit is its profit
    if kind in ("limit", "stop_limit") and limit_price is None:
        raise invalid("limit_price is required")
    if kind in ("stop", "stop_limit") and stop_price is None:
        raise invalid("stop_price is required")
    if kind not in ("limit", "stop_limit") and limit_price is not None and order_class != "oco":
        raise invalid(f"limit_price must not be given for {kind} orders")
    if kind == "trailing_stop" and (trail_price is None) == (trail_percent is None):
        raise invalid("exactly one of trail_price or trail_percent is required")
    check_increment("limit_price", limit_price)
    check_increment("stop_price", stop_price)
    extended = body.get("extended_hours")
    if extended is None:
        extended = False
    elif not isinstance(extended, bool):
        raise invalid("extended_hours must be true or false")
    if extended and (kind != "limit" or tif not in ("day", "gtc")):
        raise invalid("extended hours order must be DAY or GTC limit orders")
    if extended and order_class not in ("simple", ""):
        raise invalid("extended hours orders must be simple orders")
    if contract is not None:
        _check_option(kind, tif, qty, extended, order_class)
    else:
        assert asset is not None
        _check_fractional(asset, kind, tif, qty, notional)
    if tif in ("opg", "cls") and kind not in ("market", "limit"):
        raise invalid(f"{tif} orders must be market or limit orders")
    if order_class in ("bracket", "oco", "oto") and tif not in ("day", "gtc"):
        raise invalid(f"{order_class} orders must be DAY or GTC orders")
    order = Order(
        id=State.new_id(),
        client_order_id=_client_order_id(state, body),
        symbol=contract.symbol if contract else asset.symbol if asset else symbol,
        asset_id=contract.id if contract else asset.id if asset else "",
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
        asset_class="us_option" if contract else "us_equity",
        position_intent=choice(
            body, "position_intent", INTENTS, "buy_to_open" if side == "buy" else "sell_to_close"
        ),
    )
    schedule(order, now, state.prices)
    if kind == "trailing_stop":
        trail(order, state.prices.price(order.symbol, now))
    order.legs = _exit_legs(order, body, state.prices.price(order.symbol, now))
    return order


def _check_option(kind: str, tif: str, qty: Decimal | None, extended: bool, cls: str) -> None:
    if qty is None or qty != qty.to_integral_value():
        raise invalid("qty must be a whole number of contracts for options orders")
    if kind not in ("market", "limit"):
        raise invalid("options orders must be market or limit orders")
    if tif != "day":
        raise invalid("options orders must be DAY orders")
    if extended or cls not in ("simple", ""):
        raise invalid("options orders must be simple regular-hours orders (or mleg)")


def _check_fractional(
    asset: market.Asset, kind: str, tif: str, qty: Decimal | None, notional: Decimal | None
) -> None:
    fractional = qty is not None and qty != qty.to_integral_value()
    if notional is not None or fractional:
        if not asset.fractionable:
            raise invalid(f"asset {asset.symbol} is not fractionable")
        if tif != "day":
            raise invalid("fractional orders must be DAY orders")
        if kind not in ("market", "limit", "stop", "stop_limit"):
            raise invalid("fractional orders must be market, limit, stop or stop_limit")
    if notional is not None and kind != "market":
        raise invalid("notional orders must be market orders")
    if notional is not None and notional < 1:
        raise invalid("notional must be at least 1")


def schedule(order: Order, now: datetime, prices: px.Prices) -> None:
    """When the order may first trade (``active_at``), when it expires (``expires_at``) and
    whether it starts ``new`` or queued as ``accepted``; 422 inside the auction cut-offs."""
    tif = order.time_in_force
    local = now.astimezone(cal.NEW_YORK)
    trading_day = cal.is_trading_day(local.date())
    if tif == "opg":
        if trading_day and _OPG_CUTOFF <= local.time() < _AUCTION_REOPEN:
            raise invalid("opg orders are accepted only before 9:28 or after 19:00 ET")
        order.active_at = order.expires_at = px.next_open(now)
    elif tif == "cls":
        session = px.trading_session(now)
        if trading_day and session.day == local.date() and now >= session.close - _CLS_LEAD:
            raise invalid("cls orders are accepted only until 10 minutes before the close")
        if trading_day and session.day != local.date() and local.time() < _AUCTION_REOPEN:
            raise invalid("cls orders are accepted only until 10 minutes before the close")
        order.active_at = order.expires_at = session.close
    elif order.extended_hours:
        start = now if prices.in_extended(now) else _next_extended_open(now)
        order.active_at = start
        order.expires_at = _gtc_expiry(now) if tif == "gtc" else _extended_day_end(start, prices)
    else:
        open_now = prices.is_open(now) if order.asset_class == "us_equity" else px.in_session(now)
        order.active_at = now if open_now else px.next_open(now)
        if tif == "gtc":
            order.expires_at = _gtc_expiry(now)
        elif prices.always_open and order.asset_class == "us_equity":
            order.expires_at = _next_midnight(now)
        else:
            order.expires_at = px.trading_session(order.active_at).close
    order.status = "new" if order.active_at <= now else "accepted"


def _gtc_expiry(now: datetime) -> datetime:
    return now + timedelta(days=GTC_DAYS)


def _next_midnight(now: datetime) -> datetime:
    return px.at_et(cal.et_date(now) + timedelta(days=1), time())


def _extended_day_end(start: datetime, prices: px.Prices) -> datetime:
    if prices.always_open:
        return _next_midnight(start)
    return px.extended_close(cal.et_date(start))


def _next_extended_open(now: datetime) -> datetime:
    day = cal.et_date(now)
    if cal.is_trading_day(day) and now < px.at_et(day, px.EXTENDED_OPEN):
        return px.at_et(day, px.EXTENDED_OPEN)
    return px.at_et(cal.next_trading_day(day), px.EXTENDED_OPEN)


def trail(order: Order, price: Decimal) -> None:
    """Set a trailing stop's high-water mark to ``price`` and its stop price from it."""
    order.hwm = price
    update_trail(order)


def update_trail(order: Order) -> None:
    """Recompute a trailing stop's stop price from its high-water mark."""
    assert order.hwm is not None
    hwm = order.hwm
    offset = order.trail_price or (hwm * (order.trail_percent or 0) / 100)
    stop = hwm - offset if order.side == "sell" else hwm + offset
    places = Decimal("0.01") if stop >= 1 else Decimal("0.0001")
    order.stop_price = max(stop.quantize(places), places)


def _exit_legs(parent: Order, body: dict[str, Any], price: Decimal) -> list[Order]:
    """Exit legs of bracket / oto / oco orders (held until the parent fills)."""
    cls = parent.order_class
    take_profit, stop_loss = body.get("take_profit"), body.get("stop_loss")
    for name, leg in (("take_profit", take_profit), ("stop_loss", stop_loss)):
        if leg is not None and not isinstance(leg, dict):
            raise invalid(f"{name} must be an object")
    if cls in ("", "simple"):
        return []
    if parent.asset_class != "us_equity" or parent.notional is not None:
        raise invalid(f"{cls} orders must be equity orders with a qty")
    if cls in ("bracket", "oco") and not (take_profit and stop_loss):
        raise invalid(f"{cls} orders require take_profit and stop_loss")
    if cls == "oto" and not (take_profit or stop_loss):
        raise invalid("oto orders require take_profit or stop_loss")
    if cls == "oco" and parent.type != "limit":
        raise invalid("oco orders must be limit orders")
    exit_side = "sell" if parent.side == "buy" else "buy"
    base = parent.limit_price if cls != "oco" and parent.limit_price is not None else price
    legs = []
    if take_profit and cls != "oco":
        limit = decimal_field(take_profit, "limit_price")
        if limit is None:
            raise invalid("take_profit.limit_price is required")
        check_increment("take_profit.limit_price", limit)
        legs.append(_leg(parent, exit_side, "limit", limit_price=limit))
    if stop_loss:
        stop = decimal_field(stop_loss, "stop_price")
        limit = decimal_field(stop_loss, "limit_price")
        if stop is None:
            raise invalid("stop_loss.stop_price is required")
        check_increment("stop_loss.stop_price", stop)
        check_increment("stop_loss.limit_price", limit)
        kind = "stop" if limit is None else "stop_limit"
        legs.append(_leg(parent, exit_side, kind, limit_price=limit, stop_price=stop))
    _check_exit_prices(parent, legs, base)
    if cls == "oco":
        for leg in legs:
            leg.status, leg.active_at = parent.status, parent.active_at
    return legs


def _check_exit_prices(parent: Order, legs: list[Order], base: Decimal) -> None:
    """A long entry's take-profit must lie above the base price and its stop below (and the
    other way round for a short entry); an oco's limit is its take-profit."""
    cent = Decimal("0.01")
    long_exit = parent.side == "buy" if parent.order_class != "oco" else parent.side == "sell"
    take = parent.limit_price if parent.order_class == "oco" else None
    for leg in legs:
        if leg.type == "limit":
            take = leg.limit_price
    for leg in legs:
        if leg.stop_price is None:
            continue
        if long_exit and leg.stop_price > base - cent:
            raise invalid(f"stop_loss.stop_price must be <= base_price - 0.01 ({base - cent})")
        if not long_exit and leg.stop_price < base + cent:
            raise invalid(f"stop_loss.stop_price must be >= base_price + 0.01 ({base + cent})")
    if take is not None and parent.order_class != "oco":
        if long_exit and take < base + cent:
            raise invalid(f"take_profit.limit_price must be >= base_price + 0.01 ({base + cent})")
        if not long_exit and take > base - cent:
            raise invalid(f"take_profit.limit_price must be <= base_price - 0.01 ({base - cent})")


def _leg(
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
        expires_at=parent.expires_at,
    )


def _build_mleg(state: State, body: dict[str, Any], now: datetime) -> Order:
    """A multi-leg options order: 2 to 4 distinct contracts, each with a ratio."""
    kind = choice(body, "type", ("market", "limit"), "market")
    tif = choice(body, "time_in_force", ("day",), None)
    qty = decimal_field(body, "qty")
    if qty is None or qty != qty.to_integral_value():
        raise invalid("qty is required and must be a whole number for mleg orders")
    limit_price = decimal_field(body, "limit_price", signed=True)
    if (kind == "limit") != (limit_price is not None):
        raise invalid("limit_price is required for limit orders and only for them")
    check_increment("limit_price", limit_price)
    raw_legs = body.get("legs")
    if not isinstance(raw_legs, list) or not 2 <= len(raw_legs) <= 4:
        raise invalid("mleg orders need 2 to 4 legs")
    parent = Order(
        id=State.new_id(),
        client_order_id=_client_order_id(state, body),
        symbol="",
        asset_id="",
        side="buy",
        type=kind,
        time_in_force=tif,
        created_at=now,
        qty=qty,
        limit_price=limit_price,
        order_class="mleg",
        asset_class="",
    )
    seen: set[str] = set()
    for raw in raw_legs:
        if not isinstance(raw, dict):
            raise invalid("each leg must be an object")
        symbol = raw.get("symbol")
        contract = px.option_contract(symbol) if isinstance(symbol, str) else None
        if contract is None:
            raise ApiError(422, 42210000, f'asset "{symbol}" not found')
        if contract.symbol in seen:
            raise invalid("legs must name distinct contracts")
        seen.add(contract.symbol)
        ratio = decimal_field(raw, "ratio_qty")
        if ratio is None or ratio != ratio.to_integral_value():
            raise invalid("ratio_qty is required and must be a whole number")
        side = choice(raw, "side", SIDES, None)
        leg = Order(
            id=State.new_id(),
            client_order_id=State.new_id(),
            symbol=contract.symbol,
            asset_id=contract.id,
            side=side,
            type="",
            time_in_force=tif,
            created_at=now,
            qty=qty * ratio,
            ratio_qty=ratio,
            order_class="mleg",
            asset_class="us_option",
            parent_id=parent.id,
            position_intent=choice(
                raw, "position_intent", INTENTS, "buy_to_open" if side == "buy" else "sell_to_open"
            ),
        )
        parent.legs.append(leg)
    schedule(parent, now, state.prices)
    for leg in parent.legs:
        leg.status, leg.active_at, leg.expires_at = (
            parent.status,
            parent.active_at,
            parent.expires_at,
        )
    return parent
