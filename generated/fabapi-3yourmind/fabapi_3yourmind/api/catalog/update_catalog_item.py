from http import HTTPStatus
from typing import Any

import httpx
from fabapi_core import path_segment, request_url

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.catalog_item import CatalogItem
from ...models.catalog_item_update import CatalogItemUpdate
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    catalog_id: int,
    *,
    body: CatalogItemUpdate,
    omit_response: bool | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["omitResponse"] = omit_response

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v2.0/user-panel/catalog/{catalog_id}/".format(
            catalog_id=path_segment(catalog_id, "catalog_id"),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CatalogItem | Error | None:
    if 200 <= response.status_code <= 299:
        response_2xx = CatalogItem.from_dict(response.json())

        return response_2xx

    if 400 <= response.status_code <= 499:
        response_4xx = Error.from_dict(response.json())

        return response_4xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[CatalogItem | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    catalog_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: CatalogItemUpdate,
    omit_response: bool | Unset = UNSET,
) -> Response[CatalogItem | Error]:
    """Update Catalog Item Detail

     Edit Catalog Item.

    Args:
        catalog_id (int):
        omit_response (bool | Unset):
        body (CatalogItemUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CatalogItem | Error]
    """

    kwargs = _get_kwargs(
        catalog_id=catalog_id,
        body=body,
        omit_response=omit_response,
    )

    httpx_client = client.get_httpx_client()
    kwargs["url"] = request_url(httpx_client, kwargs["url"])
    response = httpx_client.request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    catalog_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: CatalogItemUpdate,
    omit_response: bool | Unset = UNSET,
) -> CatalogItem | Error | None:
    """Update Catalog Item Detail

     Edit Catalog Item.

    Args:
        catalog_id (int):
        omit_response (bool | Unset):
        body (CatalogItemUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CatalogItem | Error
    """

    return sync_detailed(
        catalog_id=catalog_id,
        client=client,
        body=body,
        omit_response=omit_response,
    ).parsed


async def asyncio_detailed(
    catalog_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: CatalogItemUpdate,
    omit_response: bool | Unset = UNSET,
) -> Response[CatalogItem | Error]:
    """Update Catalog Item Detail

     Edit Catalog Item.

    Args:
        catalog_id (int):
        omit_response (bool | Unset):
        body (CatalogItemUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CatalogItem | Error]
    """

    kwargs = _get_kwargs(
        catalog_id=catalog_id,
        body=body,
        omit_response=omit_response,
    )

    async_httpx_client = client.get_async_httpx_client()
    kwargs["url"] = request_url(async_httpx_client, kwargs["url"])
    response = await async_httpx_client.request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    catalog_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: CatalogItemUpdate,
    omit_response: bool | Unset = UNSET,
) -> CatalogItem | Error | None:
    """Update Catalog Item Detail

     Edit Catalog Item.

    Args:
        catalog_id (int):
        omit_response (bool | Unset):
        body (CatalogItemUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CatalogItem | Error
    """

    return (
        await asyncio_detailed(
            catalog_id=catalog_id,
            client=client,
            body=body,
            omit_response=omit_response,
        )
    ).parsed
