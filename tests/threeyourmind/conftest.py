"""3YOURMIND end-to-end fixtures: the stateful mock on real loopback HTTP, and a client pointed at it."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from fabapi_3yourmind import ThreeYourMind

from conformance.mocks import threeyourmind as mock
from conformance.serving import serve

TOKEN = mock.CREDENTIALS["THREEYOURMIND_API_TOKEN"]


@pytest.fixture
def store() -> Any:
    return mock.Store()


@pytest.fixture
def origin(store: Any) -> Iterator[str]:
    with serve(mock.create_app(store=store)) as url:
        yield url


@pytest.fixture
def tym(origin: str) -> Iterator[ThreeYourMind]:
    with ThreeYourMind(TOKEN, base_url=origin) as client:
        yield client
