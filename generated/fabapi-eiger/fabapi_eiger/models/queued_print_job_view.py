from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties, parse_datetime, parse_uuid

from ..models.queued_print_job_state_enum import QueuedPrintJobStateEnum
from ..types import UNSET

T = TypeVar("T", bound="QueuedPrintJobView")


@_attrs_define
class QueuedPrintJobView:
    """An node in the print queue

    Attributes:
        id (UUID): ID of the Queued Print Job
        state (QueuedPrintJobStateEnum):
        queued_at (datetime.datetime | None): Time the print job was created
        updated_at (datetime.datetime | None): Time the queued print job was last updated
    """

    id: UUID
    state: QueuedPrintJobStateEnum
    queued_at: datetime.datetime | None
    updated_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        state = self.state.value

        queued_at: None | str
        if isinstance(self.queued_at, datetime.datetime):
            queued_at = self.queued_at.isoformat()
        else:
            queued_at = self.queued_at

        updated_at: None | str
        if isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "state": state,
                "queued_at": queued_at,
                "updated_at": updated_at,
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
                _in_updated_at,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)
        id = parse_uuid(_in_id)

        _state = _in_state
        state: QueuedPrintJobStateEnum
        try:
            state = cast("QueuedPrintJobStateEnum", QueuedPrintJobStateEnum._value2member_map_[_state])
        except (KeyError, TypeError):
            state = QueuedPrintJobStateEnum(_state)

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

        if cls is QueuedPrintJobView:
            queued_print_job_view = cls(
                id,
                state,
                queued_at,
                updated_at,
            )
        else:
            queued_print_job_view = cls(
                id=id,
                state=state,
                queued_at=queued_at,
                updated_at=updated_at,
            )

        queued_print_job_view.additional_properties = d
        return queued_print_job_view

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
        "updated_at",
    ),
    optional=(),
    unset=UNSET,
)
