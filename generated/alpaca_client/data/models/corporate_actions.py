from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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


T = TypeVar("T", bound="CorporateActions")


@_attrs_define
class CorporateActions:
    """Corporate actions grouped by type; a type with no action in the page is absent."""

    cash_dividends: list[CashDividend] | Unset = UNSET
    """ Cash dividends. """
    stock_dividends: list[StockDividend] | Unset = UNSET
    """ Dividends paid in shares. """
    forward_splits: list[ForwardSplit] | Unset = UNSET
    """ Forward splits. """
    reverse_splits: list[ReverseSplit] | Unset = UNSET
    """ Reverse splits. """
    unit_splits: list[UnitSplit] | Unset = UNSET
    """ Unit splits. """
    spin_offs: list[SpinOff] | Unset = UNSET
    """ Spin-offs. """
    cash_mergers: list[CashMerger] | Unset = UNSET
    """ Mergers paid in cash. """
    stock_mergers: list[StockMerger] | Unset = UNSET
    """ Mergers paid in shares. """
    stock_and_cash_mergers: list[StockAndCashMerger] | Unset = UNSET
    """ Mergers paid in shares and cash. """
    redemptions: list[Redemption] | Unset = UNSET
    """ Redemptions. """
    name_changes: list[NameChange] | Unset = UNSET
    """ Ticker or CUSIP changes. """
    worthless_removals: list[WorthlessRemoval] | Unset = UNSET
    """ Removals of worthless securities. """
    rights_distributions: list[RightsDistribution] | Unset = UNSET
    """ Rights distributions. """
    partial_calls: list[PartialCall] | Unset = UNSET
    """ Partial calls. """
    reorganizations: list[Reorganization] | Unset = UNSET
    """ Reorganizations. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        cash_dividends: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.cash_dividends, Unset):
            cash_dividends = []
            for cash_dividends_item_data in self.cash_dividends:
                cash_dividends_item = cash_dividends_item_data.to_dict()
                cash_dividends.append(cash_dividends_item)

        stock_dividends: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.stock_dividends, Unset):
            stock_dividends = []
            for stock_dividends_item_data in self.stock_dividends:
                stock_dividends_item = stock_dividends_item_data.to_dict()
                stock_dividends.append(stock_dividends_item)

        forward_splits: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.forward_splits, Unset):
            forward_splits = []
            for forward_splits_item_data in self.forward_splits:
                forward_splits_item = forward_splits_item_data.to_dict()
                forward_splits.append(forward_splits_item)

        reverse_splits: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.reverse_splits, Unset):
            reverse_splits = []
            for reverse_splits_item_data in self.reverse_splits:
                reverse_splits_item = reverse_splits_item_data.to_dict()
                reverse_splits.append(reverse_splits_item)

        unit_splits: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.unit_splits, Unset):
            unit_splits = []
            for unit_splits_item_data in self.unit_splits:
                unit_splits_item = unit_splits_item_data.to_dict()
                unit_splits.append(unit_splits_item)

        spin_offs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.spin_offs, Unset):
            spin_offs = []
            for spin_offs_item_data in self.spin_offs:
                spin_offs_item = spin_offs_item_data.to_dict()
                spin_offs.append(spin_offs_item)

        cash_mergers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.cash_mergers, Unset):
            cash_mergers = []
            for cash_mergers_item_data in self.cash_mergers:
                cash_mergers_item = cash_mergers_item_data.to_dict()
                cash_mergers.append(cash_mergers_item)

        stock_mergers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.stock_mergers, Unset):
            stock_mergers = []
            for stock_mergers_item_data in self.stock_mergers:
                stock_mergers_item = stock_mergers_item_data.to_dict()
                stock_mergers.append(stock_mergers_item)

        stock_and_cash_mergers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.stock_and_cash_mergers, Unset):
            stock_and_cash_mergers = []
            for stock_and_cash_mergers_item_data in self.stock_and_cash_mergers:
                stock_and_cash_mergers_item = stock_and_cash_mergers_item_data.to_dict()
                stock_and_cash_mergers.append(stock_and_cash_mergers_item)

        redemptions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.redemptions, Unset):
            redemptions = []
            for redemptions_item_data in self.redemptions:
                redemptions_item = redemptions_item_data.to_dict()
                redemptions.append(redemptions_item)

        name_changes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.name_changes, Unset):
            name_changes = []
            for name_changes_item_data in self.name_changes:
                name_changes_item = name_changes_item_data.to_dict()
                name_changes.append(name_changes_item)

        worthless_removals: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.worthless_removals, Unset):
            worthless_removals = []
            for worthless_removals_item_data in self.worthless_removals:
                worthless_removals_item = worthless_removals_item_data.to_dict()
                worthless_removals.append(worthless_removals_item)

        rights_distributions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.rights_distributions, Unset):
            rights_distributions = []
            for rights_distributions_item_data in self.rights_distributions:
                rights_distributions_item = rights_distributions_item_data.to_dict()
                rights_distributions.append(rights_distributions_item)

        partial_calls: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.partial_calls, Unset):
            partial_calls = []
            for partial_calls_item_data in self.partial_calls:
                partial_calls_item = partial_calls_item_data.to_dict()
                partial_calls.append(partial_calls_item)

        reorganizations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.reorganizations, Unset):
            reorganizations = []
            for reorganizations_item_data in self.reorganizations:
                reorganizations_item = reorganizations_item_data.to_dict()
                reorganizations.append(reorganizations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cash_dividends is not UNSET:
            field_dict["cash_dividends"] = cash_dividends
        if stock_dividends is not UNSET:
            field_dict["stock_dividends"] = stock_dividends
        if forward_splits is not UNSET:
            field_dict["forward_splits"] = forward_splits
        if reverse_splits is not UNSET:
            field_dict["reverse_splits"] = reverse_splits
        if unit_splits is not UNSET:
            field_dict["unit_splits"] = unit_splits
        if spin_offs is not UNSET:
            field_dict["spin_offs"] = spin_offs
        if cash_mergers is not UNSET:
            field_dict["cash_mergers"] = cash_mergers
        if stock_mergers is not UNSET:
            field_dict["stock_mergers"] = stock_mergers
        if stock_and_cash_mergers is not UNSET:
            field_dict["stock_and_cash_mergers"] = stock_and_cash_mergers
        if redemptions is not UNSET:
            field_dict["redemptions"] = redemptions
        if name_changes is not UNSET:
            field_dict["name_changes"] = name_changes
        if worthless_removals is not UNSET:
            field_dict["worthless_removals"] = worthless_removals
        if rights_distributions is not UNSET:
            field_dict["rights_distributions"] = rights_distributions
        if partial_calls is not UNSET:
            field_dict["partial_calls"] = partial_calls
        if reorganizations is not UNSET:
            field_dict["reorganizations"] = reorganizations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
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

        _data = dict(src_dict)
        _cash_dividends = _data.pop("cash_dividends", UNSET)
        cash_dividends: list[CashDividend] | Unset = UNSET
        if _cash_dividends is not UNSET:
            cash_dividends = []
            for cash_dividends_item_data in _cash_dividends:
                cash_dividends_item = CashDividend.from_dict(cash_dividends_item_data)

                cash_dividends.append(cash_dividends_item)

        _stock_dividends = _data.pop("stock_dividends", UNSET)
        stock_dividends: list[StockDividend] | Unset = UNSET
        if _stock_dividends is not UNSET:
            stock_dividends = []
            for stock_dividends_item_data in _stock_dividends:
                stock_dividends_item = StockDividend.from_dict(stock_dividends_item_data)

                stock_dividends.append(stock_dividends_item)

        _forward_splits = _data.pop("forward_splits", UNSET)
        forward_splits: list[ForwardSplit] | Unset = UNSET
        if _forward_splits is not UNSET:
            forward_splits = []
            for forward_splits_item_data in _forward_splits:
                forward_splits_item = ForwardSplit.from_dict(forward_splits_item_data)

                forward_splits.append(forward_splits_item)

        _reverse_splits = _data.pop("reverse_splits", UNSET)
        reverse_splits: list[ReverseSplit] | Unset = UNSET
        if _reverse_splits is not UNSET:
            reverse_splits = []
            for reverse_splits_item_data in _reverse_splits:
                reverse_splits_item = ReverseSplit.from_dict(reverse_splits_item_data)

                reverse_splits.append(reverse_splits_item)

        _unit_splits = _data.pop("unit_splits", UNSET)
        unit_splits: list[UnitSplit] | Unset = UNSET
        if _unit_splits is not UNSET:
            unit_splits = []
            for unit_splits_item_data in _unit_splits:
                unit_splits_item = UnitSplit.from_dict(unit_splits_item_data)

                unit_splits.append(unit_splits_item)

        _spin_offs = _data.pop("spin_offs", UNSET)
        spin_offs: list[SpinOff] | Unset = UNSET
        if _spin_offs is not UNSET:
            spin_offs = []
            for spin_offs_item_data in _spin_offs:
                spin_offs_item = SpinOff.from_dict(spin_offs_item_data)

                spin_offs.append(spin_offs_item)

        _cash_mergers = _data.pop("cash_mergers", UNSET)
        cash_mergers: list[CashMerger] | Unset = UNSET
        if _cash_mergers is not UNSET:
            cash_mergers = []
            for cash_mergers_item_data in _cash_mergers:
                cash_mergers_item = CashMerger.from_dict(cash_mergers_item_data)

                cash_mergers.append(cash_mergers_item)

        _stock_mergers = _data.pop("stock_mergers", UNSET)
        stock_mergers: list[StockMerger] | Unset = UNSET
        if _stock_mergers is not UNSET:
            stock_mergers = []
            for stock_mergers_item_data in _stock_mergers:
                stock_mergers_item = StockMerger.from_dict(stock_mergers_item_data)

                stock_mergers.append(stock_mergers_item)

        _stock_and_cash_mergers = _data.pop("stock_and_cash_mergers", UNSET)
        stock_and_cash_mergers: list[StockAndCashMerger] | Unset = UNSET
        if _stock_and_cash_mergers is not UNSET:
            stock_and_cash_mergers = []
            for stock_and_cash_mergers_item_data in _stock_and_cash_mergers:
                stock_and_cash_mergers_item = StockAndCashMerger.from_dict(
                    stock_and_cash_mergers_item_data
                )

                stock_and_cash_mergers.append(stock_and_cash_mergers_item)

        _redemptions = _data.pop("redemptions", UNSET)
        redemptions: list[Redemption] | Unset = UNSET
        if _redemptions is not UNSET:
            redemptions = []
            for redemptions_item_data in _redemptions:
                redemptions_item = Redemption.from_dict(redemptions_item_data)

                redemptions.append(redemptions_item)

        _name_changes = _data.pop("name_changes", UNSET)
        name_changes: list[NameChange] | Unset = UNSET
        if _name_changes is not UNSET:
            name_changes = []
            for name_changes_item_data in _name_changes:
                name_changes_item = NameChange.from_dict(name_changes_item_data)

                name_changes.append(name_changes_item)

        _worthless_removals = _data.pop("worthless_removals", UNSET)
        worthless_removals: list[WorthlessRemoval] | Unset = UNSET
        if _worthless_removals is not UNSET:
            worthless_removals = []
            for worthless_removals_item_data in _worthless_removals:
                worthless_removals_item = WorthlessRemoval.from_dict(worthless_removals_item_data)

                worthless_removals.append(worthless_removals_item)

        _rights_distributions = _data.pop("rights_distributions", UNSET)
        rights_distributions: list[RightsDistribution] | Unset = UNSET
        if _rights_distributions is not UNSET:
            rights_distributions = []
            for rights_distributions_item_data in _rights_distributions:
                rights_distributions_item = RightsDistribution.from_dict(
                    rights_distributions_item_data
                )

                rights_distributions.append(rights_distributions_item)

        _partial_calls = _data.pop("partial_calls", UNSET)
        partial_calls: list[PartialCall] | Unset = UNSET
        if _partial_calls is not UNSET:
            partial_calls = []
            for partial_calls_item_data in _partial_calls:
                partial_calls_item = PartialCall.from_dict(partial_calls_item_data)

                partial_calls.append(partial_calls_item)

        _reorganizations = _data.pop("reorganizations", UNSET)
        reorganizations: list[Reorganization] | Unset = UNSET
        if _reorganizations is not UNSET:
            reorganizations = []
            for reorganizations_item_data in _reorganizations:
                reorganizations_item = Reorganization.from_dict(reorganizations_item_data)

                reorganizations.append(reorganizations_item)

        corporate_actions = cls(
            cash_dividends=cash_dividends,
            stock_dividends=stock_dividends,
            forward_splits=forward_splits,
            reverse_splits=reverse_splits,
            unit_splits=unit_splits,
            spin_offs=spin_offs,
            cash_mergers=cash_mergers,
            stock_mergers=stock_mergers,
            stock_and_cash_mergers=stock_and_cash_mergers,
            redemptions=redemptions,
            name_changes=name_changes,
            worthless_removals=worthless_removals,
            rights_distributions=rights_distributions,
            partial_calls=partial_calls,
            reorganizations=reorganizations,
        )

        corporate_actions.additional_properties = _data
        corporate_actions.raw = dict(src_dict)
        return corporate_actions

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
