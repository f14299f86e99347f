"""Locate routes: quotes, creating, listing and reading locates for short sales.

The sandbox's own rules, deterministic per symbol:

- ETFs (``SPY``, ``QQQ``, ``IWM``, ``DIA``, ``GLD``, ``TLT``) are easy to borrow and need no
  locate (422 ``easy_to_borrow``); ``PENNY`` is a threshold security (422
  ``threshold_security``); unknown or inactive symbols answer 422 ``symbol_not_found``.
- Every other stock has a daily inventory (a multiple of 100 shares, possibly none) and a fee per
  share; active locates of the trading day use the inventory up.
- A locate is granted in part (or rejected with ``all_or_none``) when the inventory is short,
  rejected when the fee is above ``limit_price``, and refused (422
  ``insufficient_buying_power``) when the total fee exceeds the buying power. Granted locates
  expire at the next 8 pm New York time, when the locate trading date rolls over.
"""

from __future__ import annotations

import base64
import hashlib
import uuid
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

import orjson
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from alpaca.sandbox import _market as market
from alpaca.sandbox._calendar import NEW_YORK
from alpaca.sandbox._format import ApiError, fmt_decimal, fmt_time_ns, json_response, not_found
from alpaca.sandbox._state import State

EASY_TO_BORROW = frozenset({"SPY", "QQQ", "IWM", "DIA", "GLD", "TLT"})
THRESHOLD_SECURITIES = frozenset({"PENNY"})
LOT = 100
MAX_QUOTE_SYMBOLS = 100
DEFAULT_PAGE, MAX_PAGE = 1000, 10000
ROLLOVER = time(20)


class LocateError(ApiError):
    """A locate error: its ``code`` is a word (``invalid_input``, ``easy_to_borrow``, ...)."""

    def __init__(self, status: int, word: str, message: str) -> None:
        super().__init__(status, 0, message)
        self.word = word

    def response(self) -> Response:
        return json_response({"code": self.word, "message": self.message}, self.status)


def _seed(symbol: str, day: date) -> int:
    return int.from_bytes(hashlib.sha256(f"{symbol}:{day}".encode()).digest()[:8], "big")


def inventory(symbol: str, day: date) -> int:
    """Shares available to locate on ``day`` before any locate (0 to 5,000, in lots)."""
    return (_seed(symbol, day) % 51) * LOT


def fee_per_share(symbol: str, day: date) -> Decimal:
    """The day's locate fee per share: 0.0100 to 0.2000 USD."""
    return Decimal(100 + (_seed(symbol, day) >> 8) % 1901) / Decimal(10000)


def trading_date(moment: datetime) -> date:
    """The locate trading date of ``moment``: the New York day, rolling over at 8 pm."""
    local = moment.astimezone(NEW_YORK)
    return local.date() + timedelta(days=1) if local.time() >= ROLLOVER else local.date()


def _expiry(moment: datetime) -> datetime:
    return datetime.combine(trading_date(moment), ROLLOVER, NEW_YORK)


def _refusal(symbol: str) -> LocateError | None:
    """Why ``symbol`` cannot be located at all, if it cannot."""
    asset = market.find_asset(symbol)
    if asset is None or not asset.tradable:
        return LocateError(422, "symbol_not_found", "symbol not found")
    if symbol in EASY_TO_BORROW:
        return LocateError(422, "easy_to_borrow", "security is easy to borrow; no locate needed")
    if symbol in THRESHOLD_SECURITIES:
        return LocateError(422, "threshold_security", "security is on the threshold list")
    return None


def _status(locate: dict[str, Any], now: datetime) -> str:
    expires = locate["expires_at"]
    if locate["status"] == "active" and expires is not None and now >= expires:
        return "expired"
    return str(locate["status"])


def _to_json(locate: dict[str, Any], now: datetime) -> dict[str, Any]:
    body = {**locate, "status": _status(locate, now)}
    for name in ("expires_at", "created_at"):
        body[name] = None if body[name] is None else fmt_time_ns(body[name])
    for name in ("limit_price", "located_price", "total_fee"):
        body[name] = None if body[name] is None else fmt_decimal(body[name])
    return body


def _located_today(state: State, symbol: str, day: date, now: datetime) -> int:
    return sum(
        int(locate["located_qty"] or 0)
        for locate in state.locates.values()
        if locate["symbol"] == symbol
        and _status(locate, now) == "active"
        and trading_date(locate["created_at"]) == day
    )


def _request_body(raw: bytes) -> tuple[str, int, bool, Decimal | None]:
    try:
        body = orjson.loads(raw)
    except orjson.JSONDecodeError:
        body = None
    if not isinstance(body, dict):
        raise LocateError(400, "invalid_request_body", "invalid request body")
    symbol, qty = body.get("symbol"), body.get("qty")
    all_or_none, limit = body.get("all_or_none", False), body.get("limit_price")
    if not isinstance(symbol, str) or not symbol.strip():
        raise LocateError(400, "invalid_input", "invalid input: symbol is required")
    if type(qty) is not int or qty < 1 or qty % LOT:
        raise LocateError(400, "invalid_input", "invalid input: quantity must be in round lots")
    if not isinstance(all_or_none, bool):
        raise LocateError(400, "invalid_request_body", "invalid request body")
    price = None
    if limit is not None:
        try:
            price = Decimal(limit) if isinstance(limit, str) else None
        except InvalidOperation:
            price = None
        if price is None or not price.is_finite() or price < 0:
            raise LocateError(400, "invalid_limit_price", "invalid limit_price")
    return symbol.strip().upper(), qty, all_or_none, price


