from http import HTTPStatus
from typing import Any

import httpx
from fabapi_core import request_url

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.refresh_jwt_request import RefreshJwtRequest
from ...models.refresh_jwt_response import RefreshJwtResponse
from ...types import Response


def _get_kwargs(
    *,
    body: RefreshJwtRequest,
    refresh_token: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["refresh-token"] = refresh_token

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/refreshJWT",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | RefreshJwtResponse | None:
    if response.status_code == 200:
        response_200 = RefreshJwtResponse.from_dict(response.json())

        return response_200

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
) -> Response[Error | RefreshJwtResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: RefreshJwtRequest,
    refresh_token: str,
) -> Response[Error | RefreshJwtResponse]:
    """Refresh the JWT

     A new JWT, valid 12 hours, for the refresh token handed out at registration. It invalidates every
    earlier JWT of the devID.

    Args:
        refresh_token (str):
        body (RefreshJwtRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RefreshJwtResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        refresh_token=refresh_token,
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
    body: RefreshJwtRequest,
    refresh_token: str,
) -> Error | RefreshJwtResponse | None:
    """Refresh the JWT

     A new JWT, valid 12 hours, for the refresh token handed out at registration. It invalidates every
    earlier JWT of the devID.

    Args:
        refresh_token (str):
        body (RefreshJwtRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | RefreshJwtResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        refresh_token=refresh_token,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: RefreshJwtRequest,
    refresh_token: str,
) -> Response[Error | RefreshJwtResponse]:
    """Refresh the JWT

     A new JWT, valid 12 hours, for the refresh token handed out at registration. It invalidates every
    earlier JWT of the devID.

    Args:
        refresh_token (str):
        body (RefreshJwtRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RefreshJwtResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        refresh_token=refresh_token,
    )

    async_httpx_client = client.get_async_httpx_client()
    kwargs["url"] = request_url(async_httpx_client, kwargs["url"])
    response = await async_httpx_client.request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: RefreshJwtRequest,
    refresh_token: str,
) -> Error | RefreshJwtResponse | None:
    """Refresh the JWT

     A new JWT, valid 12 hours, for the refresh token handed out at registration. It invalidates every
    earlier JWT of the devID.

    Args:
        refresh_token (str):
        body (RefreshJwtRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | RefreshJwtResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            refresh_token=refresh_token,
        )
    ).parsed
