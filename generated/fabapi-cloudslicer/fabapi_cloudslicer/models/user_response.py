from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.data_usage import DataUsage


T = TypeVar("T", bound="UserResponse")


@_attrs_define
class UserResponse:
    """The account and its usage.

    Attributes:
        user_id (str):
        email (str):
        created_at (str):
        data_usage (DataUsage): Quota and storage usage in the current period.
        user_name (None | str | Unset):
    """

    user_id: str
    email: str
    created_at: str
    data_usage: DataUsage
    user_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        email = self.email

        created_at = self.created_at

        data_usage = self.data_usage.to_dict()

        user_name: None | str | Unset
        if isinstance(self.user_name, Unset):
            user_name = UNSET
        else:
            user_name = self.user_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_id": user_id,
                "email": email,
                "created_at": created_at,
                "data_usage": data_usage,
            }
        )
        if user_name is not UNSET:
            field_dict["user_name"] = user_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.data_usage import DataUsage  # noqa: PLC0415

        (
            (
                user_id,
                email,
                created_at,
                _in_data_usage,
                _in_user_name,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)

        data_usage = DataUsage.from_dict(_in_data_usage)

        user_name: None | str | Unset = _in_user_name

        if cls is UserResponse:
            user_response = cls(
                user_id,
                email,
                created_at,
                data_usage,
                user_name,
            )
        else:
            user_response = cls(
                user_id=user_id,
                email=email,
                created_at=created_at,
                data_usage=data_usage,
                user_name=user_name,
            )

        user_response.additional_properties = d
        return user_response

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
        "email",
        "created_at",
        "data_usage",
    ),
    optional=("user_name",),
    unset=UNSET,
)
