"""What the store holds: plain records, rendered into the API's shapes by `views`."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from .analysis import Geometry


@dataclass
class Address:
    id: int
    fields: dict[str, Any]  # the AddressWrite properties, as last written


@dataclass(frozen=True)
class Material:
    id: int
    title: str
    technology_id: int
    technology: str
    category_id: int
    description: str
    minimum_wall: str  # millimetres, a decimal string as the API sends it
    optimal_wall: str


@dataclass(frozen=True)
class ShippingMethod:
    id: int
    title: str
    price: Decimal
    days_min: int
    days_max: int


@dataclass(frozen=True)
class Service:
    id: int
    name: str
    currency: str
    shipping_methods: tuple[ShippingMethod, ...]
    pickup_locations: tuple[dict[str, Any], ...]
    payment_methods: tuple[dict[str, Any], ...]
    order_statuses: tuple[dict[str, Any], ...]


@dataclass(frozen=True)
class Offer:
    id: int
    material_id: int
    service_id: int
    title: str
    unit_price: Decimal
    days_min: int
    days_max: int
    max_size: tuple[float, float, float]  # millimetres: width, height, depth


@dataclass
class Upload:
    uuid: str
    data: bytes
    unit: str
    filename: str
    origin: str | None
    geometry: Geometry | None  # None: not a readable 3D file
    token: str  # the `token` of the upload's URL (AMPI's stlFileToken)
    created: str
    reads: int = 0  # status reads so far; the analysis ends after `Store.analysis_reads` of them


@dataclass
class Attachment:
    id: int
    name: str
    data: bytes
    created: str


@dataclass
class Line:
    id: int
    basket_id: int
    created: str
    name: str | None = None
    quantity: int = 1
    offer_id: int | None = None
    product_id: int | None = None
    preferred_due_date: str | None = None
    post_processings: list[dict[str, Any]] = field(default_factory=list)
    file_uuid: str | None = None
    catalog_item_id: int | None = None
    # A service's own price for the line (service panel `unitPrintPrice`), instead of the offer's.
    unit_price: Decimal | None = None
    attachments: dict[int, Attachment] = field(default_factory=dict)
    # The answers of the line's part requirements form, as last submitted.
    requirements: dict[str, Any] = field(default_factory=dict)


@dataclass
class Basket:
    id: int
    number: int
    project_id: int
    title: str
    created: str
    modified: str
    service_id: int | None = None  # set for baskets the service panel made
    customer_id: int | None = None
    line_ids: list[int] = field(default_factory=list)
    order_id: int | None = None  # once ordered, a basket is frozen
    # A service panel basket made to edit an order or a quote (its new version comes from it).
    source_order_id: int | None = None
    source_quote_id: int | None = None


@dataclass
class Order:
    id: int
    number: str
    project_id: int
    basket_id: int | None
    service_id: int
    title: str
    created: str
    updated: str
    currency: str
    lines: list[dict[str, Any]]  # snapshots of the basket lines, with their prices
    subtotal: Decimal
    shipping_price: Decimal
    discount: Decimal
    billing_address: dict[str, Any] | None
    shipping_address: dict[str, Any] | None
    pickup_location: dict[str, Any] | None
    shipping_method: dict[str, Any] | None
    payment: dict[str, Any]
    voucher_code: str | None
    additional_information: dict[str, Any]
    delivery_instructions: str = ""
    status_id: int = 1
    tracking: str = ""
    rejected: bool = False
    quote_id: int | None = None
    new_order_id: int | None = None
    edited: bool = False


@dataclass
class RequestForQuote:
    id: int
    basket_id: int
    partner_id: int
    message: str
    created: str
    quote_id: int | None = None


@dataclass
class Quote:
    id: int
    number: str
    project_id: int
    service_id: int
    basket_id: int
    request_id: int | None
    title: str
    created: str
    updated: str
    expiry: str | None
    currency: str
    lines: list[dict[str, Any]]
    subtotal: Decimal
    shipping_price: Decimal
    billing_address: dict[str, Any] | None = None
    shipping_address: dict[str, Any] | None = None
    pickup_location: dict[str, Any] | None = None
    order_id: int | None = None
    new_quote_id: int | None = None
    edited: bool = False
    attachments: dict[int, Attachment] = field(default_factory=dict)


@dataclass
class AmpiPart:
    id: int
    short_id: str
    branch: int
    branch_is_advanced: bool
    values: dict[str, Any]
    created: str
    modified: str
    status_slug: str = "new"
    file_uuid: str | None = None
    technical_drawing: int | None = None
    comments: list[str] = field(default_factory=list)
