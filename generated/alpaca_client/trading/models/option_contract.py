from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.asset_status import AssetStatus
from ..models.option_style import OptionStyle
from ..models.option_type import OptionType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.option_deliverable import OptionDeliverable


T = TypeVar("T", bound="OptionContract")


@_attrs_define
class OptionContract:
    id: str
    symbol: str
    """ OCC symbol, e.g. `AAPL250620C00100000`. """
    name: str
    status: AssetStatus
    tradable: bool
    expiration_date: datetime.date
    underlying_symbol: str
    underlying_asset_id: str
    type_: OptionType
    style: OptionStyle
    strike_price: Decimal
    multiplier: Decimal
    """ Premium and strike multiplier (100 for standard contracts). """
    size: Decimal
    """ Underlying shares delivered per contract; not a multiplier for adjusted contracts. """
    root_symbol: str | Unset = UNSET
    open_interest: Decimal | None | Unset = UNSET
    open_interest_date: datetime.date | None | Unset = UNSET
    close_price: Decimal | None | Unset = UNSET
    close_price_date: datetime.date | None | Unset = UNSET
    deliverables: list[OptionDeliverable] | Unset = UNSET
    """ What exercise delivers; in lists only with `show_deliverables=true`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        symbol = self.symbol

        name = self.name

        status = self.status.value

        tradable = self.tradable

        expiration_date = self.expiration_date.isoformat()

        underlying_symbol = self.underlying_symbol

        underlying_asset_id = self.underlying_asset_id

        type_ = self.type_.value

        style = self.style.value

        strike_price = format(self.strike_price, "f")

        multiplier = format(self.multiplier, "f")

        size = format(self.size, "f")

        root_symbol = self.root_symbol

        open_interest: None | str | Unset
        if isinstance(self.open_interest, Unset):
            open_interest = UNSET
        elif isinstance(self.open_interest, Decimal):
            open_interest = format(self.open_interest, "f")
        else:
            open_interest = self.open_interest

        open_interest_date: None | str | Unset
        if isinstance(self.open_interest_date, Unset):
            open_interest_date = UNSET
        elif isinstance(self.open_interest_date, datetime.date):
            open_interest_date = self.open_interest_date.isoformat()
        else:
            open_interest_date = self.open_interest_date

        close_price: None | str | Unset
        if isinstance(self.close_price, Unset):
            close_price = UNSET
        elif isinstance(self.close_price, Decimal):
            close_price = format(self.close_price, "f")
        else:
            close_price = self.close_price

        close_price_date: None | str | Unset
        if isinstance(self.close_price_date, Unset):
            close_price_date = UNSET
        elif isinstance(self.close_price_date, datetime.date):
            close_price_date = self.close_price_date.isoformat()
        else:
            close_price_date = self.close_price_date

        deliverables: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.deliverables, Unset):
            deliverables = []
            for deliverables_item_data in self.deliverables:
                deliverables_item = deliverables_item_data.to_dict()
                deliverables.append(deliverables_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "symbol": symbol,
                "name": name,
                "status": status,
                "tradable": tradable,
                "expiration_date": expiration_date,
                "underlying_symbol": underlying_symbol,
                "underlying_asset_id": underlying_asset_id,
                "type": type_,
                "style": style,
                "strike_price": strike_price,
                "multiplier": multiplier,
                "size": size,
            }
        )
        if root_symbol is not UNSET:
            field_dict["root_symbol"] = root_symbol
        if open_interest is not UNSET:
            field_dict["open_interest"] = open_interest
        if open_interest_date is not UNSET:
            field_dict["open_interest_date"] = open_interest_date
        if close_price is not UNSET:
            field_dict["close_price"] = close_price
        if close_price_date is not UNSET:
            field_dict["close_price_date"] = close_price_date
        if deliverables is not UNSET:
            field_dict["deliverables"] = deliverables

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.option_deliverable import OptionDeliverable  # noqa: PLC0415

        _data = dict(src_dict)
        id = _data.pop("id")

        symbol = _data.pop("symbol")

        name = _data.pop("name")

        status = AssetStatus(_data.pop("status"))

        tradable = _data.pop("tradable")

        expiration_date = datetime.date.fromisoformat(_data.pop("expiration_date"))

        underlying_symbol = _data.pop("underlying_symbol")

        underlying_asset_id = _data.pop("underlying_asset_id")

        type_ = OptionType(_data.pop("type"))

        style = OptionStyle(_data.pop("style"))

        strike_price = Decimal(str(_data.pop("strike_price")))

        multiplier = Decimal(str(_data.pop("multiplier")))

        size = Decimal(str(_data.pop("size")))

        root_symbol = _data.pop("root_symbol", UNSET)

        def _parse_open_interest(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, (str, int, float)):
                    raise TypeError()
                open_interest_type_0 = Decimal(str(data))

                return open_interest_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        open_interest = _parse_open_interest(_data.pop("open_interest", UNSET))

        def _parse_open_interest_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                open_interest_date_type_0 = datetime.date.fromisoformat(data)

                return open_interest_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        open_interest_date = _parse_open_interest_date(_data.pop("open_interest_date", UNSET))

        def _parse_close_price(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, (str, int, float)):
                    raise TypeError()
                close_price_type_0 = Decimal(str(data))

                return close_price_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        close_price = _parse_close_price(_data.pop("close_price", UNSET))

        def _parse_close_price_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                close_price_date_type_0 = datetime.date.fromisoformat(data)

                return close_price_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        close_price_date = _parse_close_price_date(_data.pop("close_price_date", UNSET))

        _deliverables = _data.pop("deliverables", UNSET)
        deliverables: list[OptionDeliverable] | Unset = UNSET
        if _deliverables is not UNSET:
            deliverables = []
            for deliverables_item_data in _deliverables:
                deliverables_item = OptionDeliverable.from_dict(deliverables_item_data)

                deliverables.append(deliverables_item)

        option_contract = cls(
            id=id,
            symbol=symbol,
            name=name,
            status=status,
            tradable=tradable,
            expiration_date=expiration_date,
            underlying_symbol=underlying_symbol,
            underlying_asset_id=underlying_asset_id,
            type_=type_,
            style=style,
            strike_price=strike_price,
            multiplier=multiplier,
            size=size,
            root_symbol=root_symbol,
            open_interest=open_interest,
            open_interest_date=open_interest_date,
            close_price=close_price,
            close_price_date=close_price_date,
            deliverables=deliverables,
        )

        option_contract.additional_properties = _data
        option_contract.raw = dict(src_dict)
        return option_contract

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
