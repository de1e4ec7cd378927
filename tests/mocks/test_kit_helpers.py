"""The kit's helpers the mocks share: get-or-404, credentials by scheme, and a spec's refusals in the mock's shape."""

from __future__ import annotations

import httpx
import pytest
from fastapi import FastAPI
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from conformance.mocks import kit


class Missing(Exception):
    pass


def test_found_answers_the_value_or_the_mocks_own_not_found_naming_it() -> None:
    stored = {"a": 1, "z": 0}
    assert kit.found(stored, "a", "Thing", Missing) == 1
    assert kit.found(stored, "z", "Thing", Missing) == 0  # a falsy value is still found
    with pytest.raises(Missing, match=r"^Thing b$"):
        kit.found(stored, "b", "Thing", Missing)


@pytest.mark.parametrize(
    ("header", "scheme", "expected"),
    [
        ("Bearer abc", "Bearer", "abc"),
        ("bearer  abc ", "Bearer", "abc"),
        ("Token abc", "token", "abc"),
        ("Token abc", "Bearer", None),
        ("Bearer ", "Bearer", None),
        ("Bearer", "Bearer", None),
        ("", "Bearer", None),
        (None, "Bearer", None),
    ],
)
def test_bearer_token_reads_the_credential_after_its_scheme(
    header: str | None, scheme: str, expected: str | None
) -> None:
    assert kit.bearer_token(header, scheme) == expected


def test_matches_compares_what_was_presented() -> None:
    assert kit.matches("secret", "secret")
    assert not kit.matches("Secret", "secret")
    assert not kit.matches(None, "secret")


def _app() -> FastAPI:
    app = FastAPI()

    def malformed(request: Request, problem: kit.Problem) -> Response:
        return JSONResponse({"malformed": problem.kind}, status_code=400)

    def invalid(request: Request, problem: kit.Invalid) -> Response:
        status = 415 if problem.media_type else 422
        return JSONResponse({"message": problem.message, "fields": problem.fields}, status_code=status)

    kit.install(app, malformed, invalid)

    @app.post("/fields")
    async def fields() -> Response:
        raise kit.Invalid("wrong", [{"field": "a", "message": "too big"}])

    @app.post("/media")
    async def media() -> Response:
        raise kit.Invalid("send a form", media_type=True)

    return app


async def test_install_answers_invalid_requests_in_the_shape_the_mock_gives() -> None:
    transport = httpx.ASGITransport(app=_app())
    async with httpx.AsyncClient(transport=transport, base_url="http://mock") as client:
        wrong = await client.post("/fields")
        media = await client.post("/media")
    assert (wrong.status_code, wrong.json()) == (
        422,
        {"message": "wrong", "fields": [{"field": "a", "message": "too big"}]},
    )
    assert (media.status_code, media.json()) == (415, {"message": "send a form", "fields": []})
