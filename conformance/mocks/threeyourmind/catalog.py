"""Create Catalog Item's two bodies ("One of"): the item's own fields, or a basket line (`lineId`)."""

from __future__ import annotations

from typing import Any

from . import models
from .baskets import any_line
from .calls import Call, Reply, created, handles

GENERIC_CATALOG_IDS_START = 500  # clear of the generic layer's ids


@handles("create_catalog_item")
def create_catalog_item(call: Call) -> Reply:
    body = call.body(models.CreateCatalogItemBody).root
    store = call.store
    with store.lock:
        item: dict[str, Any] = {"id": store.next_id("catalog", GENERIC_CATALOG_IDS_START)}
        if isinstance(body, models.CatalogItemFromLine):
            line = any_line(store, body.lineId)  # 404 for a line that is not there
            item["title"] = line.name or f"Line {line.id}"
        else:
            item.update(title=body.title, description=body.detailedDescription)
        return created(item)
