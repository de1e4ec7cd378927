from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties

from ..types import UNSET

if TYPE_CHECKING:
    from ..models.part_assign_workflow_template import PartAssignWorkflowTemplate
    from ..models.part_bulk_add_employees import PartBulkAddEmployees
    from ..models.part_bulk_update_target_date import PartBulkUpdateTargetDate
    from ..models.part_move_to_next_status import PartMoveToNextStatus


T = TypeVar("T", bound="PartBulkUpdate")


@_attrs_define
class PartBulkUpdate:
    """
    Attributes:
        items (list[PartAssignWorkflowTemplate | PartBulkAddEmployees | PartBulkUpdateTargetDate |
            PartMoveToNextStatus]): Array of PartBulkAddEmployees (object) or PartBulkUpdateTargetDate (object) or
            PartMoveToNextStatus (object) or PartAssignWorkflowTemplate (object).
    """

    items: list[PartAssignWorkflowTemplate | PartBulkAddEmployees | PartBulkUpdateTargetDate | PartMoveToNextStatus]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.part_bulk_add_employees import PartBulkAddEmployees  # noqa: PLC0415
        from ..models.part_bulk_update_target_date import PartBulkUpdateTargetDate  # noqa: PLC0415
        from ..models.part_move_to_next_status import PartMoveToNextStatus  # noqa: PLC0415

        items = []
        for items_item_data in self.items:
            items_item: dict[str, Any]
            if isinstance(items_item_data, PartBulkAddEmployees):
                items_item = items_item_data.to_dict()
            elif isinstance(items_item_data, PartBulkUpdateTargetDate):
                items_item = items_item_data.to_dict()
            elif isinstance(items_item_data, PartMoveToNextStatus):
                items_item = items_item_data.to_dict()
            else:
                items_item = items_item_data.to_dict()

            items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.part_assign_workflow_template import PartAssignWorkflowTemplate  # noqa: PLC0415
        from ..models.part_bulk_add_employees import PartBulkAddEmployees  # noqa: PLC0415
        from ..models.part_bulk_update_target_date import PartBulkUpdateTargetDate  # noqa: PLC0415
        from ..models.part_move_to_next_status import PartMoveToNextStatus  # noqa: PLC0415

        (_in_items,), d = _PROPERTIES.split(src_dict)
        items = []
        _items = _in_items
        for items_item_data in _items:

            def _parse_items_item(
                data: object,
            ) -> PartAssignWorkflowTemplate | PartBulkAddEmployees | PartBulkUpdateTargetDate | PartMoveToNextStatus:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    items_item_type_0 = PartBulkAddEmployees.from_dict(data)

                    return items_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    items_item_type_1 = PartBulkUpdateTargetDate.from_dict(data)

                    return items_item_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    items_item_type_2 = PartMoveToNextStatus.from_dict(data)

                    return items_item_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                items_item_type_3 = PartAssignWorkflowTemplate.from_dict(data)

                return items_item_type_3

            items_item = _parse_items_item(items_item_data)

            items.append(items_item)

        if cls is PartBulkUpdate:
            part_bulk_update = cls(
                items,
            )
        else:
            part_bulk_update = cls(
                items=items,
            )

        part_bulk_update.additional_properties = d
        return part_bulk_update

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
    required=("items",),
    optional=(),
    unset=UNSET,
)
