"""Crypto funding and perpetuals account routes: wallets, transfers, whitelists, fee estimates,
account vitals and leverage (rules in :mod:`alpaca.sandbox._funding`)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import orjson
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from alpaca.sandbox._format import bad_request, fmt_decimal, json_response, unprocessable
from alpaca.sandbox._funding import (
    USD_PRICE,
    FundingBook,
    amount_param,
    asset_param,
    chain_param,
    network_fee,
)
from alpaca.sandbox._state import State

PERPETUAL_UNDERLYINGS = ("BTC", "ETH", "SOL", "XRP", "DOGE")
MAX_LEVERAGE = 50
DEFAULT_LEVERAGE = 1

Handler = Callable[[Request], Awaitable[Response]]


async def _body(request: Request) -> dict[str, Any]:
    try:
        body = orjson.loads(await request.body())
    except orjson.JSONDecodeError:
        raise bad_request("request body format is invalid") from None
    if not isinstance(body, dict):
        raise bad_request("request body format is invalid")
    return body


def _text(body: dict[str, Any], name: str) -> str:
    value = body.get(name)
    if not isinstance(value, str) or not value.strip():
        raise unprocessable(f"{name} is required")
    return value.strip()


def _underlying(request: Request) -> str:
    symbol = request.query_params.get("symbol", "").strip().upper()
    if not symbol:
        raise bad_request("symbol is required")
    if symbol not in PERPETUAL_UNDERLYINGS:
        raise unprocessable(f"no perpetual futures on {symbol}")
    return symbol


def _venue_routes(venue: str, prefix: str, state_of: Callable[[Request], State]) -> list[Route]:
    """Wallets, transfers, whitelists and fee estimates of one venue under ``prefix``."""

    def book(request: Request) -> tuple[State, FundingBook]:
        state = state_of(request)
        return state, state.funding

    async def wallets(request: Request) -> Response:
        params = request.query_params
        state, funding = book(request)
        with state.lock:
            if params.get("asset") is None:
                return json_response([w.to_json() for w in funding.wallets_of(venue)])
            asset = asset_param(params["asset"])
            chain = chain_param(asset, params.get("chain"), params.get("network"))
            return json_response(funding.wallet(venue, asset, chain, state.now()).to_json())

    async def fee_estimate(request: Request) -> Response:
        params = request.query_params
        asset = asset_param(params.get("asset"))
        if params.get("amount") is not None:
            amount_param(params["amount"])
        chain = chain_param(asset, None)
        fee = fmt_decimal(network_fee(asset, chain))
        if venue == "perpetuals":  # Alpaca's perpetuals estimate carries the total fee only
            return json_response({"fee": fee})
        return json_response({"fee": fee, "network_fee": fee})

    async def transfers(request: Request) -> Response:
        state, funding = book(request)
        if request.method == "POST":
            body = await _body(request)
            asset = asset_param(body.get("asset"))
            chain = chain_param(asset, body.get("chain"))
            amount = amount_param(body.get("amount"))
            address = _text(body, "address")
            with state.lock:
                now = state.now()
                made = funding.withdraw(venue, asset, chain, amount, address, now)
                return json_response(made.to_json(now))
        with state.lock:
            now = state.now()
            found = sorted(funding.transfers_of(venue), key=lambda t: t.created_at, reverse=True)
            return json_response([t.to_json(now) for t in found])

    async def transfer(request: Request) -> Response:
        state, funding = book(request)
        with state.lock:
            found = funding.transfer(venue, request.path_params["transfer_id"])
            return json_response(found.to_json(state.now()))

    async def whitelists(request: Request) -> Response:
        state, funding = book(request)
        if request.method == "POST":
            body = await _body(request)
            asset = asset_param(body.get("asset"))
            chain = chain_param(asset, body.get("chain") if venue == "crypto" else None)
            address = _text(body, "address")
            with state.lock:
                now = state.now()
                entry = funding.add_whitelisted(venue, asset, chain, address, now)
                return json_response(entry.to_json(now))
        with state.lock:
            now = state.now()
            return json_response([w.to_json(now) for w in funding.whitelist_of(venue)])

    async def whitelisted(request: Request) -> Response:
        state, funding = book(request)
        with state.lock:
            funding.remove_whitelisted(venue, request.path_params["whitelisted_address_id"])
        return Response(status_code=200)

    return [
        Route(prefix, wallets, methods=["GET"]),
        Route(f"{prefix}/fees/estimate", fee_estimate, methods=["GET"]),
        Route(f"{prefix}/transfers", transfers, methods=["GET", "POST"]),
        Route(f"{prefix}/transfers/{{transfer_id}}", transfer, methods=["GET"]),
        Route(f"{prefix}/whitelists", whitelists, methods=["GET", "POST"]),
        Route(f"{prefix}/whitelists/{{whitelisted_address_id}}", whitelisted, methods=["DELETE"]),
    ]


def routes(state_of: Callable[[Request], State]) -> list[Route]:
    """Crypto wallet routes (``/v2/wallets...``) and perpetuals account routes."""

    async def vitals(request: Request) -> Response:
        state = state_of(request)
        with state.lock:
            collateral = state.funding.balance("perpetuals", "USDT") * USD_PRICE["USDT"]
        # no open perpetual positions in the sandbox: no margin, no profit or loss
        return json_response(
            {
                "total_collateral": fmt_decimal(collateral),
                "collateral_balance": fmt_decimal(collateral),
                "maintenance_margin": "0",
                "profit_loss": "0",
            }
        )

    async def leverage(request: Request) -> Response:
        state = state_of(request)
        symbol = _underlying(request)
        if request.method == "POST":
            raw = request.query_params.get("leverage")
            if raw is None:
                raise bad_request("leverage is required")
            if not raw.isdigit() or not 1 <= int(raw) <= MAX_LEVERAGE:
                raise unprocessable(f"leverage must be a whole number from 1 to {MAX_LEVERAGE}")
            with state.lock:
                state.funding.leverage[symbol] = int(raw)
        with state.lock:
            value = state.funding.leverage.get(symbol, DEFAULT_LEVERAGE)
        return json_response({"symbol": symbol, "leverage": value})

    return [
        *_venue_routes("crypto", "/v2/wallets", state_of),
        *_venue_routes("perpetuals", "/v2/perpetuals/wallets", state_of),
        Route("/v2/perpetuals/account_vitals", vitals, methods=["GET"]),
        Route("/v2/perpetuals/leverage", leverage, methods=["GET", "POST"]),
    ]
