from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.open_object import OpenObject


T = TypeVar("T", bound="ServiceBasketLineUpdate")


@_attrs_define
class ServiceBasketLineUpdate:
    """
    Attributes:
        name (None | str | Unset): Visible Name in Service and User Panel
        offer_id (int | None | Unset): Defines both material as well as printing service and is thus required for
            ordering.
        product_id (int | None | Unset): Also known as material. To set a material/product, use the offerId to also
            select the correct PrintingService.
        quantity (int | Unset): Set to 1 by default. Change if you want to in- or decrease amount of desired parts in
            this line.
        preferred_due_date (datetime.date | None | Unset):
        auto_set_price (bool | Unset):
        unit_print_price (None | str | Unset):
        post_processings (list[OpenObject] | Unset): Collapsed in the seed: the post-processings to apply.
    """

    name: None | str | Unset = UNSET
    offer_id: int | None | Unset = UNSET
    product_id: int | None | Unset = UNSET
    quantity: int | Unset = UNSET
    preferred_due_date: datetime.date | None | Unset = UNSET
    auto_set_price: bool | Unset = UNSET
    unit_print_price: None | str | Unset = UNSET
    post_processings: list[OpenObject] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        offer_id: int | None | Unset
        if isinstance(self.offer_id, Unset):
            offer_id = UNSET
        else:
            offer_id = self.offer_id

        product_id: int | None | Unset
        if isinstance(self.product_id, Unset):
            product_id = UNSET
        else:
            product_id = self.product_id

        quantity = self.quantity

        preferred_due_date: None | str | Unset
        if isinstance(self.preferred_due_date, Unset):
            preferred_due_date = UNSET
        elif isinstance(self.preferred_due_date, datetime.date):
            preferred_due_date = self.preferred_due_date.isoformat()
        else:
            preferred_due_date = self.preferred_due_date

        auto_set_price = self.auto_set_price

        unit_print_price: None | str | Unset
        if isinstance(self.unit_print_price, Unset):
            unit_print_price = UNSET
        else:
            unit_print_price = self.unit_print_price

        post_processings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.post_processings, Unset):
            post_processings = []
            for post_processings_item_data in self.post_processings:
                post_processings_item = post_processings_item_data.to_dict()
                post_processings.append(post_processings_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if offer_id is not UNSET:
            field_dict["offerId"] = offer_id
        if product_id is not UNSET:
            field_dict["productId"] = product_id
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if preferred_due_date is not UNSET:
            field_dict["preferredDueDate"] = preferred_due_date
        if auto_set_price is not UNSET:
            field_dict["autoSetPrice"] = auto_set_price
        if unit_print_price is not UNSET:
            field_dict["unitPrintPrice"] = unit_print_price
        if post_processings is not UNSET:
            field_dict["postProcessings"] = post_processings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.open_object import OpenObject  # noqa: PLC0415

        (
            (
                _in_name,
                _in_offer_id,
                _in_product_id,
                quantity,
                _in_preferred_due_date,
                auto_set_price,
                _in_unit_print_price,
                _in_post_processings,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)
        name: None | str | Unset = _in_name

        offer_id: int | None | Unset = _in_offer_id

        product_id: int | None | Unset = _in_product_id

        _preferred_due_date = _in_preferred_due_date
        preferred_due_date: datetime.date | None | Unset
        if _preferred_due_date is None or _preferred_due_date is UNSET:
            preferred_due_date = _preferred_due_date
        else:
            try:
                if not isinstance(_preferred_due_date, str):
                    raise TypeError()
                preferred_due_date_type_0 = datetime.date.fromisoformat(_preferred_due_date)

                preferred_due_date = preferred_due_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                preferred_due_date = _preferred_due_date

        unit_print_price: None | str | Unset = _in_unit_print_price

        _post_processings = _in_post_processings
        post_processings: list[OpenObject] | Unset = UNSET
        if _post_processings is not UNSET:
            post_processings = []
            for post_processings_item_data in _post_processings:
                post_processings_item = OpenObject.from_dict(post_processings_item_data)

                post_processings.append(post_processings_item)

        if cls is ServiceBasketLineUpdate:
            service_basket_line_update = cls(
                name,
                offer_id,
                product_id,
                quantity,
                preferred_due_date,
                auto_set_price,
                unit_print_price,
                post_processings,
            )
        else:
            service_basket_line_update = cls(
                name=name,
                offer_id=offer_id,
                product_id=product_id,
                quantity=quantity,
                preferred_due_date=preferred_due_date,
                auto_set_price=auto_set_price,
                unit_print_price=unit_print_price,
                post_processings=post_processings,
            )

        service_basket_line_update.additional_properties = d
        return service_basket_line_update

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
        "name",
        "offerId",
        "productId",
        "quantity",
        "preferredDueDate",
        "autoSetPrice",
        "unitPrintPrice",
        "postProcessings",
    ),
    unset=UNSET,
)
