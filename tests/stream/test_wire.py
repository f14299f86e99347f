"""The sandbox's stream servers at the wire level: the rules Alpaca's own clients rely on."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from typing import Any

import msgpack
import orjson
import pytest
from websockets.asyncio.client import ClientConnection, connect

from alpaca.sandbox import SANDBOX_OAUTH_TOKEN
from alpaca.testing import Sandbox

from .conftest import OPEN, FastClock

MSGPACK = {"Content-Type": "application/msgpack"}


async def _recv(ws: ClientConnection, raw_ext: bool = False) -> Any:
    frame = await asyncio.wait_for(ws.recv(), 5)
    if isinstance(frame, bytes) and frame[:1] not in (b"{", b"["):
        return msgpack.unpackb(frame, timestamp=0 if raw_ext else 3)
    return orjson.loads(frame)


async def _until_type(ws: ClientConnection, kind: str, raw_ext: bool = False) -> list[Any]:
    for _ in range(200):
        frame = await _recv(ws, raw_ext)
        if isinstance(frame, list) and any(m.get("T") == kind for m in frame):
            return frame
    raise AssertionError(f"no {kind!r} message")


def _auth(sb: Sandbox) -> dict[str, str]:
    return {"action": "auth", "key": sb.key_id, "secret": sb.secret_key}


async def test_handshake_order_and_one_element_control_replies(sb: Sandbox) -> None:
    async with connect(f"{sb.stream_url}/v2/sip", additional_headers=MSGPACK) as ws:
        assert await _recv(ws) == [{"T": "success", "msg": "connected"}]
        await ws.send(msgpack.packb(_auth(sb)))
        assert await _recv(ws) == [{"T": "success", "msg": "authenticated"}]
        await ws.send(msgpack.packb(_auth(sb)))
        assert await _recv(ws) == [{"T": "error", "code": 403, "msg": "already authenticated"}]
        # Go's request shape: every channel, unused ones nil; stock channels only are offered
        request = {
            "action": "subscribe", "trades": ["AAPL"], "quotes": None, "bars": [],
            "updatedBars": None, "dailyBars": None, "statuses": None, "imbalances": None,
            "lulds": None, "orderbooks": None, "news": None, "pricing": None,
        }  # fmt: skip
        await ws.send(msgpack.packb(request))
        reply = await _recv(ws)
        assert len(reply) == 1 and next(iter(reply[0])) == "T"
        assert reply[0] == {
            "T": "subscription", "trades": ["AAPL"], "quotes": [], "bars": [], "updatedBars": [],
            "dailyBars": [], "statuses": [], "lulds": [], "imbalances": [],
            "corrections": ["AAPL"], "cancelErrors": ["AAPL"],
        }  # fmt: skip
        frame = await _until_type(ws, "t", raw_ext=True)
        trade = next(m for m in frame if m["T"] == "t")
        assert next(iter(trade)) == "T"
        assert isinstance(trade["t"], msgpack.Timestamp)  # extension -1, never a string
        assert type(trade["s"]) is int and type(trade["p"]) is float and type(trade["i"]) is int


async def test_auth_before_connected_json_in_binary_frames_and_errors(sb: Sandbox) -> None:
    async with connect(f"{sb.stream_url}/v1beta3/crypto/us") as ws:
        await ws.send(orjson.dumps(_auth(sb)))  # JS sends auth at once; C# JSON in binary
        assert await _recv(ws) == [{"T": "success", "msg": "connected"}]
        assert await _recv(ws) == [{"T": "success", "msg": "authenticated"}]
        await ws.send(orjson.dumps({"action": "subscribe", "statuses": ["BTC/USD"]}))
        assert await _recv(ws) == [
            {"T": "error", "code": 410, "msg": "invalid subscribe action for this feed"}
        ]
        await ws.send(orjson.dumps({"trades": ["BTC/USD"]}))
        assert (await _recv(ws))[0]["code"] == 400
        await ws.send(orjson.dumps({"action": "subscribe", "trades": ["BTC/USD"]}))
        reply = (await _recv(ws))[0]
        assert set(reply) == {
            "T", "trades", "quotes", "bars", "updatedBars", "dailyBars", "orderbooks",
        }  # fmt: skip
        trade = next(m for m in await _until_type(ws, "t") if m["T"] == "t")
        assert type(trade["s"]) is float  # crypto sizes are floats
        assert trade["t"].endswith("Z") and "." in trade["t"]


async def test_not_authenticated_wrong_key_and_header_auth(sb: Sandbox) -> None:
    async with connect(f"{sb.stream_url}/v2/iex") as ws:
        await _recv(ws)
        await ws.send(orjson.dumps({"action": "subscribe", "trades": ["AAPL"]}))
        assert (await _recv(ws))[0]["code"] == 401
        await ws.send(orjson.dumps({"action": "auth", "key": sb.key_id, "secret": "x"}))
        assert await _recv(ws) == [{"T": "error", "code": 402, "msg": "auth failed"}]
    headers = {"APCA-API-KEY-ID": sb.key_id, "APCA-API-SECRET-KEY": sb.secret_key}
    async with connect(f"{sb.stream_url}/v1beta1/boats", additional_headers=headers) as ws:
        assert (await _recv(ws))[0]["msg"] == "connected"
        assert (await _recv(ws))[0]["msg"] == "authenticated"
    bearer = {"Authorization": f"Bearer {SANDBOX_OAUTH_TOKEN}"}
    async with connect(f"{sb.stream_url}/v2/boats", additional_headers=bearer) as ws:
        await _recv(ws)
        assert (await _recv(ws))[0]["msg"] == "authenticated"


async def test_options_default_to_msgpack_and_refuse_json(sb: Sandbox) -> None:
    async with connect(f"{sb.stream_url}/v1beta1/indicative") as ws:  # no Content-Type (C#)
        assert isinstance(await ws.recv(), bytes)
    headers = {"Content-Type": "application/json"}
    async with connect(f"{sb.stream_url}/v1beta1/opra", additional_headers=headers) as ws:
        assert (await _recv(ws))[0]["code"] == 412


async def test_large_fragmented_subscribe_is_reassembled(sb: Sandbox) -> None:
    symbols = [f"S{n:05d}" for n in range(5000)]
    payload = msgpack.packb({"action": "subscribe", "trades": symbols})
    chunks = [payload[i : i + 32768] for i in range(0, len(payload), 32768)]
    assert len(chunks) > 1
    async with connect(f"{sb.stream_url}/v2/iex", additional_headers=MSGPACK) as ws:
        await _recv(ws)
        await ws.send(msgpack.packb(_auth(sb)))
        await _recv(ws)
        await ws.send(chunks)  # one message in several frames, as alpaca-py sends it
        reply = await _recv(ws)
        assert len(reply[0]["trades"]) == 5000


@pytest.mark.parametrize("form", ["auth", "authenticate", "msgpack"])
async def test_trading_stream_auth_forms_and_frames(
    sb: Sandbox, stream_clock: FastClock, form: str
) -> None:
    stream_clock.set(OPEN + timedelta(minutes=1))  # a market order then fills at once
    headers = MSGPACK if form == "msgpack" else {}
    pack = msgpack.packb if form == "msgpack" else orjson.dumps
    async with connect(f"{sb.stream_url}/stream/", additional_headers=headers) as ws:
        await ws.send(pack({"action": "listen", "data": {"streams": ["trade_updates"]}}))
        refused = await _recv(ws)
        assert refused["data"] == {"status": "unauthorized", "action": "listen"}
        if form == "authenticate":
            data = {"key_id": sb.key_id, "secret_key": sb.secret_key}
            await ws.send(pack({"action": "authenticate", "data": data}))
        else:
            await ws.send(pack(_auth(sb)))
        frame = await asyncio.wait_for(ws.recv(), 5)
        assert isinstance(frame, bytes)  # binary frames, JSON inside unless msgpack was asked
        reply = msgpack.unpackb(frame) if form == "msgpack" else orjson.loads(frame)
        assert reply == {
            "stream": "authorization",
            "data": {"status": "authorized", "action": "authenticate"},
        }
        await ws.send(pack({"action": "listen", "data": {"streams": ["trade_updates", "other"]}}))
        assert (await _recv(ws)) == {"stream": "listening", "data": {"streams": ["trade_updates"]}}
        with sb.client() as client:
            client.orders.submit(
                symbol="AAPL", qty=1, side="buy", type="market", time_in_force="day"
            )
        new, fill = await _recv(ws), await _recv(ws)
    assert [new["data"]["event"], fill["data"]["event"]] == ["new", "fill"]
    data = fill["data"]
    assert set(data) >= {
        "event",
        "order",
        "timestamp",
        "price",
        "qty",
        "position_qty",
        "execution_id",
    }
    assert all(isinstance(data[k], str) for k in ("price", "qty", "position_qty", "timestamp"))
    assert data["order"]["status"] == "filled" and new["data"]["order"]["status"] == "new"


async def test_news_and_bars_carry_the_fields_clients_require(sb: Sandbox) -> None:
    async with connect(f"{sb.stream_url}/v1beta1/news") as ws:
        await _recv(ws)
        await ws.send(orjson.dumps(_auth(sb)))
        await _recv(ws)
        await ws.send(orjson.dumps({"action": "subscribe", "news": ["*"]}))
        assert await _recv(ws) == [{"T": "subscription", "news": ["*"]}]
        article = (await _until_type(ws, "n"))[0]
        assert {"source", "symbols", "author", "id", "headline"} <= set(article)
        assert "S" not in article
    async with connect(f"{sb.stream_url}/v2/iex") as ws:
        await _recv(ws)
        await ws.send(orjson.dumps(_auth(sb)))
        await _recv(ws)
        await ws.send(orjson.dumps({"action": "subscribe", "bars": ["*"]}))
        await _recv(ws)
        bar = next(m for m in await _until_type(ws, "b") if m["T"] == "b")
        assert {"o", "h", "l", "c", "v", "n", "vw", "t"} <= set(bar) and type(bar["v"]) is int
