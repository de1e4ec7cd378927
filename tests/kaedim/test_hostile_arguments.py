"""Every argument of the Kaedim helpers refuses hostile values by name, before anything is sent."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from fabapi_kaedim import AsyncKaedim, Kaedim, TokenStore

from tests.hostile import Factory, Helper, cases, check

NONE = frozenset({"None"})
URL = "https://images.example.com/chair.png"
FACTORIES: dict[str, Factory] = {
    "sync": lambda transport: Kaedim("key", "dev", "refresh", transport=transport, token_store=TokenStore(), retries=0),
    "async": lambda transport: AsyncKaedim(
        "key", "dev", "refresh", transport=transport, token_store=TokenStore(), retries=0
    ),
}


def _submit(argument: str, *, images: bool = False) -> Any:
    def run(c: Any, v: Any, f: Path) -> Any:
        given: dict[str, Any] = {"images": [f / "chair.png"]} if images else {"urls": [URL]}
        return c.submit(**{**given, argument: v})

    return run


HELPERS = [
    Helper("submit", "images", lambda c, v, f: c.submit(images=v), path_value=True),
    Helper("submit", "images[1]", lambda c, v, f: c.submit(images=[f / "chair.png", v]), path_value=True),
    Helper("submit", "urls", lambda c, v, f: c.submit(urls=v), accepts=NONE),  # None: no images either, see above
    Helper("submit", "urls[1]", lambda c, v, f: c.submit(urls=[URL, v])),
    Helper("submit", "loq", _submit("loq")),
    Helper("submit", "test", _submit("test"), accepts=frozenset({"True"})),
    *[Helper("submit", name, _submit(name), accepts=NONE) for name in ("polycount", "height", "width", "depth")],
    *[Helper("submit", name, _submit(name, images=True), accepts=NONE) for name in ("polycount", "height")],
    Helper("submit", "project_id", _submit("project_id"), accepts=NONE),
    Helper("get_request", "request_id", lambda c, v, f: c.get_request(v)),
    Helper("wait", "request_id", lambda c, v, f: c.wait(v)),
    Helper("wait", "timeout", lambda c, v, f: c.wait("r1", timeout=v)),
    Helper("wait", "interval", lambda c, v, f: c.wait("r1", interval=v)),
    Helper("download", "request_id", lambda c, v, f: c.download(v, ["glb"], f)),
    Helper("download", "formats", lambda c, v, f: c.download("r1", v, f), accepts=NONE),
    # A folder: '.' and '..' are folders like any other.
    Helper(
        "download",
        "dest",
        lambda c, v, f: c.download("r1", ["glb"], v),
        path_value=True,
        accepts=frozenset({"dot", "dotdot"}),
    ),
    Helper("fetch_all", "start", lambda c, v, f: c.fetch_all(start=v), accepts=NONE),
    Helper("fetch_all", "end", lambda c, v, f: c.fetch_all(end=v), accepts=NONE),
    Helper("register_webhook", "destination", lambda c, v, f: c.register_webhook(v)),
]


@pytest.fixture
def files(tmp_path: Path) -> Path:
    (tmp_path / "chair.png").write_bytes(b"\x89PNG" + b"\0" * 16)
    return tmp_path


@pytest.mark.parametrize("flavor", FACTORIES)
@pytest.mark.parametrize(("helper", "value"), cases(HELPERS))
def test_helpers(flavor: str, helper: Helper, value: object, files: Path) -> None:
    check(FACTORIES[flavor], helper, value, files)


@pytest.mark.parametrize("value", ["", "ftp://example.com/a.png", "https://example.com/\ud800.png"], ids=repr)
def test_an_image_url_is_http_text_that_can_be_sent(value: str, files: Path) -> None:
    check(FACTORIES["sync"], Helper("submit", "urls[0]", lambda c, v, f: c.submit(urls=[v])), value, files)


def test_an_empty_request_id_is_refused(files: Path) -> None:
    check(FACTORIES["sync"], Helper("get_request", "request_id", lambda c, v, f: c.get_request(v)), "", files)
