from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties, parse_datetime, parse_uuid

from ..models.api_call_status import ApiCallStatus
from ..models.unit_charge_format import UnitChargeFormat
from ..types import UNSET, Unset

T = TypeVar("T", bound="UnitChargeConversion")


@_attrs_define
class UnitChargeConversion:
    """A unit conversion (charge).

    Attributes:
        completed_at (datetime.datetime | None | Unset): The time and date the API call was completed.
        created_at (datetime.datetime | Unset): The time and date the API call was created.
        error (None | str | Unset): The error the function returned, if any.
        id (UUID | Unset): The unique identifier of the API call.

            This is the same as the API call ID. A uuid.

            A Version 4 UUID is a universally unique identifier that is generated using random numbers.
        input_ (float | Unset): The input value.
        output (float | None | Unset): The resulting value.
        output_format (UnitChargeFormat | Unset): The valid types of charge unit formats.
        src_format (UnitChargeFormat | Unset): The valid types of charge unit formats.
        started_at (datetime.datetime | None | Unset): The time and date the API call was started.
        status (ApiCallStatus | Unset): The status of an async API call.
        updated_at (datetime.datetime | Unset): The time and date the API call was last updated.
        user_id (str | Unset): The user ID of the user who created the API call.
    """

    completed_at: datetime.datetime | None | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    error: None | str | Unset = UNSET
    id: UUID | Unset = UNSET
    input_: float | Unset = UNSET
    output: float | None | Unset = UNSET
    output_format: UnitChargeFormat | Unset = UNSET
    src_format: UnitChargeFormat | Unset = UNSET
    started_at: datetime.datetime | None | Unset = UNSET
    status: ApiCallStatus | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    user_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        input_ = self.input_

        output: float | None | Unset
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
        field_dict.update({})
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if error is not UNSET:
            field_dict["error"] = error
        if id is not UNSET:
            field_dict["id"] = id
        if input_ is not UNSET:
            field_dict["input"] = input_
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
                _in_completed_at,
                _in_created_at,
                _in_error,
                _in_id,
                input_,
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

        output: float | None | Unset = _in_output

        _output_format = _in_output_format
        output_format: UnitChargeFormat | Unset
        if _output_format is UNSET:
            output_format = UNSET
        else:
            try:
                output_format = cast("UnitChargeFormat", UnitChargeFormat._value2member_map_[_output_format])
            except (KeyError, TypeError):
                output_format = UnitChargeFormat(_output_format)

        _src_format = _in_src_format
        src_format: UnitChargeFormat | Unset
        if _src_format is UNSET:
            src_format = UNSET
        else:
            try:
                src_format = cast("UnitChargeFormat", UnitChargeFormat._value2member_map_[_src_format])
            except (KeyError, TypeError):
                src_format = UnitChargeFormat(_src_format)

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

        if cls is UnitChargeConversion:
            unit_charge_conversion = cls(
                completed_at,
                created_at,
                error,
                id,
                input_,
                output,
                output_format,
                src_format,
                started_at,
                status,
                updated_at,
                user_id,
            )
        else:
            unit_charge_conversion = cls(
                completed_at=completed_at,
                created_at=created_at,
                error=error,
                id=id,
                input_=input_,
                output=output,
                output_format=output_format,
                src_format=src_format,
                started_at=started_at,
                status=status,
                updated_at=updated_at,
                user_id=user_id,
            )

        unit_charge_conversion.additional_properties = d
        return unit_charge_conversion

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
        "completed_at",
        "created_at",
        "error",
        "id",
        "input",
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
