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
import sys
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"  # before the submodules: ``alpaca._transport`` puts it in the User-Agent


def _import_httpx() -> None:
    """Import httpx without its command-line client: httpx loads ``httpx._main`` (click, rich,
    pygments; ~30 ms) at import whenever those are installed, and we never use it. ``httpx.main``
    stays callable and imports the real one on first call."""
    if "httpx" in sys.modules or "httpx._main" in sys.modules:
        return
    sys.modules["httpx._main"] = None  # type: ignore[assignment]  # httpx falls back to a stub
    try:
        import httpx
    finally:
        del sys.modules["httpx._main"]

    def main(*args: Any, **kwargs: Any) -> Any:
        from httpx._main import main as cli

        return cli(*args, **kwargs)

    main.__doc__ = "httpx's command-line client (imported on first call)."
    vars(httpx)["main"] = main


_import_httpx()

from ._client import AsyncClient, Client  # noqa: E402
from ._errors import (  # noqa: E402
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
from ._marketdata import (  # noqa: E402
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
from ._operation import RawResponse  # noqa: E402
from ._records import Records  # noqa: E402
from ._series import AuctionSet, ModelSet, OptionSnapshots  # noqa: E402
from ._timeframe import TimeFrame, TimeFrameUnit  # noqa: E402

if TYPE_CHECKING:
    from . import models
    from ._export import export
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


if not TYPE_CHECKING:  # type checkers see the imports above, and no catch-all

    def __getattr__(name: str) -> Any:
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
