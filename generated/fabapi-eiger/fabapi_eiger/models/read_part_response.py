from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties, parse_datetime, parse_uuid

from ..types import UNSET

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
        (
            (
                _in_id,
                _in_created_at,
                _in_updated_at,
                _in_cloned_from,
                _in_latest_partversion,
                _in_part_versions,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)
        id = parse_uuid(_in_id)

        _created_at = _in_created_at
        created_at: datetime.datetime | None
        if _created_at is None:
            created_at = _created_at
        else:
            try:
                if not isinstance(_created_at, str):
                    raise TypeError()
                created_at_type_0 = parse_datetime(_created_at)

                created_at = created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                created_at = _created_at

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

        _cloned_from = _in_cloned_from
        cloned_from: None | UUID
        if _cloned_from is None:
            cloned_from = _cloned_from
        else:
            try:
                if not isinstance(_cloned_from, str):
                    raise TypeError()
                cloned_from_type_0 = parse_uuid(_cloned_from)

                cloned_from = cloned_from_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                cloned_from = _cloned_from

        _latest_partversion = _in_latest_partversion
        latest_partversion: None | UUID
        if _latest_partversion is None:
            latest_partversion = _latest_partversion
        else:
            try:
                if not isinstance(_latest_partversion, str):
                    raise TypeError()
                latest_partversion_type_0 = parse_uuid(_latest_partversion)

                latest_partversion = latest_partversion_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                latest_partversion = _latest_partversion

        part_versions = []
        _part_versions = _in_part_versions
        for part_versions_item_data in _part_versions:
            part_versions_item = parse_uuid(part_versions_item_data)

            part_versions.append(part_versions_item)

        if cls is ReadPartResponse:
            read_part_response = cls(
                id,
                created_at,
                updated_at,
                cloned_from,
                latest_partversion,
                part_versions,
            )
        else:
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


# The JSON names of the properties, required then optional, as `from_dict` takes them out.
_PROPERTIES = Properties(
    required=(
        "id",
        "created_at",
        "updated_at",
        "cloned_from",
        "latest_partversion",
        "part_versions",
    ),
    optional=(),
    unset=UNSET,
)
