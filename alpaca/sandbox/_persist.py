"""Saving the sandbox state to a JSON file and loading it back.

Serialisation is generic: every attribute of :class:`~alpaca.sandbox._state.State` not named
in ``State.TRANSIENT`` is written, recursively, whatever it holds, as long as it is made of
JSON values, Decimals, datetimes, dates, tuples, sets and dataclasses defined in
``alpaca.sandbox`` modules. New state therefore persists without touching this module.
"""

from __future__ import annotations

import dataclasses
import importlib
import os
import tempfile
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import orjson

from alpaca.sandbox._state import State

FORMAT = 1
_PACKAGE = "alpaca.sandbox."


class _Encoder:
    """Encodes values; a dataclass instance met again is written as a reference to the first,
    so objects shared between containers (an order and its parent's legs) stay shared."""

    def __init__(self) -> None:
        self.seen: dict[int, int] = {}

    def __call__(self, value: Any) -> Any:
        if value is None or isinstance(value, bool | int | float | str):
            return value
        if isinstance(value, Decimal):
            return {"$decimal": str(value)}
        if isinstance(value, datetime):
            return {"$datetime": value.isoformat()}
        if isinstance(value, date):
            return {"$date": value.isoformat()}
        if isinstance(value, list):
            return [self(item) for item in value]
        if isinstance(value, tuple):
            return {"$tuple": [self(item) for item in value]}
        if isinstance(value, set | frozenset):
            return {"$set": [self(item) for item in sorted(value, key=repr)]}
        if isinstance(value, dict):
            if all(isinstance(key, str) for key in value):
                return {"$dict": {key: self(item) for key, item in value.items()}}
            return {"$pairs": [[self(k), self(v)] for k, v in value.items()]}
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            return self._object(value)
        raise TypeError(f"cannot save a {type(value).__qualname__}")

    def _object(self, value: Any) -> Any:
        if id(value) in self.seen:
            return {"$ref": self.seen[id(value)]}
        kind = type(value)
        if not kind.__module__.startswith(_PACKAGE):
            raise TypeError(f"cannot save a {kind.__qualname__}")
        self.seen[id(value)] = len(self.seen)
        fields = {f.name: self(getattr(value, f.name)) for f in dataclasses.fields(value)}
        return {"$object": f"{kind.__module__}:{kind.__qualname__}", "fields": fields}


class _Decoder:
    """The inverse of :class:`_Encoder` (references resolve in the order written)."""

    def __init__(self) -> None:
        self.objects: list[Any] = []

    def __call__(self, data: Any) -> Any:
        if isinstance(data, list):
            return [self(item) for item in data]
        if not isinstance(data, dict):
            return data
        if "$decimal" in data:
            return Decimal(data["$decimal"])
        if "$datetime" in data:
            return datetime.fromisoformat(data["$datetime"])
        if "$date" in data:
            return date.fromisoformat(data["$date"])
        if "$tuple" in data:
            return tuple(self(item) for item in data["$tuple"])
        if "$set" in data:
            return {self(item) for item in data["$set"]}
        if "$dict" in data:
            return {key: self(item) for key, item in data["$dict"].items()}
        if "$pairs" in data:
            return {self(key): self(item) for key, item in data["$pairs"]}
        if "$ref" in data:
            return self.objects[data["$ref"]]
        if "$object" in data:
            return self._object(data["$object"], data["fields"])
        raise ValueError(f"unknown saved value: {sorted(data)}")

    def _object(self, name: str, fields: dict[str, Any]) -> Any:
        module_name, _, qualname = name.partition(":")
        if not module_name.startswith(_PACKAGE):
            raise ValueError(f"refusing to load {name}")
        found: Any = importlib.import_module(module_name)
        for part in qualname.split("."):
            found = getattr(found, part)
        if not (isinstance(found, type) and dataclasses.is_dataclass(found)):
            raise ValueError(f"{name} is not a dataclass")
        instance = object.__new__(found)
        self.objects.append(instance)
        for field in dataclasses.fields(found):
            if field.name in fields:
                value = self(fields[field.name])
            elif field.default is not dataclasses.MISSING:
                value = field.default
            elif field.default_factory is not dataclasses.MISSING:
                value = field.default_factory()
            else:
                raise ValueError(f"{name} saved without {field.name}")
            object.__setattr__(instance, field.name, value)
        return instance


def save(state: State, path: Path, extra: dict[str, Any]) -> None:
    """Write ``state`` (and ``extra`` metadata) to ``path`` atomically."""
    encode = _Encoder()
    attributes = {
        name: encode(value)
        for name, value in vars(state).items()
        if name not in State.TRANSIENT and not name.startswith("_")
    }
    document = {"format": FORMAT, "meta": encode(extra), "state": attributes}
    payload = orjson.dumps(document, option=orjson.OPT_INDENT_2)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(payload)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _document(path: Path) -> dict[str, Any]:
    document = orjson.loads(path.read_bytes())
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise ValueError(f"{path} is not a sandbox state file")
    return document


def peek(path: Path) -> dict[str, Any]:
    """The metadata saved with the state in ``path`` (``now``: the sandbox time then)."""
    meta: dict[str, Any] = _Decoder()(_document(path).get("meta", {"$dict": {}}))
    return meta


def load(state: State, path: Path) -> dict[str, Any]:
    """Restore ``state``'s saved attributes from ``path``; returns the saved metadata."""
    document = _document(path)
    decode = _Decoder()
    for name, value in document["state"].items():
        if name not in State.TRANSIENT:
            setattr(state, name, decode(value))
    meta: dict[str, Any] = decode(document.get("meta", {"$dict": {}}))
    return meta
