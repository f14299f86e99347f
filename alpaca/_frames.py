"""Column-wise DataFrame builders; pandas is imported only to build a frame."""

from __future__ import annotations

import contextlib
import datetime as dt
import enum
import gc
import importlib
import math
import re
from array import array
from collections.abc import Iterator, Mapping, Sequence
from decimal import Decimal
from itertools import accumulate, chain
from operator import itemgetter
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd
    import polars as pl
    import pyarrow as pa

BAR_COLUMNS: Mapping[str, str] = {
    "o": "open",
    "h": "high",
    "l": "low",
    "c": "close",
    "v": "volume",
    "n": "trade_count",
    "vw": "vwap",
}
QUOTE_COLUMNS: Mapping[str, str] = {
    "ax": "ask_exchange",
    "ap": "ask_price",
    "as": "ask_size",
    "bx": "bid_exchange",
    "bp": "bid_price",
    "bs": "bid_size",
    "c": "conditions",
    "z": "tape",
}
TRADE_COLUMNS: Mapping[str, str] = {
    "x": "exchange",
    "p": "price",
    "s": "size",
    "c": "conditions",
    "i": "id",
    "z": "tape",
}
CRYPTO_QUOTE_COLUMNS: Mapping[str, str] = {
    "bp": "bid_price",
    "bs": "bid_size",
    "ap": "ask_price",
    "as": "ask_size",
}
CRYPTO_TRADE_COLUMNS: Mapping[str, str] = {
    "p": "price",
    "s": "size",
    "i": "id",
    "tks": "taker_side",
}
OPTION_TRADE_COLUMNS: Mapping[str, str] = {
    "x": "exchange",
    "p": "price",
    "s": "size",
    "c": "condition",
}
#: Prices are float64 even when every row of a page happens to carry a whole number.
FLOAT_COLUMNS = frozenset(
    {"open", "high", "low", "close", "vwap", "ask_price", "bid_price", "price"}
)


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cycle collector while building many objects that form no cycles (decoded
    pages, frame columns): with a large heap, each full pass walks every row kept so far, and
    importing pandas or decoding a page triggers several. On again on exit (if it was on)."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


#: chrono format of Alpaca's timestamps (any number of fraction digits, ``Z`` or an offset)
RFC3339 = "%Y-%m-%dT%H:%M:%S%.f%#z"
WHOLE_SECONDS_UTC = "%Y-%m-%dT%H:%M:%SZ"


def _extra(module: str, extra: str, what: str) -> Any:
    try:
        return importlib.import_module(module)
    except ImportError:
        raise ImportError(
            f"{what} need {module}: pip install 'alpaca-typed[{extra}]' (or 'alpaca-typed[all]')"
        ) from None


def _pandas() -> Any:
    return _extra("pandas", "pandas", "DataFrames")


COLUMN_BLOCK = 1024  # rows read at a time into columns


def _column(rows: list[dict[str, Any]], key: str) -> list[Any]:
    try:
        return [row[key] for row in rows]
    except KeyError:
        return [row.get(key) for row in rows]


def read_columns(rows: list[Any], keys: Sequence[str]) -> list[list[Any]]:
    """The columns of ``keys`` (two or more) from every row, reading each row once, in blocks
    of rows whose values stay in the CPU cache while they are dealt into columns. Raises
    KeyError when a row lacks a key, TypeError when a row is not an object."""
    columns: list[list[Any]] = [[] for _ in keys]
    values, step = itemgetter(*keys), len(keys)
    for start in range(0, len(rows), COLUMN_BLOCK):
        flat = list(chain.from_iterable(map(values, rows[start : start + COLUMN_BLOCK])))
        for index, column in enumerate(columns):
            column.extend(flat[index::step])
    return columns


def _columns(rows: list[dict[str, Any]], keys: Sequence[str]) -> list[list[Any]]:
    """The columns of ``keys`` (None where a row lacks one)."""
    if len(keys) < 2:
        return [_column(rows, key) for key in keys]
    try:
        return read_columns(rows, keys)
    except KeyError:
        return [[row.get(key) for row in rows] for key in keys]


def _array(pandas: Any, values: list[Any], float64: bool) -> Any:
    """A float64 column (NaN where absent), an int64 one when every value is an int that
    fits, else the values as they are; typed columns go through ``array`` (C speed)."""
    numpy = importlib.import_module("numpy")  # pandas' own dependency
    if float64:
        try:
            return numpy.frombuffer(array("d", values), dtype=numpy.float64)
        except TypeError:
            return pandas.array(values, dtype="float64")
    if values and type(values[0]) is int:
        try:
            return numpy.frombuffer(array("q", values), dtype=numpy.int64)
        except (TypeError, OverflowError):
            pass
    return values


