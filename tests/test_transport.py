from __future__ import annotations

import email.utils
import json
import logging
import random
import threading
import time
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from alpaca import _logging
from alpaca._config import ClientConfig
from alpaca._errors import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
)
from alpaca._transport import (
    USER_AGENT,
    RateLimiter,
    build_async_transport,
    build_transport,
    make_async_client,
    make_sync_client,
)

KEY, SECRET = "PKTESTKEYID12345", "super-secret-value-xyz"
BASE = "https://paper-api.alpaca.markets"
CONFIG = ClientConfig(key_id=KEY, secret_key=SECRET)
ORDER = {"symbol": "AAPL", "qty": "1", "side": "buy", "type": "market", "client_order_id": "c-1"}
LOOKUP_PATH = "/v2/orders:by_client_order_id"

Handler = Callable[[httpx.Request], httpx.Response]


class Server:
    """A MockTransport handler scripted with responses/exceptions, recording requests."""

    def __init__(self, *script: httpx.Response | Exception | Handler) -> None:
        self.script = list(script)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        step = self.script.pop(0) if len(self.script) > 1 else self.script[0]
        if isinstance(step, Exception):
            raise step
        if isinstance(step, httpx.Response):
            return step
        return step(request)

    def count(self, method: str, path: str) -> int:
        return sum(1 for r in self.requests if r.method == method and r.url.path == path)


def client(
    handler: Handler,
    config: ClientConfig = CONFIG,
    *,
    rand: Callable[[], float] = lambda: 1.0,
    **kwargs: Any,
) -> tuple[httpx.Client, list[float]]:
    sleeps: list[float] = []
    transport = build_transport(
        config,
        httpx.MockTransport(handler),
        rate_limit=config.rate_limit,
        sleep=sleeps.append,
        rand=rand,
        **kwargs,
    )
    http = httpx.Client(
        base_url=BASE, headers=config.auth_headers(), transport=transport, timeout=60.0
    )
    return http, sleeps


def async_client(
    handler: Handler, config: ClientConfig = CONFIG
) -> tuple[httpx.AsyncClient, list[float]]:
    sleeps: list[float] = []

    async def sleep(seconds: float) -> None:
        sleeps.append(seconds)

    transport = build_async_transport(
        config, httpx.MockTransport(handler), sleep=sleep, rand=lambda: 1.0
    )
    headers = config.auth_headers()
    http = httpx.AsyncClient(base_url=BASE, headers=headers, transport=transport, timeout=60.0)
    return http, sleeps


def ok(body: object = None, **kwargs: Any) -> httpx.Response:
    return httpx.Response(200, json=body if body is not None else {"ok": True}, **kwargs)


def status(code: int, **kwargs: Any) -> httpx.Response:
    return httpx.Response(code, json={"code": code * 100000, "message": f"status {code}"}, **kwargs)


# --- make_sync_client / make_async_client ---------------------------------------------


def test_make_sync_client_wiring() -> None:
    server = Server(ok())
    with make_sync_client(CONFIG, BASE, transport=httpx.MockTransport(server)) as http:
        assert str(http.base_url).rstrip("/") == BASE
        assert http.timeout == CONFIG.timeout
        assert http.get("/v2/account").json() == {"ok": True}
    sent = server.requests[0]
    assert sent.url == BASE + "/v2/account"
    assert sent.headers["APCA-API-KEY-ID"] == KEY
    assert sent.headers["APCA-API-SECRET-KEY"] == SECRET
    assert sent.headers["User-Agent"] == USER_AGENT
    assert USER_AGENT.startswith("alpaca-typed/") and not USER_AGENT.endswith("/0.0.0")


def test_make_sync_client_raises_mapped_errors_with_body_read() -> None:
    body = {"code": 40310000, "message": "insufficient buying power"}
    server = Server(httpx.Response(403, json=body))
    http = make_sync_client(CONFIG, BASE, transport=httpx.MockTransport(server))
    with pytest.raises(PermissionDeniedError) as info:
        http.post("/v2/orders", json={"symbol": "AAPL"})
    err = info.value
    assert str(err) == "403 Forbidden (code 40310000): insufficient buying power"
    assert err.response.json() == body
    assert err.request.method == "POST" and err.request.url == BASE + "/v2/orders"


