from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ReadPartResponse")


@_attrs_define
class ReadPartResponse:
    """
    Attributes:
        id (UUID):
        created_at (datetime.datetime | None):
        updated_at (datetime.datetime | None):
        cloned_from (None | UUID):
        latest_partversion (None | UUID):
        part_versions (list[UUID]):
    """

    id: UUID
    created_at: datetime.datetime | None
    updated_at: datetime.datetime | None
    cloned_from: None | UUID
    latest_partversion: None | UUID
    part_versions: list[UUID]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        created_at: None | str
        if isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        updated_at: None | str
        if isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        cloned_from: None | str
        if isinstance(self.cloned_from, UUID):
            cloned_from = str(self.cloned_from)
        else:
            cloned_from = self.cloned_from

        latest_partversion: None | str
        if isinstance(self.latest_partversion, UUID):
            latest_partversion = str(self.latest_partversion)
        else:
            latest_partversion = self.latest_partversion

        part_versions = []
        for part_versions_item_data in self.part_versions:
            part_versions_item = str(part_versions_item_data)
            part_versions.append(part_versions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "updated_at": updated_at,
                "cloned_from": cloned_from,
                "latest_partversion": latest_partversion,
                "part_versions": part_versions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        def _parse_created_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_0 = datetime.datetime.fromisoformat(data)

                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        created_at = _parse_created_at(d.pop("created_at"))

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

        def _parse_cloned_from(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                cloned_from_type_0 = UUID(data)

                return cloned_from_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        cloned_from = _parse_cloned_from(d.pop("cloned_from"))

        def _parse_latest_partversion(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                latest_partversion_type_0 = UUID(data)

                return latest_partversion_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        latest_partversion = _parse_latest_partversion(d.pop("latest_partversion"))

        part_versions = []
        _part_versions = d.pop("part_versions")
        for part_versions_item_data in _part_versions:
            part_versions_item = UUID(part_versions_item_data)

            part_versions.append(part_versions_item)

        read_part_response = cls(
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            cloned_from=cloned_from,
            latest_partversion=latest_partversion,
            part_versions=part_versions,
        )

        read_part_response.additional_properties = d
        return read_part_response

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
