"""Restylers: a vendor's document rewritten in another generator's conventions, the wire unchanged.

`restyle(style, document)` for each of `STYLES`: `dropshot` (KittyCAD's server framework),
`fastapi` (Cloud Slicer's) and `drf` (drf-spectacular, 3YOURMIND's). Any style applies to any vendor.
They give the round trip (`codegen/roundtrip.py`) documents no one hand-wrote here: the names move
(components, operationIds, tags, shared parameters), the instances each schema allows do not
(`tests/test_restyle.py` draws them). One exception, named by the style: FastAPI's 422 answer.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Final

from codegen.restyle import drf, dropshot, fastapi
from codegen.restyle.common import RestyleError

Restyler = Callable[[dict[str, Any]], dict[str, Any]]

STYLES: Final[Mapping[str, Restyler]] = {"dropshot": dropshot.restyle, "fastapi": fastapi.restyle, "drf": drf.restyle}
# The response statuses a style adds to every operation (a wire addition the round trip expects).
ADDED_RESPONSES: Final[Mapping[str, frozenset[str]]] = {
    "dropshot": frozenset(),
    "fastapi": fastapi.ADDED_RESPONSES,
    "drf": frozenset(),
}
# How the style's server serves its document: dropshot and FastAPI JSON, drf-spectacular YAML.
MEDIA_TYPES: Final[Mapping[str, str]] = {
    "dropshot": "application/json",
    "fastapi": "application/json",
    "drf": "application/vnd.oai.openapi",
}


def restyle(style: str, document: dict[str, Any]) -> dict[str, Any]:
    """`document` in `style`'s conventions (a new document; the given one is left as it was)."""
    restyler = STYLES.get(style)
    if restyler is None:
        raise RestyleError(f"no restyler {style!r}; there are {', '.join(STYLES)}")
    return restyler(document)


__all__ = ["ADDED_RESPONSES", "MEDIA_TYPES", "STYLES", "RestyleError", "restyle"]