def _rows(raw: Mapping[str, list[dict[str, Any]]]) -> tuple[list[str], list[dict[str, Any]]]:
    symbols = [symbol for symbol, rows in raw.items() if rows]
    rows = raw[symbols[0]] if len(symbols) == 1 else [r for s in symbols for r in raw[s]]
    return symbols, rows


@gc_paused()
def arrow_table(
    raw: Mapping[str, list[dict[str, Any]]],
    columns: Mapping[str, str],
    *,
    multi: bool,
    floats: frozenset[str] = FLOAT_COLUMNS,
) -> pa.Table:
    """A pyarrow Table of the same columns as :func:`frame`, with ``timestamp`` (ns, UTC) as a
    column (and ``symbol`` first when ``multi``), built straight from the rows."""
    pyarrow = _extra("pyarrow", "arrow", "Arrow tables")
    symbols, rows = _rows(raw)
    stamps, *values = _columns(rows, ["t", *columns])
    data: dict[str, Any] = {}
    if multi:
        data["symbol"] = _arrow_strings(pyarrow, [s for s in symbols for _ in raw[s]])
    data["timestamp"] = _arrow_strings(pyarrow, stamps).cast(pyarrow.timestamp("ns", tz="UTC"))
    for name, column in zip(columns.values(), values, strict=True):
        data[name] = _arrow_array(pyarrow, column, name in floats)
    table: pa.Table = pyarrow.table(data)
    return table


def _arrow_array(pyarrow: Any, values: list[Any], float64: bool) -> Any:
    """An Arrow column: float64 / int64 / string built from one buffer when every value fits
    (``pyarrow.array`` of a list would import pandas to look at it), else ``pyarrow.array``."""
    sample = values[0] if values else None
    with contextlib.suppress(TypeError, OverflowError):
        if float64:
            buffer = pyarrow.py_buffer(array("d", values))
            return pyarrow.Array.from_buffers(pyarrow.float64(), len(values), [None, buffer])
        if type(sample) is int:
            buffer = pyarrow.py_buffer(array("q", values))
            return pyarrow.Array.from_buffers(pyarrow.int64(), len(values), [None, buffer])
        if type(sample) is str:
            return _arrow_strings(pyarrow, values)
    return pyarrow.array(values, type=pyarrow.float64() if float64 else None)


def _arrow_strings(pyarrow: Any, values: list[str]) -> Any:
    """A string column from one buffer (ASCII text: characters are bytes), else
    ``pyarrow.array``; raises TypeError when a value is not a string."""
    text = "".join(values)
    if not text.isascii() or len(text) >= 2**31:
        return pyarrow.array(values, type=pyarrow.string())
    offsets = pyarrow.py_buffer(array("i", accumulate(map(len, values), initial=0)))
    buffers = [None, offsets, pyarrow.py_buffer(text.encode("ascii"))]
    return pyarrow.Array.from_buffers(pyarrow.string(), len(values), buffers)


@gc_paused()
def polars_frame(
    raw: Mapping[str, list[dict[str, Any]]],
    columns: Mapping[str, str],
    *,
    multi: bool,
    kinds: Mapping[str, tuple[str, bool]] | None,
    floats: frozenset[str] = FLOAT_COLUMNS,
) -> pl.DataFrame:
    """A polars DataFrame of the same columns as :func:`arrow_table`, built by polars itself
    (no pyarrow import: that alone costs more than building the frame). ``kinds`` are the
    checked kinds of the row fields (``PAGE_ROWS``): with them polars reads the rows itself,
    each column typed exactly (a number column is float64 even when its values are whole);
    without them (rows not checked), columns are read here and polars infers their types."""
    polars = _extra("polars", "polars", "polars DataFrames")
    symbols, rows = _rows(raw)
    keys = ["t", *columns]
    read = _polars_read(polars, rows, keys, kinds) if kinds is not None else None
    data: dict[str, Any] = {}
    if multi:
        data["symbol"] = polars.Series([s for s in symbols for _ in raw[s]], dtype=polars.String)
    if read is not None:
        data["timestamp"] = _polars_times(polars, read["t"])
        data.update((name, read[key]) for key, name in columns.items())
    else:
        stamps, *values = _columns(rows, keys)
        data["timestamp"] = _polars_times(polars, polars.Series(stamps, dtype=polars.String))
        for name, column in zip(columns.values(), values, strict=True):
            kind = polars.Float64 if name in floats else None
            data[name] = _polars_series(polars, column, kind)
    frame: pl.DataFrame = polars.DataFrame(data)
    return frame


