"""The shared checks hand-written helpers run on numbers, text and local paths before sending anything."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import httpx
import pytest
from fabapi_core import (
    InvalidArgument,
    adownload,
    download,
    file_destination,
    finite_number,
    local_path,
    path_text,
    sendable_text,
    whole_number,
)

NOT_FINITE = [float("nan"), float("inf"), float("-inf"), 10**400, -(10**400), Fraction(10**400)]


@pytest.mark.parametrize("value", NOT_FINITE, ids=repr)
def test_a_number_that_is_no_finite_float_is_refused_by_name(value: object) -> None:
    with pytest.raises(InvalidArgument) as caught:
        finite_number(value, "layer_height")
    assert caught.value.argument == "layer_height"
    assert "layer_height" in str(caught.value)


@pytest.mark.parametrize("value", [True, False, None, "1.5", b"1", [1.0], 1j], ids=repr)
def test_what_is_no_number_is_refused_by_name(value: object) -> None:
    with pytest.raises(InvalidArgument, match="must be a number") as caught:
        finite_number(value, "density")
    assert caught.value.argument == "density"


def test_numbers_in_range_come_back_as_given() -> None:
    assert finite_number(3, "x") == 3 and isinstance(finite_number(3, "x"), int)
    assert finite_number(0.25, "x", minimum=0, maximum=1) == 0.25
    assert finite_number(Fraction(1, 2), "x") == 0.5
    assert finite_number(1e308, "x") == 1e308


@pytest.mark.parametrize(
    ("value", "bounds", "phrase"),
    [
        (-1, {"minimum": 0}, "at least 0"),
        (101, {"maximum": 100}, "at most 100"),
        (0, {"above": 0}, "more than 0"),
        (-0.0, {"above": 0}, "more than 0"),
    ],
)
def test_bounds(value: float, bounds: dict[str, float], phrase: str) -> None:
    with pytest.raises(InvalidArgument, match=phrase):
        finite_number(value, "x", **bounds)


@pytest.mark.parametrize("value", [1.5, float("nan"), True, None, "3", 10**400, 2**63], ids=repr)
def test_whole_numbers_are_ints_a_64_bit_integer_can_hold(value: object) -> None:
    with pytest.raises(InvalidArgument) as caught:
        whole_number(value, "quantity", minimum=1)
    assert caught.value.argument == "quantity"


def test_whole_number_bounds() -> None:
    assert whole_number(2**63 - 1, "id") == 2**63 - 1
    with pytest.raises(InvalidArgument, match="at least 1"):
        whole_number(0, "quantity", minimum=1)
    with pytest.raises(InvalidArgument, match="at most 5"):
        whole_number(6, "quantity", maximum=5)


@pytest.mark.parametrize("value", [None, 3, b"abc", ["a"], "a\ud800b", "\udfff"], ids=repr)
def test_text_must_be_a_str_that_can_be_encoded(value: object) -> None:
    with pytest.raises(InvalidArgument) as caught:
        sendable_text(value, "title")
    assert caught.value.argument == "title"


def test_text_that_can_be_sent() -> None:
    assert sendable_text("Ünïcødé ✓ 𝔘", "title") == "Ünïcødé ✓ 𝔘"
    assert sendable_text("", "title") == ""
    with pytest.raises(InvalidArgument, match="empty"):
        sendable_text("", "title", allow_empty=False)


def test_a_lone_surrogate_is_never_echoed_into_the_message() -> None:
    with pytest.raises(InvalidArgument) as caught:
        sendable_text("secret\ud800", "token")
    assert "secret" not in str(caught.value)


@pytest.mark.parametrize("value", [None, 3, True, "", "a\0b", "bad\ud800.stl", b"x.stl"], ids=repr)
def test_local_paths(value: object) -> None:
    with pytest.raises(InvalidArgument) as caught:
        local_path(value, "path")
    assert caught.value.argument == "path"


def test_local_paths_that_work(tmp_path: Path) -> None:
    assert local_path(tmp_path / "a.stl", "path") == tmp_path / "a.stl"
    assert local_path("a.stl", "path") == Path("a.stl")


@pytest.mark.parametrize("value", ["", ".", "..", "a/..", None, 7, "\ud800"], ids=repr)
def test_a_file_destination_names_a_file(value: object) -> None:
    with pytest.raises(InvalidArgument) as caught:
        file_destination(value, "output")
    assert caught.value.argument == "output"


def test_an_existing_folder_is_no_file_destination(tmp_path: Path) -> None:
    with pytest.raises(InvalidArgument, match="folder") as caught:
        file_destination(tmp_path, "output")
    assert caught.value.argument == "output"
    assert file_destination(tmp_path / "new" / "part.stl", "output") == tmp_path / "new" / "part.stl"


@pytest.mark.parametrize("value", ["", ".", "..", None, 7, True, float("nan"), "\ud800"], ids=repr)
def test_path_text_is_text_that_fills_one_segment(value: object) -> None:
    with pytest.raises(InvalidArgument) as caught:
        path_text(value, "quote_id")
    assert caught.value.argument == "quote_id"


def test_path_text_comes_back_unencoded() -> None:
    assert path_text("a/b c", "quote_id") == "a/b c"


def _never(request: httpx.Request) -> httpx.Response:
    raise AssertionError(f"a request was sent: {request.method} {request.url}")


@pytest.mark.parametrize("dest", ["", ".", "..", None], ids=repr)
def test_download_checks_its_destination_before_sending(dest: object, tmp_path: Path) -> None:
    with httpx.Client(transport=httpx.MockTransport(_never)) as http, pytest.raises(InvalidArgument) as caught:
        download(http, "https://files.example.com/a.bin", dest)  # type: ignore[arg-type]
    assert caught.value.argument == "dest"
    with pytest.raises(InvalidArgument):
        download(httpx.Client(transport=httpx.MockTransport(_never)), "https://files.example.com/a", tmp_path)


@pytest.mark.asyncio
async def test_adownload_checks_its_destination_before_sending(tmp_path: Path) -> None:
    async with httpx.AsyncClient(transport=httpx.MockTransport(_never)) as http:
        for dest in ("", ".", tmp_path):
            with pytest.raises(InvalidArgument) as caught:
                await adownload(http, "https://files.example.com/a.bin", dest)
            assert caught.value.argument == "dest"
