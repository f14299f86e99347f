"""Client settings: resolved once from arguments and the environment.

Precedence for every setting: explicit argument, then ``APCA_*`` variables, then the
newer ``ALPACA_*`` variables, then the defaults below. Trading goes to the paper
environment unless ``paper=False`` is passed or ``ALPACA_LIVE_TRADE`` is truthy.
"""

from __future__ import annotations

import ipaddress
import os
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import TypeVar
from urllib.parse import urlsplit

from alpaca._errors import ConfigurationError

from ._http import httpx

__all__ = [
    "DATA_URL",
    "DEFAULT_RETRY_CODES",
    "DEFAULT_TIMEOUT",
    "LIVE_URL",
    "PAPER_URL",
    "STREAM_URL",
    "ClientConfig",
    "check_secure",
    "resolve_config",
]

PAPER_URL = "https://paper-api.alpaca.markets"
LIVE_URL = "https://api.alpaca.markets"
DATA_URL = "https://data.alpaca.markets"
STREAM_URL = "wss://stream.data.alpaca.markets"
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
DEFAULT_MAX_RETRIES = 3
DEFAULT_RETRY_WAIT = 0.5
DEFAULT_RETRY_CODES = frozenset({429, 502, 503, 504})

_T = TypeVar("_T")
_N = TypeVar("_N", int, float)

_TRUE = {"1", "true", "yes", "on", "y", "t"}
_FALSE = {"0", "false", "no", "off", "n", "f", ""}

_MISSING_CREDENTIALS = (
    "No Alpaca credentials found. Pass key_id= and secret_key= (or oauth_token=), or set "
    "APCA_API_KEY_ID and APCA_API_SECRET_KEY (or ALPACA_API_KEY and ALPACA_SECRET_KEY, "
    "or APCA_API_OAUTH_TOKEN)."
)


@dataclass(frozen=True, repr=False)
class ClientConfig:
    """Immutable, fully resolved settings. Build it with ``resolve_config()``.

    ``rate_limit`` (trading) and ``data_rate_limit`` (market data) are client-side caps in
    requests per minute, one budget each per client (``None``: no cap).
    ``repr()`` masks the key id and hides the secret key and OAuth token.
    """

    key_id: str | None = None
    secret_key: str | None = field(default=None, repr=False)
    oauth_token: str | None = field(default=None, repr=False)
    paper: bool = True
    base_url: str = PAPER_URL
    data_url: str = DATA_URL
    stream_url: str = STREAM_URL
    timeout: httpx.Timeout = field(default_factory=lambda: DEFAULT_TIMEOUT)
    max_retries: int = DEFAULT_MAX_RETRIES
    retry_wait: float = DEFAULT_RETRY_WAIT
    retry_codes: frozenset[int] = DEFAULT_RETRY_CODES
    rate_limit: float | None = None
    data_rate_limit: float | None = None
    allow_insecure: bool = False

    def auth_headers(self) -> dict[str, str]:
        """Headers authenticating a request: Bearer token if set, else the key pair."""
        if self.oauth_token:
            return {"Authorization": f"Bearer {self.oauth_token}"}
        if self.key_id and self.secret_key:
            return {"APCA-API-KEY-ID": self.key_id, "APCA-API-SECRET-KEY": self.secret_key}
        return {}

    def __repr__(self) -> str:
        key = None if self.key_id is None else mask(self.key_id)
        return (
            f"ClientConfig(key_id={key!r}, secret_key={_hidden(self.secret_key)}, "
            f"oauth_token={_hidden(self.oauth_token)}, paper={self.paper!r}, "
            f"base_url={self.base_url!r}, data_url={self.data_url!r}, "
            f"stream_url={self.stream_url!r}, timeout={self.timeout!r}, "
            f"max_retries={self.max_retries!r}, retry_wait={self.retry_wait!r}, "
            f"retry_codes={sorted(self.retry_codes)!r}, rate_limit={self.rate_limit!r}, "
            f"data_rate_limit={self.data_rate_limit!r}, allow_insecure={self.allow_insecure!r})"
        )


def mask(value: str) -> str:
    """Show at most the first 4 characters of an identifier (``"PKAB…"``)."""
    return value[:4] + "…" if len(value) > 8 else "…"


def _hidden(value: str | None) -> str:
    return "None" if value is None else "'<redacted>'"


