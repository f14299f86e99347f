"""Trading API routes: account, orders, positions, assets, clock and calendar."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import orjson
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from alpaca.sandbox import _calendar as cal
from alpaca.sandbox import _market as market
from alpaca.sandbox._format import bad_request, json_response, not_found
from alpaca.sandbox._orders import OrderEngine, list_orders
from alpaca.sandbox._params import parse_date
from alpaca.sandbox._state import State


async def _json_body(request: Request) -> dict[str, Any]:
    try:
        body = orjson.loads(await request.body())
    except orjson.JSONDecodeError:
        raise bad_request("request body format is invalid") from None
    if not isinstance(body, dict):
        raise bad_request("request body format is invalid")
    return body


def _calendar(request: Request, state: State) -> Response:
    params = request.query_params
    today = cal.et_date(state.now())
    start = parse_date("start", params["start"]) if params.get("start") else date(today.year, 1, 1)
    end = parse_date("end", params["end"]) if params.get("end") else date(today.year + 1, 12, 31)
    start, end = max(start, cal.FIRST_DAY), min(end, cal.LAST_DAY)
    date_type = params.get("date_type", "TRADING")
    if date_type not in ("TRADING", "SETTLEMENT"):
        raise bad_request("invalid date_type")
    if date_type == "SETTLEMENT":  # settlement trails the trade date by a few days at most
        days = cal.sessions(start - timedelta(days=7), end)
        days = [d for d in days if start <= cal.settlement_date(d.day) <= end]
    else:
        days = cal.sessions(start, end)
    return json_response([cal.calendar_entry(d) for d in days])


def _assets(request: Request) -> Response:
    params = request.query_params
    status = params.get("status")
    asset_class = params.get("asset_class", "us_equity")
    exchange = params.get("exchange")
    found = [
        a.to_json()
        for a in market.UNIVERSE
        if (status is None or a.status == status)
        and asset_class == "us_equity"
        and (exchange is None or a.exchange == exchange)
    ]
    return json_response(found)


def routes(
    state_of: Callable[[Request], State], engine_of: Callable[[Request], OrderEngine]
) -> list[Route]:
    """All trading routes; the callables resolve the live state and order engine."""

    async def account(request: Request) -> Response:
        state = state_of(request)
        with state.lock:
            return json_response(state.account_json())

    async def orders(request: Request) -> Response:
        engine = engine_of(request)
        if request.method == "POST":
            order = engine.submit(await _json_body(request))
            return json_response(order.to_json())
        if request.method == "DELETE":
            return json_response(engine.cancel_all(), 207)
        with engine.state.lock:
            return json_response(list_orders(engine.state, dict(request.query_params)))

    async def order(request: Request) -> Response:
        engine = engine_of(request)
        order_id = request.path_params["order_id"]
        if request.method == "DELETE":
            engine.cancel(order_id)
            return Response(status_code=204)
        if request.method == "PATCH":
            return json_response(engine.replace(order_id, await _json_body(request)).to_json())
        nested = request.query_params.get("nested", "false").lower() == "true"
        with engine.state.lock:
            return json_response(engine.get(order_id).to_json(nested=nested))

    async def order_by_client_id(request: Request) -> Response:
        state = state_of(request)
        client_order_id = request.query_params.get("client_order_id")
        if not client_order_id:
            raise bad_request("client_order_id is required")
        with state.lock:
            found = state.order_by_client_id(client_order_id)
            if found is None:
                raise not_found("order not found")
            return json_response(found.to_json())

    async def positions(request: Request) -> Response:
        engine = engine_of(request)
        if request.method == "DELETE":
            cancel = request.query_params.get("cancel_orders", "false").lower() == "true"
            return json_response(engine.close_all(cancel), 207)
        state = engine.state
        with state.lock:
            return json_response(
                [state.position_json(state.positions[s]) for s in sorted(state.positions)]
            )

    async def position(request: Request) -> Response:
        engine = engine_of(request)
        key = request.path_params["symbol_or_asset_id"]
        if request.method == "DELETE":
            params = request.query_params
            closing = engine.close_position(key, params.get("qty"), params.get("percentage"))
            return json_response(closing.to_json())
        state = engine.state
        with state.lock:
            asset = market.find_asset(key)
            held = state.positions.get(asset.symbol) if asset else None
            if held is None:
                raise not_found("position does not exist")
            return json_response(state.position_json(held))

    async def assets(request: Request) -> Response:
        return _assets(request)

    async def asset(request: Request) -> Response:
        found = market.find_asset(request.path_params["symbol_or_asset_id"])
        if found is None:
            raise not_found("asset not found")
        return json_response(found.to_json())

    async def clock(request: Request) -> Response:
        return json_response(cal.clock(state_of(request).now()))

    async def calendar(request: Request) -> Response:
        return _calendar(request, state_of(request))

    return [
        Route("/v2/account", account, methods=["GET"]),
        Route("/v2/orders", orders, methods=["GET", "POST", "DELETE"]),
        Route("/v2/orders:by_client_order_id", order_by_client_id, methods=["GET"]),
        Route("/v2/orders/{order_id}", order, methods=["GET", "PATCH", "DELETE"]),
        Route("/v2/positions", positions, methods=["GET", "DELETE"]),
        Route("/v2/positions/{symbol_or_asset_id}", position, methods=["GET", "DELETE"]),
        Route("/v2/assets", assets, methods=["GET"]),
        Route("/v2/assets/{symbol_or_asset_id}", asset, methods=["GET"]),
        Route("/v2/clock", clock, methods=["GET"]),
        Route("/v2/calendar", calendar, methods=["GET"]),
    ]
