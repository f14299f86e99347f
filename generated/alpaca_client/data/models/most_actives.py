from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing as parsing

if TYPE_CHECKING:
    from ..models.most_active import MostActive


@_attrs_define
class MostActives:
    """Today's stocks ranked by volume or by number of trades."""

    most_actives: list[MostActive]
    """ The ranking, most active first. """
    last_updated: datetime.datetime
    """ When the ranking was computed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["most_actives"] = [item0.to_dict() for item0 in self.most_actives]
        field_dict["last_updated"] = self.last_updated.isoformat()
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a decoded JSON object; raises ``ResponseParseError`` when it is not this shape."""
        from ..models.most_active import MostActive  # noqa: PLC0415

        data = parsing.mapping(src_dict)
        try:
            _most_actives = data["most_actives"]
            _last_updated = data["last_updated"]
        except KeyError as error:
            raise parsing.missing(error, data) from None
        result = cls(
            most_actives=parsing.array(
                lambda value0, key0: parsing.model(MostActive.from_dict, value0, key0),
                _most_actives,
                "most_actives",
            ),
            last_updated=parsing.date_time(_last_updated, "last_updated"),
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


_KEYS: frozenset[str] = frozenset({"most_actives", "last_updated"})
