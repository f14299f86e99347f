"""A typed client for Alpaca's Trading and Market Data APIs, with an offline sandbox.

    import alpaca
    client = alpaca.Client()          # keys from APCA_API_KEY_ID / APCA_API_SECRET_KEY; paper
    client.account.get()
    client.stocks.bars("AAPL", alpaca.TimeFrame.Minute, start="2024-01-02").df

Modules whose names start with ``_`` are private. Trading models (``Order``, ``Position``, ...)
are importable from here or from ``alpaca.models``; importing them loads the generated package.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._errors import (
    AlpacaError,
    APIConnectionError,
    APIError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ClientClosedError,
    ConfigurationError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ResponseValidationError,
    StreamError,
    UnprocessableEntityError,
)
from ._marketdata import (
    Bar,
    BarSet,
    CryptoBarSet,
    CryptoQuoteSet,
    CryptoTradeSet,
    OptionTradeSet,
    Quote,
    QuoteSet,
    Snapshot,
    Trade,
    TradeSet,
)
from ._records import Records
from ._series import AuctionSet, ModelSet, OptionSnapshots
from ._timeframe import TimeFrame, TimeFrameUnit

__version__ = "0.1.0"  # ``alpaca._transport`` puts it in the User-Agent

if TYPE_CHECKING:
    from . import models
    from ._client import AsyncClient, Client
    from ._export import export
    from ._operation import RawResponse
    from .models import *  # noqa: F403  (the names of alpaca.models.__all__)
    from .stream import (
        CryptoPerpStream,
        CryptoStream,
        NewsStream,
        OptionStream,
        Reconnected,
        Stream,
        SubscriptionRefused,
        TradingStream,
    )


_STREAM_NAMES = frozenset(
    {
        "CryptoPerpStream", "CryptoStream", "NewsStream", "OptionStream", "Reconnected", "Stream",
        "SubscriptionRefused", "TradingStream",
    }
)  # fmt: skip


_CLIENT_MODULES = {"AsyncClient": "._client", "Client": "._client", "RawResponse": "._operation"}
"""Names served on first use: their modules load httpx (tens of ms)."""


if not TYPE_CHECKING:  # type checkers see the imports above, and no catch-all

    def __getattr__(name: str) -> Any:
        if name in _CLIENT_MODULES:
            return getattr(importlib.import_module(_CLIENT_MODULES[name], __name__), name)
        if name == "export":
            from ._export import export

            return export
        if name in _STREAM_NAMES:
            from . import stream

            return getattr(stream, name)
        if name[:1].isupper():  # a model (not a submodule being imported)
            models = importlib.import_module(".models", __name__)
            if name in models.__all__:
                return getattr(models, name)
        raise AttributeError(f"module 'alpaca' has no attribute {name!r}")


__all__ = [
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "AlpacaError",
    "AsyncClient",
    "AuctionSet",
    "AuthenticationError",
    "BadRequestError",
    "Bar",
    "BarSet",
    "Client",
    "ClientClosedError",
    "ConfigurationError",
    "CryptoBarSet",
    "CryptoPerpStream",
    "CryptoQuoteSet",
    "CryptoStream",
    "CryptoTradeSet",
    "InternalServerError",
    "ModelSet",
    "NewsStream",
    "NotFoundError",
    "OptionSnapshots",
    "OptionStream",
    "OptionTradeSet",
    "PermissionDeniedError",
    "Quote",
    "QuoteSet",
    "RateLimitError",
    "RawResponse",
    "Reconnected",
    "Records",
    "ResponseValidationError",
    "Snapshot",
    "Stream",
    "StreamError",
    "SubscriptionRefused",
    "TimeFrame",
    "TimeFrameUnit",
    "Trade",
    "TradeSet",
    "TradingStream",
    "UnprocessableEntityError",
    "export",
]
if TYPE_CHECKING:
    __all__ += models.__all__  # imported when first used (see __getattr__)
