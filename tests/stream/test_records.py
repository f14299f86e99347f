"""Generated records: readable names over wire keys, exact timestamps and decimals, and the
generator itself on a small document (any ``x-record`` schema gets the same fast class)."""

from __future__ import annotations

import importlib
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from types import ModuleType

import msgpack
import pytest

from alpaca.stream import CryptoOrderbook, StockTrade, TradeUpdate
from codegen._records import write_records

WIRE = {"T": "t", "S": "AAPL", "i": 96921, "x": "D", "p": 126.55, "s": 1, "c": ["@", "I"],
        "t": "2021-02-22T15:51:44.208123456Z", "z": "C", "brand_new": [1]}  # fmt: skip


def test_attributes_are_read_from_the_wire_mapping() -> None:
    trade = StockTrade(WIRE)
    assert trade.raw is WIRE and StockTrade.from_raw(WIRE) == trade
    assert (trade.symbol, trade.id, trade.exchange, trade.size) == ("AAPL", 96921, "D", 1)
    assert trade.price == Decimal("126.55") and trade.conditions == ["@", "I"]
    assert trade.timestamp_ns == 1614009104208123456
    assert trade.timestamp == datetime(2021, 2, 22, 15, 51, 44, 208123, tzinfo=UTC)
    assert trade.received_at is None and trade.raw["brand_new"] == [1]
    assert "price=Decimal('126.55')" in repr(trade) and "brand_new" not in repr(trade)


@pytest.mark.parametrize(
    ("value", "nanos"),
    [
        ("2021-02-22T15:51:44Z", 1614009104_000000000),
        ("2021-02-22T15:51:44.2Z", 1614009104_200000000),
        ("2021-02-22T10:51:44.000000001-05:00", 1614009104_000000001),
        (1614009104_123456789, 1614009104_123456789),
        (msgpack.Timestamp(1614009104, 5), 1614009104_000000005),
        (datetime(2021, 2, 22, 15, 51, 44, 7, tzinfo=UTC), 1614009104_000007000),
    ],
)
def test_timestamps_stay_exact(value: object, nanos: int) -> None:
    trade = StockTrade({**WIRE, "t": value})
    assert trade.timestamp_ns == nanos
    assert trade.timestamp.tzinfo is UTC


def test_nested_records_defaults_and_models() -> None:
    book = CryptoOrderbook({"T": "o", "S": "BTC/USD", "t": 0, "a": [{"p": 0.1, "s": 2e-05}]})
    assert book.bids == [] and book.reset is False
    assert book.asks[0].price == Decimal("0.1") and book.asks[0].size == Decimal("0.00002")
    update = TradeUpdate(
        {
            "event": "fill", "price": "187.1", "qty": "2", "position_qtys": {"AAPL": "3"},
            "order": {"id": "x", "symbol": "AAPL", "status": "filled", "filled_qty": "2"},
        }
    )  # fmt: skip
    assert update.price == Decimal("187.1") and update.position_qtys == {"AAPL": Decimal(3)}
    assert update.event == "fill" and update.reconciled is False  # .order: see test_trading
    assert update.legs is None


MINI = """
openapi: 3.0.3
info: {title: mini, version: "1"}
paths: {}
components:
  schemas:
    Tick:
      x-record: true
      description: A price at a time.
      type: object
      required: [t, p]
      properties:
        t: {type: string, format: date-time, x-name: at}
        p: {type: number, format: decimal, x-name: price}
        class: {type: string}
        tags: {type: array, items: {type: string}, default: []}
    NotARecord:
      type: object
      properties:
        a: {type: string}
    StockPrint:
      x-record: Print
      x-record-key: symbol
      description: One print.
      type: object
      required: [t]
      properties:
        t: {type: string, format: date-time, x-name: at}
        s: {type: integer, x-name: size}
        c: {type: array, items: {type: string}, x-name: conditions}
    CoinPrint:
      x-record: Print
      x-record-key: symbol
      type: object
      required: [t]
      properties:
        t: {type: string, format: date-time, x-name: at}
        s: {type: number, format: decimal, x-name: size}
        c: {type: string, x-name: conditions}
        k: {type: string, x-name: side}
"""


@pytest.fixture
def mini_records(tmp_path: Path) -> Iterator[ModuleType]:
    (tmp_path / "mini.yaml").write_text(MINI)
    out = tmp_path / "out" / "mini_pkg"
    (out / "minipack").mkdir(parents=True)
    (out / "minipack" / "__init__.py").write_text("")
    write_records(tmp_path, out, [("mini.yaml", "minipack")])
    sys.path.insert(0, str(tmp_path / "out"))
    try:
        yield importlib.import_module("mini_pkg.records.minipack")
    finally:
        sys.path.remove(str(tmp_path / "out"))
        for name in [m for m in sys.modules if m.startswith("mini_pkg")]:
            del sys.modules[name]


def test_the_generator_makes_a_record_of_any_marked_schema(mini_records: ModuleType) -> None:
    tick = mini_records.Tick({"t": "2024-01-02T14:30:00.5Z", "p": 1.1, "class": "A"})
    assert tick.price == Decimal("1.1") and tick.at_ns == 1704205800_500000000
    assert tick.class_ == "A" and tick.tags == []
    assert tick.WIRE_NAMES == {"at": "t", "price": "p", "class_": "class", "tags": "tags"}
    assert not hasattr(mini_records, "NotARecord")
    assert mini_records.__all__ == ["Print", "Tick"]
    assert mini_records.Tick.__doc__ == "A price at a time."


def test_schemas_naming_one_class_merge_into_a_keyed_record(mini_records: ModuleType) -> None:
    made = mini_records.Print
    whole = made("AAPL", {"t": "2024-01-02T14:30:00Z", "s": 5, "c": ["@"], "extra": 1})
    coin = made("BTC/USD", {"t": "2024-01-02T14:30:00Z", "s": 0.5, "c": "I", "k": "B"})
    assert (whole.symbol, whole.size, whole.conditions, whole.side) == ("AAPL", 5, ["@"], None)
    assert (coin.size, coin.conditions, coin.side) == (Decimal("0.5"), ["I"], "B")
    assert made.WIRE_NAMES == {"at": "t", "size": "s", "conditions": "c", "side": "k"}
    assert whole == made("AAPL", {"t": "2024-01-02T14:30:00Z", "s": 5, "c": ["@"]})
    assert whole != made("MSFT", {"t": "2024-01-02T14:30:00Z", "s": 5, "c": ["@"]})
    assert repr(coin).startswith("Print(symbol='BTC/USD', at=datetime.datetime(2024")


def test_streams_load_lazily() -> None:
    code = (
        "import sys, alpaca\n"
        "before = 'alpaca.stream' in sys.modules\n"
        "stream = alpaca.Stream(key_id='PK', secret_key='s')\n"
        "print(before, 'websockets' in sys.modules, 'alpaca_client.trading.models' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["False", "False", "False"]
