from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProductionSheetCreate")


@_attrs_define
class ProductionSheetCreate:
    """
    Attributes:
        job_id (int | None | Unset):
        part_ids (list[int] | None | Unset):
        sequence_ids (list[int] | None | Unset):
        template_name (None | str | Unset):
    """

    job_id: int | None | Unset = UNSET
    part_ids: list[int] | None | Unset = UNSET
    sequence_ids: list[int] | None | Unset = UNSET
    template_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_id: int | None | Unset
        if isinstance(self.job_id, Unset):
            job_id = UNSET
        else:
            job_id = self.job_id

        part_ids: list[int] | None | Unset
        if isinstance(self.part_ids, Unset):
            part_ids = UNSET
        elif isinstance(self.part_ids, list):
            part_ids = self.part_ids

        else:
            part_ids = self.part_ids

        sequence_ids: list[int] | None | Unset
        if isinstance(self.sequence_ids, Unset):
            sequence_ids = UNSET
        elif isinstance(self.sequence_ids, list):
            sequence_ids = self.sequence_ids

        else:
            sequence_ids = self.sequence_ids

        template_name: None | str | Unset
        if isinstance(self.template_name, Unset):
            template_name = UNSET
        else:
            template_name = self.template_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if job_id is not UNSET:
            field_dict["jobId"] = job_id
        if part_ids is not UNSET:
            field_dict["partIds"] = part_ids
        if sequence_ids is not UNSET:
            field_dict["sequenceIds"] = sequence_ids
        if template_name is not UNSET:
            field_dict["templateName"] = template_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            (
                _in_job_id,
                _in_part_ids,
                _in_sequence_ids,
                _in_template_name,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)
        job_id: int | None | Unset = _in_job_id

        _part_ids = _in_part_ids
        part_ids: list[int] | None | Unset
        if _part_ids is None or _part_ids is UNSET:
            part_ids = _part_ids
        else:
            try:
                if not isinstance(_part_ids, list):
                    raise TypeError()
                part_ids_type_0 = cast(list[int], _part_ids)

                part_ids = part_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                part_ids = _part_ids

        _sequence_ids = _in_sequence_ids
        sequence_ids: list[int] | None | Unset
        if _sequence_ids is None or _sequence_ids is UNSET:
            sequence_ids = _sequence_ids
        else:
            try:
                if not isinstance(_sequence_ids, list):
                    raise TypeError()
                sequence_ids_type_0 = cast(list[int], _sequence_ids)

                sequence_ids = sequence_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                sequence_ids = _sequence_ids

        template_name: None | str | Unset = _in_template_name

        if cls is ProductionSheetCreate:
            production_sheet_create = cls(
                job_id,
                part_ids,
                sequence_ids,
                template_name,
            )
        else:
            production_sheet_create = cls(
                job_id=job_id,
                part_ids=part_ids,
                sequence_ids=sequence_ids,
                template_name=template_name,
            )

        production_sheet_create.additional_properties = d
        return production_sheet_create

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
        "jobId",
        "partIds",
        "sequenceIds",
        "templateName",
    ),
    unset=UNSET,
)
