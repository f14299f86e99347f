"""``client.watchlists``: every operation by id and by name, against the sandbox's state."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from alpaca_client.trading.models import Watchlist, WatchlistSummary

import alpaca
from alpaca.testing import Sandbox


def _symbols(watchlist: Watchlist) -> list[str]:
    return [asset.symbol for asset in watchlist.assets or []]


def test_create_get_list(client: alpaca.Client) -> None:
    assert client.watchlists.list() == []
    created = client.watchlists.create("Tech", symbols=["aapl", "MSFT", "NVDA"])
    assert isinstance(created, Watchlist)
    assert created.name == "Tech" and _symbols(created) == ["AAPL", "MSFT", "NVDA"]
    assert created.assets is not None and isinstance(created.assets[0], alpaca.Asset)
    assert created.created_at.tzinfo is not None
    assert client.watchlists.get(created.id) == created
    assert client.watchlists.get(name="Tech") == created
    [summary] = client.watchlists.list()
    assert isinstance(summary, WatchlistSummary)
    assert (summary.id, summary.name, summary.account_id) == (
        created.id,
        "Tech",
        created.account_id,
    )
    empty = client.watchlists.create("Empty")
    assert empty.assets == []
    assert [w.name for w in client.watchlists.list()] == ["Tech", "Empty"]
    assert list(client.watchlists.list().df["name"]) == ["Tech", "Empty"]


def test_add_and_remove_by_id_and_name(client: alpaca.Client) -> None:
    created = client.watchlists.create("Mine", symbols="AAPL")
    assert _symbols(client.watchlists.add(created.id, symbol="msft")) == ["AAPL", "MSFT"]
    assert _symbols(client.watchlists.add(name="Mine", symbol="KO")) == ["AAPL", "MSFT", "KO"]
    assert _symbols(client.watchlists.remove(created.id, symbol="MSFT")) == ["AAPL", "KO"]
    assert _symbols(client.watchlists.remove(name="Mine", symbol="aapl")) == ["KO"]
    with pytest.raises(alpaca.UnprocessableEntityError):
        client.watchlists.add(created.id, symbol="KO")  # already there
    with pytest.raises(alpaca.UnprocessableEntityError):
        client.watchlists.add(created.id, symbol="NOSUCH")
    with pytest.raises(alpaca.NotFoundError):
        client.watchlists.remove(created.id, symbol="AAPL")  # not there any more


def test_update_by_id_and_name(client: alpaca.Client) -> None:
    created = client.watchlists.create("Old", symbols=["AAPL", "MSFT"])
    replaced = client.watchlists.update(created.id, symbols=["KO", "PEP"])
    assert replaced.name == "Old" and _symbols(replaced) == ["KO", "PEP"]
    renamed = client.watchlists.update(name="Old", new_name="New")
    assert renamed.name == "New" and _symbols(renamed) == ["KO", "PEP"]
    both = client.watchlists.update(created.id, new_name="Newer", symbols=[])
    assert both.name == "Newer" and both.assets == []
    assert both.updated_at >= created.updated_at
    with pytest.raises(alpaca.NotFoundError):
        client.watchlists.get(name="Old")


def test_names_are_unique(client: alpaca.Client) -> None:
    client.watchlists.create("A")
    other = client.watchlists.create("B")
    with pytest.raises(alpaca.UnprocessableEntityError):
        client.watchlists.create("A")
    with pytest.raises(alpaca.UnprocessableEntityError):
        client.watchlists.update(other.id, new_name="A")


def test_delete_by_id_and_name(client: alpaca.Client) -> None:
    first = client.watchlists.create("One")
    client.watchlists.create("Two")
    assert client.watchlists.delete(first.id) is None
    client.watchlists.delete(name="Two")
    assert client.watchlists.list() == []
    with pytest.raises(alpaca.NotFoundError):
        client.watchlists.delete(first.id)
    with pytest.raises(alpaca.NotFoundError):
        client.watchlists.get(name="Two")


async def test_async_watchlists(fresh_sandbox: Sandbox) -> None:
    async with fresh_sandbox.async_client() as client:
        created = await client.watchlists.create("Async", symbols=["SPY"])
        added = await client.watchlists.add(name="Async", symbol="QQQ")
        removed = await client.watchlists.remove(name="Async", symbol="SPY")
        updated = await client.watchlists.update(created.id, symbols=["IWM"])
        await client.watchlists.delete(name="Async")
        left = await client.watchlists.list()
    assert _symbols(added) == ["SPY", "QQQ"] and _symbols(removed) == ["QQQ"]
    assert updated.name == "Async" and _symbols(updated) == ["IWM"]
    assert left == []


def test_raw_response_of_a_two_request_call(client: alpaca.Client) -> None:
    created = client.watchlists.create("Raw", symbols=["AAPL"])
    raw = client.with_raw_response.watchlists.remove(name="Raw", symbol="AAPL")
    assert raw.status_code == 200
    assert raw.http_response.request.url.path == f"/v2/watchlists/{created.id}/AAPL"
    assert _symbols(raw.parse()) == []


def test_the_sandbox_checks_bodies(sandbox_http: httpx.Client) -> None:
    assert sandbox_http.post("/v2/watchlists", json={"symbols": ["AAPL"]}).status_code == 422
    assert sandbox_http.post("/v2/watchlists", json={"name": "x" * 65}).status_code == 422
    assert sandbox_http.post("/v2/watchlists", content=b"[").status_code == 400
    created = sandbox_http.post("/v2/watchlists", json={"name": "W"}).json()
    assert sandbox_http.put(f"/v2/watchlists/{created['id']}", json={}).status_code == 422
    assert sandbox_http.get("/v2/watchlists/not-an-id").status_code == 404


@pytest.mark.parametrize(
    ("call", "kwargs", "error", "name"),
    [
        ("get", {}, TypeError, "watchlist_id"),
        ("get", {"watchlist_id": "x", "name": "y"}, TypeError, "watchlist_id"),
        ("get", {"name": ""}, ValueError, "name"),
        ("get", {"watchlist_id": 5}, TypeError, "watchlist_id"),
        ("create", {"name": "x" * 65}, ValueError, "name"),
        ("create", {"name": "ok", "symbols": ["AAPL", ""]}, ValueError, "symbols"),
        ("update", {"watchlist_id": "x"}, ValueError, "new_name"),
        ("update", {"name": "x", "new_name": " "}, ValueError, "new_name"),
        ("add", {"watchlist_id": "x", "symbol": "A,B"}, ValueError, "symbol"),
        ("add", {"symbol": "AAPL"}, TypeError, "watchlist_id"),
        ("remove", {"name": "x", "symbol": ""}, ValueError, "symbol"),
        ("delete", {"watchlist_id": " "}, ValueError, "watchlist_id"),
    ],
)
def test_bad_arguments_fail_before_any_request(
    offline_client: tuple[alpaca.Client, list[httpx.Request]],
    call: str,
    kwargs: dict[str, Any],
    error: type[Exception],
    name: str,
) -> None:
    client, sent = offline_client
    with pytest.raises(error, match=name):
        getattr(client.watchlists, call)(**kwargs)
    assert sent == []
