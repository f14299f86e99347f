from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CryptoQuote")


@_attrs_define
class CryptoQuote:
    """Best bid and ask of a crypto pair at a point in time."""

    t: datetime.datetime
    """ Quote time. """
    bp: float | Unset = UNSET
    """ Bid price. """
    bs: float | Unset = UNSET
    """ Bid size (fractional). """
    ap: float | Unset = UNSET
    """ Ask price. """
    as_: float | Unset = UNSET
    """ Ask size (fractional). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        t = self.t.isoformat()

        bp = self.bp

        bs = self.bs

        ap = self.ap

        as_ = self.as_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "t": t,
            }
        )
        if bp is not UNSET:
            field_dict["bp"] = bp
        if bs is not UNSET:
            field_dict["bs"] = bs
        if ap is not UNSET:
            field_dict["ap"] = ap
        if as_ is not UNSET:
            field_dict["as"] = as_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _data = dict(src_dict)
        t = datetime.datetime.fromisoformat(_data.pop("t"))

        bp = _data.pop("bp", UNSET)

        bs = _data.pop("bs", UNSET)

        ap = _data.pop("ap", UNSET)

        as_ = _data.pop("as", UNSET)

        crypto_quote = cls(
            t=t,
            bp=bp,
            bs=bs,
            ap=ap,
            as_=as_,
        )

        crypto_quote.additional_properties = _data
        crypto_quote.raw = dict(src_dict)
        return crypto_quote

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
