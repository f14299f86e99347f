"""Market-data routes beyond stock bars/quotes/trades: stock auctions and code tables, news,
screener, forex, indices, logos and fixed income."""

from __future__ import annotations

import base64
from collections.abc import Callable, Iterator
from datetime import datetime
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from alpaca.sandbox import _market as market
from alpaca.sandbox import _reference as reference
from alpaca.sandbox._format import bad_request, json_response, not_found, unprocessable
from alpaca.sandbox._params import parse_time
from alpaca.sandbox._routes_data import Query, paginate
from alpaca.sandbox._routes_data import _query as history_query
from alpaca.sandbox._routes_data import _symbols as requested_symbols
from alpaca.sandbox._state import State

_TAPES = ("A", "B", "C", "N", "O")


def _int(request: Request, name: str, default: int, most: int) -> int:
    raw = request.query_params.get(name)
    try:
        number = default if raw is None else int(raw)
    except ValueError:
        raise bad_request(f"invalid {name}: not an integer") from None
    if not 1 <= number <= most:
        raise bad_request(f"invalid {name}: must be between 1 and {most}")
    return number


def _bool(request: Request, name: str, default: bool) -> bool:
    raw = request.query_params.get(name)
    if raw is None:
        return default
    if raw.lower() not in ("true", "false"):  # Go's strconv.ParseBool takes True/False too
        raise bad_request(f"invalid {name}: must be true or false")
    return raw.lower() == "true"


def _seconds(q: Query, after: int | None) -> tuple[int, int]:
    lo, hi = int(q.start.timestamp()), int(q.end.timestamp())
    if after is None:
        return lo, hi
    return (lo, min(hi, after - 1)) if q.descending else (max(lo, after + 1), hi)


def _listed(request: Request, known: Any, name: str = "symbols") -> list[str]:
    raw = request.query_params.get(name, "")
    symbols = sorted({s.strip().upper() for s in raw.split(",") if s.strip()})
    if not symbols:
        raise bad_request(f"{name} is required")
    return [symbol for symbol in symbols if symbol in known]


def _news_page(request: Request, now: datetime) -> dict[str, Any]:
    params = request.query_params
    start = parse_time("start", params["start"], False) if params.get("start") else None
    end = parse_time("end", params["end"], True) if params.get("end") else now
    sort = params.get("sort", "desc")
    if sort not in ("asc", "desc"):
        raise unprocessable("invalid sort: must be asc or desc")
    limit = _int(request, "limit", 10, 50)
    wanted = {s.strip().upper() for s in params.get("symbols", "").split(",") if s.strip()}
    content = _bool(request, "include_content", False)
    contentless = not _bool(request, "exclude_contentless", False)
    lo = int((start or reference.NEWS_START).timestamp())
    hi = int(min(end, now).timestamp())
    token = params.get("page_token")
    if token:
        try:
            after = int(base64.urlsafe_b64decode(token.encode()).decode())
        except (ValueError, UnicodeDecodeError):
            raise bad_request("invalid page_token") from None
        lo, hi = (lo, after - 1) if sort == "desc" else (after + 1, hi)
    found: list[reference.Article] = []
    for item in reference.articles(lo, hi, descending=sort == "desc"):
        if wanted and not wanted.intersection(item.symbols):
            continue
        if not contentless and not item.has_content:
            continue
        if len(found) == limit:
            last = str(found[-1].updated).encode()
            next_token: str | None = base64.urlsafe_b64encode(last).decode()
            break
        found.append(item)
    else:
        next_token = None
    return {"news": [a.to_json(content) for a in found], "next_page_token": next_token}


