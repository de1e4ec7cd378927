"""The list filters orders and quotes share: a text search, a creation date range, and what they hold."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .records import Order, Quote
from .store import Store


def searched_and_dated(found: Order | Quote, query: Mapping[str, Any]) -> bool:
    """Whether `found` passes `search` (title, number or id) and `createdAtGte`/`createdAtLte`."""
    search = str(query.get("search", "")).lower()
    if search and not any(search in text.lower() for text in (found.title, found.number, str(found.id))):
        return False
    # The pattern makes both YYYY-MM-DD, so text compares as dates do (and takes 2019-02-30 as well).
    if "createdAtGte" in query and found.created[:10] < query["createdAtGte"]:
        return False
    return not ("createdAtLte" in query and found.created[:10] > query["createdAtLte"])


def products_and_technologies(store: Store, found: Order | Quote) -> tuple[set[Any], set[int]]:
    """The products the lines of `found` name, and the technologies of those products."""
    products = {line.get("productId") for line in found.lines}
    return products, {store.materials[p].technology_id for p in products if p in store.materials}
