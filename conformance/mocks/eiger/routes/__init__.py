"""The Eiger routes, one module per resource group; `install` adds them all to an app."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from fastapi import FastAPI

from ..handling import Handler
from . import builds, dashboard, devices, parts, print_jobs, printed_parts, storage, users


def install(app: FastAPI, spec_file: Path) -> None:
    def route(path: str, method: str) -> Callable[[Handler], Handler]:
        def register(handler: Handler) -> Handler:
            app.add_api_route(path, handler, methods=[method], include_in_schema=False)
            return handler

        return register

    storage.install(route, spec_file)
    for group in (builds, devices, parts, print_jobs, printed_parts, users, dashboard):
        group.install(route)
