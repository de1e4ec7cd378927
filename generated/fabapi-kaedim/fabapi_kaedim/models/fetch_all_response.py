from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties

from ..types import UNSET

if TYPE_CHECKING:
    from ..models.asset_request import AssetRequest


T = TypeVar("T", bound="FetchAllResponse")


@_attrs_define
class FetchAllResponse:
    """
    Attributes:
        assets (list[AssetRequest]):
    """

    assets: list[AssetRequest]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        assets = []
        for assets_item_data in self.assets:
            assets_item = assets_item_data.to_dict()
            assets.append(assets_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "assets": assets,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.asset_request import AssetRequest  # noqa: PLC0415

        (_in_assets,), d = _PROPERTIES.split(src_dict)
        assets = []
        _assets = _in_assets
        for assets_item_data in _assets:
            assets_item = AssetRequest.from_dict(assets_item_data)

            assets.append(assets_item)

        if cls is FetchAllResponse:
            fetch_all_response = cls(
                assets,
            )
        else:
            fetch_all_response = cls(
                assets=assets,
            )

        fetch_all_response.additional_properties = d
        return fetch_all_response

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
    required=("assets",),
    optional=(),
    unset=UNSET,
)
