"""What `ThreeYourMind` and `AsyncThreeYourMind` share: the instance URL, request bodies built and
checked before anything is sent, the client's set-up.

The clients themselves are written once, in `_async/threeyourmind.py`; the sync one is generated from it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import IO, Any

import httpx
from fabapi_core import (
    ClientSettings,
    Connection,
    HeaderAuth,
    InvalidArgument,
    JobFailed,
    ProgressArg,
    RetryPolicy,
    Secret,
    client_settings,
    progress_for,
    reading_with_progress,
)

from . import _results as results
from ._results import Chooser, LineOffer
from ._vendor import PROFILE
from .client import Client
from .models.basket_line_update import BasketLineUpdate
from .models.catalog_item_from_line import CatalogItemFromLine
from .models.create_order_from_quote_request import CreateOrderFromQuoteRequest
from .models.create_order_request import CreateOrderRequest
from .models.file_status import FileStatus
from .models.file_upload_request import FileUploadRequest
from .models.open_object import OpenObject
from .models.order_payment import OrderPayment
from .models.order_reference import OrderReference
from .models.part_requirements import PartRequirements
from .models.quote_finalize import QuoteFinalize
from .models.request_for_quote_create import RequestForQuoteCreate
from .models.unit import Unit
from .types import UNSET, File

# The spec's paths carry the API prefix; the documented base URL form ends with it too.
_API_PREFIX = re.compile(r"/api/v2\.0/?$")
_INSTANCE = re.compile(r"^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$")
FileArg = str | Path | IO[bytes]
OnStatus = Callable[[FileStatus], None]


def instance_url(instance: str) -> str:
    """The base URL of an instance on 3YOURMIND's hosts: `acme` -> `https://acme.3yourmind.com`.

    Instances on a customer's own domain are given whole, as `base_url=`."""
    if not isinstance(instance, str) or not _INSTANCE.match(instance.lower()):
        raise InvalidArgument("instance", f"instance must be a host name label such as 'acme', got {instance!r:.60}")
    return f"https://{instance.lower()}.3yourmind.com"


def _set_up(
    token: str | Secret | None,
    base_url: str | None,
    instance: str | None,
    timeout: float | httpx.Timeout | None,
    retries: RetryPolicy | int | None,
    transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None,
    allow_insecure_http: bool,
    connection: Connection,
) -> tuple[ClientSettings, Client, tuple[Secret, ...]]:
    """3YOURMIND's own part of a client: its token (`Authorization: Token ...`) and the customer's instance."""
    secret = PROFILE.credential(token, "token", what="API token")
    if base_url is not None and instance is not None:
        raise InvalidArgument("instance", "pass base_url= or instance=, not both")
    settings = client_settings(
        PROFILE,
        base_url=instance_url(instance) if instance is not None else base_url,
        timeout=timeout,
        retries=retries,
        transport=transport,
        allow_insecure_http=allow_insecure_http,
        **connection,
    )
    # The API prefix is in the spec's paths, so a base URL given in the documented form loses it.
    settings = replace(settings, base_url=_API_PREFIX.sub("", settings.base_url.rstrip("/") + "/").rstrip("/"))
    return settings, settings.client(Client, HeaderAuth(secret, prefix="Token")), (secret,)


# -- request bodies, built and checked before anything is sent -----------------------------------


@contextmanager
def _upload_body(file: FileArg, unit: Unit, filename: str | None, progress: ProgressArg) -> Iterator[FileUploadRequest]:
    """The multipart form with the file open: httpx streams it in chunks, never reading it whole."""
    if isinstance(file, str | Path):
        source = Path(file)
        if not source.is_file():
            raise InvalidArgument("file", f"no such file: {source}")
        with source.open("rb") as raw:
            with _form(raw, unit, filename or source.name, source.stat().st_size, progress) as body:
                yield body
        return
    if not hasattr(file, "read"):
        raise InvalidArgument("file", f"file must be a path or a binary file object, got {type(file).__name__}")
    name = filename or Path(str(getattr(file, "name", "upload"))).name
    with _form(file, unit, name, None, progress) as body:
        yield body


@contextmanager
def _form(
    raw: IO[bytes], unit: Unit, name: str, size: int | None, progress: ProgressArg
) -> Iterator[FileUploadRequest]:
    bar = progress_for(progress, description=f"upload {name}", total=size)
    try:
        payload = File(payload=reading_with_progress(raw, bar), file_name=name, mime_type="application/octet-stream")
        yield FileUploadRequest(unit=unit, file=payload, filename=name)
    finally:
        bar.close()


def _line_update(chosen: LineOffer, quantity: int | None) -> BasketLineUpdate:
    update = BasketLineUpdate(offer_id=chosen.offer_id)
    if quantity is not None:
        update.quantity = quantity
    return update


def _chosen(offers: list[LineOffer], choose: Chooser | None, basket_id: int, line_id: int) -> LineOffer:
    chosen = (choose or results.first_printable)(offers)
    if chosen is None:
        raise results.NoOfferAvailable(basket_id, line_id, len(offers))
    if not any(chosen is offer for offer in offers):
        raise InvalidArgument("choose", "choose must return one of the offers it was given, or None")
    return chosen


