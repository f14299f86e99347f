from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.fixed_income_latest_prices_response_prices import (
        FixedIncomeLatestPricesResponsePrices,
    )


T = TypeVar("T", bound="FixedIncomeLatestPricesResponse")


@_attrs_define
class FixedIncomeLatestPricesResponse:
    """Latest price of several bonds."""

    prices: FixedIncomeLatestPricesResponsePrices
    """ Latest price keyed by ISIN. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        prices = self.prices.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prices": prices,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fixed_income_latest_prices_response_prices import (
            FixedIncomeLatestPricesResponsePrices,  # noqa: PLC0415
        )

        _data = dict(src_dict)
        prices = FixedIncomeLatestPricesResponsePrices.from_dict(_data.pop("prices"))

        fixed_income_latest_prices_response = cls(
            prices=prices,
        )

        fixed_income_latest_prices_response.additional_properties = _data
        fixed_income_latest_prices_response.raw = dict(src_dict)
        return fixed_income_latest_prices_response

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
