"""The reality corpus (`conformance/corpus/`) through the real clients: bodies real servers sent.

Each corpus body is served, with its status, through an `httpx.MockTransport` to the vendor's entry
client, and its operation is called through the generated resource method:

- a 2xx answer decodes without raising in tolerant mode, gives every received value back
  (`to_dict`), and its deviations are exactly the file's `strict_deviations`; in strict mode it
  raises `UnexpectedResponse` naming the first of them (and how many more), or decodes when there
  are none;
- an error answer raises the vendor's `APIError` carrying the body, in both modes.

And the corpus holds every answer example the curated specs carry (the vendors' own, repaired where
they were no JSON), so an example added to a spec without its corpus file fails here.
"""

from __future__ import annotations

import json
import warnings
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import httpx
import pytest
from fabapi_core import APIError, SchemaDeviationWarning, UnexpectedResponse, located
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conformance.corpus import CorpusEntry, CorpusError, ExpectedDeviation, load_corpus, load_entry
from tests.spec_strategies import (
    Operation,
    arguments,
    bound_method,
    curated_spec,
    entry_client,
    first_page,
    installed_vendors,
    jsonable,
    normalized,
    operations,
    path_pattern,
    resolve,
)

ENTRIES = load_corpus()
VENDORS = {vendor.key for vendor in installed_vendors()}


def _operation(entry: CorpusEntry) -> Operation:
    for operation in operations(entry.vendor):
        if operation.http_method.upper() == entry.method and operation.path == entry.path:
            return operation
    raise AssertionError(f"{entry}: {entry.operation} is no operation of the {entry.vendor} spec")


class _Server:
    """Answers the entry's operation with its body; any other request is a finding."""

    def __init__(self, entry: CorpusEntry, operation: Operation) -> None:
        self.entry, self.pattern = entry, path_pattern(entry.vendor, operation)
        self.calls = 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if request.method != self.entry.method or not self.pattern.fullmatch(request.url.path):
            raise AssertionError(f"{self.entry}: the client sent {request.method} {request.url.path}")
        self.calls += 1
        return httpx.Response(self.entry.status, json=self.entry.body)


def test_the_corpus_covers_every_installed_vendor_it_names() -> None:
    assert {entry.vendor for entry in ENTRIES} <= VENDORS
    assert {"eiger", "kaedim", "kittycad", "threeyourmind"} <= {entry.vendor for entry in ENTRIES}


