"""Legacy market-data v2 entities: history lists with ``.df``, latest values, snapshots,
order books, news, and the stream's status/LULD/correction messages.

Three naming schemes, as in the legacy package: history items (``Bar``/``Trade``/``Quote`` of
``BarsV2``...) keep Alpaca's short keys (``bar.c``); latest values and snapshot parts
(``BarV2``/``TradeV2``/``QuoteV2``) answer to short and long names (``trade.p``,
``trade.price``) and read ``t``/``timestamp`` as a New York Timestamp; stream messages carry
long names.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, ClassVar

from ._common import new_york, pandas
from ._entity import Bar, Entity, Quote, Trade

__all__ = [
    "LULDV2",
    "BarV2",
    "BarsV2",
    "BidOrAsk",
    "CancelErrorV2",
    "CorrectionV2",
    "EntityList",
    "LatestBarsV2",
    "LatestQuotesV2",
    "LatestTradesV2",
    "NewsListV2",
    "NewsV2",
    "OrderbookV2",
    "OrderbooksV2",
    "QuoteV2",
    "QuotesV2",
    "SnapshotV2",
    "SnapshotsV2",
    "StatusV2",
    "TradeV2",
    "TradesV2",
    "bar_mapping_v2",
    "cancel_error_mapping_v2",
    "correction_mapping_v2",
    "luld_mapping_v2",
    "orderbook_mapping_v2",
    "quote_mapping_v2",
    "status_mapping_v2",
    "trade_mapping_v2",
]

# Alpaca's short keys -> the long names of DataFrame columns and stream messages.
trade_mapping_v2 = {
    "i": "id",
    "S": "symbol",
    "c": "conditions",
    "x": "exchange",
    "p": "price",
    "s": "size",
    "t": "timestamp",
    "z": "tape",
    "tks": "takerside",
}
quote_mapping_v2 = {
    "S": "symbol",
    "x": "exchange",
    "ax": "ask_exchange",
    "ap": "ask_price",
    "as": "ask_size",
    "bx": "bid_exchange",
    "bp": "bid_price",
    "bs": "bid_size",
    "c": "conditions",
    "t": "timestamp",
    "z": "tape",
}
bar_mapping_v2 = {
    "S": "symbol",
    "x": "exchange",
    "o": "open",
    "h": "high",
    "l": "low",
    "c": "close",
    "v": "volume",
    "t": "timestamp",
    "n": "trade_count",
    "vw": "vwap",
}
status_mapping_v2 = {
    "S": "symbol",
    "sc": "status_code",
    "sm": "status_message",
    "rc": "reason_code",
    "rm": "reason_message",
    "t": "timestamp",
    "z": "tape",
}
luld_mapping_v2 = {
    "S": "symbol",
    "u": "limit_up_price",
    "d": "limit_down_price",
    "i": "indicator",
    "t": "timestamp",
    "z": "tape",
}
cancel_error_mapping_v2 = {
    "S": "symbol",
    "i": "id",
    "x": "exchange",
    "p": "price",
    "s": "size",
    "a": "cancel_error_action",
    "z": "tape",
    "t": "timestamp",
}
correction_mapping_v2 = {
    "S": "symbol",
    "x": "exchange",
    "oi": "original_id",
    "op": "original_price",
    "os": "original_size",
    "oc": "original_conditions",
    "ci": "corrected_id",
    "cp": "corrected_price",
    "cs": "corrected_size",
    "cc": "corrected_conditions",
    "z": "tape",
    "t": "timestamp",
}
orderbook_mapping_v2 = {"S": "symbol", "x": "exchange", "t": "timestamp", "b": "bids", "a": "asks"}


def renamed(raw: Mapping[str, Any], mapping: Mapping[str, str]) -> dict[str, Any]:
    """``raw`` with its short keys replaced by long names (unknown keys kept, order kept)."""
    return {mapping.get(key, key): value for key, value in raw.items()}


class EntityList(list[Any]):
    """History items (short keys) with ``_raw`` (the item dicts) and ``.df``: columns named
    by the mapping in the order Alpaca sent them, UTC ``timestamp`` index (nanoseconds), and a
    last ``symbol`` column when several symbols were asked for (rows grouped by symbol)."""

    _item: ClassVar[type[Entity]]
    mapping: ClassVar[Mapping[str, str]]

    def __init__(self, raw: list[dict[str, Any]]) -> None:
        super().__init__(self._item(row) for row in raw)
        self._raw = raw

    @property
    def df(self) -> Any:
        """The DataFrame described on the class (an empty ``DataFrame()`` without rows)."""
        cached = self.__dict__.get("_df")
        if cached is None:
            pd = pandas()
            frame = pd.DataFrame([renamed(row, self.mapping) for row in self._raw])
            if not frame.empty:
                frame = frame.set_index("timestamp")
                stamps = pd.to_datetime(frame.index, utc=True, format="ISO8601")
                frame.index = pd.DatetimeIndex(stamps, name="timestamp").as_unit("ns")
            cached = self.__dict__["_df"] = frame
        return cached


class BarsV2(EntityList):
    """Bars (items: :class:`~alpaca.compat.entity.Bar`); ``.df`` columns
    ``open high low close volume trade_count vwap``."""

    _item = Bar
    mapping = bar_mapping_v2


class TradesV2(EntityList):
    """Trades (items: :class:`~alpaca.compat.entity.Trade`); ``.df`` columns
    ``exchange price size conditions id tape`` (crypto: ``price size id takerside``)."""

    _item = Trade
    mapping = trade_mapping_v2


class QuotesV2(EntityList):
    """Quotes (items: :class:`~alpaca.compat.entity.Quote`); ``.df`` columns
    ``ask_exchange ask_price ask_size bid_exchange bid_price bid_size conditions tape``."""

    _item = Quote
    mapping = quote_mapping_v2


class _Remapped(Entity):
    """Answers to the long names of ``mapping`` too; ``t``/``timestamp`` read as a New York
    Timestamp."""

    mapping: ClassVar[Mapping[str, str]] = {}
    _short: ClassVar[dict[str, str]] = {}

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        cls._short = {long: short for short, long in cls.mapping.items()}

    def __getattr__(self, key: str) -> Any:
        raw = self.__dict__.get("_raw")
        if raw is not None and key not in raw and key in self._short:
            key = self._short[key]
        return super().__getattr__(key)

    def _convert(self, key: str, value: Any) -> Any:
        if key in ("t", "timestamp") and isinstance(value, int | float | str):
            return new_york(value)
        return super()._convert(key, value)


class TradeV2(_Remapped):
    """A latest trade or a snapshot's trade."""

    mapping = trade_mapping_v2


