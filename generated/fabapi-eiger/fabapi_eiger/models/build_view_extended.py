from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties, parse_datetime, parse_uuid

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.build_view_custom_costs import BuildViewCustomCosts
    from ..models.build_view_standard_costs import BuildViewStandardCosts
    from ..models.part_version_view import PartVersionView
    from ..models.pose_view import PoseView


T = TypeVar("T", bound="BuildViewExtended")


@_attrs_define
class BuildViewExtended:
    """
    Attributes:
        id (UUID): Build Identifier
        title (str): Build Title
        created_at (datetime.datetime | None): Date/Time the Build was Created
        updated_at (datetime.datetime | None): Date/Time the Build was Last Updated
        part_count (int): Number of Parts
        device_series (str): Device Series
        primary_material (str): Primary Material
        secondary_material (str): Secondary Material
        ccs_primary_required (float | None): Amount of the Primary Material Required (cm³)
        ccs_secondary_required (float | None): Amount of the Secondary Material Required (cm³)
        ccs_tertiary_required (float | None): Amount of the Tertiary Material Required (cm³)
        ccs_fiber_required (float | None): Amount of the Fiber Material Required (cm³)
        estimated_print_seconds (float | None): Estimated time to print (seconds)
        sliced (bool): Has the build been sliced?
        blacksmith_enabled (bool): Is the build enabled for Inspection scanning?
        approved (bool | None): Describes if the Build is approved to be printed
        part_versions (list[PartVersionView]):
        poses (list[PoseView]):
        preview_url (str | Unset): A preview url of the Build valid for one hour.
        standard_costs (BuildViewStandardCosts | Unset):
        custom_costs (BuildViewCustomCosts | Unset):
    """

    id: UUID
    title: str
    created_at: datetime.datetime | None
    updated_at: datetime.datetime | None
    part_count: int
    device_series: str
    primary_material: str
    secondary_material: str
    ccs_primary_required: float | None
    ccs_secondary_required: float | None
    ccs_tertiary_required: float | None
    ccs_fiber_required: float | None
    estimated_print_seconds: float | None
    sliced: bool
    blacksmith_enabled: bool
    approved: bool | None
    part_versions: list[PartVersionView]
    poses: list[PoseView]
    preview_url: str | Unset = UNSET
    standard_costs: BuildViewStandardCosts | Unset = UNSET
    custom_costs: BuildViewCustomCosts | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        title = self.title

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

        part_count = self.part_count

        device_series = self.device_series

        primary_material = self.primary_material

        secondary_material = self.secondary_material

        ccs_primary_required: float | None
        ccs_primary_required = self.ccs_primary_required

        ccs_secondary_required: float | None
        ccs_secondary_required = self.ccs_secondary_required

        ccs_tertiary_required: float | None
        ccs_tertiary_required = self.ccs_tertiary_required

        ccs_fiber_required: float | None
        ccs_fiber_required = self.ccs_fiber_required

        estimated_print_seconds: float | None
        estimated_print_seconds = self.estimated_print_seconds

        sliced = self.sliced

        blacksmith_enabled = self.blacksmith_enabled

        approved: bool | None
        approved = self.approved

        part_versions = []
        for part_versions_item_data in self.part_versions:
            part_versions_item = part_versions_item_data.to_dict()
            part_versions.append(part_versions_item)

        poses = []
        for poses_item_data in self.poses:
            poses_item = poses_item_data.to_dict()
            poses.append(poses_item)

        preview_url = self.preview_url

        standard_costs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.standard_costs, Unset):
            standard_costs = self.standard_costs.to_dict()

        custom_costs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_costs, Unset):
            custom_costs = self.custom_costs.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
                "created_at": created_at,
                "updated_at": updated_at,
                "part_count": part_count,
                "device_series": device_series,
                "primary_material": primary_material,
                "secondary_material": secondary_material,
                "ccs_primary_required": ccs_primary_required,
                "ccs_secondary_required": ccs_secondary_required,
                "ccs_tertiary_required": ccs_tertiary_required,
                "ccs_fiber_required": ccs_fiber_required,
                "estimated_print_seconds": estimated_print_seconds,
                "sliced": sliced,
                "blacksmith_enabled": blacksmith_enabled,
                "approved": approved,
                "part_versions": part_versions,
                "poses": poses,
            }
        )
        if preview_url is not UNSET:
            field_dict["preview_url"] = preview_url
        if standard_costs is not UNSET:
            field_dict["standard_costs"] = standard_costs
        if custom_costs is not UNSET:
            field_dict["custom_costs"] = custom_costs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.build_view_custom_costs import BuildViewCustomCosts  # noqa: PLC0415
        from ..models.build_view_standard_costs import BuildViewStandardCosts  # noqa: PLC0415
        from ..models.part_version_view import PartVersionView  # noqa: PLC0415
        from ..models.pose_view import PoseView  # noqa: PLC0415

        (
            (
                _in_id,
                title,
                _in_created_at,
                _in_updated_at,
                part_count,
                device_series,
                primary_material,
                secondary_material,
                _in_ccs_primary_required,
                _in_ccs_secondary_required,
                _in_ccs_tertiary_required,
                _in_ccs_fiber_required,
                _in_estimated_print_seconds,
                sliced,
                blacksmith_enabled,
                _in_approved,
                _in_part_versions,
                _in_poses,
                preview_url,
                _in_standard_costs,
                _in_custom_costs,
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

        ccs_primary_required: float | None = _in_ccs_primary_required

        ccs_secondary_required: float | None = _in_ccs_secondary_required

        ccs_tertiary_required: float | None = _in_ccs_tertiary_required

        ccs_fiber_required: float | None = _in_ccs_fiber_required

        estimated_print_seconds: float | None = _in_estimated_print_seconds

        approved: bool | None = _in_approved

        part_versions = []
        _part_versions = _in_part_versions
        for part_versions_item_data in _part_versions:
            part_versions_item = PartVersionView.from_dict(part_versions_item_data)

            part_versions.append(part_versions_item)

        poses = []
        _poses = _in_poses
        for poses_item_data in _poses:
            poses_item = PoseView.from_dict(poses_item_data)

            poses.append(poses_item)

        _standard_costs = _in_standard_costs
        standard_costs: BuildViewStandardCosts | Unset
        if _standard_costs is UNSET:
            standard_costs = UNSET
        else:
            standard_costs = BuildViewStandardCosts.from_dict(_standard_costs)

        _custom_costs = _in_custom_costs
        custom_costs: BuildViewCustomCosts | Unset
        if _custom_costs is UNSET:
            custom_costs = UNSET
        else:
            custom_costs = BuildViewCustomCosts.from_dict(_custom_costs)

        if cls is BuildViewExtended:
            build_view_extended = cls(
                id,
                title,
                created_at,
                updated_at,
                part_count,
                device_series,
                primary_material,
                secondary_material,
                ccs_primary_required,
                ccs_secondary_required,
                ccs_tertiary_required,
                ccs_fiber_required,
                estimated_print_seconds,
                sliced,
                blacksmith_enabled,
                approved,
                part_versions,
                poses,
                preview_url,
                standard_costs,
                custom_costs,
            )
        else:
            build_view_extended = cls(
                id=id,
                title=title,
                created_at=created_at,
                updated_at=updated_at,
                part_count=part_count,
                device_series=device_series,
                primary_material=primary_material,
                secondary_material=secondary_material,
                ccs_primary_required=ccs_primary_required,
                ccs_secondary_required=ccs_secondary_required,
                ccs_tertiary_required=ccs_tertiary_required,
                ccs_fiber_required=ccs_fiber_required,
                estimated_print_seconds=estimated_print_seconds,
                sliced=sliced,
                blacksmith_enabled=blacksmith_enabled,
                approved=approved,
                part_versions=part_versions,
                poses=poses,
                preview_url=preview_url,
                standard_costs=standard_costs,
                custom_costs=custom_costs,
            )

        build_view_extended.additional_properties = d
        return build_view_extended

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
        "title",
        "created_at",
        "updated_at",
        "part_count",
        "device_series",
        "primary_material",
        "secondary_material",
        "ccs_primary_required",
        "ccs_secondary_required",
        "ccs_tertiary_required",
        "ccs_fiber_required",
        "estimated_print_seconds",
        "sliced",
        "blacksmith_enabled",
        "approved",
        "part_versions",
        "poses",
    ),
    optional=(
        "preview_url",
        "standard_costs",
        "custom_costs",
    ),
    unset=UNSET,
)
