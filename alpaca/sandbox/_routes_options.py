"""Option routes: contracts (Trading API, ``/v2/options/contracts``) and option market data
(``/v1beta1/options/...``): bars, trades, latest quotes and trades, snapshots, chains, codes."""

from __future__ import annotations

import base64
from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from alpaca.sandbox import _options as options
from alpaca.sandbox import _reference as reference
from alpaca.sandbox._calendar import et_date
from alpaca.sandbox._format import bad_request, json_response, not_found, unprocessable
from alpaca.sandbox._params import parse_date, parse_time
from alpaca.sandbox._routes_data import Query, paginate, parse_timeframe
from alpaca.sandbox._routes_data import _query as history_query
from alpaca.sandbox._routes_data import _symbols as requested_symbols
from alpaca.sandbox._state import State

_NS = 1_000_000_000
_SYMBOLS_MAX = 100
_FEEDS = ("opra", "indicative")


def _contracts(request: Request) -> list[options.Contract]:
    symbols = requested_symbols(request)
    if len(symbols) > _SYMBOLS_MAX:
        raise bad_request(f"too many symbols: at most {_SYMBOLS_MAX}")
    found = (options.parse_symbol(symbol) for symbol in symbols)
    return [contract for contract in found if contract is not None]


def _check_feed(request: Request) -> None:
    feed = request.query_params.get("feed")
    if feed is not None and feed not in _FEEDS:
        raise bad_request("invalid feed: must be opra or indicative")


def _int(request: Request, name: str, default: int, most: int) -> int:
    raw = request.query_params.get(name)
    try:
        number = default if raw is None else int(raw)
    except ValueError:
        raise bad_request(f"invalid {name}: not an integer") from None
    if not 1 <= number <= most:
        raise bad_request(f"invalid {name}: must be between 1 and {most}")
    return number


def _decimal(request: Request, name: str) -> Decimal | None:
    raw = request.query_params.get(name)
    if raw is None:
        return None
    try:
        return Decimal(raw)
    except InvalidOperation:
        raise bad_request(f"invalid {name}: not a number") from None


def _date(request: Request, name: str) -> date | None:
    raw = request.query_params.get(name)
    return None if raw is None else parse_date(name, raw)


def _token(symbol: str) -> str:
    return base64.urlsafe_b64encode(symbol.encode()).decode()


def _after(request: Request) -> str:
    token = request.query_params.get("page_token")
    if not token:
        return ""
    try:
        return base64.urlsafe_b64decode(token.encode()).decode()
    except (ValueError, UnicodeDecodeError):
        raise bad_request("invalid page_token") from None


def _page(
    request: Request, contracts: list[options.Contract], default: int, most: int
) -> tuple[list[options.Contract], str | None]:
    """One page of ``contracts`` (sorted by symbol) after the page token."""
    limit = _int(request, "limit", default, most)
    after = _after(request)
    rest = [c for c in contracts if c.symbol > after]
    page = rest[:limit]
    return page, _token(page[-1].symbol) if len(rest) > limit else None


def _filtered(request: Request, contracts: list[options.Contract]) -> list[options.Contract]:
    kind = request.query_params.get("type")
    if kind is not None and kind not in ("call", "put"):
        raise bad_request("invalid type: must be call or put")
    low, high = _decimal(request, "strike_price_gte"), _decimal(request, "strike_price_lte")
    on = _date(request, "expiration_date")
    since, until = _date(request, "expiration_date_gte"), _date(request, "expiration_date_lte")
    root = request.query_params.get("root_symbol")
    return [
        c
        for c in contracts
        if (kind is None or c.type == kind)
        and (low is None or c.strike >= low)
        and (high is None or c.strike <= high)
        and (on is None or c.expiration == on)
        and (since is None or c.expiration >= since)
        and (until is None or c.expiration <= until)
        and (root is None or c.underlying == root.upper())
    ]


def _snapshots(
    request: Request, contracts: list[options.Contract], now: datetime
) -> dict[str, Any]:
    raw = request.query_params.get("updated_since")
    if raw is not None:
        since = int(parse_time("updated_since", raw, end_of_day=False).timestamp() * _NS)
        contracts = [c for c in contracts if options.updated_at(c, now) >= since]
    page, token = _page(request, contracts, 100, 1000)
    found = {contract.symbol: options.snapshot(contract, now) for contract in page}
    return {"snapshots": found, "next_page_token": token}


def _bounds(q: Query, scale: int, after: int | None) -> tuple[int, int]:
    lo, hi = int(q.start.timestamp() * scale), int(q.end.timestamp() * scale)
    if after is None:
        return lo, hi
    return (lo, min(hi, after - 1)) if q.descending else (max(lo, after + 1), hi)


