from http import HTTPStatus
from typing import Any

import httpx
from fabapi_core import path_segment, request_url

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.preferences import Preferences
from ...models.preferences_replace import PreferencesReplace
from ...types import Response


def _get_kwargs(
    user_id: int,
    *,
    body: PreferencesReplace,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v2.0/organization-panel/users/{user_id}/preferences/".format(
            user_id=path_segment(user_id, "user_id"),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | Preferences | None:
    if 200 <= response.status_code <= 299:
        response_2xx = Preferences.from_dict(response.json())

        return response_2xx

    if 400 <= response.status_code <= 499:
        response_4xx = Error.from_dict(response.json())

        return response_4xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | Preferences]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    user_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: PreferencesReplace,
) -> Response[Error | Preferences]:
    """Update Users Preferences

    Args:
        user_id (int):
        body (PreferencesReplace): One or more attributes of the user preferences. The seed
            renders the body as "Any of" with every field required in its first tab.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Preferences]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        body=body,
    )

    httpx_client = client.get_httpx_client()
    kwargs["url"] = request_url(httpx_client, kwargs["url"])
    response = httpx_client.request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    user_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: PreferencesReplace,
) -> Error | Preferences | None:
    """Update Users Preferences

    Args:
        user_id (int):
        body (PreferencesReplace): One or more attributes of the user preferences. The seed
            renders the body as "Any of" with every field required in its first tab.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Preferences
    """

    return sync_detailed(
        user_id=user_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    user_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: PreferencesReplace,
) -> Response[Error | Preferences]:
    """Update Users Preferences

    Args:
        user_id (int):
        body (PreferencesReplace): One or more attributes of the user preferences. The seed
            renders the body as "Any of" with every field required in its first tab.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Preferences]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        body=body,
    )

    async_httpx_client = client.get_async_httpx_client()
    kwargs["url"] = request_url(async_httpx_client, kwargs["url"])
    response = await async_httpx_client.request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    user_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: PreferencesReplace,
) -> Error | Preferences | None:
    """Update Users Preferences

    Args:
        user_id (int):
        body (PreferencesReplace): One or more attributes of the user preferences. The seed
            renders the body as "Any of" with every field required in its first tab.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Preferences
    """

    return (
        await asyncio_detailed(
            user_id=user_id,
            client=client,
            body=body,
        )
    ).parsed
