"""Trading API fixed-income asset lists: a few US treasuries and corporate bonds (invented
issues with valid ISIN check digits); each bond's status follows the sandbox clock."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from alpaca.sandbox import _calendar as cal
from alpaca.sandbox._format import bad_request, json_response
from alpaca.sandbox._state import State

SUBTYPES = ("bond", "bill", "note", "strips", "tips", "floating")
STATUSES = ("outstanding", "matured", "pre_issuance")
_MONTHS_BETWEEN = {"annual": 12, "semi_annual": 6, "quarterly": 3, "monthly": 1}


def isin(cusip: str) -> str:
    """The US ISIN of a CUSIP, with its check digit."""
    body = "US" + cusip
    digits = "".join(str(int(char, 36)) for char in body)
    total = 0
    for position, char in enumerate(reversed(digits)):
        value = int(char) * (2 if position % 2 == 0 else 1)
        total += value // 10 + value % 10
    return body + str((10 - total % 10) % 10)


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, 28))


@dataclass(frozen=True, slots=True)
class Bond:
    """The fields every bond shares; the rest is derived."""

    cusip: str
    issue_date: date
    maturity_date: date
    coupon: float
    coupon_type: str
    coupon_frequency: str

    @property
    def isin(self) -> str:
        return isin(self.cusip)

    def status(self, today: date) -> str:
        if today < self.issue_date:
            return "pre_issuance"
        return "matured" if today >= self.maturity_date else "outstanding"

    def coupon_dates(self, today: date) -> dict[str, str | None]:
        """First, last and next coupon dates, stepping back from maturity."""
        step = _MONTHS_BETWEEN.get(self.coupon_frequency)
        if step is None:
            return {"first_coupon_date": None, "last_coupon_date": None, "next_coupon_date": None}
        dates, day = [], self.maturity_date
        while day > self.issue_date:
            dates.append(day)
            day = _add_months(day, -step)
        dates.reverse()
        upcoming = next((d for d in dates if d > today), None)
        return {
            "first_coupon_date": dates[0].isoformat(),
            "last_coupon_date": dates[-1].isoformat(),
            "next_coupon_date": None if upcoming is None else upcoming.isoformat(),
        }

    def common_json(self, today: date, description: str, short: str) -> dict[str, Any]:
        status = self.status(today)
        priced = status == "outstanding"
        price_day = cal.previous_trading_day(today)
        return {
            "cusip": self.cusip,
            "isin": self.isin,
            "bond_status": status,
            "tradable": priced,
            "issue_date": self.issue_date.isoformat(),
            "maturity_date": self.maturity_date.isoformat(),
            "description": description,
            "description_short": short,
            "coupon": self.coupon,
            "coupon_type": self.coupon_type,
            "coupon_frequency": self.coupon_frequency,
            "close_price": round(97.5 + self.coupon / 2, 3) if priced else None,
            "close_price_date": price_day.isoformat() if priced else None,
            "close_yield_to_maturity": round(4.1 + self.coupon / 10, 3) if priced else None,
            "close_yield_to_worst": round(4.1 + self.coupon / 10, 3) if priced else None,
            **self.coupon_dates(today),
        }


@dataclass(frozen=True, slots=True)
class Treasury:
    """A US treasury issue."""

    bond: Bond
    subtype: str

    def to_json(self, today: date) -> dict[str, Any]:
        bond = self.bond
        kind = {"tips": "Inflation-Indexed Note", "strips": "Strip"}.get(
            self.subtype, self.subtype.capitalize()
        )
        due = f"{bond.maturity_date:%m/%d/%Y}"
        description = f"United States Treasury {kind} {bond.coupon}% {due}"
        short = f"T {bond.coupon} {bond.maturity_date:%m/%d/%y}"
        return {**bond.common_json(today, description, short), "subtype": self.subtype}


@dataclass(frozen=True, slots=True)
class Corporate:
    """A US corporate bond."""

    bond: Bond
    ticker: str
    issuer: str
    sector: str

    def to_json(self, today: date) -> dict[str, Any]:
        bond = self.bond
        description = f"{self.issuer} {bond.coupon}% {bond.maturity_date:%m/%d/%Y}"
        short = f"{self.ticker} {bond.coupon} {bond.maturity_date:%m/%d/%y}"
        common = bond.common_json(today, description, short)
        return {
            **common,
            "ticker": self.ticker,
            "issuer": self.issuer,
            "country_domicile": "US",
            "sector": self.sector,
            "seniority": "Senior Unsecured",
            "marginable": common["tradable"],
            "dated_date": bond.issue_date.isoformat(),
            "perpetual": False,
            "callable": True,
            "call_type": "make_whole",
            "puttable": False,
            "convertible": False,
            "reg_s": False,
            "day_count": "30/360",
            "issue_size": 1_500_000_000,
            "issue_price": 99.8,
            "issue_minimum_denomination": 2000,
            "par_value": 1000,
            "accrued_interest": round(bond.coupon * 2.5, 2) if common["tradable"] else None,
            "sp_rating": "AA+",
            "sp_outlook": "stable",
        }


TREASURIES = (
    Treasury(Bond("912797AA3", date(2025, 1, 2), date(2025, 7, 3), 0, "zero", "zero"), "bill"),
    Treasury(Bond("912797AB1", date(2026, 10, 1), date(2027, 4, 1), 0, "zero", "zero"), "bill"),
    Treasury(
        Bond("91282CAA8", date(2023, 11, 15), date(2028, 11, 15), 4.5, "fixed", "semi_annual"),
        "note",
    ),
    Treasury(
        Bond("91282CAB6", date(2021, 2, 15), date(2026, 2, 15), 0.375, "fixed", "semi_annual"),
        "note",
    ),
    Treasury(
        Bond("912810AA4", date(2024, 5, 15), date(2054, 5, 15), 4.625, "fixed", "semi_annual"),
        "bond",
    ),
    Treasury(
        Bond("912828AA2", date(2024, 1, 15), date(2034, 1, 15), 1.75, "fixed", "semi_annual"),
        "tips",
    ),
    Treasury(
        Bond("912828AB0", date(2025, 1, 31), date(2027, 1, 31), 0.1, "floating", "quarterly"),
        "floating",
    ),
    Treasury(Bond("912803AA2", date(2020, 5, 15), date(2050, 5, 15), 0, "zero", "zero"), "strips"),
)
CORPORATES = (
    Corporate(
        Bond("037833AA9", date(2020, 5, 11), date(2030, 5, 11), 1.65, "fixed", "semi_annual"),
        "AAPL",
        "Apple Inc.",
        "Technology",
    ),
    Corporate(
        Bond("594918AA3", date(2017, 2, 6), date(2037, 2, 6), 4.1, "fixed", "semi_annual"),
        "MSFT",
        "Microsoft Corporation",
        "Technology",
    ),
    Corporate(
        Bond("46647PAA4", date(2021, 4, 22), date(2032, 4, 22), 2.58, "fixed", "semi_annual"),
        "JPM",
        "JPMorgan Chase & Co.",
        "Financials",
    ),
    Corporate(
        Bond("06051GAA8", date(2018, 1, 20), date(2024, 1, 20), 3.0, "fixed", "semi_annual"),
        "BAC",
        "Bank of America Corporation",
        "Financials",
    ),
)


def _set(params: Mapping[str, str], name: str) -> set[str] | None:
    raw = params.get(name)
    return None if not raw else {item.strip().upper() for item in raw.split(",") if item.strip()}


def _choice(params: Mapping[str, str], name: str, allowed: tuple[str, ...]) -> str | None:
    value = params.get(name)
    if value is not None and value not in allowed:
        raise bad_request(f"invalid {name}: {value!r}")
    return value


def _matches(bond: Bond, today: date, params: Mapping[str, str]) -> bool:
    status = _choice(params, "bond_status", STATUSES)
    cusips, isins = _set(params, "cusips"), _set(params, "isins")
    return (
        (status is None or bond.status(today) == status)
        and (cusips is None or bond.cusip in cusips)
        and (isins is None or bond.isin in isins)
    )


def treasuries(params: Mapping[str, str], today: date) -> dict[str, Any]:
    """The ``/v2/assets/fixed_income/us_treasuries`` body."""
    subtype = _choice(params, "subtype", SUBTYPES)
    found = [
        t.to_json(today)
        for t in TREASURIES
        if _matches(t.bond, today, params) and (subtype is None or t.subtype == subtype)
    ]
    return {"us_treasuries": sorted(found, key=lambda item: item["isin"])}


def corporates(params: Mapping[str, str], today: date) -> dict[str, Any]:
    """The ``/v2/assets/fixed_income/us_corporates`` body."""
    tickers = _set(params, "tickers")
    found = [
        c.to_json(today)
        for c in CORPORATES
        if _matches(c.bond, today, params) and (tickers is None or c.ticker in tickers)
    ]
    return {"us_corporates": sorted(found, key=lambda item: item["isin"])}


def routes(state_of: Callable[[Request], State]) -> list[Route]:
    """The treasury and corporate bond list routes."""

    async def us_treasuries(request: Request) -> Response:
        today = cal.et_date(state_of(request).now())
        return json_response(treasuries(request.query_params, today))

    async def us_corporates(request: Request) -> Response:
        today = cal.et_date(state_of(request).now())
        return json_response(corporates(request.query_params, today))

    return [
        Route("/v2/assets/fixed_income/us_treasuries", us_treasuries, methods=["GET"]),
        Route("/v2/assets/fixed_income/us_corporates", us_corporates, methods=["GET"]),
    ]
