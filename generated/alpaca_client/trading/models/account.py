from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing as parsing
from ..models.account_status import AccountStatus

if TYPE_CHECKING:
    from ..models.account_configuration_map import AccountConfigurationMap


@_attrs_define
class Account:
    id: str
    """ Account id. """
    status: AccountStatus
    account_number: str | None = None
    crypto_status: AccountStatus | None = None
    crypto_tier: int | None = None
    currency: str | None = None
    """ Account currency, e.g. USD. """
    created_at: datetime.datetime | None = None
    balance_asof: datetime.date | None = None
    """ Date of the last balance snapshot. """
    cash: Decimal | None = None
    buying_power: Decimal | None = None
    effective_buying_power: Decimal | None = None
    regt_buying_power: Decimal | None = None
    daytrading_buying_power: Decimal | None = None
    non_marginable_buying_power: Decimal | None = None
    options_buying_power: Decimal | None = None
    bod_dtbp: Decimal | None = None
    """ Day-trading buying power at the start of the day. """
    equity: Decimal | None = None
    last_equity: Decimal | None = None
    """ Equity at the previous close. """
    portfolio_value: Decimal | None = None
    long_market_value: Decimal | None = None
    short_market_value: Decimal | None = None
    position_market_value: Decimal | None = None
    initial_margin: Decimal | None = None
    maintenance_margin: Decimal | None = None
    last_maintenance_margin: Decimal | None = None
    sma: Decimal | None = None
    multiplier: Decimal | None = None
    """ Margin multiplier (1, 2 or 4). """
    accrued_fees: Decimal | None = None
    pending_reg_taf_fees: Decimal | None = None
    intraday_adjustments: Decimal | None = None
    pending_transfer_in: Decimal | None = None
    pending_transfer_out: Decimal | None = None
    daytrade_count: int | None = None
    pattern_day_trader: bool | None = None
    shorting_enabled: bool | None = None
    trading_blocked: bool | None = None
    transfers_blocked: bool | None = None
    account_blocked: bool | None = None
    trade_suspended_by_user: bool | None = None
    options_approved_level: int | None = None
    """ Options level approved for the account (0-3). """
    options_trading_level: int | None = None
    """ Options level in effect (0-3). """
    admin_configurations: AccountConfigurationMap | None = None
    """ Settings applied by Alpaca (free-form). """
    user_configurations: AccountConfigurationMap | None = None
    """ Settings chosen by the user (free-form). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["status"] = self.status.value
        if self.account_number is not None:
            field_dict["account_number"] = self.account_number
        if self.crypto_status is not None:
            field_dict["crypto_status"] = self.crypto_status.value
        if self.crypto_tier is not None:
            field_dict["crypto_tier"] = self.crypto_tier
        if self.currency is not None:
            field_dict["currency"] = self.currency
        if self.created_at is not None:
            field_dict["created_at"] = self.created_at.isoformat()
        if self.balance_asof is not None:
            field_dict["balance_asof"] = self.balance_asof.isoformat()
        if self.cash is not None:
            field_dict["cash"] = format(self.cash, "f")
        if self.buying_power is not None:
            field_dict["buying_power"] = format(self.buying_power, "f")
        if self.effective_buying_power is not None:
            field_dict["effective_buying_power"] = format(self.effective_buying_power, "f")
        if self.regt_buying_power is not None:
            field_dict["regt_buying_power"] = format(self.regt_buying_power, "f")
        if self.daytrading_buying_power is not None:
            field_dict["daytrading_buying_power"] = format(self.daytrading_buying_power, "f")
        if self.non_marginable_buying_power is not None:
            field_dict["non_marginable_buying_power"] = format(
                self.non_marginable_buying_power, "f"
            )
        if self.options_buying_power is not None:
            field_dict["options_buying_power"] = format(self.options_buying_power, "f")
        if self.bod_dtbp is not None:
            field_dict["bod_dtbp"] = format(self.bod_dtbp, "f")
        if self.equity is not None:
            field_dict["equity"] = format(self.equity, "f")
        if self.last_equity is not None:
            field_dict["last_equity"] = format(self.last_equity, "f")
        if self.portfolio_value is not None:
            field_dict["portfolio_value"] = format(self.portfolio_value, "f")
        if self.long_market_value is not None:
            field_dict["long_market_value"] = format(self.long_market_value, "f")
        if self.short_market_value is not None:
            field_dict["short_market_value"] = format(self.short_market_value, "f")
        if self.position_market_value is not None:
            field_dict["position_market_value"] = format(self.position_market_value, "f")
        if self.initial_margin is not None:
            field_dict["initial_margin"] = format(self.initial_margin, "f")
        if self.maintenance_margin is not None:
            field_dict["maintenance_margin"] = format(self.maintenance_margin, "f")
        if self.last_maintenance_margin is not None:
            field_dict["last_maintenance_margin"] = format(self.last_maintenance_margin, "f")
        if self.sma is not None:
            field_dict["sma"] = format(self.sma, "f")
        if self.multiplier is not None:
            field_dict["multiplier"] = format(self.multiplier, "f")
        if self.accrued_fees is not None:
            field_dict["accrued_fees"] = format(self.accrued_fees, "f")
        if self.pending_reg_taf_fees is not None:
            field_dict["pending_reg_taf_fees"] = format(self.pending_reg_taf_fees, "f")
        if self.intraday_adjustments is not None:
            field_dict["intraday_adjustments"] = format(self.intraday_adjustments, "f")
        if self.pending_transfer_in is not None:
            field_dict["pending_transfer_in"] = format(self.pending_transfer_in, "f")
        if self.pending_transfer_out is not None:
            field_dict["pending_transfer_out"] = format(self.pending_transfer_out, "f")
        if self.daytrade_count is not None:
            field_dict["daytrade_count"] = self.daytrade_count
        if self.pattern_day_trader is not None:
            field_dict["pattern_day_trader"] = self.pattern_day_trader
        if self.shorting_enabled is not None:
            field_dict["shorting_enabled"] = self.shorting_enabled
        if self.trading_blocked is not None:
            field_dict["trading_blocked"] = self.trading_blocked
        if self.transfers_blocked is not None:
            field_dict["transfers_blocked"] = self.transfers_blocked
        if self.account_blocked is not None:
            field_dict["account_blocked"] = self.account_blocked
        if self.trade_suspended_by_user is not None:
            field_dict["trade_suspended_by_user"] = self.trade_suspended_by_user
        if self.options_approved_level is not None:
            field_dict["options_approved_level"] = self.options_approved_level
        if self.options_trading_level is not None:
            field_dict["options_trading_level"] = self.options_trading_level
        if self.admin_configurations is not None:
            field_dict["admin_configurations"] = self.admin_configurations.to_dict()
        if self.user_configurations is not None:
            field_dict["user_configurations"] = self.user_configurations.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a decoded JSON object; raises ``ResponseParseError`` when it is not this shape."""
        from ..models.account_configuration_map import AccountConfigurationMap  # noqa: PLC0415

        data = parsing.mapping(src_dict)
        try:
            _id = data["id"]
            _status = data["status"]
        except KeyError as error:
            raise parsing.missing(error, data) from None
        _account_number = data.get("account_number")
        _crypto_status = data.get("crypto_status")
        _crypto_tier = data.get("crypto_tier")
        _currency = data.get("currency")
        _created_at = data.get("created_at")
        _balance_asof = data.get("balance_asof")
        _cash = data.get("cash")
        _buying_power = data.get("buying_power")
        _effective_buying_power = data.get("effective_buying_power")
        _regt_buying_power = data.get("regt_buying_power")
        _daytrading_buying_power = data.get("daytrading_buying_power")
        _non_marginable_buying_power = data.get("non_marginable_buying_power")
        _options_buying_power = data.get("options_buying_power")
        _bod_dtbp = data.get("bod_dtbp")
        _equity = data.get("equity")
        _last_equity = data.get("last_equity")
        _portfolio_value = data.get("portfolio_value")
        _long_market_value = data.get("long_market_value")
        _short_market_value = data.get("short_market_value")
        _position_market_value = data.get("position_market_value")
        _initial_margin = data.get("initial_margin")
        _maintenance_margin = data.get("maintenance_margin")
        _last_maintenance_margin = data.get("last_maintenance_margin")
        _sma = data.get("sma")
        _multiplier = data.get("multiplier")
        _accrued_fees = data.get("accrued_fees")
        _pending_reg_taf_fees = data.get("pending_reg_taf_fees")
        _intraday_adjustments = data.get("intraday_adjustments")
        _pending_transfer_in = data.get("pending_transfer_in")
        _pending_transfer_out = data.get("pending_transfer_out")
        _daytrade_count = data.get("daytrade_count")
        _pattern_day_trader = data.get("pattern_day_trader")
        _shorting_enabled = data.get("shorting_enabled")
        _trading_blocked = data.get("trading_blocked")
        _transfers_blocked = data.get("transfers_blocked")
        _account_blocked = data.get("account_blocked")
        _trade_suspended_by_user = data.get("trade_suspended_by_user")
        _options_approved_level = data.get("options_approved_level")
        _options_trading_level = data.get("options_trading_level")
        _admin_configurations = data.get("admin_configurations")
        _user_configurations = data.get("user_configurations")
        result = cls(
            id=parsing.string(_id, "id"),
            status=parsing.str_enum(AccountStatus, _status, "status"),
            account_number=None
            if _account_number is None
            else parsing.string(_account_number, "account_number"),
            crypto_status=None
            if _crypto_status is None
            else parsing.str_enum(AccountStatus, _crypto_status, "crypto_status"),
            crypto_tier=None
            if _crypto_tier is None
            else parsing.integer(_crypto_tier, "crypto_tier"),
            currency=None if _currency is None else parsing.string(_currency, "currency"),
            created_at=None
            if _created_at is None
            else parsing.date_time(_created_at, "created_at"),
            balance_asof=None
            if _balance_asof is None
            else parsing.date(_balance_asof, "balance_asof"),
            cash=None if _cash is None else parsing.decimal(_cash, "cash"),
            buying_power=None
            if _buying_power is None
            else parsing.decimal(_buying_power, "buying_power"),
            effective_buying_power=None
            if _effective_buying_power is None
            else parsing.decimal(_effective_buying_power, "effective_buying_power"),
            regt_buying_power=None
            if _regt_buying_power is None
            else parsing.decimal(_regt_buying_power, "regt_buying_power"),
            daytrading_buying_power=None
            if _daytrading_buying_power is None
            else parsing.decimal(_daytrading_buying_power, "daytrading_buying_power"),
            non_marginable_buying_power=None
            if _non_marginable_buying_power is None
            else parsing.decimal(_non_marginable_buying_power, "non_marginable_buying_power"),
            options_buying_power=None
            if _options_buying_power is None
            else parsing.decimal(_options_buying_power, "options_buying_power"),
            bod_dtbp=None if _bod_dtbp is None else parsing.decimal(_bod_dtbp, "bod_dtbp"),
            equity=None if _equity is None else parsing.decimal(_equity, "equity"),
            last_equity=None
            if _last_equity is None
            else parsing.decimal(_last_equity, "last_equity"),
            portfolio_value=None
            if _portfolio_value is None
            else parsing.decimal(_portfolio_value, "portfolio_value"),
            long_market_value=None
            if _long_market_value is None
            else parsing.decimal(_long_market_value, "long_market_value"),
            short_market_value=None
            if _short_market_value is None
            else parsing.decimal(_short_market_value, "short_market_value"),
            position_market_value=None
            if _position_market_value is None
            else parsing.decimal(_position_market_value, "position_market_value"),
            initial_margin=None
            if _initial_margin is None
            else parsing.decimal(_initial_margin, "initial_margin"),
            maintenance_margin=None
            if _maintenance_margin is None
            else parsing.decimal(_maintenance_margin, "maintenance_margin"),
            last_maintenance_margin=None
            if _last_maintenance_margin is None
            else parsing.decimal(_last_maintenance_margin, "last_maintenance_margin"),
            sma=None if _sma is None else parsing.decimal(_sma, "sma"),
            multiplier=None if _multiplier is None else parsing.decimal(_multiplier, "multiplier"),
            accrued_fees=None
            if _accrued_fees is None
            else parsing.decimal(_accrued_fees, "accrued_fees"),
            pending_reg_taf_fees=None
            if _pending_reg_taf_fees is None
            else parsing.decimal(_pending_reg_taf_fees, "pending_reg_taf_fees"),
            intraday_adjustments=None
            if _intraday_adjustments is None
            else parsing.decimal(_intraday_adjustments, "intraday_adjustments"),
            pending_transfer_in=None
            if _pending_transfer_in is None
            else parsing.decimal(_pending_transfer_in, "pending_transfer_in"),
            pending_transfer_out=None
            if _pending_transfer_out is None
            else parsing.decimal(_pending_transfer_out, "pending_transfer_out"),
            daytrade_count=None
            if _daytrade_count is None
            else parsing.integer(_daytrade_count, "daytrade_count"),
            pattern_day_trader=None
            if _pattern_day_trader is None
            else parsing.boolean(_pattern_day_trader, "pattern_day_trader"),
            shorting_enabled=None
            if _shorting_enabled is None
            else parsing.boolean(_shorting_enabled, "shorting_enabled"),
            trading_blocked=None
            if _trading_blocked is None
            else parsing.boolean(_trading_blocked, "trading_blocked"),
            transfers_blocked=None
            if _transfers_blocked is None
            else parsing.boolean(_transfers_blocked, "transfers_blocked"),
            account_blocked=None
            if _account_blocked is None
            else parsing.boolean(_account_blocked, "account_blocked"),
            trade_suspended_by_user=None
            if _trade_suspended_by_user is None
            else parsing.boolean(_trade_suspended_by_user, "trade_suspended_by_user"),
            options_approved_level=None
            if _options_approved_level is None
            else parsing.integer(_options_approved_level, "options_approved_level"),
            options_trading_level=None
            if _options_trading_level is None
            else parsing.integer(_options_trading_level, "options_trading_level"),
            admin_configurations=None
            if _admin_configurations is None
            else parsing.model(
                AccountConfigurationMap.from_dict, _admin_configurations, "admin_configurations"
            ),
            user_configurations=None
            if _user_configurations is None
            else parsing.model(
                AccountConfigurationMap.from_dict, _user_configurations, "user_configurations"
            ),
        )
        result.additional_properties = {
            name: value for name, value in data.items() if name not in _KEYS
        }
        result.raw = dict(data)
        return result

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "status",
        "account_number",
        "crypto_status",
        "crypto_tier",
        "currency",
        "created_at",
        "balance_asof",
        "cash",
        "buying_power",
        "effective_buying_power",
        "regt_buying_power",
        "daytrading_buying_power",
        "non_marginable_buying_power",
        "options_buying_power",
        "bod_dtbp",
        "equity",
        "last_equity",
        "portfolio_value",
        "long_market_value",
        "short_market_value",
        "position_market_value",
        "initial_margin",
        "maintenance_margin",
        "last_maintenance_margin",
        "sma",
        "multiplier",
        "accrued_fees",
        "pending_reg_taf_fees",
        "intraday_adjustments",
        "pending_transfer_in",
        "pending_transfer_out",
        "daytrade_count",
        "pattern_day_trader",
        "shorting_enabled",
        "trading_blocked",
        "transfers_blocked",
        "account_blocked",
        "trade_suspended_by_user",
        "options_approved_level",
        "options_trading_level",
        "admin_configurations",
        "user_configurations",
    }
)
