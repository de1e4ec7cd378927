from http import HTTPStatus
from typing import Any

import httpx
from fabapi_core import request_url

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.already_registered_response import AlreadyRegisteredResponse
from ...models.error import Error
from ...models.register_hook_request import RegisterHookRequest
from ...models.register_hook_response import RegisterHookResponse
from ...types import Response


def _get_kwargs(
    *,
    body: RegisterHookRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/registerHook",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AlreadyRegisteredResponse | Error | RegisterHookResponse | None:
    if response.status_code == 200:
        response_200 = RegisterHookResponse.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = AlreadyRegisteredResponse.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AlreadyRegisteredResponse | Error | RegisterHookResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: RegisterHookRequest,
) -> Response[AlreadyRegisteredResponse | Error | RegisterHookResponse]:
    """Register a webhook

     Registers the endpoint Kaedim POSTs to when an asset is ready, and hands out a JWT. Only one JWT is
    valid per devID at a time: this one invalidates every earlier one.

    Args:
        body (RegisterHookRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AlreadyRegisteredResponse | Error | RegisterHookResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    httpx_client = client.get_httpx_client()
    kwargs["url"] = request_url(httpx_client, kwargs["url"])
    response = httpx_client.request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: RegisterHookRequest,
) -> AlreadyRegisteredResponse | Error | RegisterHookResponse | None:
    """Register a webhook

     Registers the endpoint Kaedim POSTs to when an asset is ready, and hands out a JWT. Only one JWT is
    valid per devID at a time: this one invalidates every earlier one.

    Args:
        body (RegisterHookRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AlreadyRegisteredResponse | Error | RegisterHookResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: RegisterHookRequest,
) -> Response[AlreadyRegisteredResponse | Error | RegisterHookResponse]:
    """Register a webhook

     Registers the endpoint Kaedim POSTs to when an asset is ready, and hands out a JWT. Only one JWT is
    valid per devID at a time: this one invalidates every earlier one.

    Args:
        body (RegisterHookRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AlreadyRegisteredResponse | Error | RegisterHookResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    async_httpx_client = client.get_async_httpx_client()
    kwargs["url"] = request_url(async_httpx_client, kwargs["url"])
    response = await async_httpx_client.request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: RegisterHookRequest,
) -> AlreadyRegisteredResponse | Error | RegisterHookResponse | None:
    """Register a webhook

     Registers the endpoint Kaedim POSTs to when an asset is ready, and hands out a JWT. Only one JWT is
    valid per devID at a time: this one invalidates every earlier one.

    Args:
        body (RegisterHookRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AlreadyRegisteredResponse | Error | RegisterHookResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
