from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.option_latest_trades_response_trades import OptionLatestTradesResponseTrades


T = TypeVar("T", bound="OptionLatestTradesResponse")


@_attrs_define
class OptionLatestTradesResponse:
    """Latest trade of several option contracts."""

    trades: OptionLatestTradesResponseTrades
    """ Latest trade keyed by contract symbol. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        trades = self.trades.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "trades": trades,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.option_latest_trades_response_trades import OptionLatestTradesResponseTrades  # noqa: PLC0415

        _data = dict(src_dict)
        trades = OptionLatestTradesResponseTrades.from_dict(_data.pop("trades"))

        option_latest_trades_response = cls(
            trades=trades,
        )

        option_latest_trades_response.additional_properties = _data
        option_latest_trades_response.raw = dict(src_dict)
        return option_latest_trades_response

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
