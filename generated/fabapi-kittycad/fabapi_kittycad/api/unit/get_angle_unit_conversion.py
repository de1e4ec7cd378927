from http import HTTPStatus
from typing import Any

import httpx
from fabapi_core import path_segment, request_url

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.unit_angle_conversion import UnitAngleConversion
from ...models.unit_angle_format import UnitAngleFormat
from ...types import UNSET, Response


def _get_kwargs(
    src_format: UnitAngleFormat,
    output_format: UnitAngleFormat,
    *,
    value: float,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["value"] = value

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/unit/conversion/angle/{src_format}/{output_format}".format(
            src_format=path_segment(src_format, "src_format"),
            output_format=path_segment(output_format, "output_format"),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | UnitAngleConversion | None:
    if response.status_code == 200:
        response_200 = UnitAngleConversion.from_dict(response.json())

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
) -> Response[Error | UnitAngleConversion]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    src_format: UnitAngleFormat,
    output_format: UnitAngleFormat,
    *,
    client: AuthenticatedClient | Client,
    value: float,
) -> Response[Error | UnitAngleConversion]:
    """Convert angle units

     Convert an angle unit value to another angle unit value. This is a nice endpoint to use for helper
    functions.

    Marked beta in the reference.

    Args:
        src_format (UnitAngleFormat): The valid types of angle formats.
        output_format (UnitAngleFormat): The valid types of angle formats.
        value (float):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UnitAngleConversion]
    """

    kwargs = _get_kwargs(
        src_format=src_format,
        output_format=output_format,
        value=value,
    )

    httpx_client = client.get_httpx_client()
    kwargs["url"] = request_url(httpx_client, kwargs["url"])
    response = httpx_client.request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    src_format: UnitAngleFormat,
    output_format: UnitAngleFormat,
    *,
    client: AuthenticatedClient | Client,
    value: float,
) -> Error | UnitAngleConversion | None:
    """Convert angle units

     Convert an angle unit value to another angle unit value. This is a nice endpoint to use for helper
    functions.

    Marked beta in the reference.

    Args:
        src_format (UnitAngleFormat): The valid types of angle formats.
        output_format (UnitAngleFormat): The valid types of angle formats.
        value (float):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UnitAngleConversion
    """

    return sync_detailed(
        src_format=src_format,
        output_format=output_format,
        client=client,
        value=value,
    ).parsed


async def asyncio_detailed(
    src_format: UnitAngleFormat,
    output_format: UnitAngleFormat,
    *,
    client: AuthenticatedClient | Client,
    value: float,
) -> Response[Error | UnitAngleConversion]:
    """Convert angle units

     Convert an angle unit value to another angle unit value. This is a nice endpoint to use for helper
    functions.

    Marked beta in the reference.

    Args:
        src_format (UnitAngleFormat): The valid types of angle formats.
        output_format (UnitAngleFormat): The valid types of angle formats.
        value (float):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UnitAngleConversion]
    """

    kwargs = _get_kwargs(
        src_format=src_format,
        output_format=output_format,
        value=value,
    )

    async_httpx_client = client.get_async_httpx_client()
    kwargs["url"] = request_url(async_httpx_client, kwargs["url"])
    response = await async_httpx_client.request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    src_format: UnitAngleFormat,
    output_format: UnitAngleFormat,
    *,
    client: AuthenticatedClient | Client,
    value: float,
) -> Error | UnitAngleConversion | None:
    """Convert angle units

     Convert an angle unit value to another angle unit value. This is a nice endpoint to use for helper
    functions.

    Marked beta in the reference.

    Args:
        src_format (UnitAngleFormat): The valid types of angle formats.
        output_format (UnitAngleFormat): The valid types of angle formats.
        value (float):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UnitAngleConversion
    """

    return (
        await asyncio_detailed(
            src_format=src_format,
            output_format=output_format,
            client=client,
            value=value,
        )
    ).parsed
