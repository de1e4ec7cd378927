from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.open_object import OpenObject


T = TypeVar("T", bound="QuoteAttachment")


@_attrs_define
class QuoteAttachment:
    """
    Attributes:
        id (int | Unset):
        added (str | Unset):
        filesize (int | Unset):
        name (str | Unset):
        uploader (None | OpenObject | Unset):
        url (str | Unset):
        is_internal (bool | Unset):
    """

    id: int | Unset = UNSET
    added: str | Unset = UNSET
    filesize: int | Unset = UNSET
    name: str | Unset = UNSET
    uploader: None | OpenObject | Unset = UNSET
    url: str | Unset = UNSET
    is_internal: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.open_object import OpenObject  # noqa: PLC0415

        id = self.id

        added = self.added

        filesize = self.filesize

        name = self.name

        uploader: dict[str, Any] | None | Unset
        if isinstance(self.uploader, Unset):
            uploader = UNSET
        elif isinstance(self.uploader, OpenObject):
            uploader = self.uploader.to_dict()
        else:
            uploader = self.uploader

        url = self.url

        is_internal = self.is_internal

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if added is not UNSET:
            field_dict["added"] = added
        if filesize is not UNSET:
            field_dict["filesize"] = filesize
        if name is not UNSET:
            field_dict["name"] = name
        if uploader is not UNSET:
            field_dict["uploader"] = uploader
        if url is not UNSET:
            field_dict["url"] = url
        if is_internal is not UNSET:
            field_dict["isInternal"] = is_internal

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.open_object import OpenObject  # noqa: PLC0415

        (
            (
                id,
                added,
                filesize,
                name,
                _in_uploader,
                url,
                is_internal,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)

        _uploader = _in_uploader
        uploader: None | OpenObject | Unset
        if _uploader is None or _uploader is UNSET:
            uploader = _uploader
        else:
            try:
                if not isinstance(_uploader, dict):
                    raise TypeError()
                uploader_type_0 = OpenObject.from_dict(_uploader)

                uploader = uploader_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                uploader = _uploader

        if cls is QuoteAttachment:
            quote_attachment = cls(
                id,
                added,
                filesize,
                name,
                uploader,
                url,
                is_internal,
            )
        else:
            quote_attachment = cls(
                id=id,
                added=added,
                filesize=filesize,
                name=name,
                uploader=uploader,
                url=url,
                is_internal=is_internal,
            )

        quote_attachment.additional_properties = d
        return quote_attachment

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
        "added",
        "filesize",
        "name",
        "uploader",
        "url",
        "isInternal",
    ),
    unset=UNSET,
)
