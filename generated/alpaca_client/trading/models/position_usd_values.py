from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PositionUsdValues")


@_attrs_define
class PositionUsdValues:
    """The position's values in USD (non-USD accounts)."""

    avg_entry_price: Decimal | Unset = UNSET
    cost_basis: Decimal | Unset = UNSET
    market_value: Decimal | None | Unset = UNSET
    current_price: Decimal | None | Unset = UNSET
    lastday_price: Decimal | None | Unset = UNSET
    change_today: Decimal | None | Unset = UNSET
    unrealized_pl: Decimal | None | Unset = UNSET
    unrealized_plpc: Decimal | None | Unset = UNSET
    unrealized_intraday_pl: Decimal | None | Unset = UNSET
    unrealized_intraday_plpc: Decimal | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        avg_entry_price: str | Unset = UNSET
        if not isinstance(self.avg_entry_price, Unset):
            avg_entry_price = format(self.avg_entry_price, "f")

        cost_basis: str | Unset = UNSET
        if not isinstance(self.cost_basis, Unset):
            cost_basis = format(self.cost_basis, "f")

        market_value: None | str | Unset
        if isinstance(self.market_value, Unset):
            market_value = UNSET
        elif isinstance(self.market_value, Decimal):
            market_value = format(self.market_value, "f")
        else:
            market_value = self.market_value

        current_price: None | str | Unset
        if isinstance(self.current_price, Unset):
            current_price = UNSET
        elif isinstance(self.current_price, Decimal):
            current_price = format(self.current_price, "f")
        else:
            current_price = self.current_price

        lastday_price: None | str | Unset
        if isinstance(self.lastday_price, Unset):
            lastday_price = UNSET
        elif isinstance(self.lastday_price, Decimal):
            lastday_price = format(self.lastday_price, "f")
        else:
            lastday_price = self.lastday_price

        change_today: None | str | Unset
        if isinstance(self.change_today, Unset):
            change_today = UNSET
        elif isinstance(self.change_today, Decimal):
            change_today = format(self.change_today, "f")
        else:
            change_today = self.change_today

        unrealized_pl: None | str | Unset
        if isinstance(self.unrealized_pl, Unset):
            unrealized_pl = UNSET
        elif isinstance(self.unrealized_pl, Decimal):
            unrealized_pl = format(self.unrealized_pl, "f")
        else:
            unrealized_pl = self.unrealized_pl

        unrealized_plpc: None | str | Unset
        if isinstance(self.unrealized_plpc, Unset):
            unrealized_plpc = UNSET
        elif isinstance(self.unrealized_plpc, Decimal):
            unrealized_plpc = format(self.unrealized_plpc, "f")
        else:
            unrealized_plpc = self.unrealized_plpc

        unrealized_intraday_pl: None | str | Unset
        if isinstance(self.unrealized_intraday_pl, Unset):
            unrealized_intraday_pl = UNSET
        elif isinstance(self.unrealized_intraday_pl, Decimal):
            unrealized_intraday_pl = format(self.unrealized_intraday_pl, "f")
        else:
            unrealized_intraday_pl = self.unrealized_intraday_pl

        unrealized_intraday_plpc: None | str | Unset
        if isinstance(self.unrealized_intraday_plpc, Unset):
            unrealized_intraday_plpc = UNSET
        elif isinstance(self.unrealized_intraday_plpc, Decimal):
            unrealized_intraday_plpc = format(self.unrealized_intraday_plpc, "f")
        else:
            unrealized_intraday_plpc = self.unrealized_intraday_plpc

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if avg_entry_price is not UNSET:
            field_dict["avg_entry_price"] = avg_entry_price
        if cost_basis is not UNSET:
            field_dict["cost_basis"] = cost_basis
        if market_value is not UNSET:
            field_dict["market_value"] = market_value
        if current_price is not UNSET:
            field_dict["current_price"] = current_price
        if lastday_price is not UNSET:
            field_dict["lastday_price"] = lastday_price
        if change_today is not UNSET:
            field_dict["change_today"] = change_today
        if unrealized_pl is not UNSET:
            field_dict["unrealized_pl"] = unrealized_pl
        if unrealized_plpc is not UNSET:
            field_dict["unrealized_plpc"] = unrealized_plpc
        if unrealized_intraday_pl is not UNSET:
            field_dict["unrealized_intraday_pl"] = unrealized_intraday_pl
        if unrealized_intraday_plpc is not UNSET:
            field_dict["unrealized_intraday_plpc"] = unrealized_intraday_plpc

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _data = dict(src_dict)
        _avg_entry_price = _data.pop("avg_entry_price", UNSET)
        avg_entry_price: Decimal | Unset
        if isinstance(_avg_entry_price, Unset):
            avg_entry_price = UNSET
        else:
            avg_entry_price = Decimal(str(_avg_entry_price))

        _cost_basis = _data.pop("cost_basis", UNSET)
        cost_basis: Decimal | Unset
        if isinstance(_cost_basis, Unset):
            cost_basis = UNSET
        else:
            cost_basis = Decimal(str(_cost_basis))

        def _parse_market_value(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, (str, int, float)):
                    raise TypeError()
                market_value_type_0 = Decimal(str(data))

                return market_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        market_value = _parse_market_value(_data.pop("market_value", UNSET))

        def _parse_current_price(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, (str, int, float)):
                    raise TypeError()
                current_price_type_0 = Decimal(str(data))

                return current_price_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        current_price = _parse_current_price(_data.pop("current_price", UNSET))

        def _parse_lastday_price(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, (str, int, float)):
                    raise TypeError()
                lastday_price_type_0 = Decimal(str(data))

                return lastday_price_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        lastday_price = _parse_lastday_price(_data.pop("lastday_price", UNSET))

        def _parse_change_today(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, (str, int, float)):
                    raise TypeError()
                change_today_type_0 = Decimal(str(data))

                return change_today_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        change_today = _parse_change_today(_data.pop("change_today", UNSET))

        def _parse_unrealized_pl(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, (str, int, float)):
                    raise TypeError()
                unrealized_pl_type_0 = Decimal(str(data))

                return unrealized_pl_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        unrealized_pl = _parse_unrealized_pl(_data.pop("unrealized_pl", UNSET))

        def _parse_unrealized_plpc(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, (str, int, float)):
                    raise TypeError()
                unrealized_plpc_type_0 = Decimal(str(data))

                return unrealized_plpc_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        unrealized_plpc = _parse_unrealized_plpc(_data.pop("unrealized_plpc", UNSET))

        def _parse_unrealized_intraday_pl(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, (str, int, float)):
                    raise TypeError()
                unrealized_intraday_pl_type_0 = Decimal(str(data))

                return unrealized_intraday_pl_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        unrealized_intraday_pl = _parse_unrealized_intraday_pl(
            _data.pop("unrealized_intraday_pl", UNSET)
        )

        def _parse_unrealized_intraday_plpc(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, (str, int, float)):
                    raise TypeError()
                unrealized_intraday_plpc_type_0 = Decimal(str(data))

                return unrealized_intraday_plpc_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        unrealized_intraday_plpc = _parse_unrealized_intraday_plpc(
            _data.pop("unrealized_intraday_plpc", UNSET)
        )

        position_usd_values = cls(
            avg_entry_price=avg_entry_price,
            cost_basis=cost_basis,
            market_value=market_value,
            current_price=current_price,
            lastday_price=lastday_price,
            change_today=change_today,
            unrealized_pl=unrealized_pl,
            unrealized_plpc=unrealized_plpc,
            unrealized_intraday_pl=unrealized_intraday_pl,
            unrealized_intraday_plpc=unrealized_intraday_plpc,
        )

        position_usd_values.additional_properties = _data
        position_usd_values.raw = dict(src_dict)
        return position_usd_values

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
