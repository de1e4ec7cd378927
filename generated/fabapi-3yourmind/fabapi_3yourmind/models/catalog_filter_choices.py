from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties

from ..types import UNSET, Unset

T = TypeVar("T", bound="CatalogFilterChoices")


@_attrs_define
class CatalogFilterChoices:
    """
    Attributes:
        labels (list[Any] | Unset): Collapsed in the seed's sample: item shape not documented.
        partners (list[Any] | Unset): Collapsed in the seed's sample: item shape not documented.
        products (list[Any] | Unset): Collapsed in the seed's sample: item shape not documented.
        post_processings (list[Any] | Unset): Collapsed in the seed's sample: item shape not documented.
        statuses (list[Any] | Unset): Collapsed in the seed's sample: item shape not documented.
        customer_groups (list[Any] | Unset): Collapsed in the seed's sample: item shape not documented.
    """

    labels: list[Any] | Unset = UNSET
    partners: list[Any] | Unset = UNSET
    products: list[Any] | Unset = UNSET
    post_processings: list[Any] | Unset = UNSET
    statuses: list[Any] | Unset = UNSET
    customer_groups: list[Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        labels: list[Any] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = self.labels

        partners: list[Any] | Unset = UNSET
        if not isinstance(self.partners, Unset):
            partners = self.partners

        products: list[Any] | Unset = UNSET
        if not isinstance(self.products, Unset):
            products = self.products

        post_processings: list[Any] | Unset = UNSET
        if not isinstance(self.post_processings, Unset):
            post_processings = self.post_processings

        statuses: list[Any] | Unset = UNSET
        if not isinstance(self.statuses, Unset):
            statuses = self.statuses

        customer_groups: list[Any] | Unset = UNSET
        if not isinstance(self.customer_groups, Unset):
            customer_groups = self.customer_groups

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if labels is not UNSET:
            field_dict["labels"] = labels
        if partners is not UNSET:
            field_dict["partners"] = partners
        if products is not UNSET:
            field_dict["products"] = products
        if post_processings is not UNSET:
            field_dict["postProcessings"] = post_processings
        if statuses is not UNSET:
            field_dict["statuses"] = statuses
        if customer_groups is not UNSET:
            field_dict["customerGroups"] = customer_groups

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            (
                _in_labels,
                _in_partners,
                _in_products,
                _in_post_processings,
                _in_statuses,
                _in_customer_groups,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)
        labels = cast(list[Any], _in_labels)

        partners = cast(list[Any], _in_partners)

        products = cast(list[Any], _in_products)

        post_processings = cast(list[Any], _in_post_processings)

        statuses = cast(list[Any], _in_statuses)

        customer_groups = cast(list[Any], _in_customer_groups)

        if cls is CatalogFilterChoices:
            catalog_filter_choices = cls(
                labels,
                partners,
                products,
                post_processings,
                statuses,
                customer_groups,
            )
        else:
            catalog_filter_choices = cls(
                labels=labels,
                partners=partners,
                products=products,
                post_processings=post_processings,
                statuses=statuses,
                customer_groups=customer_groups,
            )

        catalog_filter_choices.additional_properties = d
        return catalog_filter_choices

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
        "labels",
        "partners",
        "products",
        "postProcessings",
        "statuses",
        "customerGroups",
    ),
    unset=UNSET,
)