def _page_token(offset: int) -> str:
    return base64.urlsafe_b64encode(orjson.dumps({"offset": offset})).decode().rstrip("=")


def _offset(token: str) -> int:
    try:
        decoded = orjson.loads(base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)))
        offset = decoded["offset"]
    except (ValueError, TypeError, KeyError, orjson.JSONDecodeError):
        offset = None
    if type(offset) is not int or offset < 0:
        raise LocateError(400, "invalid_input", "invalid input: page_token")
    return offset


def _list_date(params: Any, name: str) -> date | None:
    raw = params.get(name)
    if raw is None:
        return None
    try:
        return date.fromisoformat(raw)
    except ValueError:
        raise LocateError(400, "invalid_input", f"invalid input: {name}") from None


def routes(state_of: Callable[[Request], State]) -> list[Route]:
    """``/v1/locates`` and its quotes."""

    async def quotes(request: Request) -> Response:
        raw = request.query_params.get("symbols", "")
        symbols = list(dict.fromkeys(s.strip().upper() for s in raw.split(",") if s.strip()))
        if not symbols:
            raise LocateError(400, "invalid_symbols", "symbols is required")
        if len(symbols) > MAX_QUOTE_SYMBOLS:
            raise LocateError(400, "invalid_symbols", "at most 100 distinct symbols")
        state = state_of(request)
        found: list[dict[str, Any]] = []
        errors: list[dict[str, Any]] = []
        with state.lock:
            now = state.now()
            day = trading_date(now)
            for symbol in symbols:
                refusal = _refusal(symbol)
                if refusal is not None:
                    error = {"symbol": symbol, "code": refusal.word, "message": refusal.message}
                    errors.append(error)
                    continue
                left = inventory(symbol, day) - _located_today(state, symbol, day, now)
                quote: dict[str, Any] = {
                    "symbol": symbol,
                    "available_qty": left,
                    "quoted_at": fmt_time_ns(now),
                }
                if left > 0:
                    quote["price"] = fmt_decimal(fee_per_share(symbol, day))
                found.append(quote)
        return json_response({"quotes": found, "errors": errors})

    async def locates(request: Request) -> Response:
        state = state_of(request)
        if request.method == "POST":
            return _create(state, await request.body())
        params = request.query_params
        limit_raw = params.get("limit", str(DEFAULT_PAGE))
        if not limit_raw.isdigit() or not 1 <= int(limit_raw) <= MAX_PAGE:
            raise LocateError(400, "invalid_input", "invalid input: limit")
        status, symbol = params.get("status"), params.get("symbol")
        if status is not None and status not in ("active", "expired", "rejected"):
            raise LocateError(400, "invalid_input", "invalid input: status")
        start, end = _list_date(params, "start"), _list_date(params, "end")
        offset = _offset(params["page_token"]) if "page_token" in params else 0
        limit = int(limit_raw)
        with state.lock:
            now = state.now()
            chosen = [
                locate
                for locate in state.locates.values()
                if (status is None or _status(locate, now) == status)
                and (symbol is None or locate["symbol"] == symbol.upper())
                and (start is None or trading_date(locate["created_at"]) >= start)
                and (end is None or trading_date(locate["created_at"]) < end)
            ]
            chosen.sort(key=lambda locate: (locate["created_at"], locate["id"]), reverse=True)
            page = [_to_json(locate, now) for locate in chosen[offset : offset + limit]]
        more = offset + limit < len(chosen)
        token = _page_token(offset + limit) if more else None
        return json_response({"locates": page, "next_page_token": token})

    async def locate(request: Request) -> Response:
        locate_id = request.path_params["locate_id"]
        try:
            uuid.UUID(locate_id)
        except ValueError:
            raise LocateError(400, "invalid_input", "invalid input: locate_id") from None
        state = state_of(request)
        with state.lock:
            found = state.locates.get(locate_id)
            if found is None:
                raise not_found("locate not found")
            return json_response(_to_json(found, state.now()))

    return [
        Route("/v1/locates", locates, methods=["GET", "POST"]),
        Route("/v1/locates/quotes", quotes, methods=["GET"]),
        Route("/v1/locates/{locate_id}", locate, methods=["GET"]),
    ]


def _create(state: State, raw: bytes) -> Response:
    symbol, qty, all_or_none, limit = _request_body(raw)
    refusal = _refusal(symbol)
    if refusal is not None:
        raise refusal
    with state.lock:
        now = state.now()
        day = trading_date(now)
        fee = fee_per_share(symbol, day)
        left = inventory(symbol, day) - _located_today(state, symbol, day, now)
        granted = min(qty, left)
        reason = None
        if granted == 0 or (all_or_none and granted < qty):
            reason = "inventory_unavailable"
        elif limit is not None and fee > limit:
            reason = "fee_above_limit_price"
        elif granted * fee > state.buying_power():
            raise LocateError(
                422, "insufficient_buying_power", "insufficient buying power to cover locate fee"
            )
        locate: dict[str, Any] = {
            "id": str(uuid.uuid4()),
            "symbol": symbol,
            "status": "rejected" if reason else "active",
            "requested_qty": qty,
            "all_or_none": all_or_none,
            "limit_price": limit,
            "located_qty": None if reason else granted,
            "located_price": None if reason else fee,
            "total_fee": None if reason else granted * fee,
            "expires_at": None if reason else _expiry(now),
            "rejection_reason": reason,
            "created_at": now,
        }
        state.locates[locate["id"]] = locate
        return json_response(_to_json(locate, now), 201)
