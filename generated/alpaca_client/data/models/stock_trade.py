from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tape import Tape
from ..types import UNSET, Unset

T = TypeVar("T", bound="StockTrade")


@_attrs_define
class StockTrade:
    """A single trade print."""

    t: datetime.datetime
    """ Trade time (nanosecond precision on the wire). """
    x: str | Unset = UNSET
    """ Exchange code. """
    p: float | Unset = UNSET
    """ Price. """
    s: int | Unset = UNSET
    """ Size in shares. """
    c: list[str] | None | Unset = UNSET
    """ Condition codes. """
    i: int | Unset = UNSET
    """ Exchange-assigned trade ID. """
    z: Tape | Unset = UNSET
    """ Consolidated tape: A (NYSE), B (NYSE Arca, Cboe, IEX and other regionals), C (Nasdaq), N (overnight), O
    (OTC). """
    u: str | Unset = UNSET
    """ Correction status, absent for a valid trade: canceled, incorrect or corrected. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        t = self.t.isoformat()

        x = self.x

        p = self.p

        s = self.s

        c: list[str] | None | Unset
        if isinstance(self.c, Unset):
            c = UNSET
        elif isinstance(self.c, list):
            c = self.c

        else:
            c = self.c

        i = self.i

        z: str | Unset = UNSET
        if not isinstance(self.z, Unset):
            z = self.z.value

        u = self.u

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
        if i is not UNSET:
            field_dict["i"] = i
        if z is not UNSET:
            field_dict["z"] = z
        if u is not UNSET:
            field_dict["u"] = u

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _data = dict(src_dict)
        t = datetime.datetime.fromisoformat(_data.pop("t"))

        x = _data.pop("x", UNSET)

        p = _data.pop("p", UNSET)

        s = _data.pop("s", UNSET)

        def _parse_c(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                c_type_0 = cast(list[str], data)

                return c_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        c = _parse_c(_data.pop("c", UNSET))

        i = _data.pop("i", UNSET)

        _z = _data.pop("z", UNSET)
        z: Tape | Unset
        if isinstance(_z, Unset):
            z = UNSET
        else:
            z = Tape(_z)

        u = _data.pop("u", UNSET)

        stock_trade = cls(
            t=t,
            x=x,
            p=p,
            s=s,
            c=c,
            i=i,
            z=z,
            u=u,
        )

        stock_trade.additional_properties = _data
        stock_trade.raw = dict(src_dict)
        return stock_trade

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
