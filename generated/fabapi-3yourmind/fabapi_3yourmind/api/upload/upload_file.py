from http import HTTPStatus
from typing import Any

import httpx
from fabapi_core import request_url

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.file_upload_request import FileUploadRequest
from ...models.uploaded_file import UploadedFile
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: FileUploadRequest,
    basket_id: int | Unset = UNSET,
    line_id: int | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["basket_id"] = basket_id

    params["line_id"] = line_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v2.0/files/",
        "params": params,
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | UploadedFile | None:
    if 200 <= response.status_code <= 299:
        response_2xx = UploadedFile.from_dict(response.json())

        return response_2xx

    if 400 <= response.status_code <= 499:
        response_4xx = Error.from_dict(response.json())

        return response_4xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | UploadedFile]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: FileUploadRequest,
    basket_id: int | Unset = UNSET,
    line_id: int | Unset = UNSET,
) -> Response[Error | UploadedFile]:
    """Upload 3D File

     Files can be uploaded in 3 different ways into the platform:

    1. Upload and Redirect the User

    This option should be used if you want the user to see our frontend.

    Upload 3D File without specifying a basket_id and line_id and redirect the user to the url returned
    in the response. The user will see the uploaded file in a basket in our frontend.

    2. Upload Into a Basket

    This option should be used if you want to handle the basket creation and ordering programmatically,
    without redirecting the user to the platform.

      1. Create a basket, save the basket_id
      2. Create a line, save the line_id
      3. Upload the file

    Fist create a basket and a basket line and save the IDs. Then use this endpoint with the query
    parameters basket_id and line_id, to upload the 3D File into the basket you created before.

    After that, you may want to interact with the basket/line to fetch and set the right materials.

    3. Upload for AMPI/PLM part creation

    This option should be used if you want to create AMPI part. Provide just file and unit parameter.
    Response will return an object with the url parameter that has a token query parameter in itself.
    Use this token value for AMPI part creation as stlFileToken parameter.

    Args:
        basket_id (int | Unset):
        line_id (int | Unset):
        body (FileUploadRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UploadedFile]
    """

    kwargs = _get_kwargs(
        body=body,
        basket_id=basket_id,
        line_id=line_id,
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
    body: FileUploadRequest,
    basket_id: int | Unset = UNSET,
    line_id: int | Unset = UNSET,
) -> Error | UploadedFile | None:
    """Upload 3D File

     Files can be uploaded in 3 different ways into the platform:

    1. Upload and Redirect the User

    This option should be used if you want the user to see our frontend.

    Upload 3D File without specifying a basket_id and line_id and redirect the user to the url returned
    in the response. The user will see the uploaded file in a basket in our frontend.

    2. Upload Into a Basket

    This option should be used if you want to handle the basket creation and ordering programmatically,
    without redirecting the user to the platform.

      1. Create a basket, save the basket_id
      2. Create a line, save the line_id
      3. Upload the file

    Fist create a basket and a basket line and save the IDs. Then use this endpoint with the query
    parameters basket_id and line_id, to upload the 3D File into the basket you created before.

    After that, you may want to interact with the basket/line to fetch and set the right materials.

    3. Upload for AMPI/PLM part creation

    This option should be used if you want to create AMPI part. Provide just file and unit parameter.
    Response will return an object with the url parameter that has a token query parameter in itself.
    Use this token value for AMPI part creation as stlFileToken parameter.

    Args:
        basket_id (int | Unset):
        line_id (int | Unset):
        body (FileUploadRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UploadedFile
    """

    return sync_detailed(
        client=client,
        body=body,
        basket_id=basket_id,
        line_id=line_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: FileUploadRequest,
    basket_id: int | Unset = UNSET,
    line_id: int | Unset = UNSET,
) -> Response[Error | UploadedFile]:
    """Upload 3D File

     Files can be uploaded in 3 different ways into the platform:

    1. Upload and Redirect the User

    This option should be used if you want the user to see our frontend.

    Upload 3D File without specifying a basket_id and line_id and redirect the user to the url returned
    in the response. The user will see the uploaded file in a basket in our frontend.

    2. Upload Into a Basket

    This option should be used if you want to handle the basket creation and ordering programmatically,
    without redirecting the user to the platform.

      1. Create a basket, save the basket_id
      2. Create a line, save the line_id
      3. Upload the file

    Fist create a basket and a basket line and save the IDs. Then use this endpoint with the query
    parameters basket_id and line_id, to upload the 3D File into the basket you created before.

    After that, you may want to interact with the basket/line to fetch and set the right materials.

    3. Upload for AMPI/PLM part creation

    This option should be used if you want to create AMPI part. Provide just file and unit parameter.
    Response will return an object with the url parameter that has a token query parameter in itself.
    Use this token value for AMPI part creation as stlFileToken parameter.

    Args:
        basket_id (int | Unset):
        line_id (int | Unset):
        body (FileUploadRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UploadedFile]
    """

    kwargs = _get_kwargs(
        body=body,
        basket_id=basket_id,
        line_id=line_id,
    )

    async_httpx_client = client.get_async_httpx_client()
    kwargs["url"] = request_url(async_httpx_client, kwargs["url"])
    response = await async_httpx_client.request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: FileUploadRequest,
    basket_id: int | Unset = UNSET,
    line_id: int | Unset = UNSET,
) -> Error | UploadedFile | None:
    """Upload 3D File

     Files can be uploaded in 3 different ways into the platform:

    1. Upload and Redirect the User

    This option should be used if you want the user to see our frontend.

    Upload 3D File without specifying a basket_id and line_id and redirect the user to the url returned
    in the response. The user will see the uploaded file in a basket in our frontend.

    2. Upload Into a Basket

    This option should be used if you want to handle the basket creation and ordering programmatically,
    without redirecting the user to the platform.

      1. Create a basket, save the basket_id
      2. Create a line, save the line_id
      3. Upload the file

    Fist create a basket and a basket line and save the IDs. Then use this endpoint with the query
    parameters basket_id and line_id, to upload the 3D File into the basket you created before.

    After that, you may want to interact with the basket/line to fetch and set the right materials.

    3. Upload for AMPI/PLM part creation

    This option should be used if you want to create AMPI part. Provide just file and unit parameter.
    Response will return an object with the url parameter that has a token query parameter in itself.
    Use this token value for AMPI part creation as stlFileToken parameter.

    Args:
        basket_id (int | Unset):
        line_id (int | Unset):
        body (FileUploadRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UploadedFile
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            basket_id=basket_id,
            line_id=line_id,
        )
    ).parsed
