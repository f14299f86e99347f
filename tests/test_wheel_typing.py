"""What users install is typed: build the sdist and the wheel from it, install the wheel into a
fresh venv (from PyPI, like ``make test``'s own install), and run ``mypy --strict`` on a
user-style module there. The module's comments say what mypy must reveal or report per line."""

from __future__ import annotations

import re
import subprocess
import sys
import tarfile
import zipfile
from collections import defaultdict
from importlib.metadata import version
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

USER_MODULE = """\
import datetime as dt
from decimal import Decimal

import alpaca

client = alpaca.Client()
account = client.account.get()
reveal_type(account)  # reveal: alpaca_client.trading.models.account.Account
reveal_type(account.buying_power)  # reveal: decimal.Decimal | None
spendable = (account.buying_power or Decimal(0)) - Decimal(1)
reveal_type(spendable)  # reveal: decimal.Decimal
order = client.orders.submit(
    symbol="AAPL", qty=1, side="buy", type="limit", limit_price="150.00", time_in_force="day"
)
reveal_type(order)  # reveal: alpaca_client.trading.models.order.Order
reveal_type(order.status)  # reveal: alpaca_client.trading.models.order_status.OrderStatus
reveal_type(order.type)  # reveal: alpaca_client.trading.models.order_type.OrderType
reveal_type(order.filled_avg_price)  # reveal: decimal.Decimal | None
positions = client.positions.list()
reveal_type(positions[0])  # reveal: alpaca_client.trading.models.position.Position
reveal_type(positions.df)  # reveal: pandas.core.frame.DataFrame
bars = client.stocks.bars("AAPL", alpaca.TimeFrame.Minute, start=dt.date(2024, 1, 2))
reveal_type(bars["AAPL"][0].close)  # reveal: decimal.Decimal | None
reveal_type(bars.df)  # reveal: pandas.core.frame.DataFrame
reveal_type(client.clock.get().timestamp)  # reveal: datetime.datetime
submit = client.orders.submit
submit(symbol="X", side="buy", type="market", time_in_force="day", quantity=2)  # error: call-arg
submit(symbol="X", qty=[1], side="buy", type="market", time_in_force="day")  # error: arg-type


async def check_async() -> None:
    async with alpaca.AsyncClient() as async_client:
        placed = await async_client.orders.get("an-order-id")
        reveal_type(placed)  # reveal: alpaca_client.trading.models.order.Order
        reveal_type(placed.created_at)  # reveal: datetime.datetime
        forgotten = async_client.orders.get("an-order-id")
        print(forgotten.status)  # error: attr-defined
"""

MYPY_LINE = re.compile(r"^user_code\.py:(\d+): (error|note): (.*?)(?:  \[([a-z-]+)\])?$")


def _run(*command: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(part) for part in command],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=600,
        check=False,
    )


def _checked(result: subprocess.CompletedProcess[str]) -> subprocess.CompletedProcess[str]:
    assert result.returncode == 0, f"{result.args}\n{result.stdout}\n{result.stderr}"
    return result


@pytest.fixture(scope="session")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sdist and the wheel built from it, as ``python -m build`` makes them."""
    out = tmp_path_factory.mktemp("dist")
    _checked(_run(sys.executable, "-m", "build", "--no-isolation", "--outdir", out, ROOT))
    return out


@pytest.fixture(scope="session")
def user_venv(dist: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv with the wheel (and its pandas extra), pandas-stubs and mypy installed."""
    venv = tmp_path_factory.mktemp("venv")
    _checked(_run(sys.executable, "-m", "venv", venv))
    python = venv / "bin" / "python"
    (wheel,) = dist.glob("*.whl")
    _checked(
        _run(
            python, "-m", "pip", "install", "--quiet", f"{wheel}[pandas]",
            f"pandas-stubs=={version('pandas-stubs')}", f"mypy=={version('mypy')}",
        )
    )  # fmt: skip
    return python


@pytest.mark.timeout(600)
def test_sdist_and_wheel_ship_the_typed_markers(dist: Path) -> None:
    (sdist,) = dist.glob("*.tar.gz")
    (wheel,) = dist.glob("*.whl")
    with tarfile.open(sdist) as archive:
        sdist_files = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
    assert {"alpaca/py.typed", "generated/alpaca_client/py.typed"} <= sdist_files
    with zipfile.ZipFile(wheel) as archive:
        wheel_files = set(archive.namelist())
        metadata = archive.read(f"alpaca_typed-{version('alpaca-typed')}.dist-info/METADATA")
    assert {"alpaca/py.typed", "alpaca_client/py.typed"} <= wheel_files
    assert "Name: alpaca-typed\n" in metadata.decode()


@pytest.mark.timeout(600)
def test_mypy_strict_sees_concrete_types_and_catches_mistakes(
    user_venv: Path, tmp_path: Path
) -> None:
    (tmp_path / "user_code.py").write_text(USER_MODULE)
    result = _run(
        user_venv, "-m", "mypy", "--strict", "--cache-dir", tmp_path / "cache", "user_code.py",
        cwd=tmp_path,
    )  # fmt: skip
    assert result.returncode == 1, result.stdout + result.stderr

    expected_reveals: dict[int, str] = {}
    expected_errors: dict[int, set[str]] = {}
    for number, line in enumerate(USER_MODULE.splitlines(), start=1):
        if "# reveal: " in line:
            expected_reveals[number] = line.split("# reveal: ")[1]
        if "# error: " in line:
            expected_errors[number] = {line.split("# error: ")[1]}

    reveals: dict[int, str] = {}
    errors: dict[int, set[str]] = defaultdict(set)
    for output in result.stdout.splitlines():
        match = MYPY_LINE.match(output)
        if match is None:
            continue
        number, kind, text, code = int(match[1]), match[2], match[3], match[4]
        if kind == "error":
            errors[number].add(code or text)
        elif text.startswith("Revealed type is "):
            reveals[number] = text.removeprefix("Revealed type is ").strip('"')

    assert reveals == expected_reveals, result.stdout
    assert not [t for t in reveals.values() if "Any" in t or "Unset" in t]
    assert dict(errors) == expected_errors, result.stdout
