"""A path parameter fills exactly its own segment: dot segments and empty values never reach httpx.

httpx resolves `.` and `..` away: `parts.remove_file_version(7, 9, uuid='..')` used to go out as
`DELETE /services/7/parts/9/`, another endpoint. Every generated endpoint function (the raw `api/`
ones too) refuses them, and resource methods name the argument as the user wrote it.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from fabapi_3yourmind import ThreeYourMind
from fabapi_3yourmind.api.parts import remove_part_file_version
from fabapi_3yourmind.client import Client
from fabapi_core import Caller, InvalidArgument, expand_path, path_segment

BAD_SEGMENTS = ["", ".", "..", "\ud800", None]


@pytest.mark.parametrize("value", BAD_SEGMENTS, ids=repr)
def test_path_segment_refuses_what_encoding_cannot_protect(value: object) -> None:
    with pytest.raises(InvalidArgument) as caught:
        path_segment(value, "uuid")
    assert caught.value.argument == "uuid"


@pytest.mark.parametrize("value", [float("nan"), float("inf")], ids=repr)
def test_path_segment_refuses_numbers_that_are_not_finite(value: float) -> None:
    with pytest.raises(InvalidArgument) as caught:
        path_segment(value, "id")
    assert caught.value.argument == "id"


@pytest.mark.parametrize(
    ("value", "segment"), [("../x", "..%2Fx"), ("a b?#", "a%20b%3F%23"), ("...", "..."), (7, "7"), ("é", "%C3%A9")]
)
def test_path_segment_encodes_everything_else_whole(value: object, segment: str) -> None:
    assert path_segment(value, "uuid") == segment
    assert expand_path("/files/{uuid}/", {"uuid": value}) == f"/files/{segment}/"


def _recording() -> tuple[list[httpx.Request], httpx.MockTransport]:
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(204)

    return sent, httpx.MockTransport(answer)


@pytest.mark.parametrize("uuid", ["", ".", ".."], ids=repr)
def test_a_resource_method_refuses_a_dot_segment_before_sending(uuid: str) -> None:
    sent, transport = _recording()
    with ThreeYourMind("token", base_url="https://acme.3yourmind.com", transport=transport) as tym:
        with pytest.raises(InvalidArgument) as caught:
            tym.parts.remove_file_version(7, 9, uuid=uuid)
        assert caught.value.argument == "uuid"
        tym.parts.remove_file_version(7, 9, uuid="...")  # three dots are a name, not a dot segment
    assert [request.url.path for request in sent] == ["/api/v2.0/service-panel/services/7/parts/9/file-versions/.../"]


@pytest.mark.parametrize("uuid", ["", ".", ".."], ids=repr)
def test_the_raw_generated_function_refuses_it_too(uuid: str) -> None:
    sent, transport = _recording()
    client = Client(base_url="https://acme.3yourmind.com", httpx_args={"transport": transport})
    with pytest.raises(InvalidArgument) as caught:
        remove_part_file_version.sync_detailed(7, 9, uuid, client=client)
    assert caught.value.argument == "uuid"
    assert not sent


def _renamed_operation(id_: str, *, client: Any) -> Any:
    """A generated function whose argument the resource method renamed (`id_` is `id` to the user)."""
    path_segment(id_, "id_")
    raise AssertionError("a dot segment got past path_segment")


def test_the_caller_names_a_refused_path_value_as_the_user_wrote_it() -> None:
    caller = Caller(client=object())
    with pytest.raises(InvalidArgument) as caught:
        caller.call(_renamed_operation, method="GET", path="/x/{id}", renamed={"id_": "id"}, id_="..")
    assert caught.value.argument == "id"
    assert "'id'" in str(caught.value) and "id_" not in str(caught.value)
