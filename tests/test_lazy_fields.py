"""What `from_dict`'s fast path leaves for the first read: a uuid's text and the fields the spec does not list.

A model decoded from a record that fits its schema keeps each uuid's canonical text (checked) and
the record itself; the `UUID` and `additional_properties` are made on the first read
(fabapi_core/_lazy.py). These pin that a user sees the same model as one built at once: the types,
the values, equality, `repr`, `to_dict()`, pickling, and deviations of what does not fit.
"""

from __future__ import annotations

import copy
import pickle
from typing import Any
from uuid import UUID

import pytest
from fabapi_core import parse_uuid, uuid_text
from fabapi_kittycad.models import ApiCallWithPrice
from fabapi_kittycad.types import UNSET
from hypothesis import given
from hypothesis import strategies as st

from tests.test_model_decoding import ID, TOKEN, record

OTHER = "7C9E6679-7425-40DE-944B-E07FC1F90AE7"


@pytest.mark.parametrize(
    "text",
    [ID, OTHER, UUID(ID).hex, UUID(ID).urn, f"{{{ID}}}", "０f8fad5b-d9cb-469f-a165-70867728950e"],
    ids=["canonical", "upper case", "hex", "urn", "braces", "full-width digit"],
)
def test_a_uuid_reads_as_the_uuid_its_text_names(text: str) -> None:
    call = ApiCallWithPrice.from_dict(record(id=text))
    assert not call.deviations
    assert type(call.id) is UUID and call.id == UUID(text) and call.id is call.id  # made once, then kept


@pytest.mark.parametrize(
    "text", [ID.replace("0", "g"), ID + "0", ID[:-1], ID.replace("-", "_"), ID[:-1] + "x", ""], ids=repr
)
def test_text_that_is_no_uuid_deviates_as_before(text: str) -> None:
    call = ApiCallWithPrice.from_dict(record(id=text))
    assert call.id is UNSET
    assert [(d.key, d.kind, d.value) for d in call.deviations] == [("id", "format", text)]
    assert call.to_dict()["id"] == text


def test_a_str_subclass_reads_as_a_uuid() -> None:
    class Text(str):
        __slots__ = ()

    call = ApiCallWithPrice.from_dict(record(token=Text(TOKEN)))
    assert type(call.token) is UUID and call.token == UUID(TOKEN)


def test_extras_are_the_fields_beyond_the_properties_in_order() -> None:
    body = {"z-first": 1, **record(), "vendor": {"a": [1]}, "seconds": 2}
    call = ApiCallWithPrice.from_dict(body)
    assert list(call.additional_properties.items()) == [("z-first", 1), ("vendor", {"a": [1]}), ("seconds", 2)]
    assert call["seconds"] == 2 and "vendor" in call and call.additional_keys == ["z-first", "vendor", "seconds"]
    body["late"] = True  # read once: the model's own dict from then on
    call["mine"] = 3
    assert "late" not in call.additional_properties and "mine" not in body
    assert ApiCallWithPrice.from_dict(record()).additional_properties == {}


def test_extras_can_be_replaced_before_they_are_read() -> None:
    call = ApiCallWithPrice.from_dict(record(extra=1))
    call.additional_properties = {"other": 2}
    assert call.additional_properties == {"other": 2} and call.to_dict()["other"] == 2 and "extra" not in call.to_dict()


def _built_at_once() -> ApiCallWithPrice:
    body = record(extra=[1])
    call = ApiCallWithPrice.from_dict({key: body[key] for key in body if key != "extra"})
    built = copy.copy(call)  # every attribute read: nothing left for later
    built.additional_properties = {"extra": [1]}
    return built


@pytest.mark.parametrize(
    "seen",
    [
        lambda call: call,
        repr,
        lambda call: call.to_dict(),
        lambda call: pickle.loads(pickle.dumps(call)),  # noqa: S301 - our own bytes
        copy.deepcopy,
    ],
    ids=["equality", "repr", "to_dict", "pickle", "deepcopy"],
)
def test_a_lazily_decoded_model_is_the_model_built_at_once(seen: Any) -> None:
    lazy = ApiCallWithPrice.from_dict(record(extra=[1]))
    assert seen(lazy) == seen(_built_at_once())


def test_a_model_built_by_hand_holds_what_it_was_given() -> None:
    call = ApiCallWithPrice(id=UUID(ID), email="maker@example.com")
    assert call.id == UUID(ID) and call.additional_properties == {}
    odd = ApiCallWithPrice(id="not a uuid")  # type: ignore[arg-type]  # what a caller may still do
    assert odd.id == "not a uuid"
    assert "UUID('" + ID + "')" in repr(ApiCallWithPrice.from_dict(record()))


@given(st.text(alphabet="0123456789abcdefABCDEFg-{}urnid: _+", min_size=30, max_size=40) | st.uuids().map(str))
def test_text_the_fast_path_keeps_is_text_uuid_reads_to_the_same_number(text: str) -> None:
    if uuid_text(text) is not None:
        assert UUID(text).int == parse_uuid(text).int == int(text.replace("-", ""), 16)
