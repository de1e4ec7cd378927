from http import HTTPStatus
from typing import Any

import httpx
from fabapi_core import path_segment, request_url

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.basket_price import BasketPrice
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    basket_id: int,
    *,
    shipping_method_id: int | Unset = UNSET,
    shipping_address_id: int | Unset = UNSET,
    billing_address_id: int | Unset = UNSET,
    voucher_code: str | Unset = UNSET,
    currency: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["shippingMethodId"] = shipping_method_id

    params["shippingAddressId"] = shipping_address_id

    params["billingAddressId"] = billing_address_id

    params["voucherCode"] = voucher_code

    params["currency"] = currency

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2.0/user-panel/baskets/{basket_id}/price/".format(
            basket_id=path_segment(basket_id, "basket_id"),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> BasketPrice | Error | None:
    if 200 <= response.status_code <= 299:
        response_2xx = BasketPrice.from_dict(response.json())

        return response_2xx

    if 400 <= response.status_code <= 499:
        response_4xx = Error.from_dict(response.json())

        return response_4xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[BasketPrice | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    basket_id: int,
    *,
    client: AuthenticatedClient | Client,
    shipping_method_id: int | Unset = UNSET,
    shipping_address_id: int | Unset = UNSET,
    billing_address_id: int | Unset = UNSET,
    voucher_code: str | Unset = UNSET,
    currency: str,
) -> Response[BasketPrice | Error]:
    """Get Basket Price

     Calculates basket price for sent parameters.

    Args:
        basket_id (int):
        shipping_method_id (int | Unset):
        shipping_address_id (int | Unset):
        billing_address_id (int | Unset):
        voucher_code (str | Unset):
        currency (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BasketPrice | Error]
    """

    kwargs = _get_kwargs(
        basket_id=basket_id,
        shipping_method_id=shipping_method_id,
        shipping_address_id=shipping_address_id,
        billing_address_id=billing_address_id,
        voucher_code=voucher_code,
        currency=currency,
    )

    httpx_client = client.get_httpx_client()
    kwargs["url"] = request_url(httpx_client, kwargs["url"])
    response = httpx_client.request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    basket_id: int,
    *,
    client: AuthenticatedClient | Client,
    shipping_method_id: int | Unset = UNSET,
    shipping_address_id: int | Unset = UNSET,
    billing_address_id: int | Unset = UNSET,
    voucher_code: str | Unset = UNSET,
    currency: str,
) -> BasketPrice | Error | None:
    """Get Basket Price

     Calculates basket price for sent parameters.

    Args:
        basket_id (int):
        shipping_method_id (int | Unset):
        shipping_address_id (int | Unset):
        billing_address_id (int | Unset):
        voucher_code (str | Unset):
        currency (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BasketPrice | Error
    """

    return sync_detailed(
        basket_id=basket_id,
        client=client,
        shipping_method_id=shipping_method_id,
        shipping_address_id=shipping_address_id,
        billing_address_id=billing_address_id,
        voucher_code=voucher_code,
        currency=currency,
    ).parsed


async def asyncio_detailed(
    basket_id: int,
    *,
    client: AuthenticatedClient | Client,
    shipping_method_id: int | Unset = UNSET,
    shipping_address_id: int | Unset = UNSET,
    billing_address_id: int | Unset = UNSET,
    voucher_code: str | Unset = UNSET,
    currency: str,
) -> Response[BasketPrice | Error]:
    """Get Basket Price

     Calculates basket price for sent parameters.

    Args:
        basket_id (int):
        shipping_method_id (int | Unset):
        shipping_address_id (int | Unset):
        billing_address_id (int | Unset):
        voucher_code (str | Unset):
        currency (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BasketPrice | Error]
    """

    kwargs = _get_kwargs(
        basket_id=basket_id,
        shipping_method_id=shipping_method_id,
        shipping_address_id=shipping_address_id,
        billing_address_id=billing_address_id,
        voucher_code=voucher_code,
        currency=currency,
    )

    async_httpx_client = client.get_async_httpx_client()
    kwargs["url"] = request_url(async_httpx_client, kwargs["url"])
    response = await async_httpx_client.request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    basket_id: int,
    *,
    client: AuthenticatedClient | Client,
    shipping_method_id: int | Unset = UNSET,
    shipping_address_id: int | Unset = UNSET,
    billing_address_id: int | Unset = UNSET,
    voucher_code: str | Unset = UNSET,
    currency: str,
) -> BasketPrice | Error | None:
    """Get Basket Price

     Calculates basket price for sent parameters.

    Args:
        basket_id (int):
        shipping_method_id (int | Unset):
        shipping_address_id (int | Unset):
        billing_address_id (int | Unset):
        voucher_code (str | Unset):
        currency (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BasketPrice | Error
    """

    return (
        await asyncio_detailed(
            basket_id=basket_id,
            client=client,
            shipping_method_id=shipping_method_id,
            shipping_address_id=shipping_address_id,
            billing_address_id=billing_address_id,
            voucher_code=voucher_code,
            currency=currency,
        )
    ).parsed
