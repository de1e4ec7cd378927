"""A spec-driven store: what a POST creates, a GET by id reads, a PUT or PATCH changes, a DELETE removes.

The fallback answer of a mock that has nothing of its own yet (a new vendor's, as `nox -s new-vendor`
writes it): every operation is answered from the spec alone, and resources are kept by their URL so
that schemathesis' stateful checks (a created resource can be read, a deleted one is gone) hold.

- An operation whose path ends with a template (`/things/{thing_id}`) acts on one record, the one at
  the request's URL: a read, change or delete of a URL that holds none raises `Missing` (a 404 in
  the mock's shape).
- A POST to a collection whose answer is an object with an `id` creates a record under the
  collection's URL: the answer's sample, the body's fields where the answer has the same ones, a
  fresh `id` (an integer, or text when the schema says string).
- A GET of a collection whose answer is an array lists the records under its URL.
- Anything else gets the answer schema's sample (`samples`).

Every answer is checked against the spec before it is sent (`operations.send`).
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from .operations import NO_CONTENT, Call, Reply
from .samples import sample
from .schemas import check_answer
from .spec import Operation, resolve


class Missing(Exception):
    """No record at this URL: the mock answers it with its own 404."""

    def __init__(self, path: str) -> None:
        super().__init__(f"nothing at {path}")
        self.path = path


class Records:
    """Records by URL path; a mock's `app.state.store` when `answer` is its fallback."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.items: dict[str, dict[str, Any]] = {}
        self._next = 0

    def fresh_id(self, schema: Mapping[str, Any]) -> int | str:
        with self.lock:
            self._next += 1
            return str(uuid.UUID(int=self._next)) if schema.get("type") == "string" else self._next


def _on_one(operation: Operation) -> bool:
    """Whether the operation acts on one resource: its path ends with a template."""
    return operation.path.rstrip("/").endswith("}")


def _success(operation: Operation) -> int:
    codes = [str(code) for code in operation.raw["responses"] if str(code).startswith("2")]
    return int(codes[0]) if codes and codes[0].isdigit() else 200


def _sent(call: Call[Any]) -> dict[str, Any]:
    parsed = call.parsed
    return dict(parsed.data) if parsed is not None and not parsed.files else {}


def answer(call: Call[Records], spec: Mapping[str, Any], models: Any) -> Reply:
    """The fallback answer: `SpecDriven(spec, models, handlers, lambda call: answer(call, spec, models))`."""
    operation, store, path = call.operation, call.store, call.url.path.rstrip("/")
    schema = operation.answer.schema
    resolved = resolve(spec, schema) if schema else {}
    if _on_one(operation):
        with store.lock:
            record = store.items.get(path)
            if record is None:
                raise Missing(path)
            if operation.method == "DELETE":
                del store.items[path]
            elif operation.method in ("PUT", "PATCH"):
                record = _best(spec, models, schema, [{**record, **_changes(record, _sent(call))}, record])
                store.items[path] = record
        if operation.answer.media_type is None:
            return NO_CONTENT
        # A DELETE that answers with a body: the schema's sample (the record is gone).
        return Reply(sample(spec, schema) if operation.method == "DELETE" else record, _success(operation))
    if operation.answer.media_type is None:
        return NO_CONTENT
    if operation.method == "POST" and "id" in resolved.get("properties", {}):
        base = sample(spec, schema)
        ident = store.fresh_id(resolve(spec, resolved["properties"]["id"]))
        record = _best(spec, models, schema, _candidates(base, ident, _sent(call)))
        with store.lock:
            store.items[f"{path}/{record['id']}"] = record
        return Reply(record, _success(operation))
    if operation.method == "GET" and resolved.get("type") == "array":
        with store.lock:
            listed = [item for key, item in store.items.items() if key.rpartition("/")[0] == path]
        return Reply(_fitting(spec, models, schema, listed), _success(operation))
    return Reply(sample(spec, schema), _success(operation))


def _changes(record: Mapping[str, Any], sent: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in sent.items() if key in record and key != "id"}


def _candidates(base: Any, ident: int | str, sent: Mapping[str, Any]) -> Iterator[Any]:
    """The richest record first: the body's fields and a fresh id; then the id alone."""
    with_id = {**base, "id": ident}
    yield {**with_id, **_changes(base, sent)}
    yield with_id


def _best(spec: Mapping[str, Any], models: Any, schema: Mapping[str, Any], candidates: Iterable[Any]) -> Any:
    """The first candidate the answer schema accepts (a body field may be wider than the answer's)."""
    last: Any = None
    for candidate in candidates:
        last = candidate
        try:
            check_answer(spec, models, schema, candidate)
        except RuntimeError:
            continue
        return candidate
    return last


def _fitting(spec: Mapping[str, Any], models: Any, schema: Mapping[str, Any], items: list[Any]) -> list[Any]:
    """The listed records the array's item schema accepts (records of another shape share a URL prefix)."""
    item_schema = resolve(spec, schema).get("items", {})
    kept = []
    for item in items:
        try:
            check_answer(spec, models, item_schema, item)
        except RuntimeError:
            continue
        kept.append(item)
    return kept
