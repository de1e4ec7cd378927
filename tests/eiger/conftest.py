"""Eiger end-to-end fixtures: the stateful mock on real loopback HTTP, and clients pointed at it."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass

import pytest
from fabapi_eiger import AsyncEiger, Eiger

from conformance.mocks.eiger import CREDENTIALS, Store, create_app
from conformance.serving import serve

ACCESS_KEY = CREDENTIALS["EIGER_ACCESS_KEY"]
SECRET_KEY = CREDENTIALS["EIGER_SECRET_KEY"]


@dataclass
class Mock:
    url: str
    store: Store


@pytest.fixture
def mock() -> Iterator[Mock]:
    store = Store()
    with serve(create_app(store=store)) as origin:
        yield Mock(url=f"{origin}/api/v3", store=store)


@pytest.fixture
def eiger(mock: Mock) -> Iterator[Eiger]:
    with Eiger(ACCESS_KEY, SECRET_KEY, base_url=mock.url) as client:
        yield client


@pytest.fixture
async def async_eiger(mock: Mock) -> AsyncIterator[AsyncEiger]:
    async with AsyncEiger(ACCESS_KEY, SECRET_KEY, base_url=mock.url) as client:
        yield client
