from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.option_trades_response_trades import OptionTradesResponseTrades


T = TypeVar("T", bound="OptionTradesResponse")


@_attrs_define
class OptionTradesResponse:
    """A page of option trades for several contracts."""

    trades: OptionTradesResponseTrades
    """ Trades keyed by contract symbol. """
    next_page_token: None | str | Unset = UNSET
    """ Token for the next page; null on the last page. """
    currency: str | Unset = UNSET
    """ ISO 4217 currency of the prices. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        trades = self.trades.to_dict()

        next_page_token: None | str | Unset
        if isinstance(self.next_page_token, Unset):
            next_page_token = UNSET
        else:
            next_page_token = self.next_page_token

        currency = self.currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "trades": trades,
            }
        )
        if next_page_token is not UNSET:
            field_dict["next_page_token"] = next_page_token
        if currency is not UNSET:
            field_dict["currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.option_trades_response_trades import OptionTradesResponseTrades  # noqa: PLC0415

        _data = dict(src_dict)
        trades = OptionTradesResponseTrades.from_dict(_data.pop("trades"))

        def _parse_next_page_token(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_page_token = _parse_next_page_token(_data.pop("next_page_token", UNSET))

        currency = _data.pop("currency", UNSET)

        option_trades_response = cls(
            trades=trades,
            next_page_token=next_page_token,
            currency=currency,
        )

        option_trades_response.additional_properties = _data
        option_trades_response.raw = dict(src_dict)
        return option_trades_response

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
