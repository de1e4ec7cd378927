# Copied from overlays/threeyourmind/_async/threeyourmind.py by the fabapi pipeline: edit it there, then run `nox -s generate`.
"""The 3YOURMIND client: the entry point, with the ordering workflows as single calls. Written once,
async; the sync flavour is generated from it.

Every operation of the spec is reachable through the generated resource groups
(`tym.basket.list()`, `tym.orders.get(42)`); the methods here chain them the way
3YOURMIND's documentation and own client describe: upload a file into a basket line and wait
for its analysis, answer its part requirements, pick an offer, price the basket, order it, turn
a quote into an order, keep a line in the catalog, or order for another user (internal ordering).
"""

from __future__ import annotations

import ssl
from collections.abc import Mapping
from typing import Any

import httpx
from fabapi_core import (
    AsyncCaller,
    AsyncClientLifecycle,
    JobFailed,
    ProgressArg,
    RetryPolicy,
    Secret,
    apoll,
)

from .. import _internal_ordering as internal
from .. import _results as results
from .._internal_ordering import InternalOrder
from .._resources import AsyncResources
from .._results import Chooser, LineOffer, PickedOffer, UploadedLine
from .._threeyourmind import (
    FileArg,
    OnStatus,
    _analysis_failed,
    _catalog_from_line_body,
    _chosen,
    _finalize_body,
    _line,
    _line_update,
    _or_unset,
    _order_body,
    _price_arguments,
    _quote_body,
    _quote_order_body,
    _requirements_body,
    _set_up,
    _upload_arguments,
    _upload_body,
)
from .._vendor import PROFILE
from ..models.basket_line_create import BasketLineCreate
from ..models.basket_price import BasketPrice
from ..models.catalog_item import CatalogItem
from ..models.file_status import FileStatus
from ..models.open_object import OpenObject
from ..models.order import Order
from ..models.unit import Unit