#: polars types of the checked row kinds ("strings": a list of strings)
POLARS_TYPES = {"time": "String", "string": "String", "number": "Float64", "integer": "Int64"}


def _polars_read(
    polars: Any, rows: list[dict[str, Any]], keys: list[str], kinds: Mapping[str, tuple[str, bool]]
) -> Any:
    """The rows' ``keys`` read by polars into columns of their checked kinds (absent: null),
    or None when a kind has no exact polars type or a value does not fit it (a huge int)."""
    schema: dict[str, Any] = {}
    for key in keys:
        kind = kinds[key][0] if key in kinds else None
        if kind == "strings":
            schema[key] = polars.List(polars.String)
        elif kind in POLARS_TYPES:
            schema[key] = getattr(polars, POLARS_TYPES[kind])
        else:
            return None
    try:
        return polars.from_dicts(rows, schema=schema) if rows else None
    except polars.exceptions.PolarsError:
        return None


def _polars_times(polars: Any, text: Any) -> Any:
    """RFC 3339 texts as ns UTC datetimes; whole seconds in UTC (every bar) take a format
    without fraction or offset, which polars reads several times faster."""
    whole = (text.str.len_bytes() == len("2024-01-02T14:30:00Z")).all()
    if whole and text.str.ends_with("Z").all():
        with contextlib.suppress(polars.exceptions.PolarsError):
            return text.str.to_datetime(WHOLE_SECONDS_UTC, time_unit="ns", time_zone="UTC")
    return text.str.to_datetime(RFC3339, time_unit="ns", time_zone="UTC", cache=False)


def _polars_series(polars: Any, values: list[Any], kind: Any) -> Any:
    sample = next((value for value in values if value is not None), None)
    if isinstance(sample, list):  # polars builds list columns from Python ~30x slower than arrow
        pyarrow = _extra("pyarrow", "polars", "polars DataFrames")
        return polars.from_arrow(pyarrow.array(values))
    return polars.Series(values, dtype=kind, strict=kind is not None)  # ints and floats: f64


@gc_paused()
def frame(
    raw: Mapping[str, list[dict[str, Any]]],
    columns: Mapping[str, str],
    *,
    multi: bool,
    floats: frozenset[str] = FLOAT_COLUMNS,
) -> pd.DataFrame:
    """One DataFrame from rows per symbol: a UTC ``timestamp`` index, or ``(symbol, timestamp)``
    when ``multi`` (several symbols were asked for, whether or not each has rows). Columns named
    in ``floats`` are float64 (NaN where absent)."""
    pandas = _pandas()
    symbols, rows = _rows(raw)
    values = _columns(rows, ["t", *columns])
    values.reverse()  # each column list is dropped once converted: a lower peak of memory
    timestamps = pandas.to_datetime(values.pop(), utc=True, format="ISO8601").as_unit("ns")
    data = {name: _array(pandas, values.pop(), name in floats) for name in columns.values()}
    if not multi:
        index = pandas.DatetimeIndex(timestamps, name="timestamp")
    else:
        symbol_column = [symbol for symbol in symbols for _ in raw[symbol]]
        index = pandas.MultiIndex.from_arrays(
            [symbol_column, timestamps], names=["symbol", "timestamp"]
        )
    result: pd.DataFrame = pandas.DataFrame(data, index=index, columns=list(columns.values()))
    return result


NOT_COLUMNS = frozenset({"additional_properties", "raw"})


def models_frame(models: Sequence[Any]) -> pd.DataFrame:
    """A DataFrame of generated models, one column per field in declaration order: decimals
    as float64 (NaN when absent), datetimes as UTC timestamps, enums as their values. Models of
    several classes share one frame whose columns are the union of their fields."""
    import attrs

    pandas = _pandas()
    if not models:
        empty: pd.DataFrame = pandas.DataFrame()
        return empty
    classes = dict.fromkeys(type(model) for model in models)
    fields = list(
        dict.fromkeys(
            f.name for cls in classes for f in attrs.fields(cls) if f.name not in NOT_COLUMNS
        )
    )
    data = {name: _values(pandas, [getattr(m, name, None) for m in models]) for name in fields}
    result: pd.DataFrame = pandas.DataFrame(data)
    return result


def _values(pandas: Any, values: list[Any]) -> Any:
    sample = next((v for v in values if v is not None), None)
    if isinstance(sample, Decimal):
        return pandas.array([math.nan if v is None else float(v) for v in values], dtype="float64")
    if isinstance(sample, dt.datetime):
        return pandas.to_datetime(values, utc=True).as_unit("ns")
    if isinstance(sample, enum.Enum):
        return [v.value if isinstance(v, enum.Enum) else v for v in values]
    return values


