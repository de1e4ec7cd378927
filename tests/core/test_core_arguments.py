"""Values that cannot go on the wire are refused by `check_arguments` before anything is sent.

NaN and the infinities (httpx writes them into JSON as the invalid literals `NaN`/`Infinity`, into a
query as `nan`), integers too large for the float a parameter is converted to or for the width its
schema declares, text with lone surrogates (no encoder takes it), and None for a parameter that is
not nullable; inside a request body, the error names the JSON path of the value.
"""

from __future__ import annotations

import enum
from typing import Any

import httpx
import pytest
from fabapi_cloudslicer import CloudSlicer
from fabapi_cloudslicer.models.printer_config import PrinterConfig
from fabapi_cloudslicer.models.quote_request import QuoteRequest
from fabapi_core import InvalidArgument
from fabapi_core._arguments import check_arguments

NOT_FINITE = [float("nan"), float("inf"), float("-inf")]
SURROGATES = ["\ud800", "ok\udfffok"]


class Unset:
    """Stands in for a generated package's `Unset` (recognized by its name)."""


UNSET = Unset()


class Layer:
    """A body model: `to_dict` is all the check reads."""

    def __init__(self, height: object, name: object = "base") -> None:
        self.height = height
        self.name = name

    def to_dict(self) -> dict[str, Any]:
        return {"layer_height": self.height, "name": self.name}


class Job:
    def __init__(self, printer: Layer, layers: list[Layer], extra: dict[str, Any] | None = None) -> None:
        self.printer, self.layers, self.extra = printer, layers, extra or {}

    def to_dict(self) -> dict[str, Any]:
        return {
            "printer_config": self.printer.to_dict(),
            "layers": [layer.to_dict() for layer in self.layers],
            **self.extra,
        }


def _operation(
    uuid_: str,
    *,
    value: float | Unset = UNSET,
    page_size: int | Unset = UNSET,
    tags: list[str] | Unset = UNSET,
    note: str | Unset | None = UNSET,
    body: Job | Unset = UNSET,
) -> None:
    """Stands in for a generated operation function: only its annotations matter here."""


def _check(constraints: dict[str, dict[str, Any]] | None = None, **arguments: Any) -> dict[str, Any]:
    return check_arguments(_operation, {"uuid_": "abc", **arguments}, {"uuid_": "uuid", "value": "amount"}, constraints)


def _refused(constraints: dict[str, dict[str, Any]] | None = None, **arguments: Any) -> InvalidArgument:
    with pytest.raises(InvalidArgument) as caught:
        _check(constraints, **arguments)
    return caught.value


@pytest.mark.parametrize("value", NOT_FINITE, ids=repr)
def test_non_finite_numbers_are_refused_by_the_name_the_user_wrote(value: float) -> None:
    refused = _refused(value=value)
    assert refused.argument == "amount"
    assert "finite" in str(refused)


def test_an_integer_too_large_for_a_float_parameter_is_refused_not_an_overflow_error() -> None:
    refused = _refused(value=10**400)
    assert refused.argument == "amount"
    assert "too large" in str(refused)


@pytest.mark.parametrize(
    ("width", "largest", "smallest"),
    [("int32", 2**31 - 1, -(2**31)), ("int64", 2**63 - 1, -(2**63)), ("uint32", 2**32 - 1, 0)],
)
def test_integers_must_fit_the_width_their_schema_declares(width: str, largest: int, smallest: int) -> None:
    rules = {"page_size": {"format": width}}
    assert _check(rules, page_size=largest)["page_size"] == largest
    assert _check(rules, page_size=smallest)["page_size"] == smallest
    for value in (largest + 1, smallest - 1, 10**400):
        refused = _refused(rules, page_size=value)
        assert refused.argument == "page_size"
        assert width in str(refused)


def test_a_format_that_is_no_integer_width_limits_nothing() -> None:
    assert _check({"page_size": {"format": "uuid"}}, page_size=10**30)["page_size"] == 10**30


@pytest.mark.parametrize("text", SURROGATES, ids=repr)
def test_text_with_a_lone_surrogate_is_refused_without_being_echoed(text: str) -> None:
    refused = _refused(uuid_=text)
    assert refused.argument == "uuid"
    assert "surrogate" in str(refused)
    assert "ok" not in str(refused)


