"""Reading untrusted JSON: every way hostile bytes can be wrong ends in one typed, named error."""

from __future__ import annotations

import json
import math
import pickle
import sys
from typing import Any

import pytest
from fabapi_core import (
    MAX_JSON_DEPTH,
    FabapiError,
    InvalidArgument,
    UntrustedJSONError,
    _json,
    loads_body,
    loads_untrusted,
)
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

# JSON values as json.loads returns them (finite floats only; every str is a valid key).
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(), children, max_size=4),
    max_leaves=30,
)


def _nested(depth: int, *, inner: str = "1") -> str:
    return "[" * depth + inner + "]" * depth


def _error(data: bytes | str, **options: Any) -> UntrustedJSONError:
    with pytest.raises(UntrustedJSONError) as caught:
        loads_untrusted(data, **options)
    return caught.value


def test_ordinary_json_from_bytes_or_text() -> None:
    body = {"id": 7, "name": "chair é", "tags": ["a", "[b]"], "price": 1.5, "ok": True, "none": None}
    assert loads_untrusted(json.dumps(body)) == body
    assert loads_untrusted(json.dumps(body, ensure_ascii=False).encode()) == body
    assert loads_untrusted(bytearray(b"[1, 2]")) == [1, 2]
    assert loads_untrusted(b"\xef\xbb\xbf{}") == {}  # a byte order mark is ignored, as RFC 8259 allows


def test_the_error_is_a_fabapi_error_and_a_value_error_and_pickles() -> None:
    error = _error(b"{")
    assert isinstance(error, FabapiError) and isinstance(error, ValueError)
    copy = pickle.loads(pickle.dumps(error))  # noqa: S301 - our own object, round-tripped
    assert (copy.reason, copy.position, str(copy)) == (error.reason, error.position, str(error))


def test_bytes_that_are_not_utf8_name_the_byte() -> None:
    error = _error(b'{"a": "\xff"}')
    assert (error.reason, error.position) == ("encoding", 7)
    assert "not UTF-8" in str(error) and "byte 7" in str(error)
    assert _error('"x"'.encode("utf-16")).reason == "encoding"


@pytest.mark.parametrize(("text", "position"), [("", 0), ("{", 1), ('{"a" 1}', 5), ("[1,]", None), ("1 2", 2)])
def test_text_that_is_not_json_names_the_position(text: str, position: int | None) -> None:
    if position is None:  # where a trailing comma is reported changed in Python 3.13: the decoder's own word
        with pytest.raises(json.JSONDecodeError) as stdlib:
            json.loads(text)
        position = stdlib.value.pos
    error = _error(text)
    assert (error.reason, error.position) == ("syntax", position)
    assert f"(char {position})" in str(error)


def test_the_message_never_quotes_the_input() -> None:
    assert "s3cr3t" not in str(_error(b'{"token": "s3cr3t" oops}'))
    assert "s3cr3t" not in str(_error(b'{"token": "s3cr3t\xff"}'))


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_the_non_json_constants_are_refused(constant: str) -> None:
    error = _error(f'{{"t": {constant}}}')
    assert error.reason == "constant" and constant in str(error)


@pytest.mark.parametrize("number", ["1e999", "-1e999", "2e308", "2E+0308", "9" * 309 + ".0", "9" * 210 + "e99"])
def test_a_number_that_overflows_a_float_is_refused(number: str) -> None:
    assert _error(f"[{number}]").reason == "number"


@pytest.mark.parametrize("number", ["1e308", "1e-999", "1" * 308 + ".5", "1" * 209 + "e99", "9" * 400])
def test_a_large_number_that_fits_is_read(number: str) -> None:
    assert loads_untrusted(f"[{number}]") == json.loads(f"[{number}]")


NUMBERS = st.builds(
    "{}{}{}{}".format,
    st.sampled_from(["", "-"]),
    st.from_regex(r"\A(0|[1-9][0-9]{0,320})\Z"),
    st.sampled_from(["", ".5", ".000123"]),
    st.one_of(st.just(""), st.from_regex(r"\A[eE][+-]?0{0,3}[0-9]{1,4}\Z")),
)


@given(NUMBERS)
def test_a_number_is_refused_exactly_when_it_overflows_a_float(number: str) -> None:
    text = f'{{"n": {number}, "s": "e999 {"9" * 300}"}}'
    if math.isinf(float(number)):
        assert _error(text).reason == "number"
    else:
        assert loads_untrusted(text) == json.loads(text)


