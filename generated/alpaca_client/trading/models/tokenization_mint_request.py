from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tokenization_issuer import TokenizationIssuer
from ..models.tokenization_network import TokenizationNetwork

T = TypeVar("T", bound="TokenizationMintRequest")


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
        underlying_symbol = self.underlying_symbol

        qty = format(self.qty, "f")

        issuer = self.issuer.value

        network = self.network.value

        wallet_address = self.wallet_address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "underlying_symbol": underlying_symbol,
                "qty": qty,
                "issuer": issuer,
                "network": network,
                "wallet_address": wallet_address,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _data = dict(src_dict)
        underlying_symbol = _data.pop("underlying_symbol")

        qty = Decimal(str(_data.pop("qty")))

        issuer = TokenizationIssuer(_data.pop("issuer"))

        network = TokenizationNetwork(_data.pop("network"))

        wallet_address = _data.pop("wallet_address")

        tokenization_mint_request = cls(
            underlying_symbol=underlying_symbol,
            qty=qty,
            issuer=issuer,
            network=network,
            wallet_address=wallet_address,
        )

        tokenization_mint_request.additional_properties = _data
        tokenization_mint_request.raw = dict(src_dict)
        return tokenization_mint_request

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
