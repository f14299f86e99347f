"""``client.corporate_actions``: trading-API announcements and the market-data list, paged."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import httpx
import pytest
from alpaca_client.data.models import CashDividend, ForwardSplit, NameChange
from alpaca_client.data.models import CorporateActionType as DataActionType
from alpaca_client.trading.models import CorporateActionAnnouncement, CorporateActionType

import alpaca
from alpaca.resources.corporate_actions import KIND_BY_CLASS, CorporateActionRecords
from alpaca.testing import Sandbox

Handler = Callable[[httpx.Request], httpx.Response]


def test_dividend_announcements(client: alpaca.Client) -> None:
    found = client.corporate_actions.announcements(
        ca_types="Dividend", since="2024-05-01", until=dt.date(2024, 5, 31), date_type="ex_date"
    )
    assert found and all(isinstance(a, CorporateActionAnnouncement) for a in found)
    assert all(a.ca_type == CorporateActionType.DIVIDEND for a in found)
    assert all(
        a.ex_date is not None and dt.date(2024, 5, 1) <= a.ex_date <= dt.date(2024, 5, 31)
        for a in found
    )
    [apple] = client.corporate_actions.announcements(
        ca_types=["Dividend"], since="2024-05-01", until="2024-05-31", symbol="aapl"
    )
    assert apple.initiating_symbol == "AAPL" and apple.cash == Decimal("0.25")
    assert apple.ex_date == dt.date(2024, 5, 10)
    assert apple.declaration_date is not None and apple.declaration_date < apple.ex_date
    assert apple.payable_date is not None and apple.payable_date > apple.ex_date
    assert client.corporate_actions.announcement(apple.id or "") == apple
    by_cusip = client.corporate_actions.announcements(
        ca_types="Dividend",
        since="2024-05-01",
        until="2024-05-31",
        cusip=apple.initiating_original_cusip,
    )
    assert by_cusip == [apple]
    assert (
        client.corporate_actions.announcements(
            ca_types="Merger", since="2024-05-01", until="2024-05-31"
        )
        == []
    )


def test_split_announcements_and_df(client: alpaca.Client) -> None:
    [split] = client.corporate_actions.announcements(
        ca_types=CorporateActionType.SPLIT, since="2024-06-01", until="2024-06-30"
    )
    assert split.initiating_symbol == "NVDA" and split.ex_date == dt.date(2024, 6, 10)
    assert (split.old_rate, split.new_rate) == (Decimal(1), Decimal(10))
    frame = client.corporate_actions.announcements(
        ca_types="Dividend,Split", since="2024-06-01", until="2024-06-30"
    ).df
    assert {"Dividend", "Split"} == set(frame["ca_type"])
    assert frame["cash"].dtype == "float64"


def test_unknown_announcement(client: alpaca.Client) -> None:
    with pytest.raises(alpaca.NotFoundError):
        client.corporate_actions.announcement("no-such-id")


def test_the_sandbox_limits_announcement_ranges(sandbox_http: httpx.Client) -> None:
    path = "/v2/corporate_actions/announcements"
    wide = {"ca_types": "Dividend", "since": "2024-01-01", "until": "2024-04-01"}
    assert sandbox_http.get(path, params=wide).status_code == 422
    assert sandbox_http.get(path, params={**wide, "until": "2024-03-31"}).status_code == 200
    assert sandbox_http.get(path, params={"since": "2024-01-01"}).status_code == 400


def test_list_in_process_date_order(client: alpaca.Client) -> None:
    actions = client.corporate_actions.list(["AAPL", "NVDA"], start="2020-01-01", end="2024-12-31")
    assert isinstance(actions, CorporateActionRecords)
    assert {type(a) for a in actions} == {CashDividend, ForwardSplit}
    dates = [a.process_date for a in actions]
    assert dates == sorted(dates)
    splits = [a for a in actions if isinstance(a, ForwardSplit)]
    expected = [("AAPL", Decimal(4)), ("NVDA", Decimal(4)), ("NVDA", Decimal(10))]
    assert [(s.symbol, s.new_rate) for s in splits] == expected
    newest_first = client.corporate_actions.list(
        "NVDA", types="forward_split", start="2020-01-01", end="2024-12-31", sort="desc"
    )
    assert [a.process_date for a in newest_first] == [dt.date(2024, 6, 10), dt.date(2021, 7, 20)]


def test_list_df_names_each_kind(client: alpaca.Client) -> None:
    actions = client.corporate_actions.list(["AAPL", "NVDA"], start="2024-01-01", end="2024-12-31")
    frame = actions.df
    assert frame.columns[0] == "type"
    assert set(frame["type"]) == {"cash_dividend", "forward_split"}
    splits = frame[frame["type"] == "forward_split"]
    assert list(splits["symbol"]) == ["NVDA"] and list(splits["new_rate"]) == [10]
    assert frame["rate"].notna().sum() == len(frame) - 1  # only dividends have a rate


def test_every_kind_has_a_name() -> None:
    assert len(KIND_BY_CLASS) == 15
    assert set(KIND_BY_CLASS.values()) == {kind.value for kind in DataActionType}


def test_filters(client: alpaca.Client) -> None:
    [change] = client.corporate_actions.list("META", start="2022-06-01", end="2022-06-30")
    assert isinstance(change, NameChange)
    assert (change.old_symbol, change.new_symbol) == ("FB", "META")
    [again] = client.corporate_actions.list(ids=[change.id])
    assert again == change
    dividends = client.corporate_actions.list(
        types=["cash_dividend"], start="2024-05-01", end="2024-05-31"
    )
    first = dividends[0]
    assert isinstance(first, CashDividend) and all(type(a) is CashDividend for a in dividends)
    same = client.corporate_actions.list(cusips=first.cusip, start="2024-05-01", end="2024-05-31")
    assert same == [first]
    assert client.corporate_actions.list(region="non_us", start="2024-01-01") == []


def test_the_sandbox_pages_by_token(fresh_sandbox: Sandbox, sandbox_http: httpx.Client) -> None:
    params = {"start": "2024-01-01", "end": "2024-12-31", "limit": "20"}
    seen: list[str] = []
    token = None
    while True:
        page = sandbox_http.get(
            "/v1/corporate-actions", params={**params, **({"page_token": token} if token else {})}
        ).json()
        ids = [item["id"] for group in page["corporate_actions"].values() for item in group]
        assert len(ids) <= 20
        seen += ids
        token = page["next_page_token"]
        if token is None:
            break
    with fresh_sandbox.client() as client:
        everything = client.corporate_actions.list(start="2024-01-01", end="2024-12-31")
    assert len(seen) == len(set(seen)) == len(everything) > 40
    assert set(seen) == {a.id for a in everything}


def test_pages_are_walked_to_the_total(mock_client: Callable[[Handler], alpaca.Client]) -> None:
    pages = {
        None: ({"cash_dividends": [_dividend("a", 2), _dividend("b", 1)]}, "t1"),
        "t1": ({"forward_splits": [_split("c", 3)], "cash_dividends": [_dividend("d", 4)]}, "t2"),
        "t2": ({"cash_dividends": [_dividend("e", 5)]}, None),
    }
    sent: list[httpx.Request] = []

    def serve(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        groups, token = pages[request.url.params.get("page_token")]
        return httpx.Response(200, json={"corporate_actions": groups, "next_page_token": token})

    client = mock_client(serve)
    found = client.corporate_actions.list("AAPL")
    assert [a.id for a in found] == ["b", "a", "c", "d", "e"]  # by process date within a page
    assert [r.url.params.get("limit") for r in sent] == ["1000"] * 3
    sent.clear()
    assert [a.id for a in client.corporate_actions.list("AAPL", limit=3)] == ["b", "a", "c"]
    assert [r.url.params["limit"] for r in sent] == ["3", "1"]
    sent.clear()
    lazy = client.corporate_actions.iter_list("AAPL")
    assert sent == [] and next(lazy).id == "b" and len(sent) == 1


def test_a_repeated_token_is_an_error(mock_client: Callable[[Handler], alpaca.Client]) -> None:
    body = {"corporate_actions": {"cash_dividends": [_dividend("a", 1)]}, "next_page_token": "x"}
    client = mock_client(lambda request: httpx.Response(200, json=body))
    with pytest.raises(alpaca.ResponseValidationError, match="page token"):
        client.corporate_actions.list("AAPL")


def _dividend(action_id: str, day: int) -> dict[str, Any]:
    date = f"2024-01-{day:02d}"
    return {
        "id": action_id, "symbol": "AAPL", "cusip": "037833100", "rate": 0.25,
        "special": False, "foreign": False, "process_date": date, "ex_date": date,
    }  # fmt: skip


def _split(action_id: str, day: int) -> dict[str, Any]:
    date = f"2024-01-{day:02d}"
    return {
        "id": action_id, "symbol": "AAPL", "cusip": "037833100", "new_rate": 4, "old_rate": 1,
        "process_date": date, "ex_date": date,
    }  # fmt: skip


async def test_async_corporate_actions(fresh_sandbox: Sandbox) -> None:
    async with fresh_sandbox.async_client() as client:
        found = await client.corporate_actions.announcements(
            ca_types="Split", since="2022-06-01", until="2022-08-30"
        )
        listed = await client.corporate_actions.list(
            types="forward_split", start="2022-06-01", end="2022-08-31"
        )
        lazily = [a async for a in client.corporate_actions.iter_list(ids=[listed[0].id])]
    assert {a.initiating_symbol for a in found} == {"AMZN", "GOOGL", "GOOG", "TSLA"}
    assert len(listed) == 4 and lazily == listed[:1]


JANUARY = {"ca_types": "Split", "since": "2024-01-01", "until": "2024-01-31"}


@pytest.mark.parametrize(
    ("kwargs", "error", "name"),
    [
        ({**JANUARY, "until": "2024-04-01"}, ValueError, "90"),
        ({**JANUARY, "since": "2024-02-01"}, ValueError, "since"),
        ({**JANUARY, "ca_types": "Bonus"}, ValueError, "ca_types"),
        ({**JANUARY, "ca_types": []}, ValueError, "ca_types"),
        ({**JANUARY, "since": "Jan 1"}, ValueError, "since"),
        ({**JANUARY, "until": dt.datetime(2024, 1, 31, tzinfo=dt.UTC)}, TypeError, "until"),
        ({**JANUARY, "symbol": "A,B"}, ValueError, "symbol"),
        ({**JANUARY, "date_type": "x"}, ValueError, "date_type"),
    ],
)
def test_bad_announcement_arguments(
    offline_client: tuple[alpaca.Client, list[httpx.Request]],
    kwargs: dict[str, Any],
    error: type[Exception],
    name: str,
) -> None:
    client, sent = offline_client
    with pytest.raises(error, match=name):
        client.corporate_actions.announcements(**kwargs)
    assert sent == []


@pytest.mark.parametrize(
    ("kwargs", "error", "name"),
    [
        ({"ids": ["x"], "symbols": "AAPL"}, ValueError, "ids"),
        ({"ids": ["x"], "start": "2024-01-01"}, ValueError, "ids"),
        ({"types": "dividend"}, ValueError, "types"),
        ({"region": "eu"}, ValueError, "region"),
        ({"start": "2024-02-01", "end": "2024-01-01"}, ValueError, "start"),
        ({"start": dt.datetime(2024, 1, 1, tzinfo=dt.UTC)}, TypeError, "start"),
        ({"limit": 0}, ValueError, "limit"),
        ({"sort": "up"}, ValueError, "sort"),
        ({"cusips": ["", "x"]}, ValueError, "cusips"),
        ({"symbols": ""}, ValueError, "symbols"),
        ({"page_size": 5}, TypeError, "page_size"),
    ],
)
def test_bad_list_arguments(
    offline_client: tuple[alpaca.Client, list[httpx.Request]],
    kwargs: dict[str, Any],
    error: type[Exception],
    name: str,
) -> None:
    client, sent = offline_client
    with pytest.raises(error, match=name):
        client.corporate_actions.list(**kwargs)
    with pytest.raises(error, match=name):
        client.corporate_actions.iter_list(**kwargs)
    assert sent == []
