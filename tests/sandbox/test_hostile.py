"""Hostile input never breaks the sandbox: every answer is < 500, errors carry Alpaca's body.

Property-based (hypothesis) over real sockets. The examples are derandomized so CI is stable;
``ALPACA_FUZZ_EXAMPLES=5000 pytest tests/sandbox/test_hostile.py`` explores at random instead.
"""

from __future__ import annotations

import json
import os
import threading
import uuid
from collections.abc import Iterator
from typing import Any
from urllib.parse import quote

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from alpaca.testing import Sandbox

_FUZZ_EXAMPLES = os.environ.get("ALPACA_FUZZ_EXAMPLES")
FUZZ = settings(
    max_examples=int(_FUZZ_EXAMPLES or 250),
    derandomize=_FUZZ_EXAMPLES is None,
    deadline=None,
    database=None,
)
ORDER = {"symbol": "AAPL", "qty": "1", "side": "buy", "type": "market", "time_in_force": "day"}
RESTING = {**ORDER, "type": "limit", "limit_price": "1.00"}

HOSTILE_TEXT = [
    "",
    " ",
    "abc",
    "1e999999",
    "-1e999999",
    "1e-999999",
    "1e400",
    "1e15",
    "NaN",
    "-NaN",
    "sNaN",
    "Infinity",
    "-Infinity",
    "inf",
    "-0",
    "0",
    "0.0000000001",
    "1.5",
    "-5",
    "9" * 5000,
    "0." + "0" * 5000 + "1",
    "\x00",
    "%00%FF",
    "é",
    "😀" * 10,
    "../../etc/passwd",
    "x" * 100_000,
    "AAPL",
    "buy",
    "sell",
    "limit",
    "market",
    "day",
    "true",
]
HOSTILE_SCALARS: list[Any] = [
    *HOSTILE_TEXT,
    None,
    True,
    False,
    0,
    -1,
    1.5,
    -0.0,
    1e308,
    -1e308,
    2**63,
    -(2**63),
]
scalars = st.one_of(
    st.sampled_from(HOSTILE_SCALARS),
    st.text(max_size=20),
    st.integers(),
    st.floats(allow_nan=False, allow_infinity=False),
)
json_values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=12,
)
numbers = st.sampled_from(HOSTILE_SCALARS) | json_values
exit_legs = st.fixed_dictionaries(
    {}, optional={"limit_price": numbers, "stop_price": numbers, "extra": json_values}
)
ORDER_FIELDS: dict[str, st.SearchStrategy[Any]] = {
    "symbol": json_values,
    "qty": numbers,
    "notional": numbers,
    "side": json_values,
    "type": st.sampled_from(["market", "limit", "stop", "stop_limit", "trailing_stop"])
    | json_values,
    "time_in_force": json_values,
    "limit_price": numbers,
    "stop_price": numbers,
    "trail_price": numbers,
    "trail_percent": numbers,
    "extended_hours": json_values,
    "client_order_id": json_values,
    "order_class": st.sampled_from(["bracket", "oco", "oto", "mleg", "simple"]) | json_values,
    "take_profit": exit_legs | json_values,
    "stop_loss": exit_legs | json_values,
    "legs": json_values,
    "position_intent": json_values,
}
REPLACE_FIELDS = ("qty", "time_in_force", "limit_price", "stop_price", "trail", "client_order_id")
RAW_BODIES = [
    b"",
    b" ",
    b"null",
    b"[]",
    b"5",
    b'"order"',
    b"\xff\xfe\xfd",
    b'{"symbol": "\xff"}',
    b"{",
    b"[" * 5000,
    b'{"qty": 1e999}',
    b'{"qty": NaN}',
    b'{"qty": Infinity}',
    b'{"a": 1,}',
    b'{"symbol": "AAPL"}{"symbol": "AAPL"}',
]


@pytest.fixture(scope="module")
def hostile_sandbox() -> Iterator[Sandbox]:
    """A sandbox of this module's own (fuzzing leaves odd orders behind), always open."""
    with Sandbox(always_open=True) as sandbox:
        yield sandbox


