from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties, parse_uuid

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.read_part_version_response_settings import ReadPartVersionResponseSettings


T = TypeVar("T", bound="ReadPartVersionResponse")


@_attrs_define
class ReadPartVersionResponse:
    """
    Attributes:
        id (UUID):
        part_id (UUID):
        title (str):
        description (None | str):
        version_number (float):
        sliced (bool):
        preview_url (str | Unset):
        device_series (str | Unset):
        primary_material (str | Unset):
        secondary_material (str | Unset):
        settings (ReadPartVersionResponseSettings | Unset):
    """

    id: UUID
    part_id: UUID
    title: str
    description: None | str
    version_number: float
    sliced: bool
    preview_url: str | Unset = UNSET
    device_series: str | Unset = UNSET
    primary_material: str | Unset = UNSET
    secondary_material: str | Unset = UNSET
    settings: ReadPartVersionResponseSettings | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        part_id = str(self.part_id)

        title = self.title

        description: None | str
        description = self.description

        version_number = self.version_number

        sliced = self.sliced

        preview_url = self.preview_url

        device_series = self.device_series

        primary_material = self.primary_material

        secondary_material = self.secondary_material

        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = self.settings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "part_id": part_id,
                "title": title,
                "description": description,
                "version_number": version_number,
                "sliced": sliced,
            }
        )
        if preview_url is not UNSET:
            field_dict["preview_url"] = preview_url
        if device_series is not UNSET:
            field_dict["device_series"] = device_series
        if primary_material is not UNSET:
            field_dict["primary_material"] = primary_material
        if secondary_material is not UNSET:
            field_dict["secondary_material"] = secondary_material
        if settings is not UNSET:
            field_dict["settings"] = settings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.read_part_version_response_settings import ReadPartVersionResponseSettings  # noqa: PLC0415

        (
            (
                _in_id,
                _in_part_id,
                title,
                _in_description,
                version_number,
                sliced,
                preview_url,
                device_series,
                primary_material,
                secondary_material,
                _in_settings,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)
        id = parse_uuid(_in_id)

        part_id = parse_uuid(_in_part_id)

        description: None | str = _in_description

        _settings = _in_settings
        settings: ReadPartVersionResponseSettings | Unset
        if _settings is UNSET:
            settings = UNSET
        else:
            settings = ReadPartVersionResponseSettings.from_dict(_settings)

        if cls is ReadPartVersionResponse:
            read_part_version_response = cls(
                id,
                part_id,
                title,
                description,
                version_number,
                sliced,
                preview_url,
                device_series,
                primary_material,
                secondary_material,
                settings,
            )
        else:
            read_part_version_response = cls(
                id=id,
                part_id=part_id,
                title=title,
                description=description,
                version_number=version_number,
                sliced=sliced,
                preview_url=preview_url,
                device_series=device_series,
                primary_material=primary_material,
                secondary_material=secondary_material,
                settings=settings,
            )

        read_part_version_response.additional_properties = d
        return read_part_version_response

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
        "id",
        "part_id",
        "title",
        "description",
        "version_number",
        "sliced",
    ),
    optional=(
        "preview_url",
        "device_series",
        "primary_material",
        "secondary_material",
        "settings",
    ),
    unset=UNSET,
)
