from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="OptionGreeks")


@_attrs_define
class OptionGreeks:
    """Black-Scholes sensitivities of an option contract."""

    delta: float
    """ Sensitivity of the option price to the underlying price. """
    gamma: float
    """ Sensitivity of delta to the underlying price. """
    theta: float
    """ Sensitivity of the option price to the passage of time. """
    vega: float
    """ Sensitivity of the option price to implied volatility. """
    rho: float
    """ Sensitivity of the option price to the risk-free rate. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        delta = self.delta

        gamma = self.gamma

        theta = self.theta

        vega = self.vega

        rho = self.rho

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "delta": delta,
                "gamma": gamma,
                "theta": theta,
                "vega": vega,
                "rho": rho,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _data = dict(src_dict)
        delta = _data.pop("delta")

        gamma = _data.pop("gamma")

        theta = _data.pop("theta")

        vega = _data.pop("vega")

        rho = _data.pop("rho")

        option_greeks = cls(
            delta=delta,
            gamma=gamma,
            theta=theta,
            vega=vega,
            rho=rho,
        )

        option_greeks.additional_properties = _data
        option_greeks.raw = dict(src_dict)
        return option_greeks

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
