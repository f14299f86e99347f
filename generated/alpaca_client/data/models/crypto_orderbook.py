from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.crypto_orderbook_entry import CryptoOrderbookEntry


T = TypeVar("T", bound="CryptoOrderbook")


@_attrs_define
class CryptoOrderbook:
    """Bid and ask price levels of an order book at a point in time."""

    t: datetime.datetime
    """ Order book time. """
    b: list[CryptoOrderbookEntry] | Unset = UNSET
    """ Bid levels. """
    a: list[CryptoOrderbookEntry] | Unset = UNSET
    """ Ask levels. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        t = self.t.isoformat()

        b: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.b, Unset):
            b = []
            for b_item_data in self.b:
                b_item = b_item_data.to_dict()
                b.append(b_item)

        a: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.a, Unset):
            a = []
            for a_item_data in self.a:
                a_item = a_item_data.to_dict()
                a.append(a_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "t": t,
            }
        )
        if b is not UNSET:
            field_dict["b"] = b
        if a is not UNSET:
            field_dict["a"] = a

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.crypto_orderbook_entry import CryptoOrderbookEntry  # noqa: PLC0415

        _data = dict(src_dict)
        t = datetime.datetime.fromisoformat(_data.pop("t"))

        _b = _data.pop("b", UNSET)
        b: list[CryptoOrderbookEntry] | Unset = UNSET
        if _b is not UNSET:
            b = []
            for b_item_data in _b:
                b_item = CryptoOrderbookEntry.from_dict(b_item_data)

                b.append(b_item)

        _a = _data.pop("a", UNSET)
        a: list[CryptoOrderbookEntry] | Unset = UNSET
        if _a is not UNSET:
            a = []
            for a_item_data in _a:
                a_item = CryptoOrderbookEntry.from_dict(a_item_data)

                a.append(a_item)

        crypto_orderbook = cls(
            t=t,
            b=b,
            a=a,
        )

        crypto_orderbook.additional_properties = _data
        crypto_orderbook.raw = dict(src_dict)
        return crypto_orderbook

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
