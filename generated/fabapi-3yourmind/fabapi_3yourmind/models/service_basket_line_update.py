from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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

        d = dict(src_dict)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_offer_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        offer_id = _parse_offer_id(d.pop("offerId", UNSET))

        def _parse_product_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        product_id = _parse_product_id(d.pop("productId", UNSET))

        quantity = d.pop("quantity", UNSET)

        def _parse_preferred_due_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                preferred_due_date_type_0 = datetime.date.fromisoformat(data)

                return preferred_due_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        preferred_due_date = _parse_preferred_due_date(d.pop("preferredDueDate", UNSET))

        auto_set_price = d.pop("autoSetPrice", UNSET)

        def _parse_unit_print_price(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        unit_print_price = _parse_unit_print_price(d.pop("unitPrintPrice", UNSET))

        _post_processings = d.pop("postProcessings", UNSET)
        post_processings: list[OpenObject] | Unset = UNSET
        if _post_processings is not UNSET:
            post_processings = []
            for post_processings_item_data in _post_processings:
                post_processings_item = OpenObject.from_dict(post_processings_item_data)

                post_processings.append(post_processings_item)

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
