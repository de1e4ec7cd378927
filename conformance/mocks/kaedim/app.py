"""The Kaedim mock as an ASGI app, answering in Kaedim's own shapes.

Errors are `{"status": "error", "message"}`: 400 for a malformed request, 401 for a missing or
wrong API key, JWT or refresh token, 404 for an unknown devID or requestID, 406 for an unknown
level of quality. `X-API-Key` goes on every call; the JWT (bare or `Bearer`) on process,
fetchRequest, fetchAll and fetchProjects. Result links point back at this server
(`/results/...`), signed and valid for an hour of the store's clock.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Final

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import kit
from ..routing import allowed_methods
from . import models
from .store import Account, Refused, Store

PREFIX: Final = "/api/v1"
MAX_IMAGES: Final = 6
MAX_IMAGE_BYTES: Final = 5 * 1024 * 1024
LEVELS: Final = ("standard", "high", "ultra")
IMAGE_PARTS: Final = ("image", *(f"image-{n}" for n in range(MAX_IMAGES)))
_NUMBERS: Final = ("height", "width", "depth")
# Express parses a body only when its Content-Type says JSON; without one there is no payload.
JSON_RULES: Final = kit.JsonRules(untyped_is_json=False)


def _error(status: int, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"status": "error", "message": message}, status_code=status, headers=headers)


def _malformed(request: Request, problem: kit.Problem) -> JSONResponse:
    # Kaedim documents 400 for a payload it does not accept, whatever is wrong with it.
    return _error(400, f"Request failed: {problem.message}, please check your payload")


async def _json_object(request: Request) -> dict[str, Any]:
    data = await kit.read_json(request, JSON_RULES)
    if not isinstance(data, dict):
        raise Refused(400, "Request failed due to a body that is not a JSON object, please check your payload")
    return data


def _text(data: dict[str, Any], name: str, *, required: bool = False) -> str | None:
    value = data.get(name)
    if value is None:
        if required:
            raise Refused(400, f"{name} is required, please check your payload")
        return None
    if not isinstance(value, str) or not value:
        raise Refused(400, f"{name} must be a non-empty string")
    return value


def _options(data: dict[str, Any], *, from_form: bool) -> dict[str, Any]:
    """LoQ, test, polycount, sizes, project and studio; form fields arrive as strings."""
    options: dict[str, Any] = {}
    loq = data.get("LoQ")
    if loq is None:
        raise Refused(400, "LoQ is required, please check your payload")
    if loq not in LEVELS:
        raise Refused(406, "Invalid level of quality inputed")
    options["loq"] = loq
    test = data.get("test", False)
    if from_form and isinstance(test, str):
        if test not in ("true", "false"):
            raise Refused(400, "test must be true or false")
        test = test == "true"
    if not isinstance(test, bool):
        raise Refused(400, "test must be a boolean")
    options["test"] = test
    polycount = data.get("polycount")
    if polycount is not None:
        if from_form and isinstance(polycount, str) and polycount.isdigit():
            polycount = int(polycount)
        if isinstance(polycount, bool) or not isinstance(polycount, int) or polycount < 1:
            raise Refused(400, "polycount must be a positive integer")
        options["polycount"] = polycount
    for name in _NUMBERS:
        value = data.get(name)
        if value is None:
            continue
        if from_form and isinstance(value, str):
            try:
                value = float(value)
            except ValueError:
                raise Refused(400, f"{name} must be a number") from None
        if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
            raise Refused(400, f"{name} must be a positive number")
    options["project_id"] = _text(data, "projectID")
    options["studio_id"] = _text(data, "studioID")
    return options


def _date(value: str | None, name: str) -> float | None:
    """MM-DD-YYYY as documented; YYYY-MM-DD as the seed's own example sends."""
    if value is None:
        return None
    for layout in ("%m-%d-%Y", "%Y-%m-%d"):
        try:
            return datetime.strptime(value, layout).replace(tzinfo=UTC).timestamp()
        except ValueError:
            continue
    raise Refused(400, f"{name} must be a date as MM-DD-YYYY, got {value!r}")


