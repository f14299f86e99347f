"""Drive the sandbox through the operations it supports and validate every answer against
Alpaca's published OpenAPI documents (a developer check, not part of ``make test``)::

    make conformance DOCS=../shared/reference
    python -m tests.conformance ../shared/reference

A scripted session covers the order life cycle (submit, get, list, replace, cancel, positions,
close); then every GET operation of the documents is called once with plausible parameters, and
every public method of the client once with the arguments of ``tests/contract``'s call table.
Each exchange is validated against the operation it belongs to (see :mod:`tests._contract`);
the figures are printed, and the exit status is 1 when a supported operation answered a body
the documents reject.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx

from alpaca.testing import Sandbox
from tests._contract import NOT_IN_SPEC, load, operation_of, validate
from tests.contract.test_contract import sync_run

DOCUMENTS = ("alpaca-trading-api.json", "alpaca-market-data-api.json")
START = datetime(2024, 3, 12, 14, 0, tzinfo=UTC)
"""10:00 New York time on a regular session: orders fill, data exists."""
PATH_VALUES = {
    "symbol": "AAPL",
    "symbol_or_asset_id": "AAPL",
    "symbols": "AAPL",
    "loc": "us",
    "feed": "iex",
    "type": "stocks",
    "market_type": "stocks",
    "underlying_symbol": "AAPL",
    "symbol_or_id": "AAPL",
}
QUERY_VALUES = {
    "symbols": "AAPL",
    "timeframe": "1Min",
    "start": "2024-03-11T14:00:00Z",
    "end": "2024-03-11T15:00:00Z",
    "limit": "5",
}


class Run:
    """Exchanges seen and what the documents say about them."""

    def __init__(self, docs: Path, http: httpx.Client) -> None:
        self.docs, self.http = docs, http
        self.results: dict[tuple[str, str, str], list[tuple[int, list[str]]]] = defaultdict(list)
        self.unserved: set[tuple[str, str]] = set()

    def call(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        response = self.http.request(method, path, **kwargs)
        self.record(response)
        return response

    def record(self, response: httpx.Response) -> None:
        """Validate one exchange against the document it belongs to."""
        method, path = response.request.method, response.request.url.path
        if response.status_code == 404 and b"endpoint not found" in response.content:
            self.unserved.add((method, path))
            return
        for name in DOCUMENTS:
            template = operation_of(self.docs / name, method, path)
            if template is None:
                continue
            problems = validate(self.docs / name, response.request, response)
            if problems != [NOT_IN_SPEC]:
                self.results[(name, method, template)].append((response.status_code, problems))
            break


def scripted(run: Run, sb: Sandbox) -> None:
    """The order life cycle, so every trading operation has real objects to show."""
    market = {"symbol": "AAPL", "side": "buy", "type": "market", "time_in_force": "day"}
    run.call("GET", "/v2/account")
    run.call("POST", "/v2/orders", json={**market, "qty": "5"})
    run.call("POST", "/v2/orders", json={**market, "symbol": "MSFT", "notional": "500"})
    resting = run.call(
        "POST",
        "/v2/orders",
        json={**market, "type": "limit", "limit_price": "1.00", "qty": "1", "time_in_force": "gtc"},
    ).json()
    last = run.http.get("/v2/stocks/AAPL/bars/latest").json()["bar"]["c"]
    bracket = {
        **market,
        "qty": "2",
        "order_class": "bracket",
        "take_profit": {"limit_price": f"{last + 20:.2f}"},
        "stop_loss": {"stop_price": f"{last - 20:.2f}"},
    }
    placed = run.call("POST", "/v2/orders", json=bracket).json()
    run.call("GET", f"/v2/orders/{placed['id']}", params={"nested": "true"})
    run.call("GET", "/v2/orders", params={"status": "all", "nested": "true"})
    by_client = {"client_order_id": placed["client_order_id"]}
    run.call("GET", "/v2/orders:by_client_order_id", params=by_client)
    replaced = run.call("PATCH", f"/v2/orders/{resting['id']}", json={"limit_price": "1.10"})
    run.call("DELETE", f"/v2/orders/{replaced.json()['id']}")
    sb.advance(minutes=30)
    run.call("GET", "/v2/positions")
    run.call("GET", "/v2/positions/MSFT")
    run.call("DELETE", "/v2/positions/MSFT", params={"percentage": "50"})
    run.call("DELETE", "/v2/orders")
    run.call("DELETE", "/v2/positions")


def every_get(run: Run) -> None:
    """Each GET operation of the documents once, with plausible parameters."""
    for name in DOCUMENTS:
        spec = load(str(run.docs / name))
        paths: Any = spec.spec / "paths"
        with paths.open() as found:
            document_paths = dict(found)
        for template, operations in sorted(document_paths.items()):
            if not all(part.strip("{}") in PATH_VALUES for part in _params(template)):
                continue
            path = template
            for param in _params(template):
                path = path.replace(param, PATH_VALUES.get(param.strip("{}"), "AAPL"))
            if "get" in operations and not _streams(operations["get"]):
                run.call("GET", path, params=_query(spec.spec / "paths" / template / "get"))


def every_method(run: Run, sb: Sandbox) -> None:
    """Every public method of the client once, as the contract tests call it (so every
    operation is driven, writes included), each exchange validated."""
    for response in sync_run(sb).recorder.exchanges:
        run.record(response)


def _streams(operation: Any) -> bool:
    """Whether the operation answers a server-sent event stream (which does not end)."""
    answer = operation.get("responses", {}).get("200", {})
    return "text/event-stream" in answer.get("content", {})


def _query(operation: Any) -> dict[str, str]:
    """Plausible values for the operation's query parameters we know (references resolved)."""
    found: dict[str, str] = {}
    if "parameters" not in operation:
        return found
    for parameter in operation / "parameters":
        with parameter.open() as resolved:
            name, where = resolved.get("name"), resolved.get("in")
        if where == "query" and name in QUERY_VALUES:
            found[name] = QUERY_VALUES[name]
    return found


