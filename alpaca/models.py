"""Trading models (generated from ``spec/``) under their public names.

Money and quantities are ``Decimal``; enums keep values added by Alpaca after this release;
``.raw`` holds the mapping the server sent and ``.additional_properties`` any field the spec does
not know yet.
"""

from alpaca_client.trading.models import (
    Account,
    Asset,
    AssetClass,
    AssetStatus,
    CalendarDay,
    CancelOrderResult,
    Clock,
    ClosePositionResult,
    Exchange,
    Order,
    OrderClass,
    OrderQueryStatus,
    OrderSide,
    OrderStatus,
    OrderType,
    Position,
    PositionIntent,
    PositionSide,
    SortDirection,
    StopLoss,
    TakeProfit,
    TimeInForce,
)

__all__ = [
    "Account",
    "Asset",
    "AssetClass",
    "AssetStatus",
    "CalendarDay",
    "CancelOrderResult",
    "Clock",
    "ClosePositionResult",
    "Exchange",
    "Order",
    "OrderClass",
    "OrderQueryStatus",
    "OrderSide",
    "OrderStatus",
    "OrderType",
    "Position",
    "PositionIntent",
    "PositionSide",
    "SortDirection",
    "StopLoss",
    "TakeProfit",
    "TimeInForce",
]