def test_make_sync_client_with_user_http_client() -> None:
    server = Server(ok())
    user = httpx.Client(transport=httpx.MockTransport(server), timeout=7.0)
    http = make_sync_client(CONFIG, BASE, http_client=user)
    assert http.timeout == httpx.Timeout(7.0)
    assert http.get("/v2/clock").status_code == 200
    assert server.requests[0].headers["APCA-API-KEY-ID"] == KEY
    http.close()
    assert not user.is_closed
    with pytest.raises(ConfigurationError):
        make_sync_client(CONFIG, BASE, transport=httpx.MockTransport(server), http_client=user)


async def test_make_async_client_wiring_and_errors() -> None:
    server = Server(ok(), httpx.Response(404, json={"message": "not found"}))
    async with make_async_client(CONFIG, BASE, transport=httpx.MockTransport(server)) as http:
        assert (await http.get("/v2/account")).json() == {"ok": True}
        with pytest.raises(NotFoundError, match="404 Not Found: not found"):
            await http.get("/v2/orders/nope")
    assert server.requests[0].headers["APCA-API-SECRET-KEY"] == SECRET


async def test_make_async_client_with_user_http_client() -> None:
    server = Server(ok())
    user = httpx.AsyncClient(transport=httpx.MockTransport(server), timeout=9.0)
    http = make_async_client(CONFIG, BASE, http_client=user)
    assert http.timeout == httpx.Timeout(9.0)
    assert (await http.get("/v2/clock")).status_code == 200
    await http.aclose()
    assert not user.is_closed
    await user.aclose()


# --- error mapping ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "cls"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (422, UnprocessableEntityError),
        (429, RateLimitError),
        (500, InternalServerError),
        (503, InternalServerError),
        (520, InternalServerError),
        (418, APIError),
    ],
)
def test_error_mapping(code: int, cls: type[APIError]) -> None:
    http, _ = client(Server(status(code)), ClientConfig(max_retries=0))
    with pytest.raises(cls) as info:
        http.get("/v2/account")
    assert type(info.value) is cls
    assert info.value.status_code == code
    assert info.value.code == code * 100000
    assert info.value.message == f"status {code}"


def test_non_json_error_body() -> None:
    http, _ = client(Server(httpx.Response(502, text="<html>Bad gateway</html>")))
    with pytest.raises(InternalServerError, match="502 Bad Gateway: <html>Bad gateway</html>"):
        http.post("/v2/positions/close")


def test_transport_errors_are_wrapped() -> None:
    http, _ = client(Server(httpx.ReadTimeout("read timed out")))
    with pytest.raises(APITimeoutError) as timeout_info:
        http.post("/v2/watchlists", json={})
    assert isinstance(timeout_info.value.__cause__, httpx.ReadTimeout)
    http, sleeps = client(Server(httpx.ConnectError("connection refused")))
    with pytest.raises(APIConnectionError) as info:
        http.get("/v2/account")
    assert not isinstance(info.value, APITimeoutError)
    assert isinstance(info.value.__cause__, httpx.ConnectError)
    assert "connection refused" in str(info.value)
    assert len(sleeps) == CONFIG.max_retries


def test_successful_response_is_untouched() -> None:
    http, sleeps = client(Server(httpx.Response(204)))
    assert http.delete("/v2/orders/x").status_code == 204
    assert sleeps == []


# --- retries ---------------------------------------------------------------------------


def test_get_retried_with_exponential_backoff() -> None:
    server = Server(status(503), status(502), status(504), ok())
    http, sleeps = client(server)
    assert http.get("/v2/account").status_code == 200
    assert len(server.requests) == 4
    assert sleeps == [0.5, 1.0, 2.0]


def test_retries_exhausted_raise_last_error() -> None:
    server = Server(status(503))
    http, sleeps = client(server)
    with pytest.raises(InternalServerError):
        http.get("/v2/account")
    assert len(server.requests) == 1 + CONFIG.max_retries
    assert len(sleeps) == CONFIG.max_retries


