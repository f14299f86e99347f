from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StockAuction")


@_attrs_define
class StockAuction:
    """One auction print."""

    t: datetime.datetime
    """ Print time (nanosecond precision on the wire). """
    x: str | Unset = UNSET
    """ Exchange code. """
    p: float | Unset = UNSET
    """ Auction price. """
    s: int | Unset = UNSET
    """ Auction size in shares. """
    c: str | Unset = UNSET
    """ Condition code marking the print as an opening or closing auction. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        t = self.t.isoformat()

        x = self.x

        p = self.p

        s = self.s

        c = self.c

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "t": t,
            }
        )
        if x is not UNSET:
            field_dict["x"] = x
        if p is not UNSET:
            field_dict["p"] = p
        if s is not UNSET:
            field_dict["s"] = s
        if c is not UNSET:
            field_dict["c"] = c

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _data = dict(src_dict)
        t = datetime.datetime.fromisoformat(_data.pop("t"))

        x = _data.pop("x", UNSET)

        p = _data.pop("p", UNSET)

        s = _data.pop("s", UNSET)

        c = _data.pop("c", UNSET)

        stock_auction = cls(
            t=t,
            x=x,
            p=p,
            s=s,
            c=c,
        )

        stock_auction.additional_properties = _data
        stock_auction.raw = dict(src_dict)
        return stock_auction

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
