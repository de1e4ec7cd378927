from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.result_links import ResultLinks


T = TypeVar("T", bound="WebhookFlatResult")


@_attrs_define
class WebhookFlatResult:
    """The Web API page's success notification.

    Example:
        {'status': 'success', 'userID': 'KaedimUser', 'requestID': '1248947ds7an-ad98q3yhans92S-2Asda9212', 'results':
            {'obj': 'https://storage.example.com/model.obj', 'fbx': 'https://storage.example.com/model.fbx', 'glb':
            'https://storage.example.com/model.glb', 'gltf': 'https://storage.example.com/model.gltf'}}

    Attributes:
        status (str): "success".
        request_id (str):
        user_id (str | Unset):
        results (ResultLinks | Unset): Download links per format; each expires after an hour.
    """

    status: str
    request_id: str
    user_id: str | Unset = UNSET
    results: ResultLinks | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        request_id = self.request_id

        user_id = self.user_id

        results: dict[str, Any] | Unset = UNSET
        if not isinstance(self.results, Unset):
            results = self.results.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "requestID": request_id,
            }
        )
        if user_id is not UNSET:
            field_dict["userID"] = user_id
        if results is not UNSET:
            field_dict["results"] = results

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.result_links import ResultLinks  # noqa: PLC0415

        (
            (
                status,
                request_id,
                user_id,
                _in_results,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)

        _results = _in_results
        results: ResultLinks | Unset
        if _results is UNSET:
            results = UNSET
        else:
            results = ResultLinks.from_dict(_results)

        if cls is WebhookFlatResult:
            webhook_flat_result = cls(
                status,
                request_id,
                user_id,
                results,
            )
        else:
            webhook_flat_result = cls(
                status=status,
                request_id=request_id,
                user_id=user_id,
                results=results,
            )

        webhook_flat_result.additional_properties = d
        return webhook_flat_result

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
        "status",
        "requestID",
    ),
    optional=(
        "userID",
        "results",
    ),
    unset=UNSET,
)
