from http import HTTPStatus
from typing import Any

import httpx
from fabapi_core import path_segment, request_url

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.offer_price import OfferPrice
from ...types import UNSET, Response, Unset


def _get_kwargs(
    basket_id: int,
    line_id: int,
    material_id: int,
    offer_id: int,
    *,
    currency: str | Unset = UNSET,
    postprocessings: str | Unset = UNSET,
    post_processing_ids: list[int] | Unset = UNSET,
    quantity: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["currency"] = currency

    params["postprocessings"] = postprocessings

    json_post_processing_ids: list[int] | Unset = UNSET
    if not isinstance(post_processing_ids, Unset):
        json_post_processing_ids = post_processing_ids

    params["postProcessingIds"] = json_post_processing_ids

    params["quantity"] = quantity

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2.0/user-panel/baskets/{basket_id}/lines/{line_id}/materials/{material_id}/offers/{offer_id}/price/".format(
            basket_id=path_segment(basket_id, "basket_id"),
            line_id=path_segment(line_id, "line_id"),
            material_id=path_segment(material_id, "material_id"),
            offer_id=path_segment(offer_id, "offer_id"),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | OfferPrice | None:
    if 200 <= response.status_code <= 299:
        response_2xx = OfferPrice.from_dict(response.json())

        return response_2xx

    if 400 <= response.status_code <= 499:
        response_4xx = Error.from_dict(response.json())

        return response_4xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | OfferPrice]:
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
    currency: str | Unset = UNSET,
    postprocessings: str | Unset = UNSET,
    post_processing_ids: list[int] | Unset = UNSET,
    quantity: int | Unset = UNSET,
) -> Response[Error | OfferPrice]:
    """Get Price of Offer

     Get the price of a specific offer of a specific material.

    Args:
        basket_id (int):
        line_id (int):
        material_id (int):
        offer_id (int):
        currency (str | Unset):
        postprocessings (str | Unset):
        post_processing_ids (list[int] | Unset):
        quantity (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | OfferPrice]
    """

    kwargs = _get_kwargs(
        basket_id=basket_id,
        line_id=line_id,
        material_id=material_id,
        offer_id=offer_id,
        currency=currency,
        postprocessings=postprocessings,
        post_processing_ids=post_processing_ids,
        quantity=quantity,
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
    currency: str | Unset = UNSET,
    postprocessings: str | Unset = UNSET,
    post_processing_ids: list[int] | Unset = UNSET,
    quantity: int | Unset = UNSET,
) -> Error | OfferPrice | None:
    """Get Price of Offer

     Get the price of a specific offer of a specific material.

    Args:
        basket_id (int):
        line_id (int):
        material_id (int):
        offer_id (int):
        currency (str | Unset):
        postprocessings (str | Unset):
        post_processing_ids (list[int] | Unset):
        quantity (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | OfferPrice
    """

    return sync_detailed(
        basket_id=basket_id,
        line_id=line_id,
        material_id=material_id,
        offer_id=offer_id,
        client=client,
        currency=currency,
        postprocessings=postprocessings,
        post_processing_ids=post_processing_ids,
        quantity=quantity,
    ).parsed


async def asyncio_detailed(
    basket_id: int,
    line_id: int,
    material_id: int,
    offer_id: int,
    *,
    client: AuthenticatedClient | Client,
    currency: str | Unset = UNSET,
    postprocessings: str | Unset = UNSET,
    post_processing_ids: list[int] | Unset = UNSET,
    quantity: int | Unset = UNSET,
) -> Response[Error | OfferPrice]:
    """Get Price of Offer

     Get the price of a specific offer of a specific material.

    Args:
        basket_id (int):
        line_id (int):
        material_id (int):
        offer_id (int):
        currency (str | Unset):
        postprocessings (str | Unset):
        post_processing_ids (list[int] | Unset):
        quantity (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | OfferPrice]
    """

    kwargs = _get_kwargs(
        basket_id=basket_id,
        line_id=line_id,
        material_id=material_id,
        offer_id=offer_id,
        currency=currency,
        postprocessings=postprocessings,
        post_processing_ids=post_processing_ids,
        quantity=quantity,
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
    currency: str | Unset = UNSET,
    postprocessings: str | Unset = UNSET,
    post_processing_ids: list[int] | Unset = UNSET,
    quantity: int | Unset = UNSET,
) -> Error | OfferPrice | None:
    """Get Price of Offer

     Get the price of a specific offer of a specific material.

    Args:
        basket_id (int):
        line_id (int):
        material_id (int):
        offer_id (int):
        currency (str | Unset):
        postprocessings (str | Unset):
        post_processing_ids (list[int] | Unset):
        quantity (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | OfferPrice
    """

    return (
        await asyncio_detailed(
            basket_id=basket_id,
            line_id=line_id,
            material_id=material_id,
            offer_id=offer_id,
            client=client,
            currency=currency,
            postprocessings=postprocessings,
            post_processing_ids=post_processing_ids,
            quantity=quantity,
        )
    ).parsed
