"""Crypto market-data routes (``/v1beta3/crypto/{loc}/...``): history, latest values, order
books and snapshots. Unknown pairs are left out of the answers, as Alpaca does."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from alpaca.sandbox import _crypto as crypto
from alpaca.sandbox._format import bad_request, json_response
from alpaca.sandbox._routes_data import Query, paginate, parse_timeframe
from alpaca.sandbox._routes_data import _query as history_query
from alpaca.sandbox._routes_data import _symbols as requested_symbols
from alpaca.sandbox._state import State

_NS = 1_000_000_000
_TICK_KINDS = {"trades": 0, "quotes": 1}


def _check_loc(request: Request) -> None:
    if request.path_params["loc"] not in crypto.LOCATIONS:
        raise bad_request(f"invalid loc: must be one of {', '.join(crypto.LOCATIONS)}")


def _pairs(request: Request) -> list[str]:
    return [pair for pair in requested_symbols(request) if pair in crypto.PAIRS]


def _bounds(q: Query, scale: int, after: int | None) -> tuple[int, int]:
    lo, hi = int(q.start.timestamp() * scale), int(q.end.timestamp() * scale)
    if after is None:
        return lo, hi
    return (lo, min(hi, after - 1)) if q.descending else (max(lo, after + 1), hi)


def _fetcher(kind: str, request: Request, q: Query, state: State) -> Callable[..., Iterator[Any]]:
    now = state.now()
    if kind == "bars":
        tf = parse_timeframe(request.query_params.get("timeframe"))

        def fetch_bars(pair: str, after: int | None) -> Iterator[Any]:
            lo, hi = _bounds(q, 1, after)
            return crypto.bars(pair, tf, lo, hi, now, descending=q.descending)

        return fetch_bars

    def fetch_ticks(pair: str, after: int | None) -> Iterator[Any]:
        lo, hi = _bounds(q, _NS, after)
        return crypto.tick_series(_TICK_KINDS[kind], pair, lo, hi, descending=q.descending)

    return fetch_ticks


def routes(state_of: Callable[[Request], State]) -> list[Route]:
    """The crypto routes; ``state_of`` resolves the live state (for its clock)."""

    def history(kind: str) -> Callable[[Request], Any]:
        async def endpoint(request: Request) -> Response:
            _check_loc(request)
            state = state_of(request)
            q = history_query(request, state.now())
            symbols = requested_symbols(request)
            known = [pair for pair in symbols if pair in crypto.PAIRS]
            page, token = paginate(known, _fetcher(kind, request, q, state), q)
            return json_response({kind: page, "next_page_token": token})

        return endpoint

    def latest(kind: str) -> Callable[[Request], Any]:
        async def endpoint(request: Request) -> Response:
            _check_loc(request)
            now = state_of(request).now()
            pairs = _pairs(request)
            if kind == "bars":
                found = {pair: crypto.latest_bar(pair, now).to_json() for pair in pairs}
            elif kind == "orderbooks":
                found = {pair: crypto.orderbook(pair, now) for pair in pairs}
            else:
                found = {
                    pair: crypto.latest_tick(_TICK_KINDS[kind], pair, now).to_json()
                    for pair in pairs
                }
            return json_response({kind: found})

        return endpoint

    async def snapshots(request: Request) -> Response:
        _check_loc(request)
        now = state_of(request).now()
        return json_response({"snapshots": {p: crypto.snapshot(p, now) for p in _pairs(request)}})

    base = "/v1beta3/crypto/{loc}"
    result = [Route(f"{base}/snapshots", snapshots, methods=["GET"])]
    for kind in ("bars", "quotes", "trades"):
        result.append(Route(f"{base}/{kind}", history(kind), methods=["GET"]))
    for kind in ("bars", "quotes", "trades", "orderbooks"):
        result.append(Route(f"{base}/latest/{kind}", latest(kind), methods=["GET"]))
    return result
