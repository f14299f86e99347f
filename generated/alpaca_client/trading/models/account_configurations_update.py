from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing as parsing
from ..models.day_trade_check import DayTradeCheck
from ..models.trade_confirm_email import TradeConfirmEmail
from ..types import UNSET, Unset


@_attrs_define
class AccountConfigurationsUpdate:
    """Settings to change; fields left out keep their value."""

    disable_overnight_trading: bool | Unset = UNSET
    dtbp_check: DayTradeCheck | Unset = UNSET
    """ Which orders a day-trading check applies to. """
    fractional_trading: bool | Unset = UNSET
    max_margin_multiplier: str | Unset = UNSET
    """ "1", "2" or "4". """
    max_options_trading_level: int | Unset = UNSET
    no_shorting: bool | Unset = UNSET
    pdt_check: DayTradeCheck | Unset = UNSET
    """ Which orders a day-trading check applies to. """
    ptp_no_exception_entry: bool | Unset = UNSET
    suspend_trade: bool | Unset = UNSET
    trade_confirm_email: TradeConfirmEmail | Unset = UNSET
    """ Whether fill confirmation emails are sent. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.disable_overnight_trading, Unset):
            field_dict["disable_overnight_trading"] = self.disable_overnight_trading
        if not isinstance(self.dtbp_check, Unset):
            field_dict["dtbp_check"] = self.dtbp_check.value
        if not isinstance(self.fractional_trading, Unset):
            field_dict["fractional_trading"] = self.fractional_trading
        if not isinstance(self.max_margin_multiplier, Unset):
            field_dict["max_margin_multiplier"] = self.max_margin_multiplier
        if not isinstance(self.max_options_trading_level, Unset):
            field_dict["max_options_trading_level"] = self.max_options_trading_level
        if not isinstance(self.no_shorting, Unset):
            field_dict["no_shorting"] = self.no_shorting
        if not isinstance(self.pdt_check, Unset):
            field_dict["pdt_check"] = self.pdt_check.value
        if not isinstance(self.ptp_no_exception_entry, Unset):
            field_dict["ptp_no_exception_entry"] = self.ptp_no_exception_entry
        if not isinstance(self.suspend_trade, Unset):
            field_dict["suspend_trade"] = self.suspend_trade
        if not isinstance(self.trade_confirm_email, Unset):
            field_dict["trade_confirm_email"] = self.trade_confirm_email.value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a decoded JSON object; raises ``ResponseParseError`` when it is not this shape."""
        data = parsing.mapping(src_dict)
        _disable_overnight_trading = data.get("disable_overnight_trading")
        _dtbp_check = data.get("dtbp_check")
        _fractional_trading = data.get("fractional_trading")
        _max_margin_multiplier = data.get("max_margin_multiplier")
        _max_options_trading_level = data.get("max_options_trading_level")
        _no_shorting = data.get("no_shorting")
        _pdt_check = data.get("pdt_check")
        _ptp_no_exception_entry = data.get("ptp_no_exception_entry")
        _suspend_trade = data.get("suspend_trade")
        _trade_confirm_email = data.get("trade_confirm_email")
        result = cls(
            disable_overnight_trading=UNSET
            if _disable_overnight_trading is None
            else parsing.boolean(_disable_overnight_trading, "disable_overnight_trading"),
            dtbp_check=UNSET
            if _dtbp_check is None
            else parsing.str_enum(DayTradeCheck, _dtbp_check, "dtbp_check"),
            fractional_trading=UNSET
            if _fractional_trading is None
            else parsing.boolean(_fractional_trading, "fractional_trading"),
            max_margin_multiplier=UNSET
            if _max_margin_multiplier is None
            else parsing.string(_max_margin_multiplier, "max_margin_multiplier"),
            max_options_trading_level=UNSET
            if _max_options_trading_level is None
            else parsing.integer(_max_options_trading_level, "max_options_trading_level"),
            no_shorting=UNSET
            if _no_shorting is None
            else parsing.boolean(_no_shorting, "no_shorting"),
            pdt_check=UNSET
            if _pdt_check is None
            else parsing.str_enum(DayTradeCheck, _pdt_check, "pdt_check"),
            ptp_no_exception_entry=UNSET
            if _ptp_no_exception_entry is None
            else parsing.boolean(_ptp_no_exception_entry, "ptp_no_exception_entry"),
            suspend_trade=UNSET
            if _suspend_trade is None
            else parsing.boolean(_suspend_trade, "suspend_trade"),
            trade_confirm_email=UNSET
            if _trade_confirm_email is None
            else parsing.str_enum(TradeConfirmEmail, _trade_confirm_email, "trade_confirm_email"),
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
        "disable_overnight_trading",
        "dtbp_check",
        "fractional_trading",
        "max_margin_multiplier",
        "max_options_trading_level",
        "no_shorting",
        "pdt_check",
        "ptp_no_exception_entry",
        "suspend_trade",
        "trade_confirm_email",
    }
)
