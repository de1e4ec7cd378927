from http import HTTPStatus
from typing import Any

import httpx
from fabapi_core import path_segment, request_url

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.basket_line import BasketLine
from ...models.basket_line_update import BasketLineUpdate
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    basket_id: int,
    line_id: int,
    *,
    body: BasketLineUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v2.0/user-panel/baskets/{basket_id}/lines/{line_id}/".format(
            basket_id=path_segment(basket_id, "basket_id"),
            line_id=path_segment(line_id, "line_id"),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> BasketLine | Error | None:
    if 200 <= response.status_code <= 299:
        response_2xx = BasketLine.from_dict(response.json())

        return response_2xx

    if 400 <= response.status_code <= 499:
        response_4xx = Error.from_dict(response.json())

        return response_4xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[BasketLine | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    basket_id: int,
    line_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: BasketLineUpdate,
) -> Response[BasketLine | Error]:
    """Update Basket Line

     Edit desired basket line.

    Args:
        basket_id (int):
        line_id (int):
        body (BasketLineUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BasketLine | Error]
    """

    kwargs = _get_kwargs(
        basket_id=basket_id,
        line_id=line_id,
        body=body,
    )

    httpx_client = client.get_httpx_client()
    kwargs["url"] = request_url(httpx_client, kwargs["url"])
    response = httpx_client.request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    basket_id: int,
    line_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: BasketLineUpdate,
) -> BasketLine | Error | None:
    """Update Basket Line

     Edit desired basket line.

    Args:
        basket_id (int):
        line_id (int):
        body (BasketLineUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BasketLine | Error
    """

    return sync_detailed(
        basket_id=basket_id,
        line_id=line_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    basket_id: int,
    line_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: BasketLineUpdate,
) -> Response[BasketLine | Error]:
    """Update Basket Line

     Edit desired basket line.

    Args:
        basket_id (int):
        line_id (int):
        body (BasketLineUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BasketLine | Error]
    """

    kwargs = _get_kwargs(
        basket_id=basket_id,
        line_id=line_id,
        body=body,
    )

    async_httpx_client = client.get_async_httpx_client()
    kwargs["url"] = request_url(async_httpx_client, kwargs["url"])
    response = await async_httpx_client.request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    basket_id: int,
    line_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: BasketLineUpdate,
) -> BasketLine | Error | None:
    """Update Basket Line

     Edit desired basket line.

    Args:
        basket_id (int):
        line_id (int):
        body (BasketLineUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BasketLine | Error
    """

    return (
        await asyncio_detailed(
            basket_id=basket_id,
            line_id=line_id,
            client=client,
            body=body,
        )
    ).parsed
