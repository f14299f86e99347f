"""Contains all the data models used in inputs/outputs"""

from .adjustment import Adjustment
from .auction_feed import AuctionFeed
from .cash_dividend import CashDividend
from .cash_dividend_sub_type import CashDividendSubType
from .cash_merger import CashMerger
from .condition_codes import ConditionCodes
from .corporate_action_region import CorporateActionRegion
from .corporate_action_type import CorporateActionType
from .corporate_actions import CorporateActions
from .corporate_actions_response import CorporateActionsResponse
from .crypto_bar import CryptoBar
from .crypto_bars_response import CryptoBarsResponse
from .crypto_bars_response_bars import CryptoBarsResponseBars
from .crypto_latest_bars_response import CryptoLatestBarsResponse
from .crypto_latest_bars_response_bars import CryptoLatestBarsResponseBars
from .crypto_latest_orderbooks_response import CryptoLatestOrderbooksResponse
from .crypto_latest_orderbooks_response_orderbooks import CryptoLatestOrderbooksResponseOrderbooks
from .crypto_latest_quotes_response import CryptoLatestQuotesResponse
from .crypto_latest_quotes_response_quotes import CryptoLatestQuotesResponseQuotes
from .crypto_latest_trades_response import CryptoLatestTradesResponse
from .crypto_latest_trades_response_trades import CryptoLatestTradesResponseTrades
from .crypto_loc import CryptoLoc
from .crypto_orderbook import CryptoOrderbook
from .crypto_orderbook_entry import CryptoOrderbookEntry
from .crypto_perp_latest_pricing_response import CryptoPerpLatestPricingResponse
from .crypto_perp_latest_pricing_response_pricing import CryptoPerpLatestPricingResponsePricing
from .crypto_perp_loc import CryptoPerpLoc
from .crypto_perp_pricing import CryptoPerpPricing
from .crypto_quote import CryptoQuote
from .crypto_quotes_response import CryptoQuotesResponse
from .crypto_quotes_response_quotes import CryptoQuotesResponseQuotes
from .crypto_snapshot import CryptoSnapshot
from .crypto_snapshots_response import CryptoSnapshotsResponse
from .crypto_snapshots_response_snapshots import CryptoSnapshotsResponseSnapshots
from .crypto_trade import CryptoTrade
from .crypto_trades_response import CryptoTradesResponse
from .crypto_trades_response_trades import CryptoTradesResponseTrades
from .error import Error
from .exchange_codes import ExchangeCodes
from .feed import Feed
from .fixed_income_latest_prices_response import FixedIncomeLatestPricesResponse
from .fixed_income_latest_prices_response_prices import FixedIncomeLatestPricesResponsePrices
from .fixed_income_latest_quotes_response import FixedIncomeLatestQuotesResponse
from .fixed_income_latest_quotes_response_quotes import FixedIncomeLatestQuotesResponseQuotes
from .fixed_income_price import FixedIncomePrice
from .fixed_income_quote import FixedIncomeQuote
from .forex_latest_rates_response import ForexLatestRatesResponse
from .forex_latest_rates_response_rates import ForexLatestRatesResponseRates
from .forex_rate import ForexRate
from .forex_rates_response import ForexRatesResponse
from .forex_rates_response_rates import ForexRatesResponseRates
from .forward_split import ForwardSplit
from .historical_feed import HistoricalFeed
from .index_latest_values_response import IndexLatestValuesResponse
from .index_latest_values_response_values import IndexLatestValuesResponseValues
from .index_value import IndexValue
from .index_values_response import IndexValuesResponse
from .index_values_response_values import IndexValuesResponseValues
from .market_type import MarketType
from .most_active import MostActive
from .most_actives import MostActives
from .most_actives_by import MostActivesBy
from .mover import Mover
from .movers import Movers
from .name_change import NameChange
from .news_article import NewsArticle
from .news_image import NewsImage
from .news_image_size import NewsImageSize
from .news_response import NewsResponse
from .option_bar import OptionBar
from .option_bars_response import OptionBarsResponse
from .option_bars_response_bars import OptionBarsResponseBars
from .option_feed import OptionFeed
from .option_greeks import OptionGreeks
from .option_latest_quotes_response import OptionLatestQuotesResponse
from .option_latest_quotes_response_quotes import OptionLatestQuotesResponseQuotes
from .option_latest_trades_response import OptionLatestTradesResponse
from .option_latest_trades_response_trades import OptionLatestTradesResponseTrades
from .option_quote import OptionQuote
from .option_snapshot import OptionSnapshot
from .option_snapshots_response import OptionSnapshotsResponse
from .option_snapshots_response_snapshots import OptionSnapshotsResponseSnapshots
from .option_trade import OptionTrade
from .option_trades_response import OptionTradesResponse
from .option_trades_response_trades import OptionTradesResponseTrades
from .option_type import OptionType
from .partial_call import PartialCall
from .partial_call_lottery_type import PartialCallLotteryType
from .redemption import Redemption
from .reorganization import Reorganization
from .reorganization_stock_movement import ReorganizationStockMovement
from .reverse_split import ReverseSplit
from .rights_distribution import RightsDistribution
from .sort import Sort
from .spin_off import SpinOff
from .stock_and_cash_merger import StockAndCashMerger
from .stock_auction import StockAuction
from .stock_auctions_response import StockAuctionsResponse
from .stock_auctions_response_auctions import StockAuctionsResponseAuctions
from .stock_auctions_single_response import StockAuctionsSingleResponse
from .stock_bar import StockBar
from .stock_bars_response import StockBarsResponse
from .stock_bars_response_bars import StockBarsResponseBars
from .stock_bars_single_response import StockBarsSingleResponse
from .stock_daily_auctions import StockDailyAuctions
from .stock_dividend import StockDividend
from .stock_latest_bar_single_response import StockLatestBarSingleResponse
from .stock_latest_bars_response import StockLatestBarsResponse
from .stock_latest_bars_response_bars import StockLatestBarsResponseBars
from .stock_latest_quote_single_response import StockLatestQuoteSingleResponse
from .stock_latest_quotes_response import StockLatestQuotesResponse
from .stock_latest_quotes_response_quotes import StockLatestQuotesResponseQuotes
from .stock_latest_trade_single_response import StockLatestTradeSingleResponse
from .stock_latest_trades_response import StockLatestTradesResponse
from .stock_latest_trades_response_trades import StockLatestTradesResponseTrades
from .stock_merger import StockMerger
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
from .taker_side import TakerSide
from .tape import Tape
from .tick_type import TickType
from .unit_split import UnitSplit
from .worthless_removal import WorthlessRemoval

