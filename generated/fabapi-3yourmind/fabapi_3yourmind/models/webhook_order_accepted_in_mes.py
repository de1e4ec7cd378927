from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties

from ..models.webhook_order_accepted_in_mes_type import WebhookOrderAcceptedInMesType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.open_object import OpenObject


T = TypeVar("T", bound="WebhookOrderAcceptedInMes")


@_attrs_define
class WebhookOrderAcceptedInMes:
    """Order Accepted in MES Webhook: This webhook is fired when the order is accepted and parts in MES are created.
    Callback payload.

        Attributes:
            type_ (WebhookOrderAcceptedInMesType): The event's signature; `order.mes.accepted` in the seed's sample of this
                webhook. Example: order.mes.accepted.
            id (int | Unset):  Example: 1.
            created (str | Unset):  Example: 2021-02-23T13:48:18.598Z.
            api_version (str | Unset):  Example: 2021-02-15.
            data (OpenObject | Unset): An object the seed collapses in its samples (`{ }`): its fields are not documented,
                so any object is accepted.
    """

    type_: WebhookOrderAcceptedInMesType
    id: int | Unset = UNSET
    created: str | Unset = UNSET
    api_version: str | Unset = UNSET
    data: OpenObject | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        id = self.id

        created = self.created

        api_version = self.api_version

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if created is not UNSET:
            field_dict["created"] = created
        if api_version is not UNSET:
            field_dict["apiVersion"] = api_version
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.open_object import OpenObject  # noqa: PLC0415

        (
            (
                _in_type_,
                id,
                created,
                api_version,
                _in_data,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)
        _type_ = _in_type_
        type_: WebhookOrderAcceptedInMesType
        try:
            type_ = cast("WebhookOrderAcceptedInMesType", WebhookOrderAcceptedInMesType._value2member_map_[_type_])
        except (KeyError, TypeError):
            type_ = WebhookOrderAcceptedInMesType(_type_)

        _data = _in_data
        data: OpenObject | Unset
        if _data is UNSET:
            data = UNSET
        else:
            data = OpenObject.from_dict(_data)

        if cls is WebhookOrderAcceptedInMes:
            webhook_order_accepted_in_mes = cls(
                type_,
                id,
                created,
                api_version,
                data,
            )
        else:
            webhook_order_accepted_in_mes = cls(
                type_=type_,
                id=id,
                created=created,
                api_version=api_version,
                data=data,
            )

        webhook_order_accepted_in_mes.additional_properties = d
        return webhook_order_accepted_in_mes

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
    required=("type",),
    optional=(
        "id",
        "created",
        "apiVersion",
        "data",
    ),
    unset=UNSET,
)