def series_frame(
    seconds: Sequence[int], columns: Mapping[str, Sequence[Decimal | None]]
) -> pd.DataFrame:
    """Parallel series as float64 columns (NaN where absent) on a UTC ``timestamp`` index built
    from Unix seconds."""
    pandas = _pandas()
    index = pandas.DatetimeIndex(
        pandas.to_datetime(list(seconds), unit="s", utc=True).as_unit("ns"), name="timestamp"
    )
    data = {
        name: pandas.array([math.nan if v is None else float(v) for v in values], dtype="float64")
        for name, values in columns.items()
    }
    result: pd.DataFrame = pandas.DataFrame(data, index=index, columns=list(columns))
    return result


AUCTION_COLUMNS: Mapping[str, str] = {
    "d": "date",
    "a": "auction",
    "x": "exchange",
    "p": "price",
    "s": "size",
    "c": "condition",
}


def auction_prints(days: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One row per auction print of daily auction rows (``d``, ``o``, ``c``): the print's own
    fields plus its trading day ``d`` and ``a`` = ``open`` or ``close``."""
    prints: list[dict[str, Any]] = []
    for day in days:
        date = dt.date.fromisoformat(day["d"]) if isinstance(day.get("d"), str) else None
        for key, auction in (("o", "open"), ("c", "close")):
            for item in day.get(key) or ():
                prints.append({**item, "d": date, "a": auction})
    return prints


_OCC = re.compile(r"^([A-Z0-9.]{1,6})(\d{6})([CP])(\d{8})$")
_SNAPSHOT_FIELDS: tuple[tuple[str, str, str], ...] = (
    ("trade_time", "latestTrade", "t"),
    ("trade_price", "latestTrade", "p"),
    ("trade_size", "latestTrade", "s"),
    ("quote_time", "latestQuote", "t"),
    ("bid_price", "latestQuote", "bp"),
    ("bid_size", "latestQuote", "bs"),
    ("ask_price", "latestQuote", "ap"),
    ("ask_size", "latestQuote", "as"),
    ("open", "dailyBar", "o"),
    ("high", "dailyBar", "h"),
    ("low", "dailyBar", "l"),
    ("close", "dailyBar", "c"),
    ("volume", "dailyBar", "v"),
    ("prev_close", "prevDailyBar", "c"),
    ("implied_volatility", "", "impliedVolatility"),  # "": the snapshot itself
    ("delta", "greeks", "delta"),
    ("gamma", "greeks", "gamma"),
    ("theta", "greeks", "theta"),
    ("vega", "greeks", "vega"),
    ("rho", "greeks", "rho"),
)


def _occ(symbol: str) -> tuple[str | None, dt.date | None, str | None, float]:
    found = _OCC.match(symbol)
    if found is None:
        return None, None, None, math.nan
    root, day, kind, strike = found.groups()
    expiration = dt.date(2000 + int(day[:2]), int(day[2:4]), int(day[4:]))
    return root, expiration, "call" if kind == "C" else "put", int(strike) / 1000


def option_snapshots_frame(snapshots: Mapping[str, dict[str, Any]]) -> pd.DataFrame:
    """Option snapshots (raw, keyed by contract symbol) flattened to one row per contract."""
    pandas = _pandas()
    symbols = list(snapshots)
    parts = [_occ(symbol) for symbol in symbols]
    data: dict[str, Any] = {
        "underlying": [p[0] for p in parts],
        "expiration": [p[1] for p in parts],
        "type": [p[2] for p in parts],
        "strike": pandas.array([p[3] for p in parts], dtype="float64"),
    }
    rows = list(snapshots.values())
    for name, part, key in _SNAPSHOT_FIELDS:
        values = [((row.get(part) or {}) if part else row).get(key) for row in rows]
        if name.endswith("_time"):
            data[name] = pandas.to_datetime(values, utc=True, format="ISO8601").as_unit("ns")
        else:
            data[name] = pandas.array(
                [math.nan if v is None else v for v in values], dtype="float64"
            )
    index = pandas.Index(symbols, name="symbol", dtype="object")
    result: pd.DataFrame = pandas.DataFrame(data, index=index)
    return result


def side_by_side_frame(groups: Mapping[str, Sequence[Any]], column: str) -> pd.DataFrame:
    """One DataFrame of several lists of generated models (``models_frame`` columns), with a
    first column ``column`` naming the list each row came from (e.g. gainers, losers)."""
    pandas = _pandas()
    models = [model for items in groups.values() for model in items]
    result: pd.DataFrame = models_frame(models)
    if models:
        names = [name for name, items in groups.items() for _ in items]
        result.insert(0, column, names)
    else:
        result = pandas.DataFrame({column: []})
    return result
