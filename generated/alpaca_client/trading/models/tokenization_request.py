from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing as parsing
from ..models.tokenization_issuer import TokenizationIssuer
from ..models.tokenization_network import TokenizationNetwork
from ..models.tokenization_request_status import TokenizationRequestStatus
from ..models.tokenization_request_type import TokenizationRequestType


@_attrs_define
class TokenizationRequest:
    tokenization_request_id: str
    type: TokenizationRequestType
    status: TokenizationRequestStatus
    underlying_symbol: str
    token_symbol: str
    qty: Decimal
    issuer: TokenizationIssuer
    network: TokenizationNetwork
    wallet_address: str
    created_at: datetime.datetime
    issuer_request_id: str | None = None
    fees: Decimal | None = None
    tx_hash: str | None = None
    """ On-chain hash once completed. """
    account: str | None = None
    """ Alpaca account id. """
    issuer_account: str | None = None
    """ The issuer's account id. """
    updated_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["tokenization_request_id"] = self.tokenization_request_id
        field_dict["type"] = self.type.value
        field_dict["status"] = self.status.value
        field_dict["underlying_symbol"] = self.underlying_symbol
        field_dict["token_symbol"] = self.token_symbol
        field_dict["qty"] = format(self.qty, "f")
        field_dict["issuer"] = self.issuer.value
        field_dict["network"] = self.network.value
        field_dict["wallet_address"] = self.wallet_address
        field_dict["created_at"] = self.created_at.isoformat()
        if self.issuer_request_id is not None:
            field_dict["issuer_request_id"] = self.issuer_request_id
        if self.fees is not None:
            field_dict["fees"] = format(self.fees, "f")
        if self.tx_hash is not None:
            field_dict["tx_hash"] = self.tx_hash
        if self.account is not None:
            field_dict["account"] = self.account
        if self.issuer_account is not None:
            field_dict["issuer_account"] = self.issuer_account
        if self.updated_at is not None:
            field_dict["updated_at"] = self.updated_at.isoformat()
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a decoded JSON object; raises ``ResponseParseError`` when it is not this shape."""
        data = parsing.mapping(src_dict)
        try:
            _tokenization_request_id = data["tokenization_request_id"]
            _type = data["type"]
            _status = data["status"]
            _underlying_symbol = data["underlying_symbol"]
            _token_symbol = data["token_symbol"]
            _qty = data["qty"]
            _issuer = data["issuer"]
            _network = data["network"]
            _wallet_address = data["wallet_address"]
            _created_at = data["created_at"]
        except KeyError as error:
            raise parsing.missing(error, data) from None
        _issuer_request_id = data.get("issuer_request_id")
        _fees = data.get("fees")
        _tx_hash = data.get("tx_hash")
        _account = data.get("account")
        _issuer_account = data.get("issuer_account")
        _updated_at = data.get("updated_at")
        result = cls(
            tokenization_request_id=parsing.string(
                _tokenization_request_id, "tokenization_request_id"
            ),
            type=parsing.str_enum(TokenizationRequestType, _type, "type"),
            status=parsing.str_enum(TokenizationRequestStatus, _status, "status"),
            underlying_symbol=parsing.string(_underlying_symbol, "underlying_symbol"),
            token_symbol=parsing.string(_token_symbol, "token_symbol"),
            qty=parsing.decimal(_qty, "qty"),
            issuer=parsing.str_enum(TokenizationIssuer, _issuer, "issuer"),
            network=parsing.str_enum(TokenizationNetwork, _network, "network"),
            wallet_address=parsing.string(_wallet_address, "wallet_address"),
            created_at=parsing.date_time(_created_at, "created_at"),
            issuer_request_id=None
            if _issuer_request_id is None
            else parsing.string(_issuer_request_id, "issuer_request_id"),
            fees=None if _fees is None else parsing.decimal(_fees, "fees"),
            tx_hash=None if _tx_hash is None else parsing.string(_tx_hash, "tx_hash"),
            account=None if _account is None else parsing.string(_account, "account"),
            issuer_account=None
            if _issuer_account is None
            else parsing.string(_issuer_account, "issuer_account"),
            updated_at=None
            if _updated_at is None
            else parsing.date_time(_updated_at, "updated_at"),
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
    {
        "tokenization_request_id",
        "type",
        "status",
        "underlying_symbol",
        "token_symbol",
        "qty",
        "issuer",
        "network",
        "wallet_address",
        "created_at",
        "issuer_request_id",
        "fees",
        "tx_hash",
        "account",
        "issuer_account",
        "updated_at",
    }
)
