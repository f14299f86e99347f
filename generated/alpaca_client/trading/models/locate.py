from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.locate_status import LocateStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="Locate")


@_attrs_define
class Locate:
    """A request to borrow shares for a short sale, and its state."""

    id: str
    symbol: str
    status: LocateStatus
    requested_qty: int
    all_or_none: bool
    created_at: datetime.datetime
    limit_price: Decimal | None | Unset = UNSET
    """ Highest fee per share accepted in the request. """
    located_qty: int | None | Unset = UNSET
    located_price: Decimal | None | Unset = UNSET
    """ Fee per share, USD. """
    total_fee: Decimal | None | Unset = UNSET
    """ Total fee, USD. """
    expires_at: datetime.datetime | None | Unset = UNSET
    rejection_reason: None | str | Unset = UNSET
    """ Machine-readable reason when rejected. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        symbol = self.symbol

        status = self.status.value

        requested_qty = self.requested_qty

        all_or_none = self.all_or_none

        created_at = self.created_at.isoformat()

        limit_price: None | str | Unset
        if isinstance(self.limit_price, Unset):
            limit_price = UNSET
        elif isinstance(self.limit_price, Decimal):
            limit_price = format(self.limit_price, "f")
        else:
            limit_price = self.limit_price

        located_qty: int | None | Unset
        if isinstance(self.located_qty, Unset):
            located_qty = UNSET
        else:
            located_qty = self.located_qty

        located_price: None | str | Unset
        if isinstance(self.located_price, Unset):
            located_price = UNSET
        elif isinstance(self.located_price, Decimal):
            located_price = format(self.located_price, "f")
        else:
            located_price = self.located_price

        total_fee: None | str | Unset
        if isinstance(self.total_fee, Unset):
            total_fee = UNSET
        elif isinstance(self.total_fee, Decimal):
            total_fee = format(self.total_fee, "f")
        else:
            total_fee = self.total_fee

        expires_at: None | str | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        elif isinstance(self.expires_at, datetime.datetime):
            expires_at = self.expires_at.isoformat()
        else:
            expires_at = self.expires_at

        rejection_reason: None | str | Unset
        if isinstance(self.rejection_reason, Unset):
            rejection_reason = UNSET
        else:
            rejection_reason = self.rejection_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "symbol": symbol,
                "status": status,
                "requested_qty": requested_qty,
                "all_or_none": all_or_none,
                "created_at": created_at,
            }
        )
        if limit_price is not UNSET:
            field_dict["limit_price"] = limit_price
        if located_qty is not UNSET:
            field_dict["located_qty"] = located_qty
        if located_price is not UNSET:
            field_dict["located_price"] = located_price
        if total_fee is not UNSET:
            field_dict["total_fee"] = total_fee
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if rejection_reason is not UNSET:
            field_dict["rejection_reason"] = rejection_reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _data = dict(src_dict)
        id = _data.pop("id")

        symbol = _data.pop("symbol")

        status = LocateStatus(_data.pop("status"))

        requested_qty = _data.pop("requested_qty")

        all_or_none = _data.pop("all_or_none")

        created_at = datetime.datetime.fromisoformat(_data.pop("created_at"))

        def _parse_limit_price(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, (str, int, float)):
                    raise TypeError()
                limit_price_type_0 = Decimal(str(data))

                return limit_price_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        limit_price = _parse_limit_price(_data.pop("limit_price", UNSET))

        def _parse_located_qty(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        located_qty = _parse_located_qty(_data.pop("located_qty", UNSET))

        def _parse_located_price(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, (str, int, float)):
                    raise TypeError()
                located_price_type_0 = Decimal(str(data))

                return located_price_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        located_price = _parse_located_price(_data.pop("located_price", UNSET))

        def _parse_total_fee(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, (str, int, float)):
                    raise TypeError()
                total_fee_type_0 = Decimal(str(data))

                return total_fee_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        total_fee = _parse_total_fee(_data.pop("total_fee", UNSET))

        def _parse_expires_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expires_at_type_0 = datetime.datetime.fromisoformat(data)

                return expires_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        expires_at = _parse_expires_at(_data.pop("expires_at", UNSET))

        def _parse_rejection_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        rejection_reason = _parse_rejection_reason(_data.pop("rejection_reason", UNSET))

        locate = cls(
            id=id,
            symbol=symbol,
            status=status,
            requested_qty=requested_qty,
            all_or_none=all_or_none,
            created_at=created_at,
            limit_price=limit_price,
            located_qty=located_qty,
            located_price=located_price,
            total_fee=total_fee,
            expires_at=expires_at,
            rejection_reason=rejection_reason,
        )

        locate.additional_properties = _data
        locate.raw = dict(src_dict)
        return locate

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
