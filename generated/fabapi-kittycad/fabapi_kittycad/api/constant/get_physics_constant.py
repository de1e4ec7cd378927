from http import HTTPStatus
from typing import Any

import httpx
from fabapi_core import path_segment, request_url

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.physics_constant import PhysicsConstant
from ...models.physics_constant_name import PhysicsConstantName
from ...types import Response


def _get_kwargs(
    constant: PhysicsConstantName,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/constant/physics/{constant}".format(
            constant=path_segment(constant, "constant"),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | PhysicsConstant | None:
    if response.status_code == 200:
        response_200 = PhysicsConstant.from_dict(response.json())

        return response_200

    if 400 <= response.status_code <= 499:
        response_4xx = Error.from_dict(response.json())

        return response_4xx

    if 500 <= response.status_code <= 599:
        response_5xx = Error.from_dict(response.json())

        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | PhysicsConstant]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    constant: PhysicsConstantName,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | PhysicsConstant]:
    """Get a physics constant

    Args:
        constant (PhysicsConstantName): The valid types of phys constant names.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PhysicsConstant]
    """

    kwargs = _get_kwargs(
        constant=constant,
    )

    httpx_client = client.get_httpx_client()
    kwargs["url"] = request_url(httpx_client, kwargs["url"])
    response = httpx_client.request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    constant: PhysicsConstantName,
    *,
    client: AuthenticatedClient | Client,
) -> Error | PhysicsConstant | None:
    """Get a physics constant

    Args:
        constant (PhysicsConstantName): The valid types of phys constant names.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PhysicsConstant
    """

    return sync_detailed(
        constant=constant,
        client=client,
    ).parsed


async def asyncio_detailed(
    constant: PhysicsConstantName,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | PhysicsConstant]:
    """Get a physics constant

    Args:
        constant (PhysicsConstantName): The valid types of phys constant names.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PhysicsConstant]
    """

    kwargs = _get_kwargs(
        constant=constant,
    )

    async_httpx_client = client.get_async_httpx_client()
    kwargs["url"] = request_url(async_httpx_client, kwargs["url"])
    response = await async_httpx_client.request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    constant: PhysicsConstantName,
    *,
    client: AuthenticatedClient | Client,
) -> Error | PhysicsConstant | None:
    """Get a physics constant

    Args:
        constant (PhysicsConstantName): The valid types of phys constant names.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PhysicsConstant
    """

    return (
        await asyncio_detailed(
            constant=constant,
            client=client,
        )
    ).parsed
