from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OptionQuote")


@_attrs_define
class OptionQuote:
    """Best bid and ask of an option contract at a point in time."""

    t: datetime.datetime
    """ Quote time. """
    bx: str | Unset = UNSET
    """ Bid exchange code. """
    bp: float | Unset = UNSET
    """ Bid price. """
    bs: int | Unset = UNSET
    """ Bid size in contracts. """
    ax: str | Unset = UNSET
    """ Ask exchange code. """
    ap: float | Unset = UNSET
    """ Ask price. """
    as_: int | Unset = UNSET
    """ Ask size in contracts. """
    c: str | Unset = UNSET
    """ Quote condition code (one code, not a list as for stocks). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        t = self.t.isoformat()

        bx = self.bx

        bp = self.bp

        bs = self.bs

        ax = self.ax

        ap = self.ap

        as_ = self.as_

        c = self.c

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "t": t,
            }
        )
        if bx is not UNSET:
            field_dict["bx"] = bx
        if bp is not UNSET:
            field_dict["bp"] = bp
        if bs is not UNSET:
            field_dict["bs"] = bs
        if ax is not UNSET:
            field_dict["ax"] = ax
        if ap is not UNSET:
            field_dict["ap"] = ap
        if as_ is not UNSET:
            field_dict["as"] = as_
        if c is not UNSET:
            field_dict["c"] = c

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _data = dict(src_dict)
        t = datetime.datetime.fromisoformat(_data.pop("t"))

        bx = _data.pop("bx", UNSET)

        bp = _data.pop("bp", UNSET)

        bs = _data.pop("bs", UNSET)

        ax = _data.pop("ax", UNSET)

        ap = _data.pop("ap", UNSET)

        as_ = _data.pop("as", UNSET)

        c = _data.pop("c", UNSET)

        option_quote = cls(
            t=t,
            bx=bx,
            bp=bp,
            bs=bs,
            ax=ax,
            ap=ap,
            as_=as_,
            c=c,
        )

        option_quote.additional_properties = _data
        option_quote.raw = dict(src_dict)
        return option_quote

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
