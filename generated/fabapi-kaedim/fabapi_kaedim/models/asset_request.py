from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.iteration import Iteration


T = TypeVar("T", bound="AssetRequest")


@_attrs_define
class AssetRequest:
    """One request and its iterations.

    Attributes:
        request_id (str | Unset):
        created_at (str | Unset):
        image (list[str] | Unset):
        image_tags (list[Any] | Unset):
        polycount (None | str | Unset): A string in answers, although requests send a number.
        iterations (list[Iteration] | Unset):
    """

    request_id: str | Unset = UNSET
    created_at: str | Unset = UNSET
    image: list[str] | Unset = UNSET
    image_tags: list[Any] | Unset = UNSET
    polycount: None | str | Unset = UNSET
    iterations: list[Iteration] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request_id = self.request_id

        created_at = self.created_at

        image: list[str] | Unset = UNSET
        if not isinstance(self.image, Unset):
            image = self.image

        image_tags: list[Any] | Unset = UNSET
        if not isinstance(self.image_tags, Unset):
            image_tags = self.image_tags

        polycount: None | str | Unset
        if isinstance(self.polycount, Unset):
            polycount = UNSET
        else:
            polycount = self.polycount

        iterations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.iterations, Unset):
            iterations = []
            for iterations_item_data in self.iterations:
                iterations_item = iterations_item_data.to_dict()
                iterations.append(iterations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if request_id is not UNSET:
            field_dict["requestID"] = request_id
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if image is not UNSET:
            field_dict["image"] = image
        if image_tags is not UNSET:
            field_dict["image_tags"] = image_tags
        if polycount is not UNSET:
            field_dict["polycount"] = polycount
        if iterations is not UNSET:
            field_dict["iterations"] = iterations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.iteration import Iteration  # noqa: PLC0415

        (
            (
                request_id,
                created_at,
                _in_image,
                _in_image_tags,
                _in_polycount,
                _in_iterations,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)

        image = cast(list[str], _in_image)

        image_tags = cast(list[Any], _in_image_tags)

        polycount: None | str | Unset = _in_polycount

        _iterations = _in_iterations
        iterations: list[Iteration] | Unset = UNSET
        if _iterations is not UNSET:
            iterations = []
            for iterations_item_data in _iterations:
                iterations_item = Iteration.from_dict(iterations_item_data)

                iterations.append(iterations_item)

        if cls is AssetRequest:
            asset_request = cls(
                request_id,
                created_at,
                image,
                image_tags,
                polycount,
                iterations,
            )
        else:
            asset_request = cls(
                request_id=request_id,
                created_at=created_at,
                image=image,
                image_tags=image_tags,
                polycount=polycount,
                iterations=iterations,
            )

        asset_request.additional_properties = d
        return asset_request

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
        "requestID",
        "createdAt",
        "image",
        "image_tags",
        "polycount",
        "iterations",
    ),
    unset=UNSET,
)
