"""The contract tests' figures, printed in the terminal summary."""

from __future__ import annotations

from typing import Any

FIGURES: dict[str, str] = {}
"""One line per figure, filled by the tests that measure them."""


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if FIGURES:
        terminalreporter.section("contract figures")
        for line in FIGURES.values():
            terminalreporter.write_line(line)
