from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.open_object import OpenObject


T = TypeVar("T", bound="JobRecreation")


@_attrs_define
class JobRecreation:
    """
    Attributes:
        original_job (None | OpenObject | Unset):
        cloned_job (None | OpenObject | Unset):
    """

    original_job: None | OpenObject | Unset = UNSET
    cloned_job: None | OpenObject | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.open_object import OpenObject  # noqa: PLC0415

        original_job: dict[str, Any] | None | Unset
        if isinstance(self.original_job, Unset):
            original_job = UNSET
        elif isinstance(self.original_job, OpenObject):
            original_job = self.original_job.to_dict()
        else:
            original_job = self.original_job

        cloned_job: dict[str, Any] | None | Unset
        if isinstance(self.cloned_job, Unset):
            cloned_job = UNSET
        elif isinstance(self.cloned_job, OpenObject):
            cloned_job = self.cloned_job.to_dict()
        else:
            cloned_job = self.cloned_job

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if original_job is not UNSET:
            field_dict["originalJob"] = original_job
        if cloned_job is not UNSET:
            field_dict["clonedJob"] = cloned_job

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.open_object import OpenObject  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_original_job(data: object) -> None | OpenObject | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                original_job_type_0 = OpenObject.from_dict(data)

                return original_job_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OpenObject | Unset, data)

        original_job = _parse_original_job(d.pop("originalJob", UNSET))

        def _parse_cloned_job(data: object) -> None | OpenObject | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                cloned_job_type_0 = OpenObject.from_dict(data)

                return cloned_job_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OpenObject | Unset, data)

        cloned_job = _parse_cloned_job(d.pop("clonedJob", UNSET))

        job_recreation = cls(
            original_job=original_job,
            cloned_job=cloned_job,
        )

        job_recreation.additional_properties = d
        return job_recreation

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
