"""Typed iteration: microseconds per item of ``client.stocks.iter_bars`` (& co.), decode included.

In one process, after a warm-up pass: ``iter_bars`` / ``iter_quotes`` / ``iter_trades`` over
200,000 items, reading one attribute of each record. The client is the real one, transport stack
included, but its HTTP client answers from memory (an ``httpx.MockTransport`` over the page
server's rendered pages), so the figure is what iteration costs on top of the network: page
decoding, paging and record building. Beside it: the same pages decoded into dicts by ``orjson``
(the least any iterator costs). Medians of ``--runs`` passes, per item.

    python benchmarks/iter_bars.py [--runs 5] [--json]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Callable
from typing import Any

import _pages
import frames

TARGET_US = 3.0
COUNT = 200_000


def _timed(work: Callable[[], int], runs: int) -> float:
    """Median seconds per item of ``work`` (which returns the items it saw)."""
    work()
    per_item = []
    for _ in range(runs):
        start = time.perf_counter()
        count = work()
        per_item.append((time.perf_counter() - start) / count)
        assert count == COUNT, count
    return statistics.median(per_item)


def run(runs: int) -> dict[str, Any]:
    import httpx
    import orjson

    import alpaca

    data, specs = frames.make_data()
    pages: dict[str, bytes] = {}

    def answer(request: httpx.Request) -> httpx.Response:
        url = str(request.url)
        if url not in pages:
            kind = request.url.path.rsplit("/", 1)[-1]
            query = dict(request.url.params)
            pages[url] = _pages.render(data, kind, None, query)
        return httpx.Response(200, content=pages[url])

    out: dict[str, Any] = {"runs": runs, "kinds": {}}
    memory = httpx.Client(transport=httpx.MockTransport(answer))
    client = alpaca.Client(
        key_id="bench", secret_key="bench", data_url="http://127.0.0.1:9", http_client=memory
    )
    for kind, spec in specs.items():
        window = {"start": spec["start"], "end": spec["end"]}
        iterate = getattr(client.stocks, f"iter_{kind}")
        args = ("AAPL", "1Min") if kind == "bars" else ("AAPL",)

        def typed(
            iterate: Any = iterate,
            args: tuple[str, ...] = args,
            window: dict[str, str] = window,
        ) -> int:
            count = 0
            for record in iterate(*args, **window):
                record.timestamp  # noqa: B018 - touch one attribute, as a consumer would
                count += 1
            return count

        rows = data[kind]["AAPL"].rows
        bodies = [b"[" + b",".join(rows[i : i + 10_000]) + b"]" for i in range(0, COUNT, 10_000)]

        def dicts(bodies: list[bytes] = bodies) -> int:
            count = 0
            for body in bodies:
                for row in orjson.loads(body):
                    row["t"]
                    count += 1
            return count

        out["kinds"][kind] = {"typed_us": _timed(typed, runs) * 1e6}
        out["kinds"][kind]["dicts_us"] = _timed(dicts, runs) * 1e6
    client.close()
    return out


def checks(summary: dict[str, Any]) -> list[tuple[str, str, bool]]:
    return [
        (
            f"iter_{kind} <= {TARGET_US:.0f} us per item, decode included",
            f"{k['typed_us']:.2f} us",
            k["typed_us"] <= TARGET_US,
        )
        for kind, k in summary["kinds"].items()
    ]


def table(summary: dict[str, Any]) -> str:
    lines = [
        f"Typed iteration, 200,000 items from memory through the real client, median of "
        f"{summary['runs']} passes in one process (us per item)",
        f"{'iterator':<12} {'typed':>7} {'orjson dicts':>13}",
    ]
    for kind, k in summary["kinds"].items():
        lines.append(f"{'iter_' + kind:<12} {k['typed_us']:>7.2f} {k['dicts_us']:>13.2f}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    summary = run(args.runs)
    if args.json:
        print(json.dumps(summary, indent=2))
    else:
        print(table(summary))
        for what, figure, met in checks(summary):
            print(f"  {'ok  ' if met else 'MISS'} {what}: {figure}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
