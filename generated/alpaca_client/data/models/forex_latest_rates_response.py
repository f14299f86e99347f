from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.forex_latest_rates_response_rates import ForexLatestRatesResponseRates


T = TypeVar("T", bound="ForexLatestRatesResponse")


@_attrs_define
class ForexLatestRatesResponse:
    """Latest exchange rate of several currency pairs."""

    rates: ForexLatestRatesResponseRates
    """ Latest rate keyed by currency pair. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        rates = self.rates.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rates": rates,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.forex_latest_rates_response_rates import ForexLatestRatesResponseRates  # noqa: PLC0415

        _data = dict(src_dict)
        rates = ForexLatestRatesResponseRates.from_dict(_data.pop("rates"))

        forex_latest_rates_response = cls(
            rates=rates,
        )

        forex_latest_rates_response.additional_properties = _data
        forex_latest_rates_response.raw = dict(src_dict)
        return forex_latest_rates_response

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
