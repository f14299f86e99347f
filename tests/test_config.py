from __future__ import annotations

from typing import Any

import httpx
import pytest

from alpaca._config import LIVE_URL, PAPER_URL, ClientConfig, resolve_config
from alpaca._errors import AlpacaError, ConfigurationError

KEYS = {"APCA_API_KEY_ID": "PKAPCAKEY123", "APCA_API_SECRET_KEY": "apca-secret-value"}
NEW_KEYS = {"ALPACA_API_KEY": "PKALPACAKEY9", "ALPACA_SECRET_KEY": "alpaca-secret-value"}


def test_defaults_are_paper() -> None:
    cfg = resolve_config(environ=KEYS)
    assert cfg.paper is True
    assert cfg.base_url == PAPER_URL
    assert cfg.data_url == "https://data.alpaca.markets"
    assert cfg.stream_url == "wss://stream.data.alpaca.markets"
    assert cfg.timeout == httpx.Timeout(30.0, connect=5.0)
    assert (cfg.max_retries, cfg.retry_wait) == (3, 0.5)
    assert cfg.retry_codes == frozenset({429, 502, 503, 504})
    assert cfg.rate_limit is None


def test_argument_beats_apca_beats_alpaca() -> None:
    both = {**KEYS, **NEW_KEYS}
    assert resolve_config(environ=NEW_KEYS).key_id == "PKALPACAKEY9"
    cfg = resolve_config(environ=both)
    assert (cfg.key_id, cfg.secret_key) == ("PKAPCAKEY123", "apca-secret-value")
    cfg = resolve_config(key_id="PKARG", secret_key="arg-secret", environ=both)
    assert (cfg.key_id, cfg.secret_key) == ("PKARG", "arg-secret")


def test_auth_headers() -> None:
    cfg = resolve_config(environ=KEYS)
    assert cfg.auth_headers() == {
        "APCA-API-KEY-ID": "PKAPCAKEY123",
        "APCA-API-SECRET-KEY": "apca-secret-value",
    }
    cfg = resolve_config(oauth_token="tok-123", environ=KEYS)
    assert cfg.auth_headers() == {"Authorization": "Bearer tok-123"}
    assert cfg.key_id is None
    cfg = resolve_config(environ={"APCA_API_OAUTH_TOKEN": "tok-env"})
    assert cfg.auth_headers() == {"Authorization": "Bearer tok-env"}


def test_live_trade_env_and_explicit_paper() -> None:
    for value in ("true", "1", "yes", "TRUE"):
        cfg = resolve_config(environ={**NEW_KEYS, "ALPACA_LIVE_TRADE": value})
        assert (cfg.paper, cfg.base_url) == (False, LIVE_URL)
    for value in ("false", "0", "no", ""):
        assert resolve_config(environ={**NEW_KEYS, "ALPACA_LIVE_TRADE": value}).paper
    cfg = resolve_config(paper=True, environ={**NEW_KEYS, "ALPACA_LIVE_TRADE": "true"})
    assert (cfg.paper, cfg.base_url) == (True, PAPER_URL)
    cfg = resolve_config(paper=False, environ=KEYS)
    assert (cfg.paper, cfg.base_url) == (False, LIVE_URL)


def test_explicit_base_url_is_normalised() -> None:
    cfg = resolve_config(environ={**KEYS, "APCA_API_BASE_URL": "http://localhost:8000/v2/"})
    assert cfg.base_url == "http://localhost:8000"
    cfg = resolve_config(base_url="https://api.alpaca.markets/v2", environ=KEYS)
    assert (cfg.base_url, cfg.paper) == (LIVE_URL, False)
    cfg = resolve_config(
        base_url="http://arg",
        environ={**KEYS, "APCA_API_BASE_URL": "http://env"},
        allow_insecure=True,
    )
    assert cfg.base_url == "http://arg"
    cfg = resolve_config(
        environ={
            **KEYS,
            "APCA_API_DATA_URL": "http://data.local/",
            "APCA_API_STREAM_URL": "ws://s.local/",
        },
        allow_insecure=True,
    )
    assert (cfg.data_url, cfg.stream_url) == ("http://data.local", "ws://s.local")


@pytest.mark.parametrize(
    ("name", "url"),
    [("base_url", "http://proxy.example"), ("data_url", "http://10.0.0.5:8080"),
     ("stream_url", "ws://stream.example")],
)  # fmt: skip
def test_plain_http_to_another_machine_is_refused(name: str, url: str) -> None:
    urls: dict[str, Any] = {name: url}
    with pytest.raises(ConfigurationError, match=f"{name}.*allow_insecure=True"):
        resolve_config(environ=KEYS, **urls)
    assert getattr(resolve_config(environ=KEYS, allow_insecure=True, **urls), name) == url


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1:8000", "http://localhost:1", "http://[::1]:9", "https://x.example"]
)
def test_this_machine_and_tls_need_no_permission(url: str) -> None:
    assert resolve_config(environ=KEYS, base_url=url).base_url == url


def test_odd_schemes_are_refused() -> None:
    with pytest.raises(ConfigurationError, match="not an http"):
        resolve_config(environ=KEYS, base_url="ftp://x.example")


def test_missing_key_names_arguments_and_variables() -> None:
    with pytest.raises(ConfigurationError) as info:
        resolve_config(environ={})
    text = str(info.value)
    for name in ("key_id", "secret_key", "oauth_token", "APCA_API_KEY_ID", "ALPACA_API_KEY"):
        assert name in text
    assert isinstance(info.value, ValueError) and isinstance(info.value, AlpacaError)