def test_an_integer_with_too_many_digits_is_refused() -> None:
    limit = sys.get_int_max_str_digits()
    assert loads_untrusted("9" * limit) == int("9" * limit)
    error = _error(b'{"id": ' + b"7" * (limit + 1) + b"}")
    assert error.reason == "number" and f"more than {limit} digits" in str(error)


def test_nesting_up_to_the_limit_is_read_and_deeper_is_refused() -> None:
    assert loads_untrusted(_nested(MAX_JSON_DEPTH)) == json.loads(_nested(MAX_JSON_DEPTH))
    error = _error(_nested(MAX_JSON_DEPTH + 1))
    assert error.reason == "depth" and str(MAX_JSON_DEPTH) in str(error)
    # Far beyond the recursion limit: still the same typed error, not a RecursionError.
    assert _error(b"[" * 200_000 + b"]" * 200_000).reason == "depth"
    assert _error(b'{"a":' * 200_000).reason in {"depth", "syntax"}


def test_brackets_inside_strings_do_not_count_as_nesting() -> None:
    deep_text = json.dumps(["[" * 1000 + "{" * 1000, {"k]": "]}"}])
    assert loads_untrusted(deep_text, max_depth=2)[1] == {"k]": "]}"}
    escaped = json.dumps(["\\" + '"[[[[', "\\"])  # escaped quotes and backslashes around brackets
    assert loads_untrusted(escaped, max_depth=1) == json.loads(escaped)


def test_many_shallow_containers_are_not_too_deep() -> None:
    wide = json.dumps([{"a": [1]} for _ in range(MAX_JSON_DEPTH * 4)])
    assert len(loads_untrusted(wide)) == MAX_JSON_DEPTH * 4


@pytest.mark.parametrize("bad", [0, -1, True, 2.5, "3"])
def test_a_bad_depth_limit_or_input_type_is_an_invalid_argument(bad: Any) -> None:
    with pytest.raises(InvalidArgument, match="max_depth"):
        loads_untrusted("[]", max_depth=bad)
    with pytest.raises(InvalidArgument, match="bytes or str"):
        loads_untrusted(12)  # type: ignore[arg-type]


@given(JSON_VALUES)
def test_every_json_value_reads_back_the_same(value: Any) -> None:
    text = json.dumps(value)
    assert loads_untrusted(text) == value
    assert loads_untrusted(text.encode("utf-8", "surrogatepass")) == json.loads(text)


@given(st.integers(min_value=1, max_value=40), st.integers(min_value=1, max_value=40), st.data())
def test_the_depth_limit_is_exact(depth: int, limit: int, data: st.DataObject) -> None:
    opener = data.draw(st.lists(st.sampled_from(["[", '{"[k{":']), min_size=depth, max_size=depth))
    closer = "".join("]" if part == "[" else "}" for part in reversed(opener))
    text = "".join(opener) + '"]][[{"' + closer
    if depth <= limit:
        assert loads_untrusted(text, max_depth=limit) == json.loads(text)
    else:
        assert _error(text, max_depth=limit).reason == "depth"


def _depth(value: Any) -> int:
    if isinstance(value, list):
        return 1 + max(map(_depth, value), default=0)
    if isinstance(value, dict):
        return 1 + max(map(_depth, value.values()), default=0)
    return 0


@given(st.one_of(st.binary(), st.text(), st.text(alphabet='[]{}",:0123456789.eE+-\\ntrufalsNIiy ')))
def test_arbitrary_input_is_a_value_or_the_typed_error(data: bytes | str) -> None:
    try:
        value = loads_untrusted(data, max_depth=3)
    except UntrustedJSONError as error:
        assert error.reason in {"encoding", "syntax", "depth", "number", "constant"}
        return
    # Whatever was accepted is what json.loads reads, finite, and within the limit.
    assert value == json.loads(data)
    assert _depth(value) <= 3
    assert not any(isinstance(x, float) and not math.isfinite(x) for x in _leaves(value))


def _leaves(value: Any) -> list[Any]:
    if isinstance(value, list):
        return [leaf for item in value for leaf in _leaves(item)]
    if isinstance(value, dict):
        return [leaf for item in value.values() for leaf in _leaves(item)]
    return [value]


# -- loads_body: an answer's body, read as json.loads reads it, refused with the same typed error --


# Integers past every fixed width (2**64 and up are where a fast parser may turn to floats).
BODY_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.integers(min_value=2**63 - 2, max_value=2**70)
    | st.integers(min_value=-(2**70), max_value=-(2**63) + 2)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(), children, max_size=4),
    max_leaves=30,
)


