from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing as parsing
from ..models.tokenization_issuer import TokenizationIssuer
from ..models.tokenization_network import TokenizationNetwork


@_attrs_define
class TokenizationMintRequest:
    underlying_symbol: str
    qty: Decimal
    """ Underlying quantity to tokenize (may be fractional). """
    issuer: TokenizationIssuer
    network: TokenizationNetwork
    wallet_address: str
    """ Wallet that receives the tokens. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["underlying_symbol"] = self.underlying_symbol
        field_dict["qty"] = format(self.qty, "f")
        field_dict["issuer"] = self.issuer.value
        field_dict["network"] = self.network.value
        field_dict["wallet_address"] = self.wallet_address
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a decoded JSON object; raises ``ResponseParseError`` when it is not this shape."""
        data = parsing.mapping(src_dict)
        try:
            _underlying_symbol = data["underlying_symbol"]
            _qty = data["qty"]
            _issuer = data["issuer"]
            _network = data["network"]
            _wallet_address = data["wallet_address"]
        except KeyError as error:
            raise parsing.missing(error, data) from None
        result = cls(
            underlying_symbol=parsing.string(_underlying_symbol, "underlying_symbol"),
            qty=parsing.decimal(_qty, "qty"),
            issuer=parsing.str_enum(TokenizationIssuer, _issuer, "issuer"),
            network=parsing.str_enum(TokenizationNetwork, _network, "network"),
            wallet_address=parsing.string(_wallet_address, "wallet_address"),
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


_KEYS: frozenset[str] = frozenset(
    {"underlying_symbol", "qty", "issuer", "network", "wallet_address"}
)
