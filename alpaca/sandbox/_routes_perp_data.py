"""Market data of crypto perpetual futures (``/v1beta1/crypto-perps/global/latest/...``).

Contracts are ``<UNDERLYING>USDT.P`` for the underlyings the perpetuals account trades. Values
are deterministic functions of the symbol and the sandbox minute: the mark price drifts around a
base price, the index price sits a hair below it, bars, quotes, trades and books follow the mark.
Symbols the sandbox does not know are left out of the answer, as Alpaca does.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from alpaca.sandbox._format import bad_request, fmt_time_ns, json_response
from alpaca.sandbox._routes_funding import PERPETUAL_UNDERLYINGS
from alpaca.sandbox._state import State

BASE_PRICE = {"BTC": 60000.0, "ETH": 3000.0, "SOL": 150.0, "XRP": 0.5, "DOGE": 0.15}
CONTRACTS = {f"{u}USDT.P": BASE_PRICE[u] for u in PERPETUAL_UNDERLYINGS}
FUNDING_HOURS = 8
BOOK_DEPTH = 5


def _phase(symbol: str) -> float:
    return int.from_bytes(hashlib.sha256(symbol.encode()).digest()[:4], "big") / 2**32


def _mark(symbol: str, minute: int) -> float:
    """Mark price at an epoch minute: within about 2 % of the base price."""
    wave = math.sin(minute / 37 + 6.3 * _phase(symbol)) + 0.5 * math.sin(minute / 11)
    return _round(CONTRACTS[symbol] * (1 + 0.013 * wave))


def _round(price: float) -> float:
    """Five significant digits, as exchanges quote these contracts."""
    digits = max(0, 4 - math.floor(math.log10(abs(price))))
    return round(price, digits)


def _tick(price: float) -> float:
    """The smallest price step at five significant digits."""
    return float(10.0 ** (math.floor(math.log10(price)) - 4))


def _minute(now: datetime) -> tuple[int, datetime]:
    minute = int(now.timestamp() // 60)
    return minute, datetime.fromtimestamp(minute * 60, UTC)


def _pricing(symbol: str, now: datetime) -> dict[str, Any]:
    minute, start = _minute(now)
    mark = _mark(symbol, minute)
    period = FUNDING_HOURS * 3600
    next_funding = datetime.fromtimestamp((now.timestamp() // period + 1) * period, UTC)
    return {
        "t": fmt_time_ns(start),
        "ft": fmt_time_ns(next_funding),
        "fr": round(0.0001 * math.sin(minute / 480 + _phase(symbol) * 6.3), 7),
        "mp": mark,
        "ip": _round(mark - _tick(mark)),
        "oi": round(2_000_000 / CONTRACTS[symbol], 4),
    }


def _bar(symbol: str, now: datetime) -> dict[str, Any]:
    minute, _ = _minute(now)
    last = minute - 1  # the latest complete minute
    start = datetime.fromtimestamp(last * 60, UTC)
    open_, close = _mark(symbol, last - 1), _mark(symbol, last)
    spread = _tick(close) * 7
    volume = round(50_000 / CONTRACTS[symbol], 4)
    return {
        "t": fmt_time_ns(start),
        "o": open_,
        "h": _round(max(open_, close) + spread),
        "l": _round(min(open_, close) - spread),
        "c": close,
        "v": volume,
        "n": 40 + last % 23,
        "vw": _round((open_ + close) / 2),
    }


def _quote(symbol: str, now: datetime) -> dict[str, Any]:
    minute, start = _minute(now)
    mark, tick = _mark(symbol, minute), _tick(_mark(symbol, minute))
    size = round(10_000 / CONTRACTS[symbol], 4)
    return {"t": fmt_time_ns(start), "bp": _round(mark - tick), "bs": size, "ap": mark, "as": size}


def _trade(symbol: str, now: datetime) -> dict[str, Any]:
    minute, start = _minute(now)
    return {
        "t": fmt_time_ns(start),
        "p": _mark(symbol, minute),
        "s": round(1_000 / CONTRACTS[symbol], 4),
        "i": minute * 100 + int(_phase(symbol) * 100),
        "tks": "B" if minute % 2 else "S",
    }


def _orderbook(symbol: str, now: datetime) -> dict[str, Any]:
    minute, start = _minute(now)
    mark = _mark(symbol, minute)
    tick = _tick(mark)
    size = round(5_000 / CONTRACTS[symbol], 4)
    return {
        "t": fmt_time_ns(start),
        "b": [{"p": _round(mark - tick * (i + 1)), "s": size * (i + 1)} for i in range(BOOK_DEPTH)],
        "a": [{"p": _round(mark + tick * i), "s": size * (i + 1)} for i in range(BOOK_DEPTH)],
    }


_KINDS: dict[str, Callable[[str, datetime], dict[str, Any]]] = {
    "pricing": _pricing,
    "bars": _bar,
    "quotes": _quote,
    "trades": _trade,
    "orderbooks": _orderbook,
}


def routes(state_of: Callable[[Request], State]) -> list[Route]:
    """The latest-value routes of perpetual futures."""

    def latest(kind: str) -> Callable[[Request], Any]:
        make = _KINDS[kind]

        async def handler(request: Request) -> Response:
            if request.path_params["loc"] != "global":
                raise bad_request("invalid loc: perpetual futures trade on global")
            raw = request.query_params.get("symbols", "")
            symbols = sorted({s.strip().upper() for s in raw.split(",") if s.strip()})
            if not symbols:
                raise bad_request("symbols is required")
            now = state_of(request).now()
            found = {s: make(s, now) for s in symbols if s in CONTRACTS}
            return json_response({kind: found})

        return handler

    return [
        Route(f"/v1beta1/crypto-perps/{{loc}}/latest/{kind}", latest(kind), methods=["GET"])
        for kind in _KINDS
    ]
