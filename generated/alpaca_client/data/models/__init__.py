"""Contains all the data models used in inputs/outputs"""

from .adjustment import Adjustment
from .error import Error
from .feed import Feed
from .historical_feed import HistoricalFeed
from .sort import Sort
from .stock_bar import StockBar
from .stock_bars_response import StockBarsResponse
from .stock_bars_response_bars import StockBarsResponseBars
from .stock_bars_single_response import StockBarsSingleResponse
from .stock_latest_bar_single_response import StockLatestBarSingleResponse
from .stock_latest_bars_response import StockLatestBarsResponse
from .stock_latest_bars_response_bars import StockLatestBarsResponseBars
from .stock_latest_quote_single_response import StockLatestQuoteSingleResponse
from .stock_latest_quotes_response import StockLatestQuotesResponse
from .stock_latest_quotes_response_quotes import StockLatestQuotesResponseQuotes
from .stock_latest_trade_single_response import StockLatestTradeSingleResponse
from .stock_latest_trades_response import StockLatestTradesResponse
from .stock_latest_trades_response_trades import StockLatestTradesResponseTrades
from .stock_quote import StockQuote
from .stock_quotes_response import StockQuotesResponse
from .stock_quotes_response_quotes import StockQuotesResponseQuotes
from .stock_quotes_single_response import StockQuotesSingleResponse
from .stock_snapshot import StockSnapshot
from .stock_snapshot_single_response import StockSnapshotSingleResponse
from .stock_snapshots_response import StockSnapshotsResponse
from .stock_trade import StockTrade
from .stock_trades_response import StockTradesResponse
from .stock_trades_response_trades import StockTradesResponseTrades
from .stock_trades_single_response import StockTradesSingleResponse

__all__ = (
    "Adjustment",
    "Error",
    "Feed",
    "HistoricalFeed",
    "Sort",
    "StockBar",
    "StockBarsResponse",
    "StockBarsResponseBars",
    "StockBarsSingleResponse",
    "StockLatestBarSingleResponse",
    "StockLatestBarsResponse",
    "StockLatestBarsResponseBars",
    "StockLatestQuoteSingleResponse",
    "StockLatestQuotesResponse",
    "StockLatestQuotesResponseQuotes",
    "StockLatestTradeSingleResponse",
    "StockLatestTradesResponse",
    "StockLatestTradesResponseTrades",
    "StockQuote",
    "StockQuotesResponse",
    "StockQuotesResponseQuotes",
    "StockQuotesSingleResponse",
    "StockSnapshot",
    "StockSnapshotSingleResponse",
    "StockSnapshotsResponse",
    "StockTrade",
    "StockTradesResponse",
    "StockTradesResponseTrades",
    "StockTradesSingleResponse",
)
