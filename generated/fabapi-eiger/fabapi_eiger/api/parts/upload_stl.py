from http import HTTPStatus
from typing import Any

import httpx
from fabapi_core import request_url

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.upload_stl_request import UploadStlRequest
from ...models.upload_stl_response import UploadStlResponse
from ...types import Response


def _get_kwargs(
    *,
    body: UploadStlRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/parts/upload_stl",
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | UploadStlResponse | None:
    if response.status_code == 201:
        response_201 = UploadStlResponse.from_dict(response.json())

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

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | UploadStlResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UploadStlRequest,
) -> Response[Error | UploadStlResponse]:
    """Upload a Part

     ### Upload an STL file. ```bash $ curl --location '' \\ --header 'Authorization: Basic ' \\ --form
    'stlFile=@"/Users/"' \\ --form 'userId="uuid"' \\ --form 'title="Your Part Title"' ```

    Args:
        body (UploadStlRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UploadStlResponse]
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
    client: AuthenticatedClient | Client,
    body: UploadStlRequest,
) -> Error | UploadStlResponse | None:
    """Upload a Part

     ### Upload an STL file. ```bash $ curl --location '' \\ --header 'Authorization: Basic ' \\ --form
    'stlFile=@"/Users/"' \\ --form 'userId="uuid"' \\ --form 'title="Your Part Title"' ```

    Args:
        body (UploadStlRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UploadStlResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UploadStlRequest,
) -> Response[Error | UploadStlResponse]:
    """Upload a Part

     ### Upload an STL file. ```bash $ curl --location '' \\ --header 'Authorization: Basic ' \\ --form
    'stlFile=@"/Users/"' \\ --form 'userId="uuid"' \\ --form 'title="Your Part Title"' ```

    Args:
        body (UploadStlRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UploadStlResponse]
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
    client: AuthenticatedClient | Client,
    body: UploadStlRequest,
) -> Error | UploadStlResponse | None:
    """Upload a Part

     ### Upload an STL file. ```bash $ curl --location '' \\ --header 'Authorization: Basic ' \\ --form
    'stlFile=@"/Users/"' \\ --form 'userId="uuid"' \\ --form 'title="Your Part Title"' ```

    Args:
        body (UploadStlRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UploadStlResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
