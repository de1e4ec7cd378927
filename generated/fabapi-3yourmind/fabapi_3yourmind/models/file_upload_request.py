from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties

from .. import types
from ..models.unit import Unit
from ..types import UNSET, File, Unset

T = TypeVar("T", bound="FileUploadRequest")


@_attrs_define
class FileUploadRequest:
    """
    Attributes:
        unit (Unit):
        file (File):
        origin (str | Unset):
        filename (str | Unset):
    """

    unit: Unit
    file: File
    origin: str | Unset = UNSET
    filename: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        unit = self.unit.value

        file = self.file.to_tuple()

        origin = self.origin

        filename = self.filename

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "unit": unit,
                "file": file,
            }
        )
        if origin is not UNSET:
            field_dict["origin"] = origin
        if filename is not UNSET:
            field_dict["filename"] = filename

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("unit", (None, str(self.unit.value).encode(), "text/plain")))

        files.append(("file", self.file.to_tuple()))

        if not isinstance(self.origin, Unset):
            files.append(("origin", (None, str(self.origin).encode(), "text/plain")))

        if not isinstance(self.filename, Unset):
            files.append(("filename", (None, str(self.filename).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            (
                _in_unit,
                _in_file,
                origin,
                filename,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)
        _unit = _in_unit
        unit: Unit
        try:
            unit = cast("Unit", Unit._value2member_map_[_unit])
        except (KeyError, TypeError):
            unit = Unit(_unit)

        file = File(payload=BytesIO(_in_file))

        if cls is FileUploadRequest:
            file_upload_request = cls(
                unit,
                file,
                origin,
                filename,
            )
        else:
            file_upload_request = cls(
                unit=unit,
                file=file,
                origin=origin,
                filename=filename,
            )

        file_upload_request.additional_properties = d
        return file_upload_request

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
        "unit",
        "file",
    ),
    optional=(
        "origin",
        "filename",
    ),
    unset=UNSET,
)
