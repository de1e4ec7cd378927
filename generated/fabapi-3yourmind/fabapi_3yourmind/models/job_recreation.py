from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties

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

        (
            (
                _in_original_job,
                _in_cloned_job,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)
        _original_job = _in_original_job
        original_job: None | OpenObject | Unset
        if _original_job is None or _original_job is UNSET:
            original_job = _original_job
        else:
            try:
                if not isinstance(_original_job, dict):
                    raise TypeError()
                original_job_type_0 = OpenObject.from_dict(_original_job)

                original_job = original_job_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                original_job = _original_job

        _cloned_job = _in_cloned_job
        cloned_job: None | OpenObject | Unset
        if _cloned_job is None or _cloned_job is UNSET:
            cloned_job = _cloned_job
        else:
            try:
                if not isinstance(_cloned_job, dict):
                    raise TypeError()
                cloned_job_type_0 = OpenObject.from_dict(_cloned_job)

                cloned_job = cloned_job_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                cloned_job = _cloned_job

        if cls is JobRecreation:
            job_recreation = cls(
                original_job,
                cloned_job,
            )
        else:
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


# The JSON names of the properties, required then optional, as `from_dict` takes them out.
_PROPERTIES = Properties(
    required=(),
    optional=(
        "originalJob",
        "clonedJob",
    ),
    unset=UNSET,
)
