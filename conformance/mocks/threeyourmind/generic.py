"""The answer of every operation without a handler of its own, built from the spec alone.

The request was checked like any other (parameters, body); the answer is the response schema's
sample (`samples`), with the resource's own id where the path names it, a fresh id for a
creation, and the body's fields where the answer has the same ones. State is kept in one
respect only: what a DELETE removed stays gone (404), with everything below it.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from ..kit.samples import sample
from ..kit.schemas import check_answer
from ..kit.spec import ref_name, resolve
from . import models
from .calls import NO_CONTENT, Call, Reply
from .errors import not_found
from .pagination import number_page

GENERIC_IDS_START = 1000  # ids the generic layer hands out, clear of the seeded and stateful ones


def answer(call: Call, spec: Mapping[str, Any]) -> Reply:
    operation, store = call.operation, call.store
    path = call.url.path
    with store.lock:
        if any(path.startswith(gone) for gone in store.deleted):
            raise not_found("Resource", path)
        if operation.method == "DELETE":
            store.deleted.add(path if path.endswith("/") else path + "/")
    media_type, schema = operation.answer.media_type, operation.answer.schema
    if media_type is None:
        return NO_CONTENT
    if media_type == "text/csv":
        return Reply(content=b"id,name\r\n")
    if media_type != "application/json":
        return Reply(content=b"")
    if ref_name(schema) == "Page":
        query = {"page": 1, "pageSize": 25, **call.query}
        return Reply(number_page([], query))
    creates = operation.method == "POST" and "id" in resolve(spec, schema).get("properties", {})
    base = sample(spec, schema)
    fresh_id = store.next_id("generic", GENERIC_IDS_START) if creates else None
    for candidate in _candidates(call, base, fresh_id):
        try:
            check_answer(spec, models, schema, candidate)
        except RuntimeError:
            continue  # e.g. a path id of 0 where the answer's id has minimum 1: keep the plain sample
        return Reply(candidate, 201 if creates else 200)
    return Reply(base, 201 if creates else 200)


def _candidates(call: Call, base: Any, fresh_id: int | None) -> Iterator[Any]:
    """The richest answer first: body fields and the resource's id; then less; the sample last."""
    if not isinstance(base, dict):
        yield base
        return
    ident = fresh_id if fresh_id is not None else _path_id(call)
    with_id = {**base, "id": ident} if "id" in base and ident is not None else dict(base)
    sent = dict(call.parsed.data) if call.parsed is not None and not call.parsed.files else {}
    echoed = {key: value for key, value in sent.items() if key in base and key != "id"}
    if echoed:
        yield {**with_id, **echoed}
    yield with_id
    yield base


def _path_id(call: Call) -> int | None:
    """The id the path ends with (`.../workstations/{workstation_id}/`), if it ends with one."""
    names = call.operation.path_names
    if not names or not call.operation.path.rstrip("/").endswith("{" + names[-1] + "}"):
        return None
    value = call.path.get(names[-1])
    return value if isinstance(value, int) and not isinstance(value, bool) else None
