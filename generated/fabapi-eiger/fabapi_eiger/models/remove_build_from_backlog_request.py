from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from fabapi_core import Properties

from ..types import UNSET, Unset

T = TypeVar("T", bound="RemoveBuildFromBacklogRequest")


@_attrs_define
class RemoveBuildFromBacklogRequest:
    """
    Attributes:
        due_date (datetime.date | Unset): Target date to print
    """

    due_date: datetime.date | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        due_date: str | Unset = UNSET
        if not isinstance(self.due_date, Unset):
            due_date = self.due_date.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if due_date is not UNSET:
            field_dict["dueDate"] = due_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (_in_due_date,), d = _PROPERTIES.split(src_dict)
        _due_date = _in_due_date
        due_date: datetime.date | Unset
        if _due_date is UNSET:
            due_date = UNSET
        else:
            due_date = datetime.date.fromisoformat(_due_date)

        if cls is RemoveBuildFromBacklogRequest:
            remove_build_from_backlog_request = cls(
                due_date,
            )
        else:
            remove_build_from_backlog_request = cls(
                due_date=due_date,
            )

        return remove_build_from_backlog_request


# The JSON names of the properties, required then optional, as `from_dict` takes them out.
_PROPERTIES = Properties(
    required=(),
    optional=("dueDate",),
    unset=UNSET,
)
