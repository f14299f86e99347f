"""Figures of the reliability suite: one row per scenario, saved as JSON, printed as a table.

python -m tests.reliability._figures build/reliability/full.json   # the table again
python -m tests.reliability._figures --markdown build/reliability/full.json
"""

from __future__ import annotations

import json
import os
import platform
import sys
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, TypeVar

N = TypeVar("N", int, float)

SIZE = "full" if os.environ.get("ALPACA_RELIABILITY", "").lower() == "full" else "small"
"""``ALPACA_RELIABILITY=full`` (``make reliability``) runs every scenario at full size."""


def scaled(small: N, full: N) -> N:
    """How many (or how long) at this run's size."""
    return full if SIZE == "full" else small


@dataclass
class Row:
    """One scenario: how many operations, what was measured, what had to hold."""

    scenario: str
    n: int
    measured: dict[str, Any]
    target: str
    met: bool
    seconds: float
    test: str = ""


@dataclass
class Book:
    """The rows of one run, with the machine they ran on."""

    rows: list[Row] = field(default_factory=list)

    def record(
        self,
        scenario: str,
        *,
        n: int,
        target: str,
        met: bool,
        seconds: float,
        **measured: Any,
    ) -> None:
        test = os.environ.get("PYTEST_CURRENT_TEST", "").split(" ")[0]
        self.rows.append(Row(scenario, n, measured, target, met, round(seconds, 2), test))

    def document(self) -> dict[str, Any]:
        return {"size": SIZE, "machine": machine(), "rows": [asdict(r) for r in self.rows]}

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(self.document(), indent=2, default=str) + "\n")


def report_path() -> Path:
    """Where this run's figures go (``ALPACA_RELIABILITY_JSON`` overrides)."""
    default = Path("build") / "reliability" / f"{SIZE}.json"
    return Path(os.environ.get("ALPACA_RELIABILITY_JSON") or default)


def machine() -> dict[str, Any]:
    """What the figures were measured on."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "system": f"{platform.system()} {platform.release()}",
        "python": platform.python_version(),
    }


def _value(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:,.3g}" if value < 100 else f"{value:,.0f}"
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:,}"
    return str(value)


def _measured(measured: dict[str, Any]) -> str:
    return ", ".join(f"{name.replace('_', ' ')} {_value(v)}" for name, v in measured.items())


def table(document: dict[str, Any], *, markdown: bool = False) -> str:
    """The rows as a table (plain text for a terminal, or Markdown for the README)."""
    header = ("scenario", "N", "measured", "target", "met", "s")
    rows = [
        (
            r["scenario"],
            _value(r["n"]),
            _measured(r["measured"]),
            r["target"],
            "yes" if r["met"] else "NO",
            _value(r["seconds"]),
        )
        for r in document["rows"]
    ]
    m = document["machine"]
    where = (
        f"size {document['size']}; {m['cpu']}, {m['cores']} cores, {m['system']}, "
        f"Python {m['python']}"
    )
    if markdown:
        lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
        lines += ["| " + " | ".join(row) + " |" for row in rows]
        return "\n".join([*lines, "", where])
    lines = []
    for row in rows:
        lines.append(f"[{row[4]:>3}] {row[0]} (N={row[1]}, {row[5]} s)")
        lines.append(f"      measured: {row[2]}")
        lines.append(f"      target:   {row[3]}")
    return "\n".join([*lines, where])


def main(argv: list[str]) -> int:
    markdown = "--markdown" in argv
    paths = [a for a in argv if not a.startswith("--")] or [str(report_path())]
    for path in paths:
        print(table(json.loads(Path(path).read_text()), markdown=markdown))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
