from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CryptoBar")


@_attrs_define
class CryptoBar:
    """OHLCV aggregate of a crypto pair over one timeframe interval."""

    t: datetime.datetime
    """ Start of the bar interval. """
    o: float | Unset = UNSET
    """ Open. """
    h: float | Unset = UNSET
    """ High. """
    l: float | Unset = UNSET
    """ Low. """
    c: float | Unset = UNSET
    """ Close. """
    v: float | Unset = UNSET
    """ Volume in units of the base asset (fractional). """
    n: int | Unset = UNSET
    """ Number of trades. """
    vw: float | Unset = UNSET
    """ Volume-weighted average price. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        t = self.t.isoformat()

        o = self.o

        h = self.h

        l = self.l

        c = self.c

        v = self.v

        n = self.n

        vw = self.vw

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "t": t,
            }
        )
        if o is not UNSET:
            field_dict["o"] = o
        if h is not UNSET:
            field_dict["h"] = h
        if l is not UNSET:
            field_dict["l"] = l
        if c is not UNSET:
            field_dict["c"] = c
        if v is not UNSET:
            field_dict["v"] = v
        if n is not UNSET:
            field_dict["n"] = n
        if vw is not UNSET:
            field_dict["vw"] = vw

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _data = dict(src_dict)
        t = datetime.datetime.fromisoformat(_data.pop("t"))

        o = _data.pop("o", UNSET)

        h = _data.pop("h", UNSET)

        l = _data.pop("l", UNSET)

        c = _data.pop("c", UNSET)

        v = _data.pop("v", UNSET)

        n = _data.pop("n", UNSET)

        vw = _data.pop("vw", UNSET)

        crypto_bar = cls(
            t=t,
            o=o,
            h=h,
            l=l,
            c=c,
            v=v,
            n=n,
            vw=vw,
        )

        crypto_bar.additional_properties = _data
        crypto_bar.raw = dict(src_dict)
        return crypto_bar

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
