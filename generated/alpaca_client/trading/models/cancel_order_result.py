from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing as parsing

if TYPE_CHECKING:
    from ..models.error import Error
    from ..models.order import Order


@_attrs_define
class CancelOrderResult:
    id: str
    """ Order id. """
    status: int
    """ HTTP status of this cancellation. """
    body: Error | Order | None = None
    """ The order, or an error body when the cancellation failed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.order import Order  # noqa: PLC0415

        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["status"] = self.status
        if self.body is not None:
            field_dict["body"] = (
                self.body.to_dict() if isinstance(self.body, Order) else self.body.to_dict()
            )
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a decoded JSON object; raises ``ResponseParseError`` when it is not this shape."""
        from ..models.error import Error  # noqa: PLC0415
        from ..models.order import Order  # noqa: PLC0415

        data = parsing.mapping(src_dict)
        try:
            _id = data["id"]
            _status = data["status"]
        except KeyError as error:
            raise parsing.missing(error, data) from None
        _body = data.get("body")
        result = cls(
            id=parsing.string(_id, "id"),
            status=parsing.integer(_status, "status"),
            body=None
            if _body is None
            else parsing.one_of(
                (
                    lambda value0, key0: parsing.model(Order.from_dict, value0, key0),
                    lambda value0, key0: parsing.model(Error.from_dict, value0, key0),
                ),
                _body,
                "body",
            ),
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


_KEYS: frozenset[str] = frozenset({"id", "status", "body"})
