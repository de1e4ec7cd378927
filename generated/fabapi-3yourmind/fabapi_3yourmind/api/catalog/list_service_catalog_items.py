from http import HTTPStatus
from typing import Any

import httpx
from fabapi_core import path_segment, request_url

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.list_service_catalog_items_status_item import ListServiceCatalogItemsStatusItem
from ...models.page import Page
from ...types import UNSET, Response, Unset


def _get_kwargs(
    service_id: int,
    *,
    page: int | Unset = 1,
    page_size: int | Unset = 10,
    search: str | Unset = UNSET,
    customer_group: int | Unset = UNSET,
    label: str | Unset = UNSET,
    partner: int | Unset = UNSET,
    product: int | Unset = UNSET,
    post_processing: str | Unset = UNSET,
    status: list[ListServiceCatalogItemsStatusItem] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["pageSize"] = page_size

    params["search"] = search

    params["customerGroup"] = customer_group

    params["label"] = label

    params["partner"] = partner

    params["product"] = product

    params["postProcessing"] = post_processing

    json_status: list[str] | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = []
        for status_item_data in status:
            status_item = status_item_data.value
            json_status.append(status_item)

    params["status"] = json_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2.0/service-panel/services/{service_id}/catalog/".format(
            service_id=path_segment(service_id, "service_id"),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | Page | None:
    if 200 <= response.status_code <= 299:
        response_2xx = Page.from_dict(response.json())

        return response_2xx

    if 400 <= response.status_code <= 499:
        response_4xx = Error.from_dict(response.json())

        return response_4xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | Page]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    service_id: int,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 10,
    search: str | Unset = UNSET,
    customer_group: int | Unset = UNSET,
    label: str | Unset = UNSET,
    partner: int | Unset = UNSET,
    product: int | Unset = UNSET,
    post_processing: str | Unset = UNSET,
    status: list[ListServiceCatalogItemsStatusItem] | Unset = UNSET,
) -> Response[Error | Page]:
    """List Catalog Items

     Returns a list of catalog items, by default sorted by reverse creation date. The default page size
    is 10. Page 1 is rendered if no page number is provided.

    Args:
        service_id (int):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 10.
        search (str | Unset):
        customer_group (int | Unset):
        label (str | Unset):
        partner (int | Unset):
        product (int | Unset):
        post_processing (str | Unset):
        status (list[ListServiceCatalogItemsStatusItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Page]
    """

    kwargs = _get_kwargs(
        service_id=service_id,
        page=page,
        page_size=page_size,
        search=search,
        customer_group=customer_group,
        label=label,
        partner=partner,
        product=product,
        post_processing=post_processing,
        status=status,
    )

    httpx_client = client.get_httpx_client()
    kwargs["url"] = request_url(httpx_client, kwargs["url"])
    response = httpx_client.request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    service_id: int,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 10,
    search: str | Unset = UNSET,
    customer_group: int | Unset = UNSET,
    label: str | Unset = UNSET,
    partner: int | Unset = UNSET,
    product: int | Unset = UNSET,
    post_processing: str | Unset = UNSET,
    status: list[ListServiceCatalogItemsStatusItem] | Unset = UNSET,
) -> Error | Page | None:
    """List Catalog Items

     Returns a list of catalog items, by default sorted by reverse creation date. The default page size
    is 10. Page 1 is rendered if no page number is provided.

    Args:
        service_id (int):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 10.
        search (str | Unset):
        customer_group (int | Unset):
        label (str | Unset):
        partner (int | Unset):
        product (int | Unset):
        post_processing (str | Unset):
        status (list[ListServiceCatalogItemsStatusItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Page
    """

    return sync_detailed(
        service_id=service_id,
        client=client,
        page=page,
        page_size=page_size,
        search=search,
        customer_group=customer_group,
        label=label,
        partner=partner,
        product=product,
        post_processing=post_processing,
        status=status,
    ).parsed


async def asyncio_detailed(
    service_id: int,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 10,
    search: str | Unset = UNSET,
    customer_group: int | Unset = UNSET,
    label: str | Unset = UNSET,
    partner: int | Unset = UNSET,
    product: int | Unset = UNSET,
    post_processing: str | Unset = UNSET,
    status: list[ListServiceCatalogItemsStatusItem] | Unset = UNSET,
) -> Response[Error | Page]:
    """List Catalog Items

     Returns a list of catalog items, by default sorted by reverse creation date. The default page size
    is 10. Page 1 is rendered if no page number is provided.

    Args:
        service_id (int):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 10.
        search (str | Unset):
        customer_group (int | Unset):
        label (str | Unset):
        partner (int | Unset):
        product (int | Unset):
        post_processing (str | Unset):
        status (list[ListServiceCatalogItemsStatusItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Page]
    """

    kwargs = _get_kwargs(
        service_id=service_id,
        page=page,
        page_size=page_size,
        search=search,
        customer_group=customer_group,
        label=label,
        partner=partner,
        product=product,
        post_processing=post_processing,
        status=status,
    )

    async_httpx_client = client.get_async_httpx_client()
    kwargs["url"] = request_url(async_httpx_client, kwargs["url"])
    response = await async_httpx_client.request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    service_id: int,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 10,
    search: str | Unset = UNSET,
    customer_group: int | Unset = UNSET,
    label: str | Unset = UNSET,
    partner: int | Unset = UNSET,
    product: int | Unset = UNSET,
    post_processing: str | Unset = UNSET,
    status: list[ListServiceCatalogItemsStatusItem] | Unset = UNSET,
) -> Error | Page | None:
    """List Catalog Items

     Returns a list of catalog items, by default sorted by reverse creation date. The default page size
    is 10. Page 1 is rendered if no page number is provided.

    Args:
        service_id (int):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 10.
        search (str | Unset):
        customer_group (int | Unset):
        label (str | Unset):
        partner (int | Unset):
        product (int | Unset):
        post_processing (str | Unset):
        status (list[ListServiceCatalogItemsStatusItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Page
    """

    return (
        await asyncio_detailed(
            service_id=service_id,
            client=client,
            page=page,
            page_size=page_size,
            search=search,
            customer_group=customer_group,
            label=label,
            partner=partner,
            product=product,
            post_processing=post_processing,
            status=status,
        )
    ).parsed
