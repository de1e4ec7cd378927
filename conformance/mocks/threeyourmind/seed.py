"""The instance every fresh store starts with: one user, one printing service and its catalogue."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from .records import Material, Offer, Service, ShippingMethod

TOKEN = "mock-3yourmind-api-token"  # noqa: S105 - the mock's published test credential
USER_ID = 7
JOINED = "2023-03-01T08:00:00Z"
CURRENCIES = ("EUR",)  # what the service prices in; other currencies are answered with currencySupported false

MATERIALS = (
    Material(11, "PA12 White", 1, "SLS", 3, "Relatively high stability and fine-rough surface.", "0.80000", "1.50000"),
    Material(12, "PLA Black", 2, "FDM", 4, "Low cost prototypes.", "1.00000", "2.00000"),
    Material(13, "AlSi10Mg", 3, "SLM", 5, "Light, strong aluminium alloy.", "1.00000", "2.00000"),
)

SERVICE = Service(
    id=1,
    name="Mock Printing Service",
    currency="EUR",
    shipping_methods=(
        ShippingMethod(1, "Standard", Decimal("9.90"), 3, 5),
        ShippingMethod(2, "Express", Decimal("24.90"), 1, 2),
    ),
    pickup_locations=({"id": 1, "title": "Front desk", "address": "Hauptstrasse 1, 10115 Berlin"},),
    payment_methods=({"id": 1, "title": "Invoice", "type": "invoice"}, {"id": 2, "title": "Card", "type": "stripe"}),
    order_statuses=(
        {"id": 1, "name": "Pending"},
        {"id": 2, "name": "Printing"},
        {"id": 3, "name": "Shipped"},
    ),
)

OFFERS = (
    Offer(101, 11, 1, "PA12 White (SLS)", Decimal("19.00"), 3, 6, (340.0, 340.0, 600.0)),
    Offer(102, 12, 1, "PLA Black (FDM)", Decimal("7.50"), 1, 3, (250.0, 210.0, 210.0)),
    Offer(103, 13, 1, "AlSi10Mg (SLM)", Decimal("120.00"), 7, 14, (250.0, 250.0, 300.0)),
)

VOUCHERS = {"CODE2000": Decimal("10")}  # code -> percent off the subtotal

ORDER_STATUS_PENDING = 1

REFERENCE_DATA: dict[str, list[dict[str, Any]]] = {
    "colors": [{"id": 1, "title": "White", "rgb": "#FFFFFF"}, {"id": 2, "title": "Black", "rgb": "#000000"}],
    "units": [{"id": "mm", "title": "Millimetre"}, {"id": "inch", "title": "Inch"}],
    "countries": [{"code": "DE", "title": "Germany"}, {"code": "US", "title": "United States"}],
    "currencies": [{"code": "EUR", "title": "Euro"}],
    "forms": [{"id": 1, "title": "Powder"}, {"id": 2, "title": "Filament"}],
    "tax-types": [{"id": "vat", "title": "VAT", "rate": "19.00000"}],
}


def profile() -> dict[str, Any]:
    return {
        "id": USER_ID,
        "email": "jane.doe@example.com",
        "firstName": "Jane",
        "lastName": "Doe",
        "avatar": None,
        "dateJoined": JOINED,
        "isVerified": True,
        "roles": ["customer"],
        "organization": "Mock Organization",
        "canUseServicePanel": True,
        "defaultAddressId": 1,
        "customerNumber": "C-1001",
        "lastLogin": "2024-01-10T07:00:00Z",
        "secondLastLogin": "2024-01-02T07:00:00Z",
        "verifiedStatus": "verified",
        "customerGroup": None,
    }


def addresses() -> list[dict[str, Any]]:
    common = {"companyName": "Doe Engineering", "department": None, "line2": None, "state": None, "vatId": None}
    return [
        {
            **common,
            "city": "Berlin",
            "country": "DE",
            "firstName": "Jane",
            "lastName": "Doe",
            "line1": "Hauptstrasse 1",
            "phoneNumber": "+49 30 1234567",
            "title": "Office",
            "zipCode": "10115",
        },
        {
            **common,
            "city": "Munich",
            "country": "DE",
            "firstName": "Jane",
            "lastName": "Doe",
            "line1": "Leopoldstrasse 10",
            "phoneNumber": "+49 89 7654321",
            "title": "Workshop",
            "zipCode": "80802",
        },
    ]


def preferences() -> dict[str, str]:
    return {"country": "DE", "currency": "EUR", "language": "en", "unit": "mm"}
