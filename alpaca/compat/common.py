"""``alpaca.compat.common``: the helpers scripts import from ``alpaca_trade_api.common``."""

from ._common import (
    DATE,
    FLOAT,
    URL,
    get_api_version,
    get_base_url,
    get_credentials,
    get_data_stream_url,
    get_data_url,
)

__all__ = [
    "DATE",
    "FLOAT",
    "URL",
    "get_api_version",
    "get_base_url",
    "get_credentials",
    "get_data_stream_url",
    "get_data_url",
]