@pytest.mark.parametrize("entry", ENTRIES, ids=str)
@settings(max_examples=1, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_a_real_body_decodes_tolerantly_and_strict_names_exactly_its_deviations(
    entry: CorpusEntry, data: st.DataObject
) -> None:
    operation = _operation(entry)
    server = _Server(entry, operation)
    with entry_client(entry.vendor, httpx.MockTransport(server)) as strict:
        tolerant = strict.with_options(strict=False)
        kwargs = data.draw(arguments(operation, bound_method(strict, operation)), label="arguments")
        if not 200 <= entry.status < 300:
            for client in (tolerant, strict):
                with pytest.raises(APIError) as caught:
                    first_page(bound_method(client, operation)(**kwargs))
                assert caught.value.status_code == entry.status
                assert normalized(jsonable(caught.value.body)) == normalized(entry.body), "the error lost the body"
            return
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", SchemaDeviationWarning)
            parsed = first_page(bound_method(tolerant, operation)(**kwargs))
        assert normalized(jsonable(parsed)) == normalized(entry.body), "a received value was lost"
        found = [ExpectedDeviation(path, item.kind) for path, item in located(parsed)]
        assert found == list(entry.strict_deviations)
        if not entry.strict_deviations:
            assert normalized(jsonable(first_page(bound_method(strict, operation)(**kwargs)))) == normalized(entry.body)
            return
        with pytest.raises(UnexpectedResponse) as caught:
            first_page(bound_method(strict, operation)(**kwargs))
        first, more = entry.strict_deviations[0], len(entry.strict_deviations) - 1
        message = str(caught.value)
        assert f"does not match the schema at {first.json_path} ({first.kind})" in message
        assert (f"(and {more} more)" in message) == (more > 0)
    assert server.calls >= 2


# -- every example the specs carry is in the corpus ---------------------------------------------------


def _answer_examples(spec: Mapping[str, Any]) -> Iterator[tuple[str, str, str, Any]]:
    """(method, path, status, example) of every answer example written in an operation itself."""
    for path, item in spec.get("paths", {}).items():
        for method, operation in item.items():
            if not isinstance(operation, Mapping) or "responses" not in operation:
                continue
            for status, response in operation["responses"].items():
                if "$ref" in response:
                    continue  # a shared response: its example is checked once, below
                for media in dict(response.get("content", {})).values():
                    yield from ((method.upper(), path, str(status), value) for value in _values(media))


def _values(media: Any) -> Iterator[Any]:
    if isinstance(media, Mapping):
        if "example" in media:
            yield media["example"]
        for named in dict(media.get("examples", {})).values():
            if isinstance(named, Mapping) and "value" in named:
                yield named["value"]


def _covers(entry: CorpusEntry, method: str, path: str, status: str, body: Any) -> bool:
    code = str(entry.status)
    same_status = code == status or (status[1:].upper() == "XX" and code[0] == status[0])
    return (entry.method, entry.path) == (method, path) and same_status and entry.body == body


@pytest.mark.parametrize("vendor", sorted(VENDORS))
def test_every_answer_example_of_a_spec_is_in_the_corpus(vendor: str) -> None:
    spec = curated_spec(vendor)
    mine = [entry for entry in ENTRIES if entry.vendor == vendor]
    missing = [
        f"{method} {path} {status}"
        for method, path, status, body in _answer_examples(spec)
        if not any(_covers(entry, method, path, status, body) for entry in mine)
    ]
    for name, response in spec.get("components", {}).get("responses", {}).items():
        for media in dict(resolve(spec, response).get("content", {})).values():
            missing += [f"components.responses.{name}" for v in _values(media) if all(e.body != v for e in mine)]
    assert missing == [], f"answer examples without a corpus file in conformance/corpus/{vendor}/"


@pytest.mark.parametrize(
    ("vendor", "seed", "count"),
    [
        # Eiger's seed (its OpenAPI document) and Cloud Slicer's page show no answer bodies.
        # The eleven answer examples of Kaedim's Web API page.
        ("kaedim", "003_bf90f8eb385f7c8a.txt", 11),
        # The 57 example answers of KittyCAD's reference page (the 58th, GET /, shows no body).
        ("kittycad", "000_9e4135b31eb3ed8d.txt", 57),
        # The 175 response samples of 3YOURMIND's page, less the 12 it repeats under a second section.
        ("threeyourmind", "001_b5630d79c1f9cda3.txt", 163),
    ],
)
def test_the_seeds_answer_examples_are_all_there(vendor: str, seed: str, count: int) -> None:
    # Each cited by the seed's file name, one file per example (the seeds stay outside the product).
    cited = [entry for entry in ENTRIES if entry.vendor == vendor and entry.name.startswith("seed-")]
    assert all(seed in entry.source for entry in cited)
    assert len(cited) == len({json.dumps(entry.body, sort_keys=True) + entry.operation for entry in cited}) == count


def test_every_file_says_where_it_comes_from_without_a_machines_path() -> None:
    for entry in ENTRIES:
        text = entry.source + entry.note
        assert "/work/" not in text and "../shared" not in text and not text.startswith("/"), entry


# -- the format ------------------------------------------------------------------------------------------

GOOD = 'operation: GET /things\nstatus: 200\nsource: a public dump\nbody: {"a": 1}\nstrict_deviations: []\n'


def _file(tmp_path: Path, text: str) -> Path:
    folder = tmp_path / "acme"
    folder.mkdir()
    path = folder / "one.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_good_file_reads_as_its_entry(tmp_path: Path) -> None:
    entry = load_entry(_file(tmp_path, GOOD))
    assert (entry.vendor, entry.name, entry.operation, entry.status, entry.body) == (
        "acme",
        "one",
        "GET /things",
        200,
        {"a": 1},
    )


@pytest.mark.parametrize(
    ("text", "named"),
    [
        (GOOD + "extra: 1\n", "unknown key(s) ['extra']"),
        (GOOD.replace("source: a public dump\n", ""), "missing key(s) ['source']"),
        (GOOD.replace("GET /things", "fetch things"), "is not 'METHOD /path'"),
        (GOOD.replace("status: 200", "status: '200'"), "is not an HTTP status code"),
        (GOOD.replace('{"a": 1}', "{a: 2024-05-01T10:00:00Z}"), "$.a: 2024-05-01"),
        (GOOD.replace("[]", '[{json_path: "$.a", kind: "odd"}]'), "kind 'odd' is not one of"),
        (GOOD.replace("[]", '[{json_path: "a", kind: "null"}]'), "is no JSON path from $"),
        (GOOD + "body: {}\n", "duplicate key 'body'"),
    ],
    ids=["unknown key", "no source", "bad operation", "status as text", "unquoted date", "bad kind", "bad path", "dup"],
)
def test_a_bad_file_is_a_corpus_error_naming_the_fault(tmp_path: Path, text: str, named: str) -> None:
    with pytest.raises(CorpusError) as caught:
        load_entry(_file(tmp_path, text))
    assert named in str(caught.value)
    assert str(tmp_path) not in str(caught.value)  # the file is named, never this machine's path to it


def test_bodies_are_json(tmp_path: Path) -> None:
    # What the corpus holds is what a server sent: JSON, byte for byte once serialized.
    for entry in ENTRIES:
        assert json.loads(json.dumps(entry.body)) == entry.body
