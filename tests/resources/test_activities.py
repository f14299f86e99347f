"""``client.activities``: the deposit and fills as activities, pages by last id, filters, types."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import Any

import httpx
import pytest
from alpaca_client.trading.models import AccountActivity, ActivityType

import alpaca
from alpaca.testing import Sandbox

Handler = Callable[[httpx.Request], httpx.Response]


@pytest.fixture
def recorded(
    fresh_sandbox: Sandbox, sandbox_http: httpx.Client
) -> Iterator[tuple[alpaca.Client, list[httpx.Request]]]:
    """A client whose requests reach the fresh sandbox and are recorded on the way."""
    sent: list[httpx.Request] = []

    def forward(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        answer = sandbox_http.request(
            request.method, request.url.path, params=request.url.params, content=request.content
        )
        return httpx.Response(answer.status_code, content=answer.content)

    with (
        httpx.Client(transport=httpx.MockTransport(forward)) as http,
        fresh_sandbox.client(http_client=http) as client,
    ):
        yield client, sent


def _fill(client: alpaca.Client, symbol: str, qty: str, side: str = "buy") -> alpaca.Order:
    return client.orders.submit(
        symbol=symbol, qty=qty, side=side, type="market", time_in_force="day"
    )


def test_a_new_account_has_its_deposit(client: alpaca.Client) -> None:
    [deposit] = client.activities.list()
    assert isinstance(deposit, AccountActivity)
    assert deposit.activity_type == ActivityType.CSD
    assert deposit.net_amount == Decimal(100000) and isinstance(deposit.net_amount, Decimal)
    assert deposit.date == dt.date(2024, 1, 2)
    assert deposit.status == "executed"
    assert deposit.id is not None and deposit.id.startswith("20240102")


def test_fills_become_activities(client: alpaca.Client) -> None:
    bought = _fill(client, "AAPL", "3.5")
    sold = _fill(client, "AAPL", "1.25", side="sell")
    newest, older, deposit = client.activities.list()
    assert deposit.activity_type == "CSD"
    assert (newest.order_id, older.order_id) == (sold.id, bought.id)
    assert newest.activity_type == ActivityType.FILL and newest.side == alpaca.OrderSide.SELL
    assert newest.qty == newest.cum_qty == Decimal("1.25") and newest.leaves_qty == 0
    assert newest.price == sold.filled_avg_price and newest.symbol == "AAPL"
    assert newest.type == "fill" and newest.order_status == alpaca.OrderStatus.FILLED
    assert older.transaction_time == bought.filled_at
    ids = [a.id or "" for a in (newest, older, deposit)]
    assert ids == sorted(ids, reverse=True)


def test_pages_follow_the_last_id(recorded: tuple[alpaca.Client, list[httpx.Request]]) -> None:
    client, sent = recorded
    orders = [_fill(client, symbol, "1") for symbol in ("AAPL", "MSFT", "KO", "SPY", "JPM")]
    sent.clear()
    found = client.activities.list(page_size=2, direction="asc")
    assert [a.order_id for a in found[1:]] == [o.id for o in orders]
    assert found[0].activity_type == "CSD"
    # three full pages, then an empty one says there is no more
    assert [r.url.params.get("page_size") for r in sent] == ["2", "2", "2", "2"]
    tokens = [r.url.params.get("page_token") for r in sent]
    assert tokens == [None, found[1].id, found[3].id, found[5].id]
    assert all(r.url.params["direction"] == "asc" for r in sent)


def test_limit_is_the_total(recorded: tuple[alpaca.Client, list[httpx.Request]]) -> None:
    client, sent = recorded
    for symbol in ("AAPL", "MSFT", "KO"):
        _fill(client, symbol, "1")
    sent.clear()
    found = client.activities.list(page_size=2, limit=3)
    assert len(found) == 3 and found[0].symbol == "KO"
    assert [r.url.params["page_size"] for r in sent] == ["2", "1"]
    assert len(client.activities.list(limit=2)) == 2


def test_lazy_pages(recorded: tuple[alpaca.Client, list[httpx.Request]]) -> None:
    client, sent = recorded
    for symbol in ("AAPL", "MSFT", "KO"):
        _fill(client, symbol, "1")
    sent.clear()
    items = client.activities.iter_list(page_size=1)
    assert sent == []  # nothing fetched until iterated
    assert next(items).symbol == "KO" and len(sent) == 1
    assert [a.activity_type for a in items] == ["FILL", "FILL", "CSD"]
    assert len(sent) == 5  # the last page is empty


def test_one_type_uses_the_per_type_endpoint(
    recorded: tuple[alpaca.Client, list[httpx.Request]],
) -> None:
    client, sent = recorded
    _fill(client, "AAPL", "1")
    sent.clear()
    fills = client.activities.list(activity_types="fill")
    assert [a.activity_type for a in fills] == ["FILL"]
    assert sent[-1].url.path == "/v2/account/activities/FILL"
    both = client.activities.list(activity_types=[ActivityType.CSD, "FILL", "CSD"])
    assert len(both) == 2
    assert sent[-1].url.path == "/v2/account/activities"
    assert sent[-1].url.params["activity_types"] == "CSD,FILL"
    cash = client.activities.list(category="non_trade_activity")
    assert [a.activity_type for a in cash] == ["CSD"]
    assert client.activities.list(activity_types="DIV") == []


def test_date_and_time_filters(client: alpaca.Client) -> None:
    _fill(client, "AAPL", "1")
    deposit_day = client.activities.list(date=dt.date(2024, 1, 2))
    assert [a.activity_type for a in deposit_day] == ["CSD"]
    assert client.activities.list(date="2024-01-03") == []
    later = client.activities.list(after=dt.datetime(2024, 6, 1, tzinfo=dt.UTC))
    assert [a.activity_type for a in later] == ["FILL"]
    earlier = client.activities.list(until="2024-06-01T00:00:00Z")
    assert [a.activity_type for a in earlier] == ["CSD"]


def test_df(client: alpaca.Client) -> None:
    _fill(client, "AAPL", "2")
    frame = client.activities.list().df
    assert list(frame["activity_type"]) == ["FILL", "CSD"]
    assert frame["qty"].dtype == "float64" and frame["qty"].iloc[0] == 2.0
    assert frame["net_amount"].iloc[1] == 100000.0
    assert str(frame["transaction_time"].dt.tz) == "UTC"


async def test_async_activities(fresh_sandbox: Sandbox) -> None:
    async with fresh_sandbox.async_client() as client:
        await client.orders.submit(
            symbol="AAPL", qty=1, side="buy", type="market", time_in_force="day"
        )
        found = await client.activities.list(activity_types="FILL")
        assert [a.symbol for a in found] == ["AAPL"]
        kinds = [a.activity_type async for a in client.activities.iter_list(page_size=1)]
    assert kinds == ["FILL", "CSD"]


def test_a_repeated_page_is_an_error(mock_client: Callable[[Handler], alpaca.Client]) -> None:
    page = [{"id": "20240102000000000::same", "activity_type": "CSD"}]
    client = mock_client(lambda request: httpx.Response(200, json=page))
    with pytest.raises(alpaca.ResponseValidationError, match="repeated"):
        client.activities.list(page_size=1)


def test_the_sandbox_checks_its_parameters(sandbox_http: httpx.Client) -> None:
    for params in (
        {"activity_types": "FILL", "category": "trade_activity"},
        {"activity_types": "NOPE"},
        {"page_size": "101"},
        {"direction": "up"},
    ):
        answer = sandbox_http.get("/v2/account/activities", params=params)
        assert answer.status_code == 422, params
    assert sandbox_http.get("/v2/account/activities/NOPE").status_code == 422


@pytest.mark.parametrize(
    ("kwargs", "error", "name"),
    [
        ({"activity_types": "FILL", "category": "trade_activity"}, ValueError, "category"),
        ({"activity_types": "NOPE"}, ValueError, "activity_types"),
        ({"activity_types": []}, ValueError, "activity_types"),
        ({"activity_types": [1]}, TypeError, "activity_types"),
        ({"category": "trades"}, ValueError, "category"),
        ({"page_size": 0}, ValueError, "page_size"),
        ({"page_size": 101}, ValueError, "page_size"),
        ({"limit": 0}, ValueError, "limit"),
        ({"after": dt.datetime(2024, 1, 2)}, ValueError, "after"),
        ({"until": "2024-01-02"}, ValueError, "until"),
        ({"date": dt.datetime(2024, 1, 2, tzinfo=dt.UTC)}, TypeError, "date"),
        ({"direction": "up"}, ValueError, "direction"),
    ],
)
def test_bad_arguments_fail_before_any_request(
    offline_client: tuple[alpaca.Client, list[httpx.Request]],
    kwargs: dict[str, Any],
    error: type[Exception],
    name: str,
) -> None:
    client, sent = offline_client
    with pytest.raises(error, match=name):
        client.activities.list(**kwargs)
    with pytest.raises(error, match=name):
        client.activities.iter_list(**kwargs)
    assert sent == []


def test_pages_going_round_in_a_circle_are_an_error(
    mock_client: Callable[[Handler], alpaca.Client],
) -> None:
    after = {None: "b", "b": "a", "a": "b"}  # the page after "a" starts over

    def serve(request: httpx.Request) -> httpx.Response:
        last = after[request.url.params.get("page_token")]
        return httpx.Response(200, json=[{"id": last, "activity_type": "FILL"}])

    with pytest.raises(alpaca.ResponseValidationError, match="repeated"):
        mock_client(serve).activities.list(page_size=1)
