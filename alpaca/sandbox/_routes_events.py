"""The account activity event stream (server-sent events), and a control route to cut it.

``GET /v2beta1/events/activities`` streams the journal of :mod:`alpaca.sandbox._events`: one
``id:``/``data:`` message per event, a ``: keep-alive`` comment every 15 seconds. ``since``
(a time) or ``since_id`` replay older events; without either only new ones arrive. ``until``
or ``until_id`` end the stream cleanly once the sandbox clock passes that time or that event
has been sent; without them it stays open.

``POST /_sandbox/events/drop`` cuts every open event stream without finishing its body (as a
lost connection would), answering how many it cut; clients then resume by event id.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from datetime import datetime
from typing import Any

import orjson
from starlette.requests import Request
from starlette.responses import Response, StreamingResponse
from starlette.routing import Route

from alpaca.sandbox._chaos import TRANSPORT_KEY
from alpaca.sandbox._events import ActivityEvent
from alpaca.sandbox._format import ApiError, bad_request, json_response
from alpaca.sandbox._params import parse_time
from alpaca.sandbox._state import State

POLL_SECONDS = 0.05
KEEP_ALIVE_SECONDS = 15.0


class _Bounds:
    """The validated query of one stream."""

    def __init__(self, params: Any) -> None:
        given = {name: params.get(name) or None for name in ("since", "until", "since_id")}
        self.until_id: str | None = params.get("until_id") or None
        if given["until"] and not given["since"]:
            raise bad_request("until requires since")
        if self.until_id and not given["since_id"]:
            raise bad_request("until_id requires since_id")
        if given["since"] and given["since_id"]:
            raise bad_request("since and since_id cannot be used together")
        self.since = _time("since", given["since"], end_of_day=False)
        self.until = _time("until", given["until"], end_of_day=True)
        self.since_id: str | None = given["since_id"]
        self.replay = self.since is not None or self.since_id is not None

    def wanted(self, event: ActivityEvent) -> bool:
        if self.since is not None and event.at < self.since:
            return False
        if self.since_id is not None and event.id <= self.since_id:
            return False
        if self.until is not None and event.at > self.until:
            return False
        return self.until_id is None or event.id <= self.until_id

    def ended(self, last_id: str | None, now: datetime) -> bool:
        if self.until is not None and now > self.until:
            return True
        return self.until_id is not None and last_id is not None and last_id >= self.until_id


def _time(name: str, raw: str | None, *, end_of_day: bool) -> datetime | None:
    if raw is None:
        return None
    try:
        return parse_time(name, raw, end_of_day)
    except ApiError as exc:
        raise bad_request(exc.message) from None


def _frame(event: ActivityEvent) -> bytes:
    return b"id: " + event.id.encode() + b"\ndata: " + orjson.dumps(event.body) + b"\n\n"


def routes(state_of: Callable[[Request], State]) -> list[Route]:
    """The stream route and its control route (one set of open streams per app)."""
    open_streams: dict[asyncio.Event, Any] = {}  # cut signal -> the connection's transport

    async def activities(request: Request) -> Response:
        bounds = _Bounds(request.query_params)
        state = state_of(request)
        with state.lock:
            journal = state.activity_events
            journal.catch_up(state.orders.values())
            start = 0 if bounds.replay else len(journal.events)

        async def stream() -> AsyncIterator[bytes]:
            cut = asyncio.Event()
            open_streams[cut] = request.scope.get(TRANSPORT_KEY)
            position, quiet = start, 0.0
            try:
                while True:
                    with state.lock:
                        journal.catch_up(state.orders.values())
                        fresh, position = journal.events[position:], len(journal.events)
                        last_id = journal.events[-1].id if journal.events else None
                        now = state.now()
                    chosen = [event for event in fresh if bounds.wanted(event)]
                    if chosen:
                        yield b"".join(_frame(event) for event in chosen)
                        quiet = 0.0
                    if bounds.ended(last_id, now):
                        return
                    try:
                        await asyncio.wait_for(cut.wait(), POLL_SECONDS)
                    except TimeoutError:
                        quiet += POLL_SECONDS
                    else:
                        _abort(open_streams[cut])
                        return
                    if quiet >= KEEP_ALIVE_SECONDS:
                        yield b": keep-alive\n\n"
                        quiet = 0.0
            finally:
                open_streams.pop(cut, None)

        headers = {"Cache-Control": "no-cache", "X-Accel-Buffering": "no"}
        return StreamingResponse(stream(), media_type="text/event-stream", headers=headers)

    async def drop(request: Request) -> Response:
        signals = list(open_streams)
        for cut in signals:
            cut.set()
        return json_response({"dropped": len(signals)})

    return [
        Route("/v2beta1/events/activities", activities, methods=["GET"]),
        Route("/_sandbox/events/drop", drop, methods=["POST"]),
    ]


def _abort(transport: Any) -> None:
    """Close the connection at once, dropping anything not yet sent, so the body never ends
    cleanly (without the server's transport, failing the response does the same)."""
    if transport is None:
        raise ConnectionAbortedError("event stream cut by /_sandbox/events/drop")
    transport.abort()