@pytest.fixture(scope="module")
def http(hostile_sandbox: Sandbox) -> Iterator[httpx.Client]:
    """Authenticated; a hang shows as a timeout."""
    with httpx.Client(
        base_url=hostile_sandbox.base_url, headers=hostile_sandbox.headers, timeout=10
    ) as client:
        yield client


def assert_handled(response: httpx.Response) -> None:
    """Not a server error; an error answer has exactly Alpaca's ``{code, message}`` body."""
    request = response.request
    where = f"{request.method} {request.url} {request.content[:300]!r}"
    assert response.status_code < 500, f"{response.status_code} for {where}: {response.text}"
    if response.status_code >= 400:
        body = response.json()
        assert set(body) == {"code", "message"}, where
        assert type(body["code"]) is int and isinstance(body["message"], str), where


def _placed(http: httpx.Client, body: dict[str, Any]) -> dict[str, Any]:
    response = http.post("/v2/orders", json=body)
    assert response.status_code == 200, response.text
    order: dict[str, Any] = response.json()
    return order


# -- orders: the known crashes first, then the fuzzers ---------------------------------------


@pytest.mark.parametrize(
    "changes",
    [
        {"qty": "1e999999"},
        {"notional": "1e999999", "qty": None},
        {"type": "limit", "limit_price": "1e400"},
        {"type": "stop", "stop_price": "9" * 5000},
        {"type": "trailing_stop", "trail_percent": "1e999999"},
        {"type": "trailing_stop", "trail_price": "1e-999999"},
        {"order_class": "bracket", "take_profit": "x", "stop_loss": {"stop_price": "1"}},
        {"order_class": "oto", "take_profit": [1]},
        {"order_class": "oco", "take_profit": {"limit_price": "300"}, "stop_loss": True},
        {"order_class": "bracket", "take_profit": 5, "stop_loss": 5},
        {"extended_hours": "false"},
        {"client_order_id": ["a"]},
        {"qty": True},
        {"qty": "0.0000000001"},
        {"notional": "0.01", "qty": None},
    ],
)
def test_hostile_order_fields_get_422(http: httpx.Client, changes: dict[str, Any]) -> None:
    body = {k: v for k, v in {**ORDER, **changes}.items() if v is not None}
    response = http.post("/v2/orders", json=body)
    assert_handled(response)
    assert (response.status_code, response.json()["code"]) == (422, 40010001)


@pytest.mark.parametrize("raw", RAW_BODIES)
def test_malformed_bodies_get_400(http: httpx.Client, raw: bytes) -> None:
    placed = _placed(http, RESTING)
    for response in (
        http.post("/v2/orders", content=raw),
        http.patch(f"/v2/orders/{placed['id']}", content=raw),
    ):
        assert_handled(response)
        assert response.status_code == 400
        assert response.json()["message"] == "request body format is invalid"


BASES = [
    ORDER,
    RESTING,
    {**ORDER, "qty": None, "notional": "10"},
    {**ORDER, "type": "stop", "stop_price": "999"},
    {**ORDER, "type": "trailing_stop", "trail_percent": "5"},
    {
        **RESTING,
        "order_class": "bracket",
        "take_profit": {"limit_price": "2"},
        "stop_loss": {"stop_price": "0.5", "limit_price": "0.4"},
    },
    {**RESTING, "order_class": "oto", "stop_loss": {"stop_price": "0.5"}},
]


@st.composite
def order_bodies(draw: st.DrawFn) -> dict[str, Any]:
    """A sound order with one to three fields made hostile."""
    body = dict(draw(st.sampled_from(BASES)))
    names = draw(st.lists(st.sampled_from(sorted(ORDER_FIELDS)), min_size=1, max_size=3))
    for name in names:
        body[name] = draw(ORDER_FIELDS[name])
    return body


@FUZZ
@given(body=order_bodies())
def test_fuzzed_orders_never_break_the_sandbox(http: httpx.Client, body: dict[str, Any]) -> None:
    assert_handled(http.post("/v2/orders", json=body))
    assert http.delete("/v2/orders").status_code == 207  # frees the buying power again


