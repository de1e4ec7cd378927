from http import HTTPStatus
from typing import Any

import httpx
from fabapi_core import path_segment, request_url

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.file_conversion import FileConversion
from ...models.file_output_format import FileOutputFormat
from ...models.file_source_format import FileSourceFormat
from ...types import File, Response


def _get_kwargs(
    src_format: FileSourceFormat,
    output_format: FileOutputFormat,
    *,
    body: File,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/file/conversion/{src_format}/{output_format}".format(
            src_format=path_segment(src_format, "src_format"),
            output_format=path_segment(output_format, "output_format"),
        ),
    }

    _kwargs["content"] = body.payload
    headers["Content-Type"] = "application/octet-stream"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | FileConversion | None:
    if response.status_code == 201:
        response_201 = FileConversion.from_dict(response.json())

        return response_201

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
) -> Response[Error | FileConversion]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    src_format: FileSourceFormat,
    output_format: FileOutputFormat,
    *,
    client: AuthenticatedClient | Client,
    body: File,
) -> Response[Error | FileConversion]:
    """Convert CAD file

     Convert a CAD file from one format to another. If the file being converted is larger than 25MB, it
    will be performed asynchronously.

    If the conversion is performed synchronously, the contents of the converted file (output) will be
    returned as a base64 encoded string.

    If the operation is performed asynchronously, the id of the operation will be returned. You can use
    the id returned from the request to get status information about the async operation from the
    /async/operations/{id} endpoint.

    Args:
        src_format (FileSourceFormat): The valid types of source file formats.
        output_format (FileOutputFormat): The valid types of output file formats.
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | FileConversion]
    """

    kwargs = _get_kwargs(
        src_format=src_format,
        output_format=output_format,
        body=body,
    )

    httpx_client = client.get_httpx_client()
    kwargs["url"] = request_url(httpx_client, kwargs["url"])
    response = httpx_client.request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    src_format: FileSourceFormat,
    output_format: FileOutputFormat,
    *,
    client: AuthenticatedClient | Client,
    body: File,
) -> Error | FileConversion | None:
    """Convert CAD file

     Convert a CAD file from one format to another. If the file being converted is larger than 25MB, it
    will be performed asynchronously.

    If the conversion is performed synchronously, the contents of the converted file (output) will be
    returned as a base64 encoded string.

    If the operation is performed asynchronously, the id of the operation will be returned. You can use
    the id returned from the request to get status information about the async operation from the
    /async/operations/{id} endpoint.

    Args:
        src_format (FileSourceFormat): The valid types of source file formats.
        output_format (FileOutputFormat): The valid types of output file formats.
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | FileConversion
    """

    return sync_detailed(
        src_format=src_format,
        output_format=output_format,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    src_format: FileSourceFormat,
    output_format: FileOutputFormat,
    *,
    client: AuthenticatedClient | Client,
    body: File,
) -> Response[Error | FileConversion]:
    """Convert CAD file

     Convert a CAD file from one format to another. If the file being converted is larger than 25MB, it
    will be performed asynchronously.

    If the conversion is performed synchronously, the contents of the converted file (output) will be
    returned as a base64 encoded string.

    If the operation is performed asynchronously, the id of the operation will be returned. You can use
    the id returned from the request to get status information about the async operation from the
    /async/operations/{id} endpoint.

    Args:
        src_format (FileSourceFormat): The valid types of source file formats.
        output_format (FileOutputFormat): The valid types of output file formats.
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | FileConversion]
    """

    kwargs = _get_kwargs(
        src_format=src_format,
        output_format=output_format,
        body=body,
    )

    async_httpx_client = client.get_async_httpx_client()
    kwargs["url"] = request_url(async_httpx_client, kwargs["url"])
    response = await async_httpx_client.request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    src_format: FileSourceFormat,
    output_format: FileOutputFormat,
    *,
    client: AuthenticatedClient | Client,
    body: File,
) -> Error | FileConversion | None:
    """Convert CAD file

     Convert a CAD file from one format to another. If the file being converted is larger than 25MB, it
    will be performed asynchronously.

    If the conversion is performed synchronously, the contents of the converted file (output) will be
    returned as a base64 encoded string.

    If the operation is performed asynchronously, the id of the operation will be returned. You can use
    the id returned from the request to get status information about the async operation from the
    /async/operations/{id} endpoint.

    Args:
        src_format (FileSourceFormat): The valid types of source file formats.
        output_format (FileOutputFormat): The valid types of output file formats.
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | FileConversion
    """

    return (
        await asyncio_detailed(
            src_format=src_format,
            output_format=output_format,
            client=client,
            body=body,
        )
    ).parsed
