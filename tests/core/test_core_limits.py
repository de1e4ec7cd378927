"""A parameter's schema limits are checked before a request is sent, naming the argument."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from fabapi_3yourmind import ThreeYourMind
from fabapi_core import InvalidArgument
from fabapi_core._arguments import check_arguments
from fabapi_eiger import Eiger

PAGE_SIZE = {"minimum": 10, "maximum": 100, "multipleOf": 5}
ORDERING = {"pattern": r"^-?\w+(,-?\w+)*$"}


def _operation(page_size: float | None = None, ordering: str | None = None, tags: list[str] | None = None) -> None:
    """Stands in for a generated operation function: only its annotations matter here."""


def _check(constraints: dict[str, dict[str, Any]], **arguments: Any) -> dict[str, Any]:
    return check_arguments(_operation, arguments, {"page_size": "pageSize"}, constraints)


@pytest.mark.parametrize("size", [10, 15, 55, 100])
def test_values_inside_the_limits_pass_unchanged(size: int) -> None:
    assert _check({"page_size": PAGE_SIZE}, page_size=size) == {"page_size": size}


@pytest.mark.parametrize(
    ("size", "phrase"),
    [(5, "between 10 and 100"), (105, "between 10 and 100"), (12, "a multiple of 5"), (0, "between 10 and 100")],
)
def test_a_number_outside_the_limits_is_refused_by_its_user_facing_name(size: int, phrase: str) -> None:
    with pytest.raises(InvalidArgument) as caught:
        _check({"page_size": PAGE_SIZE}, page_size=size)
    assert caught.value.argument == "pageSize"
    assert phrase in str(caught.value)
    assert str(size) in str(caught.value)


def test_a_single_bound_is_named_alone() -> None:
    with pytest.raises(InvalidArgument, match="must be at least 10, got 5"):
        _check({"page_size": {"minimum": 10}}, page_size=5)
    with pytest.raises(InvalidArgument, match="must be at most 100, got 105"):
        _check({"page_size": {"maximum": 100}}, page_size=105)


def test_patterns_are_searched_as_json_schema_says() -> None:
    assert _check({"ordering": ORDERING}, ordering="-created,title")["ordering"] == "-created,title"
    with pytest.raises(InvalidArgument, match="must match the pattern"):
        _check({"ordering": ORDERING}, ordering="created, title")
    # Unanchored: a pattern without ^...$ is found anywhere in the value.
    assert _check({"ordering": {"pattern": r"\d"}}, ordering="a1b")["ordering"] == "a1b"


def test_lengths_and_item_counts() -> None:
    with pytest.raises(InvalidArgument, match="at least 1 characters"):
        _check({"ordering": {"minLength": 1}}, ordering="")
    with pytest.raises(InvalidArgument, match="at most 2 items"):
        _check({"tags": {"maxItems": 2}}, tags=["a", "b", "c"])


@pytest.mark.parametrize(
    ("rules", "value", "ok"),
    [
        ({"exclusiveMinimum": 0}, 0, False),  # 3.1: a number of its own
        ({"exclusiveMinimum": 0}, 1, True),
        ({"minimum": 0, "exclusiveMinimum": True}, 0, False),  # 3.0: a flag on minimum
        ({"maximum": 10, "exclusiveMaximum": True}, 10, False),
        ({"multipleOf": 0.1}, 0.3, True),  # as a person reads it, not as floats divide
    ],
)
def test_exclusive_bounds_in_both_openapi_versions_and_decimal_steps(
    rules: dict[str, Any], value: float, ok: bool
) -> None:
    if ok:
        assert _check({"page_size": rules}, page_size=value)["page_size"] == value
    else:
        with pytest.raises(InvalidArgument):
            _check({"page_size": rules}, page_size=value)


def test_unset_and_absent_arguments_are_not_checked() -> None:
    assert _check({"page_size": PAGE_SIZE}) == {}


def _refusing_transport(request: Any) -> Any:
    raise AssertionError(f"a request was sent: {request.method} {request.url}")


@pytest.mark.parametrize(
    ("arguments", "named"),
    [({"page_size": 12}, "page_size"), ({"page_size": 200}, "page_size"), ({"ordering": "a b"}, "ordering")],
)
def test_generated_methods_carry_the_limits_of_the_spec(arguments: dict[str, Any], named: str) -> None:
    client = ThreeYourMind(
        "token", base_url="https://acme.3yourmind.com", transport=httpx.MockTransport(_refusing_transport)
    )
    with pytest.raises(InvalidArgument) as caught:
        next(iter(client.basket.list(**arguments)))
    assert caught.value.argument == named


def test_eiger_text_filters_cannot_be_empty() -> None:
    client = Eiger("key", "secret", transport=httpx.MockTransport(_refusing_transport))
    with pytest.raises(InvalidArgument, match="at least 1 characters"):
        next(iter(client.builds.list(title_eq="")))
