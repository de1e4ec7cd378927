from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties

from ..types import UNSET

if TYPE_CHECKING:
    from ..models.webhook_results_body import WebhookResultsBody


T = TypeVar("T", bound="WebhookResults")


@_attrs_define
class WebhookResults:
    """The web-hooks page's notification, wrapped in `results`.

    Attributes:
        results (WebhookResultsBody):
    """

    results: WebhookResultsBody
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        results = self.results.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "results": results,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.webhook_results_body import WebhookResultsBody  # noqa: PLC0415

        (_in_results,), d = _PROPERTIES.split(src_dict)
        results = WebhookResultsBody.from_dict(_in_results)

        if cls is WebhookResults:
            webhook_results = cls(
                results,
            )
        else:
            webhook_results = cls(
                results=results,
            )

        webhook_results.additional_properties = d
        return webhook_results

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
    required=("results",),
    optional=(),
    unset=UNSET,
)
