from http import HTTPStatus
from typing import Any

import httpx
from fabapi_core import path_segment, request_url

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.offer import Offer
from ...types import Response


def _get_kwargs(
    basket_id: int,
    line_id: int,
    material_id: int,
    offer_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2.0/user-panel/baskets/{basket_id}/lines/{line_id}/materials/{material_id}/offers/{offer_id}/".format(
            basket_id=path_segment(basket_id, "basket_id"),
            line_id=path_segment(line_id, "line_id"),
            material_id=path_segment(material_id, "material_id"),
            offer_id=path_segment(offer_id, "offer_id"),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | Offer | None:
    if 200 <= response.status_code <= 299:
        response_2xx = Offer.from_dict(response.json())

        return response_2xx

    if 400 <= response.status_code <= 499:
        response_4xx = Error.from_dict(response.json())

        return response_4xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | Offer]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    basket_id: int,
    line_id: int,
    material_id: int,
    offer_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | Offer]:
    """Get Offer

     Get details about a specific offer of a specific material.

    Args:
        basket_id (int):
        line_id (int):
        material_id (int):
        offer_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Offer]
    """

    kwargs = _get_kwargs(
        basket_id=basket_id,
        line_id=line_id,
        material_id=material_id,
        offer_id=offer_id,
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
    material_id: int,
    offer_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Error | Offer | None:
    """Get Offer

     Get details about a specific offer of a specific material.

    Args:
        basket_id (int):
        line_id (int):
        material_id (int):
        offer_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Offer
    """

    return sync_detailed(
        basket_id=basket_id,
        line_id=line_id,
        material_id=material_id,
        offer_id=offer_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    basket_id: int,
    line_id: int,
    material_id: int,
    offer_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | Offer]:
    """Get Offer

     Get details about a specific offer of a specific material.

    Args:
        basket_id (int):
        line_id (int):
        material_id (int):
        offer_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Offer]
    """

    kwargs = _get_kwargs(
        basket_id=basket_id,
        line_id=line_id,
        material_id=material_id,
        offer_id=offer_id,
    )

    async_httpx_client = client.get_async_httpx_client()
    kwargs["url"] = request_url(async_httpx_client, kwargs["url"])
    response = await async_httpx_client.request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    basket_id: int,
    line_id: int,
    material_id: int,
    offer_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Error | Offer | None:
    """Get Offer

     Get details about a specific offer of a specific material.

    Args:
        basket_id (int):
        line_id (int):
        material_id (int):
        offer_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Offer
    """

    return (
        await asyncio_detailed(
            basket_id=basket_id,
            line_id=line_id,
            material_id=material_id,
            offer_id=offer_id,
            client=client,
        )
    ).parsed