def _order_body(
    basket_id: int,
    billing_address_id: int,
    payment: Mapping[str, Any],
    shipping: Mapping[str, Any] | None,
    pickup_location_id: int | None,
    voucher_code: str | None,
    project_id: int | None,
    additional_information: Mapping[str, Any] | None,
) -> CreateOrderRequest:
    results.check_delivery(shipping, pickup_location_id)
    # Values inside the mappings are checked where the whole body is, by the caller, named by their JSON path.
    return CreateOrderRequest(
        basket_id=results.check_id(basket_id, "basket_id"),
        billing_address_id=results.check_id(billing_address_id, "billing_address_id"),
        pickup_location_id=results.optional_id(pickup_location_id, "pickup_location_id"),
        shipping=None if shipping is None else OpenObject.from_dict(results.check_mapping("shipping", shipping)),
        payment=OpenObject.from_dict(results.check_mapping("payment", payment)),
        voucher_code=results.optional_text(voucher_code, "voucher_code", allow_empty=False),
        additional_information=OpenObject.from_dict(
            results.check_mapping(
                "additional_information", {} if additional_information is None else additional_information
            )
        ),
        project_id=_or_unset(results.optional_id(project_id, "project_id")),
    )


def _quote_order_body(
    quote_id: int,
    payment_method_id: int,
    currency: str,
    authorized_amount: str | None,
    payment_details: Mapping[str, Any] | None,
    reference: str | None,
    voucher_code: str | None,
) -> CreateOrderFromQuoteRequest:
    """Create Order's quote body, as the vendor's `place_order_from_quote` sends it."""
    payment = OrderPayment(
        method_id=results.check_id(payment_method_id, "payment_method_id"),
        currency=results.check_code("currency", currency, letters=3),
        details=OpenObject.from_dict(results.check_mapping("payment_details", payment_details or {})),
    )
    amount = results.optional_text(authorized_amount, "authorized_amount", allow_empty=False)
    if amount is not None:
        payment.authorized_amount = amount
    body = CreateOrderFromQuoteRequest(quote_id=results.check_id(quote_id, "quote_id"), payment=payment)
    text = results.optional_text(reference, "reference")
    if text is not None:
        body.additional_information = OrderReference(reference=text)
    body.voucher_code = _or_unset(results.optional_text(voucher_code, "voucher_code", allow_empty=False))
    return body


def _catalog_from_line_body(line_id: int) -> CatalogItemFromLine:
    return CatalogItemFromLine(line_id=results.check_id(line_id, "line_id"))


def _requirements_body(answers: Mapping[str, Any]) -> PartRequirements:
    # Values inside are checked where the whole body is, by the caller, named by their JSON path.
    return PartRequirements.from_dict(results.check_mapping("answers", answers))


def _finalize_body(
    billing_address_id: int,
    shipping_address_id: int | None,
    shipping_method_id: int | None,
    pickup_location_id: int | None,
    delivery_instructions: str | None,
) -> QuoteFinalize:
    shipped = None if shipping_address_id is None and shipping_method_id is None else True
    results.check_delivery(shipped, pickup_location_id, shipping_name="shipping_address_id")
    return QuoteFinalize(
        billing_address_id=results.check_id(billing_address_id, "billing_address_id"),
        shipping_address_id=results.optional_id(shipping_address_id, "shipping_address_id"),
        shipping_method_id=results.optional_id(shipping_method_id, "shipping_method_id"),
        pickup_location_id=results.optional_id(pickup_location_id, "pickup_location_id"),
        delivery_instructions=_or_unset(results.optional_text(delivery_instructions, "delivery_instructions")),
    )


def _or_unset(given: Any) -> Any:
    return UNSET if given is None else given


def _price_arguments(
    currency: str,
    shipping_method_id: int | None,
    shipping_address_id: int | None,
    billing_address_id: int | None,
    voucher_code: str | None,
) -> dict[str, Any]:
    return {
        "currency": results.check_code("currency", currency, letters=3),
        "shipping_method_id": _or_unset(results.optional_id(shipping_method_id, "shipping_method_id")),
        "shipping_address_id": _or_unset(results.optional_id(shipping_address_id, "shipping_address_id")),
        "billing_address_id": _or_unset(results.optional_id(billing_address_id, "billing_address_id")),
        "voucher_code": _or_unset(results.optional_text(voucher_code, "voucher_code", allow_empty=False)),
    }


def _quote_body(basket_id: int, partner_id: int, message: str | None) -> RequestForQuoteCreate:
    return RequestForQuoteCreate(
        basket_id=results.check_id(basket_id, "basket_id"),
        partner_id=results.check_id(partner_id, "partner_id"),
        message=_or_unset(results.optional_text(message, "message")),
    )


def _line(basket_id: int, line_id: int) -> tuple[int, int]:
    return results.check_id(basket_id, "basket_id"), results.check_id(line_id, "line_id")


def _upload_arguments(
    unit: Unit | str, basket_id: int | None, filename: str | None, timeout: float, interval: float
) -> tuple[Unit, int | None, str | None, float, float]:
    """Everything `upload_to_new_line` takes besides the file, checked before its first request."""
    return (
        results.check_unit(unit),
        results.optional_id(basket_id, "basket_id"),
        results.check_filename(filename),
        results.check_timeout(timeout),
        results.check_interval(interval),
    )


def _analysis_failed(failure: JobFailed, basket_id: int, line_id: int) -> results.FileAnalysisFailed:
    status = failure.last if isinstance(failure.last, FileStatus) else FileStatus()
    return results.FileAnalysisFailed(status, failure.elapsed, basket_id=basket_id, line_id=line_id)
