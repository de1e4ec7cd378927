"""The 3YOURMIND client end to end against the stateful mock over loopback: upload and wait, offers,
pricing, ordering, quotes, both page shapes, and the vendor's errors as typed exceptions."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from fabapi_3yourmind import (
    AsyncThreeYourMind,
    FileAnalysisFailed,
    LineOffer,
    NoOfferAvailable,
    ThreeYourMind,
)
from fabapi_3yourmind.models import (
    BasketLine,
    Error,
    FileStatus,
    OfferPriceResolution,
    PriceResolutionRequest,
    QuoteFromRequestForQuote,
)
from fabapi_core import Conflict, NotFound

from conformance.stl_files import box

from .conftest import TOKEN

PICKUP = 1  # the seeded service's pickup location
BILLING = 1  # the seeded user's first address


def _id(value: object) -> int:
    assert isinstance(value, int), value
    return value


@pytest.fixture
def part(tmp_path: Path) -> Path:
    return box(tmp_path / "bracket.stl", (40, 20, 10))


def test_upload_wait_pick_price_and_order(tym: ThreeYourMind, store: Any, part: Path) -> None:
    statuses: list[str] = []
    line = tym.upload_to_new_line(part, unit="mm", on_status=lambda s: statuses.append(str(s.status)))
    # The file was analysing on the first read, finished on the next (read a second apart).
    assert statuses == ["analysing", "finished"]
    assert line.status.status == "finished" and line.uuid in store.uploads
    assert store.lines[line.line_id].basket_id == line.basket_id

    offers = tym.offers_for_line(line.basket_id, line.line_id, country="DE")
    assert {offer.offer_id for offer in offers} == {101, 102, 103}
    assert all(offer.material_id == offer.material["id"] for offer in offers)

    def pla(candidates: Sequence[LineOffer]) -> LineOffer | None:
        return next((c for c in candidates if "PLA" in str(c.offer.title)), None)

    picked = tym.pick_offer(line.basket_id, line.line_id, country="DE", choose=pla, quantity=3)
    assert picked.offer.offer_id == 102
    assert isinstance(picked.line, BasketLine) and picked.line.id == line.line_id
    assert store.lines[line.line_id].offer_id == 102 and store.lines[line.line_id].quantity == 3

    price = tym.price_basket(line.basket_id, currency="eur")  # sent upper-cased
    assert price.currency_supported is True
    assert price.subtotal_price is not None and price.total_price is not None

    order = tym.order_basket(
        line.basket_id, billing_address_id=BILLING, payment={"methodId": 1}, pickup_location_id=PICKUP
    )
    assert len(store.orders) == 1
    (placed,) = store.orders.values()
    assert order.id == placed.id and placed.basket_id == line.basket_id
    assert placed.pickup_location["id"] == PICKUP
    with pytest.raises(Conflict):  # an ordered basket cannot be ordered again
        tym.order_basket(line.basket_id, billing_address_id=BILLING, payment={}, pickup_location_id=PICKUP)
    assert len(store.orders) == 1


def test_price_resolution_answers_typed_entries_that_keep_unknown_fields(tym: ThreeYourMind, part: Path) -> None:
    line = tym.upload_to_new_line(part, unit="mm")
    resolved = tym.basket.trigger_price_resolution(
        line.basket_id, line.line_id, body=PriceResolutionRequest(offers=[101, 102])
    )
    assert all(isinstance(entry, OfferPriceResolution) for entry in resolved)
    # The mock resolves at once; the offer id and the price are fields the seed does not name.
    assert [entry.is_price_resolution_required for entry in resolved] == [False, False]
    assert [entry.additional_properties["offerId"] for entry in resolved] == [101, 102]


def test_an_unreadable_file_fails_its_analysis_with_a_typed_error(
    tym: ThreeYourMind, store: Any, tmp_path: Path
) -> None:
    junk = tmp_path / "notes.stl"
    junk.write_bytes(b"this is not a 3D model")
    with pytest.raises(FileAnalysisFailed) as caught:
        tym.upload_to_new_line(junk, unit="inch")
    failure = caught.value
    assert failure.uuid in store.uploads and failure.line_id in store.lines
    assert isinstance(failure.last, FileStatus) and failure.last.status == "error"
    assert str(failure.line_id) in str(failure)


def test_uploads_go_into_an_existing_basket_as_new_lines(tym: ThreeYourMind, store: Any, part: Path) -> None:
    first = tym.upload_to_new_line(part, unit="mm")
    with part.open("rb") as raw:  # a file object works as well as a path
        second = tym.upload_to_new_line(raw, unit="mm", basket_id=first.basket_id, filename="copy.stl")
    assert second.basket_id == first.basket_id and second.line_id != first.line_id
    assert sorted(_id(line.id) for line in tym.basket.list_lines(first.basket_id)) == sorted(
        [first.line_id, second.line_id]
    )
    assert store.uploads[second.uuid].filename == "copy.stl"


def test_nothing_to_pick_is_a_typed_error(tym: ThreeYourMind, part: Path) -> None:
    line = tym.upload_to_new_line(part, unit="mm")
    with pytest.raises(NoOfferAvailable) as caught:
        tym.pick_offer(line.basket_id, line.line_id, country="DE", choose=lambda offers: None)
    assert caught.value.considered == 3


def test_a_quote_is_requested_answered_and_ordered(tym: ThreeYourMind, store: Any, part: Path) -> None:
    line = tym.upload_to_new_line(part, unit="mm")
    tym.pick_offer(line.basket_id, line.line_id, country="DE")
    request = tym.request_quote(line.basket_id, 1, message="Two, anodised black")
    # The printing service answers it (service panel).
    body = QuoteFromRequestForQuote(request_for_quote_id=request["id"], lines=[])
    quote = tym.quote.create_from_request_for_quote(1, body=body)
    assert isinstance(quote.id, int)
    assert [q["id"] for q in tym.quote.list()] == [quote.id]

    tym.order_quote(quote.id, billing_address_id=BILLING, pickup_location_id=PICKUP, delivery_instructions="Gate 2")
    (placed,) = store.orders.values()
    assert placed.quote_id == quote.id and placed.delivery_instructions == "Gate 2"
    with pytest.raises(Conflict):
        tym.order_quote(quote.id, billing_address_id=BILLING, pickup_location_id=PICKUP)


def test_both_page_shapes_iterate_every_item(tym: ThreeYourMind, store: Any) -> None:
    made = [_id(tym.basket.create().id) for _ in range(12)]
    listed = [basket["id"] for basket in tym.basket.list(page_size=10, ordering="-id")]
    assert listed == sorted(made, reverse=True)
    pages = list(tym.basket.list(page_size=10).pages())
    assert [len(page.results) if isinstance(page.results, list) else None for page in pages] == [10, 2]
    assert [page.current_page for page in pages] == [1, 2]
    # AMPI parts link their pages with `next` URLs (12 seeded, 10 to a page).
    assert len(list(tym.ampi.list_parts())) == len(store.ampi_parts) == 12


def test_the_vendors_errors_arrive_typed_with_their_body(tym: ThreeYourMind) -> None:
    with pytest.raises(NotFound) as caught:
        tym.basket.get(999)
    assert isinstance(caught.value.body, Error)
    assert caught.value.body.code == "NOT_FOUND" and "999" in str(caught.value.body.message)


async def test_the_async_twin_runs_the_same_flow(origin: str, store: Any, part: Path) -> None:
    async with AsyncThreeYourMind(TOKEN, base_url=origin) as tym:
        line = await tym.upload_to_new_line(part, unit="mm")
        picked = await tym.pick_offer(line.basket_id, line.line_id, country="DE", quantity=2)
        assert store.lines[line.line_id].offer_id == picked.offer.offer_id
        price = await tym.price_basket(line.basket_id, currency="EUR")
        assert price.total_price is not None
        baskets = [basket["id"] async for basket in tym.basket.list(page_size=10)]
        assert baskets == [line.basket_id]
