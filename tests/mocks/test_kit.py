"""The shared mock kit: where its JSON reader and URL check draw their lines."""

from __future__ import annotations

import pytest
from starlette.requests import Request

from conformance.mocks import kit
from conformance.mocks.kit.wire import url_problem

DEFAULT = kit.JsonRules()


def _request(body: bytes, content_type: str | None = "application/json") -> Request:
    headers = [(b"content-type", content_type.encode())] if content_type is not None else []
    sent = False

    async def receive() -> dict[str, object]:
        nonlocal sent
        if sent:
            return {"type": "http.disconnect"}
        sent = True
        return {"type": "http.request", "body": body, "more_body": False}

    return Request({"type": "http", "method": "POST", "headers": headers, "query_string": b""}, receive)


async def _kind(body: bytes, content_type: str | None = "application/json", rules: kit.JsonRules = DEFAULT) -> str:
    with pytest.raises(kit.Malformed) as refused:
        await kit.read_json(_request(body, content_type), rules)
    return refused.value.problem.kind


async def test_reads_json_within_the_limits() -> None:
    rules = kit.JsonRules(max_depth=3, max_digits=5)
    body = b'{"a": [[-99999, 1.5e300]], "b": "\\ud83d\\ude00"}'
    assert await kit.read_json(_request(body), rules) == {"a": [[-99999, 1.5e300]], "b": "\U0001f600"}
    assert await kit.read_json(_request(b"[]", "application/problem+json; charset=UTF-8")) == []


async def test_nesting_digits_and_numbers_past_the_limits_are_refused() -> None:
    rules = kit.JsonRules(max_depth=3, max_digits=5)
    assert await _kind(b"[[[[]]]]", rules=rules) == "depth"
    assert await _kind(b"[" * 100_000, rules=rules) == "depth"  # deeper than the parser's own limit
    assert await _kind(b"[100000]", rules=rules) == "digits"
    assert await _kind(b'{"a": -100000}', rules=rules) == "digits"
    assert await _kind(b"1" * 5000) == "syntax"  # past even Python's int limit: the parser refuses it
    assert await _kind(b'{"a": 1e400}') == "number"


@pytest.mark.parametrize(
    "body",
    [b'{"a": NaN}', b"[Infinity]", b'{"a": "\\ud800"}', b'{"a": "\xff"}', b"\xef\xbb\xbf{}", b"{} {}", b"{"],
    ids=["NaN", "Infinity", "lone surrogate", "not UTF-8", "BOM", "trailing", "truncated"],
)
async def test_what_no_strict_parser_takes_is_a_syntax_problem(body: bytes) -> None:
    assert await _kind(body) == "syntax"


async def test_the_content_type_must_name_json() -> None:
    assert await _kind(b"{}", "text/plain") == "media_type"
    assert await _kind(b"{}", "application/json; charset=latin-1") == "media_type"
    assert await _kind(b"{}", None, kit.JsonRules(untyped_is_json=False)) == "media_type"
    assert await kit.read_json(_request(b"{}", None)) == {}
    assert await _kind(b" \n", "application/json") == "missing"


def test_url_escapes_must_be_utf8() -> None:
    def scope(raw_path: bytes, query: bytes) -> dict[str, object]:
        return {"type": "http", "raw_path": raw_path, "query_string": query}

    assert url_problem(scope(b"/a/%C3%A9", b"q=%E2%82%AC&r=+%25")) is None
    refused = url_problem(scope(b"/a/%FF", b""))
    assert refused is not None and refused.where == ("path",)
    refused = url_problem(scope(b"/a", b"ok=1&bad%5B%5D=%C3"))
    assert refused is not None and refused.where == ("query", "bad[]")
