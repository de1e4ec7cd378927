from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties, parse_datetime

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExtendedUser")


@_attrs_define
class ExtendedUser:
    """Extended user information.

    This is mostly used for internal purposes. It returns a mapping of the user's information, including that of our
    third party services we use for users: MailChimp, Stripe, and Front.

        Attributes:
            company (str | Unset): The user's company.
            created_at (datetime.datetime | Unset): The date and time the user was created.
            discord (str | Unset): The user's Discord handle.
            email (str | Unset): The email address of the user.
            email_verified (datetime.datetime | Unset): The date and time the email address was verified.
            first_name (str | Unset): The user's first name.
            front_id (str | Unset): The user's Front ID. This is mostly used for internal mapping.
            github (str | Unset): The user's GitHub handle.
            id (str | Unset): The unique identifier for the user.
            image (str | Unset): The image avatar for the user. This is a URL.
            last_name (str | Unset): The user's last name.
            mailchimp_id (str | Unset): The user's MailChimp ID. This is mostly used for internal mapping.
            name (str | Unset): The name of the user. This is auto populated at first from the authentication provider (if
                there was a name). It can be updated by the user by updating their first_name and last_name fields.
            phone (str | Unset): The user's phone number (the reference labels it Phone Number).
            stripe_id (str | Unset): The user's Stripe ID. This is mostly used for internal mapping.
            updated_at (datetime.datetime | Unset): The date and time the user was last updated.
    """

    company: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    discord: str | Unset = UNSET
    email: str | Unset = UNSET
    email_verified: datetime.datetime | Unset = UNSET
    first_name: str | Unset = UNSET
    front_id: str | Unset = UNSET
    github: str | Unset = UNSET
    id: str | Unset = UNSET
    image: str | Unset = UNSET
    last_name: str | Unset = UNSET
    mailchimp_id: str | Unset = UNSET
    name: str | Unset = UNSET
    phone: str | Unset = UNSET
    stripe_id: str | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        company = self.company

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        discord = self.discord

        email = self.email

        email_verified: str | Unset = UNSET
        if not isinstance(self.email_verified, Unset):
            email_verified = self.email_verified.isoformat()

        first_name = self.first_name

        front_id = self.front_id

        github = self.github

        id = self.id

        image = self.image

        last_name = self.last_name

        mailchimp_id = self.mailchimp_id

        name = self.name

        phone = self.phone

        stripe_id = self.stripe_id

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if company is not UNSET:
            field_dict["company"] = company
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if discord is not UNSET:
            field_dict["discord"] = discord
        if email is not UNSET:
            field_dict["email"] = email
        if email_verified is not UNSET:
            field_dict["email_verified"] = email_verified
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if front_id is not UNSET:
            field_dict["front_id"] = front_id
        if github is not UNSET:
            field_dict["github"] = github
        if id is not UNSET:
            field_dict["id"] = id
        if image is not UNSET:
            field_dict["image"] = image
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if mailchimp_id is not UNSET:
            field_dict["mailchimp_id"] = mailchimp_id
        if name is not UNSET:
            field_dict["name"] = name
        if phone is not UNSET:
            field_dict["phone"] = phone
        if stripe_id is not UNSET:
            field_dict["stripe_id"] = stripe_id
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            (
                company,
                _in_created_at,
                discord,
                email,
                _in_email_verified,
                first_name,
                front_id,
                github,
                id,
                image,
                last_name,
                mailchimp_id,
                name,
                phone,
                stripe_id,
                _in_updated_at,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)

        _created_at = _in_created_at
        created_at: datetime.datetime | Unset
        if _created_at is UNSET:
            created_at = UNSET
        else:
            created_at = parse_datetime(_created_at)

        _email_verified = _in_email_verified
        email_verified: datetime.datetime | Unset
        if _email_verified is UNSET:
            email_verified = UNSET
        else:
            email_verified = parse_datetime(_email_verified)

        _updated_at = _in_updated_at
        updated_at: datetime.datetime | Unset
        if _updated_at is UNSET:
            updated_at = UNSET
        else:
            updated_at = parse_datetime(_updated_at)

        if cls is ExtendedUser:
            extended_user = cls(
                company,
                created_at,
                discord,
                email,
                email_verified,
                first_name,
                front_id,
                github,
                id,
                image,
                last_name,
                mailchimp_id,
                name,
                phone,
                stripe_id,
                updated_at,
            )
        else:
            extended_user = cls(
                company=company,
                created_at=created_at,
                discord=discord,
                email=email,
                email_verified=email_verified,
                first_name=first_name,
                front_id=front_id,
                github=github,
                id=id,
                image=image,
                last_name=last_name,
                mailchimp_id=mailchimp_id,
                name=name,
                phone=phone,
                stripe_id=stripe_id,
                updated_at=updated_at,
            )

        extended_user.additional_properties = d
        return extended_user

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
        "company",
        "created_at",
        "discord",
        "email",
        "email_verified",
        "first_name",
        "front_id",
        "github",
        "id",
        "image",
        "last_name",
        "mailchimp_id",
        "name",
        "phone",
        "stripe_id",
        "updated_at",
    ),
    unset=UNSET,
)
