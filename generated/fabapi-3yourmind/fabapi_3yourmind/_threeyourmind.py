# Copied from overlays/threeyourmind/_threeyourmind.py by the fabapi pipeline: edit it there, then run `nox -s generate`.
"""`ThreeYourMind` and `AsyncThreeYourMind`: the entry points, with the ordering workflows as single calls.

Every operation of the spec is reachable through the generated resource groups
(`tym.basket.list()`, `tym.orders.get(42)`); the methods here chain them the way
3YOURMIND's documentation describes: upload a file into a basket line and wait for its
analysis, pick an offer, price the basket, order it, or turn a quote into an order.
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
    AsyncCaller,
    AsyncClientLifecycle,
    Caller,
    ClientLifecycle,
    ClientSettings,
    HeaderAuth,
    InvalidArgument,
    JobFailed,
    ProgressArg,
    RetryPolicy,
    Secret,
    apoll,
    client_settings,
    poll,
    progress_for,
    reading_with_progress,
)

from . import _results as results
from ._resources import AsyncResources, Resources
from ._results import Chooser, LineOffer, PickedOffer, UploadedLine
from ._vendor import PROFILE
from .client import Client
from .models.basket_line_create import BasketLineCreate
from .models.basket_line_update import BasketLineUpdate
from .models.basket_price import BasketPrice
from .models.create_order_request import CreateOrderRequest
from .models.file_status import FileStatus
from .models.file_upload_request import FileUploadRequest
from .models.open_object import OpenObject
from .models.order import Order
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
    """The base URL of a customer instance: `acme` -> `https://acme.3yourmind.com`."""
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


class ThreeYourMind(ClientLifecycle, Resources):
    """3YOURMIND REST API v2.0 of one customer instance.

    The token comes from the argument or THREEYOURMIND_API_TOKEN (sent as `Authorization: Token
    ...`); the instance from `base_url=`/`instance=` or THREEYOURMIND_BASE_URL — there is no default.

    >>> tym = ThreeYourMind(instance="acme")          # doctest: +SKIP
    >>> line = tym.upload_to_new_line("part.stl", unit="mm")  # doctest: +SKIP
    """

    def __init__(
        self,
        token: str | Secret | None = None,
        *,
        base_url: str | None = None,
        instance: str | None = None,
        timeout: float | httpx.Timeout | None = PROFILE.timeout,
        retries: RetryPolicy | int | None = None,
        allow_insecure_http: bool = False,
        transport: httpx.BaseTransport | None = None,
        strict: bool = False,
    ) -> None:
        self._settings, self._client, secrets = _set_up(
            token, base_url, instance, timeout, retries, transport, allow_insecure_http
        )
        self.base_url = self._settings.base_url
        super().__init__(Caller(self._client, secrets=secrets, strict=strict))

    # --- upload -------------------------------------------------------------------------

    def upload_to_new_line(
        self,
        file: FileArg,
        *,
        unit: Unit | str,
        basket_id: int | None = None,
        filename: str | None = None,
        timeout: float = 600.0,
        interval: float = 1.0,
        on_status: OnStatus | None = None,
        progress: ProgressArg = None,
    ) -> UploadedLine:
        """Upload a 3D file into a new line (of a new basket unless `basket_id` is given) and wait
        until 3YOURMIND has analysed it. The file is streamed, never read whole.

        Raises `FileAnalysisFailed` when the analysis ends in error, `PollTimeout` after `timeout` s.
        """
        checked_unit, basket_id, filename, timeout, interval = _upload_arguments(
            unit, basket_id, filename, timeout, interval
        )
        with _upload_body(file, checked_unit, filename, progress) as body:
            basket = (
                basket_id
                if basket_id is not None
                else results.created_id(self.with_raw_response.basket.create(), "basket")
            )
            line = results.created_id(
                self.with_raw_response.basket.create_line(basket, body=BasketLineCreate()), "basket line"
            )
            uploaded = self.upload.file(body=body, basket_id=basket, line_id=line)
        status = self.wait_for_analysis(basket, line, timeout=timeout, interval=interval, on_status=on_status)
        return UploadedLine(basket, line, results.value(uploaded.uuid), status)

    def wait_for_analysis(
        self,
        basket_id: int,
        line_id: int,
        *,
        timeout: float = 600.0,
        interval: float = 1.0,
        on_status: OnStatus | None = None,
    ) -> FileStatus:
        """Poll a line's file status (at least a second apart) until the analysis is done."""
        basket_id, line_id = _line(basket_id, line_id)
        timeout, interval = results.check_timeout(timeout), results.check_interval(interval)
        try:
            return poll(
                lambda: self.basket.get_line_file_status(basket_id, line_id),
                until=results.analysis_done,
                failed=results.analysis_failed,
                timeout=timeout,
                interval=interval,
                on_progress=on_status,
            )
        except JobFailed as failure:
            raise _analysis_failed(failure, basket_id, line_id) from None

    # --- materials and offers -----------------------------------------------------------

    def offers_for_line(
        self, basket_id: int, line_id: int, *, country: str, technology_id: int | None = None
    ) -> list[LineOffer]:
        """Every offer for the line: each material it can be printed in, with each service's offer."""
        basket_id, line_id = _line(basket_id, line_id)
        code = results.check_code("country", country, letters=2)
        technology_id = results.optional_id(technology_id, "technology_id")
        found: list[LineOffer] = []
        materials = self.basket.list_line_materials(
            basket_id, line_id, country=code, technology_id=_or_unset(technology_id)
        )
        for material in materials:
            offers = self.basket.list_offers(basket_id, line_id, results.material_id(material), country=code)
            found += results.line_offers(material, offers)
        return found

    def pick_offer(
        self,
        basket_id: int,
        line_id: int,
        *,
        country: str,
        choose: Chooser | None = None,
        quantity: int | None = None,
        technology_id: int | None = None,
    ) -> PickedOffer:
        """Set the line's offer: `choose(offers)` picks one (default: the first printable offer).

        Raises `NoOfferAvailable` when there is none to pick.
        """
        quantity, choose = results.check_quantity(quantity), results.check_chooser(choose)
        offers = self.offers_for_line(basket_id, line_id, country=country, technology_id=technology_id)
        chosen = _chosen(offers, choose, basket_id, line_id)
        line = self.basket.update_line(basket_id, line_id, body=_line_update(chosen, quantity))
        return PickedOffer(basket_id, line_id, chosen, line)

    # --- pricing and ordering -----------------------------------------------------------

    def price_basket(
        self,
        basket_id: int,
        *,
        currency: str,
        shipping_method_id: int | None = None,
        shipping_address_id: int | None = None,
        billing_address_id: int | None = None,
        voucher_code: str | None = None,
    ) -> BasketPrice:
        """The basket's price in `currency` (ISO 4217), with shipping and voucher if given."""
        arguments = _price_arguments(
            currency, shipping_method_id, shipping_address_id, billing_address_id, voucher_code
        )
        return self.basket.get_price(results.check_id(basket_id, "basket_id"), **arguments)

    def order_basket(
        self,
        basket_id: int,
        *,
        billing_address_id: int,
        payment: Mapping[str, Any],
        shipping: Mapping[str, Any] | None = None,
        pickup_location_id: int | None = None,
        voucher_code: str | None = None,
        project_id: int | None = None,
        additional_information: Mapping[str, Any] | None = None,
    ) -> Order:
        """Order the basket (shipped, or picked up: exactly one) and return the order as created.

        This places a real order that costs money.
        """
        body = _order_body(
            basket_id,
            billing_address_id,
            payment,
            shipping,
            pickup_location_id,
            voucher_code,
            project_id,
            additional_information,
        )
        created = self.with_raw_response.orders.create(body=body)
        return self.orders.get(results.created_id(created, "order"))

    def request_quote(self, basket_id: int, partner_id: int, *, message: str | None = None) -> OpenObject:
        """Ask a printing service (partner) for a quote on the basket."""
        return self.quote.create_request_for_quote(body=_quote_body(basket_id, partner_id, message))

    def order_quote(
        self,
        quote_id: int,
        *,
        billing_address_id: int,
        shipping_address_id: int | None = None,
        shipping_method_id: int | None = None,
        pickup_location_id: int | None = None,
        delivery_instructions: str | None = None,
    ) -> OpenObject:
        """Turn a quote into an order (shipped, or picked up: exactly one). Costs money."""
        body = _finalize_body(
            billing_address_id, shipping_address_id, shipping_method_id, pickup_location_id, delivery_instructions
        )
        return self.quote.finalize(results.check_id(quote_id, "quote_id"), body=body)


