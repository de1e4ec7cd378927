from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties, parse_datetime, parse_uuid

from ..models.print_job_state_enum import PrintJobStateEnum
from ..models.printing_state_enum import PrintingStateEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.build_view import BuildView


T = TypeVar("T", bound="ReadDeviceResponseActiveJob")


@_attrs_define
class ReadDeviceResponseActiveJob:
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
        build (BuildView): Build
        printing_state (PrintingStateEnum | Unset): State of the print job on the device
        current_layer (int | None | Unset): Current layer number
        layer_count (int | None | Unset): Number of layers
        progress (float | None | Unset): Percentage of completion for print job
        estimated_seconds_remaining (int | None | Unset): Estimated time left in print job in seconds
    """

    id: UUID
    state: PrintJobStateEnum
    queued_at: datetime.datetime | None
    created_at: datetime.datetime | None
    started_at: datetime.datetime | None
    updated_at: datetime.datetime | None
    ended_at: datetime.datetime | None
    build: BuildView
    printing_state: PrintingStateEnum | Unset = UNSET
    current_layer: int | None | Unset = UNSET
    layer_count: int | None | Unset = UNSET
    progress: float | None | Unset = UNSET
    estimated_seconds_remaining: int | None | Unset = UNSET
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

        build = self.build.to_dict()

        printing_state: str | Unset = UNSET
        if not isinstance(self.printing_state, Unset):
            printing_state = self.printing_state.value

        current_layer: int | None | Unset
        if isinstance(self.current_layer, Unset):
            current_layer = UNSET
        else:
            current_layer = self.current_layer

        layer_count: int | None | Unset
        if isinstance(self.layer_count, Unset):
            layer_count = UNSET
        else:
            layer_count = self.layer_count

        progress: float | None | Unset
        if isinstance(self.progress, Unset):
            progress = UNSET
        else:
            progress = self.progress

        estimated_seconds_remaining: int | None | Unset
        if isinstance(self.estimated_seconds_remaining, Unset):
            estimated_seconds_remaining = UNSET
        else:
            estimated_seconds_remaining = self.estimated_seconds_remaining

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
                "build": build,
            }
        )
        if printing_state is not UNSET:
            field_dict["printing_state"] = printing_state
        if current_layer is not UNSET:
            field_dict["current_layer"] = current_layer
        if layer_count is not UNSET:
            field_dict["layer_count"] = layer_count
        if progress is not UNSET:
            field_dict["progress"] = progress
        if estimated_seconds_remaining is not UNSET:
            field_dict["estimated_seconds_remaining"] = estimated_seconds_remaining

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.build_view import BuildView  # noqa: PLC0415

        (
            (
                _in_id,
                _in_state,
                _in_queued_at,
                _in_created_at,
                _in_started_at,
                _in_updated_at,
                _in_ended_at,
                _in_build,
                _in_printing_state,
                _in_current_layer,
                _in_layer_count,
                _in_progress,
                _in_estimated_seconds_remaining,
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

        build = BuildView.from_dict(_in_build)

        _printing_state = _in_printing_state
        printing_state: PrintingStateEnum | Unset
        if _printing_state is UNSET:
            printing_state = UNSET
        else:
            try:
                printing_state = cast("PrintingStateEnum", PrintingStateEnum._value2member_map_[_printing_state])
            except (KeyError, TypeError):
                printing_state = PrintingStateEnum(_printing_state)

        current_layer: int | None | Unset = _in_current_layer

        layer_count: int | None | Unset = _in_layer_count

        progress: float | None | Unset = _in_progress

        estimated_seconds_remaining: int | None | Unset = _in_estimated_seconds_remaining

        if cls is ReadDeviceResponseActiveJob:
            read_device_response_active_job = cls(
                id,
                state,
                queued_at,
                created_at,
                started_at,
                updated_at,
                ended_at,
                build,
                printing_state,
                current_layer,
                layer_count,
                progress,
                estimated_seconds_remaining,
            )
        else:
            read_device_response_active_job = cls(
                id=id,
                state=state,
                queued_at=queued_at,
                created_at=created_at,
                started_at=started_at,
                updated_at=updated_at,
                ended_at=ended_at,
                build=build,
                printing_state=printing_state,
                current_layer=current_layer,
                layer_count=layer_count,
                progress=progress,
                estimated_seconds_remaining=estimated_seconds_remaining,
            )

        read_device_response_active_job.additional_properties = d
        return read_device_response_active_job

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
        "build",
    ),
    optional=(
        "printing_state",
        "current_layer",
        "layer_count",
        "progress",
        "estimated_seconds_remaining",
    ),
    unset=UNSET,
)
