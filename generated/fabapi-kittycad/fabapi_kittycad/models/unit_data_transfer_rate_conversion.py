from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_call_status import ApiCallStatus
from ..models.unit_data_transfer_rate_format import UnitDataTransferRateFormat
from ..types import UNSET, Unset

T = TypeVar("T", bound="UnitDataTransferRateConversion")


@_attrs_define
class UnitDataTransferRateConversion:
    """A unit conversion (data transfer rate).

    Attributes:
        completed_at (datetime.datetime | None | Unset): The time and date the API call was completed.
        created_at (datetime.datetime | Unset): The time and date the API call was created.
        error (None | str | Unset): The error the function returned, if any.
        id (UUID | Unset): The unique identifier of the API call.

            This is the same as the API call ID. A uuid.

            A Version 4 UUID is a universally unique identifier that is generated using random numbers.
        input_ (float | Unset): The input value.
        output (float | None | Unset): The resulting value.
        output_format (UnitDataTransferRateFormat | Unset): The valid types of data transfer unit formats.
        src_format (UnitDataTransferRateFormat | Unset): The valid types of data transfer unit formats.
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
    output_format: UnitDataTransferRateFormat | Unset = UNSET
    src_format: UnitDataTransferRateFormat | Unset = UNSET
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
        d = dict(src_dict)

        def _parse_completed_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completed_at_type_0 = datetime.datetime.fromisoformat(data)

                return completed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        completed_at = _parse_completed_at(d.pop("completed_at", UNSET))

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        input_ = d.pop("input", UNSET)

        def _parse_output(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        output = _parse_output(d.pop("output", UNSET))

        _output_format = d.pop("output_format", UNSET)
        output_format: UnitDataTransferRateFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = UnitDataTransferRateFormat(_output_format)

        _src_format = d.pop("src_format", UNSET)
        src_format: UnitDataTransferRateFormat | Unset
        if isinstance(_src_format, Unset):
            src_format = UNSET
        else:
            src_format = UnitDataTransferRateFormat(_src_format)

        def _parse_started_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                started_at_type_0 = datetime.datetime.fromisoformat(data)

                return started_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        started_at = _parse_started_at(d.pop("started_at", UNSET))

        _status = d.pop("status", UNSET)
        status: ApiCallStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ApiCallStatus(_status)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        user_id = d.pop("user_id", UNSET)

        unit_data_transfer_rate_conversion = cls(
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

        unit_data_transfer_rate_conversion.additional_properties = d
        return unit_data_transfer_rate_conversion

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
