from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing as parsing


@_attrs_define
class WatchlistSummary:
    """A watchlist without its assets."""

    id: str
    account_id: str
    name: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["account_id"] = self.account_id
        field_dict["name"] = self.name
        field_dict["created_at"] = self.created_at.isoformat()
        field_dict["updated_at"] = self.updated_at.isoformat()
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a decoded JSON object; raises ``ResponseParseError`` when it is not this shape."""
        data = parsing.mapping(src_dict)
        try:
            _id = data["id"]
            _account_id = data["account_id"]
            _name = data["name"]
            _created_at = data["created_at"]
            _updated_at = data["updated_at"]
        except KeyError as error:
            raise parsing.missing(error, data) from None
        result = cls(
            id=parsing.string(_id, "id"),
            account_id=parsing.string(_account_id, "account_id"),
            name=parsing.string(_name, "name"),
            created_at=parsing.date_time(_created_at, "created_at"),
            updated_at=parsing.date_time(_updated_at, "updated_at"),
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


_KEYS: frozenset[str] = frozenset({"id", "account_id", "name", "created_at", "updated_at"})
