from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.open_object import OpenObject


T = TypeVar("T", bound="FileParameter")


@_attrs_define
class FileParameter:
    """
    Attributes:
        original (None | OpenObject | Unset):
        optimized (None | OpenObject | Unset):
        unit (str | Unset):  Example: mm.
    """

    original: None | OpenObject | Unset = UNSET
    optimized: None | OpenObject | Unset = UNSET
    unit: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.open_object import OpenObject  # noqa: PLC0415

        original: dict[str, Any] | None | Unset
        if isinstance(self.original, Unset):
            original = UNSET
        elif isinstance(self.original, OpenObject):
            original = self.original.to_dict()
        else:
            original = self.original

        optimized: dict[str, Any] | None | Unset
        if isinstance(self.optimized, Unset):
            optimized = UNSET
        elif isinstance(self.optimized, OpenObject):
            optimized = self.optimized.to_dict()
        else:
            optimized = self.optimized

        unit = self.unit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if original is not UNSET:
            field_dict["original"] = original
        if optimized is not UNSET:
            field_dict["optimized"] = optimized
        if unit is not UNSET:
            field_dict["unit"] = unit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.open_object import OpenObject  # noqa: PLC0415

        (
            (
                _in_original,
                _in_optimized,
                unit,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)
        _original = _in_original
        original: None | OpenObject | Unset
        if _original is None or _original is UNSET:
            original = _original
        else:
            try:
                if not isinstance(_original, dict):
                    raise TypeError()
                original_type_0 = OpenObject.from_dict(_original)

                original = original_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                original = _original

        _optimized = _in_optimized
        optimized: None | OpenObject | Unset
        if _optimized is None or _optimized is UNSET:
            optimized = _optimized
        else:
            try:
                if not isinstance(_optimized, dict):
                    raise TypeError()
                optimized_type_0 = OpenObject.from_dict(_optimized)

                optimized = optimized_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                optimized = _optimized

        if cls is FileParameter:
            file_parameter = cls(
                original,
                optimized,
                unit,
            )
        else:
            file_parameter = cls(
                original=original,
                optimized=optimized,
                unit=unit,
            )

        file_parameter.additional_properties = d
        return file_parameter

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
        "original",
        "optimized",
        "unit",
    ),
    unset=UNSET,
)
