from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties

from ..models.webhook_event_type import WebhookEventType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.result_links import ResultLinks


T = TypeVar("T", bound="WebhookResultsBody")


@_attrs_define
class WebhookResultsBody:
    """
    Attributes:
        status (str):
        request_id (str):
        user_id (str | Unset):
        studio_id (str | Unset):
        iteration_id (int | Unset):
        name (str | Unset):
        image (str | Unset):
        type_ (WebhookEventType | Unset):
        is_revision (bool | Unset):
        created_at (str | Unset):
        completed_at (str | Unset):
        asset_complete (bool | Unset):
        completed_models (ResultLinks | Unset): Download links per format; each expires after an hour.
        dev_id (str | Unset):
    """

    status: str
    request_id: str
    user_id: str | Unset = UNSET
    studio_id: str | Unset = UNSET
    iteration_id: int | Unset = UNSET
    name: str | Unset = UNSET
    image: str | Unset = UNSET
    type_: WebhookEventType | Unset = UNSET
    is_revision: bool | Unset = UNSET
    created_at: str | Unset = UNSET
    completed_at: str | Unset = UNSET
    asset_complete: bool | Unset = UNSET
    completed_models: ResultLinks | Unset = UNSET
    dev_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        request_id = self.request_id

        user_id = self.user_id

        studio_id = self.studio_id

        iteration_id = self.iteration_id

        name = self.name

        image = self.image

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        is_revision = self.is_revision

        created_at = self.created_at

        completed_at = self.completed_at

        asset_complete = self.asset_complete

        completed_models: dict[str, Any] | Unset = UNSET
        if not isinstance(self.completed_models, Unset):
            completed_models = self.completed_models.to_dict()

        dev_id = self.dev_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "requestID": request_id,
            }
        )
        if user_id is not UNSET:
            field_dict["userID"] = user_id
        if studio_id is not UNSET:
            field_dict["studioID"] = studio_id
        if iteration_id is not UNSET:
            field_dict["iterationID"] = iteration_id
        if name is not UNSET:
            field_dict["name"] = name
        if image is not UNSET:
            field_dict["image"] = image
        if type_ is not UNSET:
            field_dict["type"] = type_
        if is_revision is not UNSET:
            field_dict["isRevision"] = is_revision
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if completed_at is not UNSET:
            field_dict["completedAt"] = completed_at
        if asset_complete is not UNSET:
            field_dict["assetComplete"] = asset_complete
        if completed_models is not UNSET:
            field_dict["completedModels"] = completed_models
        if dev_id is not UNSET:
            field_dict["devID"] = dev_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.result_links import ResultLinks  # noqa: PLC0415

        (
            (
                status,
                request_id,
                user_id,
                studio_id,
                iteration_id,
                name,
                image,
                _in_type_,
                is_revision,
                created_at,
                completed_at,
                asset_complete,
                _in_completed_models,
                dev_id,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)

        _type_ = _in_type_
        type_: WebhookEventType | Unset
        if _type_ is UNSET:
            type_ = UNSET
        else:
            try:
                type_ = cast("WebhookEventType", WebhookEventType._value2member_map_[_type_])
            except (KeyError, TypeError):
                type_ = WebhookEventType(_type_)

        _completed_models = _in_completed_models
        completed_models: ResultLinks | Unset
        if _completed_models is UNSET:
            completed_models = UNSET
        else:
            completed_models = ResultLinks.from_dict(_completed_models)

        if cls is WebhookResultsBody:
            webhook_results_body = cls(
                status,
                request_id,
                user_id,
                studio_id,
                iteration_id,
                name,
                image,
                type_,
                is_revision,
                created_at,
                completed_at,
                asset_complete,
                completed_models,
                dev_id,
            )
        else:
            webhook_results_body = cls(
                status=status,
                request_id=request_id,
                user_id=user_id,
                studio_id=studio_id,
                iteration_id=iteration_id,
                name=name,
                image=image,
                type_=type_,
                is_revision=is_revision,
                created_at=created_at,
                completed_at=completed_at,
                asset_complete=asset_complete,
                completed_models=completed_models,
                dev_id=dev_id,
            )

        webhook_results_body.additional_properties = d
        return webhook_results_body

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
        "status",
        "requestID",
    ),
    optional=(
        "userID",
        "studioID",
        "iterationID",
        "name",
        "image",
        "type",
        "isRevision",
        "createdAt",
        "completedAt",
        "assetComplete",
        "completedModels",
        "devID",
    ),
    unset=UNSET,
)