@FUZZ
@given(body=json_values | st.binary(max_size=64) | st.sampled_from(RAW_BODIES))
def test_fuzzed_non_object_bodies(http: httpx.Client, body: Any) -> None:
    content = body if isinstance(body, bytes) else json.dumps(body).encode()
    assert_handled(http.post("/v2/orders", content=content))


@FUZZ
@given(
    target=st.sampled_from(
        [
            RESTING,
            {**ORDER, "type": "stop", "stop_price": "999"},
            {**ORDER, "type": "trailing_stop", "trail_percent": "5"},
            {**ORDER, "type": "trailing_stop", "trail_price": "3"},
        ]
    ),
    changes=st.dictionaries(st.sampled_from(REPLACE_FIELDS), numbers, min_size=1, max_size=3),
)
def test_fuzzed_replacements_never_break_the_sandbox(
    http: httpx.Client, target: dict[str, Any], changes: dict[str, Any]
) -> None:
    placed = _placed(http, target)
    assert_handled(http.patch(f"/v2/orders/{placed['id']}", json=changes))
    assert http.delete("/v2/orders").status_code == 207  # frees the buying power again


# -- client_order_id uniqueness ----------------------------------------------------------------


def test_replace_enforces_unique_client_order_ids(http: httpx.Client) -> None:
    first = _placed(http, {**RESTING, "client_order_id": f"first-{uuid.uuid4()}"})
    second = _placed(http, RESTING)
    for taken in (first["client_order_id"], second["client_order_id"]):
        refused = http.patch(f"/v2/orders/{second['id']}", json={"client_order_id": taken})
        assert refused.status_code == 422
        assert refused.json() == {"code": 40010001, "message": "client_order_id must be unique"}
    assert http.get(f"/v2/orders/{second['id']}").json()["status"] == "new"
    fresh = f"fresh-{uuid.uuid4()}"
    replaced = http.patch(f"/v2/orders/{second['id']}", json={"client_order_id": fresh})
    assert replaced.status_code == 200
    assert replaced.json()["client_order_id"] == fresh
    again = http.post("/v2/orders", json={**ORDER, "client_order_id": fresh})
    assert again.status_code == 422
    assert again.json()["message"] == "client_order_id must be unique"


