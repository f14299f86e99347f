"""Every script in examples/ runs against its own sandbox and exits 0, saying what it did."""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest

EXAMPLES_DIR = Path(__file__).resolve().parent.parent / "examples"
EXAMPLES = sorted(p for p in EXAMPLES_DIR.glob("*.py") if not p.name.startswith("_"))
#: A line each example prints when it did its job.
EXPECTED = {
    "bars_and_orders.py": ["status: new", "after cancel: canceled"],
    "bars_to_parquet.py": [" symbols in ", "rows to"],
    "bracket_order.py": ["entry buy 2 AAPL", "leg limit sell", "leg stop sell"],
    "notional_order.py": ["asked for $250", "status: filled"],
    "portfolio_plot.py": ["hourly points from", "wrote "],
    "quickstart.py": ["account ACTIVE", "status: filled", "closing order: sell 1"],
    "sandbox_day.py": ["partial fills", "bid after cancel: canceled", "final equity"],
    "stream_hub_strategies.py": [
        "Momentum: ",
        "MeanReversion: ",
        "Breakout: ",
        "upstream connections while 3 strategies ran: 1",
        "open orders",
    ],
    "streaming.py": ["switched from BTC/USD to ETH/USD", "paused", "resumed", "stopping"],
}
#: Arguments an example is run with (``{tmp}``: the test's own directory).
ARGS = {
    "bars_to_parquet.py": ["{tmp}/bars.parquet"],
    "portfolio_plot.py": ["{tmp}/portfolio.png"],
}


def run_example(script: str, *args: str) -> str:
    """Run an example without keys (so against its own sandbox); its output, once it exited 0."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("APCA_", "ALPACA_"))}
    result = subprocess.run(
        [sys.executable, str(EXAMPLES_DIR / script), *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def written(output: str) -> Path:
    """The file an example says it wrote (its last word)."""
    return Path(next(line for line in output.splitlines() if line.startswith("wrote ")).split()[-1])


def check_bars_to_parquet(output: str) -> None:
    """The Parquet file holds every bar the example counted, of every symbol it asked for."""
    parquet = pytest.importorskip("pyarrow.parquet")
    table = parquet.read_table(written(output))
    counted = re.search(r"^(\d+) bars of (\d+) of (\d+) symbols", output, re.M)
    assert counted is not None
    rows, with_data, asked = map(int, counted.groups())
    assert table.num_rows == rows > 0
    assert len(set(table.column("symbol").to_pylist())) == with_data == asked
    assert table.column_names[:3] == ["symbol", "timestamp", "open"]


def check_portfolio_plot(output: str) -> None:
    """A PNG when matplotlib is there, else the CSV fallback, saying so."""
    path = written(output)
    if importlib.util.find_spec("matplotlib") is not None:
        assert path.suffix == ".png" and path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    else:
        assert "matplotlib is not installed" in output
        assert path.suffix == ".csv" and path.read_text().startswith("timestamp,equity,")


def check_sandbox_day(output: str) -> None:
    """The stepped day ends with equity equal to cash plus positions at the last price."""
    final = next(line for line in output.splitlines() if line.startswith("final equity"))
    words = final.split()
    equity, cash, positions = (Decimal(words[i]) for i in (2, 5, 8))
    assert positions > 0 and equity == cash + positions
    assert "closing order at the close: expired" in output  # a day order, partly filled


def check_streaming(output: str) -> None:
    """A symbol's handlers stop at once when it is unsubscribed, even inside a handler."""
    counts = {
        (symbol, kind): int(n)
        for symbol, kind, n in re.findall(r"^(\S+/USD) (trades|quotes): (\d+)$", output, re.M)
    }
    assert counts[("BTC/USD", "trades")] + counts[("BTC/USD", "quotes")] == 20  # then switched
    assert counts[("ETH/USD", "trades")] + counts[("ETH/USD", "quotes")] >= 40  # 20, pause, 20
    assert "paused for 1.0 s: {}" in output and "messages while paused: 0" in output


def check_stream_hub_strategies(output: str) -> None:
    """Each strategy decided; every order it placed reached the sandbox."""
    for name in ("Momentum", "MeanReversion", "Breakout"):
        decision = next(line for line in output.splitlines() if line.startswith(f"{name}: "))
        if "no order" not in decision:
            assert re.search(
                rf"^{name}: (buy|sell) \S+ (new|filled|partially_filled)", output, re.M
            )


CHECKS: dict[str, Callable[[str], None]] = {
    "bars_to_parquet.py": check_bars_to_parquet,
    "portfolio_plot.py": check_portfolio_plot,
    "sandbox_day.py": check_sandbox_day,
    "stream_hub_strategies.py": check_stream_hub_strategies,
    "streaming.py": check_streaming,
}


def test_every_example_has_expectations() -> None:
    assert sorted(EXPECTED) == [path.name for path in EXAMPLES]


@pytest.mark.parametrize("script", EXAMPLES, ids=[path.name for path in EXAMPLES])
def test_example_runs_offline(script: Path, tmp_path: Path) -> None:
    args = [arg.format(tmp=tmp_path) for arg in ARGS.get(script.name, [])]
    output = run_example(script.name, *args)
    for line in EXPECTED[script.name]:
        assert line in output, (line, output)
    if script.name in CHECKS:
        CHECKS[script.name](output)


def test_portfolio_plot_writes_csv_when_asked(tmp_path: Path) -> None:
    """A .csv path gets one row per point the example reported."""
    pandas = pytest.importorskip("pandas")
    output = run_example("portfolio_plot.py", str(tmp_path / "week.csv"))
    frame = pandas.read_csv(written(output), index_col="timestamp")
    counted = re.search(r"^(\d+) hourly points", output, re.M)
    assert counted is not None and len(frame) == int(counted.group(1)) > 0
    first, last = re.findall(r"^equity (\S+) -> (\S+)$", output, re.M)[0]
    assert Decimal(str(frame["equity"].iloc[0])) == Decimal(first)
    assert Decimal(str(frame["equity"].iloc[-1])) == Decimal(last)
