from http import HTTPStatus
from io import BytesIO
from typing import Any

import httpx
from fabapi_core import path_segment, request_url

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.download_file_container_name import DownloadFileContainerName
from ...models.download_file_path_suffix import DownloadFilePathSuffix
from ...models.error import Error
from ...types import File, Response


def _get_kwargs(
    container_name: DownloadFileContainerName,
    container_id: int,
    uuid: str,
    path_suffix: DownloadFilePathSuffix,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2.0/files/{container_name}/{container_id}/{uuid}/{path_suffix}/".format(
            container_name=path_segment(container_name, "container_name"),
            container_id=path_segment(container_id, "container_id"),
            uuid=path_segment(uuid, "uuid"),
            path_suffix=path_segment(path_suffix, "path_suffix"),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | File | None:
    if 200 <= response.status_code <= 299:
        response_2xx = File(payload=BytesIO(response.content))

        return response_2xx

    if 400 <= response.status_code <= 499:
        response_4xx = Error.from_dict(response.json())

        return response_4xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | File]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    container_name: DownloadFileContainerName,
    container_id: int,
    uuid: str,
    path_suffix: DownloadFilePathSuffix,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | File]:
    """Download 3D File

     This is the endpoint that can be used to download 3D Files and get printability information. The URL
    includes a container, to check if the user has permission to view the file. It is not recommended to
    craft the URL from scratch. Instead either:

    - Use another endpoint (e.g. the downloadOptimizedUrl field in Get Basket Line) to fetch this URL
    from its response
    - Call the 3D Backend directly. For this jwtAuthorizationRequired needs to be deactivated in the
    server settings. For more information, please contact support.

    Args:
        container_name (DownloadFileContainerName):
        container_id (int):
        uuid (str):
        path_suffix (DownloadFilePathSuffix):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | File]
    """

    kwargs = _get_kwargs(
        container_name=container_name,
        container_id=container_id,
        uuid=uuid,
        path_suffix=path_suffix,
    )

    httpx_client = client.get_httpx_client()
    kwargs["url"] = request_url(httpx_client, kwargs["url"])
    response = httpx_client.request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    container_name: DownloadFileContainerName,
    container_id: int,
    uuid: str,
    path_suffix: DownloadFilePathSuffix,
    *,
    client: AuthenticatedClient | Client,
) -> Error | File | None:
    """Download 3D File

     This is the endpoint that can be used to download 3D Files and get printability information. The URL
    includes a container, to check if the user has permission to view the file. It is not recommended to
    craft the URL from scratch. Instead either:

    - Use another endpoint (e.g. the downloadOptimizedUrl field in Get Basket Line) to fetch this URL
    from its response
    - Call the 3D Backend directly. For this jwtAuthorizationRequired needs to be deactivated in the
    server settings. For more information, please contact support.

    Args:
        container_name (DownloadFileContainerName):
        container_id (int):
        uuid (str):
        path_suffix (DownloadFilePathSuffix):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | File
    """

    return sync_detailed(
        container_name=container_name,
        container_id=container_id,
        uuid=uuid,
        path_suffix=path_suffix,
        client=client,
    ).parsed


async def asyncio_detailed(
    container_name: DownloadFileContainerName,
    container_id: int,
    uuid: str,
    path_suffix: DownloadFilePathSuffix,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | File]:
    """Download 3D File

     This is the endpoint that can be used to download 3D Files and get printability information. The URL
    includes a container, to check if the user has permission to view the file. It is not recommended to
    craft the URL from scratch. Instead either:

    - Use another endpoint (e.g. the downloadOptimizedUrl field in Get Basket Line) to fetch this URL
    from its response
    - Call the 3D Backend directly. For this jwtAuthorizationRequired needs to be deactivated in the
    server settings. For more information, please contact support.

    Args:
        container_name (DownloadFileContainerName):
        container_id (int):
        uuid (str):
        path_suffix (DownloadFilePathSuffix):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | File]
    """

    kwargs = _get_kwargs(
        container_name=container_name,
        container_id=container_id,
        uuid=uuid,
        path_suffix=path_suffix,
    )

    async_httpx_client = client.get_async_httpx_client()
    kwargs["url"] = request_url(async_httpx_client, kwargs["url"])
    response = await async_httpx_client.request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    container_name: DownloadFileContainerName,
    container_id: int,
    uuid: str,
    path_suffix: DownloadFilePathSuffix,
    *,
    client: AuthenticatedClient | Client,
) -> Error | File | None:
    """Download 3D File

     This is the endpoint that can be used to download 3D Files and get printability information. The URL
    includes a container, to check if the user has permission to view the file. It is not recommended to
    craft the URL from scratch. Instead either:

    - Use another endpoint (e.g. the downloadOptimizedUrl field in Get Basket Line) to fetch this URL
    from its response
    - Call the 3D Backend directly. For this jwtAuthorizationRequired needs to be deactivated in the
    server settings. For more information, please contact support.

    Args:
        container_name (DownloadFileContainerName):
        container_id (int):
        uuid (str):
        path_suffix (DownloadFilePathSuffix):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | File
    """

    return (
        await asyncio_detailed(
            container_name=container_name,
            container_id=container_id,
            uuid=uuid,
            path_suffix=path_suffix,
            client=client,
        )
    ).parsed
