"""An error body parsed into a vendor model keeps no credential, nor do `raw` and the message."""

from __future__ import annotations

import json

import httpx
import pytest
from fabapi_3yourmind import ThreeYourMind
from fabapi_3yourmind.models import Error
from fabapi_core import APIError, InvalidArgument
from fabapi_kittycad import KittyCAD

TOKEN = "s3cr3t-t0ken-value-3ym"
OTHER = "0ther-t0ken-value-not-listed"
OTHER_UUID = "5f0c3a52-3b8e-4f8e-9d61-0c2b7f3e9a11"


def _answer(status: int, body: object) -> httpx.MockTransport:
    return httpx.MockTransport(lambda request: httpx.Response(status, json=body))


def _texts(error: APIError) -> str:
    body = error.body.to_dict() if hasattr(error.body, "to_dict") else error.body
    return "\n".join([str(error), repr(error), repr(error.body), json.dumps(body), error.raw.decode()])


def test_a_parsed_error_model_keeps_no_credential() -> None:
    body = {
        "code": "AUTH",
        "message": f"header was Token {TOKEN}",
        "auth": f"Token {OTHER}",
        "moreInfo": [{"authorization": f"Token {OTHER}"}, {"detail": f"Authorization: Token {OTHER}"}],
    }
    client = ThreeYourMind(TOKEN, base_url="https://acme.3yourmind.com", transport=_answer(400, body), retries=0)
    with pytest.raises(APIError) as caught:
        client.basket.get(1)
    error = caught.value
    # Still the vendor's model, its fields masked: the code and the shape stay useful.
    assert isinstance(error.body, Error)
    assert error.body.code == "AUTH"
    assert error.body["auth"] == "***"
    assert error.body.more_info == [{"authorization": "***"}, {"detail": "Authorization: ***"}]
    texts = _texts(error)
    assert TOKEN not in texts and OTHER not in texts


def test_a_sensitive_argument_is_masked_in_the_error_it_leads_to() -> None:
    # The token in the URL path, echoed in the answer: no client lists it, the argument's name says what it is.
    body = {"message": f"nothing is called {OTHER_UUID}", "error_code": "not_found"}
    client = KittyCAD("kc-own-token-1", transport=_answer(404, body), retries=0)
    with pytest.raises(APIError) as caught:
        client.api_tokens.get(OTHER_UUID)
    assert OTHER_UUID not in _texts(caught.value) and OTHER_UUID not in str(caught.value.url)
    assert "/user/api-tokens/" in str(caught.value.url)


def test_a_sensitive_argument_that_does_not_fit_is_not_echoed() -> None:
    client = KittyCAD("kc-own-token-1", transport=_answer(500, {}), retries=0)
    with pytest.raises(InvalidArgument, match="'token'") as caught:
        client.api_tokens.get(OTHER)
    assert OTHER not in str(caught.value)