def routes(state_of: Callable[[Request], State]) -> list[Route]:
    """The option routes; ``state_of`` resolves the live state (for its clock)."""

    def history(kind: str) -> Callable[[Request], Any]:
        async def endpoint(request: Request) -> Response:
            now = state_of(request).now()
            q = history_query(request, now)
            contracts = {c.symbol: c for c in _contracts(request)}
            tf = parse_timeframe(request.query_params.get("timeframe")) if kind == "bars" else None

            def fetch(symbol: str, after: int | None) -> Iterator[Any]:
                contract = contracts[symbol]
                if tf is not None:
                    lo, hi = _bounds(q, 1, after)
                    return options.bars(contract, tf, lo, hi, now, descending=q.descending)
                lo, hi = _bounds(q, _NS, after)
                return options.trades(
                    contract, lo, min(hi, int(now.timestamp() * _NS)), descending=q.descending
                )

            page, token = paginate(sorted(contracts), fetch, q)
            return json_response({kind: page, "next_page_token": token})

        return endpoint

    async def latest_quotes(request: Request) -> Response:
        _check_feed(request)
        now = state_of(request).now()
        found = {c.symbol: options.latest_quote(c, now) for c in _contracts(request)}
        return json_response({"quotes": found})

    async def latest_trades(request: Request) -> Response:
        _check_feed(request)
        now = state_of(request).now()
        found = {c.symbol: options.latest_trade(c, now) for c in _contracts(request)}
        return json_response({"trades": {s: t for s, t in found.items() if t is not None}})

    async def snapshots(request: Request) -> Response:
        _check_feed(request)
        now = state_of(request).now()
        contracts = sorted(_contracts(request), key=lambda c: c.symbol)
        return json_response(_snapshots(request, contracts, now))

    async def chain(request: Request) -> Response:
        _check_feed(request)
        now = state_of(request).now()
        underlying = request.path_params["underlying_symbol"].upper()
        listed = [c for c in options.listed(et_date(now)) if c.underlying == underlying]
        return json_response(_snapshots(request, _filtered(request, listed), now))

    async def conditions(request: Request) -> Response:
        ticktype = request.path_params["ticktype"]
        if ticktype not in ("trade", "quote"):
            raise bad_request("invalid ticktype: must be trade or quote")
        return json_response(reference.OPTION_CONDITIONS[ticktype])

    async def exchanges(request: Request) -> Response:
        return json_response(reference.OPTION_EXCHANGES)

    async def contracts(request: Request) -> Response:
        today = et_date(state_of(request).now())
        params = request.query_params
        status = params.get("status", "active")
        if status not in ("active", "inactive"):
            raise unprocessable("invalid status: must be active or inactive")
        if params.get("style", "american") not in ("american", "european"):
            raise unprocessable("invalid style: must be american or european")
        listed = (
            []
            if status == "inactive" or params.get("style") == "european"
            else options.listed(today)
        )
        raw = params.get("underlying_symbols")
        if raw:
            wanted = {s.strip().upper() for s in raw.split(",") if s.strip()}
            listed = [c for c in listed if c.underlying in wanted]
        if not any(name.startswith("expiration_date") for name in params):
            weekend = today + timedelta(days=(4 - today.weekday()) % 7 + 2)  # the Sunday after
            listed = [c for c in listed if c.expiration <= weekend]
        page, token = _page(request, _filtered(request, list(listed)), 100, 10_000)
        show = params.get("show_deliverables") == "true"
        body = [c.to_json(today, deliverables=show) for c in page]
        return json_response({"option_contracts": body, "next_page_token": token})

    async def contract(request: Request) -> Response:
        today = et_date(state_of(request).now())
        found = options.find(request.path_params["symbol_or_id"], today)
        if found is None:
            raise not_found("option contract not found")
        return json_response(found.to_json(today, deliverables=True))

    data = "/v1beta1/options"
    return [
        Route("/v2/options/contracts", contracts, methods=["GET"]),
        Route("/v2/options/contracts/{symbol_or_id}", contract, methods=["GET"]),
        Route(f"{data}/bars", history("bars"), methods=["GET"]),
        Route(f"{data}/trades", history("trades"), methods=["GET"]),
        Route(f"{data}/quotes/latest", latest_quotes, methods=["GET"]),
        Route(f"{data}/trades/latest", latest_trades, methods=["GET"]),
        Route(f"{data}/snapshots", snapshots, methods=["GET"]),
        Route(f"{data}/snapshots/{{underlying_symbol}}", chain, methods=["GET"]),
        Route(f"{data}/meta/conditions/{{ticktype}}", conditions, methods=["GET"]),
        Route(f"{data}/meta/exchanges", exchanges, methods=["GET"]),
    ]
