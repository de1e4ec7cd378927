from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties, parse_datetime

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.open_object import OpenObject
    from ..models.price import Price


T = TypeVar("T", bound="Order")


@_attrs_define
class Order:
    """An order as the user panel returns it.

    Attributes:
        created_at (datetime.datetime | Unset):
        created_by (None | OpenObject | Unset):
        currency (str | Unset):  Example: AUD.
        customer (None | OpenObject | Unset):
        fees_price (None | Price | Unset):
        full_number (str | Unset):  Example: 121212-Case-O2.
        id (int | Unset):  Example: 42.
        is_created_by_shared_user (bool | Unset):
        min_price (None | Price | Unset):
        min_price_diff (None | Price | Unset):
        number (str | Unset):
        number_of_comments (int | Unset):
        number_of_lines (int | Unset):
        partner (None | OpenObject | Unset):
        project_id (int | Unset):  Example: 42.
        sequence_number (int | Unset):  Example: 2.
        subtotal_price (None | Price | Unset):
        tax_rate (str | Unset): Decimal number, sent as a string (e.g. "19.00000").
        thumbnail_url (str | Unset):  Example: /en/u/djeh182j-e0dc-4510-80b4-sjdhakwj214/download_thumbnail/.
        title (str | Unset):  Example: Case.
        total_items_quantity (int | Unset):  Example: 1.
        total_price (None | Price | Unset):
        is_rejected (bool | Unset):
        rejection_reason (str | Unset):
        billing_address (None | OpenObject | Unset):
        delivery_days_max (int | Unset):  Example: 1.
        delivery_days_min (int | Unset):  Example: 1.
        delivery_instructions (str | Unset):
        payment (None | OpenObject | Unset):
        pickup_location (None | OpenObject | Unset):
        reference_number (str | Unset):
        sales_transaction_type (str | Unset):  Example: order.
        shipping_address (None | OpenObject | Unset):
        status (None | OpenObject | Unset):
        shipping_method (None | OpenObject | Unset):
        voucher_discount (None | Price | Unset):
        fees (list[Any] | Unset): Collapsed in the seed's sample: item shape not documented.
        is_edited (bool | Unset):
        lines (list[Any] | Unset): Rendered as an empty list by the seed.
        material_price_breakdown (list[Any] | Unset): Collapsed in the seed's sample: item shape not documented.
        new_order_id (int | None | Unset): Id of the edited version, once there is one.
        post_processing_price_breakdown (list[Any] | Unset): Collapsed in the seed's sample: item shape not documented.
        print_price (None | Price | Unset):
        post_processings_price (None | Price | Unset):
        tracking_information (str | Unset):
        updated_at (datetime.datetime | Unset):
        is_in_catalog (bool | Unset):
    """

    created_at: datetime.datetime | Unset = UNSET
    created_by: None | OpenObject | Unset = UNSET
    currency: str | Unset = UNSET
    customer: None | OpenObject | Unset = UNSET
    fees_price: None | Price | Unset = UNSET
    full_number: str | Unset = UNSET
    id: int | Unset = UNSET
    is_created_by_shared_user: bool | Unset = UNSET
    min_price: None | Price | Unset = UNSET
    min_price_diff: None | Price | Unset = UNSET
    number: str | Unset = UNSET
    number_of_comments: int | Unset = UNSET
    number_of_lines: int | Unset = UNSET
    partner: None | OpenObject | Unset = UNSET
    project_id: int | Unset = UNSET
    sequence_number: int | Unset = UNSET
    subtotal_price: None | Price | Unset = UNSET
    tax_rate: str | Unset = UNSET
    thumbnail_url: str | Unset = UNSET
    title: str | Unset = UNSET
    total_items_quantity: int | Unset = UNSET
    total_price: None | Price | Unset = UNSET
    is_rejected: bool | Unset = UNSET
    rejection_reason: str | Unset = UNSET
    billing_address: None | OpenObject | Unset = UNSET
    delivery_days_max: int | Unset = UNSET
    delivery_days_min: int | Unset = UNSET
    delivery_instructions: str | Unset = UNSET
    payment: None | OpenObject | Unset = UNSET
    pickup_location: None | OpenObject | Unset = UNSET
    reference_number: str | Unset = UNSET
    sales_transaction_type: str | Unset = UNSET
    shipping_address: None | OpenObject | Unset = UNSET
    status: None | OpenObject | Unset = UNSET
    shipping_method: None | OpenObject | Unset = UNSET
    voucher_discount: None | Price | Unset = UNSET
    fees: list[Any] | Unset = UNSET
    is_edited: bool | Unset = UNSET
    lines: list[Any] | Unset = UNSET
    material_price_breakdown: list[Any] | Unset = UNSET
    new_order_id: int | None | Unset = UNSET
    post_processing_price_breakdown: list[Any] | Unset = UNSET
    print_price: None | Price | Unset = UNSET
    post_processings_price: None | Price | Unset = UNSET
    tracking_information: str | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    is_in_catalog: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.open_object import OpenObject  # noqa: PLC0415
        from ..models.price import Price  # noqa: PLC0415

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        created_by: dict[str, Any] | None | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        elif isinstance(self.created_by, OpenObject):
            created_by = self.created_by.to_dict()
        else:
            created_by = self.created_by

        currency = self.currency

        customer: dict[str, Any] | None | Unset
        if isinstance(self.customer, Unset):
            customer = UNSET
        elif isinstance(self.customer, OpenObject):
            customer = self.customer.to_dict()
        else:
            customer = self.customer

        fees_price: dict[str, Any] | None | Unset
        if isinstance(self.fees_price, Unset):
            fees_price = UNSET
        elif isinstance(self.fees_price, Price):
            fees_price = self.fees_price.to_dict()
        else:
            fees_price = self.fees_price

        full_number = self.full_number

        id = self.id

        is_created_by_shared_user = self.is_created_by_shared_user

        min_price: dict[str, Any] | None | Unset
        if isinstance(self.min_price, Unset):
            min_price = UNSET
        elif isinstance(self.min_price, Price):
            min_price = self.min_price.to_dict()
        else:
            min_price = self.min_price

        min_price_diff: dict[str, Any] | None | Unset
        if isinstance(self.min_price_diff, Unset):
            min_price_diff = UNSET
        elif isinstance(self.min_price_diff, Price):
            min_price_diff = self.min_price_diff.to_dict()
        else:
            min_price_diff = self.min_price_diff

        number = self.number

        number_of_comments = self.number_of_comments

        number_of_lines = self.number_of_lines

        partner: dict[str, Any] | None | Unset
        if isinstance(self.partner, Unset):
            partner = UNSET
        elif isinstance(self.partner, OpenObject):
            partner = self.partner.to_dict()
        else:
            partner = self.partner

        project_id = self.project_id

        sequence_number = self.sequence_number

        subtotal_price: dict[str, Any] | None | Unset
        if isinstance(self.subtotal_price, Unset):
            subtotal_price = UNSET
        elif isinstance(self.subtotal_price, Price):
            subtotal_price = self.subtotal_price.to_dict()
        else:
            subtotal_price = self.subtotal_price

        tax_rate = self.tax_rate

        thumbnail_url = self.thumbnail_url

        title = self.title

        total_items_quantity = self.total_items_quantity

        total_price: dict[str, Any] | None | Unset
        if isinstance(self.total_price, Unset):
            total_price = UNSET
        elif isinstance(self.total_price, Price):
            total_price = self.total_price.to_dict()
        else:
            total_price = self.total_price

        is_rejected = self.is_rejected

        rejection_reason = self.rejection_reason

        billing_address: dict[str, Any] | None | Unset
        if isinstance(self.billing_address, Unset):
            billing_address = UNSET
        elif isinstance(self.billing_address, OpenObject):
            billing_address = self.billing_address.to_dict()
        else:
            billing_address = self.billing_address

        delivery_days_max = self.delivery_days_max

        delivery_days_min = self.delivery_days_min

        delivery_instructions = self.delivery_instructions

        payment: dict[str, Any] | None | Unset
        if isinstance(self.payment, Unset):
            payment = UNSET
        elif isinstance(self.payment, OpenObject):
            payment = self.payment.to_dict()
        else:
            payment = self.payment

        pickup_location: dict[str, Any] | None | Unset
        if isinstance(self.pickup_location, Unset):
            pickup_location = UNSET
        elif isinstance(self.pickup_location, OpenObject):
            pickup_location = self.pickup_location.to_dict()
        else:
            pickup_location = self.pickup_location

        reference_number = self.reference_number

        sales_transaction_type = self.sales_transaction_type

        shipping_address: dict[str, Any] | None | Unset
        if isinstance(self.shipping_address, Unset):
            shipping_address = UNSET
        elif isinstance(self.shipping_address, OpenObject):
            shipping_address = self.shipping_address.to_dict()
        else:
            shipping_address = self.shipping_address

        status: dict[str, Any] | None | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, OpenObject):
            status = self.status.to_dict()
        else:
            status = self.status

        shipping_method: dict[str, Any] | None | Unset
        if isinstance(self.shipping_method, Unset):
            shipping_method = UNSET
        elif isinstance(self.shipping_method, OpenObject):
            shipping_method = self.shipping_method.to_dict()
        else:
            shipping_method = self.shipping_method

        voucher_discount: dict[str, Any] | None | Unset
        if isinstance(self.voucher_discount, Unset):
            voucher_discount = UNSET
        elif isinstance(self.voucher_discount, Price):
            voucher_discount = self.voucher_discount.to_dict()
        else:
            voucher_discount = self.voucher_discount

        fees: list[Any] | Unset = UNSET
        if not isinstance(self.fees, Unset):
            fees = self.fees

        is_edited = self.is_edited

        lines: list[Any] | Unset = UNSET
        if not isinstance(self.lines, Unset):
            lines = self.lines

        material_price_breakdown: list[Any] | Unset = UNSET
        if not isinstance(self.material_price_breakdown, Unset):
            material_price_breakdown = self.material_price_breakdown

        new_order_id: int | None | Unset
        if isinstance(self.new_order_id, Unset):
            new_order_id = UNSET
        else:
            new_order_id = self.new_order_id

        post_processing_price_breakdown: list[Any] | Unset = UNSET
        if not isinstance(self.post_processing_price_breakdown, Unset):
            post_processing_price_breakdown = self.post_processing_price_breakdown

        print_price: dict[str, Any] | None | Unset
        if isinstance(self.print_price, Unset):
            print_price = UNSET
        elif isinstance(self.print_price, Price):
            print_price = self.print_price.to_dict()
        else:
            print_price = self.print_price

        post_processings_price: dict[str, Any] | None | Unset
        if isinstance(self.post_processings_price, Unset):
            post_processings_price = UNSET
        elif isinstance(self.post_processings_price, Price):
            post_processings_price = self.post_processings_price.to_dict()
        else:
            post_processings_price = self.post_processings_price

        tracking_information = self.tracking_information

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        is_in_catalog = self.is_in_catalog

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by
        if currency is not UNSET:
            field_dict["currency"] = currency
        if customer is not UNSET:
            field_dict["customer"] = customer
        if fees_price is not UNSET:
            field_dict["feesPrice"] = fees_price
        if full_number is not UNSET:
            field_dict["fullNumber"] = full_number
        if id is not UNSET:
            field_dict["id"] = id
        if is_created_by_shared_user is not UNSET:
            field_dict["isCreatedBySharedUser"] = is_created_by_shared_user
        if min_price is not UNSET:
            field_dict["minPrice"] = min_price
        if min_price_diff is not UNSET:
            field_dict["minPriceDiff"] = min_price_diff
        if number is not UNSET:
            field_dict["number"] = number
        if number_of_comments is not UNSET:
            field_dict["numberOfComments"] = number_of_comments
        if number_of_lines is not UNSET:
            field_dict["numberOfLines"] = number_of_lines
        if partner is not UNSET:
            field_dict["partner"] = partner
        if project_id is not UNSET:
            field_dict["projectId"] = project_id
        if sequence_number is not UNSET:
            field_dict["sequenceNumber"] = sequence_number
        if subtotal_price is not UNSET:
            field_dict["subtotalPrice"] = subtotal_price
        if tax_rate is not UNSET:
            field_dict["taxRate"] = tax_rate
        if thumbnail_url is not UNSET:
            field_dict["thumbnailUrl"] = thumbnail_url
        if title is not UNSET:
            field_dict["title"] = title
        if total_items_quantity is not UNSET:
            field_dict["totalItemsQuantity"] = total_items_quantity
        if total_price is not UNSET:
            field_dict["totalPrice"] = total_price
        if is_rejected is not UNSET:
            field_dict["isRejected"] = is_rejected
        if rejection_reason is not UNSET:
            field_dict["rejectionReason"] = rejection_reason
        if billing_address is not UNSET:
            field_dict["billingAddress"] = billing_address
        if delivery_days_max is not UNSET:
            field_dict["deliveryDaysMax"] = delivery_days_max
        if delivery_days_min is not UNSET:
            field_dict["deliveryDaysMin"] = delivery_days_min
        if delivery_instructions is not UNSET:
            field_dict["deliveryInstructions"] = delivery_instructions
        if payment is not UNSET:
            field_dict["payment"] = payment
        if pickup_location is not UNSET:
            field_dict["pickupLocation"] = pickup_location
        if reference_number is not UNSET:
            field_dict["referenceNumber"] = reference_number
        if sales_transaction_type is not UNSET:
            field_dict["salesTransactionType"] = sales_transaction_type
        if shipping_address is not UNSET:
            field_dict["shippingAddress"] = shipping_address
        if status is not UNSET:
            field_dict["status"] = status
        if shipping_method is not UNSET:
            field_dict["shippingMethod"] = shipping_method
        if voucher_discount is not UNSET:
            field_dict["voucherDiscount"] = voucher_discount
        if fees is not UNSET:
            field_dict["fees"] = fees
        if is_edited is not UNSET:
            field_dict["isEdited"] = is_edited
        if lines is not UNSET:
            field_dict["lines"] = lines
        if material_price_breakdown is not UNSET:
            field_dict["materialPriceBreakdown"] = material_price_breakdown
        if new_order_id is not UNSET:
            field_dict["newOrderId"] = new_order_id
        if post_processing_price_breakdown is not UNSET:
            field_dict["postProcessingPriceBreakdown"] = post_processing_price_breakdown
        if print_price is not UNSET:
            field_dict["printPrice"] = print_price
        if post_processings_price is not UNSET:
            field_dict["postProcessingsPrice"] = post_processings_price
        if tracking_information is not UNSET:
            field_dict["trackingInformation"] = tracking_information
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if is_in_catalog is not UNSET:
            field_dict["isInCatalog"] = is_in_catalog

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.open_object import OpenObject  # noqa: PLC0415
        from ..models.price import Price  # noqa: PLC0415

        (
            (
                _in_created_at,
                _in_created_by,
                currency,
                _in_customer,
                _in_fees_price,
                full_number,
                id,
                is_created_by_shared_user,
                _in_min_price,
                _in_min_price_diff,
                number,
                number_of_comments,
                number_of_lines,
                _in_partner,
                project_id,
                sequence_number,
                _in_subtotal_price,
                tax_rate,
                thumbnail_url,
                title,
                total_items_quantity,
                _in_total_price,
                is_rejected,
                rejection_reason,
                _in_billing_address,
                delivery_days_max,
                delivery_days_min,
                delivery_instructions,
                _in_payment,
                _in_pickup_location,
                reference_number,
                sales_transaction_type,
                _in_shipping_address,
                _in_status,
                _in_shipping_method,
                _in_voucher_discount,
                _in_fees,
                is_edited,
                _in_lines,
                _in_material_price_breakdown,
                _in_new_order_id,
                _in_post_processing_price_breakdown,
                _in_print_price,
                _in_post_processings_price,
                tracking_information,
                _in_updated_at,
                is_in_catalog,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)
        _created_at = _in_created_at
        created_at: datetime.datetime | Unset
        if _created_at is UNSET:
            created_at = UNSET
        else:
            created_at = parse_datetime(_created_at)

        _created_by = _in_created_by
        created_by: None | OpenObject | Unset
        if _created_by is None or _created_by is UNSET:
            created_by = _created_by
        else:
            try:
                if not isinstance(_created_by, dict):
                    raise TypeError()
                created_by_type_0 = OpenObject.from_dict(_created_by)

                created_by = created_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                created_by = _created_by

        _customer = _in_customer
        customer: None | OpenObject | Unset
        if _customer is None or _customer is UNSET:
            customer = _customer
        else:
            try:
                if not isinstance(_customer, dict):
                    raise TypeError()
                customer_type_0 = OpenObject.from_dict(_customer)

                customer = customer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                customer = _customer

        _fees_price = _in_fees_price
        fees_price: None | Price | Unset
        if _fees_price is None or _fees_price is UNSET:
            fees_price = _fees_price
        else:
            try:
                if not isinstance(_fees_price, dict):
                    raise TypeError()
                fees_price_type_0 = Price.from_dict(_fees_price)

                fees_price = fees_price_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                fees_price = _fees_price

        _min_price = _in_min_price
        min_price: None | Price | Unset
        if _min_price is None or _min_price is UNSET:
            min_price = _min_price
        else:
            try:
                if not isinstance(_min_price, dict):
                    raise TypeError()
                min_price_type_0 = Price.from_dict(_min_price)

                min_price = min_price_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                min_price = _min_price

        _min_price_diff = _in_min_price_diff
        min_price_diff: None | Price | Unset
        if _min_price_diff is None or _min_price_diff is UNSET:
            min_price_diff = _min_price_diff
        else:
            try:
                if not isinstance(_min_price_diff, dict):
                    raise TypeError()
                min_price_diff_type_0 = Price.from_dict(_min_price_diff)

                min_price_diff = min_price_diff_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                min_price_diff = _min_price_diff

        _partner = _in_partner
        partner: None | OpenObject | Unset
        if _partner is None or _partner is UNSET:
            partner = _partner
        else:
            try:
                if not isinstance(_partner, dict):
                    raise TypeError()
                partner_type_0 = OpenObject.from_dict(_partner)

                partner = partner_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                partner = _partner

        _subtotal_price = _in_subtotal_price
        subtotal_price: None | Price | Unset
        if _subtotal_price is None or _subtotal_price is UNSET:
            subtotal_price = _subtotal_price
        else:
            try:
                if not isinstance(_subtotal_price, dict):
                    raise TypeError()
                subtotal_price_type_0 = Price.from_dict(_subtotal_price)

                subtotal_price = subtotal_price_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                subtotal_price = _subtotal_price

        _total_price = _in_total_price
        total_price: None | Price | Unset
        if _total_price is None or _total_price is UNSET:
            total_price = _total_price
        else:
            try:
                if not isinstance(_total_price, dict):
                    raise TypeError()
                total_price_type_0 = Price.from_dict(_total_price)

                total_price = total_price_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                total_price = _total_price

        _billing_address = _in_billing_address
        billing_address: None | OpenObject | Unset
        if _billing_address is None or _billing_address is UNSET:
            billing_address = _billing_address
        else:
            try:
                if not isinstance(_billing_address, dict):
                    raise TypeError()
                billing_address_type_0 = OpenObject.from_dict(_billing_address)

                billing_address = billing_address_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                billing_address = _billing_address

        _payment = _in_payment
        payment: None | OpenObject | Unset
        if _payment is None or _payment is UNSET:
            payment = _payment
        else:
            try:
                if not isinstance(_payment, dict):
                    raise TypeError()
                payment_type_0 = OpenObject.from_dict(_payment)

                payment = payment_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                payment = _payment

        _pickup_location = _in_pickup_location
        pickup_location: None | OpenObject | Unset
        if _pickup_location is None or _pickup_location is UNSET:
            pickup_location = _pickup_location
        else:
            try:
                if not isinstance(_pickup_location, dict):
                    raise TypeError()
                pickup_location_type_0 = OpenObject.from_dict(_pickup_location)

                pickup_location = pickup_location_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pickup_location = _pickup_location

        _shipping_address = _in_shipping_address
        shipping_address: None | OpenObject | Unset
        if _shipping_address is None or _shipping_address is UNSET:
            shipping_address = _shipping_address
        else:
            try:
                if not isinstance(_shipping_address, dict):
                    raise TypeError()
                shipping_address_type_0 = OpenObject.from_dict(_shipping_address)

                shipping_address = shipping_address_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                shipping_address = _shipping_address

        _status = _in_status
        status: None | OpenObject | Unset
        if _status is None or _status is UNSET:
            status = _status
        else:
            try:
                if not isinstance(_status, dict):
                    raise TypeError()
                status_type_0 = OpenObject.from_dict(_status)

                status = status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                status = _status

        _shipping_method = _in_shipping_method
        shipping_method: None | OpenObject | Unset
        if _shipping_method is None or _shipping_method is UNSET:
            shipping_method = _shipping_method
        else:
            try:
                if not isinstance(_shipping_method, dict):
                    raise TypeError()
                shipping_method_type_0 = OpenObject.from_dict(_shipping_method)

                shipping_method = shipping_method_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                shipping_method = _shipping_method

        _voucher_discount = _in_voucher_discount
        voucher_discount: None | Price | Unset
        if _voucher_discount is None or _voucher_discount is UNSET:
            voucher_discount = _voucher_discount
        else:
            try:
                if not isinstance(_voucher_discount, dict):
                    raise TypeError()
                voucher_discount_type_0 = Price.from_dict(_voucher_discount)

                voucher_discount = voucher_discount_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                voucher_discount = _voucher_discount

        fees = cast(list[Any], _in_fees)

        lines = cast(list[Any], _in_lines)

        material_price_breakdown = cast(list[Any], _in_material_price_breakdown)

        new_order_id: int | None | Unset = _in_new_order_id

        post_processing_price_breakdown = cast(list[Any], _in_post_processing_price_breakdown)

        _print_price = _in_print_price
        print_price: None | Price | Unset
        if _print_price is None or _print_price is UNSET:
            print_price = _print_price
        else:
            try:
                if not isinstance(_print_price, dict):
                    raise TypeError()
                print_price_type_0 = Price.from_dict(_print_price)

                print_price = print_price_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                print_price = _print_price

        _post_processings_price = _in_post_processings_price
        post_processings_price: None | Price | Unset
        if _post_processings_price is None or _post_processings_price is UNSET:
            post_processings_price = _post_processings_price
        else:
            try:
                if not isinstance(_post_processings_price, dict):
                    raise TypeError()
                post_processings_price_type_0 = Price.from_dict(_post_processings_price)

                post_processings_price = post_processings_price_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                post_processings_price = _post_processings_price

        _updated_at = _in_updated_at
        updated_at: datetime.datetime | Unset
        if _updated_at is UNSET:
            updated_at = UNSET
        else:
            updated_at = parse_datetime(_updated_at)

        if cls is Order:
            order = cls(
                created_at,
                created_by,
                currency,
                customer,
                fees_price,
                full_number,
                id,
                is_created_by_shared_user,
                min_price,
                min_price_diff,
                number,
                number_of_comments,
                number_of_lines,
                partner,
                project_id,
                sequence_number,
                subtotal_price,
                tax_rate,
                thumbnail_url,
                title,
                total_items_quantity,
                total_price,
                is_rejected,
                rejection_reason,
                billing_address,
                delivery_days_max,
                delivery_days_min,
                delivery_instructions,
                payment,
                pickup_location,
                reference_number,
                sales_transaction_type,
                shipping_address,
                status,
                shipping_method,
                voucher_discount,
                fees,
                is_edited,
                lines,
                material_price_breakdown,
                new_order_id,
                post_processing_price_breakdown,
                print_price,
                post_processings_price,
                tracking_information,
                updated_at,
                is_in_catalog,
            )
        else:
            order = cls(
                created_at=created_at,
                created_by=created_by,
                currency=currency,
                customer=customer,
                fees_price=fees_price,
                full_number=full_number,
                id=id,
                is_created_by_shared_user=is_created_by_shared_user,
                min_price=min_price,
                min_price_diff=min_price_diff,
                number=number,
                number_of_comments=number_of_comments,
                number_of_lines=number_of_lines,
                partner=partner,
                project_id=project_id,
                sequence_number=sequence_number,
                subtotal_price=subtotal_price,
                tax_rate=tax_rate,
                thumbnail_url=thumbnail_url,
                title=title,
                total_items_quantity=total_items_quantity,
                total_price=total_price,
                is_rejected=is_rejected,
                rejection_reason=rejection_reason,
                billing_address=billing_address,
                delivery_days_max=delivery_days_max,
                delivery_days_min=delivery_days_min,
                delivery_instructions=delivery_instructions,
                payment=payment,
                pickup_location=pickup_location,
                reference_number=reference_number,
                sales_transaction_type=sales_transaction_type,
                shipping_address=shipping_address,
                status=status,
                shipping_method=shipping_method,
                voucher_discount=voucher_discount,
                fees=fees,
                is_edited=is_edited,
                lines=lines,
                material_price_breakdown=material_price_breakdown,
                new_order_id=new_order_id,
                post_processing_price_breakdown=post_processing_price_breakdown,
                print_price=print_price,
                post_processings_price=post_processings_price,
                tracking_information=tracking_information,
                updated_at=updated_at,
                is_in_catalog=is_in_catalog,
            )

        order.additional_properties = d
        return order

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# The JSON names of the properties, required then optional, as `from_dict` takes them out.
_PROPERTIES = Properties(
    required=(),
    optional=(
        "createdAt",
        "createdBy",
        "currency",
        "customer",
        "feesPrice",
        "fullNumber",
        "id",
        "isCreatedBySharedUser",
        "minPrice",
        "minPriceDiff",
        "number",
        "numberOfComments",
        "numberOfLines",
        "partner",
        "projectId",
        "sequenceNumber",
        "subtotalPrice",
        "taxRate",
        "thumbnailUrl",
        "title",
        "totalItemsQuantity",
        "totalPrice",
        "isRejected",
        "rejectionReason",
        "billingAddress",
        "deliveryDaysMax",
        "deliveryDaysMin",
        "deliveryInstructions",
        "payment",
        "pickupLocation",
        "referenceNumber",
        "salesTransactionType",
        "shippingAddress",
        "status",
        "shippingMethod",
        "voucherDiscount",
        "fees",
        "isEdited",
        "lines",
        "materialPriceBreakdown",
        "newOrderId",
        "postProcessingPriceBreakdown",
        "printPrice",
        "postProcessingsPrice",
        "trackingInformation",
        "updatedAt",
        "isInCatalog",
    ),
    unset=UNSET,
)
