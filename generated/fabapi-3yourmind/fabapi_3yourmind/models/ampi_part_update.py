from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ampi_part_update_values import AmpiPartUpdateValues


T = TypeVar("T", bound="AmpiPartUpdate")


@_attrs_define
class AmpiPartUpdate:
    """
    Attributes:
        values (AmpiPartUpdateValues):
        branch_is_advanced (bool):
        stl_file_token (None | str | Unset):
    """

    values: AmpiPartUpdateValues
    branch_is_advanced: bool
    stl_file_token: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        values = self.values.to_dict()

        branch_is_advanced = self.branch_is_advanced

        stl_file_token: None | str | Unset
        if isinstance(self.stl_file_token, Unset):
            stl_file_token = UNSET
        else:
            stl_file_token = self.stl_file_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "values": values,
                "branchIsAdvanced": branch_is_advanced,
            }
        )
        if stl_file_token is not UNSET:
            field_dict["stlFileToken"] = stl_file_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ampi_part_update_values import AmpiPartUpdateValues  # noqa: PLC0415

        (
            (
                _in_values,
                branch_is_advanced,
                _in_stl_file_token,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)
        values = AmpiPartUpdateValues.from_dict(_in_values)

        stl_file_token: None | str | Unset = _in_stl_file_token

        if cls is AmpiPartUpdate:
            ampi_part_update = cls(
                values,
                branch_is_advanced,
                stl_file_token,
            )
        else:
            ampi_part_update = cls(
                values=values,
                branch_is_advanced=branch_is_advanced,
                stl_file_token=stl_file_token,
            )

        ampi_part_update.additional_properties = d
        return ampi_part_update

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
        "values",
        "branchIsAdvanced",
    ),
    optional=("stlFileToken",),
    unset=UNSET,
)