@pytest.fixture(params=["fast parser", "json.loads only"])
def parser(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """loads_body as installed (msgspec first) and as without msgspec: both must read as json.loads does."""
    if request.param == "fast parser":
        assert _json._fast_loads is not None, "msgspec is a dependency of fabapi-core on CPython"
    else:
        monkeypatch.setattr(_json, "_fast_loads", None)
    return str(request.param)


def _exactly(value: Any) -> list[tuple[str, Any]]:
    """`value` with every type spelled out: 1, 1.0 and True differ, so do 0.0 and -0.0, and key order.

    A flat list of tokens, containers first with their sizes, built without recursion: where json.loads
    reads deep nesting (Python 3.13's C limit is not the interpreter's), a recursive walk would not."""
    tokens: list[tuple[str, Any]] = []
    pending: list[Any] = [value]
    while pending:
        item = pending.pop()
        if isinstance(item, dict):
            tokens.append(("dict", len(item)))
            for key, child in reversed(list(item.items())):
                pending += [child, ("key", key)]  # a tuple is never a JSON value: the key's marker
        elif isinstance(item, list):
            tokens.append(("list", len(item)))
            pending += reversed(item)
        elif isinstance(item, tuple):
            tokens.append(item)
        else:
            tokens.append((type(item).__name__, repr(item)))
    return tokens


def _read_by_json_loads(raw: bytes | str) -> Any:
    try:
        return ("value", _exactly(json.loads(raw)))
    except (ValueError, RecursionError) as error:
        return ("refused", _json._refusal(error, None).reason)


def _read_by_loads_body(raw: bytes | str) -> Any:
    try:
        return ("value", _exactly(loads_body(raw)))
    except UntrustedJSONError as error:
        return ("refused", error.reason)


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(BODY_VALUES, st.booleans())
def test_a_body_reads_as_json_loads_reads_it(parser: str, value: Any, ascii_only: bool) -> None:
    text = json.dumps(value, ensure_ascii=ascii_only)
    raw = text.encode("utf-8", "surrogatepass")
    assert _read_by_loads_body(raw) == _read_by_json_loads(raw)
    assert _read_by_loads_body(text) == _read_by_json_loads(text)


@pytest.mark.parametrize(
    "raw",
    [
        b"18446744073709551616",
        b'{"id": 123456789012345678901234567890123}',
        b"-9223372036854775809",
        rb'"\ud800 lone surrogate \udfff"',
        '"\ud800"',
        b'\xef\xbb\xbf{"bom": true}',
        b"NaN",
        b"[Infinity, -Infinity]",
        b"1e400",
        b"-0",
        b"-0.0",
        b"1E2",
        b"2.4703282292062328e-324",
        b"1.7976931348623157e308",
        b'{"a": 1, "a": 2}',
        rb'"\u0000\n\u00e9"',
        b"7" * 5000,
        b"[" * 990 + b"]" * 990,
        b"[1,]",
        b"  ",
    ],
    ids=[
        "2**64", "a 33-digit id", "below int64", "escaped lone surrogates", "lone surrogate in text", "BOM",
        "NaN", "infinities", "1e400", "-0", "-0.0", "exponent", "smallest subnormal", "largest float",
        "duplicate keys", "escapes", "5000 digits", "990 deep", "trailing comma", "blank",
    ],
)  # fmt: skip
def test_edge_bodies_read_as_json_loads_reads_them(parser: str, raw: bytes | str) -> None:
    assert _read_by_loads_body(raw) == _read_by_json_loads(raw)


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.one_of(st.binary(), st.text(), st.text(alphabet='[]{}",:0123456789.eE+-\\ntrufalsNIiy \ufeff')))
def test_any_body_reads_as_json_loads_reads_it_or_is_refused_alike(parser: str, raw: bytes | str) -> None:
    assert _read_by_loads_body(raw) == _read_by_json_loads(raw)


@pytest.mark.parametrize(
    ("raw", "reason", "named"),
    [
        (b'{"n": 1' + b"7" * 5000 + b"}", "number", f"more than {sys.get_int_max_str_digits()} digits"),
        (b"[" * 100_000 + b"]" * 100_000, "depth", "nested too deeply"),
        (b'{"name": "\xff\xfe"}', "encoding", "not UTF-8"),
        (b"<html>a proxy</html>", "syntax", "not JSON"),
    ],
    ids=["5000-digit number", "deep nesting", "invalid UTF-8", "not JSON"],
)
def test_an_unusable_body_is_the_typed_error_naming_why(raw: bytes, reason: str, named: str) -> None:
    with pytest.raises(UntrustedJSONError) as caught:
        loads_body(raw)
    assert caught.value.reason == reason and named in str(caught.value)
    assert "7777" not in str(caught.value) and "html" not in str(caught.value)  # the body is never quoted
