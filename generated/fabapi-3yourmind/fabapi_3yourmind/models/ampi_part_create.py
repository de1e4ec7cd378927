from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.property_value_dict import PropertyValueDict


T = TypeVar("T", bound="AmpiPartCreate")


@_attrs_define
class AmpiPartCreate:
    """
    Attributes:
        branch (int):
        values (PropertyValueDict): The part's property values by property (the vendor's schema name PropertyValueDict);
            collapsed in the seed.
        branch_is_advanced (bool):
        stl_file_token (None | str | Unset): The token from an upload's url (Upload 3D File, way 3).
        technical_drawing (int | None | Unset):
    """

    branch: int
    values: PropertyValueDict
    branch_is_advanced: bool
    stl_file_token: None | str | Unset = UNSET
    technical_drawing: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        branch = self.branch

        values = self.values.to_dict()

        branch_is_advanced = self.branch_is_advanced

        stl_file_token: None | str | Unset
        if isinstance(self.stl_file_token, Unset):
            stl_file_token = UNSET
        else:
            stl_file_token = self.stl_file_token

        technical_drawing: int | None | Unset
        if isinstance(self.technical_drawing, Unset):
            technical_drawing = UNSET
        else:
            technical_drawing = self.technical_drawing

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "branch": branch,
                "values": values,
                "branchIsAdvanced": branch_is_advanced,
            }
        )
        if stl_file_token is not UNSET:
            field_dict["stlFileToken"] = stl_file_token
        if technical_drawing is not UNSET:
            field_dict["technicalDrawing"] = technical_drawing

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.property_value_dict import PropertyValueDict  # noqa: PLC0415

        (
            (
                branch,
                _in_values,
                branch_is_advanced,
                _in_stl_file_token,
                _in_technical_drawing,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)

        values = PropertyValueDict.from_dict(_in_values)

        stl_file_token: None | str | Unset = _in_stl_file_token

        technical_drawing: int | None | Unset = _in_technical_drawing

        if cls is AmpiPartCreate:
            ampi_part_create = cls(
                branch,
                values,
                branch_is_advanced,
                stl_file_token,
                technical_drawing,
            )
        else:
            ampi_part_create = cls(
                branch=branch,
                values=values,
                branch_is_advanced=branch_is_advanced,
                stl_file_token=stl_file_token,
                technical_drawing=technical_drawing,
            )

        ampi_part_create.additional_properties = d
        return ampi_part_create

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
        "branch",
        "values",
        "branchIsAdvanced",
    ),
    optional=(
        "stlFileToken",
        "technicalDrawing",
    ),
    unset=UNSET,
)
