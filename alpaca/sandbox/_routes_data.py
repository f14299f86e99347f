"""Market Data API routes: historical and latest bars/quotes/trades, snapshots."""

from __future__ import annotations

import base64
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, time
from itertools import islice
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from alpaca.sandbox import _market as market
from alpaca.sandbox._calendar import NEW_YORK, et_date
from alpaca.sandbox._format import bad_request, json_response, not_found, unprocessable
from alpaca.sandbox._params import parse_time
from alpaca.sandbox._state import State

_TIMEFRAME = re.compile(r"^(\d{1,2})?(Min|T|Hour|H|Day|D|Week|W|Month|M)$")
_UNITS = {"T": "Min", "H": "Hour", "D": "Day", "W": "Week", "M": "Month"}
_MAX_AMOUNT = {"Min": 59, "Hour": 23, "Day": 1, "Week": 1}
_MONTHS = (1, 2, 3, 4, 6, 12)
_FEEDS = ("sip", "iex", "otc", "boats", "delayed_sip", "overnight")
_ADJUSTMENTS = ("raw", "split", "dividend", "spin-off", "all")
_SINGULAR = {"bars": "bar", "quotes": "quote", "trades": "trade"}


def parse_timeframe(raw: str | None) -> market.TimeFrame:
    """``5Min``, ``5T``, ``1Hour``, ``1Day``, ``1Week``, ``3Month``, ..."""
    if not raw:
        raise bad_request("timeframe is required")
    found = _TIMEFRAME.match(raw)
    if found is None:
        raise unprocessable("invalid timeframe")
    amount = int(found.group(1) or 1)
    unit = _UNITS.get(found.group(2), found.group(2))
    valid = amount in _MONTHS if unit == "Month" else 1 <= amount <= _MAX_AMOUNT[unit]
    if not valid:
        raise unprocessable("invalid timeframe")
    return market.TimeFrame(amount, unit)


@dataclass(frozen=True, slots=True)
class Query:
    """Validated common parameters of a historical request."""

    start: datetime
    end: datetime
    limit: int
    descending: bool
    page_token: str | None


def _symbols(request: Request) -> list[str]:
    raw = request.query_params.get("symbols", "")
    symbols = sorted({s.strip().upper() for s in raw.split(",") if s.strip()})
    if not symbols:
        raise bad_request("symbols is required")
    return symbols


def _check_options(params: dict[str, str], feeds: Sequence[str]) -> None:
    if "feed" in params and params["feed"] not in feeds:
        raise unprocessable("invalid feed")
    if "adjustment" in params:
        parts = params["adjustment"].split(",")
        if not all(p in _ADJUSTMENTS for p in parts):
            raise unprocessable("invalid adjustment")
    asof = params.get("asof")
    if asof and asof != "-":
        parse_time("asof", asof, end_of_day=False)
    currency = params.get("currency")
    if currency is not None and not re.fullmatch(r"[A-Z]{3}", currency):
        raise unprocessable("invalid currency")


def _query(request: Request, now: datetime) -> Query:
    params = dict(request.query_params)
    _check_options(params, _FEEDS)
    start = (
        parse_time("start", params["start"], end_of_day=False)
        if params.get("start")
        else datetime.combine(et_date(now), time(), NEW_YORK)
    )
    end = parse_time("end", params["end"], end_of_day=True) if params.get("end") else now
    if end < start:
        raise unprocessable("end should not be before start")
    try:
        limit = int(params.get("limit", "1000"))
    except ValueError:
        raise unprocessable("invalid limit: not an integer") from None
    if not 1 <= limit <= 10000:
        raise unprocessable("invalid limit: must be between 1 and 10000")
    sort = params.get("sort", "asc")
    if sort not in ("asc", "desc"):
        raise unprocessable("invalid sort: must be asc or desc")
    return Query(start, min(end, now), limit, sort == "desc", params.get("page_token") or None)


def _encode_token(symbol: str, key: int) -> str:
    return base64.urlsafe_b64encode(f"{symbol}|{key}".encode()).decode()


def _decode_token(token: str) -> tuple[str, int]:
    try:
        symbol, key = base64.urlsafe_b64decode(token.encode()).decode().split("|")
        return symbol, int(key)
    except (ValueError, UnicodeDecodeError):
        raise unprocessable("invalid page_token") from None


Fetch = Callable[[str, int | None], Iterator[Any]]
"""A symbol's items in the requested order, lazily; the int resumes past a page token's stamp."""


