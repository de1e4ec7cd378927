from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties, parse_datetime, parse_uuid

from ..models.printed_part_view_state_enum import PrintedPartViewStateEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.printed_part_view_extended_print_job import PrintedPartViewExtendedPrintJob


T = TypeVar("T", bound="PrintedPartViewExtended")


@_attrs_define
class PrintedPartViewExtended:
    """
    Attributes:
        id (UUID):
        printed_at (datetime.datetime | None):
        updated_at (datetime.datetime | None):
        state (None | PrintedPartViewStateEnum):
        print_job (PrintedPartViewExtendedPrintJob):
        notes (None | str | Unset):
    """

    id: UUID
    printed_at: datetime.datetime | None
    updated_at: datetime.datetime | None
    state: None | PrintedPartViewStateEnum
    print_job: PrintedPartViewExtendedPrintJob
    notes: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        printed_at: None | str
        if isinstance(self.printed_at, datetime.datetime):
            printed_at = self.printed_at.isoformat()
        else:
            printed_at = self.printed_at

        updated_at: None | str
        if isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        state: None | str
        if isinstance(self.state, PrintedPartViewStateEnum):
            state = self.state.value
        else:
            state = self.state

        print_job = self.print_job.to_dict()

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "printed_at": printed_at,
                "updated_at": updated_at,
                "state": state,
                "print_job": print_job,
            }
        )
        if notes is not UNSET:
            field_dict["notes"] = notes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.printed_part_view_extended_print_job import PrintedPartViewExtendedPrintJob  # noqa: PLC0415

        (
            (
                _in_id,
                _in_printed_at,
                _in_updated_at,
                _in_state,
                _in_print_job,
                _in_notes,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)
        id = parse_uuid(_in_id)

        _printed_at = _in_printed_at
        printed_at: datetime.datetime | None
        if _printed_at is None:
            printed_at = _printed_at
        else:
            try:
                if not isinstance(_printed_at, str):
                    raise TypeError()
                printed_at_type_0 = parse_datetime(_printed_at)

                printed_at = printed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                printed_at = _printed_at

        _updated_at = _in_updated_at
        updated_at: datetime.datetime | None
        if _updated_at is None:
            updated_at = _updated_at
        else:
            try:
                if not isinstance(_updated_at, str):
                    raise TypeError()
                updated_at_type_0 = parse_datetime(_updated_at)

                updated_at = updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                updated_at = _updated_at

        _state = _in_state
        state: None | PrintedPartViewStateEnum
        if _state is None:
            state = _state
        else:
            try:
                if not isinstance(_state, str):
                    raise TypeError()
                _state_type_1 = _state
                state_type_1: PrintedPartViewStateEnum
                try:
                    state_type_1 = cast(
                        "PrintedPartViewStateEnum", PrintedPartViewStateEnum._value2member_map_[_state_type_1]
                    )
                except (KeyError, TypeError):
                    state_type_1 = PrintedPartViewStateEnum(_state_type_1)

                state = state_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                state = _state

        print_job = PrintedPartViewExtendedPrintJob.from_dict(_in_print_job)

        notes: None | str | Unset = _in_notes

        if cls is PrintedPartViewExtended:
            printed_part_view_extended = cls(
                id,
                printed_at,
                updated_at,
                state,
                print_job,
                notes,
            )
        else:
            printed_part_view_extended = cls(
                id=id,
                printed_at=printed_at,
                updated_at=updated_at,
                state=state,
                print_job=print_job,
                notes=notes,
            )

        printed_part_view_extended.additional_properties = d
        return printed_part_view_extended

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
        "id",
        "printed_at",
        "updated_at",
        "state",
        "print_job",
    ),
    optional=("notes",),
    unset=UNSET,
)
