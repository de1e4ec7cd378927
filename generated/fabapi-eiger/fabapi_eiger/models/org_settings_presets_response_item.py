from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties, parse_uuid

from ..types import UNSET

T = TypeVar("T", bound="OrgSettingsPresetsResponseItem")


@_attrs_define
class OrgSettingsPresetsResponseItem:
    """
    Attributes:
        title (str): The Settings Preset title.
        id (UUID): The Settings Preset id.
    """

    title: str
    id: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        id = str(self.id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "id": id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            (
                title,
                _in_id,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)

        id = parse_uuid(_in_id)

        if cls is OrgSettingsPresetsResponseItem:
            org_settings_presets_response_item = cls(
                title,
                id,
            )
        else:
            org_settings_presets_response_item = cls(
                title=title,
                id=id,
            )

        org_settings_presets_response_item.additional_properties = d
        return org_settings_presets_response_item

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
        "title",
        "id",
    ),
    optional=(),
    unset=UNSET,
)