class AsyncThreeYourMind(AsyncClientLifecycle, AsyncResources):
    """3YOURMIND REST API v2.0 of one customer instance.

    The token comes from the argument or THREEYOURMIND_API_TOKEN (sent as `Authorization: Token
    ...`); the instance from `base_url=` (its https origin, on 3YOURMIND's hosts or the customer's
    own domain), `instance=` (the shortcut for `<name>.3yourmind.com`) or THREEYOURMIND_BASE_URL —
    there is no default.

    `http_client=` (your own httpx client of this flavour makes the connections; never closed here),
    `verify=` (TLS: True, False, a CA bundle path or an `ssl.SSLContext`) and `default_headers=`
    (sent on every request, never the credentials' headers) work as on every fabapi client.
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
        transport: httpx.AsyncBaseTransport | None = None,
        strict: bool = False,
        http_client: httpx.AsyncClient | None = None,
        verify: bool | str | ssl.SSLContext | None = None,
        default_headers: Mapping[str, str] | None = None,
    ) -> None:
        self._settings, self._client, secrets = _set_up(
            token,
            base_url,
            instance,
            timeout,
            retries,
            transport,
            allow_insecure_http,
            {"verify": verify, "http_client": http_client, "default_headers": default_headers},
        )
        self.base_url = self._settings.base_url
        super().__init__(AsyncCaller(self._client, secrets=secrets, strict=strict))

    # --- upload -------------------------------------------------------------------------

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
        """Upload a 3D file into a new line (of a new basket unless `basket_id` is given) and wait
        until 3YOURMIND has analysed it. The file is streamed, never read whole.

        Args:
            file: The model file (a path, or an open binary file).
            unit: The file's unit (`mm`, `cm`, `in`...).
            basket_id: The basket to add the line to; a new basket when None.
            filename: The name sent with the file; the path's name when None.
            timeout: Seconds to wait for the analysis.
            interval: Seconds between polls (at least one).
            on_status: Called with each file status polled.
            progress: True, or a tqdm-like bar, to show the upload's progress.

        Returns:
            The basket, the line and the analysed file's status.

        Raises:
            InvalidArgument: a missing file or an unknown unit.
            FileAnalysisFailed: the analysis ended in error.
            PollTimeout: it did not finish within `timeout`.
            APIError: the server refused a request.
        """
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
        """Poll a line's file status (at least a second apart) until the analysis is done.

        Args:
            basket_id: The basket.
            line_id: The line whose file to wait for.
            timeout: Seconds to wait.
            interval: Seconds between polls (at least one).
            on_status: Called with each file status polled.

        Returns:
            The file's status once analysed.

        Raises:
            FileAnalysisFailed: the analysis ended in error.
            PollTimeout: it did not finish within `timeout`.
            APIError: the server refused a poll (`NotFound`...).
        """
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

    async def add_part_requirements(self, line_id: int, answers: Mapping[str, Any]) -> Any:
        """Answer a basket line's part requirements form (the vendor client's
        `add_part_requirements_to_basket_line`): `answers` maps each form field to its answer, as
        the instance's form names them.

        Args:
            line_id: The basket line whose form is answered.
            answers: Each form field's answer, by the field's name on the instance.

        Returns:
            The server's answer as JSON.

        Raises:
            InvalidArgument: a line id that is no positive integer, or answers that are no mapping of names.
            NotFound: no such basket line.
            APIError: any other failure status of the server.
        """
        line_id = results.check_id(line_id, "line_id")
        return await self.basket.add_part_requirements_to_line(line_id, body=_requirements_body(answers))

    async def catalog_item_from_line(self, line_id: int) -> CatalogItem:
        """Keep a basket line (its file, material and post-processings) as an item of the
        organization's catalog, to be ordered again from there. Needs a catalog admin's token.

        Args:
            line_id: The basket line to keep.

        Returns:
            The catalog item as created.

        Raises:
            InvalidArgument: a line id that is no positive integer.
            PermissionDenied: the token is not a catalog admin's.
            APIError: any other failure status of the server.
        """
        return await self.catalog.create_item(body=_catalog_from_line_body(line_id))

    # --- materials and offers -----------------------------------------------------------

    async def offers_for_line(
        self, basket_id: int, line_id: int, *, country: str, technology_id: int | None = None
    ) -> list[LineOffer]:
        """Every offer for the line: each material it can be printed in, with each service's offer.

        Args:
            basket_id: The basket.
            line_id: The line.
            country: The delivery country (ISO 3166 alpha-2).
            technology_id: Only materials of this technology; all when None.

        Returns:
            One entry per material, with its offers.

        Raises:
            APIError: the server refused a request (`NotFound`...).
        """
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
        """Set the line's offer: `choose(offers)` picks one (default: the first printable offer).

        Args:
            basket_id: The basket.
            line_id: The line.
            country: The delivery country (ISO 3166 alpha-2).
            choose: Picks an offer from the line's offers; the first printable one when None.
            quantity: The line's quantity; unchanged when None.
            technology_id: Only materials of this technology; all when None.

        Returns:
            The offer picked and the updated line.

        Raises:
            NoOfferAvailable: there is no offer to pick.
            APIError: the server refused a request.
        """
        quantity, choose = results.check_quantity(quantity), results.check_chooser(choose)
        offers = await self.offers_for_line(basket_id, line_id, country=country, technology_id=technology_id)
        chosen = _chosen(offers, choose, basket_id, line_id)
        line = await self.basket.update_line(basket_id, line_id, body=_line_update(chosen, quantity))
        return PickedOffer(basket_id, line_id, chosen, line)

    # --- pricing and ordering -----------------------------------------------------------

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
        """The basket's price in `currency` (ISO 4217), with shipping and voucher if given.

        Args:
            basket_id: The basket.
            currency: The currency (ISO 4217).
            shipping_method_id: The shipping method to price in.
            shipping_address_id: The shipping address.
            billing_address_id: The billing address.
            voucher_code: A voucher to apply.

        Returns:
            The basket's price.

        Raises:
            APIError: the server refused the request (`NotFound`, `BadRequest`...).
        """
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
        """Order the basket (shipped, or picked up: exactly one) and return the order as created.

        This places a real order that costs money.

        Args:
            basket_id: The basket.
            billing_address_id: The billing address.
            payment: The payment details, as 3YOURMIND takes them.
            shipping: The shipping details; or `pickup_location_id`.
            pickup_location_id: Where to pick the order up; or `shipping`.
            voucher_code: A voucher to apply.
            project_id: The project to file the order under.
            additional_information: Extra fields the instance asks for.

        Returns:
            The order as created.

        Raises:
            InvalidArgument: both or neither of shipping and pickup.
            APIError: the server refused the order.
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
        created = await self.with_raw_response.orders.create(body=body)
        return await self.orders.get(results.created_id(created, "order"))

    async def request_quote(self, basket_id: int, partner_id: int, *, message: str | None = None) -> OpenObject:
        """Ask a printing service (partner) for a quote on the basket.

        Args:
            basket_id: The basket.
            partner_id: The printing service.
            message: A message to the service.

        Returns:
            The quote request as created.

        Raises:
            APIError: the server refused the request.
        """
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
        """Turn a quote into an order (shipped, or picked up: exactly one). Costs money.

        Args:
            quote_id: The quote.
            billing_address_id: The billing address.
            shipping_address_id: The shipping address; or `pickup_location_id`.
            shipping_method_id: The shipping method.
            pickup_location_id: Where to pick the order up; or a shipping address.
            delivery_instructions: Instructions for the delivery.

        Returns:
            The order as created.

        Raises:
            InvalidArgument: both or neither of shipping and pickup.
            APIError: the server refused the order.
        """
        body = _finalize_body(
            billing_address_id, shipping_address_id, shipping_method_id, pickup_location_id, delivery_instructions
        )
        return await self.quote.finalize(results.check_id(quote_id, "quote_id"), body=body)

    async def place_order_from_quote(
        self,
        quote_id: int,
        *,
        payment_method_id: int,
        currency: str,
        authorized_amount: str | None = None,
        payment_details: Mapping[str, Any] | None = None,
        reference: str | None = None,
        voucher_code: str | None = None,
    ) -> Order:
        """Order a quote through Create Order, as the vendor client's `place_order_from_quote` does
        (`quoteId` and `payment` instead of a basket), and return the order as created. The quote's
        own delivery is kept; `order_quote` finalizes with an address and delivery of your choice.

        This places a real order that costs money.

        Args:
            quote_id: The quote to order.
            payment_method_id: The payment method (one the service offers).
            currency: The payment's currency, e.g. "EUR".
            authorized_amount: The amount authorized, as the vendor writes it (text), if any.
            payment_details: The payment method's own details, if it takes any.
            reference: The order's reference (additional information), if any.
            voucher_code: A voucher to apply, if any.

        Returns:
            The order as created, read back.

        Raises:
            InvalidArgument: an id that is no positive integer, or a text that is empty.
            UnexpectedResponse: the server created an order without saying which.
            APIError: a failure status of the server (a quote already ordered, a payment refused).
        """
        body = _quote_order_body(
            quote_id, payment_method_id, currency, authorized_amount, payment_details, reference, voucher_code
        )
        created = await self.with_raw_response.orders.create(body=body)
        return await self.orders.get(results.created_id(created, "order"))

    # --- internal ordering: a service orders for one of its users ------------------------

    async def order_for_user(
        self,
        service_id: int,
        basket_id: int,
        *,
        user: str,
        billing_address_id: int | None = None,
        payment_method_id: int | None = None,
        shipping: Mapping[str, Any] | None = None,
        pickup_location_id: int | None = None,
        shipping_price: str | None = None,
        voucher_code: str | None = None,
        additional_information: Mapping[str, Any] | None = None,
    ) -> InternalOrder:
        """Order a basket for another user of the printing service, as the how-to page "Place
        Orders Programmatically" does: search the user (`user`, a name or an e-mail address; an
        exact e-mail wins, otherwise exactly one user must be found, else `UserNotFound`), read the
        user's addresses and the service's payment methods for internal ordering, then create the
        internal order (shipped, or picked up: exactly one) and read it back.

        `billing_address_id` and `payment_method_id` default to the first the service offers; one
        given must be among them (`InvalidArgument`). This places a real order that costs money.

        Args:
            service_id: The printing service ordering.
            basket_id: The basket to order.
            user: The user ordered for: a name or an e-mail address.
            billing_address_id: One of the user's addresses; the first by default.
            payment_method_id: One of the service's payment methods for internal ordering; the first by default.
            shipping: The shipping (address and method) when shipped.
            pickup_location_id: The pickup location when picked up.
            shipping_price: The shipping price, as text, if the service sets one.
            voucher_code: A voucher to apply, if any.
            additional_information: Free-form information for the order.

        Returns:
            The internal order as created, with the user and the choices made.

        Raises:
            UserNotFound: the search found no user, or several and none by exact e-mail.
            InvalidArgument: a bad id or text, both or neither of shipping and pickup, or an address or
                payment method the user or service does not have.
            APIError: a failure status of the server.
        """
        service_id = results.check_id(service_id, "service_id")
        basket_id = results.check_id(basket_id, "basket_id")
        search = internal.check_search(user)
        results.check_delivery(shipping, pickup_location_id)
        billing_address_id = results.optional_id(billing_address_id, "billing_address_id")
        payment_method_id = results.optional_id(payment_method_id, "payment_method_id")
        pickup_location_id = results.optional_id(pickup_location_id, "pickup_location_id")
        shipping_price = results.optional_text(shipping_price, "shipping_price", allow_empty=False)
        voucher_code = results.optional_text(voucher_code, "voucher_code", allow_empty=False)
        user_id = internal.the_user(await self.service_orders.search_users(service_id, search=search), search)
        addresses = await self.addresses.list_service_user(service_id, user_id)
        billing = internal.chosen_id(addresses, billing_address_id, "address", "billing_address_id")
        methods = await self.printing_service_details.list_internal_payment_methods(service_id)
        method = internal.chosen_id(methods, payment_method_id, "payment method", "payment_method_id")
        body = internal.internal_order_body(
            basket_id,
            user_id,
            billing,
            method,
            shipping,
            pickup_location_id,
            shipping_price,
            voucher_code,
            additional_information,
        )
        created = await self.with_raw_response.service_orders.create_internal(service_id, body=body)
        order_id = results.created_id(created, "internal order")
        order = await self.service_orders.get(service_id, order_id)
        return InternalOrder(order_id, user_id, billing, method, order)
