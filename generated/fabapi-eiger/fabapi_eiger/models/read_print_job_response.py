from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.print_job_state_enum import PrintJobStateEnum
from ..models.printing_state_enum import PrintingStateEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.build_view import BuildView
    from ..models.device_view import DeviceView
    from ..models.read_print_job_response_initiator import ReadPrintJobResponseInitiator
    from ..models.read_print_job_response_requester import ReadPrintJobResponseRequester


T = TypeVar("T", bound="ReadPrintJobResponse")


@_attrs_define
class ReadPrintJobResponse:
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
        device (DeviceView | None):
        printing_state (PrintingStateEnum | Unset): State of the print job on the device
        current_layer (int | None | Unset): Current layer number
        layer_count (int | None | Unset): Number of layers
        progress (float | None | Unset): Percentage of completion for print job
        estimated_seconds_remaining (int | None | Unset): Estimated time left in print job in seconds
        source (str | Unset): Where the print originated from
        initiator (ReadPrintJobResponseInitiator | Unset): If applicable, who initiated the print
        requester (ReadPrintJobResponseRequester | Unset): if applicable, who requested the print to the backlog
    """

    id: UUID
    state: PrintJobStateEnum
    queued_at: datetime.datetime | None
    created_at: datetime.datetime | None
    started_at: datetime.datetime | None
    updated_at: datetime.datetime | None
    ended_at: datetime.datetime | None
    build: BuildView
    device: DeviceView | None
    printing_state: PrintingStateEnum | Unset = UNSET
    current_layer: int | None | Unset = UNSET
    layer_count: int | None | Unset = UNSET
    progress: float | None | Unset = UNSET
    estimated_seconds_remaining: int | None | Unset = UNSET
    source: str | Unset = UNSET
    initiator: ReadPrintJobResponseInitiator | Unset = UNSET
    requester: ReadPrintJobResponseRequester | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.device_view import DeviceView  # noqa: PLC0415

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

        device: dict[str, Any] | None
        if isinstance(self.device, DeviceView):
            device = self.device.to_dict()
        else:
            device = self.device

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

        source = self.source

        initiator: dict[str, Any] | Unset = UNSET
        if not isinstance(self.initiator, Unset):
            initiator = self.initiator.to_dict()

        requester: dict[str, Any] | Unset = UNSET
        if not isinstance(self.requester, Unset):
            requester = self.requester.to_dict()

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
                "device": device,
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
        if source is not UNSET:
            field_dict["source"] = source
        if initiator is not UNSET:
            field_dict["initiator"] = initiator
        if requester is not UNSET:
            field_dict["requester"] = requester

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.build_view import BuildView  # noqa: PLC0415
        from ..models.device_view import DeviceView  # noqa: PLC0415
        from ..models.read_print_job_response_initiator import ReadPrintJobResponseInitiator  # noqa: PLC0415
        from ..models.read_print_job_response_requester import ReadPrintJobResponseRequester  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        state = PrintJobStateEnum(d.pop("state"))

        def _parse_queued_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                queued_at_type_0 = datetime.datetime.fromisoformat(data)

                return queued_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        queued_at = _parse_queued_at(d.pop("queued_at"))

        def _parse_created_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_0 = datetime.datetime.fromisoformat(data)

                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        created_at = _parse_created_at(d.pop("created_at"))

        def _parse_started_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                started_at_type_0 = datetime.datetime.fromisoformat(data)

                return started_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        started_at = _parse_started_at(d.pop("started_at"))

        def _parse_updated_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        updated_at = _parse_updated_at(d.pop("updated_at"))

        def _parse_ended_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ended_at_type_0 = datetime.datetime.fromisoformat(data)

                return ended_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        ended_at = _parse_ended_at(d.pop("ended_at"))

        build = BuildView.from_dict(d.pop("build"))

        def _parse_device(data: object) -> DeviceView | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                device_type_1 = DeviceView.from_dict(data)

                return device_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DeviceView | None, data)

        device = _parse_device(d.pop("device"))

        _printing_state = d.pop("printing_state", UNSET)
        printing_state: PrintingStateEnum | Unset
        if isinstance(_printing_state, Unset):
            printing_state = UNSET
        else:
            printing_state = PrintingStateEnum(_printing_state)

        def _parse_current_layer(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        current_layer = _parse_current_layer(d.pop("current_layer", UNSET))

        def _parse_layer_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        layer_count = _parse_layer_count(d.pop("layer_count", UNSET))

        def _parse_progress(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        progress = _parse_progress(d.pop("progress", UNSET))

        def _parse_estimated_seconds_remaining(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        estimated_seconds_remaining = _parse_estimated_seconds_remaining(d.pop("estimated_seconds_remaining", UNSET))

        source = d.pop("source", UNSET)

        _initiator = d.pop("initiator", UNSET)
        initiator: ReadPrintJobResponseInitiator | Unset
        if isinstance(_initiator, Unset):
            initiator = UNSET
        else:
            initiator = ReadPrintJobResponseInitiator.from_dict(_initiator)

        _requester = d.pop("requester", UNSET)
        requester: ReadPrintJobResponseRequester | Unset
        if isinstance(_requester, Unset):
            requester = UNSET
        else:
            requester = ReadPrintJobResponseRequester.from_dict(_requester)

        read_print_job_response = cls(
            id=id,
            state=state,
            queued_at=queued_at,
            created_at=created_at,
            started_at=started_at,
            updated_at=updated_at,
            ended_at=ended_at,
            build=build,
            device=device,
            printing_state=printing_state,
            current_layer=current_layer,
            layer_count=layer_count,
            progress=progress,
            estimated_seconds_remaining=estimated_seconds_remaining,
            source=source,
            initiator=initiator,
            requester=requester,
        )

        read_print_job_response.additional_properties = d
        return read_print_job_response

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
