"""``client.events.activities``: the activity event stream over a real socket, its bounds,
resuming after a dropped connection, and the SSE decoding underneath."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import threading
from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import Any

import httpx
import orjson
import pytest
from alpaca_client.trading.models import AccountActivityEvent, ActivityType, OrderSide

import alpaca
from alpaca._sse import Comment, Decoder, Message
from alpaca.testing import Sandbox
from tests.resources.clock import ManualClock

Handler = Callable[[httpx.Request], httpx.Response]
SINCE = dt.date(2024, 1, 1)


def _buy(client: alpaca.Client, symbol: str, qty: int = 1) -> alpaca.Order:
    return client.orders.submit(
        symbol=symbol, qty=qty, side="buy", type="market", time_in_force="day"
    )


def _drop_streams(sb: Sandbox) -> int:
    answer = httpx.post(f"{sb.base_url}/_sandbox/events/drop", headers=sb.headers)
    answer.raise_for_status()
    dropped: int = answer.json()["dropped"]
    return dropped


def test_replay_until_a_time_ends_the_iteration(client: alpaca.Client) -> None:
    orders = [_buy(client, "AAPL", 2), _buy(client, "MSFT"), _buy(client, "KO", 3)]
    events = list(client.events.activities(since=SINCE, until=dt.datetime.now(dt.UTC)))
    assert [e.details.order_id for e in events] == [o.id for o in orders]
    assert [e.event_id for e in events] == sorted({e.event_id for e in events})
    first = events[0]
    assert isinstance(first, AccountActivityEvent) and first.activity_type == ActivityType.FILL
    assert first.details.symbol == "AAPL" and first.details.side == OrderSide.BUY
    assert first.qty == 2 and first.price == orders[0].filled_avg_price
    assert first.net_amount == -2 * (orders[0].filled_avg_price or Decimal(0))
    assert first.details.cum_qty == 2 and first.details.leaves_qty == 0
    assert first.at.tzinfo is not None


def test_replay_between_two_event_ids(client: alpaca.Client) -> None:
    for symbol in ("AAPL", "MSFT", "KO", "F"):
        _buy(client, symbol)
    now = dt.datetime.now(dt.UTC)
    ids = [e.event_id for e in client.events.activities(since=SINCE, until=now)]
    assert len(ids) == 4
    between = client.events.activities(since_id=ids[0], until_id=ids[2])
    assert [e.event_id for e in between] == ids[1:3]


def test_resumes_after_a_dropped_connection(
    fresh_sandbox: Sandbox, caplog: pytest.LogCaptureFixture
) -> None:
    with fresh_sandbox.client() as client:
        _buy(client, "AAPL")
        _buy(client, "MSFT")
        stream = client.events.activities(since=SINCE)
        received = [next(stream)]
        with caplog.at_level(logging.WARNING, logger="alpaca"):
            assert _drop_streams(fresh_sandbox) == 1
            later = _buy(client, "KO")
            received += [next(stream), next(stream)]
        stream.close()
    assert [e.details.symbol for e in received] == ["AAPL", "MSFT", "KO"]
    assert received[-1].details.order_id == later.id
    assert len({e.event_id for e in received}) == 3
    assert any("resuming after event" in r.getMessage() for r in caplog.records)


def test_a_stream_bounded_by_time_resumes_from_the_last_event_time(
    clocked_sandbox: tuple[Sandbox, ManualClock],
) -> None:
    sb, clock = clocked_sandbox
    with sb.client() as client:
        first, second = _buy(client, "AAPL"), _buy(client, "MSFT")  # same sandbox instant
        stream = client.events.activities(since=SINCE, until=clock.now + dt.timedelta(hours=1))
        assert next(stream).details.order_id == first.id
        assert _drop_streams(sb) == 1
        third = _buy(client, "KO")
        resumed = [next(stream).details.order_id, next(stream).details.order_id]
        assert resumed == [second.id, third.id]  # events at the same time are not repeated
        clock.advance(hours=2)
        assert list(stream) == []  # the sandbox clock passed ``until``: the stream ended


def test_gives_up_after_max_reconnects(fresh_sandbox: Sandbox) -> None:
    with fresh_sandbox.client() as client:
        _buy(client, "AAPL")
        stream = client.events.activities(since=SINCE, max_reconnects=0)
        assert next(stream).details.symbol == "AAPL"
        _drop_streams(fresh_sandbox)
        with pytest.raises(alpaca.APIConnectionError, match="stream broke off"):
            next(stream)


def test_a_silent_stream_is_reopened_quietly(
    fresh_sandbox: Sandbox, caplog: pytest.LogCaptureFixture
) -> None:
    with fresh_sandbox.client() as client, caplog.at_level(logging.INFO, logger="alpaca"):
        _buy(client, "AAPL")
        stream = client.events.activities(since=SINCE, max_reconnects=0, timeout=1.0)
        assert next(stream).details.symbol == "AAPL"
        later = threading.Timer(2.5, _buy, (client, "MSFT"))  # after a read timeout or two
        later.start()
        assert next(stream).details.symbol == "MSFT"
        later.join()
        stream.close()
    assert any("reopening the stream" in r.getMessage() for r in caplog.records)


async def test_async_stream_of_new_events_only(fresh_sandbox: Sandbox) -> None:
    async with fresh_sandbox.async_client() as client:
        old = await client.orders.submit(
            symbol="AAPL", qty=1, side="buy", type="market", time_in_force="day"
        )
        stream = client.events.activities()
        waiting = asyncio.ensure_future(anext(stream))
        placed: list[str] = []
        for _ in range(20):  # until the stream is open and sees a fill made after it opened
            order = await client.orders.submit(
                symbol="MSFT", qty=1, side="buy", type="market", time_in_force="day"
            )
            placed.append(str(order.id))
            done, _ = await asyncio.wait([waiting], timeout=0.25)
            if done:
                break
        event = await waiting
        assert event.details.order_id in placed and event.details.order_id != str(old.id)
        await stream.aclose()
        bounded = client.events.activities(since=SINCE, until=dt.datetime.now(dt.UTC))
        symbols = [e.details.symbol async for e in bounded]
        assert symbols == ["AAPL"] + ["MSFT"] * len(placed)


@pytest.mark.parametrize(
    ("kwargs", "error", "name"),
    [
        ({"until": SINCE}, ValueError, "until"),
        ({"until_id": "01J"}, ValueError, "until_id"),
        ({"since": SINCE, "since_id": "01J"}, ValueError, "since_id"),
        ({"since": dt.datetime(2025, 1, 1)}, ValueError, "since"),
        ({"since_id": ""}, ValueError, "since_id"),
        ({"max_reconnects": -1}, ValueError, "max_reconnects"),
        ({"max_reconnects": 1.5}, TypeError, "max_reconnects"),
    ],
)
def test_argument_errors_before_any_request(
    offline_client: tuple[alpaca.Client, list[httpx.Request]],
    kwargs: dict[str, Any],
    error: type[Exception],
    name: str,
) -> None:
    client, sent = offline_client
    with pytest.raises(error, match=name):
        client.events.activities(**kwargs)
    assert sent == []


# --- the decoding underneath, on a scripted server --------------------------------------


def _event(event_id: str, symbol: str) -> dict[str, Any]:
    return {
        "event_id": event_id,
        "at": "2025-03-04T15:00:00.123456789Z",
        "activity_type": "FILL",
        "executed_at": "2025-03-04T15:00:00Z",
        "settle_date": "2025-03-05",
        "status": "executed",
        "currency": "USD",
        "ref_id": f"ref-{event_id}",
        "details": {"symbol": symbol, "brand_new": True},
    }


def _sse(*chunks: str) -> httpx.Response:
    body = "".join(chunks).encode()
    return httpx.Response(200, headers={"content-type": "text/event-stream"}, content=body)


@pytest.fixture
def scripted(
    mock_client: Callable[[Handler], alpaca.Client],
) -> Iterator[tuple[alpaca.Client, list[dict[str, str]]]]:
    """A client whose stream answers depend on ``since_id``; the queries it sent."""
    queries: list[dict[str, str]] = []
    one, two, three = (_event(f"01J{n}", s) for n, s in (("A", "AAPL"), ("B", "MSFT"), ("C", "KO")))

    def handler(request: httpx.Request) -> httpx.Response:
        query = dict(request.url.params)
        queries.append(query)
        since = query.get("since_id")
        if since == "0":  # the first message splits data over lines; then a comment
            head, tail = orjson.dumps(one).decode().split(",", 1)
            return _sse(
                f"id: 01JA\r\ndata: {head},\r\ndata: {tail}\r\n\r\n",
                ": you are reading too slowly, dropped 0 messages\n\n",
                f"event: message\ndata: {orjson.dumps([one, two]).decode()}\n\n",
            )
        if since == "01JB":  # repeats B, then C
            return _sse(
                f"data: {orjson.dumps(two).decode()}\n\ndata: {orjson.dumps(three).decode()}\n\n"
            )
        return _sse(": nothing new\n\n")

    yield mock_client(handler), queries


def test_messages_comments_lists_and_clean_ends(
    scripted: tuple[alpaca.Client, list[dict[str, str]]], caplog: pytest.LogCaptureFixture
) -> None:
    client, queries = scripted
    stream = client.events.activities(since_id="0", max_reconnects=1)
    with caplog.at_level(logging.INFO, logger="alpaca"):
        symbols = [next(stream).details.symbol for _ in range(3)]
        with pytest.raises(alpaca.APIConnectionError, match="stream ended"):
            next(stream)
    assert symbols == ["AAPL", "MSFT", "KO"]
    assert [q.get("since_id") for q in queries] == ["0", "01JB", "01JC"]
    assert any("reading too slowly" in r.getMessage() for r in caplog.records)


def test_scripted_first_connection(
    mock_client: Callable[[Handler], alpaca.Client],
) -> None:
    one = _event("01JA", "AAPL")
    answers = iter([_sse(f"data: {orjson.dumps(one).decode()}\n\n")])
    client = mock_client(lambda request: next(answers))
    [event] = client.events.activities(since=SINCE, until=SINCE + dt.timedelta(days=1))
    assert event.details.additional_properties == {"brand_new": True}
    assert event.raw["at"] == "2025-03-04T15:00:00.123456789Z"


def test_a_body_that_is_not_an_event_stream(
    serve_json: Callable[[dict[str, Any]], alpaca.Client],
) -> None:
    client = serve_json({"/v2beta1/events/activities": {"events": []}})
    with pytest.raises(alpaca.ResponseValidationError, match="text/event-stream"):
        next(client.events.activities())


def test_an_event_of_the_wrong_shape(mock_client: Callable[[Handler], alpaca.Client]) -> None:
    client = mock_client(lambda request: _sse('data: {"event_id": "01JA"}\n\n'))
    with pytest.raises(alpaca.ResponseValidationError):
        next(client.events.activities())


def test_decoder_follows_the_event_stream_rules() -> None:
    decoder = Decoder()
    lines = [
        "id: 7",
        "event: fill",
        "data:a",
        "data:  b",
        "retry: 100",
        "",
        ": note",
        "",
        "data: c",
        "",
    ]
    found = [decoder.feed(line) for line in lines]
    assert [f for f in found if f is not None] == [
        Message("a\n b", "7", "fill"),
        Comment("note"),
        Message("c", "7", "message"),
    ]
