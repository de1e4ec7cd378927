"""Every vendor's paginated methods refuse a bad page size when they are called, not when iterated.

For each listing the spec marks (`x-fabapi-pagination`) with a page-size parameter, the method is called
with a size its schema refuses (under its minimum, or not a number where the spec states no limit):
`InvalidArgument` names the argument as the user wrote it, the value and the allowed range, and nothing
is sent. A good size returns the pager, still without a request.
"""

from __future__ import annotations

import enum
import importlib
import inspect
import re
import typing
import uuid
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from fabapi_core import InvalidArgument

from registry.vendors import Vendor, load_vendors
from tests.spec_strategies import curated_spec

VENDORS = list(load_vendors().values())


@dataclass(frozen=True)
class Listing:
    vendor: Vendor
    resource: str
    method: str
    size: str  # the method's argument
    schema: Mapping[str, Any]

    def __str__(self) -> str:
        return f"{self.vendor.key}-{self.resource}.{self.method}"


def _snake(wire: str) -> str:
    return re.sub(r"[^0-9a-z]+", "_", re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", wire).lower()).strip("_")


def _resolved(document: Mapping[str, Any], node: Mapping[str, Any]) -> Mapping[str, Any]:
    while "$ref" in node:
        found: Any = document
        for part in str(node["$ref"]).removeprefix("#/").split("/"):
            found = found[part]
        node = found
    return node


def _document(vendor: Vendor) -> Mapping[str, Any]:
    return curated_spec(vendor.key)  # read once per process, shared: this file only reads it


def _listings() -> Iterator[Listing]:
    for vendor in VENDORS:
        document = _document(vendor)
        operations = importlib.import_module(f"{vendor.module}._resources").OPERATIONS
        for info in operations.values():
            if not info.paginated:
                continue
            item = document["paths"][info.path]
            operation = item[info.http_method.lower()]
            style = operation.get("x-fabapi-pagination", document.get("x-fabapi-pagination", {}))
            wire = style.get("size_param")
            parameters = [
                _resolved(document, p) for p in [*item.get("parameters", []), *operation.get("parameters", [])]
            ]
            found = [p for p in parameters if p["name"] == wire and p["in"] == "query"]
            if found:
                yield Listing(vendor, info.resource, info.method, _snake(wire), _resolved(document, found[0]["schema"]))


LISTINGS = list(_listings())


def test_every_vendor_with_paginated_operations_has_listings_checked_here() -> None:
    covered = {listing.vendor.key for listing in LISTINGS}
    assert covered == {"eiger", "kittycad", "threeyourmind"}
    assert len(LISTINGS) >= 20


def _client(vendor: Vendor, asynchronous: bool, sent: list[httpx.Request]) -> Any:
    module = importlib.import_module(vendor.module)
    cls = getattr(module, f"Async{vendor.client}" if asynchronous else vendor.client)

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(500)

    transport = httpx.MockTransport(answer)
    credentials = ("key", "secret") if vendor.key == "eiger" else ("token",)
    return cls(*credentials, base_url="https://api.example.test", transport=transport, retries=0)


def _value(annotation: Any) -> object:
    for member in typing.get_args(annotation) or (annotation,):
        if isinstance(member, type) and issubclass(member, enum.Enum):
            return next(iter(member))
        if member is int:
            return 1
        if member is uuid.UUID:
            return uuid.UUID(int=1)
    return "x"


def _required(method: Any) -> dict[str, Any]:
    """A value for each required argument (the path's ids, a sort order): a number, a UUID, an enum's
    first member or text, by its annotation."""
    parameters = inspect.signature(method, eval_str=True).parameters
    return {
        name: _value(parameter.annotation)
        for name, parameter in parameters.items()
        if parameter.default is inspect.Parameter.empty
    }


def _refused(schema: Mapping[str, Any]) -> tuple[object, str]:
    """A size the schema refuses, and what the error must say about the allowed values."""
    low, high = schema.get("minimum"), schema.get("maximum")
    if low is not None and high is not None:
        return low - 1, f"must be between {low} and {high}, got {low - 1}"
    if low is not None:
        return low - 1, f"must be at least {low}, got {low - 1}"
    return "ten", "must be int, got str 'ten'"


@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize("listing", LISTINGS, ids=str)
def test_a_bad_page_size_is_refused_at_the_call(listing: Listing, asynchronous: bool) -> None:
    sent: list[httpx.Request] = []
    client = _client(listing.vendor, asynchronous, sent)
    method = getattr(getattr(client, listing.resource), listing.method)
    value, says = _refused(listing.schema)
    with pytest.raises(InvalidArgument) as refused:
        method(**_required(method), **{listing.size: value})
    assert refused.value.argument == listing.size
    assert f"argument {listing.size!r} {says}" in str(refused.value)
    good = listing.schema.get("minimum", 1)
    method(**_required(method), **{listing.size: good})  # a pager, asked for nothing yet
    assert sent == []
