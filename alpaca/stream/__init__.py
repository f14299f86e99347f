"""Websocket streams: market data (``Stream``, ``CryptoStream``, ``CryptoPerpStream``,
``OptionStream``, ``NewsStream``) and order updates (``TradingStream``).

    stream = alpaca.Stream("iex")

    @stream.on_trades("AAPL")
    def trade(t):                 # sync or async; t.price is a Decimal, t.timestamp_ns exact
        print(t.symbol, t.price)

    stream.run()                  # or: await stream.run_async(); or: async for msg in stream

Message classes are generated from ``spec/streams.yaml`` (``alpaca_client.streams.records``).
"""

from alpaca_client.streams.records import (
    CryptoBar,
    CryptoOrderbook,
    CryptoQuote,
    CryptoTrade,
    Imbalance,
    Luld,
    News,
    OptionQuote,
    OptionTrade,
    OrderbookLevel,
    PerpPricing,
    StockBar,
    StockQuote,
    StockTrade,
    TradeCancel,
    TradeCorrection,
    TradeUpdate,
    TradeUpdateLeg,
    TradingStatus,
)

from alpaca._errors import StreamError

from ._base import StreamOptions
from ._data import CryptoPerpStream, CryptoStream, DataStream, NewsStream, OptionStream, Stream
from ._events import Reconnected, SubscriptionRefused
from ._trading import TradingStream

__all__ = [
    "CryptoBar",
    "CryptoOrderbook",
    "CryptoPerpStream",
    "CryptoQuote",
    "CryptoStream",
    "CryptoTrade",
    "DataStream",
    "Imbalance",
    "Luld",
    "News",
    "NewsStream",
    "OptionQuote",
    "OptionStream",
    "OptionTrade",
    "OrderbookLevel",
    "PerpPricing",
    "Reconnected",
    "StockBar",
    "StockQuote",
    "StockTrade",
    "Stream",
    "StreamError",
    "StreamOptions",
    "SubscriptionRefused",
    "TradeCancel",
    "TradeCorrection",
    "TradeUpdate",
    "TradeUpdateLeg",
    "TradingStatus",
    "TradingStream",
]
