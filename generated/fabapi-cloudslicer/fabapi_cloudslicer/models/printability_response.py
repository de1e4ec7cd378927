from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties

from ..types import UNSET

if TYPE_CHECKING:
    from ..models.dimensions import Dimensions


T = TypeVar("T", bound="PrintabilityResponse")


@_attrs_define
class PrintabilityResponse:
    """Whether the model fits the printer, with both sizes in mm.

    Attributes:
        user_id (str):
        file_path (str):
        fits_printer (bool):
        model_dimensions (Dimensions): A bounding box in mm.
        printer_dimensions (Dimensions): A bounding box in mm.
    """

    user_id: str
    file_path: str
    fits_printer: bool
    model_dimensions: Dimensions
    printer_dimensions: Dimensions
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        file_path = self.file_path

        fits_printer = self.fits_printer

        model_dimensions = self.model_dimensions.to_dict()

        printer_dimensions = self.printer_dimensions.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_id": user_id,
                "file_path": file_path,
                "fits_printer": fits_printer,
                "model_dimensions": model_dimensions,
                "printer_dimensions": printer_dimensions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dimensions import Dimensions  # noqa: PLC0415

        (
            (
                user_id,
                file_path,
                fits_printer,
                _in_model_dimensions,
                _in_printer_dimensions,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)

        model_dimensions = Dimensions.from_dict(_in_model_dimensions)

        printer_dimensions = Dimensions.from_dict(_in_printer_dimensions)

        if cls is PrintabilityResponse:
            printability_response = cls(
                user_id,
                file_path,
                fits_printer,
                model_dimensions,
                printer_dimensions,
            )
        else:
            printability_response = cls(
                user_id=user_id,
                file_path=file_path,
                fits_printer=fits_printer,
                model_dimensions=model_dimensions,
                printer_dimensions=printer_dimensions,
            )

        printability_response.additional_properties = d
        return printability_response

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
        "user_id",
        "file_path",
        "fits_printer",
        "model_dimensions",
        "printer_dimensions",
    ),
    optional=(),
    unset=UNSET,
)
