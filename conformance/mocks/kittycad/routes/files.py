"""File conversions and analyses, run as async operations."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fastapi import FastAPI, Query, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel

from ... import kit
from .. import models
from ..handling import (
    FILE_KINDS,
    FORMAT_PAIRS,
    ApiError,
    enum_value,
    file_body,
    finite,
)
from ..store import JobError, Store, convert, encoded, measure


def install(app: FastAPI, state: Store) -> None:
    _install_conversions(app, state)
    _install_analyses(app, state)
    _install_operations(app, state)


def _install_conversions(app: FastAPI, state: Store) -> None:
    def _conversion(route: str) -> Callable[..., Any]:
        kind, sources, outputs = FILE_KINDS[route]

        async def create(src_format: str, output_format: str, request: Request) -> JSONResponse:
            src = enum_value(sources, src_format, "src_format")
            out = enum_value(outputs, output_format, "output_format")
            # 2D vector files convert to 2D outputs, 3D files to 3D outputs, nothing to itself.
            if src == out or not any(src in sources and out in outputs for sources, outputs in FORMAT_PAIRS):
                raise ApiError(400, f"invalid conversion: {src} to {out} is not supported", "invalid_request")
            data = await file_body(request)
            record = state.start(
                kind,
                {"src_format": src, "output_format": out, "output": None},
                lambda: {"output": encoded(convert(src, out, data))},
                len(data),
            )
            return kit.emit(getattr(models, kind), record, 201)

        return create

    for route in FILE_KINDS:
        app.add_api_route(f"{route}/{{src_format}}/{{output_format}}", _conversion(route), methods=["POST"])


def _install_analyses(app: FastAPI, state: Store) -> None:
    def _analysis(kind: str, model: type[BaseModel], field: str, extra: str | None) -> Callable[..., Any]:
        async def create(
            request: Request,
            src_format: models.File3DSourceFormat,
            material_density: float | None = Query(None),
            material_mass: float | None = Query(None),
        ) -> JSONResponse:
            given = {"material_density": material_density, "material_mass": material_mass}
            fields: dict[str, Any] = {"src_format": src_format.value, field: None}
            factor: float | None = None
            if extra is not None:
                value = given[extra]
                if value is None:
                    raise ApiError(400, f"bad query: missing field `{extra}`", "invalid_request")
                factor = fields[extra] = finite(value, extra)
            data = await file_body(request)

            def work() -> dict[str, Any]:
                if factor is not None and factor <= 0:
                    raise JobError(f"{extra} must be positive, got {factor}")
                shape = measure(src_format.value, data)
                if field == "mass":
                    return {"mass": shape["volume"] * (factor or 0.0)}
                if field == "density":
                    if shape["volume"] == 0:
                        raise JobError("the mesh encloses no volume")
                    return {"density": (factor or 0.0) / shape["volume"]}
                return {field: shape[field]}

            record = state.start(kind, fields, work, len(data))
            return kit.emit(model, record, 201)

        return create

    for path, kind, model, field, extra in (
        ("/file/volume", "FileVolume", models.FileVolume, "volume", None),
        ("/file/surface-area", "FileSurfaceArea", models.FileSurfaceArea, "surface_area", None),
        ("/file/center-of-mass", "FileCenterOfMass", models.FileCenterOfMass, "center_of_mass", "material_density"),
        ("/file/mass", "FileMass", models.FileMass, "mass", "material_density"),
        ("/file/density", "FileDensity", models.FileDensity, "density", "material_mass"),
    ):
        app.add_api_route(path, _analysis(kind, model, field, extra), methods=["POST"])


def _install_operations(app: FastAPI, state: Store) -> None:
    def _operation(ident: str) -> JSONResponse:
        kind, record = state.observe(ident)
        answer = {**record, "type": kind}
        if kind == "FileCenterOfMass" and answer.get("center_of_mass") is None:
            answer["center_of_mass"] = []  # an array in the schema, not nullable
        return kit.emit(models.AsyncApiCallOutput, answer)

    @app.get("/async/operations/{ident}")
    async def get_async_operation(ident: str) -> JSONResponse:
        return _operation(ident)

    @app.get("/file/conversions/{ident}")
    async def get_file_conversion(ident: str) -> JSONResponse:
        return _operation(ident)

    @app.get("/user/file/conversions/{ident}")
    async def get_file_conversion_for_user(ident: str) -> JSONResponse:
        return _operation(ident)
