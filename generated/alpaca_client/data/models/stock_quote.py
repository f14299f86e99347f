from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tape import Tape
from ..types import UNSET, Unset

T = TypeVar("T", bound="StockQuote")


@_attrs_define
class StockQuote:
    """National best bid and offer at a point in time."""

    t: datetime.datetime
    """ Quote time (nanosecond precision on the wire). """
    ax: str | Unset = UNSET
    """ Ask exchange code. """
    ap: float | Unset = UNSET
    """ Ask price; 0 when there is no ask. """
    as_: int | Unset = UNSET
    """ Ask size in shares (in round lots for quotes before 2025-11-03). """
    bx: str | Unset = UNSET
    """ Bid exchange code. """
    bp: float | Unset = UNSET
    """ Bid price; 0 when there is no bid. """
    bs: int | Unset = UNSET
    """ Bid size in shares (in round lots for quotes before 2025-11-03). """
    c: list[str] | None | Unset = UNSET
    """ Condition codes; one applies to both sides, two are bid then ask. """
    z: Tape | Unset = UNSET
    """ Consolidated tape: A (NYSE), B (NYSE Arca, Cboe, IEX and other regionals), C (Nasdaq), N (overnight), O
    (OTC). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        t = self.t.isoformat()

        ax = self.ax

        ap = self.ap

        as_ = self.as_

        bx = self.bx

        bp = self.bp

        bs = self.bs

        c: list[str] | None | Unset
        if isinstance(self.c, Unset):
            c = UNSET
        elif isinstance(self.c, list):
            c = self.c

        else:
            c = self.c

        z: str | Unset = UNSET
        if not isinstance(self.z, Unset):
            z = self.z.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "t": t,
            }
        )
        if ax is not UNSET:
            field_dict["ax"] = ax
        if ap is not UNSET:
            field_dict["ap"] = ap
        if as_ is not UNSET:
            field_dict["as"] = as_
        if bx is not UNSET:
            field_dict["bx"] = bx
        if bp is not UNSET:
            field_dict["bp"] = bp
        if bs is not UNSET:
            field_dict["bs"] = bs
        if c is not UNSET:
            field_dict["c"] = c
        if z is not UNSET:
            field_dict["z"] = z

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _data = dict(src_dict)
        t = datetime.datetime.fromisoformat(_data.pop("t"))

        ax = _data.pop("ax", UNSET)

        ap = _data.pop("ap", UNSET)

        as_ = _data.pop("as", UNSET)

        bx = _data.pop("bx", UNSET)

        bp = _data.pop("bp", UNSET)

        bs = _data.pop("bs", UNSET)

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

        _z = _data.pop("z", UNSET)
        z: Tape | Unset
        if isinstance(_z, Unset):
            z = UNSET
        else:
            z = Tape(_z)

        stock_quote = cls(
            t=t,
            ax=ax,
            ap=ap,
            as_=as_,
            bx=bx,
            bp=bp,
            bs=bs,
            c=c,
            z=z,
        )

        stock_quote.additional_properties = _data
        stock_quote.raw = dict(src_dict)
        return stock_quote

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
