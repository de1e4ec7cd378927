from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from fabapi_core import Properties

from ..types import UNSET

if TYPE_CHECKING:
    from ..models.device_view_extended import DeviceViewExtended


T = TypeVar("T", bound="ListDevicesResponse")


@_attrs_define
class ListDevicesResponse:
    """
    Attributes:
        has_more_items (bool): Are there more items available on the next page?
        items (list[DeviceViewExtended]):
    """

    has_more_items: bool
    items: list[DeviceViewExtended]

    def to_dict(self) -> dict[str, Any]:
        has_more_items = self.has_more_items

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "has_more_items": has_more_items,
                "items": items,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.device_view_extended import DeviceViewExtended  # noqa: PLC0415

        (
            (
                has_more_items,
                _in_items,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)

        items = []
        _items = _in_items
        for items_item_data in _items:
            items_item = DeviceViewExtended.from_dict(items_item_data)

            items.append(items_item)

        if cls is ListDevicesResponse:
            list_devices_response = cls(
                has_more_items,
                items,
            )
        else:
            list_devices_response = cls(
                has_more_items=has_more_items,
                items=items,
            )

        return list_devices_response


# The JSON names of the properties, required then optional, as `from_dict` takes them out.
_PROPERTIES = Properties(
    required=(
        "has_more_items",
        "items",
    ),
    optional=(),
    unset=UNSET,
)
