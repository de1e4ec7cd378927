from http import HTTPStatus
from typing import Any

import httpx
from fabapi_core import path_segment, request_url

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.open_object import OpenObject
from ...types import Response


def _get_kwargs(
    order_id: int,
    line_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2.0/user-panel/orders/{order_id}/{line_id}/".format(
            order_id=path_segment(order_id, "order_id"),
            line_id=path_segment(line_id, "line_id"),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | OpenObject | None:
    if 200 <= response.status_code <= 299:
        response_2xx = OpenObject.from_dict(response.json())

        return response_2xx

    if 400 <= response.status_code <= 499:
        response_4xx = Error.from_dict(response.json())

        return response_4xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | OpenObject]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    order_id: int,
    line_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | OpenObject]:
    """Get Order Line

     One line of an order. Not in the seed: known from the vendor's own Python client (push-
    to-3yourmind), which calls it; its response is not documented.

    Args:
        order_id (int):
        line_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | OpenObject]
    """

    kwargs = _get_kwargs(
        order_id=order_id,
        line_id=line_id,
    )

    httpx_client = client.get_httpx_client()
    kwargs["url"] = request_url(httpx_client, kwargs["url"])
    response = httpx_client.request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    order_id: int,
    line_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Error | OpenObject | None:
    """Get Order Line

     One line of an order. Not in the seed: known from the vendor's own Python client (push-
    to-3yourmind), which calls it; its response is not documented.

    Args:
        order_id (int):
        line_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | OpenObject
    """

    return sync_detailed(
        order_id=order_id,
        line_id=line_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    order_id: int,
    line_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | OpenObject]:
    """Get Order Line

     One line of an order. Not in the seed: known from the vendor's own Python client (push-
    to-3yourmind), which calls it; its response is not documented.

    Args:
        order_id (int):
        line_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | OpenObject]
    """

    kwargs = _get_kwargs(
        order_id=order_id,
        line_id=line_id,
    )

    async_httpx_client = client.get_async_httpx_client()
    kwargs["url"] = request_url(async_httpx_client, kwargs["url"])
    response = await async_httpx_client.request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    order_id: int,
    line_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Error | OpenObject | None:
    """Get Order Line

     One line of an order. Not in the seed: known from the vendor's own Python client (push-
    to-3yourmind), which calls it; its response is not documented.

    Args:
        order_id (int):
        line_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | OpenObject
    """

    return (
        await asyncio_detailed(
            order_id=order_id,
            line_id=line_id,
            client=client,
        )
    ).parsed
