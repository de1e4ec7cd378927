from http import HTTPStatus
from typing import Any

import httpx
from fabapi_core import path_segment, request_url

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.async_file_2d_vector_conversion import AsyncFile2DVectorConversion
from ...models.async_file_3d_conversion import AsyncFile3DConversion
from ...models.async_file_center_of_mass import AsyncFileCenterOfMass
from ...models.async_file_conversion import AsyncFileConversion
from ...models.async_file_density import AsyncFileDensity
from ...models.async_file_mass import AsyncFileMass
from ...models.async_file_surface_area import AsyncFileSurfaceArea
from ...models.async_file_volume import AsyncFileVolume
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/async/operations/{id}".format(
            id=path_segment(id, "id"),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    AsyncFile2DVectorConversion
    | AsyncFile3DConversion
    | AsyncFileCenterOfMass
    | AsyncFileConversion
    | AsyncFileDensity
    | AsyncFileMass
    | AsyncFileSurfaceArea
    | AsyncFileVolume
    | Error
    | None
):
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> (
            AsyncFile2DVectorConversion
            | AsyncFile3DConversion
            | AsyncFileCenterOfMass
            | AsyncFileConversion
            | AsyncFileDensity
            | AsyncFileMass
            | AsyncFileSurfaceArea
            | AsyncFileVolume
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_async_api_call_output_type_0 = AsyncFileConversion.from_dict(data)

                return componentsschemas_async_api_call_output_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_async_api_call_output_type_1 = AsyncFile2DVectorConversion.from_dict(data)

                return componentsschemas_async_api_call_output_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_async_api_call_output_type_2 = AsyncFile3DConversion.from_dict(data)

                return componentsschemas_async_api_call_output_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_async_api_call_output_type_3 = AsyncFileCenterOfMass.from_dict(data)

                return componentsschemas_async_api_call_output_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_async_api_call_output_type_4 = AsyncFileMass.from_dict(data)

                return componentsschemas_async_api_call_output_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_async_api_call_output_type_5 = AsyncFileVolume.from_dict(data)

                return componentsschemas_async_api_call_output_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_async_api_call_output_type_6 = AsyncFileDensity.from_dict(data)

                return componentsschemas_async_api_call_output_type_6
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_async_api_call_output_type_7 = AsyncFileSurfaceArea.from_dict(data)

            return componentsschemas_async_api_call_output_type_7

        response_200 = _parse_response_200(response.json())

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
) -> Response[
    AsyncFile2DVectorConversion
    | AsyncFile3DConversion
    | AsyncFileCenterOfMass
    | AsyncFileConversion
    | AsyncFileDensity
    | AsyncFileMass
    | AsyncFileSurfaceArea
    | AsyncFileVolume
    | Error
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    AsyncFile2DVectorConversion
    | AsyncFile3DConversion
    | AsyncFileCenterOfMass
    | AsyncFileConversion
    | AsyncFileDensity
    | AsyncFileMass
    | AsyncFileSurfaceArea
    | AsyncFileVolume
    | Error
]:
    """Get an async operation

     Get the status and output of an async operation.

    This endpoint requires authentication by any KittyCAD user. It returns details of the requested
    async operation for the user.

    If the user is not authenticated to view the specified async operation, then it is not returned.

    Only KittyCAD employees with the proper access can view async operations for other users.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AsyncFile2DVectorConversion | AsyncFile3DConversion | AsyncFileCenterOfMass | AsyncFileConversion | AsyncFileDensity | AsyncFileMass | AsyncFileSurfaceArea | AsyncFileVolume | Error]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    httpx_client = client.get_httpx_client()
    kwargs["url"] = request_url(httpx_client, kwargs["url"])
    response = httpx_client.request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> (
    AsyncFile2DVectorConversion
    | AsyncFile3DConversion
    | AsyncFileCenterOfMass
    | AsyncFileConversion
    | AsyncFileDensity
    | AsyncFileMass
    | AsyncFileSurfaceArea
    | AsyncFileVolume
    | Error
    | None
):
    """Get an async operation

     Get the status and output of an async operation.

    This endpoint requires authentication by any KittyCAD user. It returns details of the requested
    async operation for the user.

    If the user is not authenticated to view the specified async operation, then it is not returned.

    Only KittyCAD employees with the proper access can view async operations for other users.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AsyncFile2DVectorConversion | AsyncFile3DConversion | AsyncFileCenterOfMass | AsyncFileConversion | AsyncFileDensity | AsyncFileMass | AsyncFileSurfaceArea | AsyncFileVolume | Error
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    AsyncFile2DVectorConversion
    | AsyncFile3DConversion
    | AsyncFileCenterOfMass
    | AsyncFileConversion
    | AsyncFileDensity
    | AsyncFileMass
    | AsyncFileSurfaceArea
    | AsyncFileVolume
    | Error
]:
    """Get an async operation

     Get the status and output of an async operation.

    This endpoint requires authentication by any KittyCAD user. It returns details of the requested
    async operation for the user.

    If the user is not authenticated to view the specified async operation, then it is not returned.

    Only KittyCAD employees with the proper access can view async operations for other users.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AsyncFile2DVectorConversion | AsyncFile3DConversion | AsyncFileCenterOfMass | AsyncFileConversion | AsyncFileDensity | AsyncFileMass | AsyncFileSurfaceArea | AsyncFileVolume | Error]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    async_httpx_client = client.get_async_httpx_client()
    kwargs["url"] = request_url(async_httpx_client, kwargs["url"])
    response = await async_httpx_client.request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> (
    AsyncFile2DVectorConversion
    | AsyncFile3DConversion
    | AsyncFileCenterOfMass
    | AsyncFileConversion
    | AsyncFileDensity
    | AsyncFileMass
    | AsyncFileSurfaceArea
    | AsyncFileVolume
    | Error
    | None
):
    """Get an async operation

     Get the status and output of an async operation.

    This endpoint requires authentication by any KittyCAD user. It returns details of the requested
    async operation for the user.

    If the user is not authenticated to view the specified async operation, then it is not returned.

    Only KittyCAD employees with the proper access can view async operations for other users.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AsyncFile2DVectorConversion | AsyncFile3DConversion | AsyncFileCenterOfMass | AsyncFileConversion | AsyncFileDensity | AsyncFileMass | AsyncFileSurfaceArea | AsyncFileVolume | Error
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
