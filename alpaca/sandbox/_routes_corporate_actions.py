"""Corporate actions: the trading API's announcements and the market data API's list, both
served from the fixtures of :mod:`alpaca.sandbox._corporate_actions`."""

from __future__ import annotations

import base64
from collections.abc import Callable, Mapping
from datetime import date
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from alpaca.sandbox import _calendar as cal
from alpaca.sandbox._corporate_actions import Action, actions, cusip
from alpaca.sandbox._format import ApiError, bad_request, json_response, not_found, unprocessable
from alpaca.sandbox._params import parse_date
from alpaca.sandbox._state import State

ANNOUNCEMENT_DAYS_MAX = 90
ANNOUNCEMENT_TYPES = {
    "Dividend": "cash_dividend",
    "Split": "forward_split",
    "Merger": "",
    "Spinoff": "",
}
DATE_TYPES = ("declaration_date", "ex_date", "record_date", "payable_date")
DATA_TYPES = (
    "reverse_split", "forward_split", "unit_split", "cash_dividend", "stock_dividend", "spin_off",
    "cash_merger", "stock_merger", "stock_and_cash_merger", "redemption", "name_change",
    "worthless_removal", "rights_distribution", "partial_call", "reorganization",
)  # fmt: skip
LIMIT_DEFAULT, LIMIT_MAX = 100, 1000


def _required(params: Mapping[str, str], name: str) -> str:
    value = params.get(name)
    if not value:
        raise bad_request(f"{name} is required")
    return value


def announcements(params: Mapping[str, str]) -> list[dict[str, Any]]:
    """``/v2/corporate_actions/announcements``: the range may span at most 90 days."""
    kinds = set()
    for name in _required(params, "ca_types").split(","):
        if name.strip() not in ANNOUNCEMENT_TYPES:
            raise unprocessable(f"invalid ca_types: {name!r}")
        kinds.add(ANNOUNCEMENT_TYPES[name.strip()])
    since = parse_date("since", _required(params, "since"))
    until = parse_date("until", _required(params, "until"))
    if since > until:
        raise unprocessable("since must not be after until")
    if (until - since).days > ANNOUNCEMENT_DAYS_MAX:
        raise unprocessable(f"the date range is limited to {ANNOUNCEMENT_DAYS_MAX} days")
    date_type = params.get("date_type")
    if date_type is not None and date_type not in DATE_TYPES:
        raise unprocessable(f"invalid date_type: {date_type!r}")
    symbol, wanted_cusip = params.get("symbol"), params.get("cusip")

    def wanted(action: Action) -> bool:
        days = [action.dates[date_type]] if date_type else list(action.dates.values())
        return (
            action.kind in kinds
            and any(since <= day <= until for day in days)
            and (symbol is None or action.symbol == symbol.upper())
            and (wanted_cusip is None or cusip(action.symbol) == wanted_cusip.upper())
        )

    return [action.announcement_json() for action in actions() if wanted(action)]


def _announcement(announcement_id: str) -> dict[str, Any]:
    for action in actions():
        if action.id == announcement_id and action.kind != "name_change":
            return action.announcement_json()
    raise not_found("corporate action announcement not found")


def _split(params: Mapping[str, str], name: str) -> set[str] | None:
    raw = params.get(name)
    return None if not raw else {item.strip() for item in raw.split(",") if item.strip()}


def _data_date(params: Mapping[str, str], name: str, default: date) -> date:
    try:
        return parse_date(name, params[name]) if params.get(name) else default
    except ApiError as error:
        raise bad_request(error.message) from None


def _limit(raw: str | None) -> int:
    if raw is None:
        return LIMIT_DEFAULT
    if not raw.isdigit() or not 1 <= int(raw) <= LIMIT_MAX:
        raise bad_request(f"invalid limit: must be 1 to {LIMIT_MAX}")
    return int(raw)


def _token(action: Action) -> str:
    return base64.urlsafe_b64encode(f"{action.process_date}|{action.id}".encode()).decode()


def _after_token(token: str) -> tuple[str, str]:
    try:
        day, action_id = base64.urlsafe_b64decode(token.encode()).decode().split("|")
    except (ValueError, UnicodeDecodeError):
        raise bad_request("invalid page_token") from None
    return day, action_id


def corporate_actions(params: Mapping[str, str], today: date) -> dict[str, Any]:
    """``/v1/corporate-actions``: one page, grouped by type, in process-date order."""
    symbols, cusips, ids = (
        _split(params, "symbols"),
        _split(params, "cusips"),
        _split(params, "ids"),
    )
    types = _split(params, "types")
    if ids is not None and any(
        params.get(n) for n in ("symbols", "cusips", "types", "start", "end")
    ):
        raise bad_request("ids cannot be combined with symbols, cusips, types, start or end")
    unknown = sorted((types or set()) - set(DATA_TYPES))
    if unknown:
        raise bad_request(f"invalid types: {', '.join(unknown)}")
    region = params.get("region", "us")
    if region not in ("us", "non_us", "all"):
        raise bad_request(f"invalid region: {region!r}")
    start, end = _data_date(params, "start", today), _data_date(params, "end", today)
    if ids is None and start > end:
        raise bad_request("start must not be after end")
    sort = params.get("sort", "asc")
    if sort not in ("asc", "desc"):
        raise bad_request(f"invalid sort: {sort!r}")
    limit = _limit(params.get("limit"))

    def wanted(action: Action) -> bool:
        if region == "non_us":
            return False
        if ids is not None:
            return action.id in ids
        names = {action.symbol, action.new_symbol}
        return (
            start <= action.process_date <= end
            and (types is None or action.kind in types)
            and (symbols is None or bool(names & {s.upper() for s in symbols}))
            and (cusips is None or cusip(action.symbol) in {c.upper() for c in cusips})
        )

    found = [action for action in actions() if wanted(action)]
    if sort == "desc":
        found.reverse()
    token = params.get("page_token")
    if token:
        key = _after_token(token)
        found = [
            a
            for a in found
            if (
                (str(a.process_date), a.id) < key
                if sort == "desc"
                else (str(a.process_date), a.id) > key
            )
        ]
    page = found[:limit]
    groups: dict[str, list[dict[str, Any]]] = {}
    for action in page:
        groups.setdefault(f"{action.kind}s", []).append(action.data_json())
    more = len(found) > limit
    return {"corporate_actions": groups, "next_page_token": _token(page[-1]) if more else None}


def routes(state_of: Callable[[Request], State]) -> list[Route]:
    """The announcement routes (trading API) and the corporate actions list (market data)."""

    async def announcement_list(request: Request) -> Response:
        return json_response(announcements(request.query_params))

    async def announcement(request: Request) -> Response:
        return json_response(_announcement(request.path_params["id"]))

    async def corporate_action_list(request: Request) -> Response:
        today = cal.et_date(state_of(request).now())
        return json_response(corporate_actions(request.query_params, today))

    return [
        Route("/v2/corporate_actions/announcements", announcement_list, methods=["GET"]),
        Route("/v2/corporate_actions/announcements/{id}", announcement, methods=["GET"]),
        Route("/v1/corporate-actions", corporate_action_list, methods=["GET"]),
    ]
