from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.printed_part_view_state_enum import PrintedPartViewStateEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.read_printed_part_response_print_job import ReadPrintedPartResponsePrintJob


T = TypeVar("T", bound="ReadPrintedPartResponse")


@_attrs_define
class ReadPrintedPartResponse:
    """
    Attributes:
        id (UUID):
        printed_at (datetime.datetime | None):
        updated_at (datetime.datetime | None):
        state (None | PrintedPartViewStateEnum):
        print_job (ReadPrintedPartResponsePrintJob):
        notes (None | str | Unset):
    """

    id: UUID
    printed_at: datetime.datetime | None
    updated_at: datetime.datetime | None
    state: None | PrintedPartViewStateEnum
    print_job: ReadPrintedPartResponsePrintJob
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
        from ..models.read_printed_part_response_print_job import ReadPrintedPartResponsePrintJob  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        def _parse_printed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                printed_at_type_0 = datetime.datetime.fromisoformat(data)

                return printed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        printed_at = _parse_printed_at(d.pop("printed_at"))

        def _parse_updated_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        updated_at = _parse_updated_at(d.pop("updated_at"))

        def _parse_state(data: object) -> None | PrintedPartViewStateEnum:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                state_type_1 = PrintedPartViewStateEnum(data)

                return state_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PrintedPartViewStateEnum, data)

        state = _parse_state(d.pop("state"))

        print_job = ReadPrintedPartResponsePrintJob.from_dict(d.pop("print_job"))

        def _parse_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notes = _parse_notes(d.pop("notes", UNSET))

        read_printed_part_response = cls(
            id=id,
            printed_at=printed_at,
            updated_at=updated_at,
            state=state,
            print_job=print_job,
            notes=notes,
        )

        read_printed_part_response.additional_properties = d
        return read_printed_part_response

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
