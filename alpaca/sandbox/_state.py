"""Sandbox account state: cash, orders and positions (thread-safe, exact Decimal money).

The account is a margin account: gross position value may reach ``multiplier`` times equity
(4 from $25,000 of equity, 2 from $2,000, else 1, never above ``max_multiplier``). Initial
margin is half the gross value (Reg T), maintenance margin 30 %. Day trades are counted over
the last five sessions for the pattern-day-trader rules.
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from alpaca.sandbox import _calendar as cal
from alpaca.sandbox import _market as market
from alpaca.sandbox._format import fmt_decimal, fmt_optional, fmt_optional_time, fmt_time_ns
from alpaca.sandbox._prices import Prices

INITIAL_CASH = Decimal("100000")
ACCOUNT_ID = "8f5e3c9a-2b1d-4e6f-9a7c-5d3b1e0f2a4c"
ACCOUNT_NUMBER = "PA3SANDBOX01"
PDT_EQUITY = Decimal(25000)
MARGIN_EQUITY = Decimal(2000)
OPEN_STATUSES = frozenset(
    {
        "new",
        "partially_filled",
        "accepted",
        "pending_new",
        "held",
        "accepted_for_bidding",
        "pending_cancel",
        "pending_replace",
        "done_for_day",
        "stopped",
        "calculated",
        "suspended",
    }
)
WORKING_STATUSES = frozenset({"new", "partially_filled"})
"""Statuses of an order that can trade right now."""

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    """The real current time."""
    return datetime.now(UTC)


def _fmt_expiry(value: datetime | None) -> str | None:
    return None if value is None else f"{value.astimezone(UTC):%Y-%m-%dT%H:%M:%SZ}"


@dataclass(slots=True)
class Order:
    """One order as the sandbox stores it."""

    id: str
    client_order_id: str
    symbol: str
    asset_id: str
    side: str
    type: str
    time_in_force: str
    created_at: datetime
    qty: Decimal | None = None
    notional: Decimal | None = None
    limit_price: Decimal | None = None
    stop_price: Decimal | None = None
    trail_price: Decimal | None = None
    trail_percent: Decimal | None = None
    hwm: Decimal | None = None
    order_class: str = ""
    extended_hours: bool = False
    position_intent: str | None = None
    status: str = "new"
    filled_qty: Decimal = Decimal(0)
    filled_avg_price: Decimal | None = None
    updated_at: datetime | None = None
    filled_at: datetime | None = None
    expired_at: datetime | None = None
    canceled_at: datetime | None = None
    failed_at: datetime | None = None
    replaced_at: datetime | None = None
    replaced_by: str | None = None
    replaces: str | None = None
    legs: list[Order] = field(default_factory=list)
    parent_id: str | None = None
    asset_class: str = "us_equity"
    expires_at: datetime | None = None
    active_at: datetime | None = None
    """When the order may first trade (queued orders: the next open, auctions: theirs)."""
    triggered: bool = False
    """A stop, stop-limit or trailing stop whose stop price was reached."""
    filled_cost: Decimal = Decimal(0)
    """Sum of fill quantity times price (per share or contract, before any multiplier)."""
    ratio_qty: Decimal | None = None

    @property
    def is_open(self) -> bool:
        """Whether the order can still fill, be cancelled or replaced."""
        return self.status in OPEN_STATUSES

    @property
    def remaining(self) -> Decimal | None:
        """Quantity still to fill (None for a notional order)."""
        return None if self.qty is None else self.qty - self.filled_qty

    def to_json(self, nested: bool = True) -> dict[str, Any]:
        """Alpaca's order object; legs are included when ``nested``."""
        body = {
            "id": self.id,
            "client_order_id": self.client_order_id,
            "created_at": fmt_time_ns(self.created_at),
            "updated_at": fmt_time_ns(self.updated_at or self.created_at),
            "submitted_at": fmt_time_ns(self.created_at),
            "filled_at": fmt_optional_time(self.filled_at),
            "expired_at": fmt_optional_time(self.expired_at),
            "expires_at": _fmt_expiry(self.expires_at),
            "canceled_at": fmt_optional_time(self.canceled_at),
            "failed_at": fmt_optional_time(self.failed_at),
            "replaced_at": fmt_optional_time(self.replaced_at),
            "replaced_by": self.replaced_by,
            "replaces": self.replaces,
            "asset_id": self.asset_id,
            "symbol": self.symbol,
            "asset_class": self.asset_class,
            "notional": fmt_optional(self.notional),
            "qty": fmt_optional(self.qty),
            "filled_qty": fmt_decimal(self.filled_qty),
            "filled_avg_price": fmt_optional(self.filled_avg_price),
            "order_class": self.order_class,
            "order_type": self.type,
            "type": self.type,
            "side": self.side,
            "position_intent": self.position_intent,
            "time_in_force": self.time_in_force,
            "limit_price": fmt_optional(self.limit_price),
            "stop_price": fmt_optional(self.stop_price),
            "status": self.status,
            "extended_hours": self.extended_hours,
            "legs": [leg.to_json() for leg in self.legs] if nested and self.legs else None,
            "trail_percent": fmt_optional(self.trail_percent),
            "trail_price": fmt_optional(self.trail_price),
            "hwm": fmt_optional(self.hwm),
            "subtag": None,
            "source": None,
        }
        if self.ratio_qty is not None:
            body["ratio_qty"] = fmt_decimal(self.ratio_qty)
        return body


