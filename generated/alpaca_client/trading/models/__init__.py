"""Contains all the data models used in inputs/outputs"""

from .account import Account
from .account_activity import AccountActivity
from .account_activity_event import AccountActivityEvent
from .account_activity_event_details import AccountActivityEventDetails
from .account_configuration_map import AccountConfigurationMap
from .account_configurations import AccountConfigurations
from .account_configurations_update import AccountConfigurationsUpdate
from .account_status import AccountStatus
from .activity_category import ActivityCategory
from .activity_execution_type import ActivityExecutionType
from .activity_fill_type import ActivityFillType
from .activity_status import ActivityStatus
from .activity_sub_type import ActivitySubType
from .activity_type import ActivityType
from .advanced_algorithm import AdvancedAlgorithm
from .advanced_destination import AdvancedDestination
from .advanced_instructions import AdvancedInstructions
from .asset import Asset
from .asset_attribute import AssetAttribute
from .asset_class import AssetClass
from .asset_status import AssetStatus
from .bond_status import BondStatus
from .borrow_status import BorrowStatus
from .calendar_date_type import CalendarDateType
from .calendar_day import CalendarDay
from .calendar_timezone import CalendarTimezone
from .call_type import CallType
from .cancel_order_result import CancelOrderResult
from .clock import Clock
from .close_position_result import ClosePositionResult
from .corporate_action_announcement import CorporateActionAnnouncement
from .corporate_action_date_type import CorporateActionDateType
from .corporate_action_type import CorporateActionType
from .coupon_frequency import CouponFrequency
from .coupon_type import CouponType
from .crypto_chain import CryptoChain
from .crypto_fee_estimate import CryptoFeeEstimate
from .crypto_network import CryptoNetwork
from .crypto_transfer import CryptoTransfer
from .crypto_transfer_direction import CryptoTransferDirection
from .crypto_transfer_status import CryptoTransferStatus
from .crypto_wallet import CryptoWallet
from .crypto_withdrawal_request import CryptoWithdrawalRequest
from .day_count import DayCount
from .day_trade_check import DayTradeCheck
from .error import Error
from .exchange import Exchange
from .intraday_reporting import IntradayReporting
from .locate import Locate
from .locate_error import LocateError
from .locate_error_code import LocateErrorCode
from .locate_quote import LocateQuote
from .locate_quote_error import LocateQuoteError
from .locate_quote_error_code import LocateQuoteErrorCode
from .locate_quotes import LocateQuotes
from .locate_request import LocateRequest
from .locate_status import LocateStatus
from .locates_page import LocatesPage
from .market import Market
from .market_calendar import MarketCalendar
from .market_calendar_day import MarketCalendarDay
from .market_clock import MarketClock
from .market_clocks import MarketClocks
from .market_code import MarketCode
from .market_phase import MarketPhase
from .option_contract import OptionContract
from .option_contracts_page import OptionContractsPage
from .option_deliverable import OptionDeliverable
from .option_deliverable_type import OptionDeliverableType
from .option_settlement_method import OptionSettlementMethod
from .option_settlement_type import OptionSettlementType
from .option_style import OptionStyle
from .option_type import OptionType
from .order import Order
from .order_class import OrderClass
from .order_leg_request import OrderLegRequest
from .order_query_status import OrderQueryStatus
from .order_side import OrderSide
from .order_status import OrderStatus
from .order_type import OrderType
from .perpetuals_account_vitals import PerpetualsAccountVitals
from .perpetuals_leverage import PerpetualsLeverage
from .perpetuals_whitelisted_address_request import PerpetualsWhitelistedAddressRequest
from .pnl_reset import PnlReset
from .portfolio_cashflow import PortfolioCashflow
from .portfolio_history import PortfolioHistory
from .position import Position
from .position_intent import PositionIntent
from .position_side import PositionSide
from .position_usd_values import PositionUsdValues
from .replace_order_request import ReplaceOrderRequest
from .sort_direction import SortDirection
from .sp_outlook import SpOutlook
from .stop_loss import StopLoss
from .submit_order_request import SubmitOrderRequest
from .take_profit import TakeProfit
from .time_in_force import TimeInForce
from .tokenization_issuer import TokenizationIssuer
from .tokenization_mint_request import TokenizationMintRequest
from .tokenization_mint_response import TokenizationMintResponse
from .tokenization_network import TokenizationNetwork
from .tokenization_request import TokenizationRequest
from .tokenization_request_status import TokenizationRequestStatus
from .tokenization_request_type import TokenizationRequestType
from .trade_confirm_email import TradeConfirmEmail
from .treasury_subtype import TreasurySubtype
from .us_corporate import UsCorporate
from .us_corporates import UsCorporates
from .us_treasuries import UsTreasuries
from .us_treasury import UsTreasury
from .watchlist import Watchlist
from .watchlist_asset_request import WatchlistAssetRequest
from .watchlist_request import WatchlistRequest
from .watchlist_summary import WatchlistSummary
from .whitelisted_address import WhitelistedAddress
from .whitelisted_address_request import WhitelistedAddressRequest
from .whitelisted_address_status import WhitelistedAddressStatus

