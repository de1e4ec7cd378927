from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties, parse_datetime, parse_uuid

from ..models.queued_print_job_state_enum import QueuedPrintJobStateEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.build_view import BuildView
    from ..models.user_view import UserView


T = TypeVar("T", bound="QueuedPrintJobViewExtended")


@_attrs_define
class QueuedPrintJobViewExtended:
    """
    Attributes:
        id (UUID): ID of the Queued Print Job
        state (QueuedPrintJobStateEnum):
        queued_at (datetime.datetime | None): Time the print job was created
        updated_at (datetime.datetime | None): Time the queued print job was last updated
        build (BuildView): Build
        requester (None | Unset | UserView):
    """

    id: UUID
    state: QueuedPrintJobStateEnum
    queued_at: datetime.datetime | None
    updated_at: datetime.datetime | None
    build: BuildView
    requester: None | Unset | UserView = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.user_view import UserView  # noqa: PLC0415

        id = str(self.id)

        state = self.state.value

        queued_at: None | str
        if isinstance(self.queued_at, datetime.datetime):
            queued_at = self.queued_at.isoformat()
        else:
            queued_at = self.queued_at

        updated_at: None | str
        if isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        build = self.build.to_dict()

        requester: dict[str, Any] | None | Unset
        if isinstance(self.requester, Unset):
            requester = UNSET
        elif isinstance(self.requester, UserView):
            requester = self.requester.to_dict()
        else:
            requester = self.requester

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "state": state,
                "queued_at": queued_at,
                "updated_at": updated_at,
                "build": build,
            }
        )
        if requester is not UNSET:
            field_dict["requester"] = requester

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.build_view import BuildView  # noqa: PLC0415
        from ..models.user_view import UserView  # noqa: PLC0415

        (
            (
                _in_id,
                _in_state,
                _in_queued_at,
                _in_updated_at,
                _in_build,
                _in_requester,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)
        id = parse_uuid(_in_id)

        _state = _in_state
        state: QueuedPrintJobStateEnum
        try:
            state = cast("QueuedPrintJobStateEnum", QueuedPrintJobStateEnum._value2member_map_[_state])
        except (KeyError, TypeError):
            state = QueuedPrintJobStateEnum(_state)

        _queued_at = _in_queued_at
        queued_at: datetime.datetime | None
        if _queued_at is None:
            queued_at = _queued_at
        else:
            try:
                if not isinstance(_queued_at, str):
                    raise TypeError()
                queued_at_type_0 = parse_datetime(_queued_at)

                queued_at = queued_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                queued_at = _queued_at

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

        build = BuildView.from_dict(_in_build)

        _requester = _in_requester
        requester: None | Unset | UserView
        if _requester is None or _requester is UNSET:
            requester = _requester
        else:
            try:
                if not isinstance(_requester, dict):
                    raise TypeError()
                requester_type_1 = UserView.from_dict(_requester)

                requester = requester_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                requester = _requester

        if cls is QueuedPrintJobViewExtended:
            queued_print_job_view_extended = cls(
                id,
                state,
                queued_at,
                updated_at,
                build,
                requester,
            )
        else:
            queued_print_job_view_extended = cls(
                id=id,
                state=state,
                queued_at=queued_at,
                updated_at=updated_at,
                build=build,
                requester=requester,
            )

        queued_print_job_view_extended.additional_properties = d
        return queued_print_job_view_extended

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
        "state",
        "queued_at",
        "updated_at",
        "build",
    ),
    optional=("requester",),
    unset=UNSET,
)
