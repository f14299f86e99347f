"""Trading API routes around the account: configurations, activities and portfolio history."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import orjson
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from alpaca.sandbox import _portfolio
from alpaca.sandbox._activities import ACTIVITY_TYPES, TRADE_TYPES, Activity, activities
from alpaca.sandbox._format import bad_request, json_response, unprocessable
from alpaca.sandbox._params import parse_date, parse_time
from alpaca.sandbox._state import DEFAULT_CONFIGURATIONS, State

PAGE_SIZE_MAX = 100
_CHOICES: dict[str, tuple[Any, ...]] = {
    "dtbp_check": ("both", "entry", "exit"),
    "pdt_check": ("both", "entry", "exit"),
    "trade_confirm_email": ("all", "none"),
    "max_margin_multiplier": ("1", "2", "4"),
    "max_options_trading_level": (0, 1, 2, 3),
}


def _configuration_changes(raw: bytes) -> dict[str, Any]:
    try:
        body = orjson.loads(raw)
    except orjson.JSONDecodeError:
        raise bad_request("request body format is invalid") from None
    if not isinstance(body, dict):
        raise bad_request("request body format is invalid")
    changes = {name: value for name, value in body.items() if name in DEFAULT_CONFIGURATIONS}
    for name, value in changes.items():
        choices = _CHOICES.get(name)
        if choices is None and not isinstance(value, bool):
            raise unprocessable(f"invalid {name}: expected true or false")
        if choices is not None and (isinstance(value, bool) or value not in choices):
            raise unprocessable(f"invalid {name}: must be one of {', '.join(map(str, choices))}")
    return changes


def _types(params: dict[str, str], path_type: str | None) -> frozenset[str] | None:
    raw = path_type or params.get("activity_types")
    category = params.get("category")
    if raw is not None and category is not None:
        raise unprocessable("activity_types and category cannot be used together")
    if category is not None:
        if category not in ("trade_activity", "non_trade_activity"):
            raise unprocessable(f"invalid category: {category!r}")
        trade = category == "trade_activity"
        return TRADE_TYPES if trade else ACTIVITY_TYPES - TRADE_TYPES
    if raw is None:
        return None
    kinds = frozenset(item.strip().upper() for item in raw.split(","))
    unknown = sorted(kinds - ACTIVITY_TYPES)
    if unknown:
        raise unprocessable(f"invalid activity type: {', '.join(unknown)}")
    return kinds


def _page_size(raw: str | None) -> int:
    if raw is None:
        return PAGE_SIZE_MAX
    if not raw.isdigit() or not 1 <= int(raw) <= PAGE_SIZE_MAX:
        raise unprocessable(f"invalid page_size: must be 1 to {PAGE_SIZE_MAX}")
    return int(raw)


def list_activities(state: State, params: dict[str, str], path_type: str | None) -> list[Any]:
    """One page of activities, filtered and ordered as the query asks."""
    kinds = _types(params, path_type)
    direction = params.get("direction", "desc")
    if direction not in ("asc", "desc"):
        raise unprocessable(f"invalid direction: {direction!r}")
    day = parse_date("date", params["date"]) if params.get("date") else None
    after = parse_time("after", params["after"], False) if params.get("after") else None
    until = parse_time("until", params["until"], True) if params.get("until") else None
    size, token = _page_size(params.get("page_size")), params.get("page_token")

    def wanted(activity: Activity) -> bool:
        return (
            (kinds is None or activity.type in kinds)
            and (day is None or activity.day == day)
            and (after is None or activity.at > after)
            and (until is None or activity.at < until)
        )

    found = [a for a in activities(state) if wanted(a)]
    if direction == "desc":
        found.reverse()
    if token:
        found = [a for a in found if (a.id < token if direction == "desc" else a.id > token)]
    return [a.body for a in found[:size]]


def routes(state_of: Callable[[Request], State]) -> list[Route]:
    """The account configuration, activity and portfolio-history routes."""

    async def configurations(request: Request) -> Response:
        state = state_of(request)
        if request.method == "PATCH":
            changes = _configuration_changes(await request.body())
            with state.lock:
                state.configurations.update(changes)
        with state.lock:
            return json_response(state.configurations)

    async def activity_list(request: Request) -> Response:
        state = state_of(request)
        path_type = request.path_params.get("activity_type")
        with state.lock:
            return json_response(list_activities(state, dict(request.query_params), path_type))

    async def portfolio_history(request: Request) -> Response:
        state = state_of(request)
        with state.lock:
            return json_response(_portfolio.history(state, dict(request.query_params)))

    return [
        Route("/v2/account/configurations", configurations, methods=["GET", "PATCH"]),
        Route("/v2/account/activities", activity_list, methods=["GET"]),
        Route("/v2/account/activities/{activity_type}", activity_list, methods=["GET"]),
        Route("/v2/account/portfolio/history", portfolio_history, methods=["GET"]),
    ]
