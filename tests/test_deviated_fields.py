"""A required field whose value deviated, through a client: absent, never a value its annotation denies.

The annotation of a required property (`state: PrintJobStateEnum`) has no room for UNSET, so a
decoded model leaves the attribute absent: reading it raises `DeviatedField` (an AttributeError)
naming the model, the field, its JSON path and the kind of deviation, never the value, while
`deviations` and `to_dict()` keep what was received.
"""

from __future__ import annotations

import copy
import pickle
import warnings
from collections.abc import Iterator
from typing import Any, assert_type

import pytest
from fabapi_core import FabapiError, SchemaDeviationWarning, UnexpectedResponse, located
from fabapi_eiger import DeviatedField, Eiger
from fabapi_eiger.models import PrintJobStateEnum, PrintJobViewExtended

from conformance.mocks.eiger import CREDENTIALS
from conformance.mocks.eiger import Store as EigerStore
from conformance.mocks.eiger import create_app as create_eiger
from conformance.serving import serve
from tests.rewriting import Rewriting

# A value that must never show in an error message: it stands for a secret in the wrong place.
HIDDEN = "hidden-4f1c-value"


@pytest.fixture
def eiger_url() -> Iterator[str]:
    with serve(create_eiger(store=EigerStore())) as origin:
        yield f"{origin}/api/v3"


def _received(change: Any) -> tuple[Rewriting, list[dict[str, Any]]]:
    """A transport that changes the first print job of each page, and the list of the items as sent."""
    sent: list[dict[str, Any]] = []

    def rewrite(body: Any) -> Any:
        change(body["items"][0])
        sent.append(copy.deepcopy(body["items"][0]))
        return body

    return Rewriting("/print_jobs", rewrite), sent


def _first_job(url: str, change: Any) -> tuple[PrintJobViewExtended, dict[str, Any]]:
    transport, sent = _received(change)
    keys = (CREDENTIALS["EIGER_ACCESS_KEY"], CREDENTIALS["EIGER_SECRET_KEY"])
    with Eiger(*keys, base_url=url, transport=transport, retries=0) as eiger:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", SchemaDeviationWarning)
            page = next(iter(eiger.print_jobs.list().pages()))
    return page.items[0], sent[0]


def _set(key: str, value: Any) -> Any:
    def change(item: dict[str, Any]) -> None:
        item[key] = value

    return change


def _drop(key: str) -> Any:
    def change(item: dict[str, Any]) -> None:
        del item[key]

    return change


ENUM = "expected enum PrintJobStateEnum"
CASES = [
    pytest.param("state", _set("state", None), "null", f"{ENUM}, received null", id="null"),
    pytest.param("state", _drop("state"), "missing", f"{ENUM}, received absent", id="missing"),
    pytest.param("state", _set("state", [HIDDEN]), "type", f"{ENUM}, received array", id="type"),
    pytest.param("state", _set("state", HIDDEN), "enum", f"{ENUM}, received string", id="enum"),
    pytest.param("id", _set("id", HIDDEN), "format", "expected string (uuid), received string", id="format"),
]


@pytest.mark.parametrize(("field", "change", "kind", "said"), CASES)
def test_a_deviating_required_field_is_absent_and_says_why(
    eiger_url: str, field: str, change: Any, kind: str, said: str
) -> None:
    job, sent = _first_job(eiger_url, change)
    with pytest.raises(DeviatedField) as caught:
        getattr(job, field)
    error = caught.value
    message = str(error)
    assert f"PrintJobViewExtended.{field} is absent" in message and f"$.{field} deviated" in message
    assert f"({kind}: {said})" in message and "deviations" in message and "to_dict()" in message
    assert HIDDEN not in message and HIDDEN not in repr(error)
    assert isinstance(error, AttributeError) and isinstance(error, FabapiError)
    assert (error.model, error.attribute, error.kind, error.name) == ("PrintJobViewExtended", field, kind, field)
    assert not hasattr(job, field) and getattr(job, field, "default") == "default"
    (deviation,) = [item for item in job.deviations if item.key == field]
    assert deviation.kind == kind and deviation.value == sent.get(field, deviation.value)
    back = job.to_dict()  # what was received: the value as it came, nothing for a missing field
    assert back.keys() == sent.keys() and back.get(field, "none") == sent.get(field, "none")
    own = repr(job).split(", build=")[0]  # the fields before the nested models, which have their own `state`
    assert own.startswith("PrintJobViewExtended(") and f"{field}=" not in own and HIDDEN not in repr(job)
    assert [path for path, _ in located(job)] == [f"$.{field}"]


def test_a_model_with_an_absent_field_compares_copies_and_pickles(eiger_url: str) -> None:
    job, sent = _first_job(eiger_url, _drop("state"))
    twin, _ = _first_job(eiger_url, _drop("state"))
    assert job == twin and job != PrintJobViewExtended.from_dict({**sent, "state": "Printing"})
    for other in (copy.copy(job), copy.deepcopy(job), pickle.loads(pickle.dumps(job))):  # noqa: S301 - our own bytes
        assert other == job and not hasattr(other, "state")
        assert other.deviations == job.deviations and other.to_dict() == job.to_dict()
        assert "state" not in other.to_dict() and other.to_dict().keys() == sent.keys()
        with pytest.raises(DeviatedField, match="missing"):
            other.state  # noqa: B018 - the read is the test
    assert "state=" not in repr(job).split(", build=")[0] and f"id={job.id!r}" in repr(job)


def test_strict_mode_names_the_path_of_a_deviating_required_field(eiger_url: str) -> None:
    transport, _ = _received(_drop("state"))
    keys = (CREDENTIALS["EIGER_ACCESS_KEY"], CREDENTIALS["EIGER_SECRET_KEY"])
    with Eiger(*keys, base_url=eiger_url, transport=transport, retries=0, strict=True) as eiger:
        with pytest.raises(UnexpectedResponse, match=r"\$\.items\[0\]\.state \(missing\)"):
            list(eiger.print_jobs.list())


def test_an_unknown_attribute_is_a_plain_attribute_error(eiger_url: str) -> None:
    job, _ = _first_job(eiger_url, _drop("state"))
    with pytest.raises(AttributeError) as caught:
        job.no_such_field  # type: ignore[attr-defined]  # noqa: B018 - the read is the test
    assert not isinstance(caught.value, DeviatedField) and "no_such_field" in str(caught.value)


def _annotations_say_what_is_there(job: PrintJobViewExtended) -> None:
    # Read by mypy (`nox -s lint`), never run: a required field is typed without UNSET, as it is at run time.
    assert_type(job.state, PrintJobStateEnum)
