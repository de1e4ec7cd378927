from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties

from ..types import UNSET, Unset

T = TypeVar("T", bound="UploadedFile")


@_attrs_define
class UploadedFile:
    """The seed's sample is empty (`{}`); the fields are the ones its prose names (url) and the vendor's client reads
    (uuid). Any other field is accepted.

        Attributes:
            url (str | Unset): Where to redirect the user (way 1); for an AMPI upload it carries the `token` query parameter
                to pass as stlFileToken (way 3).
            uuid (str | Unset): The uploaded file's uuid (the vendor's Python client reads it).
    """

    url: str | Unset = UNSET
    uuid: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        uuid = self.uuid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if url is not UNSET:
            field_dict["url"] = url
        if uuid is not UNSET:
            field_dict["uuid"] = uuid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            (
                url,
                uuid,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)

        if cls is UploadedFile:
            uploaded_file = cls(
                url,
                uuid,
            )
        else:
            uploaded_file = cls(
                url=url,
                uuid=uuid,
            )

        uploaded_file.additional_properties = d
        return uploaded_file

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
        "url",
        "uuid",
    ),
    unset=UNSET,
)
