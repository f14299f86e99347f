from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.corporate_action_type import CorporateActionType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CorporateActionAnnouncement")


@_attrs_define
class CorporateActionAnnouncement:
    """A dividend, merger, spinoff or split announced by a company."""

    id: str | Unset = UNSET
    corporate_action_id: str | Unset = UNSET
    corporate_actions_id: str | Unset = UNSET
    ca_type: CorporateActionType | Unset = UNSET
    ca_sub_type: str | Unset = UNSET
    """ Finer kind, e.g. `cash` or `stock` for dividends. """
    initiating_symbol: str | Unset = UNSET
    initiating_original_cusip: str | Unset = UNSET
    target_symbol: str | Unset = UNSET
    target_original_cusip: str | Unset = UNSET
    declaration_date: datetime.date | None | Unset = UNSET
    ex_date: datetime.date | None | Unset = UNSET
    record_date: datetime.date | None | Unset = UNSET
    payable_date: datetime.date | None | Unset = UNSET
    expiration_date: datetime.date | None | Unset = UNSET
    cash: Decimal | Unset = UNSET
    """ Cash per share. """
    old_rate: Decimal | Unset = UNSET
    """ Old side of the exchange ratio. """
    new_rate: Decimal | Unset = UNSET
    """ New side of the exchange ratio. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        corporate_action_id = self.corporate_action_id

        corporate_actions_id = self.corporate_actions_id

        ca_type: str | Unset = UNSET
        if not isinstance(self.ca_type, Unset):
            ca_type = self.ca_type.value

        ca_sub_type = self.ca_sub_type

        initiating_symbol = self.initiating_symbol

        initiating_original_cusip = self.initiating_original_cusip

        target_symbol = self.target_symbol

        target_original_cusip = self.target_original_cusip

        declaration_date: None | str | Unset
        if isinstance(self.declaration_date, Unset):
            declaration_date = UNSET
        elif isinstance(self.declaration_date, datetime.date):
            declaration_date = self.declaration_date.isoformat()
        else:
            declaration_date = self.declaration_date

        ex_date: None | str | Unset
        if isinstance(self.ex_date, Unset):
            ex_date = UNSET
        elif isinstance(self.ex_date, datetime.date):
            ex_date = self.ex_date.isoformat()
        else:
            ex_date = self.ex_date

        record_date: None | str | Unset
        if isinstance(self.record_date, Unset):
            record_date = UNSET
        elif isinstance(self.record_date, datetime.date):
            record_date = self.record_date.isoformat()
        else:
            record_date = self.record_date

        payable_date: None | str | Unset
        if isinstance(self.payable_date, Unset):
            payable_date = UNSET
        elif isinstance(self.payable_date, datetime.date):
            payable_date = self.payable_date.isoformat()
        else:
            payable_date = self.payable_date

        expiration_date: None | str | Unset
        if isinstance(self.expiration_date, Unset):
            expiration_date = UNSET
        elif isinstance(self.expiration_date, datetime.date):
            expiration_date = self.expiration_date.isoformat()
        else:
            expiration_date = self.expiration_date

        cash: str | Unset = UNSET
        if not isinstance(self.cash, Unset):
            cash = format(self.cash, "f")

        old_rate: str | Unset = UNSET
        if not isinstance(self.old_rate, Unset):
            old_rate = format(self.old_rate, "f")

        new_rate: str | Unset = UNSET
        if not isinstance(self.new_rate, Unset):
            new_rate = format(self.new_rate, "f")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if corporate_action_id is not UNSET:
            field_dict["corporate_action_id"] = corporate_action_id
        if corporate_actions_id is not UNSET:
            field_dict["corporate_actions_id"] = corporate_actions_id
        if ca_type is not UNSET:
            field_dict["ca_type"] = ca_type
        if ca_sub_type is not UNSET:
            field_dict["ca_sub_type"] = ca_sub_type
        if initiating_symbol is not UNSET:
            field_dict["initiating_symbol"] = initiating_symbol
        if initiating_original_cusip is not UNSET:
            field_dict["initiating_original_cusip"] = initiating_original_cusip
        if target_symbol is not UNSET:
            field_dict["target_symbol"] = target_symbol
        if target_original_cusip is not UNSET:
            field_dict["target_original_cusip"] = target_original_cusip
        if declaration_date is not UNSET:
            field_dict["declaration_date"] = declaration_date
        if ex_date is not UNSET:
            field_dict["ex_date"] = ex_date
        if record_date is not UNSET:
            field_dict["record_date"] = record_date
        if payable_date is not UNSET:
            field_dict["payable_date"] = payable_date
        if expiration_date is not UNSET:
            field_dict["expiration_date"] = expiration_date
        if cash is not UNSET:
            field_dict["cash"] = cash
        if old_rate is not UNSET:
            field_dict["old_rate"] = old_rate
        if new_rate is not UNSET:
            field_dict["new_rate"] = new_rate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _data = dict(src_dict)
        id = _data.pop("id", UNSET)

        corporate_action_id = _data.pop("corporate_action_id", UNSET)

        corporate_actions_id = _data.pop("corporate_actions_id", UNSET)

        _ca_type = _data.pop("ca_type", UNSET)
        ca_type: CorporateActionType | Unset
        if isinstance(_ca_type, Unset):
            ca_type = UNSET
        else:
            ca_type = CorporateActionType(_ca_type)

        ca_sub_type = _data.pop("ca_sub_type", UNSET)

        initiating_symbol = _data.pop("initiating_symbol", UNSET)

        initiating_original_cusip = _data.pop("initiating_original_cusip", UNSET)

        target_symbol = _data.pop("target_symbol", UNSET)

        target_original_cusip = _data.pop("target_original_cusip", UNSET)

        def _parse_declaration_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                declaration_date_type_0 = datetime.date.fromisoformat(data)

                return declaration_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        declaration_date = _parse_declaration_date(_data.pop("declaration_date", UNSET))

        def _parse_ex_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ex_date_type_0 = datetime.date.fromisoformat(data)

                return ex_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        ex_date = _parse_ex_date(_data.pop("ex_date", UNSET))

        def _parse_record_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                record_date_type_0 = datetime.date.fromisoformat(data)

                return record_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        record_date = _parse_record_date(_data.pop("record_date", UNSET))

        def _parse_payable_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                payable_date_type_0 = datetime.date.fromisoformat(data)

                return payable_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        payable_date = _parse_payable_date(_data.pop("payable_date", UNSET))

        def _parse_expiration_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expiration_date_type_0 = datetime.date.fromisoformat(data)

                return expiration_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        expiration_date = _parse_expiration_date(_data.pop("expiration_date", UNSET))

        _cash = _data.pop("cash", UNSET)
        cash: Decimal | Unset
        if isinstance(_cash, Unset):
            cash = UNSET
        else:
            cash = Decimal(str(_cash))

        _old_rate = _data.pop("old_rate", UNSET)
        old_rate: Decimal | Unset
        if isinstance(_old_rate, Unset):
            old_rate = UNSET
        else:
            old_rate = Decimal(str(_old_rate))

        _new_rate = _data.pop("new_rate", UNSET)
        new_rate: Decimal | Unset
        if isinstance(_new_rate, Unset):
            new_rate = UNSET
        else:
            new_rate = Decimal(str(_new_rate))

        corporate_action_announcement = cls(
            id=id,
            corporate_action_id=corporate_action_id,
            corporate_actions_id=corporate_actions_id,
            ca_type=ca_type,
            ca_sub_type=ca_sub_type,
            initiating_symbol=initiating_symbol,
            initiating_original_cusip=initiating_original_cusip,
            target_symbol=target_symbol,
            target_original_cusip=target_original_cusip,
            declaration_date=declaration_date,
            ex_date=ex_date,
            record_date=record_date,
            payable_date=payable_date,
            expiration_date=expiration_date,
            cash=cash,
            old_rate=old_rate,
            new_rate=new_rate,
        )

        corporate_action_announcement.additional_properties = _data
        corporate_action_announcement.raw = dict(src_dict)
        return corporate_action_announcement

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
