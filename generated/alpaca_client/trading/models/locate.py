from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing as parsing
from ..models.locate_status import LocateStatus


@_attrs_define
class Locate:
    """A request to borrow shares for a short sale, and its state."""

    id: str
    symbol: str
    status: LocateStatus
    requested_qty: int
    all_or_none: bool
    created_at: datetime.datetime
    limit_price: Decimal | None = None
    """ Highest fee per share accepted in the request. """
    located_qty: int | None = None
    located_price: Decimal | None = None
    """ Fee per share, USD. """
    total_fee: Decimal | None = None
    """ Total fee, USD. """
    expires_at: datetime.datetime | None = None
    rejection_reason: str | None = None
    """ Machine-readable reason when rejected. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["symbol"] = self.symbol
        field_dict["status"] = self.status.value
        field_dict["requested_qty"] = self.requested_qty
        field_dict["all_or_none"] = self.all_or_none
        field_dict["created_at"] = self.created_at.isoformat()
        if self.limit_price is not None:
            field_dict["limit_price"] = format(self.limit_price, "f")
        if self.located_qty is not None:
            field_dict["located_qty"] = self.located_qty
        if self.located_price is not None:
            field_dict["located_price"] = format(self.located_price, "f")
        if self.total_fee is not None:
            field_dict["total_fee"] = format(self.total_fee, "f")
        if self.expires_at is not None:
            field_dict["expires_at"] = self.expires_at.isoformat()
        if self.rejection_reason is not None:
            field_dict["rejection_reason"] = self.rejection_reason
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a decoded JSON object; raises ``ResponseParseError`` when it is not this shape."""
        data = parsing.mapping(src_dict)
        try:
            _id = data["id"]
            _symbol = data["symbol"]
            _status = data["status"]
            _requested_qty = data["requested_qty"]
            _all_or_none = data["all_or_none"]
            _created_at = data["created_at"]
        except KeyError as error:
            raise parsing.missing(error, data) from None
        _limit_price = data.get("limit_price")
        _located_qty = data.get("located_qty")
        _located_price = data.get("located_price")
        _total_fee = data.get("total_fee")
        _expires_at = data.get("expires_at")
        _rejection_reason = data.get("rejection_reason")
        result = cls(
            id=parsing.string(_id, "id"),
            symbol=parsing.string(_symbol, "symbol"),
            status=parsing.str_enum(LocateStatus, _status, "status"),
            requested_qty=parsing.integer(_requested_qty, "requested_qty"),
            all_or_none=parsing.boolean(_all_or_none, "all_or_none"),
            created_at=parsing.date_time(_created_at, "created_at"),
            limit_price=None
            if _limit_price is None
            else parsing.decimal(_limit_price, "limit_price"),
            located_qty=None
            if _located_qty is None
            else parsing.integer(_located_qty, "located_qty"),
            located_price=None
            if _located_price is None
            else parsing.decimal(_located_price, "located_price"),
            total_fee=None if _total_fee is None else parsing.decimal(_total_fee, "total_fee"),
            expires_at=None
            if _expires_at is None
            else parsing.date_time(_expires_at, "expires_at"),
            rejection_reason=None
            if _rejection_reason is None
            else parsing.string(_rejection_reason, "rejection_reason"),
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


_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "symbol",
        "status",
        "requested_qty",
        "all_or_none",
        "created_at",
        "limit_price",
        "located_qty",
        "located_price",
        "total_fee",
        "expires_at",
        "rejection_reason",
    }
)
