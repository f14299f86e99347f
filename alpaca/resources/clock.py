"""``client.clock``: is the market open, and when it next opens and closes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from alpaca_client.trading.api.clock import get_clock, get_market_clocks
from alpaca_client.trading.models import Clock as ClockModel
from alpaca_client.trading.models import MarketClock, MarketClocks, MarketCode

from .._operation import M, Plan, Resource, Timeout, given, operation, parse, trading
from .._params import datetime_param, enums_param
from .._records import Records


class Clock(Resource[M]):
    """The market clock."""

    @operation
    def get(self, *, timeout: Timeout = None) -> Plan[ClockModel]:
        """The server's time and the next open and close (US equities)."""
        response = yield trading(get_clock._get_kwargs(), timeout)
        return parse(response, ClockModel.from_dict)

    @operation
    def markets(
        self,
        markets: MarketCode | str | Iterable[MarketCode | str] | None = None,
        *,
        time: dt.datetime | str | None = None,
        timeout: Timeout = None,
    ) -> Plan[Records[MarketClock]]:
        """One clock per market (MIC, BIC or acronym: ``"XNYS"``, ``["NYSE", "XLON"]``), with
        the session phase and the next open and close; at ``time`` instead of now if given."""
        kwargs = get_market_clocks._get_kwargs(
            **given(
                markets=None
                if markets is None
                else ",".join(enums_param(markets, MarketCode, "markets")),
                time=datetime_param(time, "time"),
            )
        )
        response = yield trading(kwargs, timeout)
        return Records(parse(response, MarketClocks.from_dict).clocks)
