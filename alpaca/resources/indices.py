"""``client.indices``: index values, history and latest (symbols like ``"SPX"``, ``"VIX"``)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, TypedDict

from alpaca_client.data.api.indices import get_index_latest_values
from alpaca_client.data.models import IndexLatestValuesResponse, IndexValue, Sort

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

if TYPE_CHECKING:
    from typing import Unpack

Symbols = str | Iterable[str]
VALUE_COLUMNS = {"v": "value"}


class ValueOptions(TypedDict, total=False):
    """Keyword options of the index history calls."""

    start: TimeLike
    end: TimeLike
    limit: int | None
    sort: str
    concurrency: int


_GRAMMAR = Grammar(frozenset(ValueOptions.__annotations__), {"sort": Sort})


def _history(symbols: Symbols, options: ValueOptions) -> History:
    return history_request("/v1beta1/indices/values", "values", _GRAMMAR, symbols, None, options)


def _pairs(chunks: list[Chunk]) -> list[tuple[str, IndexValue]]:
    return [(symbol, IndexValue.from_dict(row)) for symbol, rows in chunks for row in rows]


class Indices(Resource[M]):
    """Index values."""

    @operation
    def values(
        self, symbols: Symbols, *, timeout: Timeout = None, **options: Unpack[ValueOptions]
    ) -> Plan[ModelSet[IndexValue]]:
        """Values per index; ``values["SPX"]`` lists them. ``.df`` is indexed by UTC
        ``timestamp`` (``(symbol, timestamp)`` for several indices), column ``value``."""
        history = _history(symbols, options)
        chunks = yield from history_chunks(history, timeout)
        return ModelSet(
            collect(chunks),
            history.symbols,
            IndexValue.from_dict,
            VALUE_COLUMNS,
            frozenset({"value"}),
        )

    @lazy
    def iter_values(
        self, symbols: Symbols, *, timeout: Timeout = None, **options: Unpack[ValueOptions]
    ) -> LazyPlan[tuple[str, IndexValue]]:
        """``(symbol, value)`` pairs one at a time, fetched lazily."""
        yield from map_items(history_pages(_history(symbols, options), timeout), _pairs)

    @operation
    def latest_values(
        self, symbols: Symbols, *, timeout: Timeout = None
    ) -> Plan[dict[str, IndexValue]]:
        """The latest value per index (``.v``, ``Decimal``; ``.t`` its time)."""
        joined = ",".join(symbols_param(symbols))
        response = yield data(get_index_latest_values._get_kwargs(symbols=joined), timeout)
        values = IndexLatestValuesResponse.from_dict(decode(response)).values
        return dict(values.additional_properties)
