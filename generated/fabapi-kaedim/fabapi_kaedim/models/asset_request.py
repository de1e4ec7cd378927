from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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

        d = dict(src_dict)
        request_id = d.pop("requestID", UNSET)

        created_at = d.pop("createdAt", UNSET)

        image = cast(list[str], d.pop("image", UNSET))

        image_tags = cast(list[Any], d.pop("image_tags", UNSET))

        def _parse_polycount(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        polycount = _parse_polycount(d.pop("polycount", UNSET))

        _iterations = d.pop("iterations", UNSET)
        iterations: list[Iteration] | Unset = UNSET
        if _iterations is not UNSET:
            iterations = []
            for iterations_item_data in _iterations:
                iterations_item = Iteration.from_dict(iterations_item_data)

                iterations.append(iterations_item)

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
