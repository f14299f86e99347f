from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.taker_side import TakerSide
from ..types import UNSET, Unset

T = TypeVar("T", bound="CryptoTrade")


@_attrs_define
class CryptoTrade:
    """A single crypto trade."""

    t: datetime.datetime
    """ Trade time. """
    p: float | Unset = UNSET
    """ Price. """
    s: float | Unset = UNSET
    """ Size (fractional). """
    i: int | Unset = UNSET
    """ Venue trade ID. """
    tks: TakerSide | Unset = UNSET
    """ Side of the aggressor of a crypto trade, B (buyer) or S (seller). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        t = self.t.isoformat()

        p = self.p

        s = self.s

        i = self.i

        tks: str | Unset = UNSET
        if not isinstance(self.tks, Unset):
            tks = self.tks.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "t": t,
            }
        )
        if p is not UNSET:
            field_dict["p"] = p
        if s is not UNSET:
            field_dict["s"] = s
        if i is not UNSET:
            field_dict["i"] = i
        if tks is not UNSET:
            field_dict["tks"] = tks

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _data = dict(src_dict)
        t = datetime.datetime.fromisoformat(_data.pop("t"))

        p = _data.pop("p", UNSET)

        s = _data.pop("s", UNSET)

        i = _data.pop("i", UNSET)

        _tks = _data.pop("tks", UNSET)
        tks: TakerSide | Unset
        if isinstance(_tks, Unset):
            tks = UNSET
        else:
            tks = TakerSide(_tks)

        crypto_trade = cls(
            t=t,
            p=p,
            s=s,
            i=i,
            tks=tks,
        )

        crypto_trade.additional_properties = _data
        crypto_trade.raw = dict(src_dict)
        return crypto_trade

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
