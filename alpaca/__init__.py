"""A typed client for Alpaca's Trading and Market Data APIs, with an offline sandbox.

    import alpaca
    client = alpaca.Client()          # keys from APCA_API_KEY_ID / APCA_API_SECRET_KEY; paper
    client.account.get()
    client.stocks.bars("AAPL", alpaca.TimeFrame.Minute, start="2024-01-02").df

Modules whose names start with ``_`` are private. Trading models (``Order``, ``Position``, ...)
are importable from here or from ``alpaca.models``; importing them loads the generated package.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._client import AsyncClient, Client
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
from ._export import export
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
from ._operation import RawResponse
from ._records import Records
from ._series import AuctionSet, ModelSet, OptionSnapshots
from ._timeframe import TimeFrame, TimeFrameUnit

if TYPE_CHECKING:
    from .models import (
        Account,
        Asset,
        AssetClass,
        AssetStatus,
        CalendarDay,
        Clock,
        Exchange,
        Order,
        OrderClass,
        OrderSide,
        OrderStatus,
        OrderType,
        Position,
        PositionIntent,
        TimeInForce,
    )
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

__version__ = "0.1.0"

_MODEL_NAMES = frozenset(
    {
        "Account", "Asset", "AssetClass", "AssetStatus", "CalendarDay", "Clock", "Exchange",
        "Order", "OrderClass", "OrderSide", "OrderStatus", "OrderType", "Position",
        "PositionIntent", "TimeInForce",
    }
)  # fmt: skip


_STREAM_NAMES = frozenset(
    {
        "CryptoPerpStream", "CryptoStream", "NewsStream", "OptionStream", "Reconnected", "Stream",
        "SubscriptionRefused", "TradingStream",
    }
)  # fmt: skip


def __getattr__(name: str) -> Any:
    if name in _MODEL_NAMES:
        from . import models

        return getattr(models, name)
    if name in _STREAM_NAMES:
        from . import stream

        return getattr(stream, name)
    raise AttributeError(f"module 'alpaca' has no attribute {name!r}")


__all__ = [
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "Account",
    "AlpacaError",
    "Asset",
    "AssetClass",
    "AssetStatus",
    "AsyncClient",
    "AuctionSet",
    "AuthenticationError",
    "BadRequestError",
    "Bar",
    "BarSet",
    "CalendarDay",
    "Client",
    "ClientClosedError",
    "Clock",
    "ConfigurationError",
    "CryptoBarSet",
    "CryptoPerpStream",
    "CryptoQuoteSet",
    "CryptoStream",
    "CryptoTradeSet",
    "Exchange",
    "InternalServerError",
    "ModelSet",
    "NewsStream",
    "NotFoundError",
    "OptionSnapshots",
    "OptionStream",
    "OptionTradeSet",
    "Order",
    "OrderClass",
    "OrderSide",
    "OrderStatus",
    "OrderType",
    "PermissionDeniedError",
    "Position",
    "PositionIntent",
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
    "TimeInForce",
    "Trade",
    "TradeSet",
    "TradingStream",
    "UnprocessableEntityError",
    "export",
]
