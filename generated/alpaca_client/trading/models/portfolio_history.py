from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.portfolio_cashflow import PortfolioCashflow


T = TypeVar("T", bound="PortfolioHistory")


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
    base_value_asof: datetime.date | Unset = UNSET
    """ Trading day whose closing equity is `base_value`; absent when the first point is used. """
    cashflow: PortfolioCashflow | Unset = UNSET
    """ Cash flows per activity type (e.g. CSD, DIV), each a series aligned with `timestamp`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        timestamp = self.timestamp

        equity = []
        for equity_item_data in self.equity:
            equity_item: None | str
            if isinstance(equity_item_data, Decimal):
                equity_item = format(equity_item_data, "f")
            else:
                equity_item = equity_item_data
            equity.append(equity_item)

        profit_loss = []
        for profit_loss_item_data in self.profit_loss:
            profit_loss_item: None | str
            if isinstance(profit_loss_item_data, Decimal):
                profit_loss_item = format(profit_loss_item_data, "f")
            else:
                profit_loss_item = profit_loss_item_data
            profit_loss.append(profit_loss_item)

        profit_loss_pct = []
        for profit_loss_pct_item_data in self.profit_loss_pct:
            profit_loss_pct_item: None | str
            if isinstance(profit_loss_pct_item_data, Decimal):
                profit_loss_pct_item = format(profit_loss_pct_item_data, "f")
            else:
                profit_loss_pct_item = profit_loss_pct_item_data
            profit_loss_pct.append(profit_loss_pct_item)

        base_value = format(self.base_value, "f")

        timeframe = self.timeframe

        base_value_asof: str | Unset = UNSET
        if not isinstance(self.base_value_asof, Unset):
            base_value_asof = self.base_value_asof.isoformat()

        cashflow: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cashflow, Unset):
            cashflow = self.cashflow.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "timestamp": timestamp,
                "equity": equity,
                "profit_loss": profit_loss,
                "profit_loss_pct": profit_loss_pct,
                "base_value": base_value,
                "timeframe": timeframe,
            }
        )
        if base_value_asof is not UNSET:
            field_dict["base_value_asof"] = base_value_asof
        if cashflow is not UNSET:
            field_dict["cashflow"] = cashflow

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.portfolio_cashflow import PortfolioCashflow  # noqa: PLC0415

        _data = dict(src_dict)
        timestamp = cast(list[int], _data.pop("timestamp"))

        equity = []
        _equity = _data.pop("equity")
        for equity_item_data in _equity:

            def _parse_equity_item(data: object) -> Decimal | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, (str, int, float)):
                        raise TypeError()
                    equity_item_type_0 = Decimal(str(data))

                    return equity_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(Decimal | None, data)

            equity_item = _parse_equity_item(equity_item_data)

            equity.append(equity_item)

        profit_loss = []
        _profit_loss = _data.pop("profit_loss")
        for profit_loss_item_data in _profit_loss:

            def _parse_profit_loss_item(data: object) -> Decimal | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, (str, int, float)):
                        raise TypeError()
                    profit_loss_item_type_0 = Decimal(str(data))

                    return profit_loss_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(Decimal | None, data)

            profit_loss_item = _parse_profit_loss_item(profit_loss_item_data)

            profit_loss.append(profit_loss_item)

        profit_loss_pct = []
        _profit_loss_pct = _data.pop("profit_loss_pct")
        for profit_loss_pct_item_data in _profit_loss_pct:

            def _parse_profit_loss_pct_item(data: object) -> Decimal | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, (str, int, float)):
                        raise TypeError()
                    profit_loss_pct_item_type_0 = Decimal(str(data))

                    return profit_loss_pct_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(Decimal | None, data)

            profit_loss_pct_item = _parse_profit_loss_pct_item(profit_loss_pct_item_data)

            profit_loss_pct.append(profit_loss_pct_item)

        base_value = Decimal(str(_data.pop("base_value")))

        timeframe = _data.pop("timeframe")

        _base_value_asof = _data.pop("base_value_asof", UNSET)
        base_value_asof: datetime.date | Unset
        if isinstance(_base_value_asof, Unset):
            base_value_asof = UNSET
        else:
            base_value_asof = datetime.date.fromisoformat(_base_value_asof)

        _cashflow = _data.pop("cashflow", UNSET)
        cashflow: PortfolioCashflow | Unset
        if isinstance(_cashflow, Unset):
            cashflow = UNSET
        else:
            cashflow = PortfolioCashflow.from_dict(_cashflow)

        portfolio_history = cls(
            timestamp=timestamp,
            equity=equity,
            profit_loss=profit_loss,
            profit_loss_pct=profit_loss_pct,
            base_value=base_value,
            timeframe=timeframe,
            base_value_asof=base_value_asof,
            cashflow=cashflow,
        )

        portfolio_history.additional_properties = _data
        portfolio_history.raw = dict(src_dict)
        return portfolio_history

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
