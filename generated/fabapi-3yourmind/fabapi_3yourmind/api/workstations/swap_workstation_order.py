from http import HTTPStatus
from typing import Any

import httpx
from fabapi_core import path_segment, request_url

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.swap_workstation_order_response_2xx import SwapWorkstationOrderResponse2XX
from ...models.workstation_order_swap import WorkstationOrderSwap
from ...types import Response


def _get_kwargs(
    service_id: int,
    *,
    body: WorkstationOrderSwap,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v2.0/service-panel/services/{service_id}/workstations/swap-order/".format(
            service_id=path_segment(service_id, "service_id"),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | SwapWorkstationOrderResponse2XX | None:
    if 200 <= response.status_code <= 299:
        response_2xx = SwapWorkstationOrderResponse2XX.from_dict(response.json())

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
) -> Response[Error | SwapWorkstationOrderResponse2XX]:
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
    body: WorkstationOrderSwap,
) -> Response[Error | SwapWorkstationOrderResponse2XX]:
    """Swap the order of two workstations based on IDs

    Args:
        service_id (int):
        body (WorkstationOrderSwap):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SwapWorkstationOrderResponse2XX]
    """

    kwargs = _get_kwargs(
        service_id=service_id,
        body=body,
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
    body: WorkstationOrderSwap,
) -> Error | SwapWorkstationOrderResponse2XX | None:
    """Swap the order of two workstations based on IDs

    Args:
        service_id (int):
        body (WorkstationOrderSwap):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SwapWorkstationOrderResponse2XX
    """

    return sync_detailed(
        service_id=service_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    service_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: WorkstationOrderSwap,
) -> Response[Error | SwapWorkstationOrderResponse2XX]:
    """Swap the order of two workstations based on IDs

    Args:
        service_id (int):
        body (WorkstationOrderSwap):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SwapWorkstationOrderResponse2XX]
    """

    kwargs = _get_kwargs(
        service_id=service_id,
        body=body,
    )

    async_httpx_client = client.get_async_httpx_client()
    kwargs["url"] = request_url(async_httpx_client, kwargs["url"])
    response = await async_httpx_client.request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    service_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: WorkstationOrderSwap,
) -> Error | SwapWorkstationOrderResponse2XX | None:
    """Swap the order of two workstations based on IDs

    Args:
        service_id (int):
        body (WorkstationOrderSwap):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SwapWorkstationOrderResponse2XX
    """

    return (
        await asyncio_detailed(
            service_id=service_id,
            client=client,
            body=body,
        )
    ).parsed
