"""``client.forex``: currency exchange rates, history and latest (pairs like ``"USDJPY"``)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING, TypedDict

from alpaca_client.data.api.forex import get_forex_latest_rates
from alpaca_client.data.models import ForexLatestRatesResponse, ForexRate, Sort

from .._history import Grammar, History, history_chunks, history_pages, history_request
from .._operation import (
    LazyPlan,
    M,
    Plan,
    Resource,
    Timeout,
    data,
    decode,
    lazy,
    map_items,
    operation,
)
from .._pagination import Chunk, collect
from .._params import TimeLike, symbols_param
from .._series import ModelSet
from .._timeframe import TimeFrame

if TYPE_CHECKING:
    from typing import Unpack

Pairs = str | Iterable[str]
RATE_COLUMNS = {"bp": "bid", "ap": "ask", "mp": "mid"}
#: Accepted timeframes and the minutes between two rates of one pair.
TIMEFRAMES = {"5Sec": 5 / 60, "5S": 5 / 60, "1Min": 1, "1T": 1, "1Day": 1440, "1D": 1440}


class RateOptions(TypedDict, total=False):
    """Keyword options of the forex history calls."""

    start: TimeLike
    end: TimeLike
    limit: int | None
    sort: str
    concurrency: int


_GRAMMAR = Grammar(
    frozenset(RateOptions.__annotations__),
    {"sort": Sort},
    trading_share=5 / 7,  # from Sunday evening to Friday evening
    symbols="currency_pairs",
)


def _timeframe(timeframe: TimeFrame | str | None) -> str | None:
    if timeframe is None:
        return None
    text = timeframe.value if isinstance(timeframe, TimeFrame) else timeframe
    if text not in TIMEFRAMES:
        raise ValueError(f"timeframe: {timeframe!r} is not one of {', '.join(TIMEFRAMES)}")
    return text


def _history(pairs: Pairs, timeframe: TimeFrame | str | None, options: RateOptions) -> History:
    text = _timeframe(timeframe)
    history = history_request("/v1beta1/forex/rates", "rates", _GRAMMAR, pairs, None, options)
    if text is None:  # the server's default, one minute
        return replace(history, minutes_per_row=1 / _GRAMMAR.trading_share)
    minutes = TIMEFRAMES[text] / _GRAMMAR.trading_share
    return replace(history.with_params(timeframe=text), minutes_per_row=minutes)


def _pairs(chunks: list[Chunk]) -> list[tuple[str, ForexRate]]:
    return [(pair, ForexRate.from_dict(row)) for pair, rows in chunks for row in rows]


class Forex(Resource[M]):
    """Currency exchange rates."""

    @operation
    def rates(
        self,
        currency_pairs: Pairs,
        timeframe: TimeFrame | str | None = None,
        *,
        timeout: Timeout = None,
        **options: Unpack[RateOptions],
    ) -> Plan[ModelSet[ForexRate]]:
        """Rates per pair sampled every ``timeframe`` (``5Sec``, ``1Min`` — the server's
        default — or ``1Day``); ``rates["USDJPY"]`` lists them. ``.df`` is indexed by UTC
        ``timestamp`` (``(symbol, timestamp)`` for several pairs), columns ``bid ask mid``."""
        history = _history(currency_pairs, timeframe, options)
        chunks = yield from history_chunks(history, timeout)
        floats = frozenset(RATE_COLUMNS.values())
        return ModelSet(collect(chunks), history.symbols, ForexRate.from_dict, RATE_COLUMNS, floats)

    @lazy
    def iter_rates(
        self,
        currency_pairs: Pairs,
        timeframe: TimeFrame | str | None = None,
        *,
        timeout: Timeout = None,
        **options: Unpack[RateOptions],
    ) -> LazyPlan[tuple[str, ForexRate]]:
        """``(pair, rate)`` pairs one at a time, fetched lazily."""
        history = _history(currency_pairs, timeframe, options)
        yield from map_items(history_pages(history, timeout), _pairs)

    @operation
    def latest_rates(
        self, currency_pairs: Pairs, *, timeout: Timeout = None
    ) -> Plan[dict[str, ForexRate]]:
        """The latest rate per pair (``.bp`` bid, ``.ap`` ask, ``.mp`` mid, ``Decimal``)."""
        pairs = ",".join(symbols_param(currency_pairs, "currency_pairs"))
        response = yield data(get_forex_latest_rates._get_kwargs(currency_pairs=pairs), timeout)
        rates = ForexLatestRatesResponse.from_dict(decode(response)).rates
        return dict(rates.additional_properties)
