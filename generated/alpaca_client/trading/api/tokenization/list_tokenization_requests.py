import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import _parsing as parsing
from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.tokenization_issuer import TokenizationIssuer
from ...models.tokenization_network import TokenizationNetwork
from ...models.tokenization_request import TokenizationRequest
from ...models.tokenization_request_status import TokenizationRequestStatus
from ...models.tokenization_request_type import TokenizationRequestType
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    type: TokenizationRequestType | Unset = UNSET,
    status: TokenizationRequestStatus | Unset = UNSET,
    underlying_symbol: str | Unset = UNSET,
    issuer: TokenizationIssuer | Unset = UNSET,
    network: TokenizationNetwork | Unset = UNSET,
    after: datetime.datetime | Unset = UNSET,
    before: datetime.datetime | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_type: str | Unset = UNSET
    if not isinstance(type, Unset):
        json_type = type.value

    params["type"] = json_type

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["underlying_symbol"] = underlying_symbol

    json_issuer: str | Unset = UNSET
    if not isinstance(issuer, Unset):
        json_issuer = issuer.value

    params["issuer"] = json_issuer

    json_network: str | Unset = UNSET
    if not isinstance(network, Unset):
        json_network = network.value

    params["network"] = json_network

    json_after: str | Unset = UNSET
    if not isinstance(after, Unset):
        json_after = after.isoformat()
    params["after"] = json_after

    json_before: str | Unset = UNSET
    if not isinstance(before, Unset):
        json_before = before.isoformat()
    params["before"] = json_before

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/tokenization/requests",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[TokenizationRequest] | None:
    if response.status_code == 200:
        body = parsing.json_body(response)
        return parsing.array(
            lambda value0, key0: parsing.model(TokenizationRequest.from_dict, value0, key0),
            body,
            "",
        )

    if response.status_code == 400:
        body = parsing.json_body(response)
        return parsing.model(Error.from_dict, body, "")

    if response.status_code == 401:
        body = parsing.json_body(response)
        return parsing.model(Error.from_dict, body, "")

    if response.status_code == 403:
        body = parsing.json_body(response)
        return parsing.model(Error.from_dict, body, "")

    if response.status_code == 422:
        body = parsing.json_body(response)
        return parsing.model(Error.from_dict, body, "")

    if response.status_code == 429:
        body = parsing.json_body(response)
        return parsing.model(Error.from_dict, body, "")

    if response.status_code == 500:
        body = parsing.json_body(response)
        return parsing.model(Error.from_dict, body, "")

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | list[TokenizationRequest]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    type: TokenizationRequestType | Unset = UNSET,
    status: TokenizationRequestStatus | Unset = UNSET,
    underlying_symbol: str | Unset = UNSET,
    issuer: TokenizationIssuer | Unset = UNSET,
    network: TokenizationNetwork | Unset = UNSET,
    after: datetime.datetime | Unset = UNSET,
    before: datetime.datetime | Unset = UNSET,
) -> Response[Error | list[TokenizationRequest]]:
    """List tokenization requests

    Args:
        type (TokenizationRequestType | Unset):
        status (TokenizationRequestStatus | Unset):
        underlying_symbol (str | Unset):
        issuer (TokenizationIssuer | Unset):
        network (TokenizationNetwork | Unset):
        after (datetime.datetime | Unset):
        before (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[TokenizationRequest]]
    """

    kwargs = _get_kwargs(
        type=type,
        status=status,
        underlying_symbol=underlying_symbol,
        issuer=issuer,
        network=network,
        after=after,
        before=before,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    type: TokenizationRequestType | Unset = UNSET,
    status: TokenizationRequestStatus | Unset = UNSET,
    underlying_symbol: str | Unset = UNSET,
    issuer: TokenizationIssuer | Unset = UNSET,
    network: TokenizationNetwork | Unset = UNSET,
    after: datetime.datetime | Unset = UNSET,
    before: datetime.datetime | Unset = UNSET,
) -> Error | list[TokenizationRequest] | None:
    """List tokenization requests

    Args:
        type (TokenizationRequestType | Unset):
        status (TokenizationRequestStatus | Unset):
        underlying_symbol (str | Unset):
        issuer (TokenizationIssuer | Unset):
        network (TokenizationNetwork | Unset):
        after (datetime.datetime | Unset):
        before (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[TokenizationRequest]
    """

    return sync_detailed(
        client=client,
        type=type,
        status=status,
        underlying_symbol=underlying_symbol,
        issuer=issuer,
        network=network,
        after=after,
        before=before,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    type: TokenizationRequestType | Unset = UNSET,
    status: TokenizationRequestStatus | Unset = UNSET,
    underlying_symbol: str | Unset = UNSET,
    issuer: TokenizationIssuer | Unset = UNSET,
    network: TokenizationNetwork | Unset = UNSET,
    after: datetime.datetime | Unset = UNSET,
    before: datetime.datetime | Unset = UNSET,
) -> Response[Error | list[TokenizationRequest]]:
    """List tokenization requests

    Args:
        type (TokenizationRequestType | Unset):
        status (TokenizationRequestStatus | Unset):
        underlying_symbol (str | Unset):
        issuer (TokenizationIssuer | Unset):
        network (TokenizationNetwork | Unset):
        after (datetime.datetime | Unset):
        before (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[TokenizationRequest]]
    """

    kwargs = _get_kwargs(
        type=type,
        status=status,
        underlying_symbol=underlying_symbol,
        issuer=issuer,
        network=network,
        after=after,
        before=before,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    type: TokenizationRequestType | Unset = UNSET,
    status: TokenizationRequestStatus | Unset = UNSET,
    underlying_symbol: str | Unset = UNSET,
    issuer: TokenizationIssuer | Unset = UNSET,
    network: TokenizationNetwork | Unset = UNSET,
    after: datetime.datetime | Unset = UNSET,
    before: datetime.datetime | Unset = UNSET,
) -> Error | list[TokenizationRequest] | None:
    """List tokenization requests

    Args:
        type (TokenizationRequestType | Unset):
        status (TokenizationRequestStatus | Unset):
        underlying_symbol (str | Unset):
        issuer (TokenizationIssuer | Unset):
        network (TokenizationNetwork | Unset):
        after (datetime.datetime | Unset):
        before (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[TokenizationRequest]
    """

    return (
        await asyncio_detailed(
            client=client,
            type=type,
            status=status,
            underlying_symbol=underlying_symbol,
            issuer=issuer,
            network=network,
            after=after,
            before=before,
        )
    ).parsed