def _params(template: str) -> list[str]:
    return [part for part in template.split("/") if part.startswith("{")]


def report(run: Run) -> int:
    """Print the figures; 1 when a supported operation's answer broke the documents."""
    valid = invalid = undocumented = 0
    for (name, method, template), outcomes in sorted(run.results.items()):
        statuses = sorted({status for status, _ in outcomes})
        bad = [(status, problems) for status, problems in outcomes if problems]
        unknown = [b for b in bad if all("Unknown response http status" in p for p in b[1])]
        if bad and len(unknown) == len(bad):
            mark, undocumented = "undoc", undocumented + 1  # an error the documents omit
        elif bad:
            mark, invalid = "BAD  ", invalid + 1
        else:
            mark, valid = "ok   ", valid + 1
        print(f"{mark} {method:6} {template}  ({name}, {statuses})")
        for status, problems in [b for b in bad if b not in unknown][:1]:
            for problem in problems[:4]:
                print(f"        {status}: {problem[:300]}")
    total = valid + invalid + undocumented
    print(
        f"\n{total} documented operations answered: {valid} valid, {invalid} invalid, "
        f"{undocumented} only with an error status the documents do not list"
    )
    print(f"{len(run.unserved)} requests to operations the sandbox does not serve:")
    for method, path in sorted(run.unserved):
        print(f"        {method} {path}")
    return 1 if invalid else 0


def main(argv: list[str]) -> int:
    if len(argv) != 1 or not all((Path(argv[0]) / name).exists() for name in DOCUMENTS):
        print(f"usage: python -m tests.conformance DOCS_DIR  (holding {', '.join(DOCUMENTS)})")
        return 2
    docs = Path(argv[0])
    with (
        Sandbox(start=START, speed=0) as sb,
        httpx.Client(base_url=sb.base_url, headers=sb.headers, timeout=30) as http,
    ):
        run = Run(docs, http)
        scripted(run, sb)
        sb.advance(to=START + timedelta(days=1))
        every_get(run)
        every_method(run, sb)
    return report(run)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
