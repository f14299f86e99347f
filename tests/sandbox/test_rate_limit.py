"""Rate-limit headers, 429s past the per-credential budget, and the request statistics."""

from __future__ import annotations

import re
import signal
import subprocess
import sys
import time

import httpx
import pytest

from alpaca.sandbox import SANDBOX_KEY_ID, SANDBOX_OAUTH_TOKEN
from alpaca.sandbox._metering import UNLIMITED, RateLimiter
from alpaca.testing import Sandbox
from tests.sandbox import HEADERS

RATE_LIMITED = {"code": 42910000, "message": "rate limit exceeded"}
BEARER = {"Authorization": f"Bearer {SANDBOX_OAUTH_TOKEN}"}


def _limits(response: httpx.Response) -> tuple[int, int, int]:
    h = response.headers
    return (
        int(h["x-ratelimit-limit"]),
        int(h["x-ratelimit-remaining"]),
        int(h["x-ratelimit-reset"]),
    )


def test_every_api_answer_carries_rate_limit_headers(
    fresh_sandbox: Sandbox, sandbox_http: httpx.Client
) -> None:
    fresh_sandbox.add_chaos(method="GET", path="/v2/clock", status=503)
    answers = [
        sandbox_http.get("/v2/account"),
        sandbox_http.get("/v2/nope"),
        sandbox_http.post("/v2/orders", content=b"{"),
        sandbox_http.get("/v2/clock"),
        sandbox_http.get("/v2/stocks/bars", params={"symbols": "AAPL", "timeframe": "1Day"}),
    ]
    assert [r.status_code for r in answers] == [200, 404, 400, 503, 200]
    remaining = [_limits(r)[1] for r in answers]
    assert remaining == [UNLIMITED - n for n in range(1, 6)]
    for response in answers:
        limit, _, reset = _limits(response)
        assert limit == UNLIMITED
        assert time.time() < reset <= time.time() + 61
    control = sandbox_http.get("/_sandbox/stats")
    unauthorized = httpx.get(fresh_sandbox.base_url + "/v2/account")
    assert "x-ratelimit-limit" not in control.headers
    assert "x-ratelimit-limit" not in unauthorized.headers


def test_past_the_budget_requests_get_429_with_retry_after() -> None:
    with Sandbox(rate_limit=3) as sb, httpx.Client(base_url=sb.base_url, headers=HEADERS) as http:
        began = time.time()
        allowed = [http.get("/v2/clock") for _ in range(3)]
        assert [_limits(r)[:2] for r in allowed] == [(3, 2), (3, 1), (3, 0)]
        refused = http.get("/v2/account")
        assert (refused.status_code, refused.json()) == (429, RATE_LIMITED)
        assert _limits(refused)[:2] == (3, 0)
        assert 1 <= int(refused.headers["retry-after"]) <= 60
        assert began < _limits(refused)[2] <= began + 61
        assert http.post("/v2/orders", json={}).status_code == 429  # refused before it runs
        other = httpx.get(sb.base_url + "/v2/clock", headers=BEARER)  # a budget of its own
        assert (other.status_code, _limits(other)[:2]) == (200, (3, 2))
        assert http.get("/_sandbox/stats").json() == {
            "rate_limit": 3,
            "window_seconds": 60.0,
            "credentials": {
                SANDBOX_KEY_ID: {"requests": 5, "limited": 2, "max_per_minute": 5},
                "oauth": {"requests": 1, "limited": 0, "max_per_minute": 1},
            },
        }
        sb.reset()
        assert http.get("/v2/clock").status_code == 200
        assert sb.stats()["credentials"][SANDBOX_KEY_ID]["requests"] == 1


def test_the_window_slides_and_refusals_do_not_eat_the_budget() -> None:
    now = [1000.0]
    limiter = RateLimiter(2, clock=lambda: now[0])
    assert limiter.admit("k").allowed
    now[0] += 30
    assert limiter.admit("k").allowed
    for _ in range(5):
        refused = limiter.admit("k")
        assert not refused.allowed
    assert (refused.retry_after, refused.reset) == (30, 1060)
    assert (b"retry-after", b"30") in refused.headers()
    now[0] += 30  # the first request leaves the window
    verdict = limiter.admit("k")
    assert (verdict.allowed, verdict.remaining, verdict.reset) == (True, 0, 1090)
    now[0] += 100
    assert limiter.admit("k").remaining == 1
    usage = limiter.stats()["credentials"]["k"]
    assert usage == {"requests": 9, "limited": 5, "max_per_minute": 7}


def test_no_limit_never_refuses() -> None:
    limiter = RateLimiter(None, clock=lambda: 0.0)
    verdicts = [limiter.admit("k") for _ in range(1000)]
    assert all(v.allowed for v in verdicts)
    assert verdicts[-1].limit == UNLIMITED
    assert verdicts[-1].remaining == UNLIMITED - 1000
    assert limiter.stats()["credentials"]["k"]["max_per_minute"] == 1000
    with pytest.raises(ValueError, match="rate_limit"):
        RateLimiter(0)


@pytest.mark.parametrize(("options", "limit"), [([], 200), (["--rate-limit", "2"], 2)])
def test_sandbox_command_rate_limit_option(options: list[str], limit: int) -> None:
    command = [sys.executable, "-m", "alpaca", "sandbox", "--port", "0", *options]
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    assert process.stdout is not None
    try:
        banner = ""
        while "Ctrl-C" not in banner:
            line = process.stdout.readline()
            assert line, "the sandbox exited early"
            banner += line
        found = re.search(r"APCA_API_BASE_URL=(\S+)", banner)
        assert found is not None
        with httpx.Client(base_url=found.group(1), headers=HEADERS) as http:
            answers = [http.get("/v2/clock") for _ in range(3)]
        assert int(answers[0].headers["x-ratelimit-limit"]) == limit
        expected = [200, 200, 429] if limit == 2 else [200, 200, 200]
        assert [r.status_code for r in answers] == expected
    finally:
        process.send_signal(signal.SIGINT)
        process.wait(timeout=10)
        process.stdout.close()
