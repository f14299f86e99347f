"""Auth, error bodies, the control endpoints (reset, chaos) and the server lifecycle."""

from __future__ import annotations

import threading

import httpx
import pytest

from alpaca.sandbox import SANDBOX_KEY_ID, SANDBOX_OAUTH_TOKEN, SANDBOX_SECRET_KEY, SandboxServer
from alpaca.testing import Sandbox
from tests.sandbox import HEADERS

UNAUTHORIZED = {"code": 40110000, "message": "request is not authorized"}
ORDER = {"symbol": "AAPL", "qty": "1", "side": "buy", "type": "market", "time_in_force": "day"}


@pytest.mark.parametrize("path", ["/v2/account", "/v2/orders", "/v2/stocks/bars?symbols=AAPL"])
def test_missing_keys_get_401_with_alpaca_body(fresh_sandbox: Sandbox, path: str) -> None:
    response = httpx.get(fresh_sandbox.base_url + path)
    assert response.status_code == 401
    assert response.json() == UNAUTHORIZED


def test_wrong_secret_is_rejected(fresh_sandbox: Sandbox) -> None:
    headers = {"APCA-API-KEY-ID": SANDBOX_KEY_ID, "APCA-API-SECRET-KEY": "nope"}
    response = httpx.get(fresh_sandbox.base_url + "/v2/account", headers=headers)
    assert (response.status_code, response.json()) == (401, UNAUTHORIZED)


def test_bearer_token_is_accepted_and_checked(fresh_sandbox: Sandbox) -> None:
    url = fresh_sandbox.base_url + "/v2/account"
    ok = httpx.get(url, headers={"Authorization": f"Bearer {SANDBOX_OAUTH_TOKEN}"})
    bad = httpx.get(url, headers={"Authorization": "Bearer wrong"})
    assert ok.status_code == 200
    assert bad.status_code == 401


def test_keys_can_be_overridden() -> None:
    with SandboxServer(key_id="K", secret_key="S") as server:
        good = httpx.get(
            server.url + "/v2/clock", headers={"APCA-API-KEY-ID": "K", "APCA-API-SECRET-KEY": "S"}
        )
        default = httpx.get(
            server.url + "/v2/clock",
            headers={"APCA-API-KEY-ID": SANDBOX_KEY_ID, "APCA-API-SECRET-KEY": SANDBOX_SECRET_KEY},
        )
    assert (good.status_code, default.status_code) == (200, 401)


def test_unknown_endpoint_is_json_404(sandbox_http: httpx.Client) -> None:
    response = sandbox_http.get("/v2/nope")
    assert response.status_code == 404
    assert set(response.json()) == {"code", "message"}


CONTROL = [
    ("POST", "/_sandbox/reset"),
    ("GET", "/_sandbox/chaos"),
    ("POST", "/_sandbox/chaos"),
    ("DELETE", "/_sandbox/chaos"),
    ("GET", "/_sandbox/stats"),
]
WRONG_CREDENTIALS = [
    {},
    {"APCA-API-KEY-ID": SANDBOX_KEY_ID},
    {"APCA-API-KEY-ID": SANDBOX_KEY_ID, "APCA-API-SECRET-KEY": "nope"},
    {"APCA-API-KEY-ID": "PKOTHER", "APCA-API-SECRET-KEY": SANDBOX_SECRET_KEY},
    {"Authorization": "Bearer wrong"},
    {"Authorization": SANDBOX_OAUTH_TOKEN},
]


@pytest.mark.parametrize(("method", "path"), CONTROL)
@pytest.mark.parametrize("headers", WRONG_CREDENTIALS)
def test_control_routes_refuse_missing_or_wrong_credentials(
    fresh_sandbox: Sandbox, method: str, path: str, headers: dict[str, str]
) -> None:
    rule = {"method": "GET", "path": "/v2/clock", "status": 500}
    url = fresh_sandbox.base_url + path
    response = httpx.request(method, url, headers=headers, json=rule)
    assert (response.status_code, response.json()) == (401, UNAUTHORIZED)
    assert fresh_sandbox.chaos()["rules"] == []


def test_control_routes_accept_the_bearer_token(fresh_sandbox: Sandbox) -> None:
    url = fresh_sandbox.base_url + "/_sandbox/chaos"
    headers = {"Authorization": f"Bearer {SANDBOX_OAUTH_TOKEN}"}
    rule = {"method": "GET", "path": "/v2/clock", "status": 500}
    assert httpx.post(url, headers=headers, json=rule).status_code == 200
    assert len(fresh_sandbox.chaos()["rules"]) == 1


def test_reset_restores_a_fresh_account(sandbox_http: httpx.Client) -> None:
    sandbox_http.post("/v2/orders", json=ORDER).raise_for_status()
    assert sandbox_http.get("/v2/positions").json() != []
    assert sandbox_http.post("/_sandbox/reset").status_code == 200
    assert sandbox_http.get("/v2/positions").json() == []
    assert sandbox_http.get("/v2/orders", params={"status": "all"}).json() == []
    assert sandbox_http.get("/v2/account").json()["cash"] == "100000"


