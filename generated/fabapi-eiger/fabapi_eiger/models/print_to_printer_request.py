from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

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
        d = dict(src_dict)
        build = UUID(d.pop("build"))

        print_to_printer_request = cls(
            build=build,
        )

        return print_to_printer_request
