"""The decoding helpers of generated models answer exactly what the code they replace answered."""

from __future__ import annotations

import collections
import datetime as dt
import pickle
import types
from collections.abc import Callable, Mapping
from typing import Any
from uuid import UUID, SafeUUID

import pytest
from fabapi_core import Properties, parse_datetime, parse_uuid
from hypothesis import given
from hypothesis import strategies as st

CANONICAL = "0f8fad5b-d9cb-469f-a165-70867728950e"


def _outcome(function: Callable[[Any], Any], value: Any) -> tuple[str, Any]:
    try:
        result = function(value)
    except Exception as error:
        return "raised", (type(error), str(error))
    return "returned", result


def _assert_same_as_uuid(value: Any) -> None:
    kind, expected = _outcome(UUID, value)
    got_kind, got = _outcome(parse_uuid, value)
    assert got_kind == kind, f"{value!r}: UUID() {kind} {expected!r}, parse_uuid {got_kind} {got!r}"
    if kind == "raised":
        assert got == expected
        return
    assert type(got) is UUID
    assert got == expected and hash(got) == hash(expected)
    assert str(got) == str(expected) and repr(got) == repr(expected)
    assert got.int == expected.int and got.is_safe is expected.is_safe is SafeUUID.unknown
    assert pickle.loads(pickle.dumps(got)) == expected  # noqa: S301 - our own bytes


@pytest.mark.parametrize(
    "value",
    [
        CANONICAL,
        CANONICAL.upper(),
        CANONICAL.replace("-", ""),
        f"{{{CANONICAL}}}",
        f"urn:uuid:{CANONICAL}",
        f"uuid:{CANONICAL}",
        "0f8fad5bd9cb-469f-a165-70867728950e--",  # dashes anywhere: UUID() drops them all
        "-0f8fad5b-d9cb-469f-a165-70867728950e",
        " f8fad5b-d9cb-469f-a165-70867728950e",  # int() skips the space
        "+f8fad5b-d9cb-469f-a165-70867728950e",  # and takes the sign
        "0_8fad5b-d9cb-469f-a165-70867728950e",  # and the underscore
        "0f8fad5b-d9cb-469f-a165-70867728950g",
        "0f8fad5b-d9cb-469f-a165-70867728950",
        "",
        "ffffffff-ffff-ffff-ffff-ffffffffffff",
        "00000000-0000-0000-0000-000000000000",
        "０f8fad5b-d9cb-469f-a165-70867728950e",  # a full-width digit, which int() reads
        None,
        12,
        b"0f8fad5bd9cb469fa16570867728950e",
        ["0f8fad5b-d9cb-469f-a165-70867728950e"],
    ],
)
def test_parse_uuid_is_uuid(value: Any) -> None:
    _assert_same_as_uuid(value)


def test_a_str_subclass_goes_to_uuid_itself() -> None:
    class Text(str):
        __slots__ = ()

    _assert_same_as_uuid(Text(CANONICAL))


@given(st.text(alphabet="0123456789abcdefABCDEFg-{}urnid: _+", max_size=48))
def test_parse_uuid_is_uuid_for_any_text(value: str) -> None:
    _assert_same_as_uuid(value)


@given(st.uuids())
def test_parse_uuid_reads_every_uuid(value: UUID) -> None:
    for text in (str(value), str(value).upper(), value.hex, value.urn, f"{{{value}}}"):
        _assert_same_as_uuid(text)


# -- date-times: RFC 3339 `date-time` -----------------------------------------------------------------

UTC = dt.UTC
RFC3339 = [
    ("2026-11-01T12:30:45Z", dt.datetime(2026, 11, 1, 12, 30, 45, tzinfo=UTC)),
    ("2026-11-01T12:30:45+00:00", dt.datetime(2026, 11, 1, 12, 30, 45, tzinfo=UTC)),
    ("2026-11-01T12:30:45-00:00", dt.datetime(2026, 11, 1, 12, 30, 45, tzinfo=UTC)),
    ("2026-11-01T12:30:45+05:30", dt.datetime(2026, 11, 1, 12, 30, 45, tzinfo=dt.timezone(dt.timedelta(hours=5.5)))),
    ("2026-11-01T12:30:45-08:00", dt.datetime(2026, 11, 1, 12, 30, 45, tzinfo=dt.timezone(dt.timedelta(hours=-8)))),
    ("2026-11-01T12:30:45.5Z", dt.datetime(2026, 11, 1, 12, 30, 45, 500000, tzinfo=UTC)),
    ("2026-11-01T12:30:45.123Z", dt.datetime(2026, 11, 1, 12, 30, 45, 123000, tzinfo=UTC)),
    ("2026-11-01T12:30:45.123456Z", dt.datetime(2026, 11, 1, 12, 30, 45, 123456, tzinfo=UTC)),
    ("2026-11-01T12:30:45.123456789Z", dt.datetime(2026, 11, 1, 12, 30, 45, 123456, tzinfo=UTC)),
    ("2026-11-01T12:30:45.000+01:00", dt.datetime(2026, 11, 1, 12, 30, 45, tzinfo=dt.timezone(dt.timedelta(hours=1)))),
    ("2026-11-01 12:30:45Z", dt.datetime(2026, 11, 1, 12, 30, 45, tzinfo=UTC)),  # RFC 3339 §5.6 NOTE
    ("1970-01-01T00:00:00Z", dt.datetime(1970, 1, 1, tzinfo=UTC)),
    ("2024-02-29T23:59:59.999999Z", dt.datetime(2024, 2, 29, 23, 59, 59, 999999, tzinfo=UTC)),
]