class AsyncThreeYourMind(AsyncClientLifecycle, AsyncResources):
    """The async twin of `ThreeYourMind`: same arguments, same workflows, awaited."""

    def __init__(
        self,
        token: str | Secret | None = None,
        *,
        base_url: str | None = None,
        instance: str | None = None,
        timeout: float | httpx.Timeout | None = PROFILE.timeout,
        retries: RetryPolicy | int | None = None,
        allow_insecure_http: bool = False,
        transport: httpx.AsyncBaseTransport | None = None,
        strict: bool = False,
    ) -> None:
        self._settings, self._client, secrets = _set_up(
            token, base_url, instance, timeout, retries, transport, allow_insecure_http
        )
        self.base_url = self._settings.base_url
        super().__init__(AsyncCaller(self._client, secrets=secrets, strict=strict))

    async def upload_to_new_line(
        self,
        file: FileArg,
        *,
        unit: Unit | str,
        basket_id: int | None = None,
        filename: str | None = None,
        timeout: float = 600.0,
        interval: float = 1.0,
        on_status: OnStatus | None = None,
        progress: ProgressArg = None,
    ) -> UploadedLine:
        """Async version of `ThreeYourMind.upload_to_new_line`."""
        checked_unit, basket_id, filename, timeout, interval = _upload_arguments(
            unit, basket_id, filename, timeout, interval
        )
        with _upload_body(file, checked_unit, filename, progress) as body:
            if basket_id is None:
                basket = results.created_id(await self.with_raw_response.basket.create(), "basket")
            else:
                basket = basket_id
            line = results.created_id(
                await self.with_raw_response.basket.create_line(basket, body=BasketLineCreate()), "basket line"
            )
            uploaded = await self.upload.file(body=body, basket_id=basket, line_id=line)
        status = await self.wait_for_analysis(basket, line, timeout=timeout, interval=interval, on_status=on_status)
        return UploadedLine(basket, line, results.value(uploaded.uuid), status)

    async def wait_for_analysis(
        self,
        basket_id: int,
        line_id: int,
        *,
        timeout: float = 600.0,
        interval: float = 1.0,
        on_status: OnStatus | None = None,
    ) -> FileStatus:
        """Async version of `ThreeYourMind.wait_for_analysis`."""
        basket_id, line_id = _line(basket_id, line_id)
        timeout, interval = results.check_timeout(timeout), results.check_interval(interval)
        try:
            return await apoll(
                lambda: self.basket.get_line_file_status(basket_id, line_id),
                until=results.analysis_done,
                failed=results.analysis_failed,
                timeout=timeout,
                interval=interval,
                on_progress=on_status,
            )
        except JobFailed as failure:
            raise _analysis_failed(failure, basket_id, line_id) from None

    async def offers_for_line(
        self, basket_id: int, line_id: int, *, country: str, technology_id: int | None = None
    ) -> list[LineOffer]:
        """Async version of `ThreeYourMind.offers_for_line`."""
        basket_id, line_id = _line(basket_id, line_id)
        code = results.check_code("country", country, letters=2)
        technology_id = results.optional_id(technology_id, "technology_id")
        found: list[LineOffer] = []
        materials = await self.basket.list_line_materials(
            basket_id, line_id, country=code, technology_id=_or_unset(technology_id)
        )
        for material in materials:
            offers = await self.basket.list_offers(basket_id, line_id, results.material_id(material), country=code)
            found += results.line_offers(material, offers)
        return found

    async def pick_offer(
        self,
        basket_id: int,
        line_id: int,
        *,
        country: str,
        choose: Chooser | None = None,
        quantity: int | None = None,
        technology_id: int | None = None,
    ) -> PickedOffer:
        """Async version of `ThreeYourMind.pick_offer`."""
        quantity, choose = results.check_quantity(quantity), results.check_chooser(choose)
        offers = await self.offers_for_line(basket_id, line_id, country=country, technology_id=technology_id)
        chosen = _chosen(offers, choose, basket_id, line_id)
        line = await self.basket.update_line(basket_id, line_id, body=_line_update(chosen, quantity))
        return PickedOffer(basket_id, line_id, chosen, line)

    async def price_basket(
        self,
        basket_id: int,
        *,
        currency: str,
        shipping_method_id: int | None = None,
        shipping_address_id: int | None = None,
        billing_address_id: int | None = None,
        voucher_code: str | None = None,
    ) -> BasketPrice:
        """Async version of `ThreeYourMind.price_basket`."""
        arguments = _price_arguments(
            currency, shipping_method_id, shipping_address_id, billing_address_id, voucher_code
        )
        return await self.basket.get_price(results.check_id(basket_id, "basket_id"), **arguments)

    async def order_basket(
        self,
        basket_id: int,
        *,
        billing_address_id: int,
        payment: Mapping[str, Any],
        shipping: Mapping[str, Any] | None = None,
        pickup_location_id: int | None = None,
        voucher_code: str | None = None,
        project_id: int | None = None,
        additional_information: Mapping[str, Any] | None = None,
    ) -> Order:
        """Async version of `ThreeYourMind.order_basket`."""
        body = _order_body(
            basket_id,
            billing_address_id,
            payment,
            shipping,
            pickup_location_id,
            voucher_code,
            project_id,
            additional_information,
        )
        created = await self.with_raw_response.orders.create(body=body)
        return await self.orders.get(results.created_id(created, "order"))

    async def request_quote(self, basket_id: int, partner_id: int, *, message: str | None = None) -> OpenObject:
        """Async version of `ThreeYourMind.request_quote`."""
        return await self.quote.create_request_for_quote(body=_quote_body(basket_id, partner_id, message))

    async def order_quote(
        self,
        quote_id: int,
        *,
        billing_address_id: int,
        shipping_address_id: int | None = None,
        shipping_method_id: int | None = None,
        pickup_location_id: int | None = None,
        delivery_instructions: str | None = None,
    ) -> OpenObject:
        """Async version of `ThreeYourMind.order_quote`."""
        body = _finalize_body(
            billing_address_id, shipping_address_id, shipping_method_id, pickup_location_id, delivery_instructions
        )
        return await self.quote.finalize(results.check_id(quote_id, "quote_id"), body=body)
