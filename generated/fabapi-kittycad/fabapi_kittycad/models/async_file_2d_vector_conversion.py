from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties, parse_datetime, parse_uuid

from ..models.api_call_status import ApiCallStatus
from ..models.async_file_2d_vector_conversion_type import AsyncFile2DVectorConversionType
from ..models.file_2d_vector_output_format import File2DVectorOutputFormat
from ..models.file_2d_vector_source_format import File2DVectorSourceFormat
from ..types import UNSET, Unset

T = TypeVar("T", bound="AsyncFile2DVectorConversion")


@_attrs_define
class AsyncFile2DVectorConversion:
    """The result of an async File2DVectorConversion operation, tagged with its type.

    Attributes:
        type_ (AsyncFile2DVectorConversionType): The kind of async operation.
        completed_at (datetime.datetime | None | Unset): The time and date the API call was completed.
        created_at (datetime.datetime | Unset): The time and date the API call was created.
        error (None | str | Unset): The error the function returned, if any.
        id (UUID | Unset): The unique identifier of the API call.

            This is the same as the API call ID. A uuid.

            A Version 4 UUID is a universally unique identifier that is generated using random numbers.
        output (None | str | Unset): The converted file, if completed, base64 encoded.
        output_format (File2DVectorOutputFormat | Unset): The valid types of Vector output file formats.
        src_format (File2DVectorSourceFormat | Unset): The valid types of Vector source file formats.
        started_at (datetime.datetime | None | Unset): The time and date the API call was started.
        status (ApiCallStatus | Unset): The status of an async API call.
        updated_at (datetime.datetime | Unset): The time and date the API call was last updated.
        user_id (str | Unset): The user ID of the user who created the API call.
    """

    type_: AsyncFile2DVectorConversionType
    completed_at: datetime.datetime | None | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    error: None | str | Unset = UNSET
    id: UUID | Unset = UNSET
    output: None | str | Unset = UNSET
    output_format: File2DVectorOutputFormat | Unset = UNSET
    src_format: File2DVectorSourceFormat | Unset = UNSET
    started_at: datetime.datetime | None | Unset = UNSET
    status: ApiCallStatus | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    user_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        completed_at: None | str | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        elif isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat()
        else:
            completed_at = self.completed_at

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        output: None | str | Unset
        if isinstance(self.output, Unset):
            output = UNSET
        else:
            output = self.output

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format.value

        src_format: str | Unset = UNSET
        if not isinstance(self.src_format, Unset):
            src_format = self.src_format.value

        started_at: None | str | Unset
        if isinstance(self.started_at, Unset):
            started_at = UNSET
        elif isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat()
        else:
            started_at = self.started_at

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if error is not UNSET:
            field_dict["error"] = error
        if id is not UNSET:
            field_dict["id"] = id
        if output is not UNSET:
            field_dict["output"] = output
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if src_format is not UNSET:
            field_dict["src_format"] = src_format
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if status is not UNSET:
            field_dict["status"] = status
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            (
                _in_type_,
                _in_completed_at,
                _in_created_at,
                _in_error,
                _in_id,
                _in_output,
                _in_output_format,
                _in_src_format,
                _in_started_at,
                _in_status,
                _in_updated_at,
                user_id,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)
        _type_ = _in_type_
        type_: AsyncFile2DVectorConversionType
        try:
            type_ = cast("AsyncFile2DVectorConversionType", AsyncFile2DVectorConversionType._value2member_map_[_type_])
        except (KeyError, TypeError):
            type_ = AsyncFile2DVectorConversionType(_type_)

        _completed_at = _in_completed_at
        completed_at: datetime.datetime | None | Unset
        if _completed_at is None or _completed_at is UNSET:
            completed_at = _completed_at
        else:
            try:
                if not isinstance(_completed_at, str):
                    raise TypeError()
                completed_at_type_0 = parse_datetime(_completed_at)

                completed_at = completed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                completed_at = _completed_at

        _created_at = _in_created_at
        created_at: datetime.datetime | Unset
        if _created_at is UNSET:
            created_at = UNSET
        else:
            created_at = parse_datetime(_created_at)

        error: None | str | Unset = _in_error

        _id = _in_id
        id: UUID | Unset
        if _id is UNSET:
            id = UNSET
        else:
            id = parse_uuid(_id)

        output: None | str | Unset = _in_output

        _output_format = _in_output_format
        output_format: File2DVectorOutputFormat | Unset
        if _output_format is UNSET:
            output_format = UNSET
        else:
            try:
                output_format = cast(
                    "File2DVectorOutputFormat", File2DVectorOutputFormat._value2member_map_[_output_format]
                )
            except (KeyError, TypeError):
                output_format = File2DVectorOutputFormat(_output_format)

        _src_format = _in_src_format
        src_format: File2DVectorSourceFormat | Unset
        if _src_format is UNSET:
            src_format = UNSET
        else:
            try:
                src_format = cast("File2DVectorSourceFormat", File2DVectorSourceFormat._value2member_map_[_src_format])
            except (KeyError, TypeError):
                src_format = File2DVectorSourceFormat(_src_format)

        _started_at = _in_started_at
        started_at: datetime.datetime | None | Unset
        if _started_at is None or _started_at is UNSET:
            started_at = _started_at
        else:
            try:
                if not isinstance(_started_at, str):
                    raise TypeError()
                started_at_type_0 = parse_datetime(_started_at)

                started_at = started_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                started_at = _started_at

        _status = _in_status
        status: ApiCallStatus | Unset
        if _status is UNSET:
            status = UNSET
        else:
            try:
                status = cast("ApiCallStatus", ApiCallStatus._value2member_map_[_status])
            except (KeyError, TypeError):
                status = ApiCallStatus(_status)

        _updated_at = _in_updated_at
        updated_at: datetime.datetime | Unset
        if _updated_at is UNSET:
            updated_at = UNSET
        else:
            updated_at = parse_datetime(_updated_at)

        if cls is AsyncFile2DVectorConversion:
            async_file_2d_vector_conversion = cls(
                type_,
                completed_at,
                created_at,
                error,
                id,
                output,
                output_format,
                src_format,
                started_at,
                status,
                updated_at,
                user_id,
            )
        else:
            async_file_2d_vector_conversion = cls(
                type_=type_,
                completed_at=completed_at,
                created_at=created_at,
                error=error,
                id=id,
                output=output,
                output_format=output_format,
                src_format=src_format,
                started_at=started_at,
                status=status,
                updated_at=updated_at,
                user_id=user_id,
            )

        async_file_2d_vector_conversion.additional_properties = d
        return async_file_2d_vector_conversion

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
    required=("type",),
    optional=(
        "completed_at",
        "created_at",
        "error",
        "id",
        "output",
        "output_format",
        "src_format",
        "started_at",
        "status",
        "updated_at",
        "user_id",
    ),
    unset=UNSET,
)
