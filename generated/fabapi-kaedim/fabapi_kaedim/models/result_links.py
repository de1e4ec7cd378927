from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResultLinks")


@_attrs_define
class ResultLinks:
    """Download links per format; each expires after an hour.

    Attributes:
        obj (str | Unset):
        fbx (str | Unset):
        glb (str | Unset):
        gltf (str | Unset):
        mtl (str | Unset):
        usd (str | Unset):
    """

    obj: str | Unset = UNSET
    fbx: str | Unset = UNSET
    glb: str | Unset = UNSET
    gltf: str | Unset = UNSET
    mtl: str | Unset = UNSET
    usd: str | Unset = UNSET
    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        obj = self.obj

        fbx = self.fbx

        glb = self.glb

        gltf = self.gltf

        mtl = self.mtl

        usd = self.usd

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if obj is not UNSET:
            field_dict["obj"] = obj
        if fbx is not UNSET:
            field_dict["fbx"] = fbx
        if glb is not UNSET:
            field_dict["glb"] = glb
        if gltf is not UNSET:
            field_dict["gltf"] = gltf
        if mtl is not UNSET:
            field_dict["mtl"] = mtl
        if usd is not UNSET:
            field_dict["usd"] = usd

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            (
                obj,
                fbx,
                glb,
                gltf,
                mtl,
                usd,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)

        if cls is ResultLinks:
            result_links = cls(
                obj,
                fbx,
                glb,
                gltf,
                mtl,
                usd,
            )
        else:
            result_links = cls(
                obj=obj,
                fbx=fbx,
                glb=glb,
                gltf=gltf,
                mtl=mtl,
                usd=usd,
            )

        result_links.additional_properties = d
        return result_links

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# The JSON names of the properties, required then optional, as `from_dict` takes them out.
_PROPERTIES = Properties(
    required=(),
    optional=(
        "obj",
        "fbx",
        "glb",
        "gltf",
        "mtl",
        "usd",
    ),
    unset=UNSET,
)
