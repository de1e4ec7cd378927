from http import HTTPStatus
from typing import Any

import httpx
from fabapi_core import path_segment, request_url

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.material_lot import MaterialLot
from ...types import Response


def _get_kwargs(
    service_id: int,
    material_lot_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2.0/service-panel/services/{service_id}/material-lots/{material_lot_id}/".format(
            service_id=path_segment(service_id, "service_id"),
            material_lot_id=path_segment(material_lot_id, "material_lot_id"),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | MaterialLot | None:
    if 200 <= response.status_code <= 299:
        response_2xx = MaterialLot.from_dict(response.json())

        return response_2xx

    if 400 <= response.status_code <= 499:
        response_4xx = Error.from_dict(response.json())

        return response_4xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | MaterialLot]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    service_id: int,
    material_lot_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | MaterialLot]:
    """Material Lot detail

    Args:
        service_id (int):
        material_lot_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | MaterialLot]
    """

    kwargs = _get_kwargs(
        service_id=service_id,
        material_lot_id=material_lot_id,
    )

    httpx_client = client.get_httpx_client()
    kwargs["url"] = request_url(httpx_client, kwargs["url"])
    response = httpx_client.request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    service_id: int,
    material_lot_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Error | MaterialLot | None:
    """Material Lot detail

    Args:
        service_id (int):
        material_lot_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | MaterialLot
    """

    return sync_detailed(
        service_id=service_id,
        material_lot_id=material_lot_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    service_id: int,
    material_lot_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | MaterialLot]:
    """Material Lot detail

    Args:
        service_id (int):
        material_lot_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | MaterialLot]
    """

    kwargs = _get_kwargs(
        service_id=service_id,
        material_lot_id=material_lot_id,
    )

    async_httpx_client = client.get_async_httpx_client()
    kwargs["url"] = request_url(async_httpx_client, kwargs["url"])
    response = await async_httpx_client.request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    service_id: int,
    material_lot_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Error | MaterialLot | None:
    """Material Lot detail

    Args:
        service_id (int):
        material_lot_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | MaterialLot
    """

    return (
        await asyncio_detailed(
            service_id=service_id,
            material_lot_id=material_lot_id,
            client=client,
        )
    ).parsed
