from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties

from ..types import UNSET

T = TypeVar("T", bound="WorkstationOrderSwap")


@_attrs_define
class WorkstationOrderSwap:
    """
    Attributes:
        from_workstation_id (int):
        to_workstation_id (int):
        insert_after (bool):
    """

    from_workstation_id: int
    to_workstation_id: int
    insert_after: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_workstation_id = self.from_workstation_id

        to_workstation_id = self.to_workstation_id

        insert_after = self.insert_after

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fromWorkstationId": from_workstation_id,
                "toWorkstationId": to_workstation_id,
                "insertAfter": insert_after,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            (
                from_workstation_id,
                to_workstation_id,
                insert_after,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)

        if cls is WorkstationOrderSwap:
            workstation_order_swap = cls(
                from_workstation_id,
                to_workstation_id,
                insert_after,
            )
        else:
            workstation_order_swap = cls(
                from_workstation_id=from_workstation_id,
                to_workstation_id=to_workstation_id,
                insert_after=insert_after,
            )

        workstation_order_swap.additional_properties = d
        return workstation_order_swap

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
        "fromWorkstationId",
        "toWorkstationId",
        "insertAfter",
    ),
    optional=(),
    unset=UNSET,
)
