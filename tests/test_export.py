"""``alpaca.export``: Hive-partitioned Parquet that resumes after an interruption."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import duckdb
import polars as pl
import pytest

import alpaca
from alpaca import _export
from alpaca.testing import Sandbox

SYMBOLS = ["MSFT", "AAPL", "SPY"]
START, END = "2024-01-02", "2024-01-05"  # four sessions


@pytest.fixture
def client(fresh_sandbox: Sandbox) -> Iterator[alpaca.Client]:
    with fresh_sandbox.client() as c:
        yield c


def count(path: Path) -> tuple[int, int]:
    relation = duckdb.sql(
        f"select count(*), count(distinct (symbol, timestamp)) "
        f"from read_parquet('{path}/*/*/*.parquet', hive_partitioning = true)"
    )
    assert relation is not None
    ((rows, distinct),) = relation.fetchall()
    return int(rows), int(distinct)


def test_export_writes_one_partition_per_symbol_and_trading_date(
    client: alpaca.Client, tmp_path: Path
) -> None:
    done = alpaca.export(client, SYMBOLS, path=tmp_path, progress=False, start=START, end=END)
    assert done == sorted(SYMBOLS)
    dates = sorted(p.name for p in (tmp_path / "symbol=AAPL").glob("date=*"))
    assert dates == [f"date=2024-01-0{d}" for d in (2, 3, 4, 5)]
    assert all((p / "_SUCCESS").exists() for p in (tmp_path / "symbol=AAPL").glob("date=*"))
    rows, distinct = count(tmp_path)
    assert rows == distinct == 3 * 4 * 390
    direct = client.stocks.bars("AAPL", "1Min", start=START, end=END)
    frame = pl.read_parquet(tmp_path / "symbol=AAPL" / "date=2024-01-03" / "part-0.parquet")
    assert frame.columns == ["timestamp", "open", "high", "low", "close", "volume",
                             "trade_count", "vwap"]  # fmt: skip
    assert frame.height == 390
    day = [b for b in direct["AAPL"] if b.raw["t"].startswith("2024-01-03")]
    assert frame["close"].to_list() == [float(b.close or 0) for b in day]
    assert str(frame["timestamp"].dtype) == "Datetime(time_unit='ns', time_zone='UTC')"


def test_an_interrupted_export_resumes_without_loss_or_duplicates(
    client: alpaca.Client, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = _export._write_partition
    written: list[Path] = []

    def flaky(directory: Path, *args: object) -> None:
        if len(written) == 6:
            raise KeyboardInterrupt
        original(directory, *args)  # type: ignore[arg-type]
        written.append(directory)

    monkeypatch.setattr(_export, "_write_partition", flaky)
    with pytest.raises(KeyboardInterrupt):
        alpaca.export(client, SYMBOLS, path=tmp_path, progress=False, start=START, end=END)
    monkeypatch.setattr(_export, "_write_partition", original)
    (written[-1] / "_SUCCESS").unlink()  # as if it was cut short while writing
    done = alpaca.export(client, SYMBOLS, path=tmp_path, progress=False, start=START, end=END)
    assert done == ["MSFT", "SPY"]  # AAPL (4 partitions) finished before the interruption
    assert count(tmp_path) == (3 * 4 * 390, 3 * 4 * 390)
    assert alpaca.export(client, SYMBOLS, path=tmp_path, progress=False, start=START, end=END) == []


def test_shards_split_the_symbols_between_machines(client: alpaca.Client, tmp_path: Path) -> None:
    universe = ["AAPL", "MSFT", "SPY", "TSLA", "NVDA", "AMZN", "GOOG", "META"]
    parts = [
        alpaca.export(client, universe, path=tmp_path / f"m{k}", shard=f"{k}/3", progress=False,
                      start="2024-01-02", end="2024-01-02")
        for k in (1, 2, 3)
    ]  # fmt: skip
    assert sorted(s for part in parts for s in part) == sorted(universe)
    assert all(set(a).isdisjoint(b) for a in parts for b in parts if a is not b)
    assert [_export.shard_of(s, 3) for s in universe] == [_export.shard_of(s, 3) for s in universe]


@pytest.mark.parametrize("shard", ["0/3", "4/3", "x", (1, 0)])
def test_bad_shards_are_refused(client: alpaca.Client, tmp_path: Path, shard: object) -> None:
    with pytest.raises(ValueError, match="shard"):
        alpaca.export(client, "AAPL", START, END, tmp_path, shard=shard)  # type: ignore[arg-type]


def test_sets_give_arrow_polars_and_parquet(client: alpaca.Client, tmp_path: Path) -> None:
    bars = client.stocks.bars(["AAPL", "MSFT"], "1Min", start=START, end=END)
    table = bars.arrow
    assert table.column_names[:2] == ["symbol", "timestamp"]
    assert table.num_rows == len(bars)
    assert bars.pl.shape == (len(bars), 9)
    bars.to_parquet(tmp_path / "bars.parquet")
    back = pl.read_parquet(tmp_path / "bars.parquet")
    assert back.equals(bars.pl)
    as_pandas = bars.df.reset_index()
    assert as_pandas["close"].tolist() == bars.pl["close"].to_list()
