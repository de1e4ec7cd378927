import datetime
from http import HTTPStatus
from typing import Any

import httpx
from fabapi_core import path_segment, request_url

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.list_service_quotes_status_item import ListServiceQuotesStatusItem
from ...models.page import Page
from ...types import UNSET, Response, Unset


def _get_kwargs(
    service_id: int,
    *,
    page: int | Unset = 1,
    page_size: int | Unset = 25,
    ordering: str | Unset = UNSET,
    search: str | Unset = UNSET,
    status: list[ListServiceQuotesStatusItem] | Unset = UNSET,
    created_at_gte: datetime.date | Unset = UNSET,
    created_at_lte: datetime.date | Unset = UNSET,
    product_id: list[int] | Unset = UNSET,
    technology_id: list[int] | Unset = UNSET,
    is_rejected: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["pageSize"] = page_size

    params["ordering"] = ordering

    params["search"] = search

    json_status: list[str] | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = []
        for status_item_data in status:
            status_item = status_item_data.value
            json_status.append(status_item)

    params["status"] = json_status

    json_created_at_gte: str | Unset = UNSET
    if not isinstance(created_at_gte, Unset):
        json_created_at_gte = created_at_gte.isoformat()
    params["createdAtGte"] = json_created_at_gte

    json_created_at_lte: str | Unset = UNSET
    if not isinstance(created_at_lte, Unset):
        json_created_at_lte = created_at_lte.isoformat()
    params["createdAtLte"] = json_created_at_lte

    json_product_id: list[int] | Unset = UNSET
    if not isinstance(product_id, Unset):
        json_product_id = product_id

    params["productId"] = json_product_id

    json_technology_id: list[int] | Unset = UNSET
    if not isinstance(technology_id, Unset):
        json_technology_id = technology_id

    params["technologyId"] = json_technology_id

    params["isRejected"] = is_rejected

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2.0/service-panel/services/{service_id}/quotes/".format(
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
    page_size: int | Unset = 25,
    ordering: str | Unset = UNSET,
    search: str | Unset = UNSET,
    status: list[ListServiceQuotesStatusItem] | Unset = UNSET,
    created_at_gte: datetime.date | Unset = UNSET,
    created_at_lte: datetime.date | Unset = UNSET,
    product_id: list[int] | Unset = UNSET,
    technology_id: list[int] | Unset = UNSET,
    is_rejected: bool | Unset = UNSET,
) -> Response[Error | Page]:
    """List Quotes

    Args:
        service_id (int):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 25.
        ordering (str | Unset):
        search (str | Unset):
        status (list[ListServiceQuotesStatusItem] | Unset):
        created_at_gte (datetime.date | Unset):
        created_at_lte (datetime.date | Unset):
        product_id (list[int] | Unset):
        technology_id (list[int] | Unset):
        is_rejected (bool | Unset):

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
        ordering=ordering,
        search=search,
        status=status,
        created_at_gte=created_at_gte,
        created_at_lte=created_at_lte,
        product_id=product_id,
        technology_id=technology_id,
        is_rejected=is_rejected,
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
    page_size: int | Unset = 25,
    ordering: str | Unset = UNSET,
    search: str | Unset = UNSET,
    status: list[ListServiceQuotesStatusItem] | Unset = UNSET,
    created_at_gte: datetime.date | Unset = UNSET,
    created_at_lte: datetime.date | Unset = UNSET,
    product_id: list[int] | Unset = UNSET,
    technology_id: list[int] | Unset = UNSET,
    is_rejected: bool | Unset = UNSET,
) -> Error | Page | None:
    """List Quotes

    Args:
        service_id (int):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 25.
        ordering (str | Unset):
        search (str | Unset):
        status (list[ListServiceQuotesStatusItem] | Unset):
        created_at_gte (datetime.date | Unset):
        created_at_lte (datetime.date | Unset):
        product_id (list[int] | Unset):
        technology_id (list[int] | Unset):
        is_rejected (bool | Unset):

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
        ordering=ordering,
        search=search,
        status=status,
        created_at_gte=created_at_gte,
        created_at_lte=created_at_lte,
        product_id=product_id,
        technology_id=technology_id,
        is_rejected=is_rejected,
    ).parsed


async def asyncio_detailed(
    service_id: int,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 25,
    ordering: str | Unset = UNSET,
    search: str | Unset = UNSET,
    status: list[ListServiceQuotesStatusItem] | Unset = UNSET,
    created_at_gte: datetime.date | Unset = UNSET,
    created_at_lte: datetime.date | Unset = UNSET,
    product_id: list[int] | Unset = UNSET,
    technology_id: list[int] | Unset = UNSET,
    is_rejected: bool | Unset = UNSET,
) -> Response[Error | Page]:
    """List Quotes

    Args:
        service_id (int):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 25.
        ordering (str | Unset):
        search (str | Unset):
        status (list[ListServiceQuotesStatusItem] | Unset):
        created_at_gte (datetime.date | Unset):
        created_at_lte (datetime.date | Unset):
        product_id (list[int] | Unset):
        technology_id (list[int] | Unset):
        is_rejected (bool | Unset):

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
        ordering=ordering,
        search=search,
        status=status,
        created_at_gte=created_at_gte,
        created_at_lte=created_at_lte,
        product_id=product_id,
        technology_id=technology_id,
        is_rejected=is_rejected,
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
    page_size: int | Unset = 25,
    ordering: str | Unset = UNSET,
    search: str | Unset = UNSET,
    status: list[ListServiceQuotesStatusItem] | Unset = UNSET,
    created_at_gte: datetime.date | Unset = UNSET,
    created_at_lte: datetime.date | Unset = UNSET,
    product_id: list[int] | Unset = UNSET,
    technology_id: list[int] | Unset = UNSET,
    is_rejected: bool | Unset = UNSET,
) -> Error | Page | None:
    """List Quotes

    Args:
        service_id (int):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 25.
        ordering (str | Unset):
        search (str | Unset):
        status (list[ListServiceQuotesStatusItem] | Unset):
        created_at_gte (datetime.date | Unset):
        created_at_lte (datetime.date | Unset):
        product_id (list[int] | Unset):
        technology_id (list[int] | Unset):
        is_rejected (bool | Unset):

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
            ordering=ordering,
            search=search,
            status=status,
            created_at_gte=created_at_gte,
            created_at_lte=created_at_lte,
            product_id=product_id,
            technology_id=technology_id,
            is_rejected=is_rejected,
        )
    ).parsed
