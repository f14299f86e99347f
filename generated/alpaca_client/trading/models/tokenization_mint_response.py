from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tokenization_issuer import TokenizationIssuer
from ..models.tokenization_network import TokenizationNetwork
from ..models.tokenization_request_status import TokenizationRequestStatus

T = TypeVar("T", bound="TokenizationMintResponse")


@_attrs_define
class TokenizationMintResponse:
    tokenization_request_id: str
    status: TokenizationRequestStatus
    underlying_symbol: str
    token_symbol: str
    qty: Decimal
    issuer: TokenizationIssuer
    network: TokenizationNetwork
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        tokenization_request_id = self.tokenization_request_id

        status = self.status.value

        underlying_symbol = self.underlying_symbol

        token_symbol = self.token_symbol

        qty = format(self.qty, "f")

        issuer = self.issuer.value

        network = self.network.value

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tokenization_request_id": tokenization_request_id,
                "status": status,
                "underlying_symbol": underlying_symbol,
                "token_symbol": token_symbol,
                "qty": qty,
                "issuer": issuer,
                "network": network,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _data = dict(src_dict)
        tokenization_request_id = _data.pop("tokenization_request_id")

        status = TokenizationRequestStatus(_data.pop("status"))

        underlying_symbol = _data.pop("underlying_symbol")

        token_symbol = _data.pop("token_symbol")

        qty = Decimal(str(_data.pop("qty")))

        issuer = TokenizationIssuer(_data.pop("issuer"))

        network = TokenizationNetwork(_data.pop("network"))

        created_at = datetime.datetime.fromisoformat(_data.pop("created_at"))

        tokenization_mint_response = cls(
            tokenization_request_id=tokenization_request_id,
            status=status,
            underlying_symbol=underlying_symbol,
            token_symbol=token_symbol,
            qty=qty,
            issuer=issuer,
            network=network,
            created_at=created_at,
        )

        tokenization_mint_response.additional_properties = _data
        tokenization_mint_response.raw = dict(src_dict)
        return tokenization_mint_response

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