def _chaos(client: httpx.Client, rule: object) -> httpx.Response:
    return client.post("/_sandbox/chaos", json=rule)


def test_chaos_before_answers_without_touching_state(sandbox_http: httpx.Client) -> None:
    rule = {"method": "POST", "path": "/v2/orders", "status": 503, "times": 2, "retry_after": 2}
    assert _chaos(sandbox_http, rule).status_code == 200
    for _ in range(2):
        response = sandbox_http.post("/v2/orders", json=ORDER)
        assert response.status_code == 503
        assert response.headers["retry-after"] == "2"
        assert response.json() == {"code": 50300000, "message": "service unavailable"}
    assert sandbox_http.get("/v2/orders", params={"status": "all"}).json() == []
    assert sandbox_http.post("/v2/orders", json=ORDER).status_code == 200


def test_chaos_after_commits_then_loses_the_response(sandbox_http: httpx.Client) -> None:
    rule = {
        "method": "POST",
        "path": "/v2/orders",
        "status": 504,
        "when": "after",
        "body": {"code": 1, "message": "lost"},
    }
    _chaos(sandbox_http, rule).raise_for_status()
    order = dict(ORDER, client_order_id="once-only")
    lost = sandbox_http.post("/v2/orders", json=order)
    assert (lost.status_code, lost.json()) == (504, {"code": 1, "message": "lost"})
    placed = sandbox_http.get(
        "/v2/orders:by_client_order_id", params={"client_order_id": "once-only"}
    )
    assert placed.status_code == 200
    assert placed.json()["status"] == "filled"
    retry = sandbox_http.post("/v2/orders", json=order)
    assert retry.status_code == 422
    assert retry.json()["message"] == "client_order_id must be unique"


def test_chaos_matches_method_and_exact_path_only(sandbox_http: httpx.Client) -> None:
    _chaos(
        sandbox_http, [{"method": "GET", "path": "/v2/account", "status": 429}]
    ).raise_for_status()
    assert sandbox_http.get("/v2/clock").status_code == 200
    assert sandbox_http.post("/v2/orders", json=ORDER).status_code == 200
    limited = sandbox_http.get("/v2/account")
    assert (limited.status_code, limited.json()["code"]) == (429, 42900000)
    assert sandbox_http.get("/v2/account").status_code == 200


def test_chaos_rules_list_clear_and_validate(sandbox_http: httpx.Client) -> None:
    url = "/_sandbox/chaos"
    rule = {"method": "get", "path": "/v2/clock", "status": 500, "times": 3}
    listed = sandbox_http.post(url, json={"rules": [rule]}).json()["rules"]
    assert listed == [
        {
            "method": "GET",
            "path": "/v2/clock",
            "action": "status",
            "status": 500,
            "times": 3,
            "when": "before",
            "delay": None,
            "retry_after": None,
            "body": None,
            "headers": {},
            "trickle_bytes": 16,
            "trickle_interval": 0.5,
            "probability": None,
            "seed": 0,
            "sequence": None,
        }
    ]
    no_rules = {"rules": [], "late": {"pending": 0, "landed": []}}
    assert sandbox_http.delete(url).json() == no_rules
    assert sandbox_http.get("/v2/clock").status_code == 200
    bad = sandbox_http.post(url, json={"method": "GET", "path": "/v2/clock", "status": 99})
    assert bad.status_code == 422
    assert "status" in bad.json()["message"]
    assert sandbox_http.get(url).json() == no_rules


def test_reset_clears_chaos(sandbox_http: httpx.Client) -> None:
    _chaos(sandbox_http, {"method": "GET", "path": "/v2/clock", "status": 500}).raise_for_status()
    sandbox_http.post("/_sandbox/reset").raise_for_status()
    assert sandbox_http.get("/v2/clock").status_code == 200


def test_server_start_stop_is_quick_and_leaves_no_thread() -> None:
    before = threading.active_count()
    server = SandboxServer(port=0).start()
    assert server.port > 0
    assert server.url == f"http://127.0.0.1:{server.port}"
    assert httpx.get(server.url + "/v2/clock", headers=HEADERS).status_code == 200
    server.stop()
    assert threading.active_count() == before
    with pytest.raises(RuntimeError):
        _ = server.port


def test_testing_sandbox_exposes_urls_and_keys(sandbox: Sandbox) -> None:
    port = sandbox.base_url.rsplit(":", 1)[1]
    assert sandbox.data_url == sandbox.base_url
    assert sandbox.stream_url == f"ws://127.0.0.1:{port}"
    assert (sandbox.key_id, sandbox.secret_key) == (SANDBOX_KEY_ID, SANDBOX_SECRET_KEY)
