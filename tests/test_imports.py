"""``import alpaca`` stays light; the public names resolve."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import alpaca

HEAVY = ["pandas", "alpaca_client.trading.models", "alpaca_client.data.models", "numpy"]


def _loaded_after(code: str) -> dict[str, bool]:
    script = (
        f"import sys, json\n{code}\n"
        f"print(json.dumps({{name: name in sys.modules for name in {HEAVY!r}}}))"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60
    )
    loaded: dict[str, bool] = json.loads(result.stdout.strip().splitlines()[-1])
    return loaded


def test_import_alpaca_is_light() -> None:
    loaded = _loaded_after("import alpaca")
    assert loaded == {name: False for name in HEAVY}


def test_httpx_loads_with_the_first_client() -> None:
    code = "import sys\nimport alpaca\nprint('httpx' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "False"  # test_fast_paths: the client loads it, CLI aside


def test_building_a_client_is_light() -> None:
    loaded = _loaded_after(
        "import alpaca\n"
        "c = alpaca.Client(key_id='PK', secret_key='s')\n"
        "repr(c); alpaca.TimeFrame.parse('5Min')"
    )
    assert loaded == {name: False for name in HEAVY}


def test_models_load_on_demand() -> None:
    loaded = _loaded_after("import alpaca\nalpaca.Order")
    assert loaded["alpaca_client.trading.models"] is True
    assert loaded["pandas"] is False


def test_every_public_name_resolves() -> None:
    for name in alpaca.__all__:
        assert getattr(alpaca, name) is not None, name
    assert alpaca.Order is alpaca.models.Order
    assert issubclass(alpaca.RateLimitError, alpaca.APIError)
    assert issubclass(alpaca.APITimeoutError, alpaca.APIConnectionError)
    for error in (
        alpaca.APIError, alpaca.APIConnectionError, alpaca.ConfigurationError,
        alpaca.AuthenticationError, alpaca.PermissionDeniedError, alpaca.NotFoundError,
        alpaca.UnprocessableEntityError, alpaca.RateLimitError, alpaca.InternalServerError,
        alpaca.BadRequestError, alpaca.APITimeoutError,
    ):  # fmt: skip
        assert issubclass(error, alpaca.AlpacaError)


def test_unknown_attribute() -> None:
    with pytest.raises(AttributeError, match="no_such_thing"):
        alpaca.no_such_thing  # type: ignore[attr-defined]  # noqa: B018


def test_model_names_are_declared_once() -> None:
    """``alpaca.models.__all__`` is the one list: ``alpaca`` serves those names lazily."""
    import alpaca.models

    assert not set(alpaca.__all__) & set(alpaca.models.__all__)
    for name in alpaca.models.__all__:
        assert getattr(alpaca, name) is getattr(alpaca.models, name)
    source = Path(alpaca.__file__).read_text()
    assert not [
        name for name in alpaca.models.__all__ if f'"{name}"' in source or f" {name}," in source
    ]
