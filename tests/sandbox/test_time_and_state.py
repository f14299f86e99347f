"""Clocks, state files, scripted and probabilistic chaos, and the sandbox command's new flags."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest

from alpaca.sandbox._chaos import parse_spec
from alpaca.testing import AcceleratedClock, Sandbox, SteppedClock, WallClock

OPEN = datetime(2024, 3, 12, 13, 30, tzinfo=UTC)
MARKET = {"symbol": "AAPL", "qty": "1", "side": "buy", "type": "market", "time_in_force": "day"}


def test_clock_types() -> None:
    stepped = SteppedClock(OPEN)
    assert stepped() == OPEN and stepped.stepped
    assert stepped.advance(timedelta(minutes=5)) == OPEN + timedelta(minutes=5)
    with pytest.raises(ValueError, match="back in time"):
        stepped.set(OPEN)
    with pytest.raises(ValueError, match="timezone-aware"):
        SteppedClock(datetime(2024, 1, 2))
    fast = AcceleratedClock(OPEN, speed=600)
    time.sleep(0.05)
    assert OPEN + timedelta(seconds=20) < fast() < OPEN + timedelta(hours=1)
    assert abs(WallClock()() - datetime.now(UTC)) < timedelta(seconds=1)
    with pytest.raises(ValueError):
        AcceleratedClock(OPEN, speed=0)


def test_accelerated_sandbox_matches_orders_without_requests() -> None:
    start = OPEN - timedelta(seconds=60)  # the open comes one real second later
    with Sandbox(start=start, speed=60) as sb, httpx.Client(headers=sb.headers) as http:
        placed = http.post(sb.base_url + "/v2/orders", json=MARKET).json()
        assert placed["status"] == "accepted"
        events: list[str] = []
        sb._server.sandbox.engine.subscribe(lambda event: events.append(event.event))
        deadline = time.monotonic() + 5
        while "fill" not in events and time.monotonic() < deadline:
            time.sleep(0.05)
        assert events[:2] == ["new", "fill"]  # the background matcher saw the open


def test_a_clock_set_back_after_a_reset_still_reaches_the_open() -> None:
    now = [OPEN + timedelta(hours=2)]
    with Sandbox(now=lambda: now[0]) as sb, httpx.Client(headers=sb.headers) as http:
        sb.reset()  # matched up to two hours after the open; then the clock goes back
        now[0] = OPEN - timedelta(seconds=10)
        placed = http.post(sb.base_url + "/v2/orders", json=MARKET).json()
        assert placed["status"] == "accepted"
        now[0] = OPEN + timedelta(minutes=1)
        order = http.get(f"{sb.base_url}/v2/orders/{placed['id']}").json()
        assert order["status"] == "filled"


def test_state_file_keeps_account_orders_and_positions(tmp_path: Path) -> None:
    path = tmp_path / "sandbox.json"
    with Sandbox(start=OPEN, speed=0, state_file=path) as sb, sb.client() as client:
        client.orders.submit(symbol="MSFT", qty=3, side="buy", type="market", time_in_force="day")
        price = client.stocks.latest_bars("AAPL")["AAPL"].close
        assert price is not None
        bracket = client.orders.submit(
            symbol="AAPL",
            qty=2,
            side="buy",
            type="market",
            time_in_force="gtc",
            order_class="bracket",
            take_profit={"limit_price": str(price + 50)},
            stop_loss={"stop_price": str(price - 50)},
        )
        sb.advance(minutes=30)
        before = client.account.get().raw
        orders_before = {o.id: o.status for o in client.orders.list(status="all")}
    saved = json.loads(path.read_text())
    assert saved["format"] == 1 and "orders" in saved["state"]
    with Sandbox(state_file=path, speed=0) as again, again.client() as client:
        assert again.now() == OPEN + timedelta(minutes=30)  # a stepped clock resumes
        assert client.account.get().raw == before
        assert {o.id: o.status for o in client.orders.list(status="all")} == orders_before
        assert {p.symbol for p in client.positions.list()} == {"AAPL", "MSFT"}
        legs = client.orders.get(bracket.id, nested=True).legs or []
        stop = next(leg for leg in legs if leg.type == "stop")
        client.orders.cancel(stop.id)  # the leg is the same object as the listed order
        statuses = [leg.status for leg in client.orders.get(bracket.id, nested=True).legs or []]
        assert statuses == ["canceled", "canceled"]


def test_chaos_probability_is_seeded_and_reproducible(sandbox_http: httpx.Client) -> None:
    def pattern() -> list[int]:
        sandbox_http.delete("/_sandbox/chaos").raise_for_status()
        rule = {"method": "GET", "path": "/v2/clock", "status": 503, "probability": 0.3}
        sandbox_http.post("/_sandbox/chaos", json={**rule, "seed": 7}).raise_for_status()
        return [sandbox_http.get("/v2/clock").status_code for _ in range(40)]

    first, second = pattern(), pattern()
    assert first == second
    assert 4 <= first.count(503) <= 20 and set(first) == {200, 503}
    assert sandbox_http.get("/_sandbox/chaos").json()["rules"][0]["times"] is None


def test_chaos_sequence_scripts_consecutive_requests(sandbox_http: httpx.Client) -> None:
    rule = {
        "method": "GET",
        "path": "/v2/clock",
        "sequence": [{"status": 503, "retry_after": 1}, None, {"status": 429}],
    }
    assert sandbox_http.post("/_sandbox/chaos", json=rule).status_code == 200
    codes = [sandbox_http.get("/v2/clock") for _ in range(4)]
    assert [r.status_code for r in codes] == [503, 200, 429, 200]
    assert codes[0].headers["retry-after"] == "1"
    assert sandbox_http.get("/_sandbox/chaos").json()["rules"] == []
    bad = sandbox_http.post("/_sandbox/chaos", json={**rule, "sequence": [{"times": 2}]})
    assert bad.status_code == 422


def test_chaos_spec_syntax() -> None:
    assert parse_spec("post /v2/orders 504 after p=0.2 seed=3") == {
        "method": "POST",
        "path": "/v2/orders",
        "status": 504,
        "when": "after",
        "probability": 0.2,
        "seed": 3,
    }
    assert parse_spec("GET /v2/account seq=503,ok,drop/after,delay:2")["sequence"] == [
        {"status": 503},
        None,
        {"action": "drop", "when": "after"},
        {"action": "delay", "delay": 2.0},
    ]
    assert parse_spec("GET /v2/* drop times=2") == {
        "method": "GET",
        "path": "/v2/*",
        "action": "drop",
        "times": 2,
    }


def test_sandbox_command_with_time_state_and_chaos(tmp_path: Path) -> None:
    state = tmp_path / "state.json"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("APCA_", "ALPACA_"))}
    command = [
        *(sys.executable, "-m", "alpaca", "sandbox", "--port", "0", "--speed", "0"),
        *("--start", "2024-03-12T09:30:00-04:00", "--state", str(state)),
        *("--chaos", "GET /v2/clock seq=503,ok"),
    ]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env=env)
    try:
        assert process.stdout is not None
        url = ""
        while not url:
            line = process.stdout.readline()
            assert line, "the sandbox exited early"
            if "listening on" in line:
                url = line.split("listening on ")[1].split()[0]
        from alpaca.sandbox import SANDBOX_KEY_ID, SANDBOX_SECRET_KEY

        headers = {"APCA-API-KEY-ID": SANDBOX_KEY_ID, "APCA-API-SECRET-KEY": SANDBOX_SECRET_KEY}
        with httpx.Client(base_url=url, headers=headers) as http:
            assert [http.get("/v2/clock").status_code for _ in range(2)] == [503, 200]
            assert http.post("/v2/orders", json=MARKET).json()["status"] == "filled"
            moved = http.post("/_sandbox/advance", json={"hours": 1}).json()
            assert moved["now"].startswith("2024-03-12T14:30:00")
        assert json.loads(state.read_text())["state"]["orders"]
    finally:
        process.terminate()
        process.wait(10)
        if process.stdout is not None:
            process.stdout.close()


def test_invalid_chaos_flag_is_a_usage_error() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "alpaca", "sandbox", "--port", "0", "--chaos", "GET"],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert result.returncode == 2 and "METHOD PATH" in result.stderr
