"""Exercise and do-not-exercise instructions for option positions.

The sandbox trades US equities only, so it never holds an option position: an OCC contract
symbol or a contract id answers 403 (no available position, as Alpaca does), anything else 422
(invalid symbol). A held option, were there one, would answer 200 with no body."""

from __future__ import annotations

import re
from collections.abc import Callable

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from alpaca.sandbox._format import ApiError, unprocessable
from alpaca.sandbox._state import State

_OCC_SYMBOL = re.compile(r"^[A-Z]{1,6}\d{6}[CP]\d{8}$")
_CONTRACT_ID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


def _instruct(state: State, key: str) -> Response:
    if not (_OCC_SYMBOL.match(key.upper()) or _CONTRACT_ID.match(key.lower())):
        raise unprocessable("invalid symbol")
    with state.lock:
        if key.upper() not in state.positions:
            raise ApiError(403, 40310000, "no available position for the specified contract")
    return Response(status_code=200)


def routes(state_of: Callable[[Request], State]) -> list[Route]:
    """The exercise and do-not-exercise routes."""

    async def instruct(request: Request) -> Response:
        return _instruct(state_of(request), request.path_params["symbol_or_contract_id"])

    path = "/v2/positions/{symbol_or_contract_id}"
    return [
        Route(f"{path}/exercise", instruct, methods=["POST"]),
        Route(f"{path}/do-not-exercise", instruct, methods=["POST"]),
    ]
