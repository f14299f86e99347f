from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PortfolioCashflow")


@_attrs_define
class PortfolioCashflow:
    """Cash flows per activity type (e.g. CSD, DIV), each a series aligned with `timestamp`."""

    additional_properties: dict[str, list[Decimal | None]] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = []
            for additional_property_item_data in prop:
                additional_property_item: None | str
                if isinstance(additional_property_item_data, Decimal):
                    additional_property_item = format(additional_property_item_data, "f")
                else:
                    additional_property_item = additional_property_item_data
                field_dict[prop_name].append(additional_property_item)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _data = dict(src_dict)
        portfolio_cashflow = cls()

        additional_properties = {}
        for prop_name, prop_dict in _data.items():
            additional_property = []
            _additional_property = prop_dict
            for additional_property_item_data in _additional_property:

                def _parse_additional_property_item(data: object) -> Decimal | None:
                    if data is None:
                        return data
                    try:
                        if not isinstance(data, (str, int, float)):
                            raise TypeError()
                        additional_property_item_type_0 = Decimal(str(data))

                        return additional_property_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(Decimal | None, data)

                additional_property_item = _parse_additional_property_item(
                    additional_property_item_data
                )

                additional_property.append(additional_property_item)

            additional_properties[prop_name] = additional_property

        portfolio_cashflow.additional_properties = additional_properties
        portfolio_cashflow.raw = dict(src_dict)
        return portfolio_cashflow

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> list[Decimal | None]:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: list[Decimal | None]) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
