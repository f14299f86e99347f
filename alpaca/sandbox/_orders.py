"""The order engine: places, matches, cancels and replaces orders as sandbox time moves.

Matching model (deterministic, per minute of the synthetic market):

- An order that can trade when it arrives and is marketable fills at once at the last price,
  as far as the current minute's volume allows; the rest works on.
- Working orders are matched when each minute completes, against that minute's bar: limits
  fill at their price (or the minute's open when it is better), stops and trailing stops
  trigger on the minute's high/low and fill at the stop (or a gapped open), market remainders
  at the close. Fills happen at the minute's end.
- Orders may take ``Settings.volume_share`` of each minute's volume, shared in time priority;
  what does not fit fills in later minutes (partial fills). Options always fill whole.
- At the open, queued orders become ``new`` and the opening auction fills ``opg`` orders and
  marketable queued orders at the first minute's open; at the close the closing auction fills
  ``cls`` orders at the last close, day orders expire and partly filled gtc orders are
  ``done_for_day`` until the next open. Orders expire at their ``expires_at``.
- Bracket and oto legs are ``held`` until the entry fills; bracket and oco exits cancel each
  other (a partial fill shrinks the other).

Every change is published as an :class:`OrderEvent` to the engine's subscribers, after the
state lock is released.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import ROUND_DOWN, Decimal, InvalidOperation
from typing import Any

from alpaca.sandbox import _calendar as cal
from alpaca.sandbox import _market as market
from alpaca.sandbox import _prices as px
from alpaca.sandbox._format import ApiError, bad_request, forbidden, not_found
from alpaca.sandbox._order_requests import (
    QTY_STEP,
    build,
    check_increment,
    decimal_field,
    invalid,
    schedule,
    update_trail,
)
from alpaca.sandbox._params import parse_time
from alpaca.sandbox._state import PDT_EQUITY, WORKING_STATUSES, Order, State

_MINUTE = timedelta(minutes=1)
_AUCTION_TIFS = ("opg", "cls")
_QUICK_CANCEL = ("opg", "cls", "ioc", "fok")
"""Times in force whose unfilled rest is canceled (not expired)."""


@dataclass(frozen=True, slots=True)
class OrderEvent:
    """One change of one order, as Alpaca's trade updates report it."""

    event: str
    """``new``, ``accepted``, ``fill``, ``partial_fill``, ``canceled``, ``expired``,
    ``replaced``, ``rejected``, ``done_for_day``."""
    order: dict[str, Any]
    """The order as it was right after the change."""
    at: datetime
    qty: Decimal | None = None
    """Fills: this execution's quantity, price and the position's quantity after it."""
    price: Decimal | None = None
    position_qty: Decimal | None = None


Listener = Callable[[OrderEvent], None]


