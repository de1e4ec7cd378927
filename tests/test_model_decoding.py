"""What a generated model's `from_dict` makes of a body: the types a user reads, and what it refuses.

The pipeline's templates build models with a fast path (one look-up of every property, positional
construction, inline union parsing); these pin the behaviour the upstream templates had, on KittyCAD's
API-call record: every property format (uuid, date-time, nullable date-time, enum, numbers, strings).
"""

from __future__ import annotations

import datetime as dt
import types
from typing import Any
from uuid import UUID

import attrs
import pytest
from fabapi_kittycad.models import ApiCallWithPrice, ApiCallWithPriceResultsPage, Method
from fabapi_kittycad.types import UNSET

STAMP = "2026-11-01T12:30:45.123456Z"
WHEN = dt.datetime(2026, 11, 1, 12, 30, 45, 123456, tzinfo=dt.UTC)
ID = "0f8fad5b-d9cb-469f-a165-70867728950e"
TOKEN = "7c9e6679-7425-40de-944b-e07fc1f90ae7"


def record(**changes: Any) -> dict[str, Any]:
    body = {
        "id": ID,
        "created_at": STAMP,
        "updated_at": STAMP,
        "started_at": STAMP,
        "completed_at": None,
        "duration": 1_250_000,
        "email": "maker@example.com",
        "endpoint": "/file/conversion/step/stl",
        "ip_address": "203.0.113.7",
        "litterbox": False,
        "method": "POST",
        "minutes": 3,
        "origin": "https://app.example.com",
        "price": 0.25,
        "request_body": "",
        "request_query_params": "output_format=stl",
        "response_body": "",
        "status_code": 201,
        "stripe_invoice_item_id": "ii_000001",
        "token": TOKEN,
        "user_agent": "tests/1.0",
        "user_id": "user-0001",
    }
    body.update(changes)
    return body


def test_every_property_reads_as_its_declared_type() -> None:
    call = ApiCallWithPrice.from_dict(record())
    assert type(call.id) is UUID and call.id == UUID(ID)
    assert type(call.token) is UUID and call.token == UUID(TOKEN)
    assert type(call.created_at) is dt.datetime and call.created_at == WHEN
    assert call.started_at == WHEN and call.updated_at == WHEN
    assert call.completed_at is None
    assert call.method is Method.POST
    assert (call.duration, call.minutes, call.price, call.litterbox) == (1_250_000, 3, 0.25, False)
    assert call.email == "maker@example.com" and call.additional_properties == {}


def test_round_trip_and_equality() -> None:
    body = record(created_at="2026-11-01T12:30:45.123456+00:00")
    call = ApiCallWithPrice.from_dict(body)
    again = ApiCallWithPrice.from_dict(call.to_dict())
    assert again == call and hash(again.id) == hash(call.id)
    assert call.to_dict()["id"] == ID and call.to_dict()["method"] == "POST"
    assert call.to_dict()["created_at"] == "2026-11-01T12:30:45.123456+00:00"
    assert repr(call).count(f"UUID('{ID}')") == 1


def test_absent_properties_are_unset_and_unknown_ones_are_kept_in_order() -> None:
    body = {"z-later": 2, "id": ID, "vendor_extra": {"a": 1}, "method": "GET"}
    call = ApiCallWithPrice.from_dict(body)
    assert call.id == UUID(ID) and call.method is Method.GET
    assert call.created_at is UNSET and call.completed_at is UNSET and call.email is UNSET
    assert list(call.additional_properties.items()) == [("z-later", 2), ("vendor_extra", {"a": 1})]
    assert call.to_dict() == {"z-later": 2, "vendor_extra": {"a": 1}, "id": ID, "method": "GET"}


def test_every_property_and_more_takes_the_extras_along() -> None:
    call = ApiCallWithPrice.from_dict(record(extra=1))
    assert call.additional_properties == {"extra": 1} and call.id == UUID(ID)


