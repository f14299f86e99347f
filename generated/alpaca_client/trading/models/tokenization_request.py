from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tokenization_issuer import TokenizationIssuer
from ..models.tokenization_network import TokenizationNetwork
from ..models.tokenization_request_status import TokenizationRequestStatus
from ..models.tokenization_request_type import TokenizationRequestType
from ..types import UNSET, Unset

T = TypeVar("T", bound="TokenizationRequest")


@_attrs_define
class TokenizationRequest:
    tokenization_request_id: str
    type_: TokenizationRequestType
    status: TokenizationRequestStatus
    underlying_symbol: str
    token_symbol: str
    qty: Decimal
    issuer: TokenizationIssuer
    network: TokenizationNetwork
    wallet_address: str
    created_at: datetime.datetime
    issuer_request_id: None | str | Unset = UNSET
    fees: Decimal | None | Unset = UNSET
    tx_hash: None | str | Unset = UNSET
    """ On-chain hash once completed. """
    account: str | Unset = UNSET
    """ Alpaca account id. """
    issuer_account: str | Unset = UNSET
    """ The issuer's account id. """
    updated_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        tokenization_request_id = self.tokenization_request_id

        type_ = self.type_.value

        status = self.status.value

        underlying_symbol = self.underlying_symbol

        token_symbol = self.token_symbol

        qty = format(self.qty, "f")

        issuer = self.issuer.value

        network = self.network.value

        wallet_address = self.wallet_address

        created_at = self.created_at.isoformat()

        issuer_request_id: None | str | Unset
        if isinstance(self.issuer_request_id, Unset):
            issuer_request_id = UNSET
        else:
            issuer_request_id = self.issuer_request_id

        fees: None | str | Unset
        if isinstance(self.fees, Unset):
            fees = UNSET
        elif isinstance(self.fees, Decimal):
            fees = format(self.fees, "f")
        else:
            fees = self.fees

        tx_hash: None | str | Unset
        if isinstance(self.tx_hash, Unset):
            tx_hash = UNSET
        else:
            tx_hash = self.tx_hash

        account = self.account

        issuer_account = self.issuer_account

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tokenization_request_id": tokenization_request_id,
                "type": type_,
                "status": status,
                "underlying_symbol": underlying_symbol,
                "token_symbol": token_symbol,
                "qty": qty,
                "issuer": issuer,
                "network": network,
                "wallet_address": wallet_address,
                "created_at": created_at,
            }
        )
        if issuer_request_id is not UNSET:
            field_dict["issuer_request_id"] = issuer_request_id
        if fees is not UNSET:
            field_dict["fees"] = fees
        if tx_hash is not UNSET:
            field_dict["tx_hash"] = tx_hash
        if account is not UNSET:
            field_dict["account"] = account
        if issuer_account is not UNSET:
            field_dict["issuer_account"] = issuer_account
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _data = dict(src_dict)
        tokenization_request_id = _data.pop("tokenization_request_id")

        type_ = TokenizationRequestType(_data.pop("type"))

        status = TokenizationRequestStatus(_data.pop("status"))

        underlying_symbol = _data.pop("underlying_symbol")

        token_symbol = _data.pop("token_symbol")

        qty = Decimal(str(_data.pop("qty")))

        issuer = TokenizationIssuer(_data.pop("issuer"))

        network = TokenizationNetwork(_data.pop("network"))

        wallet_address = _data.pop("wallet_address")

        created_at = datetime.datetime.fromisoformat(_data.pop("created_at"))

        def _parse_issuer_request_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        issuer_request_id = _parse_issuer_request_id(_data.pop("issuer_request_id", UNSET))

        def _parse_fees(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, (str, int, float)):
                    raise TypeError()
                fees_type_0 = Decimal(str(data))

                return fees_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        fees = _parse_fees(_data.pop("fees", UNSET))

        def _parse_tx_hash(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tx_hash = _parse_tx_hash(_data.pop("tx_hash", UNSET))

        account = _data.pop("account", UNSET)

        issuer_account = _data.pop("issuer_account", UNSET)

        def _parse_updated_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        updated_at = _parse_updated_at(_data.pop("updated_at", UNSET))

        tokenization_request = cls(
            tokenization_request_id=tokenization_request_id,
            type_=type_,
            status=status,
            underlying_symbol=underlying_symbol,
            token_symbol=token_symbol,
            qty=qty,
            issuer=issuer,
            network=network,
            wallet_address=wallet_address,
            created_at=created_at,
            issuer_request_id=issuer_request_id,
            fees=fees,
            tx_hash=tx_hash,
            account=account,
            issuer_account=issuer_account,
            updated_at=updated_at,
        )

        tokenization_request.additional_properties = _data
        tokenization_request.raw = dict(src_dict)
        return tokenization_request

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
