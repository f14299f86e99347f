from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing as parsing
from ..models.whitelisted_address_status import WhitelistedAddressStatus


@_attrs_define
class WhitelistedAddress:
    id: str | None = None
    address: str | None = None
    asset: str | None = None
    chain: str | None = None
    status: WhitelistedAddressStatus | None = None
    """ New addresses stay PENDING for 24 hours before becoming APPROVED. """
    created_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.id is not None:
            field_dict["id"] = self.id
        if self.address is not None:
            field_dict["address"] = self.address
        if self.asset is not None:
            field_dict["asset"] = self.asset
        if self.chain is not None:
            field_dict["chain"] = self.chain
        if self.status is not None:
            field_dict["status"] = self.status.value
        if self.created_at is not None:
            field_dict["created_at"] = self.created_at.isoformat()
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a decoded JSON object; raises ``ResponseParseError`` when it is not this shape."""
        data = parsing.mapping(src_dict)
        _id = data.get("id")
        _address = data.get("address")
        _asset = data.get("asset")
        _chain = data.get("chain")
        _status = data.get("status")
        _created_at = data.get("created_at")
        result = cls(
            id=None if _id is None else parsing.string(_id, "id"),
            address=None if _address is None else parsing.string(_address, "address"),
            asset=None if _asset is None else parsing.string(_asset, "asset"),
            chain=None if _chain is None else parsing.string(_chain, "chain"),
            status=None
            if _status is None
            else parsing.str_enum(WhitelistedAddressStatus, _status, "status"),
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


_KEYS: frozenset[str] = frozenset({"id", "address", "asset", "chain", "status", "created_at"})
