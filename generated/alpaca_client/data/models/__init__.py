"""The models of this API; each module is imported on first use of its names."""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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
    from .crypto_latest_orderbooks_response_orderbooks import (
        CryptoLatestOrderbooksResponseOrderbooks,
    )
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

_MODULES = {
    "Adjustment": ".adjustment",
    "AuctionFeed": ".auction_feed",
    "CashDividend": ".cash_dividend",
    "CashDividendSubType": ".cash_dividend_sub_type",
    "CashMerger": ".cash_merger",
    "ConditionCodes": ".condition_codes",
    "CorporateActionRegion": ".corporate_action_region",
    "CorporateActionType": ".corporate_action_type",
    "CorporateActions": ".corporate_actions",
    "CorporateActionsResponse": ".corporate_actions_response",
    "CryptoBar": ".crypto_bar",
    "CryptoBarsResponse": ".crypto_bars_response",
    "CryptoBarsResponseBars": ".crypto_bars_response_bars",
    "CryptoLatestBarsResponse": ".crypto_latest_bars_response",
    "CryptoLatestBarsResponseBars": ".crypto_latest_bars_response_bars",
    "CryptoLatestOrderbooksResponse": ".crypto_latest_orderbooks_response",
    "CryptoLatestOrderbooksResponseOrderbooks": ".crypto_latest_orderbooks_response_orderbooks",
    "CryptoLatestQuotesResponse": ".crypto_latest_quotes_response",
    "CryptoLatestQuotesResponseQuotes": ".crypto_latest_quotes_response_quotes",
    "CryptoLatestTradesResponse": ".crypto_latest_trades_response",
    "CryptoLatestTradesResponseTrades": ".crypto_latest_trades_response_trades",
    "CryptoLoc": ".crypto_loc",
    "CryptoOrderbook": ".crypto_orderbook",
    "CryptoOrderbookEntry": ".crypto_orderbook_entry",
    "CryptoPerpLatestPricingResponse": ".crypto_perp_latest_pricing_response",
    "CryptoPerpLatestPricingResponsePricing": ".crypto_perp_latest_pricing_response_pricing",
    "CryptoPerpLoc": ".crypto_perp_loc",
    "CryptoPerpPricing": ".crypto_perp_pricing",
    "CryptoQuote": ".crypto_quote",
    "CryptoQuotesResponse": ".crypto_quotes_response",
    "CryptoQuotesResponseQuotes": ".crypto_quotes_response_quotes",
    "CryptoSnapshot": ".crypto_snapshot",
    "CryptoSnapshotsResponse": ".crypto_snapshots_response",
    "CryptoSnapshotsResponseSnapshots": ".crypto_snapshots_response_snapshots",
    "CryptoTrade": ".crypto_trade",
    "CryptoTradesResponse": ".crypto_trades_response",
    "CryptoTradesResponseTrades": ".crypto_trades_response_trades",
    "Error": ".error",
    "ExchangeCodes": ".exchange_codes",
    "Feed": ".feed",
    "FixedIncomeLatestPricesResponse": ".fixed_income_latest_prices_response",
    "FixedIncomeLatestPricesResponsePrices": ".fixed_income_latest_prices_response_prices",
    "FixedIncomeLatestQuotesResponse": ".fixed_income_latest_quotes_response",
    "FixedIncomeLatestQuotesResponseQuotes": ".fixed_income_latest_quotes_response_quotes",
    "FixedIncomePrice": ".fixed_income_price",
    "FixedIncomeQuote": ".fixed_income_quote",
    "ForexLatestRatesResponse": ".forex_latest_rates_response",
    "ForexLatestRatesResponseRates": ".forex_latest_rates_response_rates",
    "ForexRate": ".forex_rate",
    "ForexRatesResponse": ".forex_rates_response",
    "ForexRatesResponseRates": ".forex_rates_response_rates",
    "ForwardSplit": ".forward_split",
    "HistoricalFeed": ".historical_feed",
    "IndexLatestValuesResponse": ".index_latest_values_response",
    "IndexLatestValuesResponseValues": ".index_latest_values_response_values",
    "IndexValue": ".index_value",
    "IndexValuesResponse": ".index_values_response",
    "IndexValuesResponseValues": ".index_values_response_values",
    "MarketType": ".market_type",
    "MostActive": ".most_active",
    "MostActives": ".most_actives",
    "MostActivesBy": ".most_actives_by",
    "Mover": ".mover",
    "Movers": ".movers",
    "NameChange": ".name_change",
    "NewsArticle": ".news_article",
    "NewsImage": ".news_image",
    "NewsImageSize": ".news_image_size",
    "NewsResponse": ".news_response",
    "OptionBar": ".option_bar",
    "OptionBarsResponse": ".option_bars_response",
    "OptionBarsResponseBars": ".option_bars_response_bars",
    "OptionFeed": ".option_feed",
    "OptionGreeks": ".option_greeks",
    "OptionLatestQuotesResponse": ".option_latest_quotes_response",
    "OptionLatestQuotesResponseQuotes": ".option_latest_quotes_response_quotes",
    "OptionLatestTradesResponse": ".option_latest_trades_response",
    "OptionLatestTradesResponseTrades": ".option_latest_trades_response_trades",
    "OptionQuote": ".option_quote",
    "OptionSnapshot": ".option_snapshot",
    "OptionSnapshotsResponse": ".option_snapshots_response",
    "OptionSnapshotsResponseSnapshots": ".option_snapshots_response_snapshots",
    "OptionTrade": ".option_trade",
    "OptionTradesResponse": ".option_trades_response",
    "OptionTradesResponseTrades": ".option_trades_response_trades",
    "OptionType": ".option_type",
    "PartialCall": ".partial_call",
    "PartialCallLotteryType": ".partial_call_lottery_type",
    "Redemption": ".redemption",
    "Reorganization": ".reorganization",
    "ReorganizationStockMovement": ".reorganization_stock_movement",
    "ReverseSplit": ".reverse_split",
    "RightsDistribution": ".rights_distribution",
    "Sort": ".sort",
    "SpinOff": ".spin_off",
    "StockAndCashMerger": ".stock_and_cash_merger",
    "StockAuction": ".stock_auction",
    "StockAuctionsResponse": ".stock_auctions_response",
    "StockAuctionsResponseAuctions": ".stock_auctions_response_auctions",
    "StockAuctionsSingleResponse": ".stock_auctions_single_response",
    "StockBar": ".stock_bar",
    "StockBarsResponse": ".stock_bars_response",
    "StockBarsResponseBars": ".stock_bars_response_bars",
    "StockBarsSingleResponse": ".stock_bars_single_response",
    "StockDailyAuctions": ".stock_daily_auctions",
    "StockDividend": ".stock_dividend",
    "StockLatestBarSingleResponse": ".stock_latest_bar_single_response",
    "StockLatestBarsResponse": ".stock_latest_bars_response",
    "StockLatestBarsResponseBars": ".stock_latest_bars_response_bars",
    "StockLatestQuoteSingleResponse": ".stock_latest_quote_single_response",
    "StockLatestQuotesResponse": ".stock_latest_quotes_response",
    "StockLatestQuotesResponseQuotes": ".stock_latest_quotes_response_quotes",
    "StockLatestTradeSingleResponse": ".stock_latest_trade_single_response",
    "StockLatestTradesResponse": ".stock_latest_trades_response",
    "StockLatestTradesResponseTrades": ".stock_latest_trades_response_trades",
    "StockMerger": ".stock_merger",
    "StockQuote": ".stock_quote",
    "StockQuotesResponse": ".stock_quotes_response",
    "StockQuotesResponseQuotes": ".stock_quotes_response_quotes",
    "StockQuotesSingleResponse": ".stock_quotes_single_response",
    "StockSnapshot": ".stock_snapshot",
    "StockSnapshotSingleResponse": ".stock_snapshot_single_response",
    "StockSnapshotsResponse": ".stock_snapshots_response",
    "StockTrade": ".stock_trade",
    "StockTradesResponse": ".stock_trades_response",
    "StockTradesResponseTrades": ".stock_trades_response_trades",
    "StockTradesSingleResponse": ".stock_trades_single_response",
    "TakerSide": ".taker_side",
    "Tape": ".tape",
    "TickType": ".tick_type",
    "UnitSplit": ".unit_split",
    "WorthlessRemoval": ".worthless_removal",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


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