def test_concurrent_submits_with_one_client_order_id_place_one_order(
    hostile_sandbox: Sandbox, http: httpx.Client
) -> None:
    client_order_id = f"race-{uuid.uuid4()}"
    barrier = threading.Barrier(20)
    statuses: list[int] = []

    def submit() -> None:
        with httpx.Client(headers=hostile_sandbox.headers, timeout=10) as own:
            barrier.wait()
            response = own.post(
                f"{hostile_sandbox.base_url}/v2/orders",
                json={**ORDER, "client_order_id": client_order_id},
            )
            statuses.append(response.status_code)

    threads = [threading.Thread(target=submit) for _ in range(20)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(statuses) == [200] + [422] * 19
    every = http.get("/v2/orders", params={"status": "all", "limit": 500}).json()
    assert [o["client_order_id"] for o in every].count(client_order_id) == 1


# -- every other route: hostile query and path values ----------------------------------------

QUERY_VALUES = [
    *HOSTILE_TEXT[:26],
    "-1",
    str(10**30),
    "10001",
    "9999-12-31",
    "0001-01-01",
    "1969-12-31",
    "2024-13-45",
    "2024-01-02",
    "2024-01-02T15:00:00Z",
    "0001-01-01T00:00:00+14:00",
    "9999-12-31T23:59:59-05:00",
    "2024-01-01T25:00:00Z",
    "2024-01-02T15:00:00",
    "AAPL,,,",
    ",",
    "A" * 2000,
    "open",
    "closed",
    "all",
    "asc",
    "desc",
    "sip",
    "raw",
    "USD",
    "TRADING",
    "SETTLEMENT",
    "QUFQTHwxMjM=",
    "QUFQTHw5OTk5OTk5OTk5OTk5OTk5OTk5OTk5OQ==",
    "QUFQTA==",
    "!!!",
]
query_values = st.sampled_from(QUERY_VALUES) | st.text(max_size=24)
TIMES = [
    "9999-12-31",
    "0001-01-01",
    "0001-01-01T00:00:00+14:00",
    "9999-12-31T23:59:59-05:00",
    "2024-13-45",
    "2024-02-30",
    "2024-01-01T25:00:00Z",
    "2024-01-02T15:00:00",
    "2024-01-02",
    "1969-12-31",
    "2024-01-02T15:00:00Z",
    "2024-01-02T15:00:00.123456789Z",
]
AMOUNTS = [
    "abc",
    "-1",
    "0",
    "-0",
    str(10**30),
    "1" * 5000,
    "1e400",
    "1e999999",
    "NaN",
    "sNaN",
    "Infinity",
    "1e-999999",
    "0.0000000001",
    "10001",
    "5",
    "1.5",
    " 5",
    "٥",
]
KINDS = {
    **dict.fromkeys(("after", "until", "start", "end", "asof"), st.sampled_from(TIMES)),
    **dict.fromkeys(("limit", "qty", "percentage"), st.sampled_from(AMOUNTS)),
}
PATH_VALUES = [
    "AAPL",
    "aapl",
    "TWTR",
    "%FF",
    "%00",
    "%2F",
    "..",
    "é",
    "😀",
    "A" * 1000,
    "00000000-0000-0000-0000-000000000000",
    "BRK.B",
    "BTC%2FUSD",
    "%E2%82%AC%FF%FE",
]
path_values = st.sampled_from(PATH_VALUES) | st.text(min_size=1, max_size=24).map(
    lambda text: quote(text, safe="")
)
ROUTES: list[tuple[str, str, tuple[str, ...]]] = [
    ("GET", "/v2/account", ("x",)),
    ("GET", "/v2/orders", ("status", "limit", "after", "until", "direction", "nested", "symbols")),
    ("GET", "/v2/orders/{}", ("nested",)),
    ("DELETE", "/v2/orders/{}", ()),
    ("PATCH", "/v2/orders/{}", ()),
    ("GET", "/v2/orders:by_client_order_id", ("client_order_id",)),
    ("GET", "/v2/positions", ()),
    ("GET", "/v2/positions/{}", ()),
    ("DELETE", "/v2/positions/{}", ("qty", "percentage")),
    ("DELETE", "/v2/positions", ("cancel_orders",)),
    ("GET", "/v2/assets", ("status", "asset_class", "exchange")),
    ("GET", "/v2/assets/{}", ()),
    ("GET", "/v2/clock", ()),
    ("GET", "/v2/calendar", ("start", "end", "date_type")),
    ("GET", "/v2/stocks/snapshots", ("symbols", "feed", "currency")),
    ("GET", "/v2/stocks/{}/snapshot", ("feed",)),
]
_HISTORY = ("symbols", "timeframe", "start", "end", "limit", "sort", "page_token")
_OPTIONS = ("feed", "adjustment", "asof", "currency")
for _kind in ("bars", "quotes", "trades"):
    ROUTES += [
        ("GET", f"/v2/stocks/{_kind}", _HISTORY + _OPTIONS),
        ("GET", f"/v2/stocks/{{}}/{_kind}", _HISTORY[1:] + _OPTIONS),
        ("GET", f"/v2/stocks/{_kind}/latest", ("symbols", "feed", "currency")),
        ("GET", f"/v2/stocks/{{}}/{_kind}/latest", ("feed",)),
    ]


@st.composite
def requests(draw: st.DrawFn) -> tuple[str, str, dict[str, str], str]:
    """A route with hostile path and query values (cheap valid ones mixed in)."""
    method, template, names = draw(st.sampled_from(ROUTES))
    path = template.format(draw(path_values)) if "{}" in template else template
    chosen = draw(st.sets(st.sampled_from(names))) if names else set()
    params = {
        name: draw(KINDS[name] | query_values if name in KINDS else query_values) for name in chosen
    }
    if "timeframe" in names:  # keep valid requests cheap: intraday bars only
        params["timeframe"] = draw(st.sampled_from(["1Min", "15Min", "1Hour"]) | query_values)
    return method, path, params, draw(st.sampled_from(["", "&", "%FF=%FE", "a=1&a=2"]))


@FUZZ
@given(request=requests())
def test_fuzzed_queries_and_paths_never_break_the_sandbox(
    http: httpx.Client, request: tuple[str, str, dict[str, str], str]
) -> None:
    method, path, params, junk = request
    url = httpx.URL(path, params=params)
    query = (url.query + (b"&" if url.query and junk else b"")).decode() + junk
    response = http.request(method, url.copy_with(query=query.encode() or None))
    assert_handled(response)


@pytest.mark.parametrize(
    "url",
    [
        "/v2/orders?after=0001-01-01T00:00:00%2B14:00",
        "/v2/orders?until=9999-12-31T23:59:59-05:00",
        "/v2/calendar?start=0001-01-01&end=9999-12-31",
        "/v2/calendar?start=0001-01-01&date_type=SETTLEMENT",
        "/v2/calendar?end=9999-12-31&date_type=SETTLEMENT",
        "/v2/stocks/bars?symbols=AAPL&timeframe=1Min&end=9999-12-31",
        "/v2/stocks/bars?symbols=AAPL&timeframe=1Week&start=0001-01-01&end=9999-12-31",
        "/v2/stocks/bars?symbols=AAPL&timeframe=1Min&start=9999-12-31T23:59:59-05:00",
        "/v2/stocks/trades?symbols=AAPL&start=0001-01-01T00:00:00%2B14:00",
        "/v2/stocks/bars?symbols=AAPL&timeframe=1Day&asof=0001-01-01T00:00:00%2B14:00",
        "/v2/stocks/bars?symbols=AAPL&timeframe=1Month&start=0001-01-01&limit=5",
    ],
)
def test_dates_at_the_ends_of_time_are_handled(http: httpx.Client, url: str) -> None:
    response = http.get(url, timeout=5)
    assert_handled(response)


def test_history_starts_in_2016_and_the_calendar_in_1970(http: httpx.Client) -> None:
    params = {"symbols": "AAPL", "timeframe": "1Day", "start": "0001-01-01", "limit": "1"}
    bars = http.get("/v2/stocks/bars", params=params).json()["bars"]["AAPL"]
    assert bars[0]["t"] == "2016-01-04T05:00:00Z"
    days = http.get("/v2/calendar", params={"start": "0001-01-01", "end": "1970-01-05"}).json()
    assert [d["date"] for d in days] == ["1970-01-02", "1970-01-05"]


@pytest.mark.parametrize("name", ["qty", "percentage"])
@pytest.mark.parametrize(
    "value", ["abc", "-5", "0", "-0", "1e400", "1e999999", "NaN", "sNaN", "1e-999999", "101"]
)
def test_hostile_position_close_amounts(
    hostile_sandbox: Sandbox, http: httpx.Client, name: str, value: str
) -> None:
    hostile_sandbox.reset()
    http.post("/v2/orders", json={**ORDER, "symbol": "MSFT", "qty": "3"}).raise_for_status()
    response = http.delete("/v2/positions/MSFT", params={name: value})
    assert_handled(response)
    assert 400 <= response.status_code < 500
    assert http.get("/v2/positions/MSFT").status_code == 200


# -- the chaos control body ------------------------------------------------------------------

RULE_FIELDS = {
    name: json_values
    for name in (
        "method",
        "path",
        "action",
        "status",
        "times",
        "when",
        "delay",
        "retry_after",
        "body",
        "headers",
        "trickle_bytes",
        "trickle_interval",
        "unknown",
    )
}


@FUZZ
@given(
    rule=st.fixed_dictionaries(
        {}, optional={**RULE_FIELDS, "method": st.just("GET"), "path": st.just("/fuzz")}
    )
    | json_values
)
def test_fuzzed_chaos_rules_are_validated(http: httpx.Client, rule: Any) -> None:
    response = http.post("/_sandbox/chaos", json=rule)
    assert_handled(response)
    http.delete("/_sandbox/chaos").raise_for_status()