def create_app(*, store: Store | None = None, spec_path: Path | None = None) -> FastAPI:
    """Build the mock. Pass a `store` to drive its clock, complete requests or read deliveries."""
    app = FastAPI(openapi_url=None, docs_url=None, redoc_url=None)
    state = store if store is not None else Store()

    kit.install(app, _malformed)

    @app.middleware("http")
    async def base_url(request: Request, call_next: Any) -> Response:
        # Links point back at whatever address the client used.
        state.base_url = str(request.base_url).rstrip("/")
        response: Response = await call_next(request)
        return response

    _install_error_handlers(app)
    _install_account_routes(app, state)
    _install_request_routes(app, state)
    return app


def _install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(Refused)
    async def on_refused(request: Request, exc: Refused) -> JSONResponse:
        return _error(exc.status, exc.message)

    @app.exception_handler(RequestValidationError)
    async def on_validation(request: Request, exc: RequestValidationError) -> JSONResponse:
        where = "; ".join(f"{'.'.join(map(str, e.get('loc', ())))}: {e.get('msg')}" for e in exc.errors())
        return _error(400, f"Request failed due to {where}, please check your payload and headers and try again")

    @app.exception_handler(StarletteHTTPException)
    async def on_http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        headers = dict(exc.headers or {})
        if exc.status_code == 405:
            headers["Allow"] = allowed_methods(app, request.url.path)
        return _error(exc.status_code, str(exc.detail), headers)


def _authorized(state: Store, request: Request, dev_id: str | None) -> Account:
    """The account whose API key and JWT the request carries (401 otherwise)."""
    account = state.account(request.headers.get("x-api-key"), dev_id)
    state.check_jwt(account, request.headers.get("authorization"))
    return account


