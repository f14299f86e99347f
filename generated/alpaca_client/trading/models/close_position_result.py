from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error import Error
    from ..models.order import Order


T = TypeVar("T", bound="ClosePositionResult")


@_attrs_define
class ClosePositionResult:
    symbol: str
    status: int
    """ HTTP status of this liquidation. """
    order_id: None | str | Unset = UNSET
    """ Id of the liquidating order. """
    body: Error | Order | Unset = UNSET
    """ The liquidating order, or an error body (code, message, available, existing_qty, ...) when it failed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.order import Order  # noqa: PLC0415

        symbol = self.symbol

        status = self.status

        order_id: None | str | Unset
        if isinstance(self.order_id, Unset):
            order_id = UNSET
        else:
            order_id = self.order_id

        body: dict[str, Any] | Unset
        if isinstance(self.body, Unset):
            body = UNSET
        elif isinstance(self.body, Order):
            body = self.body.to_dict()
        else:
            body = self.body.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "status": status,
            }
        )
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if body is not UNSET:
            field_dict["body"] = body

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.error import Error  # noqa: PLC0415
        from ..models.order import Order  # noqa: PLC0415

        _data = dict(src_dict)
        symbol = _data.pop("symbol")

        status = _data.pop("status")

        def _parse_order_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        order_id = _parse_order_id(_data.pop("order_id", UNSET))

        def _parse_body(data: object) -> Error | Order | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                body_type_0 = Order.from_dict(data)

                return body_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            body_type_1 = Error.from_dict(data)

            return body_type_1

        body = _parse_body(_data.pop("body", UNSET))

        close_position_result = cls(
            symbol=symbol,
            status=status,
            order_id=order_id,
            body=body,
        )

        close_position_result.additional_properties = _data
        close_position_result.raw = dict(src_dict)
        return close_position_result

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
