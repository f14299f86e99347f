"""Trading API watchlist routes, by id and by name, on the state's watchlists."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import orjson
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from alpaca.sandbox import _market as market
from alpaca.sandbox._format import bad_request, fmt_time_ns, json_response, not_found, unprocessable
from alpaca.sandbox._state import ACCOUNT_ID, State, Watchlist

NAME_MAX = 64


def summary_json(watchlist: Watchlist) -> dict[str, Any]:
    """A watchlist without its assets."""
    return {
        "id": watchlist.id,
        "account_id": ACCOUNT_ID,
        "name": watchlist.name,
        "created_at": fmt_time_ns(watchlist.created_at),
        "updated_at": fmt_time_ns(watchlist.updated_at),
    }


def watchlist_json(watchlist: Watchlist) -> dict[str, Any]:
    """A watchlist with its assets in order."""
    assets = [market.find_asset(symbol) for symbol in watchlist.symbols]
    return {**summary_json(watchlist), "assets": [a.to_json() for a in assets if a is not None]}


async def _body(request: Request) -> dict[str, Any]:
    try:
        body = orjson.loads(await request.body())
    except orjson.JSONDecodeError:
        raise bad_request("request body format is invalid") from None
    if not isinstance(body, dict):
        raise bad_request("request body format is invalid")
    return body


def _symbol(raw: Any) -> str:
    if not isinstance(raw, str) or not raw.strip():
        raise unprocessable("symbol is required")
    asset = market.find_asset(raw.strip())
    if asset is None:
        raise unprocessable(f"asset not found: {raw}")
    return asset.symbol


def _symbols(raw: Any) -> list[str]:
    if not isinstance(raw, list):
        raise unprocessable("symbols must be a list")
    return list(dict.fromkeys(_symbol(item) for item in raw if item is not None))


def _name(state: State, raw: Any, keep: Watchlist | None = None) -> str:
    if not isinstance(raw, str) or not raw.strip():
        raise unprocessable("name is required")
    if len(raw) > NAME_MAX:
        raise unprocessable(f"name must be at most {NAME_MAX} characters")
    taken = any(w.name == raw and w is not keep for w in state.watchlists.values())
    if taken:
        raise unprocessable(f"watchlist name {raw!r} already exists")
    return raw


class _Watchlists:
    """The handlers, bound to a way of finding the live state."""

    def __init__(self, state_of: Callable[[Request], State]) -> None:
        self.state_of = state_of

    def _find(self, state: State, request: Request) -> Watchlist:
        key = request.path_params.get("watchlist_id")
        if key is not None:
            found = state.watchlists.get(key)
        else:
            name = request.query_params.get("name")
            found = next((w for w in state.watchlists.values() if w.name == name), None)
        if found is None:
            raise not_found("watchlist not found")
        return found

    async def collection(self, request: Request) -> Response:
        state = self.state_of(request)
        if request.method == "GET":
            with state.lock:
                ordered = sorted(state.watchlists.values(), key=lambda w: w.created_at)
                return json_response([summary_json(w) for w in ordered])
        body = await _body(request)
        with state.lock:
            name = _name(state, body.get("name"))
            symbols = _symbols(body.get("symbols") or [])
            now = state.now()
            created = Watchlist(State.new_id(), name, now, now, symbols)
            state.watchlists[created.id] = created
            return json_response(watchlist_json(created))

    async def one(self, request: Request) -> Response:
        state = self.state_of(request)
        body = await _body(request) if request.method in ("POST", "PUT") else {}
        with state.lock:
            found = self._find(state, request)
            if request.method == "DELETE":
                del state.watchlists[found.id]
                return Response(status_code=204)
            if request.method == "POST":
                symbol = _symbol(body.get("symbol"))
                if symbol in found.symbols:
                    raise unprocessable(f"{symbol} is already in the watchlist")
                found.symbols.append(symbol)
                found.updated_at = state.now()
            elif request.method == "PUT":
                found.name = _name(state, body.get("name"), keep=found)
                if body.get("symbols") is not None:
                    found.symbols = _symbols(body["symbols"])
                found.updated_at = state.now()
            return json_response(watchlist_json(found))

    async def remove(self, request: Request) -> Response:
        state = self.state_of(request)
        with state.lock:
            found = self._find(state, request)
            asset = market.find_asset(request.path_params["symbol"])
            if asset is None or asset.symbol not in found.symbols:
                raise not_found("symbol not found in the watchlist")
            found.symbols.remove(asset.symbol)
            found.updated_at = state.now()
            return json_response(watchlist_json(found))


def routes(state_of: Callable[[Request], State]) -> list[Route]:
    """The watchlist routes."""
    handlers = _Watchlists(state_of)
    one = ["GET", "POST", "PUT", "DELETE"]
    return [
        Route("/v2/watchlists", handlers.collection, methods=["GET", "POST"]),
        Route("/v2/watchlists:by_name", handlers.one, methods=one),
        Route("/v2/watchlists/{watchlist_id}", handlers.one, methods=one),
        Route("/v2/watchlists/{watchlist_id}/{symbol}", handlers.remove, methods=["DELETE"]),
    ]
