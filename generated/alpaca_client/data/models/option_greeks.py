from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing as parsing


@_attrs_define
class OptionGreeks:
    """Black-Scholes sensitivities of an option contract."""

    delta: Decimal
    """ Sensitivity of the option price to the underlying price. """
    gamma: Decimal
    """ Sensitivity of delta to the underlying price. """
    theta: Decimal
    """ Sensitivity of the option price to the passage of time. """
    vega: Decimal
    """ Sensitivity of the option price to implied volatility. """
    rho: Decimal
    """ Sensitivity of the option price to the risk-free rate. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["delta"] = float(self.delta)
        field_dict["gamma"] = float(self.gamma)
        field_dict["theta"] = float(self.theta)
        field_dict["vega"] = float(self.vega)
        field_dict["rho"] = float(self.rho)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a decoded JSON object; raises ``ResponseParseError`` when it is not this shape."""
        data = parsing.mapping(src_dict)
        try:
            _delta = data["delta"]
            _gamma = data["gamma"]
            _theta = data["theta"]
            _vega = data["vega"]
            _rho = data["rho"]
        except KeyError as error:
            raise parsing.missing(error, data) from None
        result = cls(
            delta=parsing.decimal_number(_delta, "delta"),
            gamma=parsing.decimal_number(_gamma, "gamma"),
            theta=parsing.decimal_number(_theta, "theta"),
            vega=parsing.decimal_number(_vega, "vega"),
            rho=parsing.decimal_number(_rho, "rho"),
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


_KEYS: frozenset[str] = frozenset({"delta", "gamma", "theta", "vega", "rho"})
