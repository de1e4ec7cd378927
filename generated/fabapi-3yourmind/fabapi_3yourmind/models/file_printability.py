from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.open_object import OpenObject


T = TypeVar("T", bound="FilePrintability")


@_attrs_define
class FilePrintability:
    """
    Attributes:
        criteria (None | OpenObject | Unset):
    """

    criteria: None | OpenObject | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.open_object import OpenObject  # noqa: PLC0415

        criteria: dict[str, Any] | None | Unset
        if isinstance(self.criteria, Unset):
            criteria = UNSET
        elif isinstance(self.criteria, OpenObject):
            criteria = self.criteria.to_dict()
        else:
            criteria = self.criteria

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if criteria is not UNSET:
            field_dict["criteria"] = criteria

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.open_object import OpenObject  # noqa: PLC0415

        (_in_criteria,), d = _PROPERTIES.split(src_dict)
        _criteria = _in_criteria
        criteria: None | OpenObject | Unset
        if _criteria is None or _criteria is UNSET:
            criteria = _criteria
        else:
            try:
                if not isinstance(_criteria, dict):
                    raise TypeError()
                criteria_type_0 = OpenObject.from_dict(_criteria)

                criteria = criteria_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                criteria = _criteria

        if cls is FilePrintability:
            file_printability = cls(
                criteria,
            )
        else:
            file_printability = cls(
                criteria=criteria,
            )

        file_printability.additional_properties = d
        return file_printability

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
    optional=("criteria",),
    unset=UNSET,
)
