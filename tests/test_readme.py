"""README.md's vendor tables say what the registry and the generated packages say, so they cannot go
stale: the document each package reflects (`document` in specs/vendors.toml) and the operations per
confidence (each package's stats.json)."""

from __future__ import annotations

import json

import pytest

from codegen.markdown import MarkdownTableError, Table, section_tables
from codegen.validation import CONFIDENCES
from registry.vendors import REPO_ROOT, Vendor, load_vendors

README = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
VENDORS = list(load_vendors().values())


def _table(column: str) -> Table:
    """The introduction's table (under the title `fabapi`) that has `column`."""
    (found,) = [table for table in section_tables(README, "fabapi") if column in table.header]
    return found


def _row(table: Table, vendor: Vendor) -> dict[str, str]:
    """The vendor's row: its first cell starts with the registry's title."""
    rows = [dict(zip(table.header, row.cells, strict=True)) for row in table.rows]
    (row,) = [row for row in rows if row["vendor"].startswith(vendor.title)]
    return row


@pytest.mark.parametrize("vendor", VENDORS, ids=lambda vendor: vendor.key)
def test_the_vendor_table_says_which_document_each_package_reflects(vendor: Vendor) -> None:
    row = _row(_table("reflects (vendor document, date)"), vendor)
    assert row["package"] == f"`{vendor.package}`"
    assert row["reflects (vendor document, date)"] == vendor.document


@pytest.mark.parametrize("vendor", VENDORS, ids=lambda vendor: vendor.key)
def test_the_confidence_table_is_each_package_s_stats(vendor: Vendor) -> None:
    stats = json.loads((vendor.package_dir() / "stats.json").read_text(encoding="utf-8"))
    row = _row(_table("how-to"), vendor)
    assert {confidence: int(row[confidence]) for confidence in CONFIDENCES} == stats["confidence"]
    assert sum(stats["confidence"].values()) == stats["operations"]


@pytest.mark.parametrize("vendor", VENDORS, ids=lambda vendor: vendor.key)
def test_each_package_readme_names_its_document_and_counts(vendor: Vendor) -> None:
    text = (vendor.package_dir() / "README.md").read_text(encoding="utf-8")
    stats = json.loads((vendor.package_dir() / "stats.json").read_text(encoding="utf-8"))
    assert vendor.document.rstrip(".") + "." in text
    assert "| " + " | ".join(str(stats["confidence"][c]) for c in CONFIDENCES) + " |" in text


def test_a_missing_section_is_an_error_not_an_empty_answer() -> None:
    with pytest.raises(MarkdownTableError, match="no section titled 'Nowhere'"):
        section_tables(README, "Nowhere")
