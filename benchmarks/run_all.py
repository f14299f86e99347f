"""``make bench``: every benchmark in one go, then every target with its figure side by side.

    python benchmarks/run_all.py [--quick] [--json PATH] [--no-install]

``--quick`` runs fewer rounds (3 on localhost, 1 on the slow link) to check the wiring; the
README's figures come from a full run (7 and 3).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

import _harness
import download
import frames
import iter_bars


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--quick", action="store_true", help="fewer rounds")
    parser.add_argument("--json", type=Path, help="also write every figure to this file")
    parser.add_argument("--no-install", action="store_true", help="don't create peer venvs")
    args = parser.parse_args(argv)
    install = not args.no_install
    started = time.perf_counter()
    machine = _harness.machine()
    print(f"machine: {machine}\n", flush=True)

    sections: dict[str, Any] = {}
    results: list[tuple[str, str, bool]] = []
    for name, module, runs in (
        ("frames", frames, 3 if args.quick else 7),
        ("iteration", iter_bars, 3 if args.quick else 5),
        ("download", download, 1 if args.quick else 3),
    ):
        summary = (
            module.run(runs) if module is iter_bars else module.run(runs, install)  # type: ignore[attr-defined]
        )
        sections[name] = summary
        print(module.table(summary), end="\n\n", flush=True)
        results.extend(module.checks(summary))

    print("Targets")
    width = max(len(what) for what, _, _ in results)
    for what, figure, met in results:
        print(f"  {'ok  ' if met else 'MISS'} {what:<{width}}  {figure}")
    print(f"\n{sum(m for _, _, m in results)}/{len(results)} targets met in "
          f"{time.perf_counter() - started:.0f} s; machine: {machine}")  # fmt: skip
    if args.json:
        sections["machine"] = machine
        sections["targets"] = [{"what": w, "figure": f, "met": m} for w, f, m in results]
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(sections, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
