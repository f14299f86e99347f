from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.locate_quote_error_code import LocateQuoteErrorCode

T = TypeVar("T", bound="LocateQuoteError")


@_attrs_define
class LocateQuoteError:
    symbol: str
    code: LocateQuoteErrorCode
    message: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        code = self.code.value

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "code": code,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _data = dict(src_dict)
        symbol = _data.pop("symbol")

        code = LocateQuoteErrorCode(_data.pop("code"))

        message = _data.pop("message")

        locate_quote_error = cls(
            symbol=symbol,
            code=code,
            message=message,
        )

        locate_quote_error.additional_properties = _data
        locate_quote_error.raw = dict(src_dict)
        return locate_quote_error

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
