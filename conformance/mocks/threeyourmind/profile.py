"""The user's own profile, addresses and preferences (`/my-profile/`)."""

from __future__ import annotations

from . import models, views
from .calls import NO_CONTENT, Call, Reply, created, handles
from .records import Address


@handles("get_user_profile")
def get_profile(call: Call) -> Reply:
    with call.store.lock:
        return Reply(views.profile(call.store))


@handles("update_user_profile", "patch_user_profile")
def update_profile(call: Call) -> Reply:
    """PUT and PATCH alike change only the fields sent: every field of the body is optional."""
    body = call.body(models.UserProfileUpdate)
    store = call.store
    changes = body.model_dump(mode="json", include=set(call.sent))
    with store.lock:
        if changes.get("defaultAddressId") is not None:
            store.address(changes["defaultAddressId"])
        store.profile.update(changes)
        return Reply(views.profile(store))


@handles("list_addresses")
def list_addresses(call: Call) -> Reply:
    with call.store.lock:
        return Reply([views.address(a) for a in sorted(call.store.addresses.values(), key=lambda a: a.id)])


@handles("create_address")
def create_address(call: Call) -> Reply:
    fields = call.body(models.AddressWrite).model_dump(mode="json")
    with call.store.lock:
        address = Address(call.store.next_id("address"), fields)
        call.store.addresses[address.id] = address
        return created(views.address(address))


@handles("get_address")
def get_address(call: Call) -> Reply:
    with call.store.lock:
        return Reply(views.address(call.store.address(call.path["address_id"])))


@handles("update_address", "patch_address")
def update_address(call: Call) -> Reply:
    # The spec's PATCH body is AddressWrite too, every field required: both replace the address.
    fields = call.body(models.AddressWrite).model_dump(mode="json")
    with call.store.lock:
        address = call.store.address(call.path["address_id"])
        address.fields = fields
        return Reply(views.address(address))


@handles("delete_address")
def delete_address(call: Call) -> Reply:
    store = call.store
    with store.lock:
        address = store.address(call.path["address_id"])
        del store.addresses[address.id]
        if store.profile["defaultAddressId"] == address.id:
            store.profile["defaultAddressId"] = None
    return NO_CONTENT


@handles("get_user_preferences")
def get_preferences(call: Call) -> Reply:
    with call.store.lock:
        return Reply(dict(call.store.preferences))


@handles("update_user_preferences")
def update_preferences(call: Call) -> Reply:
    changes = call.body(models.PreferencesUpdate).model_dump(mode="json", include=set(call.sent))
    with call.store.lock:
        call.store.preferences.update(changes)
        return Reply(dict(call.store.preferences))
