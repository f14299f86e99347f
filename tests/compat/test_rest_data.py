"""Market data v2 through the legacy ``REST``: history ``.df`` layouts and ``_iter`` loops,
latest values, snapshots, crypto and news, against the sandbox."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pandas as pd
import pytest

import alpaca
import alpaca.compat as tradeapi
from alpaca.compat.entity import Bar, Quote, Trade
from alpaca.compat.entity_v2 import (
    BarsV2,
    BarV2,
    NewsListV2,
    NewsV2,
    OrderbookV2,
    QuotesV2,
    QuoteV2,
    SnapshotV2,
    TradesV2,
    TradeV2,
)
from alpaca.compat.rest import Sort, TimeFrame, TimeFrameUnit

BAR_COLUMNS = ["open", "high", "low", "close", "volume", "trade_count", "vwap"]
TRADE_COLUMNS = ["exchange", "price", "size", "conditions", "id", "tape"]
QUOTE_COLUMNS = [
    "ask_exchange",
    "ask_price",
    "ask_size",
    "bid_exchange",
    "bid_price",
    "bid_size",
    "conditions",
    "tape",
]
DAY = "2021-02-08"


def test_get_bars_df_single_symbol(api: tradeapi.REST) -> None:
    bars = api.get_bars("AAPL", TimeFrame.Hour, DAY, DAY, limit=10, adjustment="raw")
    assert isinstance(bars, BarsV2) and 0 < len(bars) <= 10
    frame = bars.df
    assert list(frame.columns) == BAR_COLUMNS
    assert frame.index.name == "timestamp" and str(frame.index.dtype) == "datetime64[ns, UTC]"
    assert frame.index.is_monotonic_increasing
    assert (frame.index.date == dt.date(2021, 2, 8)).all()
    assert frame["close"].iloc[0] == bars[0].c and frame["volume"].dtype == "int64"
    assert bars._raw[0]["o"] == frame["open"].iloc[0]
    first = bars[0]
    assert isinstance(first, Bar) and first.t == frame.index[0].tz_convert("America/New_York")
    assert bars[-1].c == frame["close"].iloc[-1]


def test_custom_timeframe_goes_to_the_query(api: tradeapi.REST) -> None:
    frame = api.get_bars("AAPL", TimeFrame(45, TimeFrameUnit.Minute), DAY, DAY).df
    steps = set(frame.index.to_series().diff().dropna())
    assert pd.Timedelta(minutes=45) in steps and min(steps) >= pd.Timedelta(minutes=45)
    plain = api.get_bars("AAPL", "1Day", "2021-02-01", DAY).df  # a string works too
    assert len(plain) == 6
    core = api.get_bars("AAPL", alpaca.TimeFrame.Day, "2021-02-01", DAY).df  # the core's too
    assert core.equals(plain)


def test_get_bars_several_symbols_long_layout(api: tradeapi.REST) -> None:
    frame = api.get_bars(["MSFT", "AAPL"], TimeFrame.Day, "2021-02-01", DAY).df
    assert list(frame.columns) == [*BAR_COLUMNS, "symbol"]
    assert list(frame["symbol"]) == ["AAPL"] * 6 + ["MSFT"] * 6  # grouped, alphabetical
    assert frame.index.name == "timestamp" and not frame.index.is_unique


def test_limit_is_a_grand_total(api: tradeapi.REST) -> None:
    bars = api.get_bars(["AAPL", "MSFT"], TimeFrame.Minute, DAY, DAY, limit=15)
    assert len(bars) == 15
    assert len(api.get_trades("AAPL", DAY, DAY, limit=25)) == 25


def test_bars_iter_loop(api: tradeapi.REST) -> None:
    seen = []
    for bar in api.get_bars_iter("AAPL", TimeFrame.Hour, DAY, DAY, adjustment="raw"):
        seen.append(bar)
    assert seen and all(isinstance(b, Bar) for b in seen)
    assert [b._raw for b in seen] == api.get_bars("AAPL", TimeFrame.Hour, DAY, DAY)._raw
    several = list(api.get_bars_iter(["MSFT", "AAPL"], TimeFrame.Day, "2021-02-01", DAY))
    assert [b.S for b in several] == ["AAPL"] * 6 + ["MSFT"] * 6
    raw = list(api.get_bars_iter("AAPL", TimeFrame.Day, "2021-02-01", DAY, raw=True))
    assert isinstance(raw[0], dict) and set(raw[0]) >= {"t", "o", "c"}


def test_quotes_and_trades_df_and_iter(api: tradeapi.REST) -> None:
    quotes = api.get_quotes("AAPL", DAY, DAY, limit=10)
    assert isinstance(quotes, QuotesV2) and len(quotes) == 10
    assert list(quotes.df.columns) == QUOTE_COLUMNS
    assert quotes.df.index[0].nanosecond == pd.Timestamp(quotes._raw[0]["t"]).nanosecond
    assert isinstance(quotes[0], Quote) and quotes[0].t == quotes._raw[0]["t"]  # raw text
    trades = api.get_trades("AAPL", DAY, DAY, limit=10)
    assert isinstance(trades, TradesV2) and list(trades.df.columns) == TRADE_COLUMNS
    assert isinstance(trades.df["conditions"].iloc[0], list)
    looped = [t for t in api.get_trades_iter("AAPL", DAY, DAY, limit=10)]
    assert all(isinstance(t, Trade) for t in looped) and [t.i for t in looped] == [
        t.i for t in trades
    ]
    assert len(list(api.get_quotes_iter("AAPL", DAY, DAY, limit=10))) == 10
    several = api.get_trades(["MSFT", "AAPL"], DAY, DAY, limit=4).df
    assert list(several.columns) == [*TRADE_COLUMNS, "symbol"]


def test_sort_and_feed_pass_through(api: tradeapi.REST) -> None:
    ascending = api.get_bars("AAPL", TimeFrame.Day, "2021-02-01", DAY, feed="iex").df
    descending = api.get_bars("AAPL", TimeFrame.Day, "2021-02-01", DAY, sort=Sort.Desc).df
    assert list(descending.index) == list(ascending.index)[::-1]


def test_empty_history_frame(api: tradeapi.REST) -> None:
    frame = api.get_bars("AAPL", TimeFrame.Day, "2021-02-13", "2021-02-14").df  # a weekend
    assert frame.empty and list(frame.columns) == [] and isinstance(frame.index, pd.RangeIndex)


def test_latest_values(api: tradeapi.REST) -> None:
    trade = api.get_latest_trade("AAPL")
    assert isinstance(trade, TradeV2) and trade.price == trade.p
    assert str(trade.timestamp.tz) == "America/New_York"
    quote = api.get_latest_quote("AAPL")
    assert isinstance(quote, QuoteV2) and quote.ask_price == quote.ap
    bar = api.get_latest_bar("AAPL")
    assert isinstance(bar, BarV2) and bar.close == bar.c
    many = api.get_latest_trades(["AAPL", "MSFT"])
    assert set(many) == {"AAPL", "MSFT"} and isinstance(many["MSFT"], TradeV2)
    assert set(api.get_latest_quotes(["AAPL"])) == {"AAPL"}
    assert api.get_latest_bars(["AAPL", "SPY"])["SPY"].volume > 0


def test_snapshots(api: tradeapi.REST) -> None:
    snap = api.get_snapshot("AAPL")
    assert isinstance(snap, SnapshotV2)
    assert snap.latest_trade.p > 0 and snap.daily_bar.close > 0 and snap.prev_daily_bar.o > 0
    snaps = api.get_snapshots(["AAPL", "MSFT"])
    assert set(snaps) == {"AAPL", "MSFT"} and snaps["MSFT"].latest_quote.bid_price > 0
    assert snaps["AAPL"]._raw["latestTrade"]["p"] == snaps["AAPL"].latest_trade.p
    assert api.get_snapshots(["AAPL", "ZZZZQ"])["ZZZZQ"] is None  # Alpaca's null, as legacy


def test_raw_data_for_market_data(raw_api: tradeapi.REST) -> None:
    assert isinstance(raw_api.get_bars("AAPL", TimeFrame.Day, "2021-02-01", DAY), BarsV2)
    assert isinstance(raw_api.get_latest_trade("AAPL"), dict)
    assert isinstance(raw_api.get_latest_trades(["AAPL"])["AAPL"], dict)
    snapshot: Any = raw_api.get_snapshot("AAPL")
    assert "latestTrade" in snapshot
    assert isinstance(raw_api.get_snapshots(["AAPL"])["AAPL"], dict)
    rows = list(raw_api.get_trades_iter("AAPL", DAY, DAY, limit=2))
    assert all(isinstance(row, dict) for row in rows)
    assert isinstance(raw_api.get_news(limit=1), NewsListV2)


def test_crypto(api: tradeapi.REST) -> None:
    bars = api.get_crypto_bars("BTCUSD", TimeFrame.Minute, limit=5)  # legacy pair spelling
    assert list(bars.df.columns) == [*BAR_COLUMNS, "symbol"]
    assert set(bars.df["symbol"]) == {"BTC/USD"}
    trades = api.get_crypto_trades(["BTC/USD", "ETH/USD"], limit=6)
    assert list(trades.df.columns) == ["price", "size", "id", "takerside", "symbol"]
    quotes = api.get_crypto_quotes("ETH/USD", limit=3)
    assert list(quotes.df.columns)[-1] == "symbol" and len(quotes) == 3
    assert len(list(api.get_crypto_bars_iter("BTC/USD", TimeFrame.Minute, limit=4))) == 4
    looped = list(api.get_crypto_trades_iter("BTCUSD", limit=3))
    assert looped[0].S == "BTC/USD" and looped[0].tks in ("B", "S")
    assert len(list(api.get_crypto_quotes_iter("BTC/USD", limit=2, raw=True))) == 2
    assert api.get_latest_crypto_trades(["BTCUSD"])["BTC/USD"].price > 0
    assert api.get_latest_crypto_quotes("BTC/USD")["BTC/USD"].ask_price > 0
    assert api.get_latest_crypto_bars("ETH/USD")["ETH/USD"].close > 0
    book = api.get_latest_crypto_orderbook("BTCUSD")
    assert isinstance(book, OrderbookV2) and book.bids[0].p < book.asks[0].p
    assert isinstance(book.timestamp, str)
    books = api.get_latest_crypto_orderbooks(["BTC/USD", "ETH/USD"])
    assert set(books) == {"BTC/USD", "ETH/USD"} and books["ETH/USD"].asks[0].s > 0
    snapshot = api.get_crypto_snapshot("BTC/USD")
    assert snapshot is not None and snapshot.latest_trade.p > 0
    assert api.get_crypto_snapshots(["ETH/USD"])["ETH/USD"].minute_bar.close > 0


def test_news(api: tradeapi.REST) -> None:
    news = api.get_news("AAPL", limit=3)
    assert isinstance(news, NewsListV2) and len(news) == 3
    article = news[0]
    assert isinstance(article, NewsV2) and "AAPL" in article.symbols and article.headline
    assert str(article.created_at.tz) == "UTC"
    assert not hasattr(news, "df")
    newest_first = [a.created_at for a in news]
    assert newest_first == sorted(newest_first, reverse=True)
    oldest = api.get_news(["AAPL", "MSFT"], limit=2, sort=Sort.Asc)
    assert oldest[0].created_at <= oldest[1].created_at
    looped = list(api.get_news_iter("AAPL", limit=3))
    assert [a.id for a in looped] == [a.id for a in news]
    raw = list(api.get_news_iter(limit=2, raw=True))
    assert isinstance(raw[0], dict) and "headline" in raw[0]


def test_data_errors_are_api_errors(api: tradeapi.REST) -> None:
    with pytest.raises(tradeapi.APIError) as info:
        api.get_bars("AAPL", TimeFrame.Day, DAY, "2021-02-01")
    assert info.value.status_code == 422 and str(info.value) == "end should not be before start"
    assert isinstance(info.value, alpaca.UnprocessableEntityError)
    with pytest.raises(ValueError, match="naive"):
        api.get_bars("AAPL", TimeFrame.Day, dt.datetime(2021, 2, 1))
