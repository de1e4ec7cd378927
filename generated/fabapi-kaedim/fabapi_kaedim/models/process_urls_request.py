from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties

from ..models.level_of_quality import LevelOfQuality
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProcessUrlsRequest")


@_attrs_define
class ProcessUrlsRequest:
    """
    Attributes:
        dev_id (str):
        image_urls (list[str]): Up to 6 image URLs.
        lo_q (LevelOfQuality): Level of quality.
        test (bool | Unset): Process as a test (a plain cube comes back).
        polycount (int | Unset): Upper polycount limit.
        height (float | Unset): Desired height in cm (default 200).
        width (float | Unset): Desired width in cm.
        depth (float | Unset): Desired depth in cm.
        project_id (str | Unset): The project (style) the asset should have.
        studio_id (str | Unset): Your team's studioID.
    """

    dev_id: str
    image_urls: list[str]
    lo_q: LevelOfQuality
    test: bool | Unset = UNSET
    polycount: int | Unset = UNSET
    height: float | Unset = UNSET
    width: float | Unset = UNSET
    depth: float | Unset = UNSET
    project_id: str | Unset = UNSET
    studio_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dev_id = self.dev_id

        image_urls = self.image_urls

        lo_q = self.lo_q.value

        test = self.test

        polycount = self.polycount

        height = self.height

        width = self.width

        depth = self.depth

        project_id = self.project_id

        studio_id = self.studio_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "devID": dev_id,
                "imageUrls": image_urls,
                "LoQ": lo_q,
            }
        )
        if test is not UNSET:
            field_dict["test"] = test
        if polycount is not UNSET:
            field_dict["polycount"] = polycount
        if height is not UNSET:
            field_dict["height"] = height
        if width is not UNSET:
            field_dict["width"] = width
        if depth is not UNSET:
            field_dict["depth"] = depth
        if project_id is not UNSET:
            field_dict["projectID"] = project_id
        if studio_id is not UNSET:
            field_dict["studioID"] = studio_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            (
                dev_id,
                _in_image_urls,
                _in_lo_q,
                test,
                polycount,
                height,
                width,
                depth,
                project_id,
                studio_id,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)

        image_urls = cast(list[str], _in_image_urls)

        _lo_q = _in_lo_q
        lo_q: LevelOfQuality
        try:
            lo_q = cast("LevelOfQuality", LevelOfQuality._value2member_map_[_lo_q])
        except (KeyError, TypeError):
            lo_q = LevelOfQuality(_lo_q)

        if cls is ProcessUrlsRequest:
            process_urls_request = cls(
                dev_id,
                image_urls,
                lo_q,
                test,
                polycount,
                height,
                width,
                depth,
                project_id,
                studio_id,
            )
        else:
            process_urls_request = cls(
                dev_id=dev_id,
                image_urls=image_urls,
                lo_q=lo_q,
                test=test,
                polycount=polycount,
                height=height,
                width=width,
                depth=depth,
                project_id=project_id,
                studio_id=studio_id,
            )

        process_urls_request.additional_properties = d
        return process_urls_request

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
        "devID",
        "imageUrls",
        "LoQ",
    ),
    optional=(
        "test",
        "polycount",
        "height",
        "width",
        "depth",
        "projectID",
        "studioID",
    ),
    unset=UNSET,
)
