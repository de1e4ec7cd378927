from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties

from ..types import UNSET, Unset

T = TypeVar("T", bound="CatalogCsvImportJob")


@_attrs_define
class CatalogCsvImportJob:
    """
    Attributes:
        id (int | Unset):
        created (str | Unset):
        modified (str | Unset):
        zip_file (str | Unset):
        validation_report_file (str | Unset):
        import_report_file (str | Unset):
        status (str | Unset):
    """

    id: int | Unset = UNSET
    created: str | Unset = UNSET
    modified: str | Unset = UNSET
    zip_file: str | Unset = UNSET
    validation_report_file: str | Unset = UNSET
    import_report_file: str | Unset = UNSET
    status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created = self.created

        modified = self.modified

        zip_file = self.zip_file

        validation_report_file = self.validation_report_file

        import_report_file = self.import_report_file

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if created is not UNSET:
            field_dict["created"] = created
        if modified is not UNSET:
            field_dict["modified"] = modified
        if zip_file is not UNSET:
            field_dict["zipFile"] = zip_file
        if validation_report_file is not UNSET:
            field_dict["validationReportFile"] = validation_report_file
        if import_report_file is not UNSET:
            field_dict["importReportFile"] = import_report_file
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            (
                id,
                created,
                modified,
                zip_file,
                validation_report_file,
                import_report_file,
                status,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)

        if cls is CatalogCsvImportJob:
            catalog_csv_import_job = cls(
                id,
                created,
                modified,
                zip_file,
                validation_report_file,
                import_report_file,
                status,
            )
        else:
            catalog_csv_import_job = cls(
                id=id,
                created=created,
                modified=modified,
                zip_file=zip_file,
                validation_report_file=validation_report_file,
                import_report_file=import_report_file,
                status=status,
            )

        catalog_csv_import_job.additional_properties = d
        return catalog_csv_import_job

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
        "created",
        "modified",
        "zipFile",
        "validationReportFile",
        "importReportFile",
        "status",
    ),
    unset=UNSET,
)
