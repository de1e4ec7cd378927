from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.open_object import OpenObject


T = TypeVar("T", bound="JobScrapSequences")


@_attrs_define
class JobScrapSequences:
    """
    Attributes:
        sequences (list[OpenObject]): Collapsed in the seed.
        scrap_leftover_quantity (bool | Unset):
    """

    sequences: list[OpenObject]
    scrap_leftover_quantity: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sequences = []
        for sequences_item_data in self.sequences:
            sequences_item = sequences_item_data.to_dict()
            sequences.append(sequences_item)

        scrap_leftover_quantity = self.scrap_leftover_quantity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sequences": sequences,
            }
        )
        if scrap_leftover_quantity is not UNSET:
            field_dict["scrapLeftoverQuantity"] = scrap_leftover_quantity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.open_object import OpenObject  # noqa: PLC0415

        (
            (
                _in_sequences,
                scrap_leftover_quantity,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)
        sequences = []
        _sequences = _in_sequences
        for sequences_item_data in _sequences:
            sequences_item = OpenObject.from_dict(sequences_item_data)

            sequences.append(sequences_item)

        if cls is JobScrapSequences:
            job_scrap_sequences = cls(
                sequences,
                scrap_leftover_quantity,
            )
        else:
            job_scrap_sequences = cls(
                sequences=sequences,
                scrap_leftover_quantity=scrap_leftover_quantity,
            )

        job_scrap_sequences.additional_properties = d
        return job_scrap_sequences

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
    required=("sequences",),
    optional=("scrapLeftoverQuantity",),
    unset=UNSET,
)
