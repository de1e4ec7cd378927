from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties

from ..types import UNSET, Unset

T = TypeVar("T", bound="NewAddress")


@_attrs_define
class NewAddress:
    """The struct that is used to create a new record. This is automatically generated and has all the same fields as the
    main struct only it is missing the id.

        Attributes:
            city (str | Unset): The city component.
            country (str | Unset): The country component.
            state (str | Unset): The state component.
            street1 (str | Unset): The first street component.
            street2 (str | Unset): The second street component.
            user_id (str | Unset): The user ID that this address belongs to.
            zip_ (str | Unset): The zip component.
    """

    city: str | Unset = UNSET
    country: str | Unset = UNSET
    state: str | Unset = UNSET
    street1: str | Unset = UNSET
    street2: str | Unset = UNSET
    user_id: str | Unset = UNSET
    zip_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        city = self.city

        country = self.country

        state = self.state

        street1 = self.street1

        street2 = self.street2

        user_id = self.user_id

        zip_ = self.zip_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if city is not UNSET:
            field_dict["city"] = city
        if country is not UNSET:
            field_dict["country"] = country
        if state is not UNSET:
            field_dict["state"] = state
        if street1 is not UNSET:
            field_dict["street1"] = street1
        if street2 is not UNSET:
            field_dict["street2"] = street2
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if zip_ is not UNSET:
            field_dict["zip"] = zip_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            (
                city,
                country,
                state,
                street1,
                street2,
                user_id,
                zip_,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)

        if cls is NewAddress:
            new_address = cls(
                city,
                country,
                state,
                street1,
                street2,
                user_id,
                zip_,
            )
        else:
            new_address = cls(
                city=city,
                country=country,
                state=state,
                street1=street1,
                street2=street2,
                user_id=user_id,
                zip_=zip_,
            )

        new_address.additional_properties = d
        return new_address

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
        "city",
        "country",
        "state",
        "street1",
        "street2",
        "user_id",
        "zip",
    ),
    unset=UNSET,
)
