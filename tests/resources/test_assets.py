"""``client.assets``: listing with filters, lookup by symbol or id, US treasuries and corporate
bonds."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

import httpx
import pytest
from alpaca_client.trading.models import BondStatus, TreasurySubtype, UsCorporate, UsTreasury

import alpaca
from alpaca.testing import Sandbox


def test_list_all_assets(client: alpaca.Client) -> None:
    assets = client.assets.list()
    assert len(assets) > 30
    assert all(isinstance(a, alpaca.Asset) for a in assets)
    by_symbol = {a.symbol: a for a in assets}
    assert by_symbol["AAPL"].tradable is True
    assert by_symbol["AAPL"].class_ == alpaca.AssetClass.US_EQUITY
    assert by_symbol["AAPL"].exchange == alpaca.Exchange.NASDAQ
    assert by_symbol["PENNY"].fractionable is False


def test_list_filters(client: alpaca.Client) -> None:
    inactive = client.assets.list(status="inactive")
    assert [a.symbol for a in inactive] == ["TWTR"]
    assert inactive[0].status == alpaca.AssetStatus.INACTIVE and inactive[0].tradable is False
    active = client.assets.list(status=alpaca.AssetStatus.ACTIVE)
    assert "TWTR" not in {a.symbol for a in active} and "AAPL" in {a.symbol for a in active}
    arca = client.assets.list(exchange="ARCA")
    assert {a.symbol for a in arca} == {"SPY", "IWM", "DIA", "GLD"}
    assert len(client.assets.list(asset_class="us_equity")) == len(client.assets.list())
    assert client.assets.list(asset_class="crypto") == []
    both = client.assets.list(status="active", exchange="NYSE")
    assert both and all(a.exchange == "NYSE" and a.status == "active" for a in both)


def test_attributes_are_sent_comma_separated(
    mock_client: Callable[[Callable[[httpx.Request], httpx.Response]], alpaca.Client],
) -> None:
    seen: list[httpx.QueryParams] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.url.params)
        return httpx.Response(200, json=[])

    client = mock_client(handler)
    assert client.assets.list(attributes=["has_options", " ptp_no_exception"]) == []
    assert client.assets.list(attributes="has_options,ipo") == []
    assert [params["attributes"] for params in seen] == [
        "has_options,ptp_no_exception",
        "has_options,ipo",
    ]


def test_get_by_symbol_or_id(client: alpaca.Client) -> None:
    apple = client.assets.get("aapl")
    assert apple.symbol == "AAPL" and apple.name and "Apple" in apple.name
    assert client.assets.get(apple.id).symbol == "AAPL"
    assert client.assets.get("BRK.B").symbol == "BRK.B"


def test_unknown_asset_is_not_found(client: alpaca.Client) -> None:
    with pytest.raises(alpaca.NotFoundError) as info:
        client.assets.get("NOPE")
    assert info.value.status_code == 404 and "asset not found" in str(info.value)


def test_unknown_exchange_from_server_is_kept(
    serve_json: Callable[[dict[str, Any]], alpaca.Client], client: alpaca.Client
) -> None:
    raw = dict(client.assets.get("AAPL").raw)
    raw.update(exchange="MOON", brand_new_field=[1, 2])
    asset = serve_json({"/v2/assets/AAPL": raw}).assets.get("AAPL")
    assert asset.exchange == "MOON" and isinstance(asset.exchange, alpaca.Exchange)
    assert asset.additional_properties == {"brand_new_field": [1, 2]}


@pytest.mark.parametrize(
    ("call", "error", "name"),
    [
        (lambda c: c.assets.list(status="zombie"), ValueError, "status"),
        (lambda c: c.assets.list(asset_class="bonds"), ValueError, "asset_class"),
        (lambda c: c.assets.list(exchange="LSE"), ValueError, "exchange"),
        (lambda c: c.assets.list(status=""), ValueError, "status"),
        (lambda c: c.assets.get(""), ValueError, "symbol_or_asset_id"),
        (lambda c: c.assets.get(7), TypeError, "symbol_or_asset_id"),
    ],
)
def test_bad_arguments_raise_before_sending(
    offline_client: tuple[alpaca.Client, list[httpx.Request]],
    call: Callable[[alpaca.Client], Any],
    error: type[Exception],
    name: str,
) -> None:
    client, sent = offline_client
    with pytest.raises(error, match=name):
        call(client)
    assert sent == []


def test_symbol_with_a_slash_is_encoded_once(
    mock_client: Callable[[Callable[[httpx.Request], httpx.Response]], alpaca.Client],
) -> None:
    paths: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        paths.append(request.url.raw_path.decode())
        return httpx.Response(404, json={"code": 40410000, "message": "asset not found"})

    with pytest.raises(alpaca.NotFoundError):
        mock_client(handler).assets.get("BTC/USD")
    assert paths == ["/v2/assets/BTC%2FUSD"]


def test_us_treasuries(client: alpaca.Client) -> None:
    treasuries = client.assets.us_treasuries()
    assert len(treasuries) >= 6 and all(isinstance(t, UsTreasury) for t in treasuries)
    isins = [t.isin for t in treasuries]
    assert isins == sorted(isins)
    assert {t.subtype for t in treasuries} >= {TreasurySubtype.BILL, TreasurySubtype.NOTE}
    note = next(t for t in treasuries if t.subtype == "note" and t.bond_status == "outstanding")
    assert isinstance(note.coupon, Decimal) and note.coupon > 0
    assert note.next_coupon_date is not None and note.issue_date < note.maturity_date
    bills = client.assets.us_treasuries(subtype="bill")
    assert bills and all(t.subtype == TreasurySubtype.BILL for t in bills)
    assert all(t.coupon == 0 and t.next_coupon_date is None for t in bills)
    outstanding = client.assets.us_treasuries(bond_status=BondStatus.OUTSTANDING)
    assert all(t.bond_status == "outstanding" and t.tradable for t in outstanding)
    picked = client.assets.us_treasuries(cusips=[note.cusip, bills[0].cusip.lower()])
    assert {t.cusip for t in picked} == {note.cusip, bills[0].cusip}
    assert client.assets.us_treasuries(isins=note.isin) == [note]
    frame = treasuries.df
    assert frame["coupon"].dtype == "float64" and len(frame) == len(treasuries)


def test_us_corporates(client: alpaca.Client) -> None:
    bonds = client.assets.us_corporates()
    assert bonds and all(isinstance(b, UsCorporate) for b in bonds)
    assert [b.isin for b in bonds] == sorted(b.isin for b in bonds)
    apple = client.assets.us_corporates(tickers="aapl")
    assert [b.ticker for b in apple] == ["AAPL"]
    assert apple[0].issuer == "Apple Inc." and apple[0].par_value == Decimal(1000)
    matured = client.assets.us_corporates(bond_status="matured")
    assert matured and all(not b.tradable for b in matured)
    assert client.assets.us_corporates(cusips=apple[0].cusip, tickers="MSFT") == []


async def test_async_bonds(fresh_sandbox: Sandbox) -> None:
    async with fresh_sandbox.async_client() as client:
        treasuries = await client.assets.us_treasuries(subtype="tips")
        corporates = await client.assets.us_corporates(tickers=["JPM", "BAC"])
    assert [t.subtype for t in treasuries] == ["tips"]
    assert {b.ticker for b in corporates} == {"JPM", "BAC"}


def test_the_sandbox_checks_bond_filters(sandbox_http: httpx.Client) -> None:
    path = "/v2/assets/fixed_income/"
    assert sandbox_http.get(path + "us_treasuries", params={"subtype": "x"}).status_code == 400
    answer = sandbox_http.get(path + "us_corporates", params={"bond_status": "x"})
    assert answer.status_code == 400


@pytest.mark.parametrize(
    ("call", "kwargs", "error", "name"),
    [
        ("us_treasuries", {"subtype": "perpetual"}, ValueError, "subtype"),
        ("us_treasuries", {"bond_status": "alive"}, ValueError, "bond_status"),
        ("us_treasuries", {"cusips": ["ok", ""]}, ValueError, "cusips"),
        ("us_treasuries", {"isins": [1]}, TypeError, "isins"),
        ("us_treasuries", {"isins": ["X"] * 1001}, ValueError, "1000"),
        ("us_corporates", {"tickers": ""}, ValueError, "tickers"),
        ("us_corporates", {"bond_status": "gone"}, ValueError, "bond_status"),
    ],
)
def test_bad_bond_arguments_raise_before_sending(
    offline_client: tuple[alpaca.Client, list[httpx.Request]],
    call: str,
    kwargs: dict[str, Any],
    error: type[Exception],
    name: str,
) -> None:
    client, sent = offline_client
    with pytest.raises(error, match=name):
        getattr(client.assets, call)(**kwargs)
    assert sent == []
