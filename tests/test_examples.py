"""Every script in examples/ runs against its own sandbox and exits 0, saying what it did."""

from __future__ import annotations

import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

EXAMPLES_DIR = Path(__file__).resolve().parent.parent / "examples"
EXAMPLES = sorted(p for p in EXAMPLES_DIR.glob("*.py") if not p.name.startswith("_"))
#: A line each example prints when it did its job.
EXPECTED = {
    "bars_and_orders.py": ["status: new", "after cancel: canceled"],
    "bracket_order.py": ["entry buy 2 AAPL", "leg limit sell", "leg stop sell"],
    "notional_order.py": ["asked for $250", "status: filled"],
    "quickstart.py": ["account ACTIVE", "status: filled", "closing order: sell 1"],
    "sandbox_day.py": ["partial fills", "bid after cancel: canceled", "final equity"],
}


def test_every_example_has_expectations() -> None:
    assert sorted(EXPECTED) == [path.name for path in EXAMPLES]


@pytest.mark.parametrize("script", EXAMPLES, ids=[path.name for path in EXAMPLES])
def test_example_runs_offline(script: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("APCA_", "ALPACA_"))}
    result = subprocess.run(
        [sys.executable, str(script)], env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    for line in EXPECTED[script.name]:
        assert line in result.stdout, (line, result.stdout)


def test_sandbox_day_books_balance_exactly() -> None:
    """The stepped day ends with equity equal to cash plus positions at the last price."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("APCA_", "ALPACA_"))}
    script = EXAMPLES_DIR / "sandbox_day.py"
    result = subprocess.run(
        [sys.executable, str(script)], env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    final = next(line for line in result.stdout.splitlines() if line.startswith("final equity"))
    words = final.split()
    equity, cash, positions = (Decimal(words[i]) for i in (2, 5, 8))
    assert positions > 0 and equity == cash + positions
    assert "closing order at the close: expired" in result.stdout  # a day order, partly filled
