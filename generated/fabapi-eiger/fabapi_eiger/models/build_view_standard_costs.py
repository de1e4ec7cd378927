from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties

from ..types import UNSET, Unset

T = TypeVar("T", bound="BuildViewStandardCosts")


@_attrs_define
class BuildViewStandardCosts:
    """
    Attributes:
        primary (float | None | Unset):
        secondary (float | None | Unset):
        tertiary (float | None | Unset):
        fiber (float | None | Unset):
        total (float | None | Unset):
    """

    primary: float | None | Unset = UNSET
    secondary: float | None | Unset = UNSET
    tertiary: float | None | Unset = UNSET
    fiber: float | None | Unset = UNSET
    total: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        primary: float | None | Unset
        if isinstance(self.primary, Unset):
            primary = UNSET
        else:
            primary = self.primary

        secondary: float | None | Unset
        if isinstance(self.secondary, Unset):
            secondary = UNSET
        else:
            secondary = self.secondary

        tertiary: float | None | Unset
        if isinstance(self.tertiary, Unset):
            tertiary = UNSET
        else:
            tertiary = self.tertiary

        fiber: float | None | Unset
        if isinstance(self.fiber, Unset):
            fiber = UNSET
        else:
            fiber = self.fiber

        total: float | None | Unset
        if isinstance(self.total, Unset):
            total = UNSET
        else:
            total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if primary is not UNSET:
            field_dict["primary"] = primary
        if secondary is not UNSET:
            field_dict["secondary"] = secondary
        if tertiary is not UNSET:
            field_dict["tertiary"] = tertiary
        if fiber is not UNSET:
            field_dict["fiber"] = fiber
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            (
                _in_primary,
                _in_secondary,
                _in_tertiary,
                _in_fiber,
                _in_total,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)
        primary: float | None | Unset = _in_primary

        secondary: float | None | Unset = _in_secondary

        tertiary: float | None | Unset = _in_tertiary

        fiber: float | None | Unset = _in_fiber

        total: float | None | Unset = _in_total

        if cls is BuildViewStandardCosts:
            build_view_standard_costs = cls(
                primary,
                secondary,
                tertiary,
                fiber,
                total,
            )
        else:
            build_view_standard_costs = cls(
                primary=primary,
                secondary=secondary,
                tertiary=tertiary,
                fiber=fiber,
                total=total,
            )

        build_view_standard_costs.additional_properties = d
        return build_view_standard_costs

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
        "primary",
        "secondary",
        "tertiary",
        "fiber",
        "total",
    ),
    unset=UNSET,
)
