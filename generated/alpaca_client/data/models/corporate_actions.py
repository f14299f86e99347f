from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing as parsing

if TYPE_CHECKING:
    from ..models.cash_dividend import CashDividend
    from ..models.cash_merger import CashMerger
    from ..models.forward_split import ForwardSplit
    from ..models.name_change import NameChange
    from ..models.partial_call import PartialCall
    from ..models.redemption import Redemption
    from ..models.reorganization import Reorganization
    from ..models.reverse_split import ReverseSplit
    from ..models.rights_distribution import RightsDistribution
    from ..models.spin_off import SpinOff
    from ..models.stock_and_cash_merger import StockAndCashMerger
    from ..models.stock_dividend import StockDividend
    from ..models.stock_merger import StockMerger
    from ..models.unit_split import UnitSplit
    from ..models.worthless_removal import WorthlessRemoval


@_attrs_define
class CorporateActions:
    """Corporate actions grouped by type; a type with no action in the page is absent."""

    cash_dividends: list[CashDividend] | None = None
    """ Cash dividends. """
    stock_dividends: list[StockDividend] | None = None
    """ Dividends paid in shares. """
    forward_splits: list[ForwardSplit] | None = None
    """ Forward splits. """
    reverse_splits: list[ReverseSplit] | None = None
    """ Reverse splits. """
    unit_splits: list[UnitSplit] | None = None
    """ Unit splits. """
    spin_offs: list[SpinOff] | None = None
    """ Spin-offs. """
    cash_mergers: list[CashMerger] | None = None
    """ Mergers paid in cash. """
    stock_mergers: list[StockMerger] | None = None
    """ Mergers paid in shares. """
    stock_and_cash_mergers: list[StockAndCashMerger] | None = None
    """ Mergers paid in shares and cash. """
    redemptions: list[Redemption] | None = None
    """ Redemptions. """
    name_changes: list[NameChange] | None = None
    """ Ticker or CUSIP changes. """
    worthless_removals: list[WorthlessRemoval] | None = None
    """ Removals of worthless securities. """
    rights_distributions: list[RightsDistribution] | None = None
    """ Rights distributions. """
    partial_calls: list[PartialCall] | None = None
    """ Partial calls. """
    reorganizations: list[Reorganization] | None = None
    """ Reorganizations. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.cash_dividends is not None:
            field_dict["cash_dividends"] = [item0.to_dict() for item0 in self.cash_dividends]
        if self.stock_dividends is not None:
            field_dict["stock_dividends"] = [item0.to_dict() for item0 in self.stock_dividends]
        if self.forward_splits is not None:
            field_dict["forward_splits"] = [item0.to_dict() for item0 in self.forward_splits]
        if self.reverse_splits is not None:
            field_dict["reverse_splits"] = [item0.to_dict() for item0 in self.reverse_splits]
        if self.unit_splits is not None:
            field_dict["unit_splits"] = [item0.to_dict() for item0 in self.unit_splits]
        if self.spin_offs is not None:
            field_dict["spin_offs"] = [item0.to_dict() for item0 in self.spin_offs]
        if self.cash_mergers is not None:
            field_dict["cash_mergers"] = [item0.to_dict() for item0 in self.cash_mergers]
        if self.stock_mergers is not None:
            field_dict["stock_mergers"] = [item0.to_dict() for item0 in self.stock_mergers]
        if self.stock_and_cash_mergers is not None:
            field_dict["stock_and_cash_mergers"] = [
                item0.to_dict() for item0 in self.stock_and_cash_mergers
            ]
        if self.redemptions is not None:
            field_dict["redemptions"] = [item0.to_dict() for item0 in self.redemptions]
        if self.name_changes is not None:
            field_dict["name_changes"] = [item0.to_dict() for item0 in self.name_changes]
        if self.worthless_removals is not None:
            field_dict["worthless_removals"] = [
                item0.to_dict() for item0 in self.worthless_removals
            ]
        if self.rights_distributions is not None:
            field_dict["rights_distributions"] = [
                item0.to_dict() for item0 in self.rights_distributions
            ]
        if self.partial_calls is not None:
            field_dict["partial_calls"] = [item0.to_dict() for item0 in self.partial_calls]
        if self.reorganizations is not None:
            field_dict["reorganizations"] = [item0.to_dict() for item0 in self.reorganizations]
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a decoded JSON object; raises ``ResponseParseError`` when it is not this shape."""
        from ..models.cash_dividend import CashDividend  # noqa: PLC0415
        from ..models.cash_merger import CashMerger  # noqa: PLC0415
        from ..models.forward_split import ForwardSplit  # noqa: PLC0415
        from ..models.name_change import NameChange  # noqa: PLC0415
        from ..models.partial_call import PartialCall  # noqa: PLC0415
        from ..models.redemption import Redemption  # noqa: PLC0415
        from ..models.reorganization import Reorganization  # noqa: PLC0415
        from ..models.reverse_split import ReverseSplit  # noqa: PLC0415
        from ..models.rights_distribution import RightsDistribution  # noqa: PLC0415
        from ..models.spin_off import SpinOff  # noqa: PLC0415
        from ..models.stock_and_cash_merger import StockAndCashMerger  # noqa: PLC0415
        from ..models.stock_dividend import StockDividend  # noqa: PLC0415
        from ..models.stock_merger import StockMerger  # noqa: PLC0415
        from ..models.unit_split import UnitSplit  # noqa: PLC0415
        from ..models.worthless_removal import WorthlessRemoval  # noqa: PLC0415

        data = parsing.mapping(src_dict)
        _cash_dividends = data.get("cash_dividends")
        _stock_dividends = data.get("stock_dividends")
        _forward_splits = data.get("forward_splits")
        _reverse_splits = data.get("reverse_splits")
        _unit_splits = data.get("unit_splits")
        _spin_offs = data.get("spin_offs")
        _cash_mergers = data.get("cash_mergers")
        _stock_mergers = data.get("stock_mergers")
        _stock_and_cash_mergers = data.get("stock_and_cash_mergers")
        _redemptions = data.get("redemptions")
        _name_changes = data.get("name_changes")
        _worthless_removals = data.get("worthless_removals")
        _rights_distributions = data.get("rights_distributions")
        _partial_calls = data.get("partial_calls")
        _reorganizations = data.get("reorganizations")
        result = cls(
            cash_dividends=None
            if _cash_dividends is None
            else parsing.array(
                lambda value0, key0: parsing.model(CashDividend.from_dict, value0, key0),
                _cash_dividends,
                "cash_dividends",
            ),
            stock_dividends=None
            if _stock_dividends is None
            else parsing.array(
                lambda value0, key0: parsing.model(StockDividend.from_dict, value0, key0),
                _stock_dividends,
                "stock_dividends",
            ),
            forward_splits=None
            if _forward_splits is None
            else parsing.array(
                lambda value0, key0: parsing.model(ForwardSplit.from_dict, value0, key0),
                _forward_splits,
                "forward_splits",
            ),
            reverse_splits=None
            if _reverse_splits is None
            else parsing.array(
                lambda value0, key0: parsing.model(ReverseSplit.from_dict, value0, key0),
                _reverse_splits,
                "reverse_splits",
            ),
            unit_splits=None
            if _unit_splits is None
            else parsing.array(
                lambda value0, key0: parsing.model(UnitSplit.from_dict, value0, key0),
                _unit_splits,
                "unit_splits",
            ),
            spin_offs=None
            if _spin_offs is None
            else parsing.array(
                lambda value0, key0: parsing.model(SpinOff.from_dict, value0, key0),
                _spin_offs,
                "spin_offs",
            ),
            cash_mergers=None
            if _cash_mergers is None
            else parsing.array(
                lambda value0, key0: parsing.model(CashMerger.from_dict, value0, key0),
                _cash_mergers,
                "cash_mergers",
            ),
            stock_mergers=None
            if _stock_mergers is None
            else parsing.array(
                lambda value0, key0: parsing.model(StockMerger.from_dict, value0, key0),
                _stock_mergers,
                "stock_mergers",
            ),
            stock_and_cash_mergers=None
            if _stock_and_cash_mergers is None
            else parsing.array(
                lambda value0, key0: parsing.model(StockAndCashMerger.from_dict, value0, key0),
                _stock_and_cash_mergers,
                "stock_and_cash_mergers",
            ),
            redemptions=None
            if _redemptions is None
            else parsing.array(
                lambda value0, key0: parsing.model(Redemption.from_dict, value0, key0),
                _redemptions,
                "redemptions",
            ),
            name_changes=None
            if _name_changes is None
            else parsing.array(
                lambda value0, key0: parsing.model(NameChange.from_dict, value0, key0),
                _name_changes,
                "name_changes",
            ),
            worthless_removals=None
            if _worthless_removals is None
            else parsing.array(
                lambda value0, key0: parsing.model(WorthlessRemoval.from_dict, value0, key0),
                _worthless_removals,
                "worthless_removals",
            ),
            rights_distributions=None
            if _rights_distributions is None
            else parsing.array(
                lambda value0, key0: parsing.model(RightsDistribution.from_dict, value0, key0),
                _rights_distributions,
                "rights_distributions",
            ),
            partial_calls=None
            if _partial_calls is None
            else parsing.array(
                lambda value0, key0: parsing.model(PartialCall.from_dict, value0, key0),
                _partial_calls,
                "partial_calls",
            ),
            reorganizations=None
            if _reorganizations is None
            else parsing.array(
                lambda value0, key0: parsing.model(Reorganization.from_dict, value0, key0),
                _reorganizations,
                "reorganizations",
            ),
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
        "cash_dividends",
        "stock_dividends",
        "forward_splits",
        "reverse_splits",
        "unit_splits",
        "spin_offs",
        "cash_mergers",
        "stock_mergers",
        "stock_and_cash_mergers",
        "redemptions",
        "name_changes",
        "worthless_removals",
        "rights_distributions",
        "partial_calls",
        "reorganizations",
    }
)
