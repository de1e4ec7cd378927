from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties

from ..types import UNSET

if TYPE_CHECKING:
    from ..models.device_view_extended import DeviceViewExtended
    from ..models.queued_print_job_view_extended import QueuedPrintJobViewExtended


T = TypeVar("T", bound="ListDeviceQueueResponse")


@_attrs_define
class ListDeviceQueueResponse:
    """
    Attributes:
        device (DeviceViewExtended):
        queue (list[QueuedPrintJobViewExtended]):
    """

    device: DeviceViewExtended
    queue: list[QueuedPrintJobViewExtended]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        device = self.device.to_dict()

        queue = []
        for queue_item_data in self.queue:
            queue_item = queue_item_data.to_dict()
            queue.append(queue_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "device": device,
                "queue": queue,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.device_view_extended import DeviceViewExtended  # noqa: PLC0415
        from ..models.queued_print_job_view_extended import QueuedPrintJobViewExtended  # noqa: PLC0415

        (
            (
                _in_device,
                _in_queue,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)
        device = DeviceViewExtended.from_dict(_in_device)

        queue = []
        _queue = _in_queue
        for queue_item_data in _queue:
            queue_item = QueuedPrintJobViewExtended.from_dict(queue_item_data)

            queue.append(queue_item)

        if cls is ListDeviceQueueResponse:
            list_device_queue_response = cls(
                device,
                queue,
            )
        else:
            list_device_queue_response = cls(
                device=device,
                queue=queue,
            )

        list_device_queue_response.additional_properties = d
        return list_device_queue_response

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
        "device",
        "queue",
    ),
    optional=(),
    unset=UNSET,
)
