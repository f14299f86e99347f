"""A week of minute bars of the 100 most active stocks, fetched side by side with the async
client (``concurrency=``), into one Parquet file (columns ``symbol``, ``timestamp``, ``open``...).

Offline, the sandbox knows 36 stocks, so that is how many it writes. Needs pyarrow
(``pip install "alpaca-typed[arrow]"``); for years of history use ``alpaca export`` instead.

    python examples/bars_to_parquet.py                # writes bars.parquet in the temp dir
    python examples/bars_to_parquet.py week.parquet
"""

from __future__ import annotations

import asyncio
import datetime as dt
import sys
import tempfile
import time
from pathlib import Path

from _connect import Session, session

import alpaca


async def download(s: Session) -> alpaca.BarSet:
    async with s.async_client() as client:
        actives = await client.screener.most_actives(by="volume", top=100)
        symbols = [stock.symbol for stock in actives.most_actives]
        end = dt.datetime.now(dt.UTC)
        started = time.perf_counter()
        bars = await client.stocks.bars(
            symbols,
            alpaca.TimeFrame.Minute,
            start=end - dt.timedelta(days=7),
            end=end,
            feed="iex",
            concurrency=8,  # up to 8 requests in flight: symbol groups and time windows
        )
        seconds = time.perf_counter() - started
        print(
            f"{len(bars)} bars of {len(bars.symbols)} of {len(symbols)} symbols in {seconds:.1f} s"
        )
        return bars


def main() -> None:
    default = Path(tempfile.gettempdir()) / "bars.parquet"
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else default
    with session() as s:
        bars = asyncio.run(download(s))
    bars.to_parquet(path)
    print(f"wrote {len(bars)} rows to {path}")


if __name__ == "__main__":
    main()