def test_an_item_of_a_list_parameter_is_named_with_its_index() -> None:
    assert _refused(tags=["a", "b\ud800"]).argument == "tags[1]"


def test_none_is_refused_where_the_parameter_is_not_nullable_and_kept_where_it_is() -> None:
    assert _refused(page_size=None).argument == "page_size"
    assert _refused(uuid_=None).argument == "uuid"
    assert _check(note=None)["note"] is None


@pytest.mark.parametrize("value", NOT_FINITE, ids=repr)
def test_a_non_finite_number_inside_a_body_is_named_by_its_json_path(value: float) -> None:
    refused = _refused(body=Job(Layer(value), []))
    assert refused.argument == "body.printer_config.layer_height"
    assert "JSON" in str(refused)
    refused = _refused(body=Job(Layer(0.2), [Layer(0.2), Layer(value)]))
    assert refused.argument == "body.layers[1].layer_height"


def test_text_a_body_cannot_encode_is_named_by_its_json_path() -> None:
    assert _refused(body=Job(Layer(0.2, "\ud800"), [])).argument == "body.printer_config.name"
    assert _refused(body=Job(Layer(0.2), [], {"\udc00": 1})).argument == "body"


def test_a_body_nested_deeper_than_json_can_be_written_is_refused_not_a_recursion_error() -> None:
    deep: dict[str, Any] = {}
    node = deep
    for _ in range(100_000):
        node["next"] = {}
        node = node["next"]
    refused = _refused(body=Job(Layer(0.2), [], {"deep": deep}))
    assert refused.argument.startswith("body.deep.next")
    assert "nested" in str(refused)


def test_sendable_values_pass_unchanged() -> None:
    job = Job(Layer(0.2, "Ünï ✓ 𝔘"), [Layer(1e308)], {"ratio": -0.0, "big": 10**400})
    checked = _check(value=2, tags=["x", "ÿ"], body=job)
    assert checked["value"] == 2.0 and isinstance(checked["value"], float)
    assert checked["body"] is job


def _recording() -> tuple[list[httpx.Request], httpx.MockTransport]:
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(500)

    return sent, httpx.MockTransport(answer)


@pytest.mark.parametrize("value", NOT_FINITE, ids=repr)
def test_a_generated_json_body_with_nan_never_leaves_the_machine(value: float) -> None:
    sent, transport = _recording()
    request = QuoteRequest(printer_config=PrinterConfig(layer_height=value))
    with CloudSlicer("token", transport=transport) as slicer, pytest.raises(InvalidArgument) as caught:
        slicer.quotes.create("file-1", body=request)
    assert caught.value.argument == "body.printer_config.layer_height"
    assert not sent


class Colour(enum.Enum):
    RED = "red"
    BLUE = "blue"


def _listing(colours: list[Colour] | Unset = UNSET, sizes: list[int] | Unset = UNSET) -> None:
    """A generated function with list parameters: it reads `.value` of every item."""


def test_the_items_of_a_list_parameter_are_checked_and_coerced_like_a_single_value() -> None:
    checked = check_arguments(_listing, {"colours": ["red", Colour.BLUE], "sizes": [1, 2]}, {})
    assert checked == {"colours": [Colour.RED, Colour.BLUE], "sizes": [1, 2]}


@pytest.mark.parametrize(
    ("arguments", "named"),
    [({"colours": ["red", "green"]}, "colours[1]"), ({"sizes": [1, "2"]}, "sizes[1]"), ({"sizes": [True]}, "sizes[0]")],
)
def test_a_list_item_of_the_wrong_kind_is_refused_not_an_attribute_error(arguments: dict[str, Any], named: str) -> None:
    with pytest.raises(InvalidArgument) as caught:
        check_arguments(_listing, arguments, {})
    assert caught.value.argument == named
    assert "must be Colour (one of 'red', 'blue')" in str(caught.value) or "must be int" in str(caught.value)


def test_a_list_of_the_wrong_kind_is_described_by_its_items() -> None:
    with pytest.raises(InvalidArgument, match="must be a list of Colour") as caught:
        check_arguments(_listing, {"colours": "red"}, {})
    assert caught.value.argument == "colours"
