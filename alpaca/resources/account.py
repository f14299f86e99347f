"""``client.account``: the trading account and its configurations."""

from __future__ import annotations

from alpaca_client.trading.api.account import (
    get_account,
    get_account_configurations,
    update_account_configurations,
)
from alpaca_client.trading.models import Account as AccountModel
from alpaca_client.trading.models import (
    AccountConfigurations,
    AccountConfigurationsUpdate,
    DayTradeCheck,
    TradeConfirmEmail,
)

from .._operation import M, Plan, Resource, Timeout, given, operation, parse, trading
from .._params import bool_param, enum_param

MARGIN_MULTIPLIERS = ("1", "2", "4")
OPTIONS_LEVELS = range(4)


def _margin_multiplier(value: int | str) -> str:
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise TypeError(f"max_margin_multiplier: expected int or str, got {type(value).__name__}")
    text = str(value).strip()
    if text not in MARGIN_MULTIPLIERS:
        raise ValueError(f"max_margin_multiplier: must be 1, 2 or 4, got {value!r}")
    return text


def _options_level(value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"max_options_trading_level: expected int, got {type(value).__name__}")
    if value not in OPTIONS_LEVELS:
        raise ValueError(f"max_options_trading_level: must be 0 to 3, got {value}")
    return value


def _flag(value: bool | None, name: str) -> bool | None:
    return None if value is None else bool_param(value, name)


class Account(Resource[M]):
    """The account's balances, buying power, status and trading settings."""

    @operation
    def get(self, *, timeout: Timeout = None) -> Plan[AccountModel]:
        """The account as it is now."""
        response = yield trading(get_account._get_kwargs(), timeout)
        return parse(response, AccountModel.from_dict)

    @operation
    def configurations(self, *, timeout: Timeout = None) -> Plan[AccountConfigurations]:
        """The account's trading settings."""
        response = yield trading(get_account_configurations._get_kwargs(), timeout)
        return parse(response, AccountConfigurations.from_dict)

    @operation
    def update_configurations(
        self,
        *,
        disable_overnight_trading: bool | None = None,
        dtbp_check: DayTradeCheck | str | None = None,
        fractional_trading: bool | None = None,
        max_margin_multiplier: int | str | None = None,
        max_options_trading_level: int | None = None,
        no_shorting: bool | None = None,
        pdt_check: DayTradeCheck | str | None = None,
        ptp_no_exception_entry: bool | None = None,
        suspend_trade: bool | None = None,
        trade_confirm_email: TradeConfirmEmail | str | None = None,
        timeout: Timeout = None,
    ) -> Plan[AccountConfigurations]:
        """Change the settings given (only those are sent); returns every setting after it."""
        changes = given(
            disable_overnight_trading=_flag(disable_overnight_trading, "disable_overnight_trading"),
            dtbp_check=enum_param(dtbp_check, DayTradeCheck, "dtbp_check"),
            fractional_trading=_flag(fractional_trading, "fractional_trading"),
            max_margin_multiplier=None
            if max_margin_multiplier is None
            else _margin_multiplier(max_margin_multiplier),
            max_options_trading_level=None
            if max_options_trading_level is None
            else _options_level(max_options_trading_level),
            no_shorting=_flag(no_shorting, "no_shorting"),
            pdt_check=enum_param(pdt_check, DayTradeCheck, "pdt_check"),
            ptp_no_exception_entry=_flag(ptp_no_exception_entry, "ptp_no_exception_entry"),
            suspend_trade=_flag(suspend_trade, "suspend_trade"),
            trade_confirm_email=enum_param(
                trade_confirm_email, TradeConfirmEmail, "trade_confirm_email"
            ),
        )
        if not changes:
            raise ValueError("update_configurations: give at least one setting to change")
        body = AccountConfigurationsUpdate(**changes)
        response = yield trading(update_account_configurations._get_kwargs(body=body), timeout)
        return parse(response, AccountConfigurations.from_dict)
