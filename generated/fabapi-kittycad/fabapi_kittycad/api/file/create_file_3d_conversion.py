from http import HTTPStatus
from typing import Any

import httpx
from fabapi_core import path_segment, request_url

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.file_3d_conversion import File3DConversion
from ...models.file_3d_output_format import File3DOutputFormat
from ...models.file_3d_source_format import File3DSourceFormat
from ...types import File, Response


def _get_kwargs(
    src_format: File3DSourceFormat,
    output_format: File3DOutputFormat,
    *,
    body: File,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/file/3d/conversion/{src_format}/{output_format}".format(
            src_format=path_segment(src_format, "src_format"),
            output_format=path_segment(output_format, "output_format"),
        ),
    }

    _kwargs["content"] = body.payload
    headers["Content-Type"] = "application/octet-stream"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | File3DConversion | None:
    if response.status_code == 201:
        response_201 = File3DConversion.from_dict(response.json())

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
) -> Response[Error | File3DConversion]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    src_format: File3DSourceFormat,
    output_format: File3DOutputFormat,
    *,
    client: AuthenticatedClient | Client,
    body: File,
) -> Response[Error | File3DConversion]:
    """Convert 3D file

     Convert a 3D file from one format to another. If the file being converted is larger than 25MB, it
    will be performed asynchronously.

    If the conversion is performed synchronously, the contents of the converted file (output) will be
    returned as a base64 encoded string.

    If the operation is performed asynchronously, the id of the operation will be returned. You can use
    the id returned from the request to get status information about the async operation from the
    /async/operations/{id} endpoint.

    Args:
        src_format (File3DSourceFormat): The valid types of 3d source file formats, can include
            formats that use suplimentary files. For example, the OBJ format can use a MTL file.
        output_format (File3DOutputFormat): The valid types of 3d output file formats, can include
            formats that use suplimentary files. For example, the OBJ format can use a MTL file.
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | File3DConversion]
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
    src_format: File3DSourceFormat,
    output_format: File3DOutputFormat,
    *,
    client: AuthenticatedClient | Client,
    body: File,
) -> Error | File3DConversion | None:
    """Convert 3D file

     Convert a 3D file from one format to another. If the file being converted is larger than 25MB, it
    will be performed asynchronously.

    If the conversion is performed synchronously, the contents of the converted file (output) will be
    returned as a base64 encoded string.

    If the operation is performed asynchronously, the id of the operation will be returned. You can use
    the id returned from the request to get status information about the async operation from the
    /async/operations/{id} endpoint.

    Args:
        src_format (File3DSourceFormat): The valid types of 3d source file formats, can include
            formats that use suplimentary files. For example, the OBJ format can use a MTL file.
        output_format (File3DOutputFormat): The valid types of 3d output file formats, can include
            formats that use suplimentary files. For example, the OBJ format can use a MTL file.
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | File3DConversion
    """

    return sync_detailed(
        src_format=src_format,
        output_format=output_format,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    src_format: File3DSourceFormat,
    output_format: File3DOutputFormat,
    *,
    client: AuthenticatedClient | Client,
    body: File,
) -> Response[Error | File3DConversion]:
    """Convert 3D file

     Convert a 3D file from one format to another. If the file being converted is larger than 25MB, it
    will be performed asynchronously.

    If the conversion is performed synchronously, the contents of the converted file (output) will be
    returned as a base64 encoded string.

    If the operation is performed asynchronously, the id of the operation will be returned. You can use
    the id returned from the request to get status information about the async operation from the
    /async/operations/{id} endpoint.

    Args:
        src_format (File3DSourceFormat): The valid types of 3d source file formats, can include
            formats that use suplimentary files. For example, the OBJ format can use a MTL file.
        output_format (File3DOutputFormat): The valid types of 3d output file formats, can include
            formats that use suplimentary files. For example, the OBJ format can use a MTL file.
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | File3DConversion]
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
    src_format: File3DSourceFormat,
    output_format: File3DOutputFormat,
    *,
    client: AuthenticatedClient | Client,
    body: File,
) -> Error | File3DConversion | None:
    """Convert 3D file

     Convert a 3D file from one format to another. If the file being converted is larger than 25MB, it
    will be performed asynchronously.

    If the conversion is performed synchronously, the contents of the converted file (output) will be
    returned as a base64 encoded string.

    If the operation is performed asynchronously, the id of the operation will be returned. You can use
    the id returned from the request to get status information about the async operation from the
    /async/operations/{id} endpoint.

    Args:
        src_format (File3DSourceFormat): The valid types of 3d source file formats, can include
            formats that use suplimentary files. For example, the OBJ format can use a MTL file.
        output_format (File3DOutputFormat): The valid types of 3d output file formats, can include
            formats that use suplimentary files. For example, the OBJ format can use a MTL file.
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | File3DConversion
    """

    return (
        await asyncio_detailed(
            src_format=src_format,
            output_format=output_format,
            client=client,
            body=body,
        )
    ).parsed
