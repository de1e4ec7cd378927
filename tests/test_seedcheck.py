"""The re-flatten check on small synthetic documents (no vendor seed needed)."""

from __future__ import annotations

from typing import Any

import pytest
import yaml

from codegen.seedcheck import Difference, Restoration, check, compare, restorations_from_provenance, tokens
from codegen.seedpage import check_page

SEED = "openapi: 3.0.1 servers: - url: paths: /a: get: parameters: - $ref: '#/p/' - $ref: '#/p/'"
SPEC = """openapi: 3.0.1
servers:
- url: https://example.test/v1
paths:
  /a:
    get:
      parameters:
      - $ref: '#/p/page.size'
      - $ref: '#/p/page.number'
"""
ALLOWED = [
    Restoration((), ("https://example.test/v1",)),
    Restoration(("'#/p/'",), ("'#/p/page.size'",)),
    Restoration(("'#/p/'",), ("'#/p/page.number'",)),
]


def test_tokens_reflatten() -> None:
    assert tokens("a: b\n  c:   d\n") == ["a:", "b", "c:", "d"]


def test_allowed_restorations_pass() -> None:
    assert compare(SPEC, SEED, ALLOWED) == []
    result = check(SPEC, SEED, ALLOWED)
    assert result.ok
    assert result.applied == 3
    assert result.seed_tokens == len(tokens(SEED))


def test_layout_alone_is_no_difference() -> None:
    assert compare("a:\n  b: c d\n", "a: b: c d", []) == []


def test_unexplained_change_is_reported_with_index() -> None:
    spec = SPEC.replace("openapi: 3.0.1", "openapi: 3.1.0")
    found = compare(spec, SEED, ALLOWED)
    assert found == [Difference("unexplained", ("3.0.1",), ("3.1.0",), 1, 1)]


def test_unlisted_insertion_is_reported() -> None:
    spec = SPEC.replace("  /a:\n", "  /a:\n    summary: extra\n")
    found = compare(spec, SEED, ALLOWED)
    assert len(found) == 1
    assert found[0].kind == "unexplained"
    assert found[0].seed == ()
    assert found[0].spec == ("summary:", "extra")
    assert found[0].index == tokens(SEED).index("/a:") + 1


def test_stale_restoration_is_reported() -> None:
    stale = Restoration(("x",), ("y",), count=1)
    found = compare(SPEC, SEED, [*ALLOWED, stale])
    assert found == [Difference("stale", ("x",), ("y",), -1, -1, missing=1)]


def test_count_is_enforced() -> None:
    seed = "a: '#/p/' b: '#/p/' c: '#/p/'"
    spec = "a: '#/p/n' b: '#/p/n' c: '#/p/n'"
    two = [Restoration(("'#/p/'",), ("'#/p/n'",), count=2)]
    found = compare(spec, seed, two)
    assert [d.kind for d in found] == ["unexplained"]
    assert found[0].index == 5
    four = [Restoration(("'#/p/'",), ("'#/p/n'",), count=4)]
    assert compare(spec, seed, four) == [Difference("stale", ("'#/p/'",), ("'#/p/n'",), -1, -1, missing=1)]
    assert compare(spec, seed, [Restoration(("'#/p/'",), ("'#/p/n'",), count=3)]) == []


PROVENANCE = """# Vendor

## Source

| seed | restored | count | why |
|---|---|---|---|
| `not` | `this` | 1 | another section |

## Restorations

Some prose.

| seed | restored | count | why |
|---|---|---|---|
| (none) | `https://example.test/v1` | 1 | server URL stripped |
| `'#/p/'` | `'#/p/page.size'` | 1 | name stripped |
| `a b` | `a  c` | 3 | two tokens |

## Decisions

| seed | restored | count | why |
|---|---|---|---|
| `x` | `y` | 1 | not a restoration |
"""


def test_restorations_from_provenance() -> None:
    rows = restorations_from_provenance(PROVENANCE)
    assert rows == [
        Restoration((), ("https://example.test/v1",), 1, "server URL stripped"),
        Restoration(("'#/p/'",), ("'#/p/page.size'",), 1, "name stripped"),
        Restoration(("a", "b"), ("a", "c"), 3, "two tokens"),
    ]


