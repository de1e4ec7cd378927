from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties, parse_datetime, parse_uuid

from ..models.print_job_state_enum import PrintJobStateEnum
from ..types import UNSET

T = TypeVar("T", bound="SendBuildToBacklogResponse")


@_attrs_define
class SendBuildToBacklogResponse:
    """
    Attributes:
        id (UUID): ID of the print job
        state (PrintJobStateEnum): State of the print job
        queued_at (datetime.datetime | None): This when the print job was queued to the device
        created_at (datetime.datetime | None): This when the print job was first created
        started_at (datetime.datetime | None): Time when the print job started on the devices. In most cases, this is
            the same value as created_at.
        updated_at (datetime.datetime | None): The last time the print job's status was updated
        ended_at (datetime.datetime | None): Time when the print job ended
    """

    id: UUID
    state: PrintJobStateEnum
    queued_at: datetime.datetime | None
    created_at: datetime.datetime | None
    started_at: datetime.datetime | None
    updated_at: datetime.datetime | None
    ended_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        state = self.state.value

        queued_at: None | str
        if isinstance(self.queued_at, datetime.datetime):
            queued_at = self.queued_at.isoformat()
        else:
            queued_at = self.queued_at

        created_at: None | str
        if isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        started_at: None | str
        if isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat()
        else:
            started_at = self.started_at

        updated_at: None | str
        if isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        ended_at: None | str
        if isinstance(self.ended_at, datetime.datetime):
            ended_at = self.ended_at.isoformat()
        else:
            ended_at = self.ended_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "state": state,
                "queued_at": queued_at,
                "created_at": created_at,
                "started_at": started_at,
                "updated_at": updated_at,
                "ended_at": ended_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            (
                _in_id,
                _in_state,
                _in_queued_at,
                _in_created_at,
                _in_started_at,
                _in_updated_at,
                _in_ended_at,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)
        id = parse_uuid(_in_id)

        _state = _in_state
        state: PrintJobStateEnum
        try:
            state = cast("PrintJobStateEnum", PrintJobStateEnum._value2member_map_[_state])
        except (KeyError, TypeError):
            state = PrintJobStateEnum(_state)

        _queued_at = _in_queued_at
        queued_at: datetime.datetime | None
        if _queued_at is None:
            queued_at = _queued_at
        else:
            try:
                if not isinstance(_queued_at, str):
                    raise TypeError()
                queued_at_type_0 = parse_datetime(_queued_at)

                queued_at = queued_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                queued_at = _queued_at

        _created_at = _in_created_at
        created_at: datetime.datetime | None
        if _created_at is None:
            created_at = _created_at
        else:
            try:
                if not isinstance(_created_at, str):
                    raise TypeError()
                created_at_type_0 = parse_datetime(_created_at)

                created_at = created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                created_at = _created_at

        _started_at = _in_started_at
        started_at: datetime.datetime | None
        if _started_at is None:
            started_at = _started_at
        else:
            try:
                if not isinstance(_started_at, str):
                    raise TypeError()
                started_at_type_0 = parse_datetime(_started_at)

                started_at = started_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                started_at = _started_at

        _updated_at = _in_updated_at
        updated_at: datetime.datetime | None
        if _updated_at is None:
            updated_at = _updated_at
        else:
            try:
                if not isinstance(_updated_at, str):
                    raise TypeError()
                updated_at_type_0 = parse_datetime(_updated_at)

                updated_at = updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                updated_at = _updated_at

        _ended_at = _in_ended_at
        ended_at: datetime.datetime | None
        if _ended_at is None:
            ended_at = _ended_at
        else:
            try:
                if not isinstance(_ended_at, str):
                    raise TypeError()
                ended_at_type_0 = parse_datetime(_ended_at)

                ended_at = ended_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                ended_at = _ended_at

        if cls is SendBuildToBacklogResponse:
            send_build_to_backlog_response = cls(
                id,
                state,
                queued_at,
                created_at,
                started_at,
                updated_at,
                ended_at,
            )
        else:
            send_build_to_backlog_response = cls(
                id=id,
                state=state,
                queued_at=queued_at,
                created_at=created_at,
                started_at=started_at,
                updated_at=updated_at,
                ended_at=ended_at,
            )

        send_build_to_backlog_response.additional_properties = d
        return send_build_to_backlog_response

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
        "state",
        "queued_at",
        "created_at",
        "started_at",
        "updated_at",
        "ended_at",
    ),
    optional=(),
    unset=UNSET,
)
