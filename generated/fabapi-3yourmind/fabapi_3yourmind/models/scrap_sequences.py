from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.open_object import OpenObject


T = TypeVar("T", bound="ScrapSequences")


@_attrs_define
class ScrapSequences:
    """
    Attributes:
        sequences (list[OpenObject] | Unset): Collapsed in the seed.
    """

    sequences: list[OpenObject] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sequences: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sequences, Unset):
            sequences = []
            for sequences_item_data in self.sequences:
                sequences_item = sequences_item_data.to_dict()
                sequences.append(sequences_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sequences is not UNSET:
            field_dict["sequences"] = sequences

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.open_object import OpenObject  # noqa: PLC0415

        (_in_sequences,), d = _PROPERTIES.split(src_dict)
        _sequences = _in_sequences
        sequences: list[OpenObject] | Unset = UNSET
        if _sequences is not UNSET:
            sequences = []
            for sequences_item_data in _sequences:
                sequences_item = OpenObject.from_dict(sequences_item_data)

                sequences.append(sequences_item)

        if cls is ScrapSequences:
            scrap_sequences = cls(
                sequences,
            )
        else:
            scrap_sequences = cls(
                sequences=sequences,
            )

        scrap_sequences.additional_properties = d
        return scrap_sequences

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
    optional=("sequences",),
    unset=UNSET,
)
