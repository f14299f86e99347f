from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing as parsing

if TYPE_CHECKING:
    from ..models.stock_snapshot import StockSnapshot


@_attrs_define
class StockSnapshotsResponse:
    """Snapshots keyed by symbol at the top level of the body (no wrapper key)."""

    additional_properties: dict[str, None | StockSnapshot] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {
            name: None if value is None else value.to_dict()
            for name, value in self.additional_properties.items()
        }
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a decoded JSON object; raises ``ResponseParseError`` when it is not this shape."""
        from ..models.stock_snapshot import StockSnapshot  # noqa: PLC0415

        data = parsing.mapping(src_dict)
        result = cls()
        result.additional_properties = parsing.entries(
            lambda value0, key0: (
                None if value0 is None else parsing.model(StockSnapshot.from_dict, value0, key0)
            ),
            data,
            _KEYS,
        )
        result.raw = dict(data)
        return result

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> None | StockSnapshot:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: None | StockSnapshot) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


_KEYS: frozenset[str] = frozenset()