__all__ = (
    "Adjustment",
    "AuctionFeed",
    "CashDividend",
    "CashDividendSubType",
    "CashMerger",
    "ConditionCodes",
    "CorporateActionRegion",
    "CorporateActions",
    "CorporateActionsResponse",
    "CorporateActionType",
    "CryptoBar",
    "CryptoBarsResponse",
    "CryptoBarsResponseBars",
    "CryptoLatestBarsResponse",
    "CryptoLatestBarsResponseBars",
    "CryptoLatestOrderbooksResponse",
    "CryptoLatestOrderbooksResponseOrderbooks",
    "CryptoLatestQuotesResponse",
    "CryptoLatestQuotesResponseQuotes",
    "CryptoLatestTradesResponse",
    "CryptoLatestTradesResponseTrades",
    "CryptoLoc",
    "CryptoOrderbook",
    "CryptoOrderbookEntry",
    "CryptoPerpLatestPricingResponse",
    "CryptoPerpLatestPricingResponsePricing",
    "CryptoPerpLoc",
    "CryptoPerpPricing",
    "CryptoQuote",
    "CryptoQuotesResponse",
    "CryptoQuotesResponseQuotes",
    "CryptoSnapshot",
    "CryptoSnapshotsResponse",
    "CryptoSnapshotsResponseSnapshots",
    "CryptoTrade",
    "CryptoTradesResponse",
    "CryptoTradesResponseTrades",
    "Error",
    "ExchangeCodes",
    "Feed",
    "FixedIncomeLatestPricesResponse",
    "FixedIncomeLatestPricesResponsePrices",
    "FixedIncomeLatestQuotesResponse",
    "FixedIncomeLatestQuotesResponseQuotes",
    "FixedIncomePrice",
    "FixedIncomeQuote",
    "ForexLatestRatesResponse",
    "ForexLatestRatesResponseRates",
    "ForexRate",
    "ForexRatesResponse",
    "ForexRatesResponseRates",
    "ForwardSplit",
    "HistoricalFeed",
    "IndexLatestValuesResponse",
    "IndexLatestValuesResponseValues",
    "IndexValue",
    "IndexValuesResponse",
    "IndexValuesResponseValues",
    "MarketType",
    "MostActive",
    "MostActives",
    "MostActivesBy",
    "Mover",
    "Movers",
    "NameChange",
    "NewsArticle",
    "NewsImage",
    "NewsImageSize",
    "NewsResponse",
    "OptionBar",
    "OptionBarsResponse",
    "OptionBarsResponseBars",
    "OptionFeed",
    "OptionGreeks",
    "OptionLatestQuotesResponse",
    "OptionLatestQuotesResponseQuotes",
    "OptionLatestTradesResponse",
    "OptionLatestTradesResponseTrades",
    "OptionQuote",
    "OptionSnapshot",
    "OptionSnapshotsResponse",
    "OptionSnapshotsResponseSnapshots",
    "OptionTrade",
    "OptionTradesResponse",
    "OptionTradesResponseTrades",
    "OptionType",
    "PartialCall",
    "PartialCallLotteryType",
    "Redemption",
    "Reorganization",
    "ReorganizationStockMovement",
    "ReverseSplit",
    "RightsDistribution",
    "Sort",
    "SpinOff",
    "StockAndCashMerger",
    "StockAuction",
    "StockAuctionsResponse",
    "StockAuctionsResponseAuctions",
    "StockAuctionsSingleResponse",
    "StockBar",
    "StockBarsResponse",
    "StockBarsResponseBars",
    "StockBarsSingleResponse",
    "StockDailyAuctions",
    "StockDividend",
    "StockLatestBarSingleResponse",
    "StockLatestBarsResponse",
    "StockLatestBarsResponseBars",
    "StockLatestQuoteSingleResponse",
    "StockLatestQuotesResponse",
    "StockLatestQuotesResponseQuotes",
    "StockLatestTradeSingleResponse",
    "StockLatestTradesResponse",
    "StockLatestTradesResponseTrades",
    "StockMerger",
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
    "TakerSide",
    "Tape",
    "TickType",
    "UnitSplit",
    "WorthlessRemoval",
)
