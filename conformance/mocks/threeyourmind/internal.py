"""Internal ordering: a service places an order for one of its users (search the user, read the
user's addresses and the payment methods, order; `orders` places and edits the order itself)."""

from __future__ import annotations

from typing import Any

from . import views
from .calls import Call, Reply, handles
from .store import Store


def _user(store: Store) -> dict[str, Any]:
    user = store.profile
    return {
        "id": user["id"],
        "email": user["email"],
        "firstName": user.get("firstName"),
        "lastName": user.get("lastName"),
        "fullName": views.full_name(user),
    }


@handles("search_internal_ordering_users")
def search_users(call: Call) -> Reply:
    """The instance's users whose name or e-mail contains `search` (case-insensitively), as a list."""
    store = call.store
    with store.lock:
        store.service(call.path["service_id"])
        user = _user(store)
        text = str(call.query.get("search", "")).casefold()
        fields = (user["email"], user["fullName"], user["firstName"] or "", user["lastName"] or "")
        return Reply([user] if any(text in str(value).casefold() for value in fields) else [])


@handles("list_service_user_addresses")
def list_user_addresses(call: Call) -> Reply:
    """The user's addresses as they are now: ones created since are there, deleted ones gone."""
    store = call.store
    with store.lock:
        store.service(call.path["service_id"])
        store.user(call.path["user_id"])
        return Reply([views.address(a) for a in sorted(store.addresses.values(), key=lambda a: a.id)])
