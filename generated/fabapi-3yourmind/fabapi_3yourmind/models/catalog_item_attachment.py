from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties, parse_datetime

from ..types import UNSET, Unset

T = TypeVar("T", bound="CatalogItemAttachment")


@_attrs_define
class CatalogItemAttachment:
    """
    Attributes:
        id (int | Unset):
        creation_date (datetime.datetime | Unset):
        filesize (int | Unset):
        is_in_gallery (bool | Unset):
        name (str | Unset):
        url (str | Unset):
    """

    id: int | Unset = UNSET
    creation_date: datetime.datetime | Unset = UNSET
    filesize: int | Unset = UNSET
    is_in_gallery: bool | Unset = UNSET
    name: str | Unset = UNSET
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        creation_date: str | Unset = UNSET
        if not isinstance(self.creation_date, Unset):
            creation_date = self.creation_date.isoformat()

        filesize = self.filesize

        is_in_gallery = self.is_in_gallery

        name = self.name

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if creation_date is not UNSET:
            field_dict["creationDate"] = creation_date
        if filesize is not UNSET:
            field_dict["filesize"] = filesize
        if is_in_gallery is not UNSET:
            field_dict["isInGallery"] = is_in_gallery
        if name is not UNSET:
            field_dict["name"] = name
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            (
                id,
                _in_creation_date,
                filesize,
                is_in_gallery,
                name,
                url,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)

        _creation_date = _in_creation_date
        creation_date: datetime.datetime | Unset
        if _creation_date is UNSET:
            creation_date = UNSET
        else:
            creation_date = parse_datetime(_creation_date)

        if cls is CatalogItemAttachment:
            catalog_item_attachment = cls(
                id,
                creation_date,
                filesize,
                is_in_gallery,
                name,
                url,
            )
        else:
            catalog_item_attachment = cls(
                id=id,
                creation_date=creation_date,
                filesize=filesize,
                is_in_gallery=is_in_gallery,
                name=name,
                url=url,
            )

        catalog_item_attachment.additional_properties = d
        return catalog_item_attachment

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
        "creationDate",
        "filesize",
        "isInGallery",
        "name",
        "url",
    ),
    unset=UNSET,
)
