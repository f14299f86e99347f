"""The models of this API; each module is imported on first use of its names."""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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

_MODULES = {
    "Account": ".account",
    "AccountActivity": ".account_activity",
    "AccountActivityEvent": ".account_activity_event",
    "AccountActivityEventDetails": ".account_activity_event_details",
    "AccountConfigurationMap": ".account_configuration_map",
    "AccountConfigurations": ".account_configurations",
    "AccountConfigurationsUpdate": ".account_configurations_update",
    "AccountStatus": ".account_status",
    "ActivityCategory": ".activity_category",
    "ActivityExecutionType": ".activity_execution_type",
    "ActivityFillType": ".activity_fill_type",
    "ActivityStatus": ".activity_status",
    "ActivitySubType": ".activity_sub_type",
    "ActivityType": ".activity_type",
    "AdvancedAlgorithm": ".advanced_algorithm",
    "AdvancedDestination": ".advanced_destination",
    "AdvancedInstructions": ".advanced_instructions",
    "Asset": ".asset",
    "AssetAttribute": ".asset_attribute",
    "AssetClass": ".asset_class",
    "AssetStatus": ".asset_status",
    "BondStatus": ".bond_status",
    "BorrowStatus": ".borrow_status",
    "CalendarDateType": ".calendar_date_type",
    "CalendarDay": ".calendar_day",
    "CalendarTimezone": ".calendar_timezone",
    "CallType": ".call_type",
    "CancelOrderResult": ".cancel_order_result",
    "Clock": ".clock",
    "ClosePositionResult": ".close_position_result",
    "CorporateActionAnnouncement": ".corporate_action_announcement",
    "CorporateActionDateType": ".corporate_action_date_type",
    "CorporateActionType": ".corporate_action_type",
    "CouponFrequency": ".coupon_frequency",
    "CouponType": ".coupon_type",
    "CryptoChain": ".crypto_chain",
    "CryptoFeeEstimate": ".crypto_fee_estimate",
    "CryptoNetwork": ".crypto_network",
    "CryptoTransfer": ".crypto_transfer",
    "CryptoTransferDirection": ".crypto_transfer_direction",
    "CryptoTransferStatus": ".crypto_transfer_status",
    "CryptoWallet": ".crypto_wallet",
    "CryptoWithdrawalRequest": ".crypto_withdrawal_request",
    "DayCount": ".day_count",
    "DayTradeCheck": ".day_trade_check",
    "Error": ".error",
    "Exchange": ".exchange",
    "IntradayReporting": ".intraday_reporting",
    "Locate": ".locate",
    "LocateError": ".locate_error",
    "LocateErrorCode": ".locate_error_code",
    "LocateQuote": ".locate_quote",
    "LocateQuoteError": ".locate_quote_error",
    "LocateQuoteErrorCode": ".locate_quote_error_code",
    "LocateQuotes": ".locate_quotes",
    "LocateRequest": ".locate_request",
    "LocateStatus": ".locate_status",
    "LocatesPage": ".locates_page",
    "Market": ".market",
    "MarketCalendar": ".market_calendar",
    "MarketCalendarDay": ".market_calendar_day",
    "MarketClock": ".market_clock",
    "MarketClocks": ".market_clocks",
    "MarketCode": ".market_code",
    "MarketPhase": ".market_phase",
    "OptionContract": ".option_contract",
    "OptionContractsPage": ".option_contracts_page",
    "OptionDeliverable": ".option_deliverable",
    "OptionDeliverableType": ".option_deliverable_type",
    "OptionSettlementMethod": ".option_settlement_method",
    "OptionSettlementType": ".option_settlement_type",
    "OptionStyle": ".option_style",
    "OptionType": ".option_type",
    "Order": ".order",
    "OrderClass": ".order_class",
    "OrderLegRequest": ".order_leg_request",
    "OrderQueryStatus": ".order_query_status",
    "OrderSide": ".order_side",
    "OrderStatus": ".order_status",
    "OrderType": ".order_type",
    "PerpetualsAccountVitals": ".perpetuals_account_vitals",
    "PerpetualsLeverage": ".perpetuals_leverage",
    "PerpetualsWhitelistedAddressRequest": ".perpetuals_whitelisted_address_request",
    "PnlReset": ".pnl_reset",
    "PortfolioCashflow": ".portfolio_cashflow",
    "PortfolioHistory": ".portfolio_history",
    "Position": ".position",
    "PositionIntent": ".position_intent",
    "PositionSide": ".position_side",
    "PositionUsdValues": ".position_usd_values",
    "ReplaceOrderRequest": ".replace_order_request",
    "SortDirection": ".sort_direction",
    "SpOutlook": ".sp_outlook",
    "StopLoss": ".stop_loss",
    "SubmitOrderRequest": ".submit_order_request",
    "TakeProfit": ".take_profit",
    "TimeInForce": ".time_in_force",
    "TokenizationIssuer": ".tokenization_issuer",
    "TokenizationMintRequest": ".tokenization_mint_request",
    "TokenizationMintResponse": ".tokenization_mint_response",
    "TokenizationNetwork": ".tokenization_network",
    "TokenizationRequest": ".tokenization_request",
    "TokenizationRequestStatus": ".tokenization_request_status",
    "TokenizationRequestType": ".tokenization_request_type",
    "TradeConfirmEmail": ".trade_confirm_email",
    "TreasurySubtype": ".treasury_subtype",
    "UsCorporate": ".us_corporate",
    "UsCorporates": ".us_corporates",
    "UsTreasuries": ".us_treasuries",
    "UsTreasury": ".us_treasury",
    "Watchlist": ".watchlist",
    "WatchlistAssetRequest": ".watchlist_asset_request",
    "WatchlistRequest": ".watchlist_request",
    "WatchlistSummary": ".watchlist_summary",
    "WhitelistedAddress": ".whitelisted_address",
    "WhitelistedAddressRequest": ".whitelisted_address_request",
    "WhitelistedAddressStatus": ".whitelisted_address_status",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


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
