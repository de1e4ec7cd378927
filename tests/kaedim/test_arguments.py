"""Kaedim helpers refuse bad input before any request is sent."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from fabapi_core import InvalidArgument, MissingCredential
from fabapi_kaedim import Kaedim, TokenStore


def _no_request(request: httpx.Request) -> httpx.Response:
    raise AssertionError(f"no request may be sent, got {request.method} {request.url}")


@pytest.fixture
def kaedim() -> Iterator[Kaedim]:
    transport = httpx.MockTransport(_no_request)
    with Kaedim("key", "dev", "refresh", transport=transport, token_store=TokenStore()) as client:
        yield client


def _png(path: Path, size: int = 16) -> Path:
    path.write_bytes(b"\x89PNG" + b"\0" * size)
    return path


def test_more_than_six_images(kaedim: Kaedim, tmp_path: Path) -> None:
    with pytest.raises(InvalidArgument, match="at most 6") as caught:
        kaedim.submit(images=[_png(tmp_path / f"{n}.png") for n in range(7)])
    assert caught.value.argument == "images"
    with pytest.raises(InvalidArgument, match="at most 6"):
        kaedim.submit(urls=[f"https://example.com/{n}.png" for n in range(7)])


def test_an_image_over_5_mb(kaedim: Kaedim, tmp_path: Path) -> None:
    big = _png(tmp_path / "big.png", 5 * 1024 * 1024)
    with pytest.raises(InvalidArgument, match="5 MB") as caught:
        kaedim.submit(images=[_png(tmp_path / "ok.png"), big])
    assert caught.value.argument == "images[1]"
    with pytest.raises(InvalidArgument, match="5 MB"):
        kaedim.submit(images=b"\0" * (5 * 1024 * 1024 + 1))


@pytest.mark.parametrize(
    ("kwargs", "argument"),
    [
        ({"loq": "max"}, "loq"),
        ({"polycount": 0}, "polycount"),
        ({"polycount": 2.5}, "polycount"),
        ({"height": -1}, "height"),
        ({"width": float("nan")}, "width"),
    ],
)
def test_bad_options(kaedim: Kaedim, kwargs: dict[str, object], argument: str) -> None:
    with pytest.raises(InvalidArgument) as caught:
        kaedim.submit(urls=["https://example.com/a.png"], **kwargs)  # type: ignore[arg-type]
    assert caught.value.argument == argument


def test_images_or_urls_one_of_the_two(kaedim: Kaedim, tmp_path: Path) -> None:
    with pytest.raises(InvalidArgument, match="one of the two"):
        kaedim.submit()
    with pytest.raises(InvalidArgument, match="one of the two"):
        kaedim.submit(images=_png(tmp_path / "a.png"), urls="https://example.com/a.png")
    with pytest.raises(InvalidArgument, match="not an http"):
        kaedim.submit(urls=["ftp://example.com/a.png"])
    with pytest.raises(InvalidArgument, match="no such image"):
        kaedim.submit(images=[tmp_path / "absent.png"])


@pytest.mark.parametrize(("start", "end"), [("31-12-2023", None), ("2023-02-30", None), (None, "yesterday")])
def test_bad_dates(kaedim: Kaedim, start: str | None, end: str | None) -> None:
    with pytest.raises(InvalidArgument, match="date"):
        kaedim.fetch_all(start=start, end=end)


def test_a_range_that_ends_before_it_starts(kaedim: Kaedim) -> None:
    with pytest.raises(InvalidArgument, match="before start") as caught:
        kaedim.fetch_all(start="2024-05-02", end="05-01-2024")
    assert caught.value.argument == "end"


def test_unknown_download_format(kaedim: Kaedim) -> None:
    with pytest.raises(InvalidArgument, match="formats"):
        kaedim.download("req", ["stl"])


def test_credentials_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("KAEDIM_API_KEY", "KAEDIM_DEV_ID", "KAEDIM_REFRESH_TOKEN", "KAEDIM_STUDIO_ID", "KAEDIM_JWT"):
        monkeypatch.delenv(name, raising=False)
    with pytest.raises(MissingCredential, match="KAEDIM_API_KEY"):
        Kaedim()
    monkeypatch.setenv("KAEDIM_API_KEY", "k-secret-123")
    with pytest.raises(MissingCredential, match="KAEDIM_DEV_ID"):
        Kaedim()
    monkeypatch.setenv("KAEDIM_DEV_ID", "dev-9")
    monkeypatch.setenv("KAEDIM_STUDIO_ID", "studio-3")
    with Kaedim(token_store=TokenStore()) as kaedim:
        assert (kaedim.dev_id, kaedim.studio_id) == ("dev-9", "studio-3")
        assert "k-secret-123" not in repr(kaedim)
