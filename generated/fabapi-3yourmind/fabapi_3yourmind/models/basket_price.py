from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.price import Price


T = TypeVar("T", bound="BasketPrice")


@_attrs_define
class BasketPrice:
    """
    Attributes:
        currency_supported (bool | Unset):
        fees (list[Any] | Unset): Collapsed in the seed's sample: item shape not documented.
        fees_price (None | Price | Unset):
        lines (list[Any] | Unset): Collapsed in the seed's sample: item shape not documented.
        min_price (None | Price | Unset):
        min_price_diff_price (None | Price | Unset):
        shipping_price (None | Price | Unset):
        subtotal_price (None | Price | Unset):
        tax_rate (str | Unset): Decimal number, sent as a string (e.g. "19.00000").
        tax_type (str | Unset):
        total_price (None | Price | Unset):
        voucher_discount_price (None | Price | Unset):
    """

    currency_supported: bool | Unset = UNSET
    fees: list[Any] | Unset = UNSET
    fees_price: None | Price | Unset = UNSET
    lines: list[Any] | Unset = UNSET
    min_price: None | Price | Unset = UNSET
    min_price_diff_price: None | Price | Unset = UNSET
    shipping_price: None | Price | Unset = UNSET
    subtotal_price: None | Price | Unset = UNSET
    tax_rate: str | Unset = UNSET
    tax_type: str | Unset = UNSET
    total_price: None | Price | Unset = UNSET
    voucher_discount_price: None | Price | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.price import Price  # noqa: PLC0415

        currency_supported = self.currency_supported

        fees: list[Any] | Unset = UNSET
        if not isinstance(self.fees, Unset):
            fees = self.fees

        fees_price: dict[str, Any] | None | Unset
        if isinstance(self.fees_price, Unset):
            fees_price = UNSET
        elif isinstance(self.fees_price, Price):
            fees_price = self.fees_price.to_dict()
        else:
            fees_price = self.fees_price

        lines: list[Any] | Unset = UNSET
        if not isinstance(self.lines, Unset):
            lines = self.lines

        min_price: dict[str, Any] | None | Unset
        if isinstance(self.min_price, Unset):
            min_price = UNSET
        elif isinstance(self.min_price, Price):
            min_price = self.min_price.to_dict()
        else:
            min_price = self.min_price

        min_price_diff_price: dict[str, Any] | None | Unset
        if isinstance(self.min_price_diff_price, Unset):
            min_price_diff_price = UNSET
        elif isinstance(self.min_price_diff_price, Price):
            min_price_diff_price = self.min_price_diff_price.to_dict()
        else:
            min_price_diff_price = self.min_price_diff_price

        shipping_price: dict[str, Any] | None | Unset
        if isinstance(self.shipping_price, Unset):
            shipping_price = UNSET
        elif isinstance(self.shipping_price, Price):
            shipping_price = self.shipping_price.to_dict()
        else:
            shipping_price = self.shipping_price

        subtotal_price: dict[str, Any] | None | Unset
        if isinstance(self.subtotal_price, Unset):
            subtotal_price = UNSET
        elif isinstance(self.subtotal_price, Price):
            subtotal_price = self.subtotal_price.to_dict()
        else:
            subtotal_price = self.subtotal_price

        tax_rate = self.tax_rate

        tax_type = self.tax_type

        total_price: dict[str, Any] | None | Unset
        if isinstance(self.total_price, Unset):
            total_price = UNSET
        elif isinstance(self.total_price, Price):
            total_price = self.total_price.to_dict()
        else:
            total_price = self.total_price

        voucher_discount_price: dict[str, Any] | None | Unset
        if isinstance(self.voucher_discount_price, Unset):
            voucher_discount_price = UNSET
        elif isinstance(self.voucher_discount_price, Price):
            voucher_discount_price = self.voucher_discount_price.to_dict()
        else:
            voucher_discount_price = self.voucher_discount_price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if currency_supported is not UNSET:
            field_dict["currencySupported"] = currency_supported
        if fees is not UNSET:
            field_dict["fees"] = fees
        if fees_price is not UNSET:
            field_dict["feesPrice"] = fees_price
        if lines is not UNSET:
            field_dict["lines"] = lines
        if min_price is not UNSET:
            field_dict["minPrice"] = min_price
        if min_price_diff_price is not UNSET:
            field_dict["minPriceDiffPrice"] = min_price_diff_price
        if shipping_price is not UNSET:
            field_dict["shippingPrice"] = shipping_price
        if subtotal_price is not UNSET:
            field_dict["subtotalPrice"] = subtotal_price
        if tax_rate is not UNSET:
            field_dict["taxRate"] = tax_rate
        if tax_type is not UNSET:
            field_dict["taxType"] = tax_type
        if total_price is not UNSET:
            field_dict["totalPrice"] = total_price
        if voucher_discount_price is not UNSET:
            field_dict["voucherDiscountPrice"] = voucher_discount_price

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.price import Price  # noqa: PLC0415

        (
            (
                currency_supported,
                _in_fees,
                _in_fees_price,
                _in_lines,
                _in_min_price,
                _in_min_price_diff_price,
                _in_shipping_price,
                _in_subtotal_price,
                tax_rate,
                tax_type,
                _in_total_price,
                _in_voucher_discount_price,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)

        fees = cast(list[Any], _in_fees)

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

        lines = cast(list[Any], _in_lines)

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

        _min_price_diff_price = _in_min_price_diff_price
        min_price_diff_price: None | Price | Unset
        if _min_price_diff_price is None or _min_price_diff_price is UNSET:
            min_price_diff_price = _min_price_diff_price
        else:
            try:
                if not isinstance(_min_price_diff_price, dict):
                    raise TypeError()
                min_price_diff_price_type_0 = Price.from_dict(_min_price_diff_price)

                min_price_diff_price = min_price_diff_price_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                min_price_diff_price = _min_price_diff_price

        _shipping_price = _in_shipping_price
        shipping_price: None | Price | Unset
        if _shipping_price is None or _shipping_price is UNSET:
            shipping_price = _shipping_price
        else:
            try:
                if not isinstance(_shipping_price, dict):
                    raise TypeError()
                shipping_price_type_0 = Price.from_dict(_shipping_price)

                shipping_price = shipping_price_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                shipping_price = _shipping_price

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

        _voucher_discount_price = _in_voucher_discount_price
        voucher_discount_price: None | Price | Unset
        if _voucher_discount_price is None or _voucher_discount_price is UNSET:
            voucher_discount_price = _voucher_discount_price
        else:
            try:
                if not isinstance(_voucher_discount_price, dict):
                    raise TypeError()
                voucher_discount_price_type_0 = Price.from_dict(_voucher_discount_price)

                voucher_discount_price = voucher_discount_price_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                voucher_discount_price = _voucher_discount_price

        if cls is BasketPrice:
            basket_price = cls(
                currency_supported,
                fees,
                fees_price,
                lines,
                min_price,
                min_price_diff_price,
                shipping_price,
                subtotal_price,
                tax_rate,
                tax_type,
                total_price,
                voucher_discount_price,
            )
        else:
            basket_price = cls(
                currency_supported=currency_supported,
                fees=fees,
                fees_price=fees_price,
                lines=lines,
                min_price=min_price,
                min_price_diff_price=min_price_diff_price,
                shipping_price=shipping_price,
                subtotal_price=subtotal_price,
                tax_rate=tax_rate,
                tax_type=tax_type,
                total_price=total_price,
                voucher_discount_price=voucher_discount_price,
            )

        basket_price.additional_properties = d
        return basket_price

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
        "currencySupported",
        "fees",
        "feesPrice",
        "lines",
        "minPrice",
        "minPriceDiffPrice",
        "shippingPrice",
        "subtotalPrice",
        "taxRate",
        "taxType",
        "totalPrice",
        "voucherDiscountPrice",
    ),
    unset=UNSET,
)