class OrderEngine:
    """Places, matches, cancels and replaces orders against a :class:`State`."""

    def __init__(self, state: State) -> None:
        self.state = state
        self.prices = state.prices
        self._listeners: list[Listener] = []
        self._outbox: list[OrderEvent] = []
        self._depth = 0
        self.version = 0
        """Counts the transactions that changed some order."""

    # -- events -----------------------------------------------------------------------------

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener(event)`` after every order change; returns the unsubscribe."""
        self._listeners.append(listener)

        def unsubscribe() -> None:
            if listener in self._listeners:
                self._listeners.remove(listener)

        return unsubscribe

    def _emit(self, event: str, order: Order, at: datetime, **fill: Decimal | None) -> None:
        self._outbox.append(OrderEvent(event, order.to_json(), at, **fill))

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        """Hold the state lock (catching up with the clock first); publish afterwards."""
        events: list[OrderEvent] = []
        with self.state.lock:
            self._depth += 1
            try:
                if self._depth == 1:
                    self._match_until(self.state.now())
                yield
            finally:
                self._depth -= 1
                if self._depth == 0:
                    events, self._outbox = self._outbox, []
                    self.version += bool(events)
        for event in events:
            for listener in list(self._listeners):
                listener(event)

    def sync(self) -> None:
        """Match every order up to the clock's current time."""
        with self._transaction():
            pass

    # -- submission -------------------------------------------------------------------------

    def submit(self, body: dict[str, Any]) -> Order:
        """Validate an order request and place it (filling it at once when marketable)."""
        with self._transaction():
            now = self.state.now()
            order = build(self.state, body, now)
            self._check_allowed(order, now)
            self._place(order, now)
            return order

    def _place(self, order: Order, now: datetime) -> None:
        state = self.state
        state.orders[order.id] = order
        for leg in order.legs:
            state.orders[leg.id] = leg
        order.updated_at = now
        self._emit(order.status, order, now)
        for leg in order.legs:
            if leg.status != "held" and order.order_class != "mleg":
                self._emit(leg.status, leg, now)
        if order.status == "new" and order.time_in_force not in _AUCTION_TIFS:
            self._trade_now(order, now)

    def _trade_now(self, order: Order, now: datetime) -> None:
        """Fill what a just-working order can get right now; ioc/fok drop the rest."""
        if order.order_class == "mleg":
            self._fill_mleg(order, now)
        else:
            price = self.prices.price(order.symbol, now)
            fill_price = _marketable_price(order, price)
            if fill_price is not None:
                wanted = _wanted(order, fill_price)
                t = int(now.timestamp()) // 60 * 60
                volume = px.minute(order.symbol, t).v if order.asset_class == "us_equity" else None
                if order.time_in_force == "fok":
                    if self._room(order.symbol, t, volume) >= wanted:
                        self._execute(order, wanted, fill_price, now, t, volume)
                else:
                    self._execute(order, wanted, fill_price, now, t, volume)
        if order.time_in_force in ("ioc", "fok") and order.is_open:
            self._finish(order, "canceled", now)

    # -- checks -----------------------------------------------------------------------------

    def _check_allowed(self, order: Order, now: datetime) -> None:
        """Buying power, shares to sell, shorting, wash trades and day-trade protection."""
        state = self.state
        if order.order_class == "mleg":
            net = _net_price(self.prices, order, now)
            cost = max(net, order.limit_price or net) * (order.qty or 0) * 100
            if cost > state.cash_available():
                raise forbidden("insufficient options buying power")
            return
        price = self.prices.price(order.symbol, now)
        estimate = order.limit_price or order.stop_price or price
        held = state.positions.get(order.symbol)
        position = held.qty if held is not None else Decimal(0)
        qty = order.qty if order.qty is not None else _notional_qty(order.notional, price)
        if order.asset_class == "us_option":
            self._check_option(order, qty, estimate, position)
        elif order.side == "buy":
            covering = min(qty, -position) if position < 0 else Decimal(0)
            cost = order.notional if order.notional is not None else (qty - covering) * estimate
            if cost > state.buying_power():
                raise forbidden("insufficient buying power")
        elif position > 0:
            available = position - state.reserved_qty(order.symbol)
            if qty > available:
                raise _insufficient_qty(qty, available)
        else:
            self._check_short(order, qty, estimate)
        self._check_wash_trade(order, price)
        self._check_day_trade(order, position, now)

    def _check_option(self, order: Order, qty: Decimal, price: Decimal, position: Decimal) -> None:
        if order.side == "buy":
            if qty * price * 100 > self.state.cash_available():
                raise forbidden("insufficient options buying power")
        elif qty > max(position, Decimal(0)) - self.state.reserved_qty(order.symbol):
            raise forbidden("account not eligible to trade uncovered option contracts")

    def _check_short(self, order: Order, qty: Decimal, price: Decimal) -> None:
        state = self.state
        if order.notional is not None or qty != qty.to_integral_value():
            raise forbidden("fractional orders cannot be sold short")
        asset = market.find_asset(order.symbol)
        if state.multiplier(state.equity()) < 2:
            raise forbidden("account is not allowed to short")
        if asset is None or asset.exchange == "OTC":
            raise ApiError(403, 40310000, f"asset {order.symbol} cannot be sold short")
        if qty * price > state.buying_power():
            raise forbidden("insufficient buying power")

    def _check_wash_trade(self, order: Order, price: Decimal) -> None:
        """Alpaca refuses an order that could trade against the account's own opposite order."""
        mine = _crossing_price(order, price)
        if mine is None:
            return
        for other in self.state.orders.values():
            if (
                other.symbol != order.symbol
                or other.side == order.side
                or other.status not in ("new", "partially_filled", "accepted")
                or other.id in {leg.id for leg in order.legs}
            ):
                continue
            theirs = _crossing_price(other, price)
            if theirs is None:
                continue
            buy, sell = (mine, theirs) if order.side == "buy" else (theirs, mine)
            if buy >= sell:
                raise forbidden("potential wash trade detected. use complex orders")

    def _check_day_trade(self, order: Order, position: Decimal, now: datetime) -> None:
        state = self.state
        closing = (order.side == "sell" and position > 0) or (order.side == "buy" and position < 0)
        if not closing or state.opened_on.get(order.symbol) != cal.et_date(now):
            return
        if state.daytrade_count() >= 3 and state.equity() < PDT_EQUITY:
            raise ApiError(403, 40310100, "trade denied due to pattern day trading protection")

    # -- fills ------------------------------------------------------------------------------

    def _room(self, symbol: str, t: int, volume: Decimal | None) -> Decimal:
        """Volume orders may still take in minute ``t`` (``volume`` None: unlimited)."""
        if volume is None:
            return Decimal("Infinity")
        used_t, used = self.state.volume_used.get(symbol, (t, Decimal(0)))
        if used_t != t:
            used = Decimal(0)
        budget = (volume * self.state.settings.volume_share).to_integral_value(ROUND_DOWN)
        return max(Decimal(0), budget - used)

    def _execute(
        self,
        order: Order,
        wanted: Decimal,
        price: Decimal,
        at: datetime,
        t: int,
        volume: Decimal | None,
    ) -> None:
        """Fill up to ``wanted`` at ``price`` within minute ``t``'s remaining volume."""
        if wanted <= 0:
            self._complete(order, at)
            return
        qty = min(wanted, self._room(order.symbol, t, volume))
        if qty <= 0:
            return
        if volume is not None:
            used_t, used = self.state.volume_used.get(order.symbol, (t, Decimal(0)))
            self.state.volume_used[order.symbol] = (t, (used if used_t == t else 0) + qty)
        self._fill(order, qty, price, at)

    def _fill(self, order: Order, qty: Decimal, price: Decimal, at: datetime) -> None:
        state = self.state
        state.execute(order, qty, price, at)
        if order.notional is not None:
            done = _notional_qty(order.notional - order.filled_cost, price) == 0
        else:
            done = order.filled_qty >= (order.qty or 0)
        order.status = "filled" if done else "partially_filled"
        held = state.positions.get(order.symbol)
        self._emit(
            "fill" if done else "partial_fill",
            order,
            at,
            qty=qty,
            price=price,
            position_qty=held.qty if held is not None else Decimal(0),
        )
        self._after_fill(order, qty, at)

    def _complete(self, order: Order, at: datetime) -> None:
        """A notional order whose rest is too small to buy anything more counts as filled."""
        if order.filled_qty > 0:
            order.status, order.updated_at = "filled", at
            self._emit("fill", order, at)
            self._after_fill(order, Decimal(0), at)
        else:
            self._finish(order, "canceled", at)

    def _after_fill(self, order: Order, qty: Decimal, at: datetime) -> None:
        if order.parent_id is None and order.order_class in ("bracket", "oto"):
            if order.status == "filled":
                self._release_legs(order, at)
            return
        for sibling in self._siblings(order):
            if not sibling.is_open:
                continue
            if order.status == "filled":
                self._finish(sibling, "canceled", at)
            elif order.remaining is not None:
                sibling.qty = sibling.filled_qty + order.remaining
                sibling.updated_at = at

    def _release_legs(self, parent: Order, at: datetime) -> None:
        """Held exit legs start working for the quantity the entry filled."""
        for leg in parent.legs:
            if leg.status == "held":
                leg.qty = parent.filled_qty
                leg.status, leg.active_at, leg.updated_at = "new", at, at
                self._emit("new", leg, at)

    def _siblings(self, order: Order) -> list[Order]:
        """The orders that exit the same position as ``order`` (one cancels the other)."""
        if order.order_class not in ("bracket", "oco"):
            return []
        if order.parent_id is not None:
            parent = self.state.orders[order.parent_id]
            found = [leg for leg in parent.legs if leg is not order]
            return [*found, parent] if parent.order_class == "oco" else found
        return list(order.legs) if order.order_class == "oco" else []

    def _fill_mleg(self, order: Order, at: datetime) -> None:
        net = _net_price(self.prices, order, at)
        if order.limit_price is not None and net > order.limit_price:
            return
        for leg in order.legs:
            assert leg.qty is not None
            leg.status = "filled"
            self.state.execute(leg, leg.qty, self.prices.option(leg.symbol, at), at)
        order.filled_qty = order.qty or Decimal(0)
        order.filled_cost = net * order.filled_qty
        order.filled_avg_price = net
        order.status, order.filled_at, order.updated_at = "filled", at, at
        self._emit("fill", order, at, qty=order.filled_qty, price=net, position_qty=Decimal(0))

    def _finish(self, order: Order, status: str, at: datetime) -> None:
        """End an open order (``canceled``, ``expired`` or ``rejected``) and what hangs on it."""
        order.status, order.updated_at = status, at
        if status == "canceled":
            order.canceled_at = at
        elif status == "expired":
            order.expired_at = at
        else:
            order.failed_at = at
        self._emit(status, order, at)
        if order.parent_id is None and order.order_class in ("bracket", "oto"):
            if order.filled_qty > 0:
                self._release_legs(order, at)
            else:
                self._end_legs(order, at)
        elif order.order_class == "mleg":
            self._end_legs(order, at)
        else:
            for sibling in self._siblings(order):
                if sibling.is_open:
                    self._finish(sibling, "canceled", at)

    def _end_legs(self, order: Order, at: datetime) -> None:
        for leg in order.legs:
            if leg.is_open:
                self._finish(leg, "canceled", at)

    # -- time -------------------------------------------------------------------------------

    def _match_until(self, until: datetime) -> None:
        """Play the market forward from ``matched_until`` to ``until``, minute by minute
        (skipping stretches in which no order can trade or change)."""
        state = self.state
        start = state.matched_until
        if until <= start:
            if until < start and not any(o.is_open for o in state.orders.values()):
                state.matched_until = until  # a clock set back with nothing open: follow it
            return
        boundary = datetime.fromtimestamp(int(start.timestamp()) // 60 * 60, UTC) + _MINUTE
        while boundary <= until and any(o.is_open for o in state.orders.values()):
            minute_start = boundary - _MINUTE
            if any(self._tradable(o, minute_start) for o in state.orders.values()):
                self._minute(minute_start)
            else:
                boundary = max(boundary, self._next_event(minute_start))
                if boundary > until:
                    break
            self._boundary(boundary)
            boundary += _MINUTE
        state.matched_until = until

    def _next_event(self, after: datetime) -> datetime:
        """The first minute boundary after ``after`` at which some order may change."""
        times = [px.next_open(after), px.trading_session(after).close]
        extended = False
        for order in self.state.orders.values():
            if order.is_open:
                extended = extended or order.extended_hours
                times += [t for t in (order.active_at, order.expires_at) if t is not None]
        if extended or self.prices.always_open:
            return after + _MINUTE
        found = min(t for t in times if t > after) if any(t > after for t in times) else after
        return datetime.fromtimestamp(-(-int(found.timestamp()) // 60) * 60, UTC)

    def _tradable(self, order: Order, minute_start: datetime) -> bool:
        """Whether ``order`` works during the minute starting at ``minute_start``."""
        if order.status not in WORKING_STATUSES or order.time_in_force in _AUCTION_TIFS:
            return False
        if order.active_at is not None and order.active_at >= minute_start + _MINUTE:
            return False
        if order.parent_id is not None and order.order_class == "mleg":
            return False
        if order.asset_class != "us_equity":  # options and multi-leg orders: regular hours
            return self.prices.always_open or px.in_session(minute_start)
        if order.extended_hours:
            return self.prices.in_extended(minute_start)
        return self.prices.is_open(minute_start)

    def _minute(self, minute_start: datetime) -> None:
        """Match working orders against the minute that starts at ``minute_start``."""
        end = minute_start + _MINUTE
        t = int(minute_start.timestamp())
        working = sorted(
            (o for o in self.state.orders.values() if self._tradable(o, minute_start)),
            key=lambda o: o.created_at,
        )
        for order in working:
            if not order.is_open:
                continue
            if order.order_class == "mleg":
                self._fill_mleg(order, end)
                continue
            if order.asset_class == "us_option":
                fill_price = _marketable_price(order, self.prices.option(order.symbol, end))
                if fill_price is not None:
                    self._execute(order, _wanted(order, fill_price), fill_price, end, t, None)
                continue
            bar = px.minute(order.symbol, t)
            fill_price = _minute_price(order, bar)
            if fill_price is not None:
                self._execute(order, _wanted(order, fill_price), fill_price, end, t, bar.v)

    def _boundary(self, at: datetime) -> None:
        """What happens at the minute boundary ``at``: opens, closes, activations, expiries."""
        sess = cal.session(cal.et_date(at))
        if sess is not None and at == sess.open:
            self._open(sess)
        if sess is not None and at == sess.close:
            self._close(sess)
        for order in list(self.state.orders.values()):
            if not order.is_open or order.expires_at is None or order.expires_at > at:
                continue
            if order.parent_id is not None and order.status == "held":
                continue
            status = "canceled" if order.time_in_force in _QUICK_CANCEL else "expired"
            self._finish(order, status, at)
        self._activate(at, auction=False)

    def _activate(self, at: datetime, *, auction: bool) -> None:
        """Queued orders whose time has come start working (after a buying-power check)."""
        for order in sorted(self.state.orders.values(), key=lambda o: o.created_at):
            if order.status != "accepted" or order.active_at is None or order.active_at > at:
                continue
            if order.time_in_force in _AUCTION_TIFS and not auction:
                continue
            order.status = "pending_new"  # its own reservation must not count against it
            try:
                self._check_allowed(order, at)
            except ApiError:
                self._finish(order, "rejected", at)
                continue
            order.status, order.updated_at = "new", at
            self._emit("new", order, at)
            for leg in order.legs:
                if leg.status == "accepted":
                    leg.status, leg.updated_at = "new", at
                    if order.order_class != "mleg":
                        self._emit("new", leg, at)

    def _open(self, sess: cal.Session) -> None:
        """The opening auction: opg orders and orders queued for this open."""
        at = sess.open
        for order in self.state.orders.values():
            if order.status == "done_for_day":
                order.status, order.updated_at = "partially_filled", at
        self._activate(at, auction=True)
        self._auction(at, opening=True)

    def _close(self, sess: cal.Session) -> None:
        """The closing auction for cls orders; partly filled gtc orders are done for the day."""
        at = sess.close
        self._activate(at, auction=True)
        self._auction(at, opening=False)
        if self.prices.always_open:
            return
        for order in self.state.orders.values():
            gtc = order.time_in_force == "gtc" and not order.extended_hours
            if gtc and order.status == "partially_filled":
                order.status, order.updated_at = "done_for_day", at
                self._emit("done_for_day", order, at)

    def _auction(self, at: datetime, *, opening: bool) -> None:
        """Fill auction participants at the first minute's open or the last minute's close,
        within that minute's volume; opg and cls orders are canceled for what is left."""
        for order in sorted(self.state.orders.values(), key=lambda o: o.created_at):
            if order.status not in WORKING_STATUSES or order.asset_class != "us_equity":
                continue
            tif = order.time_in_force
            if opening:
                joins = tif == "opg" or (tif not in _AUCTION_TIFS and order.active_at == at)
            else:
                joins = tif == "cls"
            if not joins or order.type not in ("market", "limit"):
                continue
            bars = market.minute_bars(order.symbol, cal.et_date(at))
            bar = bars[0] if opening else bars[-1]
            price = Decimal(str(bar.o if opening else bar.c))
            fill_price = _marketable_price(order, price)
            if fill_price is not None:
                key = int(at.timestamp()) + (-1 if opening else 1)  # the auction's own volume
                self._execute(
                    order, _wanted(order, fill_price), fill_price, at, key, Decimal(bar.v)
                )
            if tif in _AUCTION_TIFS and order.is_open:
                self._finish(order, "canceled", at)

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
        with self._transaction():
            order = self.get(order_id)
            if not order.is_open:
                raise ApiError(422, 42210000, f'order is already in "{order.status}" state')
            self._finish(order, "canceled", self.state.now())

    def cancel_all(self) -> list[dict[str, Any]]:
        """Cancel every open top-level order; the 207 body."""
        with self._transaction():
            result = []
            for order in list(self.state.orders.values()):
                if order.is_open and order.parent_id is None:
                    self.cancel(order.id)
                    result.append({"id": order.id, "status": 200, "body": order.to_json()})
            return result

    def replace(self, order_id: str, body: dict[str, Any]) -> Order:
        """Replace an open order; returns the new order, the old one becomes ``replaced``."""
        with self._transaction():
            old = self.get(order_id)
            if not old.is_open or old.status == "held" or old.order_class == "mleg":
                raise ApiError(422, 42210000, f'order is already in "{old.status}" state')
            fields = ("qty", "time_in_force", "limit_price", "stop_price", "trail")
            if not any(body.get(f) is not None for f in (*fields, "client_order_id")):
                raise bad_request("no field to replace")
            now = self.state.now()
            if old.parent_id is not None:
                new = self._replace_leg(old, body, now)
            else:
                new = self._replace_order(old, body, now)
            old.status, old.replaced_by = "replaced", new.id
            old.replaced_at = old.updated_at = now
            self._emit("replaced", old, now)
            self._place(new, now)
            return new

    def _replace_order(self, old: Order, body: dict[str, Any], now: datetime) -> Order:
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
            new = build(self.state, request, now)
            self._check_allowed(new, now)
        except ApiError:
            old.status = previous
            raise
        new.replaces, new.order_class, new.legs = old.id, old.order_class, old.legs
        for leg in new.legs:
            leg.parent_id = new.id
        old.legs = []
        return new

    def _replace_leg(self, old: Order, body: dict[str, Any], now: datetime) -> Order:
        """A working exit leg with new prices or quantity; it stays under its parent."""
        if body.get("time_in_force") is not None or body.get("trail") is not None:
            raise invalid("only qty, limit_price and stop_price of an exit leg can change")
        changes: dict[str, Any] = {}
        for name in ("qty", "limit_price", "stop_price"):
            value = decimal_field(body, name)
            if value is not None:
                changes[name] = value
        if "limit_price" in changes and old.limit_price is None:
            raise invalid(f"limit_price must not be given for {old.type} orders")
        if "stop_price" in changes and old.stop_price is None:
            raise invalid(f"stop_price must not be given for {old.type} orders")
        check_increment("limit_price", changes.get("limit_price"))
        check_increment("stop_price", changes.get("stop_price"))
        client_order_id = body.get("client_order_id") or State.new_id()
        if not isinstance(client_order_id, str) or len(client_order_id) > 128:
            raise invalid("client_order_id must be a string of at most 128 characters")
        if self.state.order_by_client_id(client_order_id) is not None:
            raise invalid("client_order_id must be unique")
        new = dataclasses.replace(
            old,
            **changes,
            id=State.new_id(),
            client_order_id=client_order_id,
            created_at=now,
            updated_at=now,
            filled_qty=Decimal(0),
            filled_cost=Decimal(0),
            filled_avg_price=None,
            filled_at=None,
            replaces=old.id,
            legs=[],
            status="new",
        )
        if old.filled_qty and new.qty is not None:
            new.qty -= old.filled_qty
        schedule(new, now, self.prices)
        new.expires_at = old.expires_at
        parent = self.state.orders[old.parent_id or ""]
        parent.legs = [new if leg is old else leg for leg in parent.legs]
        return new

    # -- positions --------------------------------------------------------------------------

    def close_position(self, symbol_or_id: str, qty: str | None, percentage: str | None) -> Order:
        """Close (part of) a position at market; returns the closing order."""
        with self._transaction():
            key = symbol_or_id.upper()
            asset = market.find_asset(symbol_or_id)
            held = self.state.positions.get(asset.symbol if asset else key)
            if held is None:
                held = next(
                    (p for p in self.state.positions.values() if p.asset_id == symbol_or_id), None
                )
            if held is None:
                raise not_found("position does not exist")
            if qty is not None and percentage is not None:
                raise bad_request("only one of qty or percentage may be given")
            size = abs(held.qty)
            amount = size
            if qty is not None:
                amount = _query_decimal("qty", qty)
            elif percentage is not None:
                pct = _query_decimal("percentage", percentage)
                if pct > 100:
                    raise bad_request("percentage must be between 0 and 100")
                amount = (size * pct / 100).quantize(QTY_STEP, ROUND_DOWN)
            if amount > size:
                raise _insufficient_qty(amount, size)
            return self.submit(
                {
                    "symbol": held.symbol,
                    "side": "sell" if held.qty > 0 else "buy",
                    "type": "market",
                    "time_in_force": "day",
                    "qty": str(amount),
                }
            )

    def close_all(self, cancel_orders: bool) -> list[dict[str, Any]]:
        """Liquidate every position; the 207 body."""
        with self._transaction():
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


def _insufficient_qty(requested: Decimal, available: Decimal) -> ApiError:
    return ApiError(
        403,
        40310000,
        "insufficient qty available for order "
        f"(requested: {requested.normalize():f}, available: {available.normalize():f})",
    )


def _crossing_price(order: Order, price: Decimal) -> Decimal | None:
    """The price at which a resting market or limit order would trade (None: stops)."""
    if order.type == "limit":
        return order.limit_price
    if order.type == "market":
        return Decimal("Infinity") if order.side == "buy" else Decimal(0)
    return None


def _marketable_price(order: Order, price: Decimal) -> Decimal | None:
    """The fill price of ``order`` when the market trades at ``price`` (None: it waits)."""
    buy = order.side == "buy"
    if order.type in ("stop", "stop_limit") and not order.triggered:
        assert order.stop_price is not None
        if (buy and price < order.stop_price) or (not buy and price > order.stop_price):
            return None
        order.triggered = True
    if order.type == "trailing_stop":
        return price if order.triggered else None
    if order.type in ("limit", "stop_limit"):
        assert order.limit_price is not None
        if (buy and price > order.limit_price) or (not buy and price < order.limit_price):
            return None
    return price


def _minute_price(order: Order, bar: px.Minute) -> Decimal | None:
    """The fill price of a working order during ``bar`` (None: it does not trade)."""
    buy = order.side == "buy"
    if order.type == "trailing_stop" and not order.triggered:
        assert order.stop_price is not None and order.hwm is not None
        stop = order.stop_price
        if (buy and bar.h >= stop) or (not buy and bar.low <= stop):
            order.triggered = True
            return max(stop, bar.o) if buy else min(stop, bar.o)
        order.hwm = min(order.hwm, bar.low) if buy else max(order.hwm, bar.h)
        update_trail(order)
        return None
    if order.type in ("stop", "stop_limit") and not order.triggered:
        assert order.stop_price is not None
        stop = order.stop_price
        if not ((buy and bar.h >= stop) or (not buy and bar.low <= stop)):
            return None
        order.triggered = True
        trigger = max(stop, bar.o) if buy else min(stop, bar.o)
        if order.type == "stop":
            return trigger
        assert order.limit_price is not None
        fits = trigger <= order.limit_price if buy else trigger >= order.limit_price
        return trigger if fits else None
    if order.type in ("limit", "stop_limit"):
        limit = order.limit_price
        assert limit is not None
        if buy:
            return min(limit, bar.o) if bar.low <= limit else None
        return max(limit, bar.o) if bar.h >= limit else None
    return bar.c


def _wanted(order: Order, price: Decimal) -> Decimal:
    """How much is left to fill at ``price``."""
    if order.notional is not None:
        return _notional_qty(order.notional - order.filled_cost, price)
    return order.remaining or Decimal(0)


def _notional_qty(notional: Decimal | None, price: Decimal) -> Decimal:
    assert notional is not None
    return max(Decimal(0), (notional / price).quantize(QTY_STEP, ROUND_DOWN))


def _net_price(prices: px.Prices, order: Order, at: datetime) -> Decimal:
    """A multi-leg order's net price per unit: debit positive, credit negative."""
    total = Decimal(0)
    for leg in order.legs:
        price = prices.option(leg.symbol, at) * (leg.ratio_qty or 1)
        total += price if leg.side == "buy" else -price
    return total


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
