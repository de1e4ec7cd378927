from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from fabapi_core import Properties, parse_uuid

from ..types import UNSET

T = TypeVar("T", bound="PrintToPrinterRequest")


@_attrs_define
class PrintToPrinterRequest:
    """
    Attributes:
        build (UUID): ID of build to print
    """

    build: UUID

    def to_dict(self) -> dict[str, Any]:
        build = str(self.build)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "build": build,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (_in_build,), d = _PROPERTIES.split(src_dict)
        build = parse_uuid(_in_build)

        if cls is PrintToPrinterRequest:
            print_to_printer_request = cls(
                build,
            )
        else:
            print_to_printer_request = cls(
                build=build,
            )

        return print_to_printer_request


# The JSON names of the properties, required then optional, as `from_dict` takes them out.
_PROPERTIES = Properties(
    required=("build",),
    optional=(),
    unset=UNSET,
)
