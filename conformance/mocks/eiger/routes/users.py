"""Users of the organization."""

from __future__ import annotations

from fastapi import Request
from starlette.responses import Response

from .. import models
from ..handling import (
    PREFIX,
    USERS,
    Register,
    emit,
    path_id,
    store_of,
)
from ..query import apply, parse_list_query
from ..views import (
    full_user,
    user_view,
)


def install(route: Register) -> None:
    @route(PREFIX + "/users", "GET")
    async def list_users(request: Request) -> Response:
        store = store_of(request)
        query = parse_list_query(request.query_params, USERS)
        with store.lock:
            users = list(store.users.values())
        items = [full_user(u) for u in users]
        page, more = apply(items, query)
        return emit(
            models.ListUsersResponse,
            {"has_more_items": more, "items": [user_view(store.users[i["id"]]) for i in page]},
        )

    @route(PREFIX + "/users/{user_id}", "GET")
    async def fetch_user(request: Request) -> Response:
        user = store_of(request).get_user(path_id(request, "user_id"))
        return emit(models.GetUserResponse, full_user(user))
