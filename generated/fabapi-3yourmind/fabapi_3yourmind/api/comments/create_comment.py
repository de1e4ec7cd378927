from http import HTTPStatus
from typing import Any

import httpx
from fabapi_core import path_segment, request_url

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.comment import Comment
from ...models.comment_create import CommentCreate
from ...models.create_comment_object_type import CreateCommentObjectType
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    object_type: CreateCommentObjectType,
    object_id: int,
    *,
    body: CommentCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v2.0/comments/{object_type}/{object_id}/".format(
            object_type=path_segment(object_type, "object_type"),
            object_id=path_segment(object_id, "object_id"),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Comment | Error | None:
    if 200 <= response.status_code <= 299:
        response_2xx = Comment.from_dict(response.json())

        return response_2xx

    if 400 <= response.status_code <= 499:
        response_4xx = Error.from_dict(response.json())

        return response_4xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Comment | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    object_type: CreateCommentObjectType,
    object_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: CommentCreate,
) -> Response[Comment | Error]:
    """Create comment for an object

    Args:
        object_type (CreateCommentObjectType):
        object_id (int):
        body (CommentCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Comment | Error]
    """

    kwargs = _get_kwargs(
        object_type=object_type,
        object_id=object_id,
        body=body,
    )

    httpx_client = client.get_httpx_client()
    kwargs["url"] = request_url(httpx_client, kwargs["url"])
    response = httpx_client.request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    object_type: CreateCommentObjectType,
    object_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: CommentCreate,
) -> Comment | Error | None:
    """Create comment for an object

    Args:
        object_type (CreateCommentObjectType):
        object_id (int):
        body (CommentCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Comment | Error
    """

    return sync_detailed(
        object_type=object_type,
        object_id=object_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    object_type: CreateCommentObjectType,
    object_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: CommentCreate,
) -> Response[Comment | Error]:
    """Create comment for an object

    Args:
        object_type (CreateCommentObjectType):
        object_id (int):
        body (CommentCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Comment | Error]
    """

    kwargs = _get_kwargs(
        object_type=object_type,
        object_id=object_id,
        body=body,
    )

    async_httpx_client = client.get_async_httpx_client()
    kwargs["url"] = request_url(async_httpx_client, kwargs["url"])
    response = await async_httpx_client.request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    object_type: CreateCommentObjectType,
    object_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: CommentCreate,
) -> Comment | Error | None:
    """Create comment for an object

    Args:
        object_type (CreateCommentObjectType):
        object_id (int):
        body (CommentCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Comment | Error
    """

    return (
        await asyncio_detailed(
            object_type=object_type,
            object_id=object_id,
            client=client,
            body=body,
        )
    ).parsed
