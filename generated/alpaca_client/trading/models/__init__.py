"""Contains all the data models used in inputs/outputs"""

from .account import Account
from .account_configuration_map import AccountConfigurationMap
from .account_status import AccountStatus
from .advanced_algorithm import AdvancedAlgorithm
from .advanced_destination import AdvancedDestination
from .advanced_instructions import AdvancedInstructions
from .asset import Asset
from .asset_attribute import AssetAttribute
from .asset_class import AssetClass
from .asset_status import AssetStatus
from .borrow_status import BorrowStatus
from .calendar_date_type import CalendarDateType
from .calendar_day import CalendarDay
from .cancel_order_result import CancelOrderResult
from .clock import Clock
from .close_position_result import ClosePositionResult
from .error import Error
from .exchange import Exchange
from .order import Order
from .order_class import OrderClass
from .order_leg_request import OrderLegRequest
from .order_query_status import OrderQueryStatus
from .order_side import OrderSide
from .order_status import OrderStatus
from .order_type import OrderType
from .position import Position
from .position_intent import PositionIntent
from .position_side import PositionSide
from .position_usd_values import PositionUsdValues
from .replace_order_request import ReplaceOrderRequest
from .sort_direction import SortDirection
from .stop_loss import StopLoss
from .submit_order_request import SubmitOrderRequest
from .take_profit import TakeProfit
from .time_in_force import TimeInForce

__all__ = (
    "Account",
    "AccountConfigurationMap",
    "AccountStatus",
    "AdvancedAlgorithm",
    "AdvancedDestination",
    "AdvancedInstructions",
    "Asset",
    "AssetAttribute",
    "AssetClass",
    "AssetStatus",
    "BorrowStatus",
    "CalendarDateType",
    "CalendarDay",
    "CancelOrderResult",
    "Clock",
    "ClosePositionResult",
    "Error",
    "Exchange",
    "Order",
    "OrderClass",
    "OrderLegRequest",
    "OrderQueryStatus",
    "OrderSide",
    "OrderStatus",
    "OrderType",
    "Position",
    "PositionIntent",
    "PositionSide",
    "PositionUsdValues",
    "ReplaceOrderRequest",
    "SortDirection",
    "StopLoss",
    "SubmitOrderRequest",
    "TakeProfit",
    "TimeInForce",
)
