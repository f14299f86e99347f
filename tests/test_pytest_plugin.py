"""The pytest plugin: registered by entry point, light to load, safe next to a conftest line."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from importlib.metadata import entry_points
from pathlib import Path

import pytest

USER_TESTS = """
from datetime import timedelta

import pytest


def test_client_fills_at_any_hour(alpaca_client):
    order = alpaca_client.orders.submit(
        symbol="AAPL", qty=1, side="buy", type="market", time_in_force="day"
    )
    assert order.status == "filled"


def test_stepped_sandbox_starts_at_an_open(alpaca_stepped_sandbox):
    with alpaca_stepped_sandbox.client() as client:
        assert client.clock.get().is_open
        before = alpaca_stepped_sandbox.now()
        assert alpaca_stepped_sandbox.advance(minutes=5) == before + timedelta(minutes=5)


@pytest.mark.alpaca_sandbox(always_open=False, speed=0, start=None)
def test_marker_passes_arguments(alpaca_sandbox):
    assert alpaca_sandbox.advance(seconds=1)
"""


def _run_pytest(folder: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("APCA_", "ALPACA_"))}
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(folder)],
        cwd=folder,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_the_entry_point_names_the_plugin_module() -> None:
    found = {ep.name: ep.value for ep in entry_points(group="pytest11")}
    assert found.get("alpaca.pytest_plugin") == "alpaca.pytest_plugin"


@pytest.mark.parametrize("conftest", ["", 'pytest_plugins = ["alpaca.testing"]\n'])
def test_fixtures_work_with_and_without_a_conftest_line(tmp_path: Path, conftest: str) -> None:
    (tmp_path / "conftest.py").write_text(conftest)
    (tmp_path / "test_user.py").write_text(textwrap.dedent(USER_TESTS))
    result = _run_pytest(tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "3 passed" in result.stdout


def test_loading_the_plugin_imports_nothing_heavy() -> None:
    code = (
        "import sys, alpaca.pytest_plugin\n"
        "heavy = {'alpaca.sandbox', 'alpaca.testing', 'starlette', 'uvicorn', 'websockets'}\n"
        "print(sorted(heavy & set(sys.modules)))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
