"""3YOURMIND's transcribed spec: every operation whose method and path are known for certain is there, as known.

`specs/threeyourmind/known-paths.tsv` lists them (from the seed's own request samples, the vendor's
Python client and its how-to pages); every other path is inferred and must say so.
"""

from __future__ import annotations

import csv

from codegen.layout import laid_out
from codegen.names import in_public_names
from codegen.overlay import apply_overlay
from codegen.validation import validate_openapi
from registry.documents import load_document
from registry.vendors import REPO_ROOT

SPEC_DIR = REPO_ROOT / "specs" / "threeyourmind"
METHODS = ("get", "put", "post", "patch", "delete")


def _curated() -> dict[str, object]:
    source = load_document(SPEC_DIR / "source.yaml")
    validate_openapi(source, SPEC_DIR / "source.yaml")
    overlay = load_document(SPEC_DIR / "overlay.yaml")
    public = in_public_names(laid_out(source, overlay, SPEC_DIR / "overlay.yaml").document, SPEC_DIR)
    curated = apply_overlay(public, overlay, SPEC_DIR / "overlay.yaml")
    validate_openapi(curated, SPEC_DIR / "overlay.yaml")
    return curated


def _known() -> list[dict[str, str]]:
    with (SPEC_DIR / "known-paths.tsv").open(encoding="utf-8") as table:
        return list(csv.DictReader(table, delimiter="\t"))


def test_every_known_path_is_present_with_its_method() -> None:
    paths = _curated()["paths"]
    assert isinstance(paths, dict)
    known = _known()
    assert len(known) == 39
    missing = [
        f"{row['method']} {row['path']}" for row in known if row["method"].lower() not in paths.get(row["path"], {})
    ]
    assert missing == []


def test_known_operations_are_not_marked_inferred_and_the_rest_are() -> None:
    paths = _curated()["paths"]
    assert isinstance(paths, dict)
    known = {(row["method"].lower(), row["path"]) for row in _known()}
    marks = {
        (method, path): operation.get("x-fabapi-confidence")
        for path, item in paths.items()
        for method, operation in item.items()
        if method in METHODS
    }
    assert all(marks[key] in ("documented", "vendor-code", "how-to") for key in known)
    assert {mark for key, mark in marks.items() if key not in known} <= {"inferred", "vendor-code", "how-to"}
    assert sum(1 for mark in marks.values() if mark == "inferred") > 100


# The known-paths table's source column, and the confidence each source gives.
SOURCE_MARKS = {
    "seed request sample": "documented",
    "3YOURMIND Python client (push-to-3yourmind)": "vendor-code",
    "3YOURMIND public wiki how-to": "how-to",
}


def test_each_known_operation_is_marked_by_where_it_is_known_from() -> None:
    paths = _curated()["paths"]
    assert isinstance(paths, dict)
    wrong = [
        f"{row['method']} {row['path']}: {paths[row['path']][row['method'].lower()].get('x-fabapi-confidence')}"
        f" for {row['source']!r}"
        for row in _known()
        if paths[row["path"]][row["method"].lower()].get("x-fabapi-confidence") != SOURCE_MARKS[row["source"]]
    ]
    assert wrong == []


def test_the_internal_ordering_family_lives_under_its_prefix() -> None:
    paths = _curated()["paths"]
    assert isinstance(paths, dict)
    prefix = "/api/v2.0/service-panel/services/{service_id}/internal-ordering/"
    found = {
        operation["operationId"]: (method, path)
        for path, item in paths.items()
        for method, operation in item.items()
        if method in METHODS and path.startswith(prefix)
    }
    assert sorted(found) == [
        "create_internal_order",
        "edit_service_order",
        "list_internal_payment_methods",
        "list_service_user_addresses",
        "search_internal_ordering_users",
    ]
    assert found["search_internal_ordering_users"] == ("get", prefix + "users/")
    assert paths[prefix + "users/"]["get"]["x-fabapi-confidence"] == "how-to"
    assert all(paths[path][method].get("x-fabapi-unsafe") for method, path in (found["create_internal_order"],
               found["edit_service_order"]))  # fmt: skip
