from http import HTTPStatus
from typing import Any

import httpx
from fabapi_core import path_segment, request_url

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.open_object import OpenObject
from ...models.price_resolution_request import PriceResolutionRequest
from ...types import Response


def _get_kwargs(
    basket_id: int,
    line_id: int,
    *,
    body: PriceResolutionRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v2.0/user-panel/baskets/{basket_id}/lines/{line_id}/price-resolution/".format(
            basket_id=path_segment(basket_id, "basket_id"),
            line_id=path_segment(line_id, "line_id"),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[OpenObject] | None:
    if 200 <= response.status_code <= 299:
        response_2xx = []
        _response_2xx = response.json()
        for response_2xx_item_data in _response_2xx:
            response_2xx_item = OpenObject.from_dict(response_2xx_item_data)

            response_2xx.append(response_2xx_item)

        return response_2xx

    if 400 <= response.status_code <= 499:
        response_4xx = Error.from_dict(response.json())

        return response_4xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | list[OpenObject]]:
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
    body: PriceResolutionRequest,
) -> Response[Error | list[OpenObject]]:
    """Trigger Price Resolution

     In some cases an explicit price resolution is needed as a result of orientation optimization. In
    this case, the price can not immediately be calculated. If the user wants to know the price, the
    frontend can poll this endpoint with a list of offers for which the user wants to know the price.
    The endpoint returns prices for all offers for which the price is already resolved, and
    isPriceResolutionRequired = true for those where the orientation optimization is still pending. If
    prices for requested offers are missing, or if prices for more offers should be resolved, the
    frontend can call this endpoint again with an updated list of offers.

    Args:
        basket_id (int):
        line_id (int):
        body (PriceResolutionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[OpenObject]]
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
    body: PriceResolutionRequest,
) -> Error | list[OpenObject] | None:
    """Trigger Price Resolution

     In some cases an explicit price resolution is needed as a result of orientation optimization. In
    this case, the price can not immediately be calculated. If the user wants to know the price, the
    frontend can poll this endpoint with a list of offers for which the user wants to know the price.
    The endpoint returns prices for all offers for which the price is already resolved, and
    isPriceResolutionRequired = true for those where the orientation optimization is still pending. If
    prices for requested offers are missing, or if prices for more offers should be resolved, the
    frontend can call this endpoint again with an updated list of offers.

    Args:
        basket_id (int):
        line_id (int):
        body (PriceResolutionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[OpenObject]
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
    body: PriceResolutionRequest,
) -> Response[Error | list[OpenObject]]:
    """Trigger Price Resolution

     In some cases an explicit price resolution is needed as a result of orientation optimization. In
    this case, the price can not immediately be calculated. If the user wants to know the price, the
    frontend can poll this endpoint with a list of offers for which the user wants to know the price.
    The endpoint returns prices for all offers for which the price is already resolved, and
    isPriceResolutionRequired = true for those where the orientation optimization is still pending. If
    prices for requested offers are missing, or if prices for more offers should be resolved, the
    frontend can call this endpoint again with an updated list of offers.

    Args:
        basket_id (int):
        line_id (int):
        body (PriceResolutionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[OpenObject]]
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
    body: PriceResolutionRequest,
) -> Error | list[OpenObject] | None:
    """Trigger Price Resolution

     In some cases an explicit price resolution is needed as a result of orientation optimization. In
    this case, the price can not immediately be calculated. If the user wants to know the price, the
    frontend can poll this endpoint with a list of offers for which the user wants to know the price.
    The endpoint returns prices for all offers for which the price is already resolved, and
    isPriceResolutionRequired = true for those where the orientation optimization is still pending. If
    prices for requested offers are missing, or if prices for more offers should be resolved, the
    frontend can call this endpoint again with an updated list of offers.

    Args:
        basket_id (int):
        line_id (int):
        body (PriceResolutionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[OpenObject]
    """

    return (
        await asyncio_detailed(
            basket_id=basket_id,
            line_id=line_id,
            client=client,
            body=body,
        )
    ).parsed