def test_backoff_jitter_bounds_and_cap() -> None:
    config = ClientConfig(max_retries=5, retry_wait=1.0)
    http, sleeps = client(Server(status(503)), config, rand=random.random)
    with pytest.raises(InternalServerError):
        http.get("/v2/account")
    for n, slept in enumerate(sleeps):
        nominal = min(2.0**n, 8.0)
        assert 0.75 * nominal <= slept <= nominal
    assert len(sleeps) == 5
    http, sleeps = client(Server(status(503)), config, rand=lambda: 0.0)
    with pytest.raises(InternalServerError):
        http.get("/v2/account")
    assert sleeps == [0.75, 1.5, 3.0, 6.0, 6.0]


def test_retry_after_seconds_and_ms() -> None:
    server = Server(
        status(429, headers={"Retry-After": "3"}),
        status(503, headers={"retry-after-ms": "1500"}),
        ok(),
    )
    http, sleeps = client(server)
    assert http.get("/v2/account").status_code == 200
    assert sleeps == [3.0, 1.5]


def test_retry_after_http_date() -> None:
    when = email.utils.formatdate(time.time() + 30, usegmt=True)
    http, sleeps = client(Server(status(503, headers={"Retry-After": when}), ok()))
    assert http.get("/v2/account").status_code == 200
    assert len(sleeps) == 1 and 28.0 <= sleeps[0] <= 30.5


def test_retry_after_over_a_minute_is_not_retried() -> None:
    server = Server(status(429, headers={"Retry-After": "120"}))
    http, sleeps = client(server)
    with pytest.raises(RateLimitError) as info:
        http.get("/v2/account")
    assert info.value.retry_after == 120.0
    assert len(server.requests) == 1 and sleeps == []


def test_non_retry_codes_are_not_retried() -> None:
    server = Server(status(500))
    http, _ = client(server)
    with pytest.raises(InternalServerError):
        http.get("/v2/account")
    assert len(server.requests) == 1


def test_put_and_delete_are_retried() -> None:
    for method in ("PUT", "DELETE"):
        server = Server(status(503), ok())
        http, _ = client(server)
        assert http.request(method, "/v2/watchlists/x").status_code == 200
        assert len(server.requests) == 2


def test_post_not_retried_on_503() -> None:
    server = Server(status(503), ok())
    http, sleeps = client(server)
    with pytest.raises(InternalServerError):
        http.post("/v2/watchlists", json={"name": "w"})
    assert len(server.requests) == 1 and sleeps == []


def test_post_not_retried_on_read_error() -> None:
    server = Server(httpx.ReadError("reset"), ok())
    http, _ = client(server)
    with pytest.raises(APIConnectionError):
        http.post("/v2/watchlists", json={"name": "w"})
    assert len(server.requests) == 1


def test_post_retried_on_connect_error_only() -> None:
    server = Server(httpx.ConnectError("refused"), httpx.ConnectTimeout("slow"), ok())
    http, sleeps = client(server)
    assert http.post("/v2/watchlists", json={"name": "w"}).status_code == 200
    assert len(server.requests) == 3 and len(sleeps) == 2
    assert {r.content for r in server.requests} == {b'{"name":"w"}'}


def test_post_rate_limited_is_not_resent_and_may_have_taken_effect() -> None:
    server = Server(status(429, headers={"Retry-After": "1"}), ok())
    http, sleeps = client(server)
    with pytest.raises(RateLimitError) as info:
        http.post("/v2/watchlists", json={"name": "w"})
    assert info.value.may_have_taken_effect and "may have taken effect" in str(info.value)
    assert len(server.requests) == 1 and sleeps == []


def test_max_retries_zero() -> None:
    server = Server(status(503))
    http, _ = client(server, ClientConfig(max_retries=0))
    with pytest.raises(InternalServerError):
        http.get("/v2/account")
    assert len(server.requests) == 1


def test_custom_retry_codes() -> None:
    server = Server(status(500), ok())
    http, _ = client(server, ClientConfig(retry_codes=frozenset({500})))
    assert http.get("/v2/account").status_code == 200


