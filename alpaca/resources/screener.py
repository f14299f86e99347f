"""``client.screener``: today's most active stocks and the biggest movers of a market."""

from __future__ import annotations

from typing import TYPE_CHECKING

from alpaca_client.data.api.screener import get_most_actives, get_movers
from alpaca_client.data.models import MarketType, MostActivesBy
from alpaca_client.data.models import MostActives as MostActivesModel
from alpaca_client.data.models import Movers as MoversModel

from .. import _frames
from .._operation import M, Plan, Resource, Timeout, data, given, operation, parse
from .._params import enum_param

if TYPE_CHECKING:
    import pandas as pd

TOP_MOST_ACTIVES = 100
TOP_MOVERS = 50


class MostActives(MostActivesModel):
    """The generated ``MostActives`` model with ``.df``."""

    __slots__ = ()

    @property
    def df(self) -> pd.DataFrame:
        """pandas DataFrame, most active first: ``symbol volume trade_count``."""
        return _frames.models_frame(self.most_actives)


class Movers(MoversModel):
    """The generated ``Movers`` model with ``.df``."""

    __slots__ = ()

    @property
    def df(self) -> pd.DataFrame:
        """pandas DataFrame of the gainers then the losers, largest move first in each:
        ``group`` (``gainers`` or ``losers``), ``symbol price change percent_change``."""
        groups = {"gainers": self.gainers, "losers": self.losers}
        return _frames.side_by_side_frame(groups, "group")


def _top(top: int | None, most: int) -> int | None:
    if top is None:
        return None
    if isinstance(top, bool) or not isinstance(top, int):
        raise TypeError(f"top: expected int, got {type(top).__name__}")
    if not 1 <= top <= most:
        raise ValueError(f"top: must be between 1 and {most}, got {top}")
    return top


class Screener(Resource[M]):
    """Market screeners."""

    @operation
    def most_actives(
        self,
        *,
        by: MostActivesBy | str | None = None,
        top: int | None = None,
        timeout: Timeout = None,
    ) -> Plan[MostActives]:
        """Stocks ranked by today's ``volume`` (server default) or number of ``trades``;
        ``top`` of them (1-100, server default 10)."""
        kwargs = get_most_actives._get_kwargs(
            **given(by=enum_param(by, MostActivesBy, "by"), top=_top(top, TOP_MOST_ACTIVES))
        )
        response = yield data(kwargs, timeout)
        return parse(response, MostActives.from_dict)

    @operation
    def movers(
        self, market_type: MarketType | str, *, top: int | None = None, timeout: Timeout = None
    ) -> Plan[Movers]:
        """The ``top`` gainers and losers (1-50 each, server default 10) of ``stocks`` or
        ``crypto`` since the previous close."""
        kwargs = get_movers._get_kwargs(
            enum_param(market_type, MarketType, "market_type"), **given(top=_top(top, TOP_MOVERS))
        )
        response = yield data(kwargs, timeout)
        return parse(response, Movers.from_dict)
