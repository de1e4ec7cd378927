from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.open_object import OpenObject
    from ..models.price import Price


T = TypeVar("T", bound="ServiceBasket")


@_attrs_define
class ServiceBasket:
    """A basket as the service panel returns it: with its customer.

    Attributes:
        id (int | Unset):
        subtotal (None | Price | Unset):
        is_manual_pricing_required (bool | Unset):
        is_price_resolution_required (bool | Unset):
        last_modified_time (str | Unset):
        line_meta (list[Any] | Unset): Collapsed in the seed's sample: item shape not documented.
        number_of_files (int | Unset):  Example: 1.
        number (int | Unset):  Example: 100001.
        project_id (int | Unset):  Example: 42.
        sequence_number (int | Unset):  Example: 1.
        title (str | Unset):
        unresolved_lines (list[Any] | Unset): Collapsed in the seed's sample: item shape not documented.
        customer (None | OpenObject | Unset):
        parent_fees (list[Any] | Unset): Collapsed in the seed's sample: item shape not documented.
        parent_shipping_price (None | Price | Unset):
    """

    id: int | Unset = UNSET
    subtotal: None | Price | Unset = UNSET
    is_manual_pricing_required: bool | Unset = UNSET
    is_price_resolution_required: bool | Unset = UNSET
    last_modified_time: str | Unset = UNSET
    line_meta: list[Any] | Unset = UNSET
    number_of_files: int | Unset = UNSET
    number: int | Unset = UNSET
    project_id: int | Unset = UNSET
    sequence_number: int | Unset = UNSET
    title: str | Unset = UNSET
    unresolved_lines: list[Any] | Unset = UNSET
    customer: None | OpenObject | Unset = UNSET
    parent_fees: list[Any] | Unset = UNSET
    parent_shipping_price: None | Price | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.open_object import OpenObject  # noqa: PLC0415
        from ..models.price import Price  # noqa: PLC0415

        id = self.id

        subtotal: dict[str, Any] | None | Unset
        if isinstance(self.subtotal, Unset):
            subtotal = UNSET
        elif isinstance(self.subtotal, Price):
            subtotal = self.subtotal.to_dict()
        else:
            subtotal = self.subtotal

        is_manual_pricing_required = self.is_manual_pricing_required

        is_price_resolution_required = self.is_price_resolution_required

        last_modified_time = self.last_modified_time

        line_meta: list[Any] | Unset = UNSET
        if not isinstance(self.line_meta, Unset):
            line_meta = self.line_meta

        number_of_files = self.number_of_files

        number = self.number

        project_id = self.project_id

        sequence_number = self.sequence_number

        title = self.title

        unresolved_lines: list[Any] | Unset = UNSET
        if not isinstance(self.unresolved_lines, Unset):
            unresolved_lines = self.unresolved_lines

        customer: dict[str, Any] | None | Unset
        if isinstance(self.customer, Unset):
            customer = UNSET
        elif isinstance(self.customer, OpenObject):
            customer = self.customer.to_dict()
        else:
            customer = self.customer

        parent_fees: list[Any] | Unset = UNSET
        if not isinstance(self.parent_fees, Unset):
            parent_fees = self.parent_fees

        parent_shipping_price: dict[str, Any] | None | Unset
        if isinstance(self.parent_shipping_price, Unset):
            parent_shipping_price = UNSET
        elif isinstance(self.parent_shipping_price, Price):
            parent_shipping_price = self.parent_shipping_price.to_dict()
        else:
            parent_shipping_price = self.parent_shipping_price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if subtotal is not UNSET:
            field_dict["subtotal"] = subtotal
        if is_manual_pricing_required is not UNSET:
            field_dict["isManualPricingRequired"] = is_manual_pricing_required
        if is_price_resolution_required is not UNSET:
            field_dict["isPriceResolutionRequired"] = is_price_resolution_required
        if last_modified_time is not UNSET:
            field_dict["lastModifiedTime"] = last_modified_time
        if line_meta is not UNSET:
            field_dict["lineMeta"] = line_meta
        if number_of_files is not UNSET:
            field_dict["numberOfFiles"] = number_of_files
        if number is not UNSET:
            field_dict["number"] = number
        if project_id is not UNSET:
            field_dict["projectId"] = project_id
        if sequence_number is not UNSET:
            field_dict["sequenceNumber"] = sequence_number
        if title is not UNSET:
            field_dict["title"] = title
        if unresolved_lines is not UNSET:
            field_dict["unresolvedLines"] = unresolved_lines
        if customer is not UNSET:
            field_dict["customer"] = customer
        if parent_fees is not UNSET:
            field_dict["parentFees"] = parent_fees
        if parent_shipping_price is not UNSET:
            field_dict["parentShippingPrice"] = parent_shipping_price

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.open_object import OpenObject  # noqa: PLC0415
        from ..models.price import Price  # noqa: PLC0415

        (
            (
                id,
                _in_subtotal,
                is_manual_pricing_required,
                is_price_resolution_required,
                last_modified_time,
                _in_line_meta,
                number_of_files,
                number,
                project_id,
                sequence_number,
                title,
                _in_unresolved_lines,
                _in_customer,
                _in_parent_fees,
                _in_parent_shipping_price,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)

        _subtotal = _in_subtotal
        subtotal: None | Price | Unset
        if _subtotal is None or _subtotal is UNSET:
            subtotal = _subtotal
        else:
            try:
                if not isinstance(_subtotal, dict):
                    raise TypeError()
                subtotal_type_0 = Price.from_dict(_subtotal)

                subtotal = subtotal_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                subtotal = _subtotal

        line_meta = cast(list[Any], _in_line_meta)

        unresolved_lines = cast(list[Any], _in_unresolved_lines)

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

        parent_fees = cast(list[Any], _in_parent_fees)

        _parent_shipping_price = _in_parent_shipping_price
        parent_shipping_price: None | Price | Unset
        if _parent_shipping_price is None or _parent_shipping_price is UNSET:
            parent_shipping_price = _parent_shipping_price
        else:
            try:
                if not isinstance(_parent_shipping_price, dict):
                    raise TypeError()
                parent_shipping_price_type_0 = Price.from_dict(_parent_shipping_price)

                parent_shipping_price = parent_shipping_price_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                parent_shipping_price = _parent_shipping_price

        if cls is ServiceBasket:
            service_basket = cls(
                id,
                subtotal,
                is_manual_pricing_required,
                is_price_resolution_required,
                last_modified_time,
                line_meta,
                number_of_files,
                number,
                project_id,
                sequence_number,
                title,
                unresolved_lines,
                customer,
                parent_fees,
                parent_shipping_price,
            )
        else:
            service_basket = cls(
                id=id,
                subtotal=subtotal,
                is_manual_pricing_required=is_manual_pricing_required,
                is_price_resolution_required=is_price_resolution_required,
                last_modified_time=last_modified_time,
                line_meta=line_meta,
                number_of_files=number_of_files,
                number=number,
                project_id=project_id,
                sequence_number=sequence_number,
                title=title,
                unresolved_lines=unresolved_lines,
                customer=customer,
                parent_fees=parent_fees,
                parent_shipping_price=parent_shipping_price,
            )

        service_basket.additional_properties = d
        return service_basket

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
        "id",
        "subtotal",
        "isManualPricingRequired",
        "isPriceResolutionRequired",
        "lastModifiedTime",
        "lineMeta",
        "numberOfFiles",
        "number",
        "projectId",
        "sequenceNumber",
        "title",
        "unresolvedLines",
        "customer",
        "parentFees",
        "parentShippingPrice",
    ),
    unset=UNSET,
)
