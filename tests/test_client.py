"""``alpaca.Client``: settings from arguments and the environment, secrets, the HTTP client."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator

import httpx
import pytest

import alpaca
from alpaca.testing import Sandbox

SECRET = "SeCrEt-do-not-leak-0123456789ABCDEF"
ENV_NAMES = (
    "APCA_API_KEY_ID",
    "APCA_API_SECRET_KEY",
    "ALPACA_API_KEY",
    "ALPACA_SECRET_KEY",
    "APCA_API_OAUTH_TOKEN",
    "APCA_API_BASE_URL",
    "APCA_API_DATA_URL",
    "APCA_API_STREAM_URL",
    "ALPACA_LIVE_TRADE",
    "APCA_RETRY_MAX",
    "APCA_RETRY_WAIT",
    "APCA_RETRY_CODES",
)


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch) -> Iterator[pytest.MonkeyPatch]:
    """A clean environment: no Alpaca variables unless the test sets them."""
    for name in ENV_NAMES:
        monkeypatch.delenv(name, raising=False)
    yield monkeypatch


def test_paper_is_the_default(env: pytest.MonkeyPatch) -> None:
    env.setenv("APCA_API_KEY_ID", "PKENV")
    env.setenv("APCA_API_SECRET_KEY", SECRET)
    with alpaca.Client() as client:
        assert client.paper is True
        assert client.config.base_url == "https://paper-api.alpaca.markets"
        assert client.config.data_url == "https://data.alpaca.markets"
        assert repr(client).startswith("Client(paper,")


@pytest.mark.parametrize("value", ["true", "1", "yes", "TRUE"])
def test_live_trade_variable_selects_the_live_host(env: pytest.MonkeyPatch, value: str) -> None:
    env.setenv("ALPACA_API_KEY", "AKENV")
    env.setenv("ALPACA_SECRET_KEY", SECRET)
    env.setenv("ALPACA_LIVE_TRADE", value)
    with alpaca.Client() as client:
        assert client.paper is False
        assert client.config.base_url == "https://api.alpaca.markets"
        assert "LIVE" in repr(client)


def test_paper_argument_beats_the_live_variable(env: pytest.MonkeyPatch) -> None:
    env.setenv("ALPACA_LIVE_TRADE", "true")
    with alpaca.Client(key_id="PK", secret_key=SECRET, paper=True) as client:
        assert client.config.base_url == "https://paper-api.alpaca.markets"
    with alpaca.Client(key_id="AK", secret_key=SECRET, paper=False) as live:
        assert live.config.base_url == "https://api.alpaca.markets"


def test_invalid_live_trade_value_is_a_configuration_error(env: pytest.MonkeyPatch) -> None:
    env.setenv("ALPACA_LIVE_TRADE", "maybe")
    with pytest.raises(alpaca.ConfigurationError, match="ALPACA_LIVE_TRADE"):
        alpaca.Client(key_id="PK", secret_key=SECRET)


def test_apca_variables_beat_alpaca_variables(env: pytest.MonkeyPatch, sandbox: Sandbox) -> None:
    env.setenv("APCA_API_KEY_ID", sandbox.key_id)
    env.setenv("APCA_API_SECRET_KEY", sandbox.secret_key)
    env.setenv("ALPACA_API_KEY", "AKWRONG")
    env.setenv("ALPACA_SECRET_KEY", SECRET)
    with alpaca.Client(base_url=sandbox.base_url, data_url=sandbox.data_url) as client:
        assert client.config.key_id == sandbox.key_id
        assert client.account.get().currency == "USD"


def test_alpaca_variables_are_used_when_apca_ones_are_absent(
    env: pytest.MonkeyPatch, sandbox: Sandbox
) -> None:
    env.setenv("ALPACA_API_KEY", sandbox.key_id)
    env.setenv("ALPACA_SECRET_KEY", sandbox.secret_key)
    env.setenv("APCA_API_BASE_URL", sandbox.base_url)
    with alpaca.Client(max_retries=0) as client:
        assert client.config.base_url == sandbox.base_url
        assert client.account.get().status == "ACTIVE"


def test_arguments_beat_the_environment(env: pytest.MonkeyPatch, sandbox: Sandbox) -> None:
    env.setenv("APCA_API_KEY_ID", "PKWRONG")
    env.setenv("APCA_API_SECRET_KEY", SECRET)
    env.setenv("APCA_API_BASE_URL", "http://127.0.0.1:9")
    with sandbox.client(max_retries=0) as client:
        assert client.config.key_id == sandbox.key_id
        assert client.config.base_url == sandbox.base_url
        cash = client.account.get().cash
        assert cash is not None and cash > 0
    with alpaca.Client(base_url=sandbox.base_url, max_retries=0) as from_env:
        with pytest.raises(alpaca.AuthenticationError) as info:
            from_env.account.get()
        assert SECRET not in str(info.value)


def test_missing_keys_name_the_variables(env: pytest.MonkeyPatch) -> None:
    with pytest.raises(alpaca.ConfigurationError) as info:
        alpaca.Client()
    message = str(info.value)
    for name in ("APCA_API_KEY_ID", "APCA_API_SECRET_KEY", "ALPACA_API_KEY", "ALPACA_SECRET_KEY"):
        assert name in message
    assert isinstance(info.value, ValueError) and isinstance(info.value, alpaca.AlpacaError)
    env.setenv("APCA_API_KEY_ID", "PKONLY")
    with pytest.raises(alpaca.ConfigurationError, match="APCA_API_SECRET_KEY"):
        alpaca.Client()
    with pytest.raises(alpaca.ConfigurationError, match="APCA_API_SECRET_KEY"):
        alpaca.AsyncClient()


def test_nothing_secret_in_reprs_or_configuration_errors(env: pytest.MonkeyPatch) -> None:
    with alpaca.Client(key_id="PKVISIBLEKEYID123", secret_key=SECRET) as client:
        for text in (repr(client), str(client), repr(client.config), str(client.config)):
            assert SECRET not in text
            assert "PKVISIBLEKEYID123" not in text
        assert client.config.secret_key == SECRET  # kept, just not shown
    token_client = alpaca.Client(oauth_token=SECRET)
    with token_client:
        assert SECRET not in repr(token_client.config)
    failures: list[Callable[[], alpaca.Client]] = [
        lambda: alpaca.Client(key_id="PK", secret_key=SECRET, oauth_token=SECRET),
        lambda: alpaca.Client(key_id="PK", secret_key=SECRET, max_retries=-1),
        lambda: alpaca.Client(key_id="PK", secret_key=SECRET, timeout=0),
    ]
    for make in failures:
        with pytest.raises(alpaca.ConfigurationError) as info:
            make()
        assert SECRET not in str(info.value) and SECRET not in repr(info.value)


def test_connection_errors_and_logs_carry_no_secret(
    env: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="alpaca")
    with (
        alpaca.Client(
            key_id="PK", secret_key=SECRET, base_url="http://127.0.0.1:9", max_retries=0, timeout=2
        ) as client,
        pytest.raises(alpaca.APIConnectionError) as info,
    ):
        client.account.get()
    assert isinstance(info.value, alpaca.AlpacaError)
    assert "127.0.0.1:9" in str(info.value)
    assert SECRET not in str(info.value) and SECRET not in repr(info.value)
    assert caplog.records and SECRET not in caplog.text


def test_user_http_client_is_used_and_left_open(sandbox: Sandbox) -> None:
    seen: list[str] = []
    with httpx.Client(event_hooks={"request": [lambda r: seen.append(r.url.path)]}) as http:
        with sandbox.client(http_client=http) as client:
            client.clock.get()
            client.stocks.latest_trades("AAPL")
        assert seen == ["/v2/clock", "/v2/stocks/trades/latest"]
        assert not http.is_closed
        response = http.get(f"{sandbox.base_url}/v2/clock", headers=sandbox.headers)
        assert response.status_code == 200


def test_namespaces_are_created_once(env: pytest.MonkeyPatch) -> None:
    with alpaca.Client(key_id="PK", secret_key=SECRET) as client:
        for name in ("account", "orders", "positions", "assets", "clock", "calendar", "stocks"):
            assert getattr(client, name) is getattr(client, name)


def test_retry_wait_from_the_environment(env: pytest.MonkeyPatch) -> None:
    env.setenv("APCA_RETRY_WAIT", "0.01")
    env.setenv("APCA_RETRY_MAX", "5")
    with alpaca.Client(key_id="PK", secret_key=SECRET) as client:
        assert client.config.retry_wait == 0.01
        assert client.config.max_retries == 5
    with alpaca.Client(key_id="PK", secret_key=SECRET, max_retries=1) as explicit:
        assert explicit.config.max_retries == 1


def test_a_closed_client_raises_an_alpaca_error(sandbox: Sandbox) -> None:
    client = sandbox.client()
    assert client.clock.get().is_open in (True, False)
    client.close()
    with pytest.raises(alpaca.AlpacaError, match="closed"):
        client.clock.get()
    with pytest.raises(alpaca.AlpacaError, match="closed"):
        client.stocks.bars("AAPL", "1Day", limit=1)
