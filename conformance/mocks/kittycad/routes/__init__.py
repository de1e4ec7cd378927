"""The KittyCAD routes, one module per resource group; `install` adds them all to an app."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI

from ..handling import unit_routes
from ..store import Store
from . import calls, constants, files, meta, payments, units, users


def install(app: FastAPI, state: Store, spec: dict[str, Any]) -> None:
    meta.install(app, state, spec)
    for group in (calls, constants, files):
        group.install(app, state)
    units.install(app, state, unit_routes(spec))
    users.install(app, state)
    payments.install(app, state)
