"""``client.events``: the account's activity events as a live stream (server-sent events).

``activities()`` is an iterator (an async iterator on ``AsyncClient``) of
``AccountActivityEvent`` models, read from ``GET /v2beta1/events/activities`` as they arrive.
The stream resumes by itself: when the connection drops, it reconnects and asks for the events
after the last one received (by id, or by time when an ``until`` time bounds the stream), so no
event is lost or repeated. A reconnect after a stream that had delivered events happens at once;
further ones in a row without an event wait 0.5 s, 1 s, 2 s ... (at most 8 s), and after
``max_reconnects`` of them the last error is raised. Each (re)connecting request is retried
like any read (see the README's retries). A read timeout (no line for ``timeout`` seconds, the
client's read timeout by default) only reopens the stream.

Stop early by leaving the loop; the connection closes when the iterator is closed or collected
(``async with contextlib.aclosing(...)`` closes an async one at once).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import orjson
from alpaca_client.trading.models import AccountActivityEvent

from .._errors import APIConnectionError, APITimeoutError
from .._http import httpx
from .._logging import logger, redact_request
from .._operation import (
    NEXT_LINE,
    Items,
    M,
    Pause,
    Request,
    Resource,
    StreamPlan,
    Timeout,
    given,
    lazy,
)
from .._params import path_param, time_param
from .._sse import Comment, Decoder

PATH = "/v2beta1/events/activities"  # no generated endpoint: the generator cannot stream
FIRST_WAIT, MAX_WAIT = 0.5, 8.0


def _query(
    since: dt.datetime | dt.date | str | None,
    until: dt.datetime | dt.date | str | None,
    since_id: str | None,
    until_id: str | None,
) -> dict[str, Any]:
    """The stream's query, checked against the API's rules."""
    if until is not None and since is None:
        raise ValueError("until: needs since")
    if until_id is not None and since_id is None:
        raise ValueError("until_id: needs since_id")
    if since is not None and since_id is not None:
        raise ValueError("since_id: give either since or since_id, not both")
    return given(
        since=None if since is None else time_param(since, "since"),
        until=None if until is None else time_param(until, "until"),
        since_id=None if since_id is None else path_param(since_id, "since_id"),
        until_id=None if until_id is None else path_param(until_id, "until_id"),
    )


def _resume(query: dict[str, Any], last: AccountActivityEvent | None) -> dict[str, Any]:
    """The query that continues after ``last``: by id, or from its time when an ``until`` time
    bounds the stream (``until`` needs ``since``; the repeated events are skipped)."""
    if last is None:
        return query
    if "until" in query:
        return {"since": last.raw["at"], "until": query["until"]}
    return given(since_id=last.event_id, until_id=query.get("until_id"))


def _events(data: str) -> list[AccountActivityEvent]:
    """The events of one message (one object; a list of them is accepted too)."""
    body = orjson.loads(data)
    items = body if isinstance(body, list) else [body]
    return [AccountActivityEvent.from_dict(item) for item in items]


def _check_stream(response: httpx.Response) -> None:
    kind = response.headers.get("content-type", "")
    if not kind.startswith("text/event-stream"):
        raise ValueError(f"expected a text/event-stream answer, got {kind or 'no content type'}")


class Events(Resource[M]):
    """Account events, streamed."""

    @lazy
    def activities(
        self,
        *,
        since: dt.datetime | dt.date | str | None = None,
        until: dt.datetime | dt.date | str | None = None,
        since_id: str | None = None,
        until_id: str | None = None,
        max_reconnects: int = 5,
        timeout: Timeout = None,
    ) -> StreamPlan[AccountActivityEvent]:
        """Activity events (fills, cash movements, corporate actions ...) as they happen.

        ``since`` (a time or date) or ``since_id`` (an event id) replays older events first;
        ``until`` (needs ``since``) or ``until_id`` (needs ``since_id``) ends the iteration
        there, otherwise it runs until you stop. See the module docstring for reconnects.
        """
        query = _query(since, until, since_id, until_id)
        if isinstance(max_reconnects, bool) or not isinstance(max_reconnects, int):
            raise TypeError(f"max_reconnects: expected int, got {type(max_reconnects).__name__}")
        if max_reconnects < 0:
            raise ValueError(f"max_reconnects: must be at least 0, got {max_reconnects}")
        bounded = "until" in query or "until_id" in query
        last: AccountActivityEvent | None = None
        failures = 0
        while True:
            params = _resume(query, last)
            response = yield Request("trading", "GET", PATH, params, timeout=timeout, streamed=True)
            _check_stream(response)
            decoder = Decoder()
            try:
                while (line := (yield NEXT_LINE)) is not None:
                    found = decoder.feed(line)
                    if isinstance(found, Comment):
                        if found.text:
                            logger.info("Activity stream says: %s", found.text)
                        continue
                    for event in _events(found.data) if found else ():
                        if last is None or event.event_id > last.event_id:
                            last, failures = event, 0
                            yield Items([event])
            except APITimeoutError:
                logger.info("No activity event within the read timeout; reopening the stream")
                continue
            except APIConnectionError as exc:
                failure = exc
            else:
                if bounded:
                    return
                request = redact_request(response.request)
                failure = APIConnectionError(f"GET {request.url}: stream ended", request=request)
            until_id = query.get("until_id")
            if until_id is not None and last is not None and last.event_id >= until_id:
                return  # cut after the last event: nothing left to resume
            failures += 1
            if failures > max_reconnects:
                raise failure
            after = "the start" if last is None else f"event {last.event_id}"
            logger.warning("Activity stream lost (%s); resuming after %s", failure, after)
            if failures > 1:
                yield Pause(min(FIRST_WAIT * 2 ** (failures - 2), MAX_WAIT))
