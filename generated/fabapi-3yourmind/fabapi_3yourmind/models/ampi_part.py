from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties, parse_datetime

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.open_object import OpenObject


T = TypeVar("T", bound="AmpiPart")


@_attrs_define
class AmpiPart:
    """An AMPI part with its assessment (scores).

    Attributes:
        id (int | Unset):
        assemblies (list[Any] | Unset): Collapsed in the seed's sample: item shape not documented.
        author (None | OpenObject | Unset):
        assignees (list[Any] | Unset): Collapsed in the seed's sample: item shape not documented.
        branch (int | Unset):
        branch_is_advanced (bool | Unset):
        created (datetime.datetime | Unset):
        has_stl_file (bool | Unset):
        modified (datetime.datetime | Unset):
        scores (None | OpenObject | Unset):
        short_id (str | Unset):
        status_id (int | Unset):
        status (None | OpenObject | Unset):
        values (None | OpenObject | Unset):
        stl_file (Any | Unset): Rendered empty (`{}`) by the seed: its shape is not documented.
        parts (list[Any] | Unset): Collapsed in the seed's sample: item shape not documented.
        comment_count (int | Unset):
        data_completeness (None | OpenObject | Unset):
        permissions (None | OpenObject | Unset):
        tasks (list[Any] | Unset): Collapsed in the seed's sample: item shape not documented.
        technical_drawing_data (None | OpenObject | Unset):
        technology_printability_results (list[Any] | Unset): Collapsed in the seed's sample: item shape not documented.
        read_only_fields (list[Any] | Unset): Collapsed in the seed's sample: item shape not documented.
        catalog_item (int | None | Unset):
    """

    id: int | Unset = UNSET
    assemblies: list[Any] | Unset = UNSET
    author: None | OpenObject | Unset = UNSET
    assignees: list[Any] | Unset = UNSET
    branch: int | Unset = UNSET
    branch_is_advanced: bool | Unset = UNSET
    created: datetime.datetime | Unset = UNSET
    has_stl_file: bool | Unset = UNSET
    modified: datetime.datetime | Unset = UNSET
    scores: None | OpenObject | Unset = UNSET
    short_id: str | Unset = UNSET
    status_id: int | Unset = UNSET
    status: None | OpenObject | Unset = UNSET
    values: None | OpenObject | Unset = UNSET
    stl_file: Any | Unset = UNSET
    parts: list[Any] | Unset = UNSET
    comment_count: int | Unset = UNSET
    data_completeness: None | OpenObject | Unset = UNSET
    permissions: None | OpenObject | Unset = UNSET
    tasks: list[Any] | Unset = UNSET
    technical_drawing_data: None | OpenObject | Unset = UNSET
    technology_printability_results: list[Any] | Unset = UNSET
    read_only_fields: list[Any] | Unset = UNSET
    catalog_item: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.open_object import OpenObject  # noqa: PLC0415

        id = self.id

        assemblies: list[Any] | Unset = UNSET
        if not isinstance(self.assemblies, Unset):
            assemblies = self.assemblies

        author: dict[str, Any] | None | Unset
        if isinstance(self.author, Unset):
            author = UNSET
        elif isinstance(self.author, OpenObject):
            author = self.author.to_dict()
        else:
            author = self.author

        assignees: list[Any] | Unset = UNSET
        if not isinstance(self.assignees, Unset):
            assignees = self.assignees

        branch = self.branch

        branch_is_advanced = self.branch_is_advanced

        created: str | Unset = UNSET
        if not isinstance(self.created, Unset):
            created = self.created.isoformat()

        has_stl_file = self.has_stl_file

        modified: str | Unset = UNSET
        if not isinstance(self.modified, Unset):
            modified = self.modified.isoformat()

        scores: dict[str, Any] | None | Unset
        if isinstance(self.scores, Unset):
            scores = UNSET
        elif isinstance(self.scores, OpenObject):
            scores = self.scores.to_dict()
        else:
            scores = self.scores

        short_id = self.short_id

        status_id = self.status_id

        status: dict[str, Any] | None | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, OpenObject):
            status = self.status.to_dict()
        else:
            status = self.status

        values: dict[str, Any] | None | Unset
        if isinstance(self.values, Unset):
            values = UNSET
        elif isinstance(self.values, OpenObject):
            values = self.values.to_dict()
        else:
            values = self.values

        stl_file = self.stl_file

        parts: list[Any] | Unset = UNSET
        if not isinstance(self.parts, Unset):
            parts = self.parts

        comment_count = self.comment_count

        data_completeness: dict[str, Any] | None | Unset
        if isinstance(self.data_completeness, Unset):
            data_completeness = UNSET
        elif isinstance(self.data_completeness, OpenObject):
            data_completeness = self.data_completeness.to_dict()
        else:
            data_completeness = self.data_completeness

        permissions: dict[str, Any] | None | Unset
        if isinstance(self.permissions, Unset):
            permissions = UNSET
        elif isinstance(self.permissions, OpenObject):
            permissions = self.permissions.to_dict()
        else:
            permissions = self.permissions

        tasks: list[Any] | Unset = UNSET
        if not isinstance(self.tasks, Unset):
            tasks = self.tasks

        technical_drawing_data: dict[str, Any] | None | Unset
        if isinstance(self.technical_drawing_data, Unset):
            technical_drawing_data = UNSET
        elif isinstance(self.technical_drawing_data, OpenObject):
            technical_drawing_data = self.technical_drawing_data.to_dict()
        else:
            technical_drawing_data = self.technical_drawing_data

        technology_printability_results: list[Any] | Unset = UNSET
        if not isinstance(self.technology_printability_results, Unset):
            technology_printability_results = self.technology_printability_results

        read_only_fields: list[Any] | Unset = UNSET
        if not isinstance(self.read_only_fields, Unset):
            read_only_fields = self.read_only_fields

        catalog_item: int | None | Unset
        if isinstance(self.catalog_item, Unset):
            catalog_item = UNSET
        else:
            catalog_item = self.catalog_item

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if assemblies is not UNSET:
            field_dict["assemblies"] = assemblies
        if author is not UNSET:
            field_dict["author"] = author
        if assignees is not UNSET:
            field_dict["assignees"] = assignees
        if branch is not UNSET:
            field_dict["branch"] = branch
        if branch_is_advanced is not UNSET:
            field_dict["branchIsAdvanced"] = branch_is_advanced
        if created is not UNSET:
            field_dict["created"] = created
        if has_stl_file is not UNSET:
            field_dict["hasStlFile"] = has_stl_file
        if modified is not UNSET:
            field_dict["modified"] = modified
        if scores is not UNSET:
            field_dict["scores"] = scores
        if short_id is not UNSET:
            field_dict["shortId"] = short_id
        if status_id is not UNSET:
            field_dict["statusId"] = status_id
        if status is not UNSET:
            field_dict["status"] = status
        if values is not UNSET:
            field_dict["values"] = values
        if stl_file is not UNSET:
            field_dict["stlFile"] = stl_file
        if parts is not UNSET:
            field_dict["parts"] = parts
        if comment_count is not UNSET:
            field_dict["commentCount"] = comment_count
        if data_completeness is not UNSET:
            field_dict["dataCompleteness"] = data_completeness
        if permissions is not UNSET:
            field_dict["permissions"] = permissions
        if tasks is not UNSET:
            field_dict["tasks"] = tasks
        if technical_drawing_data is not UNSET:
            field_dict["technicalDrawingData"] = technical_drawing_data
        if technology_printability_results is not UNSET:
            field_dict["technologyPrintabilityResults"] = technology_printability_results
        if read_only_fields is not UNSET:
            field_dict["readOnlyFields"] = read_only_fields
        if catalog_item is not UNSET:
            field_dict["catalogItem"] = catalog_item

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.open_object import OpenObject  # noqa: PLC0415

        (
            (
                id,
                _in_assemblies,
                _in_author,
                _in_assignees,
                branch,
                branch_is_advanced,
                _in_created,
                has_stl_file,
                _in_modified,
                _in_scores,
                short_id,
                status_id,
                _in_status,
                _in_values,
                stl_file,
                _in_parts,
                comment_count,
                _in_data_completeness,
                _in_permissions,
                _in_tasks,
                _in_technical_drawing_data,
                _in_technology_printability_results,
                _in_read_only_fields,
                _in_catalog_item,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)

        assemblies = cast(list[Any], _in_assemblies)

        _author = _in_author
        author: None | OpenObject | Unset
        if _author is None or _author is UNSET:
            author = _author
        else:
            try:
                if not isinstance(_author, dict):
                    raise TypeError()
                author_type_0 = OpenObject.from_dict(_author)

                author = author_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                author = _author

        assignees = cast(list[Any], _in_assignees)

        _created = _in_created
        created: datetime.datetime | Unset
        if _created is UNSET:
            created = UNSET
        else:
            created = parse_datetime(_created)

        _modified = _in_modified
        modified: datetime.datetime | Unset
        if _modified is UNSET:
            modified = UNSET
        else:
            modified = parse_datetime(_modified)

        _scores = _in_scores
        scores: None | OpenObject | Unset
        if _scores is None or _scores is UNSET:
            scores = _scores
        else:
            try:
                if not isinstance(_scores, dict):
                    raise TypeError()
                scores_type_0 = OpenObject.from_dict(_scores)

                scores = scores_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                scores = _scores

        _status = _in_status
        status: None | OpenObject | Unset
        if _status is None or _status is UNSET:
            status = _status
        else:
            try:
                if not isinstance(_status, dict):
                    raise TypeError()
                status_type_0 = OpenObject.from_dict(_status)

                status = status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                status = _status

        _values = _in_values
        values: None | OpenObject | Unset
        if _values is None or _values is UNSET:
            values = _values
        else:
            try:
                if not isinstance(_values, dict):
                    raise TypeError()
                values_type_0 = OpenObject.from_dict(_values)

                values = values_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                values = _values

        parts = cast(list[Any], _in_parts)

        _data_completeness = _in_data_completeness
        data_completeness: None | OpenObject | Unset
        if _data_completeness is None or _data_completeness is UNSET:
            data_completeness = _data_completeness
        else:
            try:
                if not isinstance(_data_completeness, dict):
                    raise TypeError()
                data_completeness_type_0 = OpenObject.from_dict(_data_completeness)

                data_completeness = data_completeness_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                data_completeness = _data_completeness

        _permissions = _in_permissions
        permissions: None | OpenObject | Unset
        if _permissions is None or _permissions is UNSET:
            permissions = _permissions
        else:
            try:
                if not isinstance(_permissions, dict):
                    raise TypeError()
                permissions_type_0 = OpenObject.from_dict(_permissions)

                permissions = permissions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                permissions = _permissions

        tasks = cast(list[Any], _in_tasks)

        _technical_drawing_data = _in_technical_drawing_data
        technical_drawing_data: None | OpenObject | Unset
        if _technical_drawing_data is None or _technical_drawing_data is UNSET:
            technical_drawing_data = _technical_drawing_data
        else:
            try:
                if not isinstance(_technical_drawing_data, dict):
                    raise TypeError()
                technical_drawing_data_type_0 = OpenObject.from_dict(_technical_drawing_data)

                technical_drawing_data = technical_drawing_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                technical_drawing_data = _technical_drawing_data

        technology_printability_results = cast(list[Any], _in_technology_printability_results)

        read_only_fields = cast(list[Any], _in_read_only_fields)

        catalog_item: int | None | Unset = _in_catalog_item

        if cls is AmpiPart:
            ampi_part = cls(
                id,
                assemblies,
                author,
                assignees,
                branch,
                branch_is_advanced,
                created,
                has_stl_file,
                modified,
                scores,
                short_id,
                status_id,
                status,
                values,
                stl_file,
                parts,
                comment_count,
                data_completeness,
                permissions,
                tasks,
                technical_drawing_data,
                technology_printability_results,
                read_only_fields,
                catalog_item,
            )
        else:
            ampi_part = cls(
                id=id,
                assemblies=assemblies,
                author=author,
                assignees=assignees,
                branch=branch,
                branch_is_advanced=branch_is_advanced,
                created=created,
                has_stl_file=has_stl_file,
                modified=modified,
                scores=scores,
                short_id=short_id,
                status_id=status_id,
                status=status,
                values=values,
                stl_file=stl_file,
                parts=parts,
                comment_count=comment_count,
                data_completeness=data_completeness,
                permissions=permissions,
                tasks=tasks,
                technical_drawing_data=technical_drawing_data,
                technology_printability_results=technology_printability_results,
                read_only_fields=read_only_fields,
                catalog_item=catalog_item,
            )

        ampi_part.additional_properties = d
        return ampi_part

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
        "id",
        "assemblies",
        "author",
        "assignees",
        "branch",
        "branchIsAdvanced",
        "created",
        "hasStlFile",
        "modified",
        "scores",
        "shortId",
        "statusId",
        "status",
        "values",
        "stlFile",
        "parts",
        "commentCount",
        "dataCompleteness",
        "permissions",
        "tasks",
        "technicalDrawingData",
        "technologyPrintabilityResults",
        "readOnlyFields",
        "catalogItem",
    ),
    unset=UNSET,
)
