"""The legacy ``AsyncRest`` (coroutines answering ``(symbol, DataFrame)``) on
``alpaca.AsyncClient``, and ``gather_with_concurrency``."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from typing import Any

import alpaca

from ._entity_v2 import BarsV2, QuotesV2, QuoteV2, TradesV2, TradeV2
from ._errors import legacy_errors
from ._market import TimeLike, history_rows, timeframe_text

__all__ = ["AsyncRest", "gather_with_concurrency"]


async def gather_with_concurrency(n: int, *tasks: Awaitable[Any]) -> list[Any]:
    """Await ``tasks`` at most ``n`` at a time; results in order, exceptions returned in
    place of results."""
    gate = asyncio.Semaphore(n)

    async def bounded(task: Awaitable[Any]) -> Any:
        async with gate:
            return await task

    return await asyncio.gather(*(bounded(task) for task in tasks), return_exceptions=True)


@legacy_errors
class AsyncRest:
    """``AsyncRest(key_id, secret_key, data_url, api_version, raw_data)`` as before
    (``api_version`` and ``raw_data`` have no effect), plus ``allow_insecure=``. Each call uses
    a short-lived ``alpaca.AsyncClient``, so any event loop may await it."""

    def __init__(
        self,
        key_id: str | None = None,
        secret_key: str | None = None,
        data_url: str | None = None,
        api_version: str | None = None,
        raw_data: bool = False,
        *,
        allow_insecure: bool = False,
    ) -> None:
        self._options: dict[str, Any] = {
            "key_id": key_id or None,
            "secret_key": secret_key or None,
            "data_url": data_url or None,
            "allow_insecure": allow_insecure,
        }
        alpaca.AsyncClient(**self._options)  # checks credentials and URLs now

    def _client(self) -> alpaca.AsyncClient:
        return alpaca.AsyncClient(**self._options)

    async def get_bars_async(
        self,
        symbol: str,
        start: TimeLike,
        end: TimeLike,
        timeframe: Any,
        limit: int | None = 1000,
        adjustment: str = "raw",
    ) -> tuple[str, Any]:
        """``(symbol, bars DataFrame)``; note ``start`` and ``end`` come before ``timeframe``."""
        async with self._client() as client:
            found = await client.stocks.bars(
                symbol,
                timeframe_text(timeframe),
                start=start,
                end=end,
                limit=limit,
                adjustment=adjustment,
            )
        return symbol, BarsV2(history_rows(found.raw, False)).df

    async def get_trades_async(
        self, symbol: str, start: TimeLike, end: TimeLike, limit: int | None = 1000
    ) -> tuple[str, Any]:
        """``(symbol, trades DataFrame)``."""
        async with self._client() as client:
            found = await client.stocks.trades(symbol, start=start, end=end, limit=limit)
        return symbol, TradesV2(history_rows(found.raw, False)).df

    async def get_quotes_async(
        self, symbol: str, start: TimeLike, end: TimeLike, limit: int | None = 1000
    ) -> tuple[str, Any]:
        """``(symbol, quotes DataFrame)``."""
        async with self._client() as client:
            found = await client.stocks.quotes(symbol, start=start, end=end, limit=limit)
        return symbol, QuotesV2(history_rows(found.raw, False)).df

    async def get_latest_trade_async(self, symbol: str) -> tuple[str, TradeV2 | None]:
        """``(symbol, latest trade)``."""
        async with self._client() as client:
            found = await client.stocks.latest_trades(symbol)
        record = next(iter(found.values()), None)
        return symbol, None if record is None else TradeV2(record.raw)

    async def get_latest_quote_async(self, symbol: str) -> tuple[str, QuoteV2 | None]:
        """``(symbol, latest quote)``."""
        async with self._client() as client:
            found = await client.stocks.latest_quotes(symbol)
        record = next(iter(found.values()), None)
        return symbol, None if record is None else QuoteV2(record.raw)
