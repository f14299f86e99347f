"""Deterministic corporate actions for the sandbox's symbols: quarterly cash dividends from
2016 to 2030, the real forward splits of a few of them, and Facebook's ticker change to META.
Dates follow simple rules (ex-dates on the first trading day from the 10th of the month), so
they are plausible rather than historical. Ids and CUSIPs are stable uuid5-derived values."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from functools import cache
from typing import Any

from alpaca.sandbox import _calendar as cal
from alpaca.sandbox._format import fmt_decimal

_NAMESPACE = uuid.UUID("7d2f4a61-9c3b-4e0d-8b5a-1f6e2c9d4a37")
FIRST_YEAR, LAST_YEAR = 2016, 2030
#: symbol → (cash per share each quarter, month of the first ex-date in a year)
DIVIDENDS: dict[str, tuple[str, int]] = {
    "AAPL": ("0.25", 2),
    "MSFT": ("0.83", 2),
    "JPM": ("1.25", 1),
    "KO": ("0.51", 3),
    "PG": ("1.01", 1),
    "JNJ": ("1.24", 2),
    "XOM": ("0.99", 2),
    "PEP": ("1.42", 3),
    "WMT": ("0.21", 3),
    "HD": ("2.25", 3),
    "CSCO": ("0.41", 1),
    "SPY": ("1.75", 3),
}
#: symbol, ex-date, new shares per old share
SPLITS: tuple[tuple[str, date, int], ...] = (
    ("AAPL", date(2020, 8, 31), 4),
    ("TSLA", date(2020, 8, 31), 5),
    ("NVDA", date(2021, 7, 20), 4),
    ("AMZN", date(2022, 6, 6), 20),
    ("GOOGL", date(2022, 7, 18), 20),
    ("GOOG", date(2022, 7, 18), 20),
    ("TSLA", date(2022, 8, 25), 3),
    ("WMT", date(2024, 2, 26), 3),
    ("NVDA", date(2024, 6, 10), 10),
)
NAME_CHANGES: tuple[tuple[str, str, date], ...] = (("FB", "META", date(2022, 6, 9)),)


def cusip(symbol: str) -> str:
    """A stable 9-character CUSIP-like identifier for ``symbol``."""
    return uuid.uuid5(_NAMESPACE, f"cusip|{symbol}").hex[:9].upper()


@dataclass(frozen=True, slots=True)
class Action:
    """One corporate action; ``kind`` is the market data API's type name."""

    kind: str  # cash_dividend, forward_split or name_change
    symbol: str
    declaration_date: date
    ex_date: date
    record_date: date
    payable_date: date
    cash: Decimal = Decimal(0)
    old_rate: int = 1
    new_rate: int = 1
    new_symbol: str | None = None

    @property
    def id(self) -> str:
        """Stable id from the kind, symbol and ex-date."""
        return str(uuid.uuid5(_NAMESPACE, f"{self.kind}|{self.symbol}|{self.ex_date}"))

    @property
    def process_date(self) -> date:
        """The day Alpaca processes the action (the ex-date here)."""
        return self.ex_date

    @property
    def dates(self) -> dict[str, date]:
        """The four announcement dates by name."""
        return {
            "declaration_date": self.declaration_date,
            "ex_date": self.ex_date,
            "record_date": self.record_date,
            "payable_date": self.payable_date,
        }

    def announcement_json(self) -> dict[str, Any]:
        """The trading API's announcement object."""
        split = self.kind == "forward_split"
        return {
            "id": self.id,
            "corporate_action_id": f"{cusip(self.symbol)}_{self.ex_date:%Y%m%d}",
            "ca_type": "Split" if split else "Dividend",
            "ca_sub_type": "stock_split" if split else "cash",
            "initiating_symbol": self.symbol,
            "initiating_original_cusip": cusip(self.symbol),
            "target_symbol": self.symbol,
            "target_original_cusip": cusip(self.symbol),
            **{name: day.isoformat() for name, day in self.dates.items()},
            "cash": fmt_decimal(self.cash),
            "old_rate": str(self.old_rate),
            "new_rate": str(self.new_rate),
        }

    def data_json(self) -> dict[str, Any]:
        """The market data API's object for this kind."""
        if self.kind == "name_change":
            assert self.new_symbol is not None
            return {
                "id": self.id,
                "old_symbol": self.symbol,
                "old_cusip": cusip(self.symbol),
                "new_symbol": self.new_symbol,
                "new_cusip": cusip(self.new_symbol),
                "process_date": self.process_date.isoformat(),
            }
        body: dict[str, Any] = {
            "id": self.id,
            "symbol": self.symbol,
            "cusip": cusip(self.symbol),
            "process_date": self.process_date.isoformat(),
            "ex_date": self.ex_date.isoformat(),
            "record_date": self.record_date.isoformat(),
            "payable_date": self.payable_date.isoformat(),
        }
        if self.kind == "cash_dividend":
            return {**body, "rate": float(self.cash), "special": False, "foreign": False}
        return {**body, "new_rate": self.new_rate, "old_rate": self.old_rate}


def _trading_day_from(day: date) -> date:
    return day if cal.is_trading_day(day) else cal.next_trading_day(day)


def _dividend(symbol: str, cash: str, year: int, month: int) -> Action:
    ex = _trading_day_from(date(year, month, 10))
    record = ex if ex >= date(2024, 5, 28) else cal.next_trading_day(ex)  # T+1 from then on
    return Action(
        "cash_dividend",
        symbol,
        _trading_day_from(ex - timedelta(days=28)),
        ex,
        record,
        _trading_day_from(ex + timedelta(days=21)),
        cash=Decimal(cash),
    )


def _split(symbol: str, ex: date, ratio: int) -> Action:
    record = cal.previous_trading_day(ex - timedelta(days=7))
    return Action(
        "forward_split",
        symbol,
        _trading_day_from(ex - timedelta(days=60)),
        ex,
        record,
        cal.previous_trading_day(ex),
        new_rate=ratio,
    )


@cache
def actions() -> tuple[Action, ...]:
    """Every fixture action, by process date then id."""
    found = [
        _dividend(symbol, cash, year, first_month + 3 * quarter)
        for symbol, (cash, first_month) in DIVIDENDS.items()
        for year in range(FIRST_YEAR, LAST_YEAR + 1)
        for quarter in range(4)
    ]
    found += [_split(symbol, ex, ratio) for symbol, ex, ratio in SPLITS]
    found += [
        Action("name_change", old, day, day, day, day, new_symbol=new)
        for old, new, day in NAME_CHANGES
    ]
    return tuple(sorted(found, key=lambda action: (action.process_date, action.id)))
