"""``python -m codegen [--check] | drift UPSTREAM.json``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ._drift import drift
from ._errors import CodegenError
from ._generate import regenerate, stale_report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m codegen", description=__doc__)
    parser.add_argument("--check", action="store_true", help="fail when generated/ is stale")
    sub = parser.add_subparsers(dest="command")
    drift_cmd = sub.add_parser("drift", help="list what spec/ lacks against a published document")
    drift_cmd.add_argument("upstream", type=Path)
    args = parser.parse_args(argv)
    try:
        if args.command == "drift":
            lines = list(drift(args.upstream))
            print("\n".join(lines) if lines else "spec/ covers everything in the document")
            return 0
        if args.check:
            report = stale_report()
            if report:
                print("generated/ is stale; run `make generate` and commit the result:")
                print("\n".join(report))
                return 1
            print("generated/ is up to date")
            return 0
        regenerate()
        print("regenerated generated/alpaca_client")
        return 0
    except CodegenError as err:
        print(f"codegen: {err}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
