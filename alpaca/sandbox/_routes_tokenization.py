"""Tokenization routes: minting tokenized stocks from held shares, and listing the requests.

A mint needs the shares: the position must cover the quantity plus that of pending mints
(400 ``insufficient position`` otherwise). Requests stay ``pending`` in the sandbox (no issuer
settles them); the token symbol is the underlying's with the issuer's mark (``AAPLx`` for
xStocks, ``AAPL.st0x`` for st0x).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import Any

import orjson
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from alpaca.sandbox import _market as market
from alpaca.sandbox._format import (
    ApiError,
    bad_request,
    fmt_decimal,
    fmt_time_ns,
    json_response,
    unprocessable,
)
from alpaca.sandbox._params import parse_time
from alpaca.sandbox._state import ACCOUNT_ID, State

ISSUERS = ("xstocks", "st0x")
NETWORKS = ("solana", "arbitrum", "ethereum", "binance", "base", "ton", "tron", "mantle")
TYPES = ("mint", "redeem")
STATUSES = ("pending", "rejected", "completed")
FILTERS = {"type": TYPES, "status": STATUSES, "issuer": ISSUERS, "network": NETWORKS}
MINT_ANSWER = (
    "tokenization_request_id",
    "status",
    "underlying_symbol",
    "token_symbol",
    "qty",
    "issuer",
    "network",
    "created_at",
)
_ISSUER_ACCOUNT = uuid.UUID("3e1f6a2c-8b4d-4c7e-a5f9-2d6b0c8e1f3a")


def _token_symbol(symbol: str, issuer: str) -> str:
    return f"{symbol}x" if issuer == "xstocks" else f"{symbol}.{issuer}"


def _mint_body(raw: bytes) -> dict[str, Any]:
    try:
        body = orjson.loads(raw)
    except orjson.JSONDecodeError:
        body = None
    if not isinstance(body, dict):
        raise bad_request("failed to decode request body")
    required = ("underlying_symbol", "qty", "issuer", "network", "wallet_address")
    missing = [name for name in required if body.get(name) in (None, "")]
    if missing:
        raise unprocessable(", ".join(f"{name} is required" for name in missing))
    if body["issuer"] not in ISSUERS:
        raise unprocessable(f"invalid issuer: {body['issuer']}")
    if body["network"] not in NETWORKS:
        raise unprocessable(f"invalid network: {body['network']}")
    try:
        qty = Decimal(body["qty"]) if isinstance(body["qty"], str) else None
    except InvalidOperation:
        qty = None
    if qty is None or not qty.is_finite() or qty <= 0:
        raise unprocessable("qty must be a positive decimal string")
    if not isinstance(body["wallet_address"], str) or not isinstance(
        body["underlying_symbol"], str
    ):
        raise unprocessable("underlying_symbol and wallet_address must be strings")
    return {**body, "qty": qty, "underlying_symbol": body["underlying_symbol"].upper()}


def _to_json(request: dict[str, Any]) -> dict[str, Any]:
    return {
        **request,
        "qty": fmt_decimal(request["qty"]),
        "created_at": fmt_time_ns(request["created_at"]),
    }


def routes(state_of: Callable[[Request], State]) -> list[Route]:
    """``/v2/tokenization/...``."""

    async def mint(request: Request) -> Response:
        body = _mint_body(await request.body())
        symbol = body["underlying_symbol"]
        asset = market.find_asset(symbol)
        if asset is None or not asset.tradable:
            raise unprocessable(f"unknown underlying_symbol: {symbol}")
        state = state_of(request)
        with state.lock:
            held = state.positions.get(asset.symbol)
            pending = sum(
                (
                    r["qty"]
                    for r in state.tokenization_requests
                    if r["underlying_symbol"] == asset.symbol and r["status"] == "pending"
                ),
                Decimal(0),
            )
            if held is None or held.qty - pending < body["qty"]:
                raise bad_request("insufficient position")
            record: dict[str, Any] = {
                "tokenization_request_id": str(uuid.uuid4()),
                "issuer_request_id": None,
                "type": "mint",
                "status": "pending",
                "underlying_symbol": asset.symbol,
                "token_symbol": _token_symbol(asset.symbol, body["issuer"]),
                "qty": body["qty"],
                "fees": None,
                "issuer": body["issuer"],
                "network": body["network"],
                "wallet_address": body["wallet_address"],
                "tx_hash": None,
                "account": ACCOUNT_ID,
                "issuer_account": str(uuid.uuid5(_ISSUER_ACCOUNT, body["issuer"])),
                "created_at": state.now(),
                "updated_at": None,
            }
            state.tokenization_requests.append(record)
        shown = _to_json(record)
        return json_response({key: shown[key] for key in MINT_ANSWER})

    async def requests(request: Request) -> Response:
        params = request.query_params
        for name, allowed in FILTERS.items():
            if name in params and params[name] not in allowed:
                raise unprocessable(f"failed to parse {name}")
        try:
            after = parse_time("after", params["after"], False) if "after" in params else None
            before = parse_time("before", params["before"], False) if "before" in params else None
        except ApiError:
            raise unprocessable("failed to parse after or before") from None
        symbol = params.get("underlying_symbol")
        state = state_of(request)
        with state.lock:
            chosen = [
                _to_json(r)
                for r in reversed(state.tokenization_requests)
                if all(params.get(name) in (None, r[name]) for name in FILTERS)
                and (symbol is None or r["underlying_symbol"] == symbol.upper())
                and (after is None or r["created_at"] > after)
                and (before is None or r["created_at"] < before)
            ]
        return json_response(chosen)

    return [
        Route("/v2/tokenization/mint", mint, methods=["POST"]),
        Route("/v2/tokenization/requests", requests, methods=["GET"]),
    ]
