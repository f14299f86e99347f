from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.account_status import AccountStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_configuration_map import AccountConfigurationMap


T = TypeVar("T", bound="Account")


@_attrs_define
class Account:
    id: str
    """ Account id. """
    status: AccountStatus
    account_number: str | Unset = UNSET
    crypto_status: AccountStatus | Unset = UNSET
    crypto_tier: int | Unset = UNSET
    currency: str | Unset = UNSET
    """ Account currency, e.g. USD. """
    created_at: datetime.datetime | Unset = UNSET
    balance_asof: datetime.date | None | Unset = UNSET
    """ Date of the last balance snapshot. """
    cash: Decimal | Unset = UNSET
    buying_power: Decimal | Unset = UNSET
    effective_buying_power: Decimal | Unset = UNSET
    regt_buying_power: Decimal | Unset = UNSET
    daytrading_buying_power: Decimal | Unset = UNSET
    non_marginable_buying_power: Decimal | Unset = UNSET
    options_buying_power: Decimal | Unset = UNSET
    bod_dtbp: Decimal | Unset = UNSET
    """ Day-trading buying power at the start of the day. """
    equity: Decimal | Unset = UNSET
    last_equity: Decimal | Unset = UNSET
    """ Equity at the previous close. """
    portfolio_value: Decimal | Unset = UNSET
    long_market_value: Decimal | Unset = UNSET
    short_market_value: Decimal | Unset = UNSET
    position_market_value: Decimal | Unset = UNSET
    initial_margin: Decimal | Unset = UNSET
    maintenance_margin: Decimal | Unset = UNSET
    last_maintenance_margin: Decimal | Unset = UNSET
    sma: Decimal | Unset = UNSET
    multiplier: Decimal | Unset = UNSET
    """ Margin multiplier (1, 2 or 4). """
    accrued_fees: Decimal | Unset = UNSET
    pending_reg_taf_fees: Decimal | Unset = UNSET
    intraday_adjustments: Decimal | Unset = UNSET
    pending_transfer_in: Decimal | None | Unset = UNSET
    pending_transfer_out: Decimal | None | Unset = UNSET
    daytrade_count: int | Unset = UNSET
    pattern_day_trader: bool | Unset = UNSET
    shorting_enabled: bool | Unset = UNSET
    trading_blocked: bool | Unset = UNSET
    transfers_blocked: bool | Unset = UNSET
    account_blocked: bool | Unset = UNSET
    trade_suspended_by_user: bool | Unset = UNSET
    options_approved_level: int | Unset = UNSET
    """ Options level approved for the account (0-3). """
    options_trading_level: int | Unset = UNSET
    """ Options level in effect (0-3). """
    admin_configurations: AccountConfigurationMap | None | Unset = UNSET
    """ Settings applied by Alpaca (free-form). """
    user_configurations: AccountConfigurationMap | None | Unset = UNSET
    """ Settings chosen by the user (free-form). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.account_configuration_map import AccountConfigurationMap  # noqa: PLC0415

        id = self.id

        status = self.status.value

        account_number = self.account_number

        crypto_status: str | Unset = UNSET
        if not isinstance(self.crypto_status, Unset):
            crypto_status = self.crypto_status.value

        crypto_tier = self.crypto_tier

        currency = self.currency

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        balance_asof: None | str | Unset
        if isinstance(self.balance_asof, Unset):
            balance_asof = UNSET
        elif isinstance(self.balance_asof, datetime.date):
            balance_asof = self.balance_asof.isoformat()
        else:
            balance_asof = self.balance_asof

        cash: str | Unset = UNSET
        if not isinstance(self.cash, Unset):
            cash = format(self.cash, "f")

        buying_power: str | Unset = UNSET
        if not isinstance(self.buying_power, Unset):
            buying_power = format(self.buying_power, "f")

        effective_buying_power: str | Unset = UNSET
        if not isinstance(self.effective_buying_power, Unset):
            effective_buying_power = format(self.effective_buying_power, "f")

        regt_buying_power: str | Unset = UNSET
        if not isinstance(self.regt_buying_power, Unset):
            regt_buying_power = format(self.regt_buying_power, "f")

        daytrading_buying_power: str | Unset = UNSET
        if not isinstance(self.daytrading_buying_power, Unset):
            daytrading_buying_power = format(self.daytrading_buying_power, "f")

        non_marginable_buying_power: str | Unset = UNSET
        if not isinstance(self.non_marginable_buying_power, Unset):
            non_marginable_buying_power = format(self.non_marginable_buying_power, "f")

        options_buying_power: str | Unset = UNSET
        if not isinstance(self.options_buying_power, Unset):
            options_buying_power = format(self.options_buying_power, "f")

        bod_dtbp: str | Unset = UNSET
        if not isinstance(self.bod_dtbp, Unset):
            bod_dtbp = format(self.bod_dtbp, "f")

        equity: str | Unset = UNSET
        if not isinstance(self.equity, Unset):
            equity = format(self.equity, "f")

        last_equity: str | Unset = UNSET
        if not isinstance(self.last_equity, Unset):
            last_equity = format(self.last_equity, "f")

        portfolio_value: str | Unset = UNSET
        if not isinstance(self.portfolio_value, Unset):
            portfolio_value = format(self.portfolio_value, "f")

        long_market_value: str | Unset = UNSET
        if not isinstance(self.long_market_value, Unset):
            long_market_value = format(self.long_market_value, "f")

        short_market_value: str | Unset = UNSET
        if not isinstance(self.short_market_value, Unset):
            short_market_value = format(self.short_market_value, "f")

        position_market_value: str | Unset = UNSET
        if not isinstance(self.position_market_value, Unset):
            position_market_value = format(self.position_market_value, "f")

        initial_margin: str | Unset = UNSET
        if not isinstance(self.initial_margin, Unset):
            initial_margin = format(self.initial_margin, "f")

        maintenance_margin: str | Unset = UNSET
        if not isinstance(self.maintenance_margin, Unset):
            maintenance_margin = format(self.maintenance_margin, "f")

        last_maintenance_margin: str | Unset = UNSET
        if not isinstance(self.last_maintenance_margin, Unset):
            last_maintenance_margin = format(self.last_maintenance_margin, "f")

        sma: str | Unset = UNSET
        if not isinstance(self.sma, Unset):
            sma = format(self.sma, "f")

        multiplier: str | Unset = UNSET
        if not isinstance(self.multiplier, Unset):
            multiplier = format(self.multiplier, "f")

        accrued_fees: str | Unset = UNSET
        if not isinstance(self.accrued_fees, Unset):
            accrued_fees = format(self.accrued_fees, "f")

        pending_reg_taf_fees: str | Unset = UNSET
        if not isinstance(self.pending_reg_taf_fees, Unset):
            pending_reg_taf_fees = format(self.pending_reg_taf_fees, "f")

        intraday_adjustments: str | Unset = UNSET
        if not isinstance(self.intraday_adjustments, Unset):
            intraday_adjustments = format(self.intraday_adjustments, "f")

        pending_transfer_in: None | str | Unset
        if isinstance(self.pending_transfer_in, Unset):
            pending_transfer_in = UNSET
        elif isinstance(self.pending_transfer_in, Decimal):
            pending_transfer_in = format(self.pending_transfer_in, "f")
        else:
            pending_transfer_in = self.pending_transfer_in

        pending_transfer_out: None | str | Unset
        if isinstance(self.pending_transfer_out, Unset):
            pending_transfer_out = UNSET
        elif isinstance(self.pending_transfer_out, Decimal):
            pending_transfer_out = format(self.pending_transfer_out, "f")
        else:
            pending_transfer_out = self.pending_transfer_out

        daytrade_count = self.daytrade_count

        pattern_day_trader = self.pattern_day_trader

        shorting_enabled = self.shorting_enabled

        trading_blocked = self.trading_blocked

        transfers_blocked = self.transfers_blocked

        account_blocked = self.account_blocked

        trade_suspended_by_user = self.trade_suspended_by_user

        options_approved_level = self.options_approved_level

        options_trading_level = self.options_trading_level

        admin_configurations: dict[str, Any] | None | Unset
        if isinstance(self.admin_configurations, Unset):
            admin_configurations = UNSET
        elif isinstance(self.admin_configurations, AccountConfigurationMap):
            admin_configurations = self.admin_configurations.to_dict()
        else:
            admin_configurations = self.admin_configurations

        user_configurations: dict[str, Any] | None | Unset
        if isinstance(self.user_configurations, Unset):
            user_configurations = UNSET
        elif isinstance(self.user_configurations, AccountConfigurationMap):
            user_configurations = self.user_configurations.to_dict()
        else:
            user_configurations = self.user_configurations

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
            }
        )
        if account_number is not UNSET:
            field_dict["account_number"] = account_number
        if crypto_status is not UNSET:
            field_dict["crypto_status"] = crypto_status
        if crypto_tier is not UNSET:
            field_dict["crypto_tier"] = crypto_tier
        if currency is not UNSET:
            field_dict["currency"] = currency
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if balance_asof is not UNSET:
            field_dict["balance_asof"] = balance_asof
        if cash is not UNSET:
            field_dict["cash"] = cash
        if buying_power is not UNSET:
            field_dict["buying_power"] = buying_power
        if effective_buying_power is not UNSET:
            field_dict["effective_buying_power"] = effective_buying_power
        if regt_buying_power is not UNSET:
            field_dict["regt_buying_power"] = regt_buying_power
        if daytrading_buying_power is not UNSET:
            field_dict["daytrading_buying_power"] = daytrading_buying_power
        if non_marginable_buying_power is not UNSET:
            field_dict["non_marginable_buying_power"] = non_marginable_buying_power
        if options_buying_power is not UNSET:
            field_dict["options_buying_power"] = options_buying_power
        if bod_dtbp is not UNSET:
            field_dict["bod_dtbp"] = bod_dtbp
        if equity is not UNSET:
            field_dict["equity"] = equity
        if last_equity is not UNSET:
            field_dict["last_equity"] = last_equity
        if portfolio_value is not UNSET:
            field_dict["portfolio_value"] = portfolio_value
        if long_market_value is not UNSET:
            field_dict["long_market_value"] = long_market_value
        if short_market_value is not UNSET:
            field_dict["short_market_value"] = short_market_value
        if position_market_value is not UNSET:
            field_dict["position_market_value"] = position_market_value
        if initial_margin is not UNSET:
            field_dict["initial_margin"] = initial_margin
        if maintenance_margin is not UNSET:
            field_dict["maintenance_margin"] = maintenance_margin
        if last_maintenance_margin is not UNSET:
            field_dict["last_maintenance_margin"] = last_maintenance_margin
        if sma is not UNSET:
            field_dict["sma"] = sma
        if multiplier is not UNSET:
            field_dict["multiplier"] = multiplier
        if accrued_fees is not UNSET:
            field_dict["accrued_fees"] = accrued_fees
        if pending_reg_taf_fees is not UNSET:
            field_dict["pending_reg_taf_fees"] = pending_reg_taf_fees
        if intraday_adjustments is not UNSET:
            field_dict["intraday_adjustments"] = intraday_adjustments
        if pending_transfer_in is not UNSET:
            field_dict["pending_transfer_in"] = pending_transfer_in
        if pending_transfer_out is not UNSET:
            field_dict["pending_transfer_out"] = pending_transfer_out
        if daytrade_count is not UNSET:
            field_dict["daytrade_count"] = daytrade_count
        if pattern_day_trader is not UNSET:
            field_dict["pattern_day_trader"] = pattern_day_trader
        if shorting_enabled is not UNSET:
            field_dict["shorting_enabled"] = shorting_enabled
        if trading_blocked is not UNSET:
            field_dict["trading_blocked"] = trading_blocked
        if transfers_blocked is not UNSET:
            field_dict["transfers_blocked"] = transfers_blocked
        if account_blocked is not UNSET:
            field_dict["account_blocked"] = account_blocked
        if trade_suspended_by_user is not UNSET:
            field_dict["trade_suspended_by_user"] = trade_suspended_by_user
        if options_approved_level is not UNSET:
            field_dict["options_approved_level"] = options_approved_level
        if options_trading_level is not UNSET:
            field_dict["options_trading_level"] = options_trading_level
        if admin_configurations is not UNSET:
            field_dict["admin_configurations"] = admin_configurations
        if user_configurations is not UNSET:
            field_dict["user_configurations"] = user_configurations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.account_configuration_map import AccountConfigurationMap  # noqa: PLC0415

        _data = dict(src_dict)
        id = _data.pop("id")

        status = AccountStatus(_data.pop("status"))

        account_number = _data.pop("account_number", UNSET)

        _crypto_status = _data.pop("crypto_status", UNSET)
        crypto_status: AccountStatus | Unset
        if isinstance(_crypto_status, Unset):
            crypto_status = UNSET
        else:
            crypto_status = AccountStatus(_crypto_status)

        crypto_tier = _data.pop("crypto_tier", UNSET)

        currency = _data.pop("currency", UNSET)

        _created_at = _data.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        def _parse_balance_asof(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                balance_asof_type_0 = datetime.date.fromisoformat(data)

                return balance_asof_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        balance_asof = _parse_balance_asof(_data.pop("balance_asof", UNSET))

        _cash = _data.pop("cash", UNSET)
        cash: Decimal | Unset
        if isinstance(_cash, Unset):
            cash = UNSET
        else:
            cash = Decimal(str(_cash))

        _buying_power = _data.pop("buying_power", UNSET)
        buying_power: Decimal | Unset
        if isinstance(_buying_power, Unset):
            buying_power = UNSET
        else:
            buying_power = Decimal(str(_buying_power))

        _effective_buying_power = _data.pop("effective_buying_power", UNSET)
        effective_buying_power: Decimal | Unset
        if isinstance(_effective_buying_power, Unset):
            effective_buying_power = UNSET
        else:
            effective_buying_power = Decimal(str(_effective_buying_power))

        _regt_buying_power = _data.pop("regt_buying_power", UNSET)
        regt_buying_power: Decimal | Unset
        if isinstance(_regt_buying_power, Unset):
            regt_buying_power = UNSET
        else:
            regt_buying_power = Decimal(str(_regt_buying_power))

        _daytrading_buying_power = _data.pop("daytrading_buying_power", UNSET)
        daytrading_buying_power: Decimal | Unset
        if isinstance(_daytrading_buying_power, Unset):
            daytrading_buying_power = UNSET
        else:
            daytrading_buying_power = Decimal(str(_daytrading_buying_power))

        _non_marginable_buying_power = _data.pop("non_marginable_buying_power", UNSET)
        non_marginable_buying_power: Decimal | Unset
        if isinstance(_non_marginable_buying_power, Unset):
            non_marginable_buying_power = UNSET
        else:
            non_marginable_buying_power = Decimal(str(_non_marginable_buying_power))

        _options_buying_power = _data.pop("options_buying_power", UNSET)
        options_buying_power: Decimal | Unset
        if isinstance(_options_buying_power, Unset):
            options_buying_power = UNSET
        else:
            options_buying_power = Decimal(str(_options_buying_power))

        _bod_dtbp = _data.pop("bod_dtbp", UNSET)
        bod_dtbp: Decimal | Unset
        if isinstance(_bod_dtbp, Unset):
            bod_dtbp = UNSET
        else:
            bod_dtbp = Decimal(str(_bod_dtbp))

        _equity = _data.pop("equity", UNSET)
        equity: Decimal | Unset
        if isinstance(_equity, Unset):
            equity = UNSET
        else:
            equity = Decimal(str(_equity))

        _last_equity = _data.pop("last_equity", UNSET)
        last_equity: Decimal | Unset
        if isinstance(_last_equity, Unset):
            last_equity = UNSET
        else:
            last_equity = Decimal(str(_last_equity))

        _portfolio_value = _data.pop("portfolio_value", UNSET)
        portfolio_value: Decimal | Unset
        if isinstance(_portfolio_value, Unset):
            portfolio_value = UNSET
        else:
            portfolio_value = Decimal(str(_portfolio_value))

        _long_market_value = _data.pop("long_market_value", UNSET)
        long_market_value: Decimal | Unset
        if isinstance(_long_market_value, Unset):
            long_market_value = UNSET
        else:
            long_market_value = Decimal(str(_long_market_value))

        _short_market_value = _data.pop("short_market_value", UNSET)
        short_market_value: Decimal | Unset
        if isinstance(_short_market_value, Unset):
            short_market_value = UNSET
        else:
            short_market_value = Decimal(str(_short_market_value))

        _position_market_value = _data.pop("position_market_value", UNSET)
        position_market_value: Decimal | Unset
        if isinstance(_position_market_value, Unset):
            position_market_value = UNSET
        else:
            position_market_value = Decimal(str(_position_market_value))

        _initial_margin = _data.pop("initial_margin", UNSET)
        initial_margin: Decimal | Unset
        if isinstance(_initial_margin, Unset):
            initial_margin = UNSET
        else:
            initial_margin = Decimal(str(_initial_margin))

        _maintenance_margin = _data.pop("maintenance_margin", UNSET)
        maintenance_margin: Decimal | Unset
        if isinstance(_maintenance_margin, Unset):
            maintenance_margin = UNSET
        else:
            maintenance_margin = Decimal(str(_maintenance_margin))

        _last_maintenance_margin = _data.pop("last_maintenance_margin", UNSET)
        last_maintenance_margin: Decimal | Unset
        if isinstance(_last_maintenance_margin, Unset):
            last_maintenance_margin = UNSET
        else:
            last_maintenance_margin = Decimal(str(_last_maintenance_margin))

        _sma = _data.pop("sma", UNSET)
        sma: Decimal | Unset
        if isinstance(_sma, Unset):
            sma = UNSET
        else:
            sma = Decimal(str(_sma))

        _multiplier = _data.pop("multiplier", UNSET)
        multiplier: Decimal | Unset
        if isinstance(_multiplier, Unset):
            multiplier = UNSET
        else:
            multiplier = Decimal(str(_multiplier))

        _accrued_fees = _data.pop("accrued_fees", UNSET)
        accrued_fees: Decimal | Unset
        if isinstance(_accrued_fees, Unset):
            accrued_fees = UNSET
        else:
            accrued_fees = Decimal(str(_accrued_fees))

        _pending_reg_taf_fees = _data.pop("pending_reg_taf_fees", UNSET)
        pending_reg_taf_fees: Decimal | Unset
        if isinstance(_pending_reg_taf_fees, Unset):
            pending_reg_taf_fees = UNSET
        else:
            pending_reg_taf_fees = Decimal(str(_pending_reg_taf_fees))

        _intraday_adjustments = _data.pop("intraday_adjustments", UNSET)
        intraday_adjustments: Decimal | Unset
        if isinstance(_intraday_adjustments, Unset):
            intraday_adjustments = UNSET
        else:
            intraday_adjustments = Decimal(str(_intraday_adjustments))

        def _parse_pending_transfer_in(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, (str, int, float)):
                    raise TypeError()
                pending_transfer_in_type_0 = Decimal(str(data))

                return pending_transfer_in_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        pending_transfer_in = _parse_pending_transfer_in(_data.pop("pending_transfer_in", UNSET))

        def _parse_pending_transfer_out(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, (str, int, float)):
                    raise TypeError()
                pending_transfer_out_type_0 = Decimal(str(data))

                return pending_transfer_out_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        pending_transfer_out = _parse_pending_transfer_out(_data.pop("pending_transfer_out", UNSET))

        daytrade_count = _data.pop("daytrade_count", UNSET)

        pattern_day_trader = _data.pop("pattern_day_trader", UNSET)

        shorting_enabled = _data.pop("shorting_enabled", UNSET)

        trading_blocked = _data.pop("trading_blocked", UNSET)

        transfers_blocked = _data.pop("transfers_blocked", UNSET)

        account_blocked = _data.pop("account_blocked", UNSET)

        trade_suspended_by_user = _data.pop("trade_suspended_by_user", UNSET)

        options_approved_level = _data.pop("options_approved_level", UNSET)

        options_trading_level = _data.pop("options_trading_level", UNSET)

        def _parse_admin_configurations(data: object) -> AccountConfigurationMap | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                admin_configurations_type_1 = AccountConfigurationMap.from_dict(data)

                return admin_configurations_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AccountConfigurationMap | None | Unset, data)

        admin_configurations = _parse_admin_configurations(_data.pop("admin_configurations", UNSET))

        def _parse_user_configurations(data: object) -> AccountConfigurationMap | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                user_configurations_type_1 = AccountConfigurationMap.from_dict(data)

                return user_configurations_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AccountConfigurationMap | None | Unset, data)

        user_configurations = _parse_user_configurations(_data.pop("user_configurations", UNSET))

        account = cls(
            id=id,
            status=status,
            account_number=account_number,
            crypto_status=crypto_status,
            crypto_tier=crypto_tier,
            currency=currency,
            created_at=created_at,
            balance_asof=balance_asof,
            cash=cash,
            buying_power=buying_power,
            effective_buying_power=effective_buying_power,
            regt_buying_power=regt_buying_power,
            daytrading_buying_power=daytrading_buying_power,
            non_marginable_buying_power=non_marginable_buying_power,
            options_buying_power=options_buying_power,
            bod_dtbp=bod_dtbp,
            equity=equity,
            last_equity=last_equity,
            portfolio_value=portfolio_value,
            long_market_value=long_market_value,
            short_market_value=short_market_value,
            position_market_value=position_market_value,
            initial_margin=initial_margin,
            maintenance_margin=maintenance_margin,
            last_maintenance_margin=last_maintenance_margin,
            sma=sma,
            multiplier=multiplier,
            accrued_fees=accrued_fees,
            pending_reg_taf_fees=pending_reg_taf_fees,
            intraday_adjustments=intraday_adjustments,
            pending_transfer_in=pending_transfer_in,
            pending_transfer_out=pending_transfer_out,
            daytrade_count=daytrade_count,
            pattern_day_trader=pattern_day_trader,
            shorting_enabled=shorting_enabled,
            trading_blocked=trading_blocked,
            transfers_blocked=transfers_blocked,
            account_blocked=account_blocked,
            trade_suspended_by_user=trade_suspended_by_user,
            options_approved_level=options_approved_level,
            options_trading_level=options_trading_level,
            admin_configurations=admin_configurations,
            user_configurations=user_configurations,
        )

        account.additional_properties = _data
        account.raw = dict(src_dict)
        return account

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