# --- order submission ------------------------------------------------------------------


def order_server(
    first: httpx.Response | Exception, lookup: httpx.Response, *rest: httpx.Response
) -> Server:
    """POST /v2/orders -> ``first`` then ``rest``; the lookup -> ``lookup``."""
    posts: list[httpx.Response | Exception] = [first, *rest]

    def handle(request: httpx.Request) -> httpx.Response:
        if request.url.path == LOOKUP_PATH:
            assert request.url.params["client_order_id"] == "c-1"
            assert request.headers["APCA-API-KEY-ID"] == KEY
            return lookup
        step = posts.pop(0)
        if isinstance(step, Exception):
            raise step
        return step

    return Server(handle)


@pytest.mark.parametrize(
    "failure", [httpx.ReadError("connection reset"), status(503), httpx.ReadTimeout("slow")]
)
def test_order_that_landed_is_not_resubmitted(failure: httpx.Response | Exception) -> None:
    found = {"id": "order-1", "client_order_id": "c-1", "status": "accepted"}
    server = order_server(failure, ok(found))
    http, sleeps = client(server)
    response = http.post("/v2/orders", json=ORDER)
    assert response.status_code == 200 and response.json() == found
    assert server.count("POST", "/v2/orders") == 1
    assert server.count("GET", LOOKUP_PATH) == 1
    assert len(sleeps) == 1


def test_order_not_found_is_resubmitted_once_with_same_body() -> None:
    created = {"id": "order-2", "client_order_id": "c-1"}
    server = order_server(
        status(503), httpx.Response(404, json={"message": "not found"}), ok(created)
    )
    http, _ = client(server)
    assert http.post("/v2/orders", json=ORDER).json() == created
    posts = [r for r in server.requests if r.method == "POST"]
    assert len(posts) == 2
    assert json.loads(posts[0].content) == json.loads(posts[1].content) == ORDER


def test_order_lookup_failing_surfaces_original_error() -> None:
    server = order_server(status(503), status(503))
    http, sleeps = client(server)
    with pytest.raises(InternalServerError):
        http.post("/v2/orders", json=ORDER)
    assert server.count("POST", "/v2/orders") == 1
    assert server.count("GET", LOOKUP_PATH) == CONFIG.max_retries
    assert len(sleeps) == CONFIG.max_retries


def test_order_rate_limited_is_looked_up_before_resending() -> None:
    missing = httpx.Response(404, json={"message": "not found"})
    server = order_server(status(429), missing, ok({"id": "order-3"}))
    http, _ = client(server)
    assert http.post("/v2/orders", json=ORDER).json() == {"id": "order-3"}
    assert server.count("GET", LOOKUP_PATH) == 2
    assert server.count("POST", "/v2/orders") == 2


def test_order_without_client_order_id_is_not_retried() -> None:
    body = {k: v for k, v in ORDER.items() if k != "client_order_id"}
    server = order_server(httpx.ReadError("reset"), ok())
    http, _ = client(server)
    with pytest.raises(APIConnectionError):
        http.post("/v2/orders", json=body)
    assert len(server.requests) == 1


def test_order_rejection_is_not_retried() -> None:
    server = order_server(status(403), ok())
    http, _ = client(server)
    with pytest.raises(PermissionDeniedError):
        http.post("/v2/orders", json=ORDER)
    assert len(server.requests) == 1


# --- rate limiting ---------------------------------------------------------------------