def test_provenance_without_section_allows_nothing() -> None:
    assert restorations_from_provenance("# Vendor\n\nNo table.\n") == []


def test_provenance_bad_count() -> None:
    with pytest.raises(ValueError, match="count"):
        restorations_from_provenance(
            "## Restorations\n\n| seed | restored | count | why |\n|---|---|---|---|\n| `a` | `b` | x | y |\n"
        )


# -- a spec rebuilt from a rendered page ------------------------------------------------------------

PAGE = "Baskets\n\nList Baskets\n\nResponses\n\nCreate Basket\n\nResponses\n\nOrders\n\nList Baskets\n\nResponses\n"
PAGE_PROVENANCE = (
    "| seed section | first item's line | distinct items | repeats of items shown earlier |\n"
    "|---|---|---|---|\n| Baskets | 3 | 2 | 0 |\n| Orders | 11 | 0 | 1 |\n\nmore text\n"
)


LIST = ("list_baskets", "List Baskets", "inferred")
CREATE = ("create_basket", "Create Basket", "inferred")


def _page_spec(*operations: tuple[str, str, str]) -> tuple[str, str]:
    """(source, curated) with one GET per (operationId, summary, confidence)."""
    source: dict[str, Any] = {"paths": {}}
    curated: dict[str, Any] = {"paths": {}}
    for ident, title, confidence in operations:
        source["paths"][f"/{ident}/"] = {"get": {"operationId": ident, "summary": title}}
        curated["paths"][f"/{ident}/"] = {
            "get": {"operationId": ident, "summary": title, "x-fabapi-confidence": confidence}
        }
    return yaml.safe_dump(source), yaml.safe_dump(curated)


def test_a_page_whose_items_all_have_operations_passes() -> None:
    source, curated = _page_spec(
        ("list_baskets", "List Baskets", "inferred"), ("create_basket", "Create Basket", "documented")
    )
    result = check_page(source, curated, PAGE, PAGE_PROVENANCE)
    assert (result.headings, result.distinct, result.repeats, result.on_page) == (3, 2, 1, 2)
    assert result.ok, result.problems


def test_a_title_the_page_does_not_render_must_be_marked_vendor_code() -> None:
    source, curated = _page_spec(
        ("list_baskets", "List Baskets", "inferred"),
        ("create_basket", "Create Basket", "inferred"),
        ("list_colors", "List colors", "inferred"),
    )
    result = check_page(source, curated, PAGE, PAGE_PROVENANCE)
    assert result.problems == [
        "list_colors: its title 'List colors' is not on the page, yet it is not marked x-fabapi-confidence:"
        " vendor-code or how-to"
    ]
    for mark in ("vendor-code", "how-to"):  # from the vendor's client code, or from its how-to pages
        source, curated = _page_spec(
            ("list_baskets", "List Baskets", "inferred"),
            ("create_basket", "Create Basket", "inferred"),
            ("list_colors", "List colors", mark),
        )
        assert check_page(source, curated, PAGE, PAGE_PROVENANCE).ok


def test_a_missing_item_or_a_miscount_is_reported() -> None:
    source, curated = _page_spec(("list_baskets", "List Baskets", "inferred"))
    assert any("an item is missing" in p for p in check_page(source, curated, PAGE, PAGE_PROVENANCE).problems)
    source, curated = _page_spec(
        ("list_baskets", "List Baskets", "inferred"), ("create_basket", "Create Basket", "inferred")
    )
    miscounted = PAGE_PROVENANCE.replace("| Orders | 11 | 0 | 1 |", "| Orders | 11 | 0 | 2 |")
    assert check_page(source, curated, PAGE, miscounted).problems == [
        "PROVENANCE counts 2 items + 2 repeats, the page renders 3 `Responses` headings"
    ]
    with pytest.raises(ValueError, match="no table headed"):
        check_page(source, curated, PAGE, "no table here")
