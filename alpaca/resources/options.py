"""``client.options``: option contracts (Trading API), and option market data: bars, trades,
latest quotes and trades, snapshots, chains, and the condition and exchange code tables.

Contract symbols are OCC symbols (``AAPL240119C00190000``); Alpaca takes at most 100 per call,
so a longer list is refused before any request. Snapshots (and chains) come keyed by contract
symbol in an :class:`~alpaca.OptionSnapshots` dict with ``.df``; their ``iter_*`` twins yield
``(symbol, snapshot)`` pairs page by page.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from alpaca_client.data.api.options import (
    get_option_chain,
    get_option_conditions,
    get_option_exchanges,
    get_option_latest_quotes,
    get_option_latest_trades,
    get_option_snapshots,
)
from alpaca_client.data.models import (
    ConditionCodes,
    ExchangeCodes,
    OptionFeed,
    OptionLatestQuotesResponse,
    OptionLatestTradesResponse,
    OptionSnapshot,
    OptionSnapshotsResponse,
    Sort,
    TickType,
)
from alpaca_client.data.models import OptionType as DataOptionType
from alpaca_client.trading.api.options import get_option_contract, list_option_contracts
from alpaca_client.trading.models import (
    AssetStatus,
    OptionContract,
    OptionContractsPage,
    OptionStyle,
    OptionType,
)

from .._history import Grammar, History, history_chunks, history_pages, history_request
from .._marketdata import (
    Bar,
    BarSet,
    OptionTradeSet,
    Quote,
    Trade,
    chunk_records,
    latest_records,
)
from .._operation import (
    LazyPlan,
    M,
    Plan,
    Request,
    Resource,
    Timeout,
    data,
    decode,
    gather,
    given,
    lazy,
    map_items,
    operation,
    paginated,
    parse,
    trading,
)
from .._pagination import collect
from .._paging import Page, token_pages
from .._params import (
    DecimalLike,
    TimeLike,
    bool_param,
    date_param,
    decimal_param,
    enum_param,
    limit_param,
    path_param,
    symbol_param,
    symbols_param,
    time_param,
)
from .._series import OptionSnapshots
from .._timeframe import TimeFrame

if TYPE_CHECKING:
    from typing import Unpack

Contracts = str | Iterable[str]
SYMBOLS_MAX = 100
CONTRACTS_PAGE_MAX = 10_000
SNAPSHOTS_PAGE_MAX = 1_000
DateLike = dt.date | str


class HistoryOptions(TypedDict, total=False):
    """Keyword options of the option history calls."""

    start: TimeLike
    end: TimeLike
    limit: int | None
    sort: str
    concurrency: int


class ChainFilters(TypedDict, total=False):
    """Keyword filters of :meth:`Options.chain`."""

    type: str
    strike_price_gte: DecimalLike
    strike_price_lte: DecimalLike
    expiration_date: DateLike
    expiration_date_gte: DateLike
    expiration_date_lte: DateLike
    root_symbol: str


class ContractFilters(TypedDict, total=False):
    """Keyword filters of :meth:`Options.contracts`."""

    status: str
    expiration_date: DateLike
    expiration_date_gte: DateLike
    expiration_date_lte: DateLike
    root_symbol: str
    type: str
    style: str
    strike_price_gte: DecimalLike
    strike_price_lte: DecimalLike
    show_deliverables: bool
    ppind: bool


_GRAMMAR = Grammar(
    frozenset(HistoryOptions.__annotations__),
    {"sort": Sort},
    trading_share=6.5 / 24 * 5 / 7,  # regular hours on weekdays
)


def _contracts(symbols: Contracts) -> list[str]:
    found = symbols_param(symbols)
    if len(found) > SYMBOLS_MAX:
        raise ValueError(f"symbols: at most {SYMBOLS_MAX} contracts per call, got {len(found)}")
    return found


def _history(
    kind: str, symbols: Contracts, timeframe: TimeFrame | str | None, options: Mapping[str, Any]
) -> History:
    path = f"/v1beta1/options/{kind}"
    return history_request(path, kind, _GRAMMAR, _contracts(symbols), timeframe, options)


def _feed(feed: OptionFeed | str | None) -> OptionFeed | None:
    return enum_param(feed, OptionFeed, "feed")


def _check_names(given_names: Iterable[str], allowed: Iterable[str], call: str) -> None:
    unknown = sorted(set(given_names) - set(allowed))
    if unknown:
        raise TypeError(f"{call}() got unexpected keyword argument(s): {', '.join(unknown)}")


def _dates(filters: Mapping[str, Any]) -> dict[str, dt.date]:
    names = ("expiration_date", "expiration_date_gte", "expiration_date_lte")
    return {
        name: date_param(filters[name], name) for name in names if filters.get(name) is not None
    }


def _strikes(filters: Mapping[str, Any]) -> dict[str, Any]:
    names = ("strike_price_gte", "strike_price_lte")
    return {
        name: decimal_param(filters[name], name, positive=False)
        for name in names
        if filters.get(name) is not None
    }


def _chain_kwargs(underlying: str, filters: Mapping[str, Any]) -> dict[str, Any]:
    _check_names(filters, ChainFilters.__annotations__, "chain")
    root = filters.get("root_symbol")
    return given(
        underlying_symbol=symbol_param(underlying, "underlying"),
        type=enum_param(filters.get("type"), DataOptionType, "type"),
        root_symbol=None if root is None else symbol_param(root, "root_symbol"),
        **_dates(filters),
        **_strikes(filters),
    )


def _contract_kwargs(underlyings: Contracts | None, filters: Mapping[str, Any]) -> dict[str, Any]:
    _check_names(filters, ContractFilters.__annotations__, "contracts")
    root = filters.get("root_symbol")
    flags = {
        name: bool_param(filters[name], name)
        for name in ("show_deliverables", "ppind")
        if filters.get(name) is not None
    }
    return given(
        underlying_symbols=None
        if underlyings is None
        else ",".join(symbols_param(underlyings, "underlying_symbols")),
        status=enum_param(filters.get("status"), AssetStatus, "status"),
        type=enum_param(filters.get("type"), OptionType, "type"),
        style=enum_param(filters.get("style"), OptionStyle, "style"),
        root_symbol=None if root is None else symbol_param(root, "root_symbol"),
        **_dates(filters),
        **_strikes(filters),
        **flags,
    )


def _contract_page(body: Any) -> Page[OptionContract]:
    page = OptionContractsPage.from_dict(body)
    return page.option_contracts, page.next_page_token


def _snapshot_page(body: Any) -> Page[tuple[str, OptionSnapshot]]:
    page = OptionSnapshotsResponse.from_dict(body)
    return list(page.snapshots.additional_properties.items()), page.next_page_token


def _snapshot_kwargs(
    feed: OptionFeed | str | None, updated_since: TimeLike | None
) -> dict[str, Any]:
    since = None if updated_since is None else time_param(updated_since, "updated_since")
    return given(feed=_feed(feed), updated_since=since)


def _snapshot_pages(
    endpoint: Any, kwargs: Mapping[str, Any], limit: int | None, timeout: Timeout
) -> LazyPlan[tuple[str, OptionSnapshot]]:
    def request(token: str | None, want: int) -> Request:
        paged = given(page_token=token, limit=want)
        return data(endpoint._get_kwargs(**kwargs, **paged), timeout)

    return token_pages(request, _snapshot_page, limit_param(limit), SNAPSHOTS_PAGE_MAX)


class Options(Resource[M]):
    """Option contracts and option market data."""

    @paginated
    def contracts(
        self,
        underlying_symbols: Contracts | None = None,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
        **filters: Unpack[ContractFilters],
    ) -> LazyPlan[OptionContract]:
        """Option contracts (Trading API): by underlying, expiration, strike, type, style,
        status, root symbol. Without filters Alpaca lists active contracts expiring before the
        coming weekend. ``limit`` is the total wanted (None: all); ``.df`` has one column per
        contract field."""
        kwargs = _contract_kwargs(underlying_symbols, filters)
        wanted = limit_param(limit)

        def request(token: str | None, want: int) -> Request:
            paged = given(page_token=token, limit=want)
            return trading(list_option_contracts._get_kwargs(**kwargs, **paged), timeout)

        yield from token_pages(request, _contract_page, wanted, CONTRACTS_PAGE_MAX)

    iter_contracts = contracts.lazy

    @operation
    def contract(self, symbol_or_id: str, *, timeout: Timeout = None) -> Plan[OptionContract]:
        """One contract by OCC symbol or contract id, with its deliverables."""
        kwargs = get_option_contract._get_kwargs(path_param(symbol_or_id, "symbol_or_id"))
        response = yield trading(kwargs, timeout)
        return parse(response, OptionContract.from_dict)

    @operation
    def bars(
        self,
        symbols: Contracts,
        timeframe: TimeFrame | str,
        *,
        timeout: Timeout = None,
        **options: Unpack[HistoryOptions],
    ) -> Plan[BarSet]:
        """Bars for up to 100 contracts; ``.df`` columns as for stocks."""
        history = _history("bars", symbols, timeframe, options)
        chunks = yield from history_chunks(history, timeout)
        return BarSet._from_pages(collect(chunks), history.symbols)

    @lazy
    def iter_bars(
        self,
        symbols: Contracts,
        timeframe: TimeFrame | str,
        *,
        timeout: Timeout = None,
        **options: Unpack[HistoryOptions],
    ) -> LazyPlan[Bar]:
        """Bars one at a time, fetched lazily."""
        history = _history("bars", symbols, timeframe, options)
        yield from map_items(history_pages(history, timeout), chunk_records(Bar))

    @operation
    def trades(
        self, symbols: Contracts, *, timeout: Timeout = None, **options: Unpack[HistoryOptions]
    ) -> Plan[OptionTradeSet]:
        """Trades for up to 100 contracts; ``.df`` columns ``exchange price size condition``."""
        history = _history("trades", symbols, None, options)
        chunks = yield from history_chunks(history, timeout)
        return OptionTradeSet._from_pages(collect(chunks), history.symbols)

    @lazy
    def iter_trades(
        self, symbols: Contracts, *, timeout: Timeout = None, **options: Unpack[HistoryOptions]
    ) -> LazyPlan[Trade]:
        """Trades one at a time, fetched lazily."""
        history = _history("trades", symbols, None, options)
        yield from map_items(history_pages(history, timeout), chunk_records(Trade))

    @operation
    def latest_quotes(
        self,
        symbols: Contracts,
        *,
        feed: OptionFeed | str | None = None,
        timeout: Timeout = None,
    ) -> Plan[dict[str, Quote]]:
        """The latest quote per contract (``feed``: ``opra`` or ``indicative``)."""
        kwargs = get_option_latest_quotes._get_kwargs(
            **given(symbols=",".join(_contracts(symbols)), feed=_feed(feed))
        )
        response = yield data(kwargs, timeout)
        return latest_records(decode(response), OptionLatestQuotesResponse, Quote, "quotes")

    @operation
    def latest_trades(
        self,
        symbols: Contracts,
        *,
        feed: OptionFeed | str | None = None,
        timeout: Timeout = None,
    ) -> Plan[dict[str, Trade]]:
        """The latest trade per contract."""
        kwargs = get_option_latest_trades._get_kwargs(
            **given(symbols=",".join(_contracts(symbols)), feed=_feed(feed))
        )
        response = yield data(kwargs, timeout)
        return latest_records(decode(response), OptionLatestTradesResponse, Trade, "trades")

    @lazy
    def iter_snapshots(
        self,
        symbols: Contracts,
        *,
        feed: OptionFeed | str | None = None,
        updated_since: TimeLike | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> LazyPlan[tuple[str, OptionSnapshot]]:
        """``(symbol, snapshot)`` pairs, page by page."""
        kwargs = {"symbols": ",".join(_contracts(symbols))} | _snapshot_kwargs(feed, updated_since)
        yield from _snapshot_pages(get_option_snapshots, kwargs, limit, timeout)

    @operation
    def snapshots(
        self,
        symbols: Contracts,
        *,
        feed: OptionFeed | str | None = None,
        updated_since: TimeLike | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> Plan[OptionSnapshots[OptionSnapshot]]:
        """Latest trade and quote, bars, greeks and implied volatility per contract, keyed by
        symbol; ``.df`` has one row per contract (see :class:`~alpaca.OptionSnapshots`)."""
        kwargs = {"symbols": ",".join(_contracts(symbols))} | _snapshot_kwargs(feed, updated_since)
        pairs = yield from gather(_snapshot_pages(get_option_snapshots, kwargs, limit, timeout))
        return OptionSnapshots(pairs)

    @lazy
    def iter_chain(
        self,
        underlying: str,
        *,
        feed: OptionFeed | str | None = None,
        updated_since: TimeLike | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
        **filters: Unpack[ChainFilters],
    ) -> LazyPlan[tuple[str, OptionSnapshot]]:
        """``(symbol, snapshot)`` pairs of the chain, page by page."""
        kwargs = _chain_kwargs(underlying, filters) | _snapshot_kwargs(feed, updated_since)
        yield from _snapshot_pages(get_option_chain, kwargs, limit, timeout)

    @operation
    def chain(
        self,
        underlying: str,
        *,
        feed: OptionFeed | str | None = None,
        updated_since: TimeLike | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
        **filters: Unpack[ChainFilters],
    ) -> Plan[OptionSnapshots[OptionSnapshot]]:
        """Snapshots of every contract on ``underlying``, keyed by symbol. Filters: ``type``
        (``call``/``put``), ``strike_price_gte``/``_lte``, ``expiration_date``/``_gte``/``_lte``,
        ``root_symbol``. ``.df`` has one row per contract (strike, expiration, quotes, greeks)."""
        kwargs = _chain_kwargs(underlying, filters) | _snapshot_kwargs(feed, updated_since)
        pairs = yield from gather(_snapshot_pages(get_option_chain, kwargs, limit, timeout))
        return OptionSnapshots(pairs)

    @operation
    def conditions(self, ticktype: str, *, timeout: Timeout = None) -> Plan[dict[str, str]]:
        """Names of the option ``trade`` or ``quote`` condition codes."""
        kwargs = get_option_conditions._get_kwargs(enum_param(ticktype, TickType, "ticktype"))
        response = yield data(kwargs, timeout)
        return dict(parse(response, ConditionCodes.from_dict).additional_properties)

    @operation
    def exchanges(self, *, timeout: Timeout = None) -> Plan[dict[str, str]]:
        """Names of the option exchange codes."""
        response = yield data(get_option_exchanges._get_kwargs(), timeout)
        return dict(parse(response, ExchangeCodes.from_dict).additional_properties)