def test_key_without_secret() -> None:
    with pytest.raises(ConfigurationError, match="APCA_API_SECRET_KEY"):
        resolve_config(environ={"APCA_API_KEY_ID": "PK1"})
    with pytest.raises(ConfigurationError, match="secret_key"):
        resolve_config(key_id="PK1", environ={})


def test_key_pair_and_token_together_is_an_error() -> None:
    with pytest.raises(ConfigurationError):
        resolve_config(key_id="a", secret_key="b", oauth_token="c", environ={})


def test_retry_settings_from_env() -> None:
    cfg = resolve_config(
        environ={
            **KEYS,
            "APCA_RETRY_MAX": "5",
            "APCA_RETRY_WAIT": "1.5",
            "APCA_RETRY_CODES": "429, 500,503",
        }
    )
    assert (cfg.max_retries, cfg.retry_wait) == (5, 1.5)
    assert cfg.retry_codes == frozenset({429, 500, 503})
    assert resolve_config(max_retries=0, environ={**KEYS, "APCA_RETRY_MAX": "5"}).max_retries == 0


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("APCA_RETRY_MAX", "abc"),
        ("APCA_RETRY_MAX", "-1"),
        ("APCA_RETRY_WAIT", "soon"),
        ("APCA_RETRY_CODES", "429,x"),
        ("APCA_RETRY_CODES", "42"),
        ("ALPACA_LIVE_TRADE", "maybe"),
    ],
)
def test_bad_env_values_name_the_variable(name: str, value: str) -> None:
    with pytest.raises(ConfigurationError, match=name):
        resolve_config(environ={**KEYS, name: value})


def test_bad_arguments() -> None:
    with pytest.raises(ConfigurationError):
        resolve_config(max_retries=-1, environ=KEYS)
    with pytest.raises(ConfigurationError):
        resolve_config(rate_limit=0, environ=KEYS)
    with pytest.raises(ConfigurationError):
        resolve_config(retry_codes=[1000], environ=KEYS)


def test_timeout_argument() -> None:
    assert resolve_config(timeout=10, environ=KEYS).timeout == httpx.Timeout(10.0)
    custom = httpx.Timeout(1.0, read=60.0)
    assert resolve_config(timeout=custom, environ=KEYS).timeout is custom


def test_environ_defaults_to_os_environ(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("APCA_API_OAUTH_TOKEN", "APCA_API_BASE_URL", "ALPACA_LIVE_TRADE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("APCA_API_KEY_ID", "PKFROMOS")
    monkeypatch.setenv("APCA_API_SECRET_KEY", "os-secret")
    assert resolve_config().key_id == "PKFROMOS"


def test_repr_hides_secrets() -> None:
    cfg = resolve_config(environ=KEYS)
    text = repr(cfg)
    assert "apca-secret-value" not in text
    assert "PKAPCAKEY123" not in text
    assert "<redacted>" in text
    assert "tok-123" not in repr(resolve_config(oauth_token="tok-123", environ={}))
    assert "ClientConfig(" in repr(ClientConfig())


def test_config_is_frozen() -> None:
    cfg = ClientConfig()
    with pytest.raises(AttributeError):
        cfg.paper = False  # type: ignore[misc]


def test_paper_flag_follows_alpacas_own_hosts() -> None:
    env = {"APCA_API_KEY_ID": "k", "APCA_API_SECRET_KEY": "s"}
    assert resolve_config(environ={**env, "APCA_API_BASE_URL": LIVE_URL}).paper is False
    assert resolve_config(environ={**env, "APCA_API_BASE_URL": PAPER_URL}).paper is True
    live_env = {**env, "APCA_API_BASE_URL": PAPER_URL, "ALPACA_LIVE_TRADE": "true"}
    assert resolve_config(environ=live_env).paper is True  # the URL is paper: it stays paper


def test_paper_flag_contradicting_the_url_raises() -> None:
    env = {"APCA_API_KEY_ID": "k", "APCA_API_SECRET_KEY": "s", "APCA_API_BASE_URL": LIVE_URL}
    with pytest.raises(ConfigurationError, match="paper=True"):
        resolve_config(paper=True, environ=env)
    with pytest.raises(ConfigurationError, match="paper=False"):
        resolve_config(paper=False, base_url=PAPER_URL, environ=env)


def test_custom_host_takes_the_paper_flag_as_given() -> None:
    env = {"APCA_API_KEY_ID": "k", "APCA_API_SECRET_KEY": "s"}
    config = resolve_config(base_url="http://127.0.0.1:9", paper=False, environ=env)
    assert (config.paper, config.base_url) == (False, "http://127.0.0.1:9")
    assert resolve_config(base_url="http://127.0.0.1:9", environ=env).paper is True


def test_live_trading_is_announced_once_per_client(caplog: pytest.LogCaptureFixture) -> None:
    import alpaca

    with caplog.at_level("WARNING", logger="alpaca"):
        alpaca.Client(key_id="PKTEST", secret_key="s", paper=False).close()
        alpaca.Client(key_id="PKTEST", secret_key="s").close()
    live = [r for r in caplog.records if "LIVE trading" in r.getMessage()]
    assert len(live) == 1 and "https://api.alpaca.markets" in live[0].getMessage()
