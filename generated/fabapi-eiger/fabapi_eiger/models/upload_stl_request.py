from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties, parse_uuid

from .. import types
from ..types import UNSET, File, Unset

T = TypeVar("T", bound="UploadStlRequest")


@_attrs_define
class UploadStlRequest:
    """
    Attributes:
        stl_file (File): The STL file to upload.
        title (str | Unset): The title of the part.
        folder_id (UUID | Unset): Folder upload destination. Defaults to the Library.
        settings_preset_id (UUID | Unset): Settings Preset for the part. Defaults to Markforged Smart Settings.
        user_id (UUID | Unset): The part owner. Defaults to organization owner.
    """

    stl_file: File
    title: str | Unset = UNSET
    folder_id: UUID | Unset = UNSET
    settings_preset_id: UUID | Unset = UNSET
    user_id: UUID | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stl_file = self.stl_file.to_tuple()

        title = self.title

        folder_id: str | Unset = UNSET
        if not isinstance(self.folder_id, Unset):
            folder_id = str(self.folder_id)

        settings_preset_id: str | Unset = UNSET
        if not isinstance(self.settings_preset_id, Unset):
            settings_preset_id = str(self.settings_preset_id)

        user_id: str | Unset = UNSET
        if not isinstance(self.user_id, Unset):
            user_id = str(self.user_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stlFile": stl_file,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if folder_id is not UNSET:
            field_dict["folderId"] = folder_id
        if settings_preset_id is not UNSET:
            field_dict["settingsPresetId"] = settings_preset_id
        if user_id is not UNSET:
            field_dict["userId"] = user_id

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("stlFile", self.stl_file.to_tuple()))

        if not isinstance(self.title, Unset):
            files.append(("title", (None, str(self.title).encode(), "text/plain")))

        if not isinstance(self.folder_id, Unset):
            files.append(("folderId", (None, str(self.folder_id), "text/plain")))

        if not isinstance(self.settings_preset_id, Unset):
            files.append(("settingsPresetId", (None, str(self.settings_preset_id), "text/plain")))

        if not isinstance(self.user_id, Unset):
            files.append(("userId", (None, str(self.user_id), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            (
                _in_stl_file,
                title,
                _in_folder_id,
                _in_settings_preset_id,
                _in_user_id,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)
        stl_file = File(payload=BytesIO(_in_stl_file))

        _folder_id = _in_folder_id
        folder_id: UUID | Unset
        if _folder_id is UNSET:
            folder_id = UNSET
        else:
            folder_id = parse_uuid(_folder_id)

        _settings_preset_id = _in_settings_preset_id
        settings_preset_id: UUID | Unset
        if _settings_preset_id is UNSET:
            settings_preset_id = UNSET
        else:
            settings_preset_id = parse_uuid(_settings_preset_id)

        _user_id = _in_user_id
        user_id: UUID | Unset
        if _user_id is UNSET:
            user_id = UNSET
        else:
            user_id = parse_uuid(_user_id)

        if cls is UploadStlRequest:
            upload_stl_request = cls(
                stl_file,
                title,
                folder_id,
                settings_preset_id,
                user_id,
            )
        else:
            upload_stl_request = cls(
                stl_file=stl_file,
                title=title,
                folder_id=folder_id,
                settings_preset_id=settings_preset_id,
                user_id=user_id,
            )

        upload_stl_request.additional_properties = d
        return upload_stl_request

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
    required=("stlFile",),
    optional=(
        "title",
        "folderId",
        "settingsPresetId",
        "userId",
    ),
    unset=UNSET,
)
