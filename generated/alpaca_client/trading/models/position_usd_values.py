from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing as parsing


@_attrs_define
class PositionUsdValues:
    """The position's values in USD (non-USD accounts)."""

    avg_entry_price: Decimal | None = None
    cost_basis: Decimal | None = None
    market_value: Decimal | None = None
    current_price: Decimal | None = None
    lastday_price: Decimal | None = None
    change_today: Decimal | None = None
    unrealized_pl: Decimal | None = None
    unrealized_plpc: Decimal | None = None
    unrealized_intraday_pl: Decimal | None = None
    unrealized_intraday_plpc: Decimal | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.avg_entry_price is not None:
            field_dict["avg_entry_price"] = format(self.avg_entry_price, "f")
        if self.cost_basis is not None:
            field_dict["cost_basis"] = format(self.cost_basis, "f")
        if self.market_value is not None:
            field_dict["market_value"] = format(self.market_value, "f")
        if self.current_price is not None:
            field_dict["current_price"] = format(self.current_price, "f")
        if self.lastday_price is not None:
            field_dict["lastday_price"] = format(self.lastday_price, "f")
        if self.change_today is not None:
            field_dict["change_today"] = format(self.change_today, "f")
        if self.unrealized_pl is not None:
            field_dict["unrealized_pl"] = format(self.unrealized_pl, "f")
        if self.unrealized_plpc is not None:
            field_dict["unrealized_plpc"] = format(self.unrealized_plpc, "f")
        if self.unrealized_intraday_pl is not None:
            field_dict["unrealized_intraday_pl"] = format(self.unrealized_intraday_pl, "f")
        if self.unrealized_intraday_plpc is not None:
            field_dict["unrealized_intraday_plpc"] = format(self.unrealized_intraday_plpc, "f")
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a decoded JSON object; raises ``ResponseParseError`` when it is not this shape."""
        data = parsing.mapping(src_dict)
        _avg_entry_price = data.get("avg_entry_price")
        _cost_basis = data.get("cost_basis")
        _market_value = data.get("market_value")
        _current_price = data.get("current_price")
        _lastday_price = data.get("lastday_price")
        _change_today = data.get("change_today")
        _unrealized_pl = data.get("unrealized_pl")
        _unrealized_plpc = data.get("unrealized_plpc")
        _unrealized_intraday_pl = data.get("unrealized_intraday_pl")
        _unrealized_intraday_plpc = data.get("unrealized_intraday_plpc")
        result = cls(
            avg_entry_price=None
            if _avg_entry_price is None
            else parsing.decimal(_avg_entry_price, "avg_entry_price"),
            cost_basis=None if _cost_basis is None else parsing.decimal(_cost_basis, "cost_basis"),
            market_value=None
            if _market_value is None
            else parsing.decimal(_market_value, "market_value"),
            current_price=None
            if _current_price is None
            else parsing.decimal(_current_price, "current_price"),
            lastday_price=None
            if _lastday_price is None
            else parsing.decimal(_lastday_price, "lastday_price"),
            change_today=None
            if _change_today is None
            else parsing.decimal(_change_today, "change_today"),
            unrealized_pl=None
            if _unrealized_pl is None
            else parsing.decimal(_unrealized_pl, "unrealized_pl"),
            unrealized_plpc=None
            if _unrealized_plpc is None
            else parsing.decimal(_unrealized_plpc, "unrealized_plpc"),
            unrealized_intraday_pl=None
            if _unrealized_intraday_pl is None
            else parsing.decimal(_unrealized_intraday_pl, "unrealized_intraday_pl"),
            unrealized_intraday_plpc=None
            if _unrealized_intraday_plpc is None
            else parsing.decimal(_unrealized_intraday_plpc, "unrealized_intraday_plpc"),
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
        "avg_entry_price",
        "cost_basis",
        "market_value",
        "current_price",
        "lastday_price",
        "change_today",
        "unrealized_pl",
        "unrealized_plpc",
        "unrealized_intraday_pl",
        "unrealized_intraday_plpc",
    }
)
