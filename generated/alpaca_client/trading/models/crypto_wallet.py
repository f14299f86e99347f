from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing as parsing


@_attrs_define
class CryptoWallet:
    address: str | None = None
    chain: str | None = None
    created_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.address is not None:
            field_dict["address"] = self.address
        if self.chain is not None:
            field_dict["chain"] = self.chain
        if self.created_at is not None:
            field_dict["created_at"] = self.created_at.isoformat()
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a decoded JSON object; raises ``ResponseParseError`` when it is not this shape."""
        data = parsing.mapping(src_dict)
        _address = data.get("address")
        _chain = data.get("chain")
        _created_at = data.get("created_at")
        result = cls(
            address=None if _address is None else parsing.string(_address, "address"),
            chain=None if _chain is None else parsing.string(_chain, "chain"),
            created_at=None
            if _created_at is None
            else parsing.date_time(_created_at, "created_at"),
        )
        result.additional_properties = {
            name: value for name, value in data.items() if name not in _KEYS
        }
        result.raw = dict(data)
        return result

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


_KEYS: frozenset[str] = frozenset({"address", "chain", "created_at"})
