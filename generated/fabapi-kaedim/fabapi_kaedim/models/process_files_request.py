from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties

from .. import types
from ..models.level_of_quality import LevelOfQuality
from ..models.process_files_request_test import ProcessFilesRequestTest
from ..types import UNSET, File, FileTypes, Unset

T = TypeVar("T", bound="ProcessFilesRequest")


@_attrs_define
class ProcessFilesRequest:
    """The same request with the images as files: one part `image`, or parts `image-0` to `image-5`, 5 MB each at most.
    Every scalar field travels as form text: numbers are declared as numbers and sent as their decimal text, and `test`
    is the text "true" or "false" (a boolean field would be written with Python's str(), as "True").

        Attributes:
            dev_id (str):
            lo_q (LevelOfQuality): Level of quality.
            test (ProcessFilesRequestTest | Unset):
            polycount (int | Unset):
            height (float | Unset):
            width (float | Unset):
            depth (float | Unset):
            project_id (str | Unset):
            studio_id (str | Unset):
            image (File | Unset):
            image_0 (File | Unset):
            image_1 (File | Unset):
            image_2 (File | Unset):
            image_3 (File | Unset):
            image_4 (File | Unset):
            image_5 (File | Unset):
    """

    dev_id: str
    lo_q: LevelOfQuality
    test: ProcessFilesRequestTest | Unset = UNSET
    polycount: int | Unset = UNSET
    height: float | Unset = UNSET
    width: float | Unset = UNSET
    depth: float | Unset = UNSET
    project_id: str | Unset = UNSET
    studio_id: str | Unset = UNSET
    image: File | Unset = UNSET
    image_0: File | Unset = UNSET
    image_1: File | Unset = UNSET
    image_2: File | Unset = UNSET
    image_3: File | Unset = UNSET
    image_4: File | Unset = UNSET
    image_5: File | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dev_id = self.dev_id

        lo_q = self.lo_q.value

        test: str | Unset = UNSET
        if not isinstance(self.test, Unset):
            test = self.test.value

        polycount = self.polycount

        height = self.height

        width = self.width

        depth = self.depth

        project_id = self.project_id

        studio_id = self.studio_id

        image: FileTypes | Unset = UNSET
        if not isinstance(self.image, Unset):
            image = self.image.to_tuple()

        image_0: FileTypes | Unset = UNSET
        if not isinstance(self.image_0, Unset):
            image_0 = self.image_0.to_tuple()

        image_1: FileTypes | Unset = UNSET
        if not isinstance(self.image_1, Unset):
            image_1 = self.image_1.to_tuple()

        image_2: FileTypes | Unset = UNSET
        if not isinstance(self.image_2, Unset):
            image_2 = self.image_2.to_tuple()

        image_3: FileTypes | Unset = UNSET
        if not isinstance(self.image_3, Unset):
            image_3 = self.image_3.to_tuple()

        image_4: FileTypes | Unset = UNSET
        if not isinstance(self.image_4, Unset):
            image_4 = self.image_4.to_tuple()

        image_5: FileTypes | Unset = UNSET
        if not isinstance(self.image_5, Unset):
            image_5 = self.image_5.to_tuple()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "devID": dev_id,
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
        if image is not UNSET:
            field_dict["image"] = image
        if image_0 is not UNSET:
            field_dict["image-0"] = image_0
        if image_1 is not UNSET:
            field_dict["image-1"] = image_1
        if image_2 is not UNSET:
            field_dict["image-2"] = image_2
        if image_3 is not UNSET:
            field_dict["image-3"] = image_3
        if image_4 is not UNSET:
            field_dict["image-4"] = image_4
        if image_5 is not UNSET:
            field_dict["image-5"] = image_5

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("devID", (None, str(self.dev_id).encode(), "text/plain")))

        files.append(("LoQ", (None, str(self.lo_q.value).encode(), "text/plain")))

        if not isinstance(self.test, Unset):
            files.append(("test", (None, str(self.test.value).encode(), "text/plain")))

        if not isinstance(self.polycount, Unset):
            files.append(("polycount", (None, str(self.polycount).encode(), "text/plain")))

        if not isinstance(self.height, Unset):
            files.append(("height", (None, str(self.height).encode(), "text/plain")))

        if not isinstance(self.width, Unset):
            files.append(("width", (None, str(self.width).encode(), "text/plain")))

        if not isinstance(self.depth, Unset):
            files.append(("depth", (None, str(self.depth).encode(), "text/plain")))

        if not isinstance(self.project_id, Unset):
            files.append(("projectID", (None, str(self.project_id).encode(), "text/plain")))

        if not isinstance(self.studio_id, Unset):
            files.append(("studioID", (None, str(self.studio_id).encode(), "text/plain")))

        if not isinstance(self.image, Unset):
            files.append(("image", self.image.to_tuple()))

        if not isinstance(self.image_0, Unset):
            files.append(("image-0", self.image_0.to_tuple()))

        if not isinstance(self.image_1, Unset):
            files.append(("image-1", self.image_1.to_tuple()))

        if not isinstance(self.image_2, Unset):
            files.append(("image-2", self.image_2.to_tuple()))

        if not isinstance(self.image_3, Unset):
            files.append(("image-3", self.image_3.to_tuple()))

        if not isinstance(self.image_4, Unset):
            files.append(("image-4", self.image_4.to_tuple()))

        if not isinstance(self.image_5, Unset):
            files.append(("image-5", self.image_5.to_tuple()))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            (
                dev_id,
                _in_lo_q,
                _in_test,
                polycount,
                height,
                width,
                depth,
                project_id,
                studio_id,
                _in_image,
                _in_image_0,
                _in_image_1,
                _in_image_2,
                _in_image_3,
                _in_image_4,
                _in_image_5,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)

        _lo_q = _in_lo_q
        lo_q: LevelOfQuality
        try:
            lo_q = cast("LevelOfQuality", LevelOfQuality._value2member_map_[_lo_q])
        except (KeyError, TypeError):
            lo_q = LevelOfQuality(_lo_q)

        _test = _in_test
        test: ProcessFilesRequestTest | Unset
        if _test is UNSET:
            test = UNSET
        else:
            try:
                test = cast("ProcessFilesRequestTest", ProcessFilesRequestTest._value2member_map_[_test])
            except (KeyError, TypeError):
                test = ProcessFilesRequestTest(_test)

        _image = _in_image
        image: File | Unset
        if _image is UNSET:
            image = UNSET
        else:
            image = File(payload=BytesIO(_image))

        _image_0 = _in_image_0
        image_0: File | Unset
        if _image_0 is UNSET:
            image_0 = UNSET
        else:
            image_0 = File(payload=BytesIO(_image_0))

        _image_1 = _in_image_1
        image_1: File | Unset
        if _image_1 is UNSET:
            image_1 = UNSET
        else:
            image_1 = File(payload=BytesIO(_image_1))

        _image_2 = _in_image_2
        image_2: File | Unset
        if _image_2 is UNSET:
            image_2 = UNSET
        else:
            image_2 = File(payload=BytesIO(_image_2))

        _image_3 = _in_image_3
        image_3: File | Unset
        if _image_3 is UNSET:
            image_3 = UNSET
        else:
            image_3 = File(payload=BytesIO(_image_3))

        _image_4 = _in_image_4
        image_4: File | Unset
        if _image_4 is UNSET:
            image_4 = UNSET
        else:
            image_4 = File(payload=BytesIO(_image_4))

        _image_5 = _in_image_5
        image_5: File | Unset
        if _image_5 is UNSET:
            image_5 = UNSET
        else:
            image_5 = File(payload=BytesIO(_image_5))

        if cls is ProcessFilesRequest:
            process_files_request = cls(
                dev_id,
                lo_q,
                test,
                polycount,
                height,
                width,
                depth,
                project_id,
                studio_id,
                image,
                image_0,
                image_1,
                image_2,
                image_3,
                image_4,
                image_5,
            )
        else:
            process_files_request = cls(
                dev_id=dev_id,
                lo_q=lo_q,
                test=test,
                polycount=polycount,
                height=height,
                width=width,
                depth=depth,
                project_id=project_id,
                studio_id=studio_id,
                image=image,
                image_0=image_0,
                image_1=image_1,
                image_2=image_2,
                image_3=image_3,
                image_4=image_4,
                image_5=image_5,
            )

        process_files_request.additional_properties = d
        return process_files_request

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
        "image",
        "image-0",
        "image-1",
        "image-2",
        "image-3",
        "image-4",
        "image-5",
    ),
    unset=UNSET,
)