@dataclass(slots=True)
class Position:
    """A holding: signed quantity (negative when short) and signed cost basis."""

    symbol: str
    qty: Decimal
    cost_basis: Decimal
    asset_class: str = "us_equity"
    asset_id: str = ""
    multiplier: int = 1
    """Shares per unit: 100 for option contracts."""

    @property
    def avg_entry_price(self) -> Decimal:
        """Average price paid (received, when short) per share or contract."""
        return self.cost_basis / self.qty


@dataclass(slots=True)
class Settings:
    """How this sandbox's account and matching behave."""

    max_multiplier: int = 4
    volume_share: Decimal = Decimal("0.1")
    """Share of each minute's synthetic volume that orders may take (partial fills beyond)."""


class State:
    """Everything a sandbox account holds; guard mutations with ``lock``.

    Attributes not listed in ``TRANSIENT`` are saved by :mod:`alpaca.sandbox._persist`.
    """

    TRANSIENT = frozenset({"now", "lock", "prices"})

    def __init__(self, now: Clock = utc_now, prices: Prices | None = None) -> None:
        self.now = now
        self.prices = prices or Prices()
        self.lock = threading.RLock()
        self.created_at = datetime(2024, 1, 2, 14, 30, tzinfo=UTC)
        self.cash = INITIAL_CASH
        self.orders: dict[str, Order] = {}
        self.positions: dict[str, Position] = {}
        self.settings = Settings()
        self.matched_until = now()
        """Time up to which orders have been matched."""
        self.volume_used: dict[str, tuple[int, Decimal]] = {}
        """Per symbol: the minute (epoch seconds) and the volume orders took in it."""
        self.opened_on: dict[str, date] = {}
        """Per symbol: the New York day its position was last opened or increased."""
        self.day_trades: list[tuple[date, str]] = []
        """(day, order id) of each day trade."""

    @staticmethod
    def new_id() -> str:
        """A fresh random uuid string."""
        return str(uuid.uuid4())

    def order_by_client_id(self, client_order_id: str) -> Order | None:
        """The order with ``client_order_id``, if any."""
        return next((o for o in self.orders.values() if o.client_order_id == client_order_id), None)

    # -- fills ------------------------------------------------------------------------------

    def execute(self, order: Order, qty: Decimal, price: Decimal, at: datetime) -> None:
        """One fill of ``qty`` at ``price``: move cash and the position, update the order's
        filled quantity, average price and day-trade count (not its status)."""
        multiplier = 100 if order.asset_class == "us_option" else 1
        signed = qty if order.side == "buy" else -qty
        self.cash -= signed * price * multiplier
        held = self.positions.get(order.symbol)
        day = cal.et_date(at)
        if held is None or held.qty * signed > 0:
            self.opened_on[order.symbol] = day
        else:
            if self.opened_on.get(order.symbol) == day and (day, order.id) not in self.day_trades:
                self.day_trades.append((day, order.id))
        if held is None:
            held = self.positions[order.symbol] = Position(
                order.symbol, Decimal(0), Decimal(0), order.asset_class, order.asset_id, multiplier
            )
        if held.qty == 0 or held.qty * signed > 0:
            held.qty += signed
            held.cost_basis += signed * price
        elif abs(signed) <= abs(held.qty):
            held.cost_basis -= held.avg_entry_price * -signed
            held.qty += signed
        else:  # flips from long to short or back: the rest opens at this price
            held.qty += signed
            held.cost_basis = held.qty * price
        if held.qty == 0:
            del self.positions[order.symbol]
        order.filled_cost += qty * price
        order.filled_qty += qty
        order.filled_avg_price = average(order.filled_cost, order.filled_qty)
        order.filled_at = order.updated_at = at

    # -- valuation --------------------------------------------------------------------------

    def mark(self, symbol: str) -> Decimal:
        """The price a position in ``symbol`` is valued at now."""
        return self.prices.price(symbol, self.now())

    def daytrade_count(self) -> int:
        """Day trades in the last five sessions, today's included."""
        today = cal.et_date(self.now())
        first = today
        for _ in range(4):
            first = cal.previous_trading_day(first)
        return sum(1 for day, _ in self.day_trades if first <= day <= today)

    def exposure(self) -> tuple[Decimal, Decimal]:
        """Long and short market value (the short one negative)."""
        long_value = short_value = Decimal(0)
        for symbol, pos in self.positions.items():
            value = pos.qty * self.mark(symbol) * pos.multiplier
            if value >= 0:
                long_value += value
            else:
                short_value += value
        return long_value, short_value

    def equity(self) -> Decimal:
        """Cash plus the market value of every position."""
        long_value, short_value = self.exposure()
        return self.cash + long_value + short_value

    def multiplier(self, equity: Decimal) -> int:
        """Buying-power multiplier for ``equity``."""
        allowed = 4 if equity >= PDT_EQUITY else 2 if equity >= MARGIN_EQUITY else 1
        return min(allowed, self.settings.max_multiplier)

    def reserved(self) -> Decimal:
        """Value held back by open orders that would add exposure."""
        now = self.now()
        total = Decimal(0)
        selling: dict[str, Decimal] = {}
        for order in self.orders.values():
            if not _reserving(order) or order.order_class == "mleg":
                continue
            if order.notional is not None:
                if order.side == "buy":
                    total += order.notional - order.filled_cost
                continue
            price = order.limit_price or order.stop_price or self.prices.price(order.symbol, now)
            remaining = order.remaining or Decimal(0)
            scale = 100 if order.asset_class == "us_option" else 1
            if order.side == "buy":
                held = self.positions.get(order.symbol)
                covering = -held.qty if held is not None and held.qty < 0 else Decimal(0)
                total += max(Decimal(0), remaining - covering) * price * scale
            else:
                selling[order.symbol] = selling.get(order.symbol, Decimal(0)) + remaining
        for symbol, qty in selling.items():
            held = self.positions.get(symbol)
            long_qty = held.qty if held is not None and held.qty > 0 else Decimal(0)
            if qty > long_qty:
                total += (qty - long_qty) * self.prices.price(symbol, now)
        return total

    def buying_power(self) -> Decimal:
        """Gross exposure still allowed: multiplier times equity, less positions and orders."""
        long_value, short_value = self.exposure()
        equity = self.cash + long_value + short_value
        room = self.multiplier(equity) * equity - (long_value - short_value) - self.reserved()
        return max(Decimal(0), room)

    def cash_available(self) -> Decimal:
        """Cash not needed by positions or open orders (what non-marginable buys may use)."""
        return max(Decimal(0), min(self.cash, self.equity()) - self.reserved())

    def reserved_qty(self, symbol: str) -> Decimal:
        """Shares held back for open sell orders (bracket exit legs excluded)."""
        return sum(
            (
                o.remaining or Decimal(0)
                for o in self.orders.values()
                if _reserving(o) and o.side == "sell" and o.symbol == symbol
            ),
            Decimal(0),
        )

    def position_json(self, pos: Position) -> dict[str, Any]:
        """Alpaca's position object, valued at the current price."""
        now = self.now()
        price = self.mark(pos.symbol)
        option = pos.asset_class == "us_option"
        lastday = price if option else self.prices.last_close(pos.symbol, now)
        value = pos.qty * price * pos.multiplier
        cost = pos.cost_basis * pos.multiplier
        pl = value - cost
        intraday = pos.qty * (price - lastday) * pos.multiplier
        asset = market.find_asset(pos.symbol)
        available = pos.qty - self.reserved_qty(pos.symbol) if pos.qty > 0 else pos.qty
        return {
            "asset_id": pos.asset_id or (asset.id if asset else ""),
            "symbol": pos.symbol,
            "exchange": asset.exchange if asset else "",
            "asset_class": pos.asset_class,
            "asset_marginable": asset.tradable if asset else False,
            "qty": fmt_decimal(pos.qty),
            "qty_available": fmt_decimal(available),
            "avg_entry_price": fmt_decimal(pos.avg_entry_price),
            "side": "long" if pos.qty > 0 else "short",
            "market_value": fmt_decimal(value),
            "cost_basis": fmt_decimal(cost),
            "unrealized_pl": fmt_decimal(pl),
            "unrealized_plpc": fmt_decimal(pl / abs(cost)),
            "unrealized_intraday_pl": fmt_decimal(intraday),
            "unrealized_intraday_plpc": fmt_decimal(
                intraday / abs(pos.qty * lastday * pos.multiplier)
            ),
            "current_price": fmt_decimal(price),
            "lastday_price": fmt_decimal(lastday),
            "change_today": fmt_decimal((price - lastday) / lastday),
        }

    def account_json(self) -> dict[str, Any]:
        """Alpaca's account object."""
        now = self.now()
        long_value, short_value = self.exposure()
        gross = long_value - short_value
        equity = self.cash + long_value + short_value
        last_value = sum(
            (
                p.qty * self.prices.last_close(s, now) * p.multiplier
                for s, p in self.positions.items()
                if p.asset_class != "us_option"
            ),
            Decimal(0),
        )
        multiplier = self.multiplier(equity)
        reserved = self.reserved()
        buying_power = self.buying_power()
        regt = max(Decimal(0), min(multiplier, 2) * equity - gross - reserved)
        cash_power = self.cash_available()
        daytrades = self.daytrade_count()
        return {
            "id": ACCOUNT_ID,
            "account_number": ACCOUNT_NUMBER,
            "status": "ACTIVE",
            "crypto_status": "ACTIVE",
            "currency": "USD",
            "cash": fmt_decimal(self.cash),
            "buying_power": fmt_decimal(buying_power),
            "regt_buying_power": fmt_decimal(regt),
            "daytrading_buying_power": fmt_decimal(buying_power if multiplier == 4 else Decimal(0)),
            "effective_buying_power": fmt_decimal(buying_power),
            "non_marginable_buying_power": fmt_decimal(cash_power),
            "options_buying_power": fmt_decimal(cash_power),
            "bod_dtbp": "0",
            "accrued_fees": "0",
            "pending_transfer_in": "0",
            "pending_transfer_out": "0",
            "pending_reg_taf_fees": "0",
            "portfolio_value": fmt_decimal(equity),
            "equity": fmt_decimal(equity),
            "last_equity": fmt_decimal(self.cash + last_value),
            "long_market_value": fmt_decimal(long_value),
            "short_market_value": fmt_decimal(short_value),
            "position_market_value": fmt_decimal(gross),
            "initial_margin": fmt_decimal(gross / 2),
            "maintenance_margin": fmt_decimal(gross * Decimal("0.3")),
            "last_maintenance_margin": fmt_decimal(abs(last_value) * Decimal("0.3")),
            "sma": "0",
            "multiplier": str(multiplier),
            "intraday_adjustments": "0",
            "daytrade_count": daytrades,
            "balance_asof": cal.previous_trading_day(cal.et_date(now)).isoformat(),
            "pattern_day_trader": daytrades >= 4,
            "trading_blocked": False,
            "transfers_blocked": False,
            "account_blocked": False,
            "trade_suspended_by_user": False,
            "shorting_enabled": multiplier > 1,
            "options_approved_level": 3,
            "options_trading_level": 3,
            "crypto_tier": 1,
            "created_at": fmt_time_ns(self.created_at),
            "admin_configurations": {},
            "user_configurations": None,
        }


def average(cost: Decimal, qty: Decimal) -> Decimal | None:
    """Average price of fills totalling ``cost`` for ``qty`` (9 decimals at most)."""
    if qty == 0:
        return None
    return (cost / qty).quantize(Decimal("0.000000001")).normalize()


def _reserving(order: Order) -> bool:
    """Open top-level orders hold buying power or shares back (one being replaced or checked
    again before it starts working does not)."""
    return (
        order.is_open
        and order.parent_id is None
        and order.status not in ("pending_replace", "pending_new")
    )
