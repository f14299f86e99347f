"""Small pieces the legacy package exposed in ``common``: URL, DATE and FLOAT checks, the
environment look-ups, plus the pandas and timestamp helpers the compat layer shares."""

from __future__ import annotations

import datetime as dt
import importlib
import os
import warnings
from typing import Any

__all__ = [
    "DATE",
    "FLOAT",
    "NEW_YORK",
    "URL",
    "get_api_version",
    "get_base_url",
    "get_credentials",
    "get_data_stream_url",
    "get_data_url",
    "new_york",
    "pandas",
    "warn_once",
]

NEW_YORK = "America/New_York"
_SCHEMES = ("http://", "https://", "ws://", "wss://")


class URL(str):
    """A URL string; anything not starting with ``http(s)://`` or ``ws(s)://`` is refused."""

    __slots__ = ()

    def __new__(cls, value: str) -> URL:
        if not isinstance(value, str) or not value.startswith(_SCHEMES):
            raise ValueError(f'Passed string value "{value}" is not an "http*://" or "ws*://" URL')
        return super().__new__(cls, value)


class DATE(str):
    """A ``YYYY-MM-DD`` date string."""

    __slots__ = ()

    def __new__(cls, value: str) -> DATE:
        if not isinstance(value, str):
            raise TypeError(f"DATE expects a str, got {type(value).__name__}")
        try:
            if value.count("-") != 2:
                raise ValueError(value)
            dt.date.fromisoformat(value)
        except ValueError:
            raise ValueError(f'expected a "YYYY-MM-DD" date, got {value!r}') from None
        return super().__new__(cls, value)


def FLOAT(value: float | int | str) -> float | int:  # the legacy name
    """A price as a number: numbers pass, numeric strings become floats, the rest is refused."""
    if isinstance(value, bool):
        raise ValueError(f'Unexpected float format "{value}"')
    if isinstance(value, float | int):
        return value
    if isinstance(value, str):
        return float(value.strip())
    raise ValueError(f'Unexpected float format "{value}"')


def _env_url(name: str, default: str) -> URL:
    return URL((os.environ.get(name) or default).rstrip("/"))


def get_base_url() -> URL:
    """``APCA_API_BASE_URL``, else the paper trading host (the legacy default was live)."""
    return _env_url("APCA_API_BASE_URL", "https://paper-api.alpaca.markets")


def get_data_url() -> URL:
    """``APCA_API_DATA_URL``, else Alpaca's market-data host."""
    return _env_url("APCA_API_DATA_URL", "https://data.alpaca.markets")


def get_data_stream_url() -> URL:
    """``APCA_API_STREAM_URL``, else Alpaca's market-data stream host."""
    return _env_url("APCA_API_STREAM_URL", "https://stream.data.alpaca.markets")


def get_credentials(
    key_id: str | None = None, secret_key: str | None = None, oauth: str | None = None
) -> tuple[str | None, str | None, str | None]:
    """Key id, secret key and OAuth token from the arguments, else ``APCA_*`` variables;
    ``ValueError`` when neither a key pair nor a token is found."""
    oauth = oauth or os.environ.get("APCA_API_OAUTH_TOKEN") or None
    key_id = key_id or os.environ.get("APCA_API_KEY_ID") or None
    if key_id is None and oauth is None:
        raise ValueError(
            "Key ID must be given to access Alpaca trade API", " (env: APCA_API_KEY_ID)"
        )
    secret_key = secret_key or os.environ.get("APCA_API_SECRET_KEY") or None
    if secret_key is None and oauth is None:
        raise ValueError(
            "Secret key must be given to access Alpaca trade API (env: APCA_API_SECRET_KEY)"
        )
    return key_id, secret_key, oauth


def get_api_version(api_version: str | None) -> str:
    """The trading API version: the argument, else ``APCA_API_VERSION``, else ``v2``."""
    return api_version or os.environ.get("APCA_API_VERSION") or "v2"


def pandas() -> Any:
    """The pandas module (the legacy package always had it; here it is an extra)."""
    try:
        return importlib.import_module("pandas")
    except ImportError:
        raise ImportError(
            "alpaca.compat needs pandas: pip install 'alpaca-typed[pandas]'"
        ) from None


def new_york(value: int | float | str, unit: str = "ns") -> Any:
    """A ``pandas.Timestamp`` in New York time from epoch ``value`` (in ``unit``) or
    RFC-3339 text."""
    pd = pandas()
    if isinstance(value, str):
        moment = pd.Timestamp(value)
        if moment.tzinfo is None:
            moment = moment.tz_localize("UTC")
        return moment.tz_convert(NEW_YORK)
    return pd.Timestamp(value, unit=unit, tz="UTC").tz_convert(NEW_YORK)


_warned: set[str] = set()


def warn_once(key: str, message: str, stacklevel: int = 3) -> None:
    """Issue ``message`` as a ``DeprecationWarning`` the first time ``key`` comes up."""
    if key in _warned:
        return
    _warned.add(key)
    warnings.warn(message, DeprecationWarning, stacklevel=stacklevel)
