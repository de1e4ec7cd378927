from http import HTTPStatus
from typing import Any

import httpx
from fabapi_core import path_segment, request_url

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.catalog_item_attachment import CatalogItemAttachment
from ...models.catalog_item_attachment_upload import CatalogItemAttachmentUpload
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    catalog_id: int,
    *,
    body: CatalogItemAttachmentUpload,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v2.0/user-panel/catalog/{catalog_id}/attachments/".format(
            catalog_id=path_segment(catalog_id, "catalog_id"),
        ),
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CatalogItemAttachment | Error | None:
    if 200 <= response.status_code <= 299:
        response_2xx = CatalogItemAttachment.from_dict(response.json())

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
) -> Response[CatalogItemAttachment | Error]:
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
    body: CatalogItemAttachmentUpload,
) -> Response[CatalogItemAttachment | Error]:
    """Create Attachments to an Catalog Item

    Args:
        catalog_id (int):
        body (CatalogItemAttachmentUpload):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CatalogItemAttachment | Error]
    """

    kwargs = _get_kwargs(
        catalog_id=catalog_id,
        body=body,
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
    body: CatalogItemAttachmentUpload,
) -> CatalogItemAttachment | Error | None:
    """Create Attachments to an Catalog Item

    Args:
        catalog_id (int):
        body (CatalogItemAttachmentUpload):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CatalogItemAttachment | Error
    """

    return sync_detailed(
        catalog_id=catalog_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    catalog_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: CatalogItemAttachmentUpload,
) -> Response[CatalogItemAttachment | Error]:
    """Create Attachments to an Catalog Item

    Args:
        catalog_id (int):
        body (CatalogItemAttachmentUpload):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CatalogItemAttachment | Error]
    """

    kwargs = _get_kwargs(
        catalog_id=catalog_id,
        body=body,
    )

    async_httpx_client = client.get_async_httpx_client()
    kwargs["url"] = request_url(async_httpx_client, kwargs["url"])
    response = await async_httpx_client.request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    catalog_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: CatalogItemAttachmentUpload,
) -> CatalogItemAttachment | Error | None:
    """Create Attachments to an Catalog Item

    Args:
        catalog_id (int):
        body (CatalogItemAttachmentUpload):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CatalogItemAttachment | Error
    """

    return (
        await asyncio_detailed(
            catalog_id=catalog_id,
            client=client,
            body=body,
        )
    ).parsed