__all__ = (
    "Account",
    "AccountActivity",
    "AccountActivityEvent",
    "AccountActivityEventDetails",
    "AccountConfigurationMap",
    "AccountConfigurations",
    "AccountConfigurationsUpdate",
    "AccountStatus",
    "ActivityCategory",
    "ActivityExecutionType",
    "ActivityFillType",
    "ActivityStatus",
    "ActivitySubType",
    "ActivityType",
    "AdvancedAlgorithm",
    "AdvancedDestination",
    "AdvancedInstructions",
    "Asset",
    "AssetAttribute",
    "AssetClass",
    "AssetStatus",
    "BondStatus",
    "BorrowStatus",
    "CalendarDateType",
    "CalendarDay",
    "CalendarTimezone",
    "CallType",
    "CancelOrderResult",
    "Clock",
    "ClosePositionResult",
    "CorporateActionAnnouncement",
    "CorporateActionDateType",
    "CorporateActionType",
    "CouponFrequency",
    "CouponType",
    "CryptoChain",
    "CryptoFeeEstimate",
    "CryptoNetwork",
    "CryptoTransfer",
    "CryptoTransferDirection",
    "CryptoTransferStatus",
    "CryptoWallet",
    "CryptoWithdrawalRequest",
    "DayCount",
    "DayTradeCheck",
    "Error",
    "Exchange",
    "IntradayReporting",
    "Locate",
    "LocateError",
    "LocateErrorCode",
    "LocateQuote",
    "LocateQuoteError",
    "LocateQuoteErrorCode",
    "LocateQuotes",
    "LocateRequest",
    "LocatesPage",
    "LocateStatus",
    "Market",
    "MarketCalendar",
    "MarketCalendarDay",
    "MarketClock",
    "MarketClocks",
    "MarketCode",
    "MarketPhase",
    "OptionContract",
    "OptionContractsPage",
    "OptionDeliverable",
    "OptionDeliverableType",
    "OptionSettlementMethod",
    "OptionSettlementType",
    "OptionStyle",
    "OptionType",
    "Order",
    "OrderClass",
    "OrderLegRequest",
    "OrderQueryStatus",
    "OrderSide",
    "OrderStatus",
    "OrderType",
    "PerpetualsAccountVitals",
    "PerpetualsLeverage",
    "PerpetualsWhitelistedAddressRequest",
    "PnlReset",
    "PortfolioCashflow",
    "PortfolioHistory",
    "Position",
    "PositionIntent",
    "PositionSide",
    "PositionUsdValues",
    "ReplaceOrderRequest",
    "SortDirection",
    "SpOutlook",
    "StopLoss",
    "SubmitOrderRequest",
    "TakeProfit",
    "TimeInForce",
    "TokenizationIssuer",
    "TokenizationMintRequest",
    "TokenizationMintResponse",
    "TokenizationNetwork",
    "TokenizationRequest",
    "TokenizationRequestStatus",
    "TokenizationRequestType",
    "TradeConfirmEmail",
    "TreasurySubtype",
    "UsCorporate",
    "UsCorporates",
    "UsTreasuries",
    "UsTreasury",
    "Watchlist",
    "WatchlistAssetRequest",
    "WatchlistRequest",
    "WatchlistSummary",
    "WhitelistedAddress",
    "WhitelistedAddressRequest",
    "WhitelistedAddressStatus",
)
