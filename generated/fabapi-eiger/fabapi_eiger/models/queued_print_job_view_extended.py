from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        state = QueuedPrintJobStateEnum(d.pop("state"))

        def _parse_queued_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                queued_at_type_0 = datetime.datetime.fromisoformat(data)

                return queued_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        queued_at = _parse_queued_at(d.pop("queued_at"))

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

        build = BuildView.from_dict(d.pop("build"))

        def _parse_requester(data: object) -> None | Unset | UserView:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                requester_type_1 = UserView.from_dict(data)

                return requester_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UserView, data)

        requester = _parse_requester(d.pop("requester", UNSET))

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
