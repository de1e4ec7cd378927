from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_call_status import ApiCallStatus
from ..models.physics_constant_name import PhysicsConstantName
from ..types import UNSET, Unset

T = TypeVar("T", bound="PhysicsConstant")


@_attrs_define
class PhysicsConstant:
    """A physics constant.

    Attributes:
        completed_at (datetime.datetime | None | Unset): The time and date the API call was completed.
        constant (PhysicsConstantName | Unset): The valid types of phys constant names.
        created_at (datetime.datetime | Unset): The time and date the API call was created.
        error (None | str | Unset): The error the function returned, if any.
        id (UUID | Unset): The unique identifier of the API call.

            This is the same as the API call ID. A uuid.

            A Version 4 UUID is a universally unique identifier that is generated using random numbers.
        started_at (datetime.datetime | None | Unset): The time and date the API call was started.
        status (ApiCallStatus | Unset): The status of an async API call.
        updated_at (datetime.datetime | Unset): The time and date the API call was last updated.
        user_id (str | Unset): The user ID of the user who created the API call.
        value (float | Unset): The resulting value of the constant.
    """

    completed_at: datetime.datetime | None | Unset = UNSET
    constant: PhysicsConstantName | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    error: None | str | Unset = UNSET
    id: UUID | Unset = UNSET
    started_at: datetime.datetime | None | Unset = UNSET
    status: ApiCallStatus | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    user_id: str | Unset = UNSET
    value: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        completed_at: None | str | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        elif isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat()
        else:
            completed_at = self.completed_at

        constant: str | Unset = UNSET
        if not isinstance(self.constant, Unset):
            constant = self.constant.value

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

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if constant is not UNSET:
            field_dict["constant"] = constant
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if error is not UNSET:
            field_dict["error"] = error
        if id is not UNSET:
            field_dict["id"] = id
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if status is not UNSET:
            field_dict["status"] = status
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if value is not UNSET:
            field_dict["value"] = value

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

        _constant = d.pop("constant", UNSET)
        constant: PhysicsConstantName | Unset
        if isinstance(_constant, Unset):
            constant = UNSET
        else:
            constant = PhysicsConstantName(_constant)

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

        value = d.pop("value", UNSET)

        physics_constant = cls(
            completed_at=completed_at,
            constant=constant,
            created_at=created_at,
            error=error,
            id=id,
            started_at=started_at,
            status=status,
            updated_at=updated_at,
            user_id=user_id,
            value=value,
        )

        physics_constant.additional_properties = d
        return physics_constant

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
