from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing as parsing

if TYPE_CHECKING:
    from ..models.portfolio_cashflow import PortfolioCashflow


@_attrs_define
class PortfolioHistory:
    """Parallel series, one value per `timestamp`."""

    timestamp: list[int]
    """ Start of each window, Unix seconds. """
    equity: list[Decimal | None]
    profit_loss: list[Decimal | None]
    """ Profit/loss against `base_value`. """
    profit_loss_pct: list[Decimal | None]
    """ Profit/loss as a fraction of `base_value`. """
    base_value: Decimal
    """ Equity the profit/loss is measured against. """
    timeframe: str
    """ Spacing of the points, e.g. `15Min` or `1D`. """
    base_value_asof: datetime.date | None = None
    """ Trading day whose closing equity is `base_value`; absent when the first point is used. """
    cashflow: PortfolioCashflow | None = None
    """ Cash flows per activity type (e.g. CSD, DIV), each a series aligned with `timestamp`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["timestamp"] = list(self.timestamp)
        field_dict["equity"] = [
            None if item0 is None else format(item0, "f") for item0 in self.equity
        ]
        field_dict["profit_loss"] = [
            None if item0 is None else format(item0, "f") for item0 in self.profit_loss
        ]
        field_dict["profit_loss_pct"] = [
            None if item0 is None else format(item0, "f") for item0 in self.profit_loss_pct
        ]
        field_dict["base_value"] = format(self.base_value, "f")
        field_dict["timeframe"] = self.timeframe
        if self.base_value_asof is not None:
            field_dict["base_value_asof"] = self.base_value_asof.isoformat()
        if self.cashflow is not None:
            field_dict["cashflow"] = self.cashflow.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a decoded JSON object; raises ``ResponseParseError`` when it is not this shape."""
        from ..models.portfolio_cashflow import PortfolioCashflow  # noqa: PLC0415

        data = parsing.mapping(src_dict)
        try:
            _timestamp = data["timestamp"]
            _equity = data["equity"]
            _profit_loss = data["profit_loss"]
            _profit_loss_pct = data["profit_loss_pct"]
            _base_value = data["base_value"]
            _timeframe = data["timeframe"]
        except KeyError as error:
            raise parsing.missing(error, data) from None
        _base_value_asof = data.get("base_value_asof")
        _cashflow = data.get("cashflow")
        result = cls(
            timestamp=parsing.array(parsing.integer, _timestamp, "timestamp"),
            equity=parsing.array(
                lambda value0, key0: None if value0 is None else parsing.decimal(value0, key0),
                _equity,
                "equity",
            ),
            profit_loss=parsing.array(
                lambda value0, key0: None if value0 is None else parsing.decimal(value0, key0),
                _profit_loss,
                "profit_loss",
            ),
            profit_loss_pct=parsing.array(
                lambda value0, key0: None if value0 is None else parsing.decimal(value0, key0),
                _profit_loss_pct,
                "profit_loss_pct",
            ),
            base_value=parsing.decimal(_base_value, "base_value"),
            timeframe=parsing.string(_timeframe, "timeframe"),
            base_value_asof=None
            if _base_value_asof is None
            else parsing.date(_base_value_asof, "base_value_asof"),
            cashflow=None
            if _cashflow is None
            else parsing.model(PortfolioCashflow.from_dict, _cashflow, "cashflow"),
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
        "timestamp",
        "equity",
        "profit_loss",
        "profit_loss_pct",
        "base_value",
        "timeframe",
        "base_value_asof",
        "cashflow",
    }
)
