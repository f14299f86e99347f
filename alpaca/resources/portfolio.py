"""``client.portfolio``: equity and profit/loss over time.

``history(...)`` returns :class:`PortfolioHistory`, the generated model of the same name with one
addition, ``.df`` (a subclass, so every field stays typed and nothing is restated).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING

from alpaca_client.trading.api.portfolio import get_portfolio_history
from alpaca_client.trading.models import ActivityType, IntradayReporting, PnlReset
from alpaca_client.trading.models import PortfolioHistory as PortfolioHistoryModel

from .. import _frames
from .._operation import M, Plan, Resource, Timeout, given, operation, parse, trading
from .._params import bool_param, datetime_param, enum_param, enums_param
from .._timeframe import TimeFrame, TimeFrameUnit

if TYPE_CHECKING:
    import pandas as pd

_PERIOD = re.compile(r"^(\d+)([DWMA])$")
_TIMEFRAMES = {
    TimeFrame(1, TimeFrameUnit.Minute): "1Min",
    TimeFrame(5, TimeFrameUnit.Minute): "5Min",
    TimeFrame(15, TimeFrameUnit.Minute): "15Min",
    TimeFrame(1, TimeFrameUnit.Hour): "1H",
    TimeFrame(1, TimeFrameUnit.Day): "1D",
}
_CASHFLOW_WORDS = ("ALL", "NONE")


class PortfolioHistory(PortfolioHistoryModel):
    """The generated ``PortfolioHistory`` plus ``.df``."""

    __slots__ = ()

    @property
    def df(self) -> pd.DataFrame:
        """One row per point: a UTC ``timestamp`` index and float64 columns ``equity``,
        ``profit_loss``, ``profit_loss_pct``, ``base_value`` and ``cashflow_<TYPE>`` per cash
        flow series asked for."""
        count = len(self.timestamp)
        columns: dict[str, Sequence[Decimal | None]] = {
            "equity": self.equity,
            "profit_loss": self.profit_loss,
            "profit_loss_pct": self.profit_loss_pct,
            "base_value": [self.base_value] * count,
        }
        flows = self.cashflow.additional_properties if self.cashflow is not None else {}
        columns.update({f"cashflow_{kind}": series for kind, series in flows.items()})
        return _frames.series_frame(self.timestamp, columns)


def _period(value: str) -> str:
    if not isinstance(value, str):
        raise TypeError(f"period: expected str, got {type(value).__name__}")
    text = value.strip().upper()
    match = _PERIOD.match(text)
    if match is None or int(match.group(1)) == 0:
        raise ValueError(f"period: {value!r} is not a number and D, W, M or A, e.g. '1M'")
    return text


def _timeframe(value: TimeFrame | str) -> str:
    parsed = TimeFrame.parse(value)
    if parsed not in _TIMEFRAMES:
        raise ValueError(f"timeframe: must be one of {', '.join(_TIMEFRAMES.values())}")
    return _TIMEFRAMES[parsed]


def _cashflow_types(value: str | Iterable[str]) -> str:
    if isinstance(value, str) and value.strip().upper() in _CASHFLOW_WORDS:
        return value.strip().upper()
    return ",".join(enums_param(value, ActivityType, "cashflow_types"))


class Portfolio(Resource[M]):
    """The account's portfolio over time."""

    @operation
    def history(
        self,
        *,
        period: str | None = None,
        timeframe: TimeFrame | str | None = None,
        start: dt.datetime | str | None = None,
        end: dt.datetime | str | None = None,
        intraday_reporting: IntradayReporting | str | None = None,
        pnl_reset: PnlReset | str | None = None,
        cashflow_types: str | Iterable[str] | None = None,
        extended_hours: bool | None = None,
        timeout: Timeout = None,
    ) -> Plan[PortfolioHistory]:
        """Equity and profit/loss per ``timeframe`` (``1Min``, ``5Min``, ``15Min``, ``1H``,
        ``1D``) over ``period`` (e.g. ``"1W"``, ``"3M"``, ``"1A"``), or from ``start`` and/or to
        ``end``: at most two of the three. ``cashflow_types`` is ``"ALL"``, ``"NONE"`` or
        activity types (``["CSD", "DIV"]``); ``extended_hours`` is superseded by
        ``intraday_reporting``."""
        first, last = datetime_param(start, "start"), datetime_param(end, "end")
        if sum(value is not None for value in (period, first, last)) > 2:
            raise ValueError("period: give at most two of period, start and end")
        if first is not None and last is not None and first > last:
            raise ValueError(f"start: {first.isoformat()} is after end {last.isoformat()}")
        kwargs = get_portfolio_history._get_kwargs(
            **given(
                period=None if period is None else _period(period),
                timeframe=None if timeframe is None else _timeframe(timeframe),
                intraday_reporting=enum_param(
                    intraday_reporting, IntradayReporting, "intraday_reporting"
                ),
                start=first,
                end=last,
                pnl_reset=enum_param(pnl_reset, PnlReset, "pnl_reset"),
                extended_hours=None
                if extended_hours is None
                else bool_param(extended_hours, "extended_hours"),
                cashflow_types=None if cashflow_types is None else _cashflow_types(cashflow_types),
            )
        )
        response = yield trading(kwargs, timeout)
        return parse(response, PortfolioHistory.from_dict)
