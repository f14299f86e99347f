"""``client.positions``: open positions, closing them, and exercising option positions."""

from __future__ import annotations

from alpaca_client.trading.api.positions import (
    close_all_positions,
    close_position,
    do_not_exercise_option_position,
    exercise_option_position,
    get_position,
    list_positions,
)
from alpaca_client.trading.models import ClosePositionResult, Order, Position

from .._operation import M, Plan, Resource, Timeout, given, operation, parse, trading
from .._params import DecimalLike, bool_param, decimal_param, path_param
from .._records import Records, records


class Positions(Resource[M]):
    """Open positions."""

    @operation
    def list(self, *, timeout: Timeout = None) -> Plan[Records[Position]]:
        """Every open position."""
        response = yield trading(list_positions._get_kwargs(), timeout)
        return parse(response, records(Position.from_dict))

    @operation
    def get(self, symbol_or_asset_id: str, *, timeout: Timeout = None) -> Plan[Position]:
        """The open position in one asset."""
        key = path_param(symbol_or_asset_id, "symbol_or_asset_id")
        response = yield trading(get_position._get_kwargs(key), timeout)
        return parse(response, Position.from_dict)

    @operation
    def close(
        self,
        symbol_or_asset_id: str,
        *,
        qty: DecimalLike | None = None,
        percentage: DecimalLike | None = None,
        timeout: Timeout = None,
    ) -> Plan[Order]:
        """Close all of a position, ``qty`` shares of it, or ``percentage`` (0–100) of it.

        Not resent once it may have reached the server (it places an order and has no id to
        look up): on a lost answer the error's ``may_have_taken_effect`` is true.
        """
        key = path_param(symbol_or_asset_id, "symbol_or_asset_id")
        if qty is not None and percentage is not None:
            raise ValueError("qty: give either qty or percentage, not both")
        share = None if percentage is None else decimal_param(percentage, "percentage")
        if share is not None and share > 100:
            raise ValueError(f"percentage: must be at most 100, got {percentage!r}")
        amount = None if qty is None else decimal_param(qty, "qty")
        kwargs = close_position._get_kwargs(key, **given(qty=amount, percentage=share))
        response = yield trading(kwargs, timeout)
        return parse(response, Order.from_dict)

    @operation
    def close_all(
        self, *, cancel_orders: bool = False, timeout: Timeout = None
    ) -> Plan[Records[ClosePositionResult]]:
        """Close every position; with ``cancel_orders`` open orders are cancelled first."""
        kwargs = close_all_positions._get_kwargs(
            cancel_orders=bool_param(cancel_orders, "cancel_orders")
        )
        response = yield trading(kwargs, timeout)
        return parse(response, records(ClosePositionResult.from_dict))

    @operation
    def exercise(self, symbol_or_contract_id: str, *, timeout: Timeout = None) -> Plan[None]:
        """Exercise every available contract of a held option position now (Alpaca rejects
        requests between the close and midnight)."""
        key = path_param(symbol_or_contract_id, "symbol_or_contract_id")
        yield trading(exercise_option_position._get_kwargs(key), timeout)

    @operation
    def do_not_exercise(self, symbol_or_contract_id: str, *, timeout: Timeout = None) -> Plan[None]:
        """Keep a held option position from being exercised automatically at expiry."""
        key = path_param(symbol_or_contract_id, "symbol_or_contract_id")
        yield trading(do_not_exercise_option_position._get_kwargs(key), timeout)
