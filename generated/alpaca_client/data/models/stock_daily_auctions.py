from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.stock_auction import StockAuction


T = TypeVar("T", bound="StockDailyAuctions")


@_attrs_define
class StockDailyAuctions:
    """One trading day's auction prints, opening and closing."""

    d: datetime.date
    """ Trading day. """
    o: list[StockAuction] | None | Unset = UNSET
    """ Opening auction prints. """
    c: list[StockAuction] | None | Unset = UNSET
    """ Closing auction prints; each price, exchange and condition appears once, at its earliest time. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        d = self.d.isoformat()

        o: list[dict[str, Any]] | None | Unset
        if isinstance(self.o, Unset):
            o = UNSET
        elif isinstance(self.o, list):
            o = []
            for o_type_0_item_data in self.o:
                o_type_0_item = o_type_0_item_data.to_dict()
                o.append(o_type_0_item)

        else:
            o = self.o

        c: list[dict[str, Any]] | None | Unset
        if isinstance(self.c, Unset):
            c = UNSET
        elif isinstance(self.c, list):
            c = []
            for c_type_0_item_data in self.c:
                c_type_0_item = c_type_0_item_data.to_dict()
                c.append(c_type_0_item)

        else:
            c = self.c

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "d": d,
            }
        )
        if o is not UNSET:
            field_dict["o"] = o
        if c is not UNSET:
            field_dict["c"] = c

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.stock_auction import StockAuction  # noqa: PLC0415

        _data = dict(src_dict)
        d = datetime.date.fromisoformat(_data.pop("d"))

        def _parse_o(data: object) -> list[StockAuction] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                o_type_0 = []
                _o_type_0 = data
                for o_type_0_item_data in _o_type_0:
                    o_type_0_item = StockAuction.from_dict(o_type_0_item_data)

                    o_type_0.append(o_type_0_item)

                return o_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[StockAuction] | None | Unset, data)

        o = _parse_o(_data.pop("o", UNSET))

        def _parse_c(data: object) -> list[StockAuction] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                c_type_0 = []
                _c_type_0 = data
                for c_type_0_item_data in _c_type_0:
                    c_type_0_item = StockAuction.from_dict(c_type_0_item_data)

                    c_type_0.append(c_type_0_item)

                return c_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[StockAuction] | None | Unset, data)

        c = _parse_c(_data.pop("c", UNSET))

        stock_daily_auctions = cls(
            d=d,
            o=o,
            c=c,
        )

        stock_daily_auctions.additional_properties = _data
        stock_daily_auctions.raw = dict(src_dict)
        return stock_daily_auctions

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
