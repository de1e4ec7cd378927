from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties

from ..types import UNSET, Unset

T = TypeVar("T", bound="MesFilterOptions")


@_attrs_define
class MesFilterOptions:
    """
    Attributes:
        internal_lot_numbers (list[Any] | Unset): Collapsed in the seed's sample: item shape not documented.
        materials (list[Any] | Unset): Collapsed in the seed's sample: item shape not documented.
        workstations (list[Any] | Unset): Collapsed in the seed's sample: item shape not documented.
        workflow_templates (list[Any] | Unset): Collapsed in the seed's sample: item shape not documented.
        workflow_statuses (list[Any] | Unset): Collapsed in the seed's sample: item shape not documented.
        workflow_template_statuses (list[Any] | Unset): Collapsed in the seed's sample: item shape not documented.
        post_processings (list[Any] | Unset): Collapsed in the seed's sample: item shape not documented.
        users (list[Any] | Unset): Collapsed in the seed's sample: item shape not documented.
        technologies (list[Any] | Unset): Collapsed in the seed's sample: item shape not documented.
        part_requirements_fields (list[Any] | Unset): Collapsed in the seed's sample: item shape not documented.
        production_sheet_templates (list[Any] | Unset): Collapsed in the seed's sample: item shape not documented.
        machines (list[Any] | Unset): Collapsed in the seed's sample: item shape not documented.
        material_forms (list[Any] | Unset): Collapsed in the seed's sample: item shape not documented.
    """

    internal_lot_numbers: list[Any] | Unset = UNSET
    materials: list[Any] | Unset = UNSET
    workstations: list[Any] | Unset = UNSET
    workflow_templates: list[Any] | Unset = UNSET
    workflow_statuses: list[Any] | Unset = UNSET
    workflow_template_statuses: list[Any] | Unset = UNSET
    post_processings: list[Any] | Unset = UNSET
    users: list[Any] | Unset = UNSET
    technologies: list[Any] | Unset = UNSET
    part_requirements_fields: list[Any] | Unset = UNSET
    production_sheet_templates: list[Any] | Unset = UNSET
    machines: list[Any] | Unset = UNSET
    material_forms: list[Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        internal_lot_numbers: list[Any] | Unset = UNSET
        if not isinstance(self.internal_lot_numbers, Unset):
            internal_lot_numbers = self.internal_lot_numbers

        materials: list[Any] | Unset = UNSET
        if not isinstance(self.materials, Unset):
            materials = self.materials

        workstations: list[Any] | Unset = UNSET
        if not isinstance(self.workstations, Unset):
            workstations = self.workstations

        workflow_templates: list[Any] | Unset = UNSET
        if not isinstance(self.workflow_templates, Unset):
            workflow_templates = self.workflow_templates

        workflow_statuses: list[Any] | Unset = UNSET
        if not isinstance(self.workflow_statuses, Unset):
            workflow_statuses = self.workflow_statuses

        workflow_template_statuses: list[Any] | Unset = UNSET
        if not isinstance(self.workflow_template_statuses, Unset):
            workflow_template_statuses = self.workflow_template_statuses

        post_processings: list[Any] | Unset = UNSET
        if not isinstance(self.post_processings, Unset):
            post_processings = self.post_processings

        users: list[Any] | Unset = UNSET
        if not isinstance(self.users, Unset):
            users = self.users

        technologies: list[Any] | Unset = UNSET
        if not isinstance(self.technologies, Unset):
            technologies = self.technologies

        part_requirements_fields: list[Any] | Unset = UNSET
        if not isinstance(self.part_requirements_fields, Unset):
            part_requirements_fields = self.part_requirements_fields

        production_sheet_templates: list[Any] | Unset = UNSET
        if not isinstance(self.production_sheet_templates, Unset):
            production_sheet_templates = self.production_sheet_templates

        machines: list[Any] | Unset = UNSET
        if not isinstance(self.machines, Unset):
            machines = self.machines

        material_forms: list[Any] | Unset = UNSET
        if not isinstance(self.material_forms, Unset):
            material_forms = self.material_forms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if internal_lot_numbers is not UNSET:
            field_dict["internalLotNumbers"] = internal_lot_numbers
        if materials is not UNSET:
            field_dict["materials"] = materials
        if workstations is not UNSET:
            field_dict["workstations"] = workstations
        if workflow_templates is not UNSET:
            field_dict["workflowTemplates"] = workflow_templates
        if workflow_statuses is not UNSET:
            field_dict["workflowStatuses"] = workflow_statuses
        if workflow_template_statuses is not UNSET:
            field_dict["workflowTemplateStatuses"] = workflow_template_statuses
        if post_processings is not UNSET:
            field_dict["postProcessings"] = post_processings
        if users is not UNSET:
            field_dict["users"] = users
        if technologies is not UNSET:
            field_dict["technologies"] = technologies
        if part_requirements_fields is not UNSET:
            field_dict["partRequirementsFields"] = part_requirements_fields
        if production_sheet_templates is not UNSET:
            field_dict["productionSheetTemplates"] = production_sheet_templates
        if machines is not UNSET:
            field_dict["machines"] = machines
        if material_forms is not UNSET:
            field_dict["materialForms"] = material_forms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            (
                _in_internal_lot_numbers,
                _in_materials,
                _in_workstations,
                _in_workflow_templates,
                _in_workflow_statuses,
                _in_workflow_template_statuses,
                _in_post_processings,
                _in_users,
                _in_technologies,
                _in_part_requirements_fields,
                _in_production_sheet_templates,
                _in_machines,
                _in_material_forms,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)
        internal_lot_numbers = cast(list[Any], _in_internal_lot_numbers)

        materials = cast(list[Any], _in_materials)

        workstations = cast(list[Any], _in_workstations)

        workflow_templates = cast(list[Any], _in_workflow_templates)

        workflow_statuses = cast(list[Any], _in_workflow_statuses)

        workflow_template_statuses = cast(list[Any], _in_workflow_template_statuses)

        post_processings = cast(list[Any], _in_post_processings)

        users = cast(list[Any], _in_users)

        technologies = cast(list[Any], _in_technologies)

        part_requirements_fields = cast(list[Any], _in_part_requirements_fields)

        production_sheet_templates = cast(list[Any], _in_production_sheet_templates)

        machines = cast(list[Any], _in_machines)

        material_forms = cast(list[Any], _in_material_forms)

        if cls is MesFilterOptions:
            mes_filter_options = cls(
                internal_lot_numbers,
                materials,
                workstations,
                workflow_templates,
                workflow_statuses,
                workflow_template_statuses,
                post_processings,
                users,
                technologies,
                part_requirements_fields,
                production_sheet_templates,
                machines,
                material_forms,
            )
        else:
            mes_filter_options = cls(
                internal_lot_numbers=internal_lot_numbers,
                materials=materials,
                workstations=workstations,
                workflow_templates=workflow_templates,
                workflow_statuses=workflow_statuses,
                workflow_template_statuses=workflow_template_statuses,
                post_processings=post_processings,
                users=users,
                technologies=technologies,
                part_requirements_fields=part_requirements_fields,
                production_sheet_templates=production_sheet_templates,
                machines=machines,
                material_forms=material_forms,
            )

        mes_filter_options.additional_properties = d
        return mes_filter_options

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
        "internalLotNumbers",
        "materials",
        "workstations",
        "workflowTemplates",
        "workflowStatuses",
        "workflowTemplateStatuses",
        "postProcessings",
        "users",
        "technologies",
        "partRequirementsFields",
        "productionSheetTemplates",
        "machines",
        "materialForms",
    ),
    unset=UNSET,
)
