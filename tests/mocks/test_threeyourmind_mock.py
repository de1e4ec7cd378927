"""Behaviour of the 3YOURMIND mock over real loopback HTTP (plain httpx, no SDK)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from conformance.mocks import threeyourmind as mock
from conformance.serving import serve
from conformance.stl_files import box

# The package name starts with a digit: it is imported by name, as the conformance runner does.
TOKEN = mock.CREDENTIALS["THREEYOURMIND_API_TOKEN"]
API = "/api/v2.0"
SPEC = Path(__file__).resolve().parents[2] / "specs" / "threeyourmind" / "openapi.yaml"
ORDER_BODY: dict[str, Any] = {
    "billingAddressId": 1,
    "pickupLocationId": None,
    "shipping": {"methodId": 1},
    "payment": {"methodId": 1},
    "voucherCode": None,
    "additionalInformation": {"note": "test"},
}


@pytest.fixture
def store() -> Any:
    return mock.Store()


@pytest.fixture
def origin(store: Any) -> Iterator[str]:
    with serve(mock.create_app(store)) as url:
        yield url


@pytest.fixture
def api(origin: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=origin + API, headers={"Authorization": f"Token {TOKEN}"}, timeout=30) as client:
        yield client


@pytest.fixture
def cube(tmp_path: Path) -> bytes:
    return box(tmp_path / "cube.stl", (10, 20, 30)).read_bytes()


def _assert_error(response: httpx.Response, status: int, code: str, *words: str) -> dict[str, Any]:
    assert response.status_code == status, response.text
    body: dict[str, Any] = response.json()
    assert set(body) == {"code", "message", "moreInfo"}
    assert body["code"] == code
    assert isinstance(body["moreInfo"], list)
    for word in words:
        assert word in body["message"] + str(body["moreInfo"])
    return body


def _fields(response: httpx.Response) -> set[str]:
    return {item["field"] for item in _assert_error(response, 400, "VALIDATION_ERROR")["moreInfo"]}


def _basket(api: httpx.Client) -> int:
    created = api.post("/user-panel/baskets/")
    assert created.status_code == 201, created.text
    return int(created.json()["id"])


def _line(api: httpx.Client, basket_id: int) -> int:
    created = api.post(f"/user-panel/baskets/{basket_id}/lines/", json={})
    assert created.status_code == 201, created.text
    return int(created.json()["id"])


def _upload(api: httpx.Client, data: bytes, **query: int) -> str:
    answer = api.post("/files/", params=query, data={"unit": "mm"}, files={"file": ("part.stl", data)})
    assert answer.status_code == 201, answer.text
    return str(answer.json()["uuid"])


def _analysed_line(api: httpx.Client, data: bytes) -> tuple[int, int]:
    """A basket with one line whose file has been polled until `finished`."""
    basket_id = _basket(api)
    line_id = _line(api, basket_id)
    _upload(api, data, basket_id=basket_id, line_id=line_id)
    status = f"/user-panel/baskets/{basket_id}/lines/{line_id}/file-status/"
    assert [api.get(status).json()["status"] for _ in range(2)] == ["analysing", "finished"]
    return basket_id, line_id


# -- authentication ----------------------------------------------------------------------------------


@pytest.mark.parametrize("path", ["/user-panel/baskets/", "/my-profile/profile/", "/no/such/path/"])
def test_every_path_needs_the_token(origin: str, path: str) -> None:
    url = origin + API + path
    _assert_error(httpx.get(url), 401, "NOT_AUTHENTICATED")
    _assert_error(httpx.get(url, headers={"Authorization": "Token wrong"}), 401, "NOT_AUTHENTICATED")
    refused = httpx.get(url, headers={"Authorization": f"Bearer {TOKEN}"})
    _assert_error(refused, 401, "NOT_AUTHENTICATED")
    assert refused.headers["www-authenticate"] == "Token"


def test_the_keyword_is_read_case_insensitively(origin: str) -> None:
    answer = httpx.get(origin + API + "/my-profile/profile/", headers={"Authorization": f"token {TOKEN}"})
    assert answer.status_code == 200
    assert answer.json()["email"] == "jane.doe@example.com"


def test_unknown_paths_and_wrong_methods(api: httpx.Client) -> None:
    _assert_error(api.get("/user-panel/nothing-here/"), 404, "NOT_FOUND")
    _assert_error(api.get("/user-panel/baskets"), 404, "NOT_FOUND")  # the API's paths end with a slash
    wrong = api.put("/user-panel/baskets/")
    _assert_error(wrong, 405, "METHOD_NOT_ALLOWED")
    assert wrong.headers["allow"] == "GET, POST"
    # A literal segment is its own resource, not an item id: GET on a POST-only action is a 405.
    action = api.get("/user-panel/catalog/bulk-delete/")
    _assert_error(action, 405, "METHOD_NOT_ALLOWED")
    assert action.headers["allow"] == "POST"


# -- validation --------------------------------------------------------------------------------------


@pytest.mark.parametrize("page_size", ["12", "5", "105", "abc", "20.5", " 20"])
def test_page_size_is_a_multiple_of_five_from_ten_to_a_hundred(api: httpx.Client, page_size: str) -> None:
    assert _fields(api.get("/user-panel/baskets/", params={"pageSize": page_size})) == {"pageSize"}


@pytest.mark.parametrize("page_size", ["10", "15", "100", "20.0"])
def test_valid_page_sizes_are_taken(api: httpx.Client, page_size: str) -> None:
    answer = api.get("/user-panel/baskets/", params={"pageSize": page_size})
    assert answer.status_code == 200, answer.text
    assert answer.json()["pageSize"] == int(float(page_size))


@pytest.mark.parametrize("ordering", ["title,", "-", "ti tle", "--title", "title;id"])
def test_ordering_must_be_comma_separated_names(api: httpx.Client, ordering: str) -> None:
    assert _fields(api.get("/user-panel/baskets/", params={"ordering": ordering})) == {"ordering"}


def test_page_below_one_and_repeated_parameters_are_refused(api: httpx.Client) -> None:
    assert _fields(api.get("/user-panel/baskets/", params={"page": 0})) == {"page"}
    assert _fields(api.get("/user-panel/baskets/?page=1&page=2")) == {"page"}


def test_path_ids_must_be_positive_integers(api: httpx.Client) -> None:
    assert _fields(api.get("/user-panel/baskets/0/")) == {"basket_id"}
    assert _fields(api.get("/user-panel/baskets/abc/")) == {"basket_id"}


def test_upload_wants_a_unit_of_mm_or_inch_and_a_file(api: httpx.Client, cube: bytes) -> None:
    wrong_unit = api.post("/files/", data={"unit": "cm"}, files={"file": ("a.stl", cube)})
    assert _fields(wrong_unit) == {"unit"}
    assert _fields(api.post("/files/", data={"unit": "mm", "origin": "x"}, files={"other": ("a.stl", cube)})) == {
        "file"
    }
    assert _fields(api.post("/files/", files={"file": ("a.stl", cube)})) == {"unit"}
    _assert_error(api.post("/files/", json={"unit": "mm"}), 415, "UNSUPPORTED_MEDIA_TYPE")


def test_malformed_json_bodies_are_refused(api: httpx.Client) -> None:
    basket_id = _basket(api)
    url = f"/user-panel/baskets/{basket_id}/"
    headers = {"Content-Type": "application/json"}
    _assert_error(api.patch(url, content=b"{not json", headers=headers), 400, "VALIDATION_ERROR", "JSON")
    _assert_error(api.patch(url, content=b"NaN", headers=headers), 400, "VALIDATION_ERROR")
    assert _fields(api.patch(url, json=["title"])) == {"body"}
    assert _fields(api.patch(url, json={"title": 7})) == {"title"}
    # Not nullable in the spec, though the generated model would take null.
    assert _fields(api.patch(url, json={"title": None})) == {"title"}
    _assert_error(
        api.patch(url, content=b"title=x", headers={"Content-Type": "text/plain"}), 415, "UNSUPPORTED_MEDIA_TYPE"
    )
    # Whole numbers in decimal notation are integers in JSON Schema.
    line_id = _line(api, basket_id)
    renamed = api.patch(f"/user-panel/baskets/{basket_id}/lines/{line_id}/", json={"quantity": 4.0})
    assert renamed.status_code == 200, renamed.text
    assert renamed.json()["quantity"] == 4
    assert _fields(api.patch(f"/user-panel/baskets/{basket_id}/lines/{line_id}/", json={"quantity": 0})) == {"quantity"}


# -- baskets, files, offers, prices and orders ----------------------------------------------------------


def test_basket_to_order(api: httpx.Client, cube: bytes) -> None:
    basket_id = _basket(api)
    line_id = _line(api, basket_id)
    line_url = f"/user-panel/baskets/{basket_id}/lines/{line_id}/"
    file_uuid = _upload(api, cube, basket_id=basket_id, line_id=line_id)

    # Nothing to price or pick before the analysis ends.
    _assert_error(api.get(line_url + "materials/", params={"country": "DE"}), 409, "CONFLICT", "analysed")
    assert api.get(line_url + "file-status/").json() == {"uuid": file_uuid, "status": "analysing"}
    assert api.get(line_url + "file-status/").json() == {"uuid": file_uuid, "status": "finished"}
    _assert_error(api.get(f"/user-panel/baskets/{basket_id}/price/", params={"currency": "EUR"}), 409, "CONFLICT")

    materials = api.get(line_url + "materials/", params={"country": "DE"}).json()
    assert {m["id"] for m in materials} == {11, 12, 13}
    assert all(m["isPrintable"] for m in materials)
    offers = api.get(line_url + "materials/11/offers/", params={"country": "DE"}).json()
    assert [(o["id"], o["productId"], o["price"]["exclTax"]) for o in offers] == [(101, 11, "19.00000")]
    assert api.get(line_url + "materials/11/offers/101/").json()["printabilityStatus"] == "printable"
    _assert_error(api.get(line_url + "materials/12/offers/101/"), 404, "NOT_FOUND")

    picked = api.patch(line_url, json={"offerId": 101, "quantity": 3})
    assert picked.status_code == 200, picked.text
    assert (picked.json()["offerId"], picked.json()["productId"], picked.json()["canBeOrdered"]) == (101, 11, True)
    assert picked.json()["linePrice"]["exclTax"] == "57.00000"

    price = api.get(f"/user-panel/baskets/{basket_id}/price/", params={"currency": "EUR", "shippingMethodId": 1})
    assert price.status_code == 200, price.text
    amounts = price.json()
    assert amounts["currencySupported"] is True
    assert amounts["subtotalPrice"] == {"currency": "EUR", "exclTax": "57.00000", "inclTax": "67.83000"}
    assert amounts["shippingPrice"]["exclTax"] == "9.90000"
    assert amounts["totalPrice"]["exclTax"] == "66.90000"
    assert amounts["taxRate"] == "19.00000"
    other = api.get(f"/user-panel/baskets/{basket_id}/price/", params={"currency": "JPY", "voucherCode": "CODE2000"})
    assert other.json()["currencySupported"] is False
    assert other.json()["voucherDiscountPrice"]["exclTax"] == "5.70000"

    placed = api.post("/user-panel/orders/", json={**ORDER_BODY, "basketId": basket_id})
    assert placed.status_code == 201, placed.text
    order_id = placed.json()["id"]
    order = api.get(f"/user-panel/orders/{order_id}/").json()
    assert order["status"] == {"id": 1, "name": "Pending"}
    assert order["totalItemsQuantity"] == 3
    assert order["subtotalPrice"]["exclTax"] == "57.00000"
    assert order["totalPrice"]["exclTax"] == "66.90000"
    assert order["shippingMethod"]["id"] == 1
    assert order["billingAddress"]["city"] == "Berlin"
    line = api.get(f"/user-panel/orders/{order_id}/{line_id}/").json()
    assert (line["offerId"], line["quantity"], line["fileUuid"]) == (101, 3, file_uuid)
    _assert_error(api.get(f"/user-panel/orders/{order_id}/{line_id + 100}/"), 404, "NOT_FOUND")

    # An ordered basket is frozen, and cannot be ordered twice.
    _assert_error(api.patch(line_url, json={"quantity": 1}), 409, "CONFLICT")
    _assert_error(api.post("/user-panel/orders/", json={**ORDER_BODY, "basketId": basket_id}), 409, "CONFLICT")
    listed = api.get("/user-panel/orders/").json()
    assert [o["id"] for o in listed["results"]] == [order_id]
    downloaded = api.get(f"/files/order/{order_id}/{file_uuid}/download/")
    assert downloaded.status_code == 200
    assert downloaded.content == cube
    assert downloaded.headers["content-type"] == "application/octet-stream"


def test_orders_need_one_way_of_delivery_and_known_references(api: httpx.Client, cube: bytes) -> None:
    basket_id, line_id = _analysed_line(api, cube)
    both = {**ORDER_BODY, "basketId": basket_id, "pickupLocationId": 1}
    assert _fields(api.post("/user-panel/orders/", json=both)) == {"shipping"}
    neither = {**ORDER_BODY, "basketId": basket_id, "shipping": None}
    assert _fields(api.post("/user-panel/orders/", json=neither)) == {"shipping"}
    _assert_error(api.post("/user-panel/orders/", json={**ORDER_BODY, "basketId": 999}), 404, "NOT_FOUND")
    # No offer picked yet.
    _assert_error(api.post("/user-panel/orders/", json={**ORDER_BODY, "basketId": basket_id}), 409, "CONFLICT")
    api.patch(f"/user-panel/baskets/{basket_id}/lines/{line_id}/", json={"offerId": 102})
    unknown_address = {**ORDER_BODY, "basketId": basket_id, "billingAddressId": 99}
    _assert_error(api.post("/user-panel/orders/", json=unknown_address), 404, "NOT_FOUND", "Address")
    pickup = {**ORDER_BODY, "basketId": basket_id, "shipping": None, "pickupLocationId": 1}
    placed = api.post("/user-panel/orders/", json=pickup)
    assert placed.status_code == 201, placed.text
    order = api.get(f"/user-panel/orders/{placed.json()['id']}/").json()
    assert order["pickupLocation"]["id"] == 1
    assert order["shippingMethod"] is None
    assert order["totalPrice"]["exclTax"] == "7.50000"


@pytest.mark.parametrize("reads", [0, 3])
def test_analysis_reads_set_how_long_a_file_is_analysing(
    store: Any, api: httpx.Client, cube: bytes, reads: int
) -> None:
    store.analysis_reads = reads
    file_uuid = _upload(api, cube)
    statuses = [api.get(f"/files/status/{file_uuid}/").json()["status"] for _ in range(reads + 2)]
    assert statuses == ["analysing"] * reads + ["finished", "finished"]


def test_a_file_that_is_not_3d_ends_in_error(api: httpx.Client) -> None:
    basket_id = _basket(api)
    file_uuid = _upload(api, b"this is not an STL file", basket_id=basket_id)
    line_id = api.get(f"/user-panel/baskets/{basket_id}/lines/").json()[0]["id"]
    status = f"/user-panel/baskets/{basket_id}/lines/{line_id}/file-status/"
    assert [api.get(status).json()["status"] for _ in range(2)] == ["analysing", "error"]
    optimization = api.get(f"/files/status/{file_uuid}/").json()
    assert optimization["status"] == "failed"
    assert "valid 3D Model" in optimization["message"]
    materials = api.get(f"/user-panel/baskets/{basket_id}/lines/{line_id}/materials/", params={"country": "DE"})
    _assert_error(materials, 409, "CONFLICT", "could not be analysed")
    _assert_error(api.get(f"/files/parameter/{file_uuid}/"), 409, "CONFLICT")


def test_uploads_without_a_line_make_one(api: httpx.Client, cube: bytes) -> None:
    # Without basket and line: a new basket of its own, and a URL with the token AMPI takes.
    answer = api.post("/files/", data={"unit": "inch", "filename": "bracket.stl"}, files={"file": ("x.stl", cube)})
    assert answer.status_code == 201
    assert "?token=" in answer.json()["url"]
    baskets = api.get("/user-panel/baskets/").json()["results"]
    assert [b["title"] for b in baskets] == ["bracket"]
    # With a basket only: a new line in it.
    basket_id = baskets[0]["id"]
    _upload(api, cube, basket_id=basket_id)
    lines = api.get(f"/user-panel/baskets/{basket_id}/lines/").json()
    assert len(lines) == 2
    assert lines[0]["file"]["unit"] == "inch"
    # Inches are measured in millimetres.
    file_uuid = lines[0]["file"]["uuid"]
    api.get(f"/files/status/{file_uuid}/")
    measured = api.get(f"/files/parameter/{file_uuid}/").json()
    assert (measured["original"]["w"], measured["original"]["d"], measured["unit"]) == (254.0, 762.0, "inch")
    _assert_error(
        api.post("/files/", params={"basket_id": 999}, data={"unit": "mm"}, files={"file": cube}), 404, "NOT_FOUND"
    )
    stray = api.post(
        "/files/", params={"basket_id": basket_id, "line_id": 999}, data={"unit": "mm"}, files={"file": cube}
    )
    _assert_error(stray, 404, "NOT_FOUND", "Line")


def test_a_too_large_part_cannot_take_a_small_offer(api: httpx.Client, tmp_path: Path) -> None:
    large = box(tmp_path / "large.stl", (300, 300, 300)).read_bytes()
    basket_id, line_id = _analysed_line(api, large)
    offers = api.get(f"/user-panel/baskets/{basket_id}/lines/{line_id}/materials/12/offers/", params={"country": "DE"})
    assert offers.json()[0]["printabilityStatus"] == "not_printable"
    refused = api.patch(f"/user-panel/baskets/{basket_id}/lines/{line_id}/", json={"offerId": 102})
    _assert_error(refused, 409, "CONFLICT", "too large")
    assert api.patch(f"/user-panel/baskets/{basket_id}/lines/{line_id}/", json={"offerId": 101}).status_code == 200


def test_lines_are_cloned_and_deleted(api: httpx.Client, cube: bytes) -> None:
    basket_id, line_id = _analysed_line(api, cube)
    api.patch(f"/user-panel/baskets/{basket_id}/lines/{line_id}/", json={"offerId": 101, "name": "Bracket"})
    clone = api.post(f"/user-panel/baskets/{basket_id}/lines/", json={"cloneLine": line_id})
    assert clone.status_code == 201
    assert (clone.json()["name"], clone.json()["offerId"]) == ("Bracket", 101)
    _assert_error(api.post(f"/user-panel/baskets/{basket_id}/lines/", json={"cloneLine": 999}), 404, "NOT_FOUND")
    assert api.delete(f"/user-panel/baskets/{basket_id}/lines/{line_id}/").status_code == 204
    _assert_error(api.get(f"/user-panel/baskets/{basket_id}/lines/{line_id}/"), 404, "NOT_FOUND")
    basket = api.get(f"/user-panel/baskets/{basket_id}/").json()
    assert [meta["id"] for meta in basket["lineMeta"]] == [clone.json()["id"]]


def test_unknown_and_deleted_baskets_are_404(api: httpx.Client) -> None:
    _assert_error(api.get("/user-panel/baskets/999/"), 404, "NOT_FOUND", "Basket 999")
    basket_id = _basket(api)
    line_id = _line(api, basket_id)
    other_id = _basket(api)
    _assert_error(api.get(f"/user-panel/baskets/{other_id}/lines/{line_id}/"), 404, "NOT_FOUND")
    renamed = api.patch(f"/user-panel/baskets/{basket_id}/", json={"title": "Renamed"})
    assert renamed.json()["title"] == "Renamed"
    assert api.delete(f"/user-panel/baskets/{basket_id}/").status_code == 204
    _assert_error(api.get(f"/user-panel/baskets/{basket_id}/"), 404, "NOT_FOUND")
    _assert_error(api.get(f"/user-panel/baskets/{basket_id}/lines/{line_id}/"), 404, "NOT_FOUND")
    _assert_error(api.delete(f"/user-panel/baskets/{basket_id}/"), 404, "NOT_FOUND")
    # The service panel sees only the baskets made there for its service.
    _assert_error(api.get(f"/service-panel/services/1/baskets/{other_id}/"), 404, "NOT_FOUND")
    _assert_error(api.get("/service-panel/services/9/baskets/"), 404, "NOT_FOUND", "Service")


# -- quotes --------------------------------------------------------------------------------------------------


def test_request_for_quote_to_order(api: httpx.Client, cube: bytes) -> None:
    basket_id, line_id = _analysed_line(api, cube)
    api.patch(f"/user-panel/baskets/{basket_id}/lines/{line_id}/", json={"quantity": 2})
    request = api.post("/user-panel/requests-for-quote/", json={"basketId": basket_id, "partnerId": 1, "message": "?"})
    assert request.status_code == 201, request.text
    assert request.json()["status"] == "open"
    _assert_error(
        api.post("/user-panel/requests-for-quote/", json={"basketId": basket_id, "partnerId": 5}), 404, "NOT_FOUND"
    )

    lines = [{"lineId": line_id, "unitPrice": "12.50"}]
    quoted = api.post(
        "/service-panel/services/1/quotes/", json={"requestForQuoteId": request.json()["id"], "lines": lines}
    )
    assert quoted.status_code == 201, quoted.text
    quote_id = quoted.json()["id"]
    assert quoted.json()["subtotalPrice"]["exclTax"] == "25.00000"
    again = api.post("/service-panel/services/1/quotes/", json={"requestForQuoteId": request.json()["id"], "lines": []})
    _assert_error(again, 409, "CONFLICT")

    assert [q["id"] for q in api.get("/user-panel/quotes/").json()] == [quote_id]
    quote = api.get(f"/user-panel/quotes/{quote_id}/").json()
    assert (quote["isOrdered"], quote["status"], quote["rootBasketId"]) == (False, "not ordered", basket_id)

    order = api.put(f"/user-panel/quotes/{quote_id}/finalize/", json={"billingAddressId": 2, "shippingMethodId": 2})
    assert order.status_code == 200, order.text
    assert order.json()["subtotalPrice"]["exclTax"] == "25.00000"
    assert order.json()["shippingMethod"]["title"] == "Express"
    assert order.json()["billingAddress"]["city"] == "Munich"
    assert api.get(f"/user-panel/quotes/{quote_id}/").json()["isOrdered"] is True
    _assert_error(api.put(f"/user-panel/quotes/{quote_id}/finalize/", json={}), 409, "CONFLICT")
    assert [o["id"] for o in api.get("/user-panel/orders/").json()["results"]] == [order.json()["id"]]
    listed = api.get("/service-panel/services/1/quotes/", params={"status": "ordered"}).json()
    assert [q["id"] for q in listed["results"]] == [quote_id]
    assert api.get("/service-panel/services/1/quotes/", params={"status": "not ordered"}).json()["count"] == 0
    _assert_error(api.get("/user-panel/quotes/999/"), 404, "NOT_FOUND")


def test_services_quote_a_basket_directly(api: httpx.Client, cube: bytes) -> None:
    basket_id, line_id = _analysed_line(api, cube)
    body = {"basketId": basket_id, "userId": 7, "billingAddressId": 1, "shippingPrice": "5.00"}
    _assert_error(api.post("/service-panel/services/1/quotes/from-basket/", json=body), 409, "CONFLICT", "no offer")
    api.patch(f"/user-panel/baskets/{basket_id}/lines/{line_id}/", json={"offerId": 103})
    created = api.post("/service-panel/services/1/quotes/from-basket/", json=body)
    assert created.status_code == 201, created.text
    quote = api.get(f"/user-panel/quotes/{created.json()['id']}/").json()
    assert quote["subtotalPrice"]["exclTax"] == "120.00000"
    assert quote["totalPrice"]["exclTax"] == "125.00000"
    assert _fields(
        api.post("/service-panel/services/1/quotes/from-basket/", json={**body, "shippingPrice": "a lot"})
    ) == {"shippingPrice"}
    _assert_error(
        api.post("/service-panel/services/1/quotes/from-basket/", json={**body, "userId": 8}), 404, "NOT_FOUND"
    )


# -- pages -----------------------------------------------------------------------------------------------------


def test_page_numbers_and_ordering(api: httpx.Client) -> None:
    made = [_basket(api) for _ in range(12)]
    for basket_id in made:
        api.patch(f"/user-panel/baskets/{basket_id}/", json={"title": f"Basket {basket_id:02d}"})
    first = api.get("/user-panel/baskets/", params={"pageSize": 10}).json()
    assert (first["count"], first["currentPage"], first["totalPages"], first["pageSize"]) == (12, 1, 2, 10)
    assert [b["id"] for b in first["results"]] == made[::-1][:10]  # newest first by default
    second = api.get("/user-panel/baskets/", params={"pageSize": 10, "page": 2}).json()
    assert [b["id"] for b in second["results"]] == made[::-1][10:]
    _assert_error(api.get("/user-panel/baskets/", params={"pageSize": 10, "page": 3}), 404, "NOT_FOUND", "page")
    by_title = api.get("/user-panel/baskets/", params={"ordering": "title", "pageSize": 15}).json()["results"]
    assert [b["id"] for b in by_title] == made
    descending = api.get("/user-panel/baskets/", params={"ordering": "-title", "pageSize": 15}).json()["results"]
    assert [b["id"] for b in descending] == made[::-1]
    # Unknown names are ignored (as the vendor's server ignores them); snake_case names are understood.
    assert api.get("/user-panel/baskets/", params={"ordering": "colour"}).status_code == 200
    oldest = api.get("/user-panel/baskets/", params={"ordering": "created_at,id", "pageSize": 15}).json()["results"]
    assert [b["id"] for b in oldest] == made


def test_ampi_pages_link_to_each_other(api: httpx.Client) -> None:
    first = api.get("/ampi/parts/").json()
    assert set(first) == {"count", "next", "previous", "pageSize", "results"}
    assert (first["count"], first["pageSize"], first["previous"], len(first["results"])) == (12, 10, None, 10)
    second = httpx.get(first["next"], headers={"Authorization": f"Token {TOKEN}"}).json()
    assert [p["shortId"] for p in second["results"]] == ["P-0011", "P-0012"]
    assert second["next"] is None
    assert httpx.get(second["previous"], headers={"Authorization": f"Token {TOKEN}"}).json() == first
    _assert_error(api.get("/ampi/parts/", params={"page": 3}), 404, "NOT_FOUND")


def test_ampi_parts_are_made_from_an_upload_token(api: httpx.Client, cube: bytes) -> None:
    uploaded = api.post("/files/", data={"unit": "mm"}, files={"file": ("p.stl", cube)}).json()
    token = httpx.URL(uploaded["url"]).params["token"]
    body = {"branch": 1, "values": {"name": "Hinge"}, "branchIsAdvanced": False, "stlFileToken": token}
    part = api.post("/ampi/parts/", json=body)
    assert part.status_code == 201, part.text
    assert (part.json()["hasStlFile"], part.json()["values"]) == (True, {"name": "Hinge"})
    short_id = part.json()["shortId"]
    assert api.get("/ampi/parts/").json()["count"] == 13
    _assert_error(api.post("/ampi/parts/", json={**body, "stlFileToken": "nope"}), 404, "NOT_FOUND")
    moved = api.patch("/ampi/parts/bulk-update/", json={"statusSlug": "approved", "parts": [short_id]})
    assert moved.json()[0]["status"] == {"id": 3, "slug": "approved"}
    assert api.post("/ampi/parts/bulk-delete/", json={"parts": [short_id]}).status_code == 204
    _assert_error(api.get(f"/ampi/parts/{short_id}/"), 404, "NOT_FOUND")


# -- the user ---------------------------------------------------------------------------------------------------


def test_profile_reads_and_changes(api: httpx.Client) -> None:
    profile = api.get("/my-profile/profile/").json()
    assert (profile["fullName"], profile["addressCount"], profile["defaultAddressId"]) == ("Jane Doe", 2, 1)
    assert profile["defaultAddress"]["city"] == "Berlin"
    patched = api.patch("/my-profile/profile/", json={"firstName": "Janet", "defaultAddressId": 2})
    assert patched.status_code == 200
    assert (patched.json()["fullName"], patched.json()["defaultAddress"]["city"]) == ("Janet Doe", "Munich")
    put = api.put("/my-profile/profile/", json={"lastName": None})
    assert (put.json()["firstName"], put.json()["lastName"], put.json()["fullName"]) == ("Janet", None, "Janet")
    _assert_error(api.patch("/my-profile/profile/", json={"defaultAddressId": 99}), 404, "NOT_FOUND")
    assert _fields(api.patch("/my-profile/profile/", json={"firstName": 5})) == {"firstName"}


def test_addresses_crud(api: httpx.Client) -> None:
    fields = {
        "city": "Hamburg",
        "companyName": None,
        "country": "DE",
        "department": None,
        "firstName": "Jane",
        "lastName": "Doe",
        "line1": "Elbchaussee 3",
        "line2": None,
        "phoneNumber": "+49 40 123",
        "state": None,
        "title": None,
        "vatId": None,
        "zipCode": "22763",
    }
    created = api.post("/my-profile/addresses/", json=fields)
    assert created.status_code == 201, created.text
    address_id = created.json()["id"]
    assert created.json() == {"id": address_id, **fields}
    assert api.get(f"/my-profile/addresses/{address_id}/").json()["city"] == "Hamburg"
    assert api.get("/my-profile/profile/").json()["addressCount"] == 3
    moved = api.put(f"/my-profile/addresses/{address_id}/", json={**fields, "city": "Bremen"})
    assert moved.json()["city"] == "Bremen"
    patched = api.patch(f"/my-profile/addresses/{address_id}/", json={**fields, "zipCode": "28195"})
    assert (patched.json()["city"], patched.json()["zipCode"]) == ("Hamburg", "28195")
    missing_city = {key: value for key, value in fields.items() if key != "city"}
    assert _fields(api.post("/my-profile/addresses/", json=missing_city)) == {"city"}
    assert _fields(api.post("/my-profile/addresses/", json={**fields, "city": None})) == {"city"}
    assert [a["id"] for a in api.get("/my-profile/addresses/").json()] == [1, 2, address_id]
    assert api.delete(f"/my-profile/addresses/{address_id}/").status_code == 204
    _assert_error(api.get(f"/my-profile/addresses/{address_id}/"), 404, "NOT_FOUND")
    _assert_error(api.delete(f"/my-profile/addresses/{address_id}/"), 404, "NOT_FOUND")
    # Deleting the default address leaves the profile without one.
    assert api.delete("/my-profile/addresses/1/").status_code == 204
    assert api.get("/my-profile/profile/").json()["defaultAddressId"] is None


def test_preferences(api: httpx.Client) -> None:
    assert api.get("/my-profile/preferences/").json() == {
        "country": "DE",
        "currency": "EUR",
        "language": "en",
        "unit": "mm",
    }
    changed = api.put("/my-profile/preferences/", json={"unit": "inch", "language": "de"})
    assert changed.json() == {"country": "DE", "currency": "EUR", "language": "de", "unit": "inch"}
    assert _fields(api.put("/my-profile/preferences/", json={})) == {"body"}
    assert _fields(api.put("/my-profile/preferences/", json={"unit": "cm"})) == {"unit"}
    assert _fields(api.put("/my-profile/preferences/", json={"country": "DEU"})) == {"country"}


# -- operations without state of their own ------------------------------------------------------------------


def test_generic_operations_answer_from_the_spec_and_remember_deletions(api: httpx.Client) -> None:
    workstation = api.get("/service-panel/services/1/workstations/5/")
    assert workstation.status_code == 200
    assert workstation.json()["id"] == 5
    created = api.post(
        "/service-panel/services/1/workstations/",
        json={"name": "Printer 1", "dimensionX": 250, "dimensionY": 250, "dimensionZ": 300, "materials": []},
    )
    assert created.status_code == 201
    assert created.json()["name"] == "Printer 1"
    assert created.json()["id"] >= 1000
    assert api.delete("/service-panel/services/1/workstations/5/").status_code == 204
    _assert_error(api.get("/service-panel/services/1/workstations/5/"), 404, "NOT_FOUND")
    _assert_error(api.get("/service-panel/services/1/workstations/5/machine/"), 404, "NOT_FOUND")
    assert api.get("/service-panel/services/1/workstations/6/").status_code == 200
    page = api.get("/service-panel/services/1/jobs/", params={"pageSize": 50}).json()
    assert page == {"count": 0, "currentPage": 1, "totalPages": 1, "pageSize": 50, "results": []}
    assert _fields(api.post("/service-panel/services/1/workstations/", json={"name": "No size"})) == {
        "dimensionX",
        "dimensionY",
        "dimensionZ",
        "materials",
    }
    csv = api.get("/service-panel/services/1/jobs/export-csv/")
    assert csv.headers["content-type"].startswith("text/csv")


def test_every_operation_of_the_spec_is_served() -> None:
    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    documented = {
        (method.upper(), path)
        for path, item in spec["paths"].items()
        for method in item
        if method in ("get", "put", "post", "delete", "patch")
    }
    app = mock.create_app()
    served = {(method, getattr(route, "path", "")) for route in app.routes for method in getattr(route, "methods", ())}
    assert served == documented
    assert len(served) == 204