def test_the_source_is_not_changed_and_any_mapping_will_do() -> None:
    body = record(extra=[1])
    kept = dict(body)
    from_dict = ApiCallWithPrice.from_dict(body)
    assert body == kept
    assert ApiCallWithPrice.from_dict(types.MappingProxyType(body)) == from_dict
    from_dict.additional_properties["new"] = True
    assert "new" not in body


def test_a_nullable_date_time_that_is_no_date_time_deviates_and_is_kept_aside() -> None:
    # Before tolerant decoding the union parser kept "soon" in a field typed date-time: typed access lied.
    for received, kind, json_type in (("soon", "format", "string"), (12, "type", "integer")):
        call = ApiCallWithPrice.from_dict(record(completed_at=received))
        assert call.completed_at is UNSET
        assert [(d.key, d.kind, d.received, d.value) for d in call.deviations] == [
            ("completed_at", kind, json_type, received)
        ]
        assert call.to_dict()["completed_at"] == received
    assert ApiCallWithPrice.from_dict(record(completed_at=STAMP)).completed_at == WHEN
    assert ApiCallWithPrice.from_dict(record(completed_at=None)).deviations == ()


# What used to raise out of `from_dict` (each a bare TypeError, ValueError or AttributeError) now
# decodes: the field is UNSET, the value is kept in `deviations`, and `to_dict` gives it back.
@pytest.mark.parametrize(
    ("changes", "kind", "expected"),
    [
        ({"created_at": "yesterday"}, "format", "string (date-time)"),
        ({"created_at": 5}, "type", "string (date-time)"),
        ({"id": "not-a-uuid"}, "format", "string (uuid)"),
        ({"id": "0f8fad5b-d9cb-469f-a165-70867728950g"}, "format", "string (uuid)"),
        ({"token": 7}, "type", "string (uuid)"),
        ({"method": "FETCH"}, "enum", "enum Method"),
        ({"method": ["GET"]}, "type", "enum Method"),
        ({"duration": "abc"}, "type", "integer or null"),
        ({"price": "free"}, "type", "number"),
        ({"user_agent": None}, "null", "string"),
        ({"litterbox": 0}, "type", "boolean"),
        ({"status_code": 200.5}, "type", "integer"),
    ],
)
def test_what_does_not_fit_the_schema_deviates_instead_of_raising(
    changes: dict[str, Any], kind: str, expected: str
) -> None:
    body = record(**changes)
    call = ApiCallWithPrice.from_dict(body)
    ((name, value),) = changes.items()
    assert getattr(call, name) is UNSET
    (deviation,) = call.deviations
    assert (deviation.key, deviation.kind, deviation.expected, deviation.value) == (name, kind, expected, value)
    assert call.to_dict()[name] == value
    # Every other field reads as its declared type still.
    assert call.user_id == "user-0001" or name == "user_id"


def test_a_body_that_is_no_object_still_raises() -> None:
    for body in ([record()], "text", 5, None):
        with pytest.raises(TypeError, match="expected an object"):
            ApiCallWithPrice.from_dict(body)  # type: ignore[arg-type]


def test_uuids_in_other_spellings_are_read_as_uuid_reads_them() -> None:
    for spelling in (ID.upper(), ID.replace("-", ""), f"{{{ID}}}", f"urn:uuid:{ID}"):
        assert ApiCallWithPrice.from_dict(record(id=spelling)).id == UUID(ID)


def test_a_subclass_is_built_by_keyword() -> None:
    @attrs.define
    class Annotated(ApiCallWithPrice):
        note: str = "none"

    call = Annotated.from_dict(record(extra=True))
    assert type(call) is Annotated and call.note == "none"
    assert call.id == UUID(ID) and call.user_id == "user-0001" and call.additional_properties == {"extra": True}


def test_a_page_decodes_every_item() -> None:
    page = ApiCallWithPriceResultsPage.from_dict({"items": [record(), record(id=TOKEN)], "next_page": "abc"})
    assert isinstance(page.items, list)
    assert [item.id for item in page.items] == [UUID(ID), UUID(TOKEN)]
    assert page.next_page == "abc"
    assert ApiCallWithPriceResultsPage.from_dict(page.to_dict()) == page