class FakeClock:
    def __init__(self, now: float = 1000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def test_token_bucket_with_fake_clock() -> None:
    clock = FakeClock()
    limiter = RateLimiter(120, clock=clock, wall_clock=clock)  # 2/s, no burst
    assert [limiter.reserve() for _ in range(4)] == pytest.approx([0.0, 0.5, 1.0, 1.5], rel=1e-5)
    clock.now += 1.0  # two of the three reserved tokens are now paid for
    assert limiter.reserve() == pytest.approx(1.0, rel=1e-5)
    clock.now += 60.0
    assert [limiter.reserve() for _ in range(3)] == pytest.approx([0.0, 0.5, 1.0], rel=1e-5)


@pytest.mark.parametrize("per_minute", [1, 2, 30, 61, 200, 10_000])
def test_no_minute_holds_more_than_the_budget(per_minute: int) -> None:
    clock = FakeClock(now=0.0)
    limiter = RateLimiter(per_minute, clock=clock, wall_clock=clock)
    sends: list[float] = []
    for _ in range(per_minute * 3 + 5):  # callers in a hurry: each sends when allowed
        sends.append(clock.now + limiter.reserve())
        clock.now = sends[-1]
    for index, start in enumerate(sends):
        within = [t for t in sends[index:] if t < start + 60.0]
        assert len(within) <= per_minute, (start, len(within))
    assert len([t for t in sends if t < 60.0]) >= per_minute * 59 // 60  # not much slower


def test_token_bucket_is_thread_safe() -> None:
    clock = FakeClock()
    limiter = RateLimiter(60, clock=clock, wall_clock=clock)  # burst of 1, then 59 a minute
    waits: list[float] = []
    lock = threading.Lock()

    def work() -> None:
        for _ in range(25):
            wait = limiter.reserve()
            with lock:
                waits.append(wait)

    threads = [threading.Thread(target=work) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(waits) == pytest.approx([float(n) for n in range(200)], rel=1e-5)


def test_no_limit_means_no_wait() -> None:
    limiter = RateLimiter(None)
    assert all(limiter.reserve() == 0.0 for _ in range(1000))


def test_rate_limit_applies_through_the_stack() -> None:
    clock = FakeClock()
    config = ClientConfig(rate_limit=60)
    http, sleeps = client(Server(ok()), config, clock=clock, wall_clock=clock)
    for _ in range(3):
        http.get("/v2/clock")
    assert sleeps == pytest.approx([1.0, 2.0], rel=1e-5)


def test_server_rate_limit_headers_wait_until_reset() -> None:
    clock = FakeClock(now=5000.0)
    exhausted = ok(headers={"X-RateLimit-Remaining": "0", "X-RateLimit-Reset": "5012"})
    server = Server(ok(headers={"X-RateLimit-Remaining": "5", "X-RateLimit-Reset": "5012"}))
    server.script = [server.script[0], exhausted, ok()]
    http, sleeps = client(server, clock=clock, wall_clock=clock)
    http.get("/v2/clock")
    http.get("/v2/clock")
    assert sleeps == []
    http.get("/v2/clock")
    assert sleeps == [12.0]
    clock.now = 6000.0
    http.get("/v2/clock")
    assert sleeps == [12.0]


@pytest.mark.parametrize("reset", ["9999", "1e15", "nan", "inf", "-5", "99.5x", "999000"])
def test_senseless_reset_values_are_ignored(reset: str) -> None:
    clock = FakeClock(now=1000.0)
    limiter = RateLimiter(None, clock=clock, wall_clock=clock)
    limiter.observe(httpx.Headers({"X-RateLimit-Remaining": "0", "X-RateLimit-Reset": reset}))
    assert limiter.reserve() == 0.0


def test_a_later_header_with_requests_left_lifts_the_wait() -> None:
    clock = FakeClock(now=1000.0)
    limiter = RateLimiter(None, clock=clock, wall_clock=clock)
    limiter.observe(httpx.Headers({"X-RateLimit-Remaining": "0", "X-RateLimit-Reset": "1030"}))
    assert limiter.reserve() == 30.0
    limiter.observe(httpx.Headers({"X-RateLimit-Remaining": "x", "X-RateLimit-Reset": "1"}))
    assert limiter.reserve() == 30.0
    limiter.observe(httpx.Headers({"X-RateLimit-Remaining": "150", "X-RateLimit-Reset": "1060"}))
    assert limiter.reserve() == 0.0


# --- logging and redaction -------------------------------------------------------------


def test_logs_are_redacted(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="alpaca")
    server = Server(status(503), ok(), status(401))
    http, _ = client(server)
    http.get("/v2/account")
    with pytest.raises(AuthenticationError) as info:
        http.get("/v2/account")
    text = caplog.text
    assert "GET https://paper-api.alpaca.markets/v2/account -> 503 Service Unavailable" in text
    assert "Retrying GET" in text
    assert "<redacted>" in text
    for secret in (SECRET, KEY):
        assert secret not in text
        assert secret not in str(info.value) and secret not in repr(info.value)
        assert secret not in repr(CONFIG)


def test_oauth_token_is_redacted(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="alpaca")
    config = ClientConfig(oauth_token="oauth-secret-token")
    http, _ = client(Server(ok()), config)
    http.get("/v2/account")
    assert "oauth-secret-token" not in caplog.text
    assert "oauth-secret-token" not in repr(config)


def test_alpaca_log_env_configures_handler() -> None:
    logger = logging.getLogger("alpaca")
    try:
        _logging.setup_logging({"ALPACA_LOG": "debug"})
        _logging.setup_logging({"ALPACA_LOG": "debug"})
        assert logger.level == logging.DEBUG
        assert logger.handlers.count(_logging._handler) == 1  # type: ignore[arg-type]
        _logging.setup_logging({"ALPACA_LOG": "info"})
        assert logger.level == logging.INFO
    finally:
        if _logging._handler is not None:
            logger.removeHandler(_logging._handler)
            _logging._handler = None
        logger.setLevel(logging.NOTSET)
    _logging.setup_logging({})
    assert _logging._handler is None and logger.level == logging.NOTSET


# --- async -----------------------------------------------------------------------------


async def test_async_retry_with_backoff() -> None:
    server = Server(status(503), httpx.ConnectError("refused"), ok())
    http, sleeps = async_client(server)
    assert (await http.get("/v2/account")).status_code == 200
    assert sleeps == [0.5, 1.0]


async def test_async_errors_and_no_post_retry() -> None:
    server = Server(status(503))
    http, sleeps = async_client(server)
    with pytest.raises(InternalServerError) as info:
        await http.post("/v2/watchlists", json={})
    assert info.value.response.json()["message"] == "status 503"
    assert len(server.requests) == 1 and sleeps == []
    http, _ = async_client(Server(httpx.ReadTimeout("slow")))
    with pytest.raises(APITimeoutError):
        await http.get("/v2/account")


async def test_async_order_landed_not_resubmitted() -> None:
    server = order_server(httpx.ReadError("reset"), ok({"id": "order-1"}))
    http, _ = async_client(server)
    assert (await http.post("/v2/orders", json=ORDER)).json() == {"id": "order-1"}
    assert server.count("POST", "/v2/orders") == 1


async def test_async_order_not_found_resubmitted() -> None:
    server = order_server(status(504), httpx.Response(404), ok({"id": "order-2"}))
    http, _ = async_client(server)
    assert (await http.post("/v2/orders", json=ORDER)).json() == {"id": "order-2"}
    assert server.count("POST", "/v2/orders") == 2


async def test_async_rate_limit() -> None:
    import asyncio

    clock = FakeClock()
    sleeps: list[float] = []

    async def sleep(seconds: float) -> None:
        sleeps.append(seconds)

    transport = build_async_transport(
        ClientConfig(),
        httpx.MockTransport(Server(ok())),
        rate_limit=60,
        sleep=sleep,
        clock=clock,
        wall_clock=clock,
    )
    async with httpx.AsyncClient(base_url=BASE, transport=transport) as http:
        await asyncio.gather(*(http.get("/v2/clock") for _ in range(5)))
    assert sorted(sleeps) == pytest.approx([float(n) for n in range(1, 5)], rel=1e-5)


def test_plain_http_hosts_skip_loading_ca_certificates_but_never_pass_tls_unchecked() -> None:
    import ssl

    from alpaca._transport import _tls_context

    assert _tls_context("https://paper-api.alpaca.markets") is True
    assert _tls_context("HTTPS://data.alpaca.markets") is True
    plain = _tls_context("http://127.0.0.1:8000")
    assert isinstance(plain, ssl.SSLContext)
    assert plain.verify_mode == ssl.CERT_REQUIRED and plain.check_hostname
    assert plain.cert_store_stats()["x509_ca"] == 0  # an https request through it fails