def resolve_config(
    *,
    key_id: str | None = None,
    secret_key: str | None = None,
    oauth_token: str | None = None,
    paper: bool | None = None,
    base_url: str | None = None,
    data_url: str | None = None,
    stream_url: str | None = None,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    rate_limit: float | None = None,
    data_rate_limit: float | None = None,
    retry_wait: float | None = None,
    allow_insecure: bool = False,
    retry_codes: Iterable[int] | None = None,
    environ: Mapping[str, str] | None = None,
) -> ClientConfig:
    """Resolve settings from arguments, then ``APCA_*``, then ``ALPACA_*`` variables.

    Credentials resolve as a group: an explicit ``oauth_token`` ignores key pairs from the
    environment, an explicit ``key_id``/``secret_key`` ignores ``APCA_API_OAUTH_TOKEN``.
    Credentials are stripped of surrounding whitespace and must be printable ASCII. Plain
    ``http://``/``ws://`` URLs are refused unless they point at this machine or
    ``allow_insecure=True``: keys never travel unencrypted by accident.
    Raises ``ConfigurationError`` for missing credentials or invalid values (never showing them).
    """
    env = _Env(os.environ if environ is None else environ)
    key_id, secret_key, oauth_token = (
        _credential(key_id, "key_id"),
        _credential(secret_key, "secret_key"),
        _credential(oauth_token, "oauth_token"),
    )

    if oauth_token is not None and (key_id is not None or secret_key is not None):
        raise ConfigurationError("Pass either key_id/secret_key or oauth_token, not both.")
    if oauth_token is None and key_id is None and secret_key is None:
        oauth_token = env.credential("oauth_token", "APCA_API_OAUTH_TOKEN")
    if oauth_token is None:
        key_id = key_id or env.credential("key_id", "APCA_API_KEY_ID", "ALPACA_API_KEY")
        secret_key = secret_key or env.credential(
            "secret_key", "APCA_API_SECRET_KEY", "ALPACA_SECRET_KEY"
        )
        if not key_id:
            raise ConfigurationError(_MISSING_CREDENTIALS)
        if not secret_key:
            raise ConfigurationError(
                "An API key id was given but no secret key. Pass secret_key= or set "
                "APCA_API_SECRET_KEY (or ALPACA_SECRET_KEY)."
            )
    elif not oauth_token:
        raise ConfigurationError(_MISSING_CREDENTIALS)
    else:
        key_id = secret_key = None

    explicit_base = base_url or env.get("APCA_API_BASE_URL")
    paper, trading_url = _trading_endpoint(
        paper, _normalize(explicit_base) if explicit_base else None, env
    )

    if timeout is None:
        timeout = DEFAULT_TIMEOUT
    elif not isinstance(timeout, httpx.Timeout):
        timeout = httpx.Timeout(_check(float(timeout), "timeout", positive=True))

    if max_retries is None:
        max_retries = env.parse("APCA_RETRY_MAX", int, default=DEFAULT_MAX_RETRIES)
    if retry_wait is None:
        retry_wait = env.parse("APCA_RETRY_WAIT", float, default=DEFAULT_RETRY_WAIT)
    if retry_codes is None:
        codes = env.parse("APCA_RETRY_CODES", _parse_codes, default=DEFAULT_RETRY_CODES)
    else:
        try:
            codes = _parse_codes(",".join(str(code) for code in retry_codes))
        except ValueError:
            raise ConfigurationError(f"Invalid retry_codes: {retry_codes!r}") from None

    if not isinstance(allow_insecure, bool):
        raise ConfigurationError("allow_insecure must be a bool")
    data_url = _normalize(data_url or env.get("APCA_API_DATA_URL") or DATA_URL)
    stream_url = (stream_url or env.get("APCA_API_STREAM_URL") or STREAM_URL).rstrip("/")
    for name, url in (
        ("base_url", trading_url),
        ("data_url", data_url),
        ("stream_url", stream_url),
    ):
        check_secure(name, url, allow_insecure)

    return ClientConfig(
        key_id=key_id,
        secret_key=secret_key,
        oauth_token=oauth_token,
        paper=paper,
        base_url=trading_url,
        data_url=data_url,
        stream_url=stream_url,
        timeout=timeout,
        max_retries=int(_check(max_retries, "max_retries")),
        retry_wait=_check(float(retry_wait), "retry_wait"),
        retry_codes=codes,
        rate_limit=_rate(rate_limit, "rate_limit"),
        data_rate_limit=_rate(data_rate_limit, "data_rate_limit"),
        allow_insecure=allow_insecure,
    )


