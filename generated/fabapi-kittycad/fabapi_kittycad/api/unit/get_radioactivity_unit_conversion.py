from http import HTTPStatus
from typing import Any

import httpx
from fabapi_core import path_segment, request_url

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.unit_radioactivity_conversion import UnitRadioactivityConversion
from ...models.unit_radioactivity_format import UnitRadioactivityFormat
from ...types import UNSET, Response


def _get_kwargs(
    src_format: UnitRadioactivityFormat,
    output_format: UnitRadioactivityFormat,
    *,
    value: float,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["value"] = value

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/unit/conversion/radioactivity/{src_format}/{output_format}".format(
            src_format=path_segment(src_format, "src_format"),
            output_format=path_segment(output_format, "output_format"),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | UnitRadioactivityConversion | None:
    if response.status_code == 200:
        response_200 = UnitRadioactivityConversion.from_dict(response.json())

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
) -> Response[Error | UnitRadioactivityConversion]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    src_format: UnitRadioactivityFormat,
    output_format: UnitRadioactivityFormat,
    *,
    client: AuthenticatedClient | Client,
    value: float,
) -> Response[Error | UnitRadioactivityConversion]:
    """Convert radioactivity units

     Convert a radioactivity unit value to another radioactivity unit value. This is a nice endpoint to
    use for helper functions.

    Marked beta in the reference.

    Args:
        src_format (UnitRadioactivityFormat): The valid types of radioactivity unit formats. These
            describe the amount of radiation emitted by a radioactive material.
        output_format (UnitRadioactivityFormat): The valid types of radioactivity unit formats.
            These describe the amount of radiation emitted by a radioactive material.
        value (float):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UnitRadioactivityConversion]
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
    src_format: UnitRadioactivityFormat,
    output_format: UnitRadioactivityFormat,
    *,
    client: AuthenticatedClient | Client,
    value: float,
) -> Error | UnitRadioactivityConversion | None:
    """Convert radioactivity units

     Convert a radioactivity unit value to another radioactivity unit value. This is a nice endpoint to
    use for helper functions.

    Marked beta in the reference.

    Args:
        src_format (UnitRadioactivityFormat): The valid types of radioactivity unit formats. These
            describe the amount of radiation emitted by a radioactive material.
        output_format (UnitRadioactivityFormat): The valid types of radioactivity unit formats.
            These describe the amount of radiation emitted by a radioactive material.
        value (float):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UnitRadioactivityConversion
    """

    return sync_detailed(
        src_format=src_format,
        output_format=output_format,
        client=client,
        value=value,
    ).parsed


async def asyncio_detailed(
    src_format: UnitRadioactivityFormat,
    output_format: UnitRadioactivityFormat,
    *,
    client: AuthenticatedClient | Client,
    value: float,
) -> Response[Error | UnitRadioactivityConversion]:
    """Convert radioactivity units

     Convert a radioactivity unit value to another radioactivity unit value. This is a nice endpoint to
    use for helper functions.

    Marked beta in the reference.

    Args:
        src_format (UnitRadioactivityFormat): The valid types of radioactivity unit formats. These
            describe the amount of radiation emitted by a radioactive material.
        output_format (UnitRadioactivityFormat): The valid types of radioactivity unit formats.
            These describe the amount of radiation emitted by a radioactive material.
        value (float):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UnitRadioactivityConversion]
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
    src_format: UnitRadioactivityFormat,
    output_format: UnitRadioactivityFormat,
    *,
    client: AuthenticatedClient | Client,
    value: float,
) -> Error | UnitRadioactivityConversion | None:
    """Convert radioactivity units

     Convert a radioactivity unit value to another radioactivity unit value. This is a nice endpoint to
    use for helper functions.

    Marked beta in the reference.

    Args:
        src_format (UnitRadioactivityFormat): The valid types of radioactivity unit formats. These
            describe the amount of radiation emitted by a radioactive material.
        output_format (UnitRadioactivityFormat): The valid types of radioactivity unit formats.
            These describe the amount of radiation emitted by a radioactive material.
        value (float):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UnitRadioactivityConversion
    """

    return (
        await asyncio_detailed(
            src_format=src_format,
            output_format=output_format,
            client=client,
            value=value,
        )
    ).parsed
