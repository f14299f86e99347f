from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.day_trade_check import DayTradeCheck
from ..models.trade_confirm_email import TradeConfirmEmail
from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountConfigurations")


@_attrs_define
class AccountConfigurations:
    """The account's trading settings."""

    disable_overnight_trading: bool | Unset = UNSET
    """ True blocks trading in the overnight session. """
    dtbp_check: DayTradeCheck | Unset = UNSET
    """ Which orders a day-trading check applies to. """
    fractional_trading: bool | Unset = UNSET
    """ True allows fractional quantities. """
    max_margin_multiplier: str | Unset = UNSET
    """ Highest margin multiplier to use, "1", "2" or "4". """
    max_options_trading_level: int | Unset = UNSET
    """ Highest options level wanted (0 none, 1 covered calls and cash-secured puts, 2 long calls/puts, 3 spreads
    and straddles). """
    no_shorting: bool | Unset = UNSET
    """ True makes the account long-only. """
    pdt_check: DayTradeCheck | Unset = UNSET
    """ Which orders a day-trading check applies to. """
    ptp_no_exception_entry: bool | Unset = UNSET
    """ True accepts orders for publicly traded partnerships without a qualified notice. """
    suspend_trade: bool | Unset = UNSET
    """ True blocks new orders. """
    trade_confirm_email: TradeConfirmEmail | Unset = UNSET
    """ Whether fill confirmation emails are sent. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        disable_overnight_trading = self.disable_overnight_trading

        dtbp_check: str | Unset = UNSET
        if not isinstance(self.dtbp_check, Unset):
            dtbp_check = self.dtbp_check.value

        fractional_trading = self.fractional_trading

        max_margin_multiplier = self.max_margin_multiplier

        max_options_trading_level = self.max_options_trading_level

        no_shorting = self.no_shorting

        pdt_check: str | Unset = UNSET
        if not isinstance(self.pdt_check, Unset):
            pdt_check = self.pdt_check.value

        ptp_no_exception_entry = self.ptp_no_exception_entry

        suspend_trade = self.suspend_trade

        trade_confirm_email: str | Unset = UNSET
        if not isinstance(self.trade_confirm_email, Unset):
            trade_confirm_email = self.trade_confirm_email.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if disable_overnight_trading is not UNSET:
            field_dict["disable_overnight_trading"] = disable_overnight_trading
        if dtbp_check is not UNSET:
            field_dict["dtbp_check"] = dtbp_check
        if fractional_trading is not UNSET:
            field_dict["fractional_trading"] = fractional_trading
        if max_margin_multiplier is not UNSET:
            field_dict["max_margin_multiplier"] = max_margin_multiplier
        if max_options_trading_level is not UNSET:
            field_dict["max_options_trading_level"] = max_options_trading_level
        if no_shorting is not UNSET:
            field_dict["no_shorting"] = no_shorting
        if pdt_check is not UNSET:
            field_dict["pdt_check"] = pdt_check
        if ptp_no_exception_entry is not UNSET:
            field_dict["ptp_no_exception_entry"] = ptp_no_exception_entry
        if suspend_trade is not UNSET:
            field_dict["suspend_trade"] = suspend_trade
        if trade_confirm_email is not UNSET:
            field_dict["trade_confirm_email"] = trade_confirm_email

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _data = dict(src_dict)
        disable_overnight_trading = _data.pop("disable_overnight_trading", UNSET)

        _dtbp_check = _data.pop("dtbp_check", UNSET)
        dtbp_check: DayTradeCheck | Unset
        if isinstance(_dtbp_check, Unset):
            dtbp_check = UNSET
        else:
            dtbp_check = DayTradeCheck(_dtbp_check)

        fractional_trading = _data.pop("fractional_trading", UNSET)

        max_margin_multiplier = _data.pop("max_margin_multiplier", UNSET)

        max_options_trading_level = _data.pop("max_options_trading_level", UNSET)

        no_shorting = _data.pop("no_shorting", UNSET)

        _pdt_check = _data.pop("pdt_check", UNSET)
        pdt_check: DayTradeCheck | Unset
        if isinstance(_pdt_check, Unset):
            pdt_check = UNSET
        else:
            pdt_check = DayTradeCheck(_pdt_check)

        ptp_no_exception_entry = _data.pop("ptp_no_exception_entry", UNSET)

        suspend_trade = _data.pop("suspend_trade", UNSET)

        _trade_confirm_email = _data.pop("trade_confirm_email", UNSET)
        trade_confirm_email: TradeConfirmEmail | Unset
        if isinstance(_trade_confirm_email, Unset):
            trade_confirm_email = UNSET
        else:
            trade_confirm_email = TradeConfirmEmail(_trade_confirm_email)

        account_configurations = cls(
            disable_overnight_trading=disable_overnight_trading,
            dtbp_check=dtbp_check,
            fractional_trading=fractional_trading,
            max_margin_multiplier=max_margin_multiplier,
            max_options_trading_level=max_options_trading_level,
            no_shorting=no_shorting,
            pdt_check=pdt_check,
            ptp_no_exception_entry=ptp_no_exception_entry,
            suspend_trade=suspend_trade,
            trade_confirm_email=trade_confirm_email,
        )

        account_configurations.additional_properties = _data
        account_configurations.raw = dict(src_dict)
        return account_configurations

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
