"""``client.locates``: quotes, locates granted, partial or rejected, pages and expiry."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal

import httpx
import pytest
from alpaca_client.trading.models import Locate, LocateQuoteErrorCode, LocateStatus

import alpaca
from alpaca.resources import locates
from alpaca.testing import Sandbox
from tests.resources.clock import ManualClock


def test_quotes_and_why_some_symbols_have_none(client: alpaca.Client) -> None:
    answer = client.locates.quotes(["tsla", "SPY", "PENNY", "ZZZZ", "TSLA"])
    [quote] = answer.quotes
    assert quote.symbol == "TSLA" and quote.available_qty % 100 == 0
    assert quote.price is None or isinstance(quote.price, Decimal)
    assert {e.symbol: e.code for e in answer.errors or []} == {
        "SPY": LocateQuoteErrorCode.EASY_TO_BORROW,
        "PENNY": LocateQuoteErrorCode.THRESHOLD_SECURITY,
        "ZZZZ": LocateQuoteErrorCode.SYMBOL_NOT_FOUND,
    }


def _locatable(client: alpaca.Client, at_least: int) -> tuple[str, int, Decimal]:
    """A symbol with at least ``at_least`` shares to locate today: symbol, shares, fee."""
    candidates = ["AAPL", "MSFT", "TSLA", "NVDA", "AMD", "KO", "JPM", "F", "INTC", "META"]
    for quote in client.locates.quotes(candidates).quotes:
        if quote.available_qty >= at_least and quote.price is not None:
            return quote.symbol, quote.available_qty, quote.price
    raise AssertionError("no candidate has shares to locate")


def test_create_get_and_list(client: alpaca.Client) -> None:
    symbol, available, fee = _locatable(client, 200)
    made = client.locates.create(symbol, 200, limit_price="1")
    assert isinstance(made, Locate) and made.status == LocateStatus.ACTIVE
    assert made.located_qty == 200 and made.located_price == fee
    assert made.total_fee == 200 * fee and made.limit_price == Decimal(1)
    assert made.expires_at is not None and made.expires_at > made.created_at
    assert client.locates.get(made.id) == made
    assert [locate.id for locate in client.locates.list()] == [made.id]
    assert client.locates.list(symbol=symbol.lower(), status="active") == [made]
    assert client.locates.list(status=LocateStatus.REJECTED) == []
    left = next(q for q in client.locates.quotes(symbol).quotes)
    assert left.available_qty == available - 200
    frame = client.locates.list().df
    assert list(frame["symbol"]) == [symbol] and frame["total_fee"][0] == float(200 * fee)


def test_partial_and_rejected_locates(client: alpaca.Client) -> None:
    symbol, available, fee = _locatable(client, 100)
    too_many = available + 1000
    rejected = client.locates.create(symbol, too_many, all_or_none=True)
    assert rejected.status == LocateStatus.REJECTED
    assert rejected.rejection_reason == "inventory_unavailable" and rejected.located_qty is None
    cheap = client.locates.create(symbol, 100, limit_price=fee - Decimal("0.0001"))
    assert cheap.status == LocateStatus.REJECTED and cheap.total_fee is None
    partial = client.locates.create(symbol, too_many)
    assert partial.status == LocateStatus.ACTIVE and partial.located_qty == available
    assert client.locates.list(status="rejected") == [cheap, rejected]  # newest first


def test_refusals_carry_a_word_code(client: alpaca.Client) -> None:
    with pytest.raises(alpaca.BadRequestError) as bad:
        client.locates.create("AAPL", 150)
    assert bad.value.code is None and isinstance(bad.value.body, dict)
    assert bad.value.body["code"] == "invalid_input" and "round lots" in bad.value.message
    with pytest.raises(alpaca.UnprocessableEntityError) as easy:
        client.locates.create("SPY", 100)
    assert isinstance(easy.value.body, dict) and easy.value.body["code"] == "easy_to_borrow"
    with pytest.raises(alpaca.NotFoundError):
        client.locates.get("550e8400-e29b-41d4-a716-446655440000")
    with pytest.raises(alpaca.BadRequestError):
        client.locates.get("not-a-uuid")


def test_pages_follow_the_token(fresh_sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(locates, "PAGE_MAX", 2)
    pages: list[str] = []

    def count(request: httpx.Request) -> None:
        if request.url.path == "/v1/locates" and request.method == "GET":
            pages.append(str(request.url.params.get("page_token")))

    with (
        httpx.Client(event_hooks={"request": [count]}) as http,
        fresh_sandbox.client(http_client=http) as client,
    ):
        symbol, _, _ = _locatable(client, 500)
        made = [client.locates.create(symbol, 100).id for _ in range(5)]
        listed = client.locates.list()
        assert [locate.id for locate in listed] == made[::-1]
        assert len(pages) == 3 and pages[0] == "None" and len(set(pages)) == 3
        assert [locate.id for locate in client.locates.list(limit=3)] == made[:1:-1]
        lazy = client.locates.iter_list(symbol=symbol)
        assert next(lazy).id == made[-1]
        assert [locate.id for locate in lazy] == made[-2::-1]


def test_locates_expire_at_eight_in_new_york(
    clocked_sandbox: tuple[Sandbox, ManualClock],
) -> None:
    sb, clock = clocked_sandbox
    with sb.client() as client:
        symbol, _, _ = _locatable(client, 100)
        made = client.locates.create(symbol, 100)
        assert made.expires_at == dt.datetime(2025, 3, 5, 1, 0, tzinfo=dt.UTC)  # 20:00 EST
        today = dt.date(2025, 3, 4)
        assert client.locates.list(start=today, end=today + dt.timedelta(days=1)) == [made]
        assert client.locates.list(end=today) == []
        clock.advance(hours=10)
        assert client.locates.get(made.id).status == LocateStatus.EXPIRED
        assert [locate.id for locate in client.locates.list(status="expired")] == [made.id]


async def test_async_create_and_lazy_list(fresh_sandbox: Sandbox) -> None:
    async with fresh_sandbox.async_client() as client:
        quotes = await client.locates.quotes(["AAPL", "MSFT", "TSLA", "NVDA", "AMD", "KO"])
        symbol = next(q.symbol for q in quotes.quotes if q.available_qty >= 100)
        made = await client.locates.create(symbol, 100)
        assert (await client.locates.get(made.id)).status == LocateStatus.ACTIVE
        assert [locate.id async for locate in client.locates.iter_list()] == [made.id]


@pytest.mark.parametrize(
    ("call", "error", "name"),
    [
        (lambda c: c.locates.create("AAPL", 0), ValueError, "qty"),
        (lambda c: c.locates.create("AAPL", "100"), TypeError, "qty"),
        (lambda c: c.locates.create("AAPL", 100, limit_price="-0.01"), ValueError, "limit_price"),
        (lambda c: c.locates.create("AAPL", 100, all_or_none="yes"), TypeError, "all_or_none"),
        (lambda c: c.locates.quotes([f"S{i}" for i in range(101)]), ValueError, "symbols"),
        (lambda c: c.locates.get(" "), ValueError, "locate_id"),
        (lambda c: c.locates.list(status="lost"), ValueError, "status"),
        (lambda c: c.locates.list(start="2025-03-04", end="2025-03-04"), ValueError, "start"),
        (lambda c: c.locates.list(limit=0), ValueError, "limit"),
        (lambda c: c.locates.iter_list(end=dt.datetime.now(dt.UTC)), TypeError, "end"),
    ],
)
def test_argument_errors_before_any_request(
    offline_client: tuple[alpaca.Client, list[httpx.Request]],
    call: Callable[[alpaca.Client], object],
    error: type[Exception],
    name: str,
) -> None:
    client, sent = offline_client
    with pytest.raises(error, match=name):
        call(client)
    assert sent == []
