from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties

from ..types import UNSET

T = TypeVar("T", bound="AddressWrite")


@_attrs_define
class AddressWrite:
    """Every field of an address. The seed marks all of them required, for PATCH too.

    Attributes:
        city (str):  Example: Munich.
        company_name (None | str):  Example: 3Yourmind.
        country (str):  Example: DE.
        department (None | str):
        first_name (str):  Example: John.
        last_name (str):  Example: Doe.
        line1 (str):  Example: Sample Street 1.
        line2 (None | str):
        phone_number (str):  Example: +4912345678.
        state (None | str):  Example: Bavaria.
        title (None | str):  Example: Mr..
        vat_id (None | str):  Example: DE123456789.
        zip_code (str):  Example: 12345.
    """

    city: str
    company_name: None | str
    country: str
    department: None | str
    first_name: str
    last_name: str
    line1: str
    line2: None | str
    phone_number: str
    state: None | str
    title: None | str
    vat_id: None | str
    zip_code: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        city = self.city

        company_name: None | str
        company_name = self.company_name

        country = self.country

        department: None | str
        department = self.department

        first_name = self.first_name

        last_name = self.last_name

        line1 = self.line1

        line2: None | str
        line2 = self.line2

        phone_number = self.phone_number

        state: None | str
        state = self.state

        title: None | str
        title = self.title

        vat_id: None | str
        vat_id = self.vat_id

        zip_code = self.zip_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "city": city,
                "companyName": company_name,
                "country": country,
                "department": department,
                "firstName": first_name,
                "lastName": last_name,
                "line1": line1,
                "line2": line2,
                "phoneNumber": phone_number,
                "state": state,
                "title": title,
                "vatId": vat_id,
                "zipCode": zip_code,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            (
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

        company_name: None | str = _in_company_name

        department: None | str = _in_department

        line2: None | str = _in_line2

        state: None | str = _in_state

        title: None | str = _in_title

        vat_id: None | str = _in_vat_id

        if cls is AddressWrite:
            address_write = cls(
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
            address_write = cls(
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

        address_write.additional_properties = d
        return address_write

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
    required=(
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
    optional=(),
    unset=UNSET,
)