_SECURE = {"http": "https", "ws": "wss"}


def check_secure(name: str, url: str, allow_insecure: bool) -> None:
    """Refuse an unencrypted URL to another machine (unless allowed) and any odd scheme."""
    parts = urlsplit(url)
    if parts.scheme in _SECURE.values():
        return
    if parts.scheme not in _SECURE:
        raise ConfigurationError(f"{name}: {url!r} is not an http(s) or ws(s) URL")
    if allow_insecure or _loopback(parts.hostname or ""):
        return
    raise ConfigurationError(
        f"{name}: {url} is not encrypted, so your keys would cross the network in the clear; "
        f"use {_SECURE[parts.scheme]}:// or pass allow_insecure=True for a network you trust"
    )


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _rate(value: float | None, name: str) -> float | None:
    return None if value is None else _check(value, name, positive=True)


def _credential(value: str | None, name: str, source: str | None = None) -> str | None:
    """``value`` without surrounding whitespace; anything but printable ASCII inside raises
    (a value pasted with a newline or a stray character would break or leak in a header)."""
    if value is None:
        return None
    where = source or f"{name}="
    if not isinstance(value, str):
        raise ConfigurationError(f"{where}: expected a string, got {type(value).__name__}")
    cleaned = value.strip()
    if any(not "!" <= char <= "~" for char in cleaned):
        raise ConfigurationError(
            f"{where}: contains spaces, control or non-ASCII characters; "
            "check how the credential was copied (its value is not shown)"
        )
    return cleaned


def _trading_endpoint(paper: bool | None, base: str | None, env: _Env) -> tuple[bool, str]:
    """Paper flag and trading URL. Alpaca's own hosts decide the flag; a contradiction raises."""
    if base in (PAPER_URL, LIVE_URL):
        known = base == PAPER_URL
        if paper is not None and paper != known:
            raise ConfigurationError(
                f"paper={paper} contradicts the trading URL {base} "
                "(from base_url= or APCA_API_BASE_URL); remove one of them."
            )
        return known, base
    if paper is None:  # no URL, or a sandbox or proxy: the caller's flag, else ALPACA_LIVE_TRADE
        paper = not env.parse("ALPACA_LIVE_TRADE", _parse_bool, default=False)
    return paper, base or (PAPER_URL if paper else LIVE_URL)


class _Env:
    """Reads variables, treating empty strings as unset and naming bad ones in errors."""

    def __init__(self, environ: Mapping[str, str]) -> None:
        self._environ = environ

    def get(self, *names: str) -> str | None:
        for name in names:
            value = self._environ.get(name, "").strip()
            if value:
                return value
        return None

    def credential(self, name: str, *variables: str) -> str | None:
        """The first set variable among ``variables``, checked like an argument."""
        for variable in variables:
            value = self.get(variable)
            if value is not None:
                return _credential(value, name, variable)
        return None

    def parse(self, name: str, parse: Callable[[str], _T], *, default: _T) -> _T:
        raw = self.get(name)
        if raw is None:
            return default
        try:
            value = parse(raw)
        except ValueError:
            raise ConfigurationError(f"Invalid value for {name}: {raw!r}") from None
        if isinstance(value, int | float) and not isinstance(value, bool) and value < 0:
            raise ConfigurationError(f"Invalid value for {name}: {raw!r} (must be >= 0)")
        return value


def _parse_bool(raw: str) -> bool:
    lowered = raw.strip().lower()
    if lowered in _TRUE:
        return True
    if lowered in _FALSE:
        return False
    raise ValueError(raw)


def _parse_codes(raw: str) -> frozenset[int]:
    codes = frozenset(int(part) for part in raw.split(",") if part.strip())
    if any(not 100 <= code <= 599 for code in codes):
        raise ValueError(raw)
    return codes


def _normalize(url: str) -> str:
    url = url.strip().rstrip("/")
    return url.removesuffix("/v2") if url.endswith("/v2") else url


def _check(value: _N, name: str, *, positive: bool = False) -> _N:
    if isinstance(value, bool) or value < 0 or (positive and value == 0):
        raise ConfigurationError(f"{name} must be {'> 0' if positive else '>= 0'}, got {value!r}")
    return value
