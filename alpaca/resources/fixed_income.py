"""``client.fixed_income``: latest bond prices, yields and quotes, by ISIN."""

from __future__ import annotations

import re
from collections.abc import Iterable

from alpaca_client.data.api.fixed_income import (
    get_fixed_income_latest_prices,
    get_fixed_income_latest_quotes,
)
from alpaca_client.data.models import (
    FixedIncomeLatestPricesResponse,
    FixedIncomeLatestQuotesResponse,
    FixedIncomePrice,
    FixedIncomeQuote,
)

from .._operation import M, Plan, Resource, Timeout, data, decode, given, operation
from .._params import symbols_param

Isins = str | Iterable[str]
PRICES_MAX = 1000
QUOTES_MAX = 100
_ISIN = re.compile(r"^[A-Z]{2}[A-Z0-9]{9}[0-9]$")


def _isins(isins: Isins, most: int) -> str:
    found = symbols_param(isins, "isins")
    for isin in found:
        if not _ISIN.match(isin):
            raise ValueError(f"isins: {isin!r} is not an ISIN (12 characters, e.g. US912797KJ59)")
    if len(found) > most:
        raise ValueError(f"isins: at most {most} per call, got {len(found)}")
    return ",".join(found)


def _trade_size(trade_size: int | None) -> int | None:
    if trade_size is not None and (isinstance(trade_size, bool) or not isinstance(trade_size, int)):
        raise TypeError(f"trade_size: expected int, got {type(trade_size).__name__}")
    return trade_size


class FixedIncome(Resource[M]):
    """Bond prices and quotes."""

    @operation
    def latest_prices(
        self, isins: Isins, *, timeout: Timeout = None
    ) -> Plan[dict[str, FixedIncomePrice]]:
        """The latest price (percent of par, ``.p``) and yields (``.ytm``, ``.ytw``) per ISIN,
        up to 1000 ISINs."""
        kwargs = get_fixed_income_latest_prices._get_kwargs(isins=_isins(isins, PRICES_MAX))
        response = yield data(kwargs, timeout)
        prices = FixedIncomeLatestPricesResponse.from_dict(decode(response)).prices
        return dict(prices.additional_properties)

    @operation
    def latest_quotes(
        self, isins: Isins, *, trade_size: int | None = None, timeout: Timeout = None
    ) -> Plan[dict[str, FixedIncomeQuote]]:
        """The latest best bid and ask per ISIN (up to 100), considering only sides whose
        minimum trade size is at most ``trade_size`` (negative: the smallest on each side)."""
        kwargs = get_fixed_income_latest_quotes._get_kwargs(
            isins=_isins(isins, QUOTES_MAX), **given(trade_size=_trade_size(trade_size))
        )
        response = yield data(kwargs, timeout)
        quotes = FixedIncomeLatestQuotesResponse.from_dict(decode(response)).quotes
        return dict(quotes.additional_properties)
