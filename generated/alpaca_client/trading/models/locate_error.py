from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.locate_error_code import LocateErrorCode
from ..types import UNSET, Unset

T = TypeVar("T", bound="LocateError")


@_attrs_define
class LocateError:
    """Error body of locate requests; `code` is a word, not a number."""

    message: str
    code: LocateErrorCode | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        code: str | Unset = UNSET
        if not isinstance(self.code, Unset):
            code = self.code.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
            }
        )
        if code is not UNSET:
            field_dict["code"] = code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _data = dict(src_dict)
        message = _data.pop("message")

        _code = _data.pop("code", UNSET)
        code: LocateErrorCode | Unset
        if isinstance(_code, Unset):
            code = UNSET
        else:
            code = LocateErrorCode(_code)

        locate_error = cls(
            message=message,
            code=code,
        )

        locate_error.additional_properties = _data
        locate_error.raw = dict(src_dict)
        return locate_error

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
