from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties

from ..types import UNSET, Unset

T = TypeVar("T", bound="Machine")


@_attrs_define
class Machine:
    """A connected machine.

    Attributes:
        activity (str | Unset):
        custom_name (str | Unset):
        dummy (bool | Unset):
        id (int | Unset):
        light (str | Unset):
        machine_id (str | Unset):
        online (bool | Unset):
        always_visible (bool | Unset):
        machine_address (str | Unset):
        workstation_id (int | None | Unset):
    """

    activity: str | Unset = UNSET
    custom_name: str | Unset = UNSET
    dummy: bool | Unset = UNSET
    id: int | Unset = UNSET
    light: str | Unset = UNSET
    machine_id: str | Unset = UNSET
    online: bool | Unset = UNSET
    always_visible: bool | Unset = UNSET
    machine_address: str | Unset = UNSET
    workstation_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        activity = self.activity

        custom_name = self.custom_name

        dummy = self.dummy

        id = self.id

        light = self.light

        machine_id = self.machine_id

        online = self.online

        always_visible = self.always_visible

        machine_address = self.machine_address

        workstation_id: int | None | Unset
        if isinstance(self.workstation_id, Unset):
            workstation_id = UNSET
        else:
            workstation_id = self.workstation_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if activity is not UNSET:
            field_dict["activity"] = activity
        if custom_name is not UNSET:
            field_dict["customName"] = custom_name
        if dummy is not UNSET:
            field_dict["dummy"] = dummy
        if id is not UNSET:
            field_dict["id"] = id
        if light is not UNSET:
            field_dict["light"] = light
        if machine_id is not UNSET:
            field_dict["machineId"] = machine_id
        if online is not UNSET:
            field_dict["online"] = online
        if always_visible is not UNSET:
            field_dict["alwaysVisible"] = always_visible
        if machine_address is not UNSET:
            field_dict["machineAddress"] = machine_address
        if workstation_id is not UNSET:
            field_dict["workstationId"] = workstation_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            (
                activity,
                custom_name,
                dummy,
                id,
                light,
                machine_id,
                online,
                always_visible,
                machine_address,
                _in_workstation_id,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)

        workstation_id: int | None | Unset = _in_workstation_id

        if cls is Machine:
            machine = cls(
                activity,
                custom_name,
                dummy,
                id,
                light,
                machine_id,
                online,
                always_visible,
                machine_address,
                workstation_id,
            )
        else:
            machine = cls(
                activity=activity,
                custom_name=custom_name,
                dummy=dummy,
                id=id,
                light=light,
                machine_id=machine_id,
                online=online,
                always_visible=always_visible,
                machine_address=machine_address,
                workstation_id=workstation_id,
            )

        machine.additional_properties = d
        return machine

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
        "activity",
        "customName",
        "dummy",
        "id",
        "light",
        "machineId",
        "online",
        "alwaysVisible",
        "machineAddress",
        "workstationId",
    ),
    unset=UNSET,
)