@pytest.mark.parametrize(("text", "expected"), RFC3339)
def test_every_rfc3339_date_time_form_is_read(text: str, expected: dt.datetime) -> None:
    parsed = parse_datetime(text)
    assert parsed == expected and parsed.utcoffset() == expected.utcoffset()
    # What the models used before: the same function, so the same answer and the same refusals.
    assert parsed == dt.datetime.fromisoformat(text)


@pytest.mark.parametrize("text", ["2026-13-01T00:00:00Z", "2026-11-01T24:30:45Z", "not a date", ""])
def test_what_is_no_date_time_is_refused(text: str) -> None:
    with pytest.raises(ValueError):
        parse_datetime(text)


# -- Properties.split: the copy popped one property at a time ------------------------------------------

UNSET = object()
REQUIRED = ("id", "name")
OPTIONAL = ("size", "created_at", "tags")


def _popped(src: Mapping[str, Any]) -> tuple[list[Any], dict[str, Any]]:
    """What the generated `from_dict` did before: `d = dict(src)`, then one `d.pop` per property."""
    d = dict(src)
    values = [d.pop(name) for name in REQUIRED]
    values += [d.pop(name, UNSET) for name in OPTIONAL]
    return values, d


def _split(src: Mapping[str, Any]) -> tuple[list[Any], dict[str, Any]]:
    values, rest = Properties(REQUIRED, OPTIONAL, UNSET).split(src)
    return list(values), rest


KEYS = st.sampled_from([*REQUIRED, *OPTIONAL, "extra", "other", "x-vendor"])
SOURCES = st.dictionaries(KEYS, st.none() | st.integers() | st.text(max_size=3), max_size=9)


@given(SOURCES)
def test_split_answers_what_the_pops_answered(src: dict[str, Any]) -> None:
    for mapping in (src, types.MappingProxyType(src), collections.OrderedDict(src)):
        expected, got = _outcome(_popped, mapping), _outcome(_split, mapping)
        assert got == expected
        if expected[0] == "returned":
            assert list(got[1][1]) == list(expected[1][1])  # additional properties keep their order


def test_split_leaves_the_source_alone_and_shares_no_rest() -> None:
    src = {"id": 1, "name": "a", "size": 2, "created_at": "t", "tags": [], "extra": True}
    values, rest = Properties(REQUIRED, OPTIONAL, UNSET).split(src)
    assert list(values) == [1, "a", 2, "t", []] and rest == {"extra": True}
    assert src == {"id": 1, "name": "a", "size": 2, "created_at": "t", "tags": [], "extra": True}
    rest["more"] = 1
    assert "more" not in src


def test_a_defaultdict_is_not_asked_for_what_it_lacks() -> None:
    src: collections.defaultdict[str, Any] = collections.defaultdict(lambda: "made up")
    src.update({"id": 1, "name": "a", "x": 1, "y": 2, "z": 3})
    assert _split(src) == _popped(src)
    assert set(src) == {"id", "name", "x", "y", "z"}


@pytest.mark.parametrize(("required", "optional"), [((), ()), (("id",), ()), ((), ("id",)), (("id", "n"), ())])
def test_split_of_few_properties(required: tuple[str, ...], optional: tuple[str, ...]) -> None:
    properties = Properties(required, optional, UNSET)
    for src in ({}, {"id": 1}, {"id": 1, "n": 2}, {"id": 1, "n": 2, "q": 3}, {"q": 3}):
        d = dict(src)
        try:
            expected: Any = ([d.pop(name) for name in required] + [d.pop(name, UNSET) for name in optional], d)
        except KeyError as error:
            with pytest.raises(KeyError) as raised:
                properties.split(src)
            assert raised.value.args == error.args
            continue
        values, rest = properties.split(src)
        assert (list(values), rest) == expected
