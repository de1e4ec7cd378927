from http import HTTPStatus
from typing import Any

import httpx
from fabapi_core import path_segment, request_url

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.quote import Quote
from ...types import Response


def _get_kwargs(
    quote_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2.0/user-panel/quotes/{quote_id}/".format(
            quote_id=path_segment(quote_id, "quote_id"),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | Quote | None:
    if 200 <= response.status_code <= 299:
        response_2xx = Quote.from_dict(response.json())

        return response_2xx

    if 400 <= response.status_code <= 499:
        response_4xx = Error.from_dict(response.json())

        return response_4xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | Quote]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    quote_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | Quote]:
    """Get Quote

     One of the user's quotes. Not in the seed: known from the vendor's own Python client (push-
    to-3yourmind), which calls it; its response is not documented. Modelled on the service panel's
    quote.

    Args:
        quote_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Quote]
    """

    kwargs = _get_kwargs(
        quote_id=quote_id,
    )

    httpx_client = client.get_httpx_client()
    kwargs["url"] = request_url(httpx_client, kwargs["url"])
    response = httpx_client.request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    quote_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Error | Quote | None:
    """Get Quote

     One of the user's quotes. Not in the seed: known from the vendor's own Python client (push-
    to-3yourmind), which calls it; its response is not documented. Modelled on the service panel's
    quote.

    Args:
        quote_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Quote
    """

    return sync_detailed(
        quote_id=quote_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    quote_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | Quote]:
    """Get Quote

     One of the user's quotes. Not in the seed: known from the vendor's own Python client (push-
    to-3yourmind), which calls it; its response is not documented. Modelled on the service panel's
    quote.

    Args:
        quote_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Quote]
    """

    kwargs = _get_kwargs(
        quote_id=quote_id,
    )

    async_httpx_client = client.get_async_httpx_client()
    kwargs["url"] = request_url(async_httpx_client, kwargs["url"])
    response = await async_httpx_client.request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    quote_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Error | Quote | None:
    """Get Quote

     One of the user's quotes. Not in the seed: known from the vendor's own Python client (push-
    to-3yourmind), which calls it; its response is not documented. Modelled on the service panel's
    quote.

    Args:
        quote_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Quote
    """

    return (
        await asyncio_detailed(
            quote_id=quote_id,
            client=client,
        )
    ).parsed