def routes(state_of: Callable[[Request], State]) -> list[Route]:
    """The routes of this module; ``state_of`` resolves the live state (for its clock)."""

    def auctions_of(q: Query, now: datetime) -> Callable[[str, int | None], Iterator[Any]]:
        def fetch(symbol: str, after: int | None) -> Iterator[Any]:
            if market.find_asset(symbol) is None:
                return iter(())
            lo, hi = int(q.start.timestamp()), int(q.end.timestamp())
            items = reference.auctions(symbol, lo, hi, now, descending=q.descending)
            if after is None:
                return items
            return (a for a in items if (a.t < after if q.descending else a.t > after))

        return fetch

    def _auction_query(request: Request, now: datetime) -> Query:
        feed = request.query_params.get("feed")
        if feed is not None and feed != "sip":
            raise unprocessable("invalid feed: auctions are served from sip only")
        return history_query(request, now)

    async def auctions(request: Request) -> Response:
        now = state_of(request).now()
        q = _auction_query(request, now)
        page, token = paginate(requested_symbols(request), auctions_of(q, now), q)
        return json_response({"auctions": page, "next_page_token": token})

    async def auctions_single(request: Request) -> Response:
        now = state_of(request).now()
        q = _auction_query(request, now)
        symbol = request.path_params["symbol"].upper()
        page, token = paginate([symbol], auctions_of(q, now), q)
        body = {"symbol": symbol, "auctions": page.get(symbol, []), "next_page_token": token}
        return json_response(body)

    async def stock_conditions(request: Request) -> Response:
        ticktype = request.path_params["ticktype"]
        if ticktype not in ("trade", "quote"):
            raise bad_request("invalid ticktype: must be trade or quote")
        if request.query_params.get("tape") not in _TAPES:
            raise bad_request("tape is required: one of A, B, C, N, O")
        return json_response(reference.STOCK_CONDITIONS[ticktype])

    async def stock_exchanges(request: Request) -> Response:
        return json_response(reference.STOCK_EXCHANGES)

    async def news(request: Request) -> Response:
        return json_response(_news_page(request, state_of(request).now()))

    async def most_actives(request: Request) -> Response:
        by = request.query_params.get("by", "volume")
        if by not in ("volume", "trades"):
            raise bad_request("invalid by: must be volume or trades")
        top = _int(request, "top", 10, 100)
        now = state_of(request).now()
        ranked = reference.most_actives(now, by, top)
        return json_response({"most_actives": ranked, "last_updated": now.isoformat()})

    async def movers(request: Request) -> Response:
        market_type = request.path_params["market_type"]
        if market_type not in ("stocks", "crypto"):
            raise bad_request("invalid market_type: must be stocks or crypto")
        top = _int(request, "top", 10, 50)
        now = state_of(request).now()
        body = reference.movers(market_type, now, top)
        return json_response({**body, "market_type": market_type, "last_updated": now.isoformat()})

    async def forex_rates(request: Request) -> Response:
        state = state_of(request)
        q = history_query(request, state.now())
        step = reference.FOREX_STEPS.get(request.query_params.get("timeframe", "1Min"))
        if step is None:
            raise unprocessable("invalid timeframe: 5Sec, 1Min or 1Day")

        ended = int(state.now().timestamp()) - step  # the last interval that has ended

        def fetch(pair: str, after: int | None) -> Iterator[Any]:
            lo, hi = _seconds(q, after)
            return reference.rates(pair, step, lo, min(hi, ended), descending=q.descending)

        pairs = _listed(request, reference.FOREX, "currency_pairs")
        page, token = paginate(pairs, fetch, q)
        return json_response({"rates": page, "next_page_token": token})

    async def forex_latest(request: Request) -> Response:
        now = state_of(request).now()
        pairs = _listed(request, reference.FOREX, "currency_pairs")
        return json_response({"rates": {p: reference.latest_rate(p, now).to_json() for p in pairs}})

    async def index_values(request: Request) -> Response:
        now = state_of(request).now()
        q = history_query(request, now)
        ended = int(now.timestamp()) - 60  # the last minute that has ended

        def fetch(symbol: str, after: int | None) -> Iterator[Any]:
            lo, hi = _seconds(q, after)
            return reference.index_values(symbol, lo, min(hi, ended), descending=q.descending)

        page, token = paginate(_listed(request, reference.INDICES), fetch, q)
        return json_response({"values": page, "next_page_token": token})

    async def index_latest(request: Request) -> Response:
        now = state_of(request).now()
        symbols = _listed(request, reference.INDICES)
        values = {s: reference.latest_index_value(s, now).to_json() for s in symbols}
        return json_response({"values": values})

    async def logo(request: Request) -> Response:
        symbol = request.path_params["symbol"].upper()
        image = reference.logo(symbol)
        if image is None:
            if not _bool(request, "placeholder", True):
                raise not_found(f"no logo for {symbol}")
            image = reference.PLACEHOLDER_LOGO
        return Response(image, media_type="image/png")

    async def bond_prices(request: Request) -> Response:
        now = state_of(request).now()
        isins = _listed(request, reference.BONDS, "isins")
        return json_response({"prices": {i: reference.bond_price(i, now) for i in isins}})

    async def bond_quotes(request: Request) -> Response:
        now = state_of(request).now()
        raw = request.query_params.get("trade_size")
        try:
            size = None if raw is None else int(raw)
        except ValueError:
            raise bad_request("invalid trade_size: not an integer") from None
        isins = _listed(request, reference.BONDS, "isins")
        return json_response({"quotes": {i: reference.bond_quote(i, now, size) for i in isins}})

    beta = "/v1beta1"
    return [
        Route("/v2/stocks/auctions", auctions, methods=["GET"]),
        Route("/v2/stocks/{symbol}/auctions", auctions_single, methods=["GET"]),
        Route("/v2/stocks/meta/conditions/{ticktype}", stock_conditions, methods=["GET"]),
        Route("/v2/stocks/meta/exchanges", stock_exchanges, methods=["GET"]),
        Route(f"{beta}/news", news, methods=["GET"]),
        Route(f"{beta}/screener/stocks/most-actives", most_actives, methods=["GET"]),
        Route(f"{beta}/screener/{{market_type}}/movers", movers, methods=["GET"]),
        Route(f"{beta}/forex/rates", forex_rates, methods=["GET"]),
        Route(f"{beta}/forex/latest/rates", forex_latest, methods=["GET"]),
        Route(f"{beta}/indices/values", index_values, methods=["GET"]),
        Route(f"{beta}/indices/latest/values", index_latest, methods=["GET"]),
        Route(f"{beta}/logos/{{symbol}}", logo, methods=["GET"]),
        Route(f"{beta}/fixed_income/latest/prices", bond_prices, methods=["GET"]),
        Route(f"{beta}/fixed_income/latest/quotes", bond_quotes, methods=["GET"]),
    ]
