"""Sandbox account state: cash, orders and positions (thread-safe, exact Decimal money)."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from alpaca.sandbox import _calendar as cal
from alpaca.sandbox import _market as market
from alpaca.sandbox._events import EventJournal
from alpaca.sandbox._format import fmt_decimal, fmt_optional, fmt_optional_time, fmt_time_ns
from alpaca.sandbox._funding import FundingBook

INITIAL_CASH = Decimal("100000")
ACCOUNT_ID = "8f5e3c9a-2b1d-4e6f-9a7c-5d3b1e0f2a4c"
ACCOUNT_NUMBER = "PA3SANDBOX01"
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

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    """The real current time."""
    return datetime.now(UTC)


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

    @property
    def is_open(self) -> bool:
        """Whether the order can still fill, be cancelled or replaced."""
        return self.status in OPEN_STATUSES

    def to_json(self, nested: bool = True) -> dict[str, Any]:
        """Alpaca's order object; legs are included when ``nested``."""
        return {
            "id": self.id,
            "client_order_id": self.client_order_id,
            "created_at": fmt_time_ns(self.created_at),
            "updated_at": fmt_time_ns(self.updated_at or self.created_at),
            "submitted_at": fmt_time_ns(self.created_at),
            "filled_at": fmt_optional_time(self.filled_at),
            "expired_at": fmt_optional_time(self.expired_at),
            "expires_at": None,
            "canceled_at": fmt_optional_time(self.canceled_at),
            "failed_at": fmt_optional_time(self.failed_at),
            "replaced_at": fmt_optional_time(self.replaced_at),
            "replaced_by": self.replaced_by,
            "replaces": self.replaces,
            "asset_id": self.asset_id,
            "symbol": self.symbol,
            "asset_class": "us_equity",
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


@dataclass(slots=True)
class Position:
    """A long holding: quantity and total cost basis."""

    symbol: str
    qty: Decimal
    cost_basis: Decimal

    @property
    def avg_entry_price(self) -> Decimal:
        """Average price paid per share."""
        return self.cost_basis / self.qty


class State:
    """Everything a sandbox account holds; guard mutations with ``lock``."""

    def __init__(self, now: Clock = utc_now) -> None:
        self.now = now
        self.lock = threading.RLock()
        self.created_at = datetime(2024, 1, 2, 14, 30, tzinfo=UTC)
        self.cash = INITIAL_CASH
        self.orders: dict[str, Order] = {}
        self.positions: dict[str, Position] = {}
        self.funding = FundingBook.opened(self.created_at)
        """Crypto and perpetuals wallets, transfers, whitelists and leverage."""
        self.locates: dict[str, dict[str, Any]] = {}
        """Locates by id, as created (their status is computed when read)."""
        self.tokenization_requests: list[dict[str, Any]] = []
        self.activity_events = EventJournal()

    @staticmethod
    def new_id() -> str:
        """A fresh random uuid string."""
        return str(uuid.uuid4())

    def order_by_client_id(self, client_order_id: str) -> Order | None:
        """The order with ``client_order_id``, if any."""
        return next((o for o in self.orders.values() if o.client_order_id == client_order_id), None)

    def apply_fill(self, order: Order, qty: Decimal, price: Decimal, at: datetime) -> None:
        """Fill ``order`` completely: move cash and shares."""
        cost = qty * price
        held = self.positions.get(order.symbol)
        if order.side == "buy":
            self.cash -= cost
            if held is None:
                self.positions[order.symbol] = Position(order.symbol, qty, cost)
            else:
                held.qty += qty
                held.cost_basis += cost
        else:
            assert held is not None
            self.cash += cost
            if qty == held.qty:
                del self.positions[order.symbol]
            else:
                held.cost_basis -= held.avg_entry_price * qty
                held.qty -= qty
        order.filled_qty = qty
        order.filled_avg_price = price
        order.status = "filled"
        order.filled_at = order.updated_at = at

    def reserved_cash(self) -> Decimal:
        """Cash held back for open buy orders."""
        now = self.now()
        total = Decimal(0)
        for order in self.orders.values():
            if _reserving(order) and order.side == "buy":
                if order.notional is not None:
                    total += order.notional
                elif order.qty is not None:
                    price = order.limit_price or order.stop_price
                    total += order.qty * (price or market.last_price(order.symbol, now))
        return total

    def reserved_qty(self, symbol: str) -> Decimal:
        """Shares held back for open sell orders (bracket exit legs excluded)."""
        return sum(
            (
                o.qty or Decimal(0)
                for o in self.orders.values()
                if _reserving(o) and o.side == "sell" and o.symbol == symbol
            ),
            Decimal(0),
        )

    def buying_power(self) -> Decimal:
        """Cash not reserved by open buy orders."""
        return self.cash - self.reserved_cash()

    def position_json(self, pos: Position) -> dict[str, Any]:
        """Alpaca's position object, valued at the synthetic last price."""
        now = self.now()
        asset = market.find_asset(pos.symbol)
        assert asset is not None
        price = market.last_price(pos.symbol, now)
        lastday = _lastday_price(pos.symbol, now)
        value = pos.qty * price
        pl = value - pos.cost_basis
        intraday = pos.qty * (price - lastday)
        return {
            "asset_id": asset.id,
            "symbol": pos.symbol,
            "exchange": asset.exchange,
            "asset_class": "us_equity",
            "asset_marginable": asset.tradable,
            "qty": fmt_decimal(pos.qty),
            "qty_available": fmt_decimal(pos.qty - self.reserved_qty(pos.symbol)),
            "avg_entry_price": fmt_decimal(pos.avg_entry_price),
            "side": "long",
            "market_value": fmt_decimal(value),
            "cost_basis": fmt_decimal(pos.cost_basis),
            "unrealized_pl": fmt_decimal(pl),
            "unrealized_plpc": fmt_decimal(pl / pos.cost_basis),
            "unrealized_intraday_pl": fmt_decimal(intraday),
            "unrealized_intraday_plpc": fmt_decimal(intraday / (pos.qty * lastday)),
            "current_price": fmt_decimal(price),
            "lastday_price": fmt_decimal(lastday),
            "change_today": fmt_decimal((price - lastday) / lastday),
        }

    def account_json(self) -> dict[str, Any]:
        """Alpaca's account object."""
        now = self.now()
        long_value = sum(
            (p.qty * market.last_price(s, now) for s, p in self.positions.items()), Decimal(0)
        )
        last_long = sum(
            (p.qty * _lastday_price(s, now) for s, p in self.positions.items()), Decimal(0)
        )
        equity = self.cash + long_value
        buying_power = fmt_decimal(self.buying_power())
        return {
            "id": ACCOUNT_ID,
            "account_number": ACCOUNT_NUMBER,
            "status": "ACTIVE",
            "crypto_status": "ACTIVE",
            "currency": "USD",
            "cash": fmt_decimal(self.cash),
            "buying_power": buying_power,
            "regt_buying_power": buying_power,
            "daytrading_buying_power": "0",
            "effective_buying_power": buying_power,
            "non_marginable_buying_power": buying_power,
            "options_buying_power": buying_power,
            "bod_dtbp": "0",
            "accrued_fees": "0",
            "pending_transfer_in": "0",
            "pending_transfer_out": "0",
            "pending_reg_taf_fees": "0",
            "portfolio_value": fmt_decimal(equity),
            "equity": fmt_decimal(equity),
            "last_equity": fmt_decimal(self.cash + last_long),
            "long_market_value": fmt_decimal(long_value),
            "short_market_value": "0",
            "position_market_value": fmt_decimal(long_value),
            "initial_margin": fmt_decimal(long_value),
            "maintenance_margin": fmt_decimal(long_value * Decimal("0.3")),
            "last_maintenance_margin": fmt_decimal(last_long * Decimal("0.3")),
            "sma": "0",
            "multiplier": "1",
            "intraday_adjustments": "0",
            "daytrade_count": 0,
            "balance_asof": cal.previous_trading_day(cal.et_date(now)).isoformat(),
            "pattern_day_trader": False,
            "trading_blocked": False,
            "transfers_blocked": False,
            "account_blocked": False,
            "trade_suspended_by_user": False,
            "shorting_enabled": False,
            "options_approved_level": 0,
            "options_trading_level": 0,
            "crypto_tier": 1,
            "created_at": fmt_time_ns(self.created_at),
            "admin_configurations": {},
            "user_configurations": None,
        }


def _reserving(order: Order) -> bool:
    """Open top-level orders hold cash or shares back (one being replaced does not)."""
    return order.is_open and order.parent_id is None and order.status != "pending_replace"


def _lastday_price(symbol: str, now: datetime) -> Decimal:
    """Close of the session before the one the last price comes from."""
    latest = market.latest_bar(symbol, now)
    day = cal.et_date(datetime.fromtimestamp(latest.t, UTC))
    return Decimal(str(market.minute_bars(symbol, cal.previous_trading_day(day))[-1].c))
