from http import HTTPStatus
from typing import Any

import httpx
from fabapi_core import request_url

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.file_3d_source_format import File3DSourceFormat
from ...models.file_center_of_mass import FileCenterOfMass
from ...types import UNSET, File, Response


def _get_kwargs(
    *,
    body: File,
    material_density: float,
    src_format: File3DSourceFormat,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["material_density"] = material_density

    json_src_format = src_format.value
    params["src_format"] = json_src_format

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/file/center-of-mass",
        "params": params,
    }

    _kwargs["content"] = body.payload
    headers["Content-Type"] = "application/octet-stream"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | FileCenterOfMass | None:
    if response.status_code == 201:
        response_201 = FileCenterOfMass.from_dict(response.json())

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
) -> Response[Error | FileCenterOfMass]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: File,
    material_density: float,
    src_format: File3DSourceFormat,
) -> Response[Error | FileCenterOfMass]:
    """Get CAD file center of mass

     Get the center of mass of an object in a CAD file. If the file is larger than 25MB, it will be
    performed asynchronously.

    Does the same as the center_of_mass_with_uniform_density endpoint; except, this has a redundant
    material_density value. Kept for legacy in this version.

    If the operation is performed asynchronously, the id of the operation will be returned. You can use
    the id returned from the request to get status information about the async operation from the
    /async/operations/{id} endpoint.

    Marked beta in the reference.

    Args:
        material_density (float):
        src_format (File3DSourceFormat): The valid types of 3d source file formats, can include
            formats that use suplimentary files. For example, the OBJ format can use a MTL file.
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | FileCenterOfMass]
    """

    kwargs = _get_kwargs(
        body=body,
        material_density=material_density,
        src_format=src_format,
    )

    httpx_client = client.get_httpx_client()
    kwargs["url"] = request_url(httpx_client, kwargs["url"])
    response = httpx_client.request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: File,
    material_density: float,
    src_format: File3DSourceFormat,
) -> Error | FileCenterOfMass | None:
    """Get CAD file center of mass

     Get the center of mass of an object in a CAD file. If the file is larger than 25MB, it will be
    performed asynchronously.

    Does the same as the center_of_mass_with_uniform_density endpoint; except, this has a redundant
    material_density value. Kept for legacy in this version.

    If the operation is performed asynchronously, the id of the operation will be returned. You can use
    the id returned from the request to get status information about the async operation from the
    /async/operations/{id} endpoint.

    Marked beta in the reference.

    Args:
        material_density (float):
        src_format (File3DSourceFormat): The valid types of 3d source file formats, can include
            formats that use suplimentary files. For example, the OBJ format can use a MTL file.
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | FileCenterOfMass
    """

    return sync_detailed(
        client=client,
        body=body,
        material_density=material_density,
        src_format=src_format,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: File,
    material_density: float,
    src_format: File3DSourceFormat,
) -> Response[Error | FileCenterOfMass]:
    """Get CAD file center of mass

     Get the center of mass of an object in a CAD file. If the file is larger than 25MB, it will be
    performed asynchronously.

    Does the same as the center_of_mass_with_uniform_density endpoint; except, this has a redundant
    material_density value. Kept for legacy in this version.

    If the operation is performed asynchronously, the id of the operation will be returned. You can use
    the id returned from the request to get status information about the async operation from the
    /async/operations/{id} endpoint.

    Marked beta in the reference.

    Args:
        material_density (float):
        src_format (File3DSourceFormat): The valid types of 3d source file formats, can include
            formats that use suplimentary files. For example, the OBJ format can use a MTL file.
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | FileCenterOfMass]
    """

    kwargs = _get_kwargs(
        body=body,
        material_density=material_density,
        src_format=src_format,
    )

    async_httpx_client = client.get_async_httpx_client()
    kwargs["url"] = request_url(async_httpx_client, kwargs["url"])
    response = await async_httpx_client.request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: File,
    material_density: float,
    src_format: File3DSourceFormat,
) -> Error | FileCenterOfMass | None:
    """Get CAD file center of mass

     Get the center of mass of an object in a CAD file. If the file is larger than 25MB, it will be
    performed asynchronously.

    Does the same as the center_of_mass_with_uniform_density endpoint; except, this has a redundant
    material_density value. Kept for legacy in this version.

    If the operation is performed asynchronously, the id of the operation will be returned. You can use
    the id returned from the request to get status information about the async operation from the
    /async/operations/{id} endpoint.

    Marked beta in the reference.

    Args:
        material_density (float):
        src_format (File3DSourceFormat): The valid types of 3d source file formats, can include
            formats that use suplimentary files. For example, the OBJ format can use a MTL file.
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | FileCenterOfMass
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            material_density=material_density,
            src_format=src_format,
        )
    ).parsed
