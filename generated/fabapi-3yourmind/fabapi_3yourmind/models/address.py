from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties

from ..types import UNSET, Unset

T = TypeVar("T", bound="Address")


@_attrs_define
class Address:
    """A postal address of a user.

    Attributes:
        id (int | Unset):
        city (str | Unset):  Example: Munich.
        company_name (None | str | Unset):  Example: 3Yourmind.
        country (str | Unset):  Example: DE.
        department (None | str | Unset):
        first_name (str | Unset):  Example: John.
        last_name (str | Unset):  Example: Doe.
        line1 (str | Unset):  Example: Sample Street 1.
        line2 (None | str | Unset):
        phone_number (str | Unset):  Example: +4912345678.
        state (None | str | Unset):  Example: Bavaria.
        title (None | str | Unset):  Example: Mr..
        vat_id (None | str | Unset):  Example: DE123456789.
        zip_code (str | Unset):  Example: 12345.
    """

    id: int | Unset = UNSET
    city: str | Unset = UNSET
    company_name: None | str | Unset = UNSET
    country: str | Unset = UNSET
    department: None | str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    line1: str | Unset = UNSET
    line2: None | str | Unset = UNSET
    phone_number: str | Unset = UNSET
    state: None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    vat_id: None | str | Unset = UNSET
    zip_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        city = self.city

        company_name: None | str | Unset
        if isinstance(self.company_name, Unset):
            company_name = UNSET
        else:
            company_name = self.company_name

        country = self.country

        department: None | str | Unset
        if isinstance(self.department, Unset):
            department = UNSET
        else:
            department = self.department

        first_name = self.first_name

        last_name = self.last_name

        line1 = self.line1

        line2: None | str | Unset
        if isinstance(self.line2, Unset):
            line2 = UNSET
        else:
            line2 = self.line2

        phone_number = self.phone_number

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        else:
            state = self.state

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        vat_id: None | str | Unset
        if isinstance(self.vat_id, Unset):
            vat_id = UNSET
        else:
            vat_id = self.vat_id

        zip_code = self.zip_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if city is not UNSET:
            field_dict["city"] = city
        if company_name is not UNSET:
            field_dict["companyName"] = company_name
        if country is not UNSET:
            field_dict["country"] = country
        if department is not UNSET:
            field_dict["department"] = department
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if line1 is not UNSET:
            field_dict["line1"] = line1
        if line2 is not UNSET:
            field_dict["line2"] = line2
        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number
        if state is not UNSET:
            field_dict["state"] = state
        if title is not UNSET:
            field_dict["title"] = title
        if vat_id is not UNSET:
            field_dict["vatId"] = vat_id
        if zip_code is not UNSET:
            field_dict["zipCode"] = zip_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            (
                id,
                city,
                _in_company_name,
                country,
                _in_department,
                first_name,
                last_name,
                line1,
                _in_line2,
                phone_number,
                _in_state,
                _in_title,
                _in_vat_id,
                zip_code,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)

        company_name: None | str | Unset = _in_company_name

        department: None | str | Unset = _in_department

        line2: None | str | Unset = _in_line2

        state: None | str | Unset = _in_state

        title: None | str | Unset = _in_title

        vat_id: None | str | Unset = _in_vat_id

        if cls is Address:
            address = cls(
                id,
                city,
                company_name,
                country,
                department,
                first_name,
                last_name,
                line1,
                line2,
                phone_number,
                state,
                title,
                vat_id,
                zip_code,
            )
        else:
            address = cls(
                id=id,
                city=city,
                company_name=company_name,
                country=country,
                department=department,
                first_name=first_name,
                last_name=last_name,
                line1=line1,
                line2=line2,
                phone_number=phone_number,
                state=state,
                title=title,
                vat_id=vat_id,
                zip_code=zip_code,
            )

        address.additional_properties = d
        return address

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
        "city",
        "companyName",
        "country",
        "department",
        "firstName",
        "lastName",
        "line1",
        "line2",
        "phoneNumber",
        "state",
        "title",
        "vatId",
        "zipCode",
    ),
    unset=UNSET,
)
