"""The account's equity over the last week, hour by hour, plotted to a PNG with matplotlib.

Without matplotlib (``pip install matplotlib``; it is not a dependency of alpaca), or given a
path ending in ``.csv``, the points go to a CSV file instead. Offline, a stepped sandbox first
plays a week of trading (buy on Monday, sell half the AAPL on Wednesday) so there is something
to see.

    python examples/portfolio_plot.py                 # writes portfolio.png in the temp dir
    python examples/portfolio_plot.py week.png        # or week.csv
"""

from __future__ import annotations

import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from _connect import session

MONDAY_OPEN = datetime(2024, 3, 4, 14, 30, tzinfo=UTC)  # 09:30 New York time
FRIDAY_CLOSE = datetime(2024, 3, 8, 21, 0, tzinfo=UTC)


def main() -> None:
    default = Path(tempfile.gettempdir()) / "portfolio.png"
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else default
    with session(start=MONDAY_OPEN, speed=0) as s:
        client, sandbox = s.client, s.sandbox
        if sandbox is not None:
            for symbol, qty in (("AAPL", 50), ("MSFT", 30)):
                client.orders.submit(
                    symbol=symbol, qty=qty, side="buy", type="market", time_in_force="day"
                )
            sandbox.advance(days=2)
            client.orders.submit(
                symbol="AAPL", qty=25, side="sell", type="market", time_in_force="day"
            )
            sandbox.advance(to=FRIDAY_CLOSE)
        history = client.portfolio.history(period="1W", timeframe="1H")

    df = history.df
    print(f"{len(df)} hourly points from {df.index[0]:%Y-%m-%d} to {df.index[-1]:%Y-%m-%d}")
    print(f"equity {history.equity[0]} -> {history.equity[-1]}")
    if path.suffix != ".csv":
        try:
            from matplotlib.figure import Figure  # type: ignore[import-not-found, unused-ignore]
        except ImportError:
            print("matplotlib is not installed (pip install matplotlib): writing a CSV instead")
            path = path.with_suffix(".csv")
    if path.suffix == ".csv":
        df.to_csv(path)
    else:
        x = range(len(df))  # one step per point, so nights and weekends take no room
        days = [f"{moment:%a %d %b}" for moment in df.index]
        firsts = [i for i in x if i == 0 or days[i] != days[i - 1]]
        figure = Figure(figsize=(9, 5), layout="constrained")
        equity, profit = figure.subplots(2, sharex=True, height_ratios=[2, 1])
        equity.plot(x, df["equity"], marker=".")
        equity.set_ylabel("equity ($)")
        equity.set_title("Portfolio over the last week, hourly")
        profit.bar(x, df["profit_loss"])
        profit.set_ylabel("P/L of the day ($)")
        profit.set_xticks(firsts, [days[i] for i in firsts])
        figure.savefig(path)
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