def paginate(
    symbols: list[str], fetch: Fetch, q: Query
) -> tuple[dict[str, list[dict[str, Any]]], str | None]:
    """One page over all ``symbols`` (by symbol, then time); ``limit`` caps the total.

    Only ``limit`` items plus one look-ahead (for the token) are ever generated.
    """
    after: tuple[str, int] | None = _decode_token(q.page_token) if q.page_token else None
    page: dict[str, list[dict[str, Any]]] = {}
    taken, last = 0, ("", 0)
    for symbol in symbols:
        if after is not None and symbol < after[0]:
            continue
        resume = after[1] if after is not None and symbol == after[0] else None
        batch = list(islice(fetch(symbol, resume), q.limit - taken + 1))
        if not batch:
            continue
        if taken == q.limit:
            return page, _encode_token(*last)
        chunk = batch[: q.limit - taken]
        page[symbol] = [i.to_json() for i in chunk]
        taken += len(chunk)
        last = (symbol, chunk[-1].t)
        if len(chunk) < len(batch):
            return page, _encode_token(*last)
    return page, None


def _fetcher(kind: str, request: Request, state: State, q: Query) -> Fetch:
    now = state.now()
    if kind == "bars":
        tf = parse_timeframe(request.query_params.get("timeframe"))

        def fetch_bars(symbol: str, after: int | None) -> Iterator[Any]:
            if not _known(symbol):
                return iter(())
            return market.bars(
                symbol, tf, q.start, q.end, now, descending=q.descending, after=after
            )

        return fetch_bars
    source = market.trades if kind == "trades" else market.quotes

    def fetch_ticks(symbol: str, after: int | None) -> Iterator[Any]:
        if not _known(symbol):
            return iter(())
        return source(symbol, q.start, q.end, now, descending=q.descending, after=after)

    return fetch_ticks


def _known(symbol: str) -> bool:
    asset = market.find_asset(symbol)
    return asset is not None and asset.symbol == symbol


def _latest(kind: str, symbol: str, now: datetime) -> dict[str, Any]:
    if kind == "bars":
        return market.latest_bar(symbol, now).to_json()
    if kind == "trades":
        return market.latest_trade(symbol, now).to_json()
    return market.latest_quote(symbol, now).to_json()


def routes(state_of: Callable[[Request], State]) -> list[Route]:
    """All market-data routes; ``state_of`` resolves the live state for a request."""

    def historical_multi(kind: str) -> Callable[[Request], Any]:
        async def endpoint(request: Request) -> Response:
            state = state_of(request)
            q = _query(request, state.now())
            symbols = _symbols(request)
            data, token = paginate(symbols, _fetcher(kind, request, state, q), q)
            return json_response({kind: data, "next_page_token": token})

        return endpoint

    def historical_single(kind: str) -> Callable[[Request], Any]:
        async def endpoint(request: Request) -> Response:
            state = state_of(request)
            q = _query(request, state.now())
            symbol = request.path_params["symbol"].upper()
            data, token = paginate([symbol], _fetcher(kind, request, state, q), q)
            body = {"symbol": symbol, kind: data.get(symbol, []), "next_page_token": token}
            return json_response(body)

        return endpoint

    def latest_multi(kind: str) -> Callable[[Request], Any]:
        async def endpoint(request: Request) -> Response:
            now = state_of(request).now()
            _check_options(dict(request.query_params), _FEEDS)
            found = {s: _latest(kind, s, now) for s in _symbols(request) if _known(s)}
            return json_response({kind: found})

        return endpoint

    def latest_single(kind: str) -> Callable[[Request], Any]:
        async def endpoint(request: Request) -> Response:
            now = state_of(request).now()
            _check_options(dict(request.query_params), _FEEDS)
            symbol = request.path_params["symbol"].upper()
            if not _known(symbol):
                raise not_found(f"no {_SINGULAR[kind]} found for {symbol}")
            return json_response({"symbol": symbol, _SINGULAR[kind]: _latest(kind, symbol, now)})

        return endpoint

    async def snapshots(request: Request) -> Response:
        now = state_of(request).now()
        _check_options(dict(request.query_params), _FEEDS)
        # like Alpaca, null for a symbol it knows nothing of
        return json_response(
            {s: market.snapshot(s, now) if _known(s) else None for s in _symbols(request)}
        )

    async def snapshot(request: Request) -> Response:
        now = state_of(request).now()
        _check_options(dict(request.query_params), _FEEDS)
        symbol = request.path_params["symbol"].upper()
        if not _known(symbol):
            raise not_found(f"no snapshot found for {symbol}")
        return json_response({"symbol": symbol, **market.snapshot(symbol, now)})

    result = [
        Route("/v2/stocks/snapshots", snapshots, methods=["GET"]),
        Route("/v2/stocks/{symbol}/snapshot", snapshot, methods=["GET"]),
    ]
    for kind in ("bars", "quotes", "trades"):
        result += [
            Route(f"/v2/stocks/{kind}/latest", latest_multi(kind), methods=["GET"]),
            Route(f"/v2/stocks/{kind}", historical_multi(kind), methods=["GET"]),
            Route(f"/v2/stocks/{{symbol}}/{kind}/latest", latest_single(kind), methods=["GET"]),
            Route(f"/v2/stocks/{{symbol}}/{kind}", historical_single(kind), methods=["GET"]),
        ]
    return result