def _install_account_routes(app: FastAPI, state: Store) -> None:
    """Registering a webhook (which hands out the JWT) and refreshing the JWT."""

    @app.post(f"{PREFIX}/registerHook")
    async def register_hook(request: Request) -> JSONResponse:
        data = await _json_object(request)
        dev_id = _text(data, "devID", required=True)
        destination = _text(data, "destination", required=True)
        assert destination is not None
        if not destination.startswith(("http://", "https://")):
            raise Refused(400, "destination must be an http(s) URL")
        account = state.account(request.headers.get("x-api-key"), dev_id)
        first, token = state.register(account, destination)
        if not first:
            already = {"status": "success", "message": "Webhook already registered", "jwt": token}
            return kit.emit(models.AlreadyRegisteredResponse, already, 201)
        expires = datetime.fromtimestamp(state.clock() + 12 * 3600, UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
        return kit.emit(
            models.RegisterHookResponse,
            {
                "status": "success",
                "userID": account.user_id,
                "sessionExpireAt": expires,
                "jwt": token,
                "refreshToken": account.refresh_token,
            },
        )

    @app.post(f"{PREFIX}/refreshJWT")
    async def refresh_jwt(request: Request) -> JSONResponse:
        if not request.headers.get("refresh-token"):
            raise Refused(400, "Request failed, please check your api-key and refresh-token and try again")
        data = await _json_object(request)
        dev_id = _text(data, "devID", required=True)
        account, token = state.refresh(request.headers.get("x-api-key"), request.headers.get("refresh-token"), dev_id)
        refreshed = {"status": "success", "message": "JWT refreshed", "jwt": token, "devID": account.dev_id}
        return kit.emit(models.RefreshJwtResponse, refreshed)


def _install_request_routes(app: FastAPI, state: Store) -> None:
    """Submitting and fetching requests, and the result files their links point at."""

    @app.post(f"{PREFIX}/process")
    async def process(request: Request) -> JSONResponse:
        data, images, from_form = await _process_input(request)
        dev_id = _text(data, "devID", required=True)
        account = _authorized(state, request, dev_id)
        if not images:
            raise Refused(400, "at least one image is required")
        if len(images) > MAX_IMAGES:
            raise Refused(400, f"at most {MAX_IMAGES} images per request, got {len(images)}")
        job = state.submit(account, images, _options(data, from_form=from_form))
        accepted = {
            "status": "success",
            "devID": account.dev_id,
            "requestID": job.request_id,
            "message": "request sent successfully, please check webhook in 10-15 mins",
        }
        return kit.emit(models.ProcessResponse, accepted, 201)

    @app.get(f"{PREFIX}/fetchRequest")
    async def fetch_request(request: Request) -> JSONResponse:
        params = request.query_params
        account = _authorized(state, request, params.get("devID"))
        _text(dict(params), "studioID")  # optional, but never empty
        job = state.job(account, params.get("requestID"))
        return kit.emit(models.FetchRequestResponse, state.request_view(job))

    @app.get(f"{PREFIX}/fetchAll")
    async def fetch_all(request: Request) -> JSONResponse:
        params = request.query_params
        account = _authorized(state, request, params.get("devID"))
        _text(dict(params), "studioID")  # optional, but never empty
        start, end = _date(params.get("start"), "start"), _date(params.get("end"), "end")
        with state.lock:
            jobs = [job for job in state.jobs.values() if job.dev_id == account.dev_id]
        chosen = [
            job
            for job in sorted(jobs, key=lambda j: j.created)
            if (start is None or job.created >= start) and (end is None or job.created < end + 86_400)
        ]
        return kit.emit(models.FetchAllResponse, {"assets": [state.request_view(job) for job in chosen]})

    @app.get(f"{PREFIX}/fetchProjects")
    async def fetch_projects(request: Request) -> JSONResponse:
        _authorized(state, request, request.query_params.get("devID"))
        return kit.emit(models.FetchProjectsResponse, {"status": "success", "message": list(state.projects)})

    @app.get("/results/{request_id}/{iteration}/model.{fmt}")
    async def result(request_id: str, iteration: int, fmt: str, expires: int, signature: str) -> Response:
        data = state.result_file(request_id, iteration, fmt, expires, signature)
        return Response(data, media_type="application/octet-stream")


def _urls(value: Any) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(u, str) and u for u in value):
        raise Refused(400, "imageUrls must be a list of image URLs")
    return list(value)


async def _process_input(request: Request) -> tuple[dict[str, Any], list[str], bool]:
    """The fields, the images (upload names or URLs) and whether they came as a form."""
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind == "multipart/form-data":
        try:
            form = await request.form(max_files=MAX_IMAGES + 1)
        except Exception as err:  # any unreadable form is the client's fault
            raise Refused(400, f"Request failed due to an unreadable form ({err})") from None
        fields = {key: value for key, value in form.items() if isinstance(value, str)}
        uploads = [(key, value) for key, value in form.multi_items() if isinstance(value, UploadFile)]
        unknown = [key for key, _ in uploads if key not in IMAGE_PARTS]
        if unknown:
            raise Refused(400, f"unexpected file part {unknown[0]!r}: name parts image or image-0 .. image-5")
        images = []
        for key, upload in uploads:
            content = await upload.read()
            if len(content) > MAX_IMAGE_BYTES:
                raise Refused(400, f"{key} is larger than the 5MB limit per image")
            images.append(f"upload://{upload.filename or key}")
        listed = fields.pop("imageUrls", None)
        if listed is not None:
            # Some integrations send the URLs in a form, as one text field holding a JSON array.
            try:
                images += _urls(json.loads(listed))
            except (ValueError, RecursionError):
                raise Refused(400, "imageUrls in a form must be a JSON array of image URLs") from None
        data: dict[str, Any] = fields
        from_form = True
    elif kit.is_json(kind):
        data = await _json_object(request)
        images = _urls(data.get("imageUrls"))
        from_form = False
    else:
        raise Refused(400, "send JSON with imageUrls or multipart/form-data with image parts")
    return data, images, from_form
