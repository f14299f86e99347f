"""``client.assets``: listing with filters, lookup by symbol or id."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest

import alpaca


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