class QuoteV2(_Remapped):
    """A latest quote or a snapshot's quote."""

    mapping = quote_mapping_v2


class BarV2(_Remapped):
    """A latest bar or a snapshot's bar."""

    mapping = bar_mapping_v2


class StatusV2(_Remapped):
    """A trading status message of the stream (long names)."""

    mapping = status_mapping_v2


class LULDV2(_Remapped):
    """A limit-up/limit-down message of the stream (long names)."""

    mapping = luld_mapping_v2


class CancelErrorV2(_Remapped):
    """A trade cancel or error message of the stream (long names)."""

    mapping = cancel_error_mapping_v2


class CorrectionV2(_Remapped):
    """A trade correction message of the stream (long names)."""

    mapping = correction_mapping_v2


def _entity_or_none(cls: type[Entity], value: Any) -> Any:
    return cls(value) if value else None


class SnapshotV2:
    """Latest trade and quote, minute, daily and previous daily bar (each ``None`` when
    Alpaca has none); ``_raw`` is the snapshot object."""

    def __init__(self, raw: dict[str, Any]) -> None:
        self._raw = raw
        self.latest_trade = _entity_or_none(TradeV2, raw.get("latestTrade"))
        self.latest_quote = _entity_or_none(QuoteV2, raw.get("latestQuote"))
        self.minute_bar = _entity_or_none(BarV2, raw.get("minuteBar"))
        self.daily_bar = _entity_or_none(BarV2, raw.get("dailyBar"))
        self.prev_daily_bar = _entity_or_none(BarV2, raw.get("prevDailyBar"))

    def __repr__(self) -> str:
        return f"SnapshotV2({self._raw!r})"


class _Keyed(dict[str, Any]):
    """Symbol -> entity (``None`` where Alpaca sent null)."""

    _item: ClassVar[Any]

    def __init__(self, raw: Mapping[str, Any]) -> None:
        super().__init__(
            (symbol, _entity_or_none(self._item, value)) for symbol, value in raw.items()
        )


class SnapshotsV2(_Keyed):
    """Symbol -> :class:`SnapshotV2` or ``None``."""

    _item = SnapshotV2


class LatestBarsV2(_Keyed):
    """Symbol -> :class:`BarV2`."""

    _item = BarV2


class LatestTradesV2(_Keyed):
    """Symbol -> :class:`TradeV2`."""

    _item = TradeV2


class LatestQuotesV2(_Keyed):
    """Symbol -> :class:`QuoteV2`."""

    _item = QuoteV2


class BidOrAsk(Entity):
    """One order book level: price ``p`` and size ``s``."""


class OrderbookV2(Entity):
    """An order book: ``timestamp`` (as sent), ``bids`` and ``asks`` (:class:`BidOrAsk`)."""

    def __init__(self, raw: dict[str, Any]) -> None:
        super().__init__(raw)
        for side in ("bids", "asks"):
            levels = raw.get(side)
            if isinstance(levels, list):
                setattr(self, side, [BidOrAsk(level) for level in levels])


class OrderbooksV2(_Keyed):
    """Pair -> :class:`OrderbookV2`."""

    _item = OrderbookV2

    def __init__(self, raw: Mapping[str, Any]) -> None:
        super().__init__(
            {pair: book and renamed(book, orderbook_mapping_v2) for pair, book in raw.items()}
        )


class NewsV2(Entity):
    """A news article (``headline``, ``summary``, ``symbols``, ...; ``created_at`` and
    ``updated_at`` read as UTC Timestamps)."""


class NewsListV2(list[NewsV2]):
    """News articles."""

    def __init__(self, raw: Iterable[dict[str, Any]]) -> None:
        super().__init__(NewsV2(article) for article in raw)
