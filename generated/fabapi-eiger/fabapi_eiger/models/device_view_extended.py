from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties, parse_datetime, parse_uuid

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.device_consumable_view import DeviceConsumableView
    from ..models.device_view_extended_active_job import DeviceViewExtendedActiveJob


T = TypeVar("T", bound="DeviceViewExtended")


@_attrs_define
class DeviceViewExtended:
    """
    Attributes:
        id (UUID): ID of the device
        name (str): Name of the device
        device_type (str): Model name of the printer
        device_series (str): Device Series
        created_at (datetime.datetime | None): Time the printer was created
        updated_at (datetime.datetime | None): Time the printer was last updated
        queue_estimated_time_seconds (float | None): Total time estimate to print every print job in the printer's queue
            in seconds
        queue_length (int | None): Number of print jobs in the printer's queue
        loaded_primary_material (None | str | Unset): Name of the material loaded in the primary hot end
        loaded_secondary_material (None | str | Unset): Name of the material loaded in the secondary hot end
        ccs_primary_remaining (float | None | Unset): Cubic Centimeters of primary material remaining
        ccs_secondary_remaining (float | None | Unset): Cubic Centimeters of secondary material remaining
        state (str | Unset): State of the device as reported by Eiger. Open set: the known values are listed in
            x-fabapi-known-values, and new ones appear as printers and firmware evolve.
        active_job (DeviceViewExtendedActiveJob | Unset):
        maintenance_status (list[DeviceConsumableView] | Unset): If applicable, a list of consumable information with
            maintenance status. Available only for Industrial and Desktop devices.
    """

    id: UUID
    name: str
    device_type: str
    device_series: str
    created_at: datetime.datetime | None
    updated_at: datetime.datetime | None
    queue_estimated_time_seconds: float | None
    queue_length: int | None
    loaded_primary_material: None | str | Unset = UNSET
    loaded_secondary_material: None | str | Unset = UNSET
    ccs_primary_remaining: float | None | Unset = UNSET
    ccs_secondary_remaining: float | None | Unset = UNSET
    state: str | Unset = UNSET
    active_job: DeviceViewExtendedActiveJob | Unset = UNSET
    maintenance_status: list[DeviceConsumableView] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        device_type = self.device_type

        device_series = self.device_series

        created_at: None | str
        if isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        updated_at: None | str
        if isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        queue_estimated_time_seconds: float | None
        queue_estimated_time_seconds = self.queue_estimated_time_seconds

        queue_length: int | None
        queue_length = self.queue_length

        loaded_primary_material: None | str | Unset
        if isinstance(self.loaded_primary_material, Unset):
            loaded_primary_material = UNSET
        else:
            loaded_primary_material = self.loaded_primary_material

        loaded_secondary_material: None | str | Unset
        if isinstance(self.loaded_secondary_material, Unset):
            loaded_secondary_material = UNSET
        else:
            loaded_secondary_material = self.loaded_secondary_material

        ccs_primary_remaining: float | None | Unset
        if isinstance(self.ccs_primary_remaining, Unset):
            ccs_primary_remaining = UNSET
        else:
            ccs_primary_remaining = self.ccs_primary_remaining

        ccs_secondary_remaining: float | None | Unset
        if isinstance(self.ccs_secondary_remaining, Unset):
            ccs_secondary_remaining = UNSET
        else:
            ccs_secondary_remaining = self.ccs_secondary_remaining

        state = self.state

        active_job: dict[str, Any] | Unset = UNSET
        if not isinstance(self.active_job, Unset):
            active_job = self.active_job.to_dict()

        maintenance_status: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.maintenance_status, Unset):
            maintenance_status = []
            for maintenance_status_item_data in self.maintenance_status:
                maintenance_status_item = maintenance_status_item_data.to_dict()
                maintenance_status.append(maintenance_status_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "device_type": device_type,
                "device_series": device_series,
                "created_at": created_at,
                "updated_at": updated_at,
                "queue_estimated_time_seconds": queue_estimated_time_seconds,
                "queue_length": queue_length,
            }
        )
        if loaded_primary_material is not UNSET:
            field_dict["loaded_primary_material"] = loaded_primary_material
        if loaded_secondary_material is not UNSET:
            field_dict["loaded_secondary_material"] = loaded_secondary_material
        if ccs_primary_remaining is not UNSET:
            field_dict["ccs_primary_remaining"] = ccs_primary_remaining
        if ccs_secondary_remaining is not UNSET:
            field_dict["ccs_secondary_remaining"] = ccs_secondary_remaining
        if state is not UNSET:
            field_dict["state"] = state
        if active_job is not UNSET:
            field_dict["active_job"] = active_job
        if maintenance_status is not UNSET:
            field_dict["maintenance_status"] = maintenance_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.device_consumable_view import DeviceConsumableView  # noqa: PLC0415
        from ..models.device_view_extended_active_job import DeviceViewExtendedActiveJob  # noqa: PLC0415

        (
            (
                _in_id,
                name,
                device_type,
                device_series,
                _in_created_at,
                _in_updated_at,
                _in_queue_estimated_time_seconds,
                _in_queue_length,
                _in_loaded_primary_material,
                _in_loaded_secondary_material,
                _in_ccs_primary_remaining,
                _in_ccs_secondary_remaining,
                state,
                _in_active_job,
                _in_maintenance_status,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)
        id = parse_uuid(_in_id)

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

        queue_estimated_time_seconds: float | None = _in_queue_estimated_time_seconds

        queue_length: int | None = _in_queue_length

        loaded_primary_material: None | str | Unset = _in_loaded_primary_material

        loaded_secondary_material: None | str | Unset = _in_loaded_secondary_material

        ccs_primary_remaining: float | None | Unset = _in_ccs_primary_remaining

        ccs_secondary_remaining: float | None | Unset = _in_ccs_secondary_remaining

        _active_job = _in_active_job
        active_job: DeviceViewExtendedActiveJob | Unset
        if _active_job is UNSET:
            active_job = UNSET
        else:
            active_job = DeviceViewExtendedActiveJob.from_dict(_active_job)

        _maintenance_status = _in_maintenance_status
        maintenance_status: list[DeviceConsumableView] | Unset = UNSET
        if _maintenance_status is not UNSET:
            maintenance_status = []
            for maintenance_status_item_data in _maintenance_status:
                maintenance_status_item = DeviceConsumableView.from_dict(maintenance_status_item_data)

                maintenance_status.append(maintenance_status_item)

        if cls is DeviceViewExtended:
            device_view_extended = cls(
                id,
                name,
                device_type,
                device_series,
                created_at,
                updated_at,
                queue_estimated_time_seconds,
                queue_length,
                loaded_primary_material,
                loaded_secondary_material,
                ccs_primary_remaining,
                ccs_secondary_remaining,
                state,
                active_job,
                maintenance_status,
            )
        else:
            device_view_extended = cls(
                id=id,
                name=name,
                device_type=device_type,
                device_series=device_series,
                created_at=created_at,
                updated_at=updated_at,
                queue_estimated_time_seconds=queue_estimated_time_seconds,
                queue_length=queue_length,
                loaded_primary_material=loaded_primary_material,
                loaded_secondary_material=loaded_secondary_material,
                ccs_primary_remaining=ccs_primary_remaining,
                ccs_secondary_remaining=ccs_secondary_remaining,
                state=state,
                active_job=active_job,
                maintenance_status=maintenance_status,
            )

        device_view_extended.additional_properties = d
        return device_view_extended

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
        "name",
        "device_type",
        "device_series",
        "created_at",
        "updated_at",
        "queue_estimated_time_seconds",
        "queue_length",
    ),
    optional=(
        "loaded_primary_material",
        "loaded_secondary_material",
        "ccs_primary_remaining",
        "ccs_secondary_remaining",
        "state",
        "active_job",
        "maintenance_status",
    ),
    unset=UNSET,
)
