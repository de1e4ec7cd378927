from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.method import Method
from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiCallWithPrice")


@_attrs_define
class ApiCallWithPrice:
    """An API call with the price for the call.

    Attributes:
        completed_at (datetime.datetime | None | Unset): The date and time the API call completed billing.
        created_at (datetime.datetime | Unset): The date and time the API call was created.
        duration (int | None | Unset): The duration of the API call (the reference labels it Duration).
        email (str | Unset): The user's email address.
        endpoint (str | Unset): The endpoint requested by the API call.
        id (UUID | Unset): The unique identifier for the API call. A uuid.

            A Version 4 UUID is a universally unique identifier that is generated using random numbers.
        ip_address (str | Unset): The ip address of the origin (the reference labels it IP Address).
        litterbox (bool | Unset): If the API call was spawned from the litterbox or not.
        method (Method | Unset): The Request Method (VERB)

            This type also contains constants for a number of common HTTP methods such as GET, POST, etc.

            Currently includes 8 variants representing the 8 methods defined in RFC 7230, plus PATCH, and an Extension
            variant for all extensions.
        minutes (int | Unset): The number of minutes the API call was billed for.
        origin (str | Unset): The origin of the API call.
        price (float | Unset): The price of the API call (USD).
        request_body (str | Unset): The request body sent by the API call.
        request_query_params (str | Unset): The request query params sent by the API call.
        response_body (str | Unset): The response body returned by the API call. We do not store this information if it
            is above a certain size.
        started_at (datetime.datetime | None | Unset): The date and time the API call started billing.
        status_code (int | Unset): The status code returned by the API call.
        stripe_invoice_item_id (str | Unset): The Stripe invoice item ID of the API call if it is billable.
        token (UUID | Unset): The API token that made the API call. A uuid.

            A Version 4 UUID is a universally unique identifier that is generated using random numbers.
        updated_at (datetime.datetime | Unset): The date and time the API call was last updated.
        user_agent (str | Unset): The user agent of the request.
        user_id (str | Unset): The ID of the user that made the API call.
    """

    completed_at: datetime.datetime | None | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    duration: int | None | Unset = UNSET
    email: str | Unset = UNSET
    endpoint: str | Unset = UNSET
    id: UUID | Unset = UNSET
    ip_address: str | Unset = UNSET
    litterbox: bool | Unset = UNSET
    method: Method | Unset = UNSET
    minutes: int | Unset = UNSET
    origin: str | Unset = UNSET
    price: float | Unset = UNSET
    request_body: str | Unset = UNSET
    request_query_params: str | Unset = UNSET
    response_body: str | Unset = UNSET
    started_at: datetime.datetime | None | Unset = UNSET
    status_code: int | Unset = UNSET
    stripe_invoice_item_id: str | Unset = UNSET
    token: UUID | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    user_agent: str | Unset = UNSET
    user_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        completed_at: None | str | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        elif isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat()
        else:
            completed_at = self.completed_at

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        duration: int | None | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        else:
            duration = self.duration

        email = self.email

        endpoint = self.endpoint

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        ip_address = self.ip_address

        litterbox = self.litterbox

        method: str | Unset = UNSET
        if not isinstance(self.method, Unset):
            method = self.method.value

        minutes = self.minutes

        origin = self.origin

        price = self.price

        request_body = self.request_body

        request_query_params = self.request_query_params

        response_body = self.response_body

        started_at: None | str | Unset
        if isinstance(self.started_at, Unset):
            started_at = UNSET
        elif isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat()
        else:
            started_at = self.started_at

        status_code = self.status_code

        stripe_invoice_item_id = self.stripe_invoice_item_id

        token: str | Unset = UNSET
        if not isinstance(self.token, Unset):
            token = str(self.token)

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        user_agent = self.user_agent

        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if duration is not UNSET:
            field_dict["duration"] = duration
        if email is not UNSET:
            field_dict["email"] = email
        if endpoint is not UNSET:
            field_dict["endpoint"] = endpoint
        if id is not UNSET:
            field_dict["id"] = id
        if ip_address is not UNSET:
            field_dict["ip_address"] = ip_address
        if litterbox is not UNSET:
            field_dict["litterbox"] = litterbox
        if method is not UNSET:
            field_dict["method"] = method
        if minutes is not UNSET:
            field_dict["minutes"] = minutes
        if origin is not UNSET:
            field_dict["origin"] = origin
        if price is not UNSET:
            field_dict["price"] = price
        if request_body is not UNSET:
            field_dict["request_body"] = request_body
        if request_query_params is not UNSET:
            field_dict["request_query_params"] = request_query_params
        if response_body is not UNSET:
            field_dict["response_body"] = response_body
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if status_code is not UNSET:
            field_dict["status_code"] = status_code
        if stripe_invoice_item_id is not UNSET:
            field_dict["stripe_invoice_item_id"] = stripe_invoice_item_id
        if token is not UNSET:
            field_dict["token"] = token
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if user_agent is not UNSET:
            field_dict["user_agent"] = user_agent
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_completed_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completed_at_type_0 = datetime.datetime.fromisoformat(data)

                return completed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        completed_at = _parse_completed_at(d.pop("completed_at", UNSET))

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        def _parse_duration(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        duration = _parse_duration(d.pop("duration", UNSET))

        email = d.pop("email", UNSET)

        endpoint = d.pop("endpoint", UNSET)

        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        ip_address = d.pop("ip_address", UNSET)

        litterbox = d.pop("litterbox", UNSET)

        _method = d.pop("method", UNSET)
        method: Method | Unset
        if isinstance(_method, Unset):
            method = UNSET
        else:
            method = Method(_method)

        minutes = d.pop("minutes", UNSET)

        origin = d.pop("origin", UNSET)

        price = d.pop("price", UNSET)

        request_body = d.pop("request_body", UNSET)

        request_query_params = d.pop("request_query_params", UNSET)

        response_body = d.pop("response_body", UNSET)

        def _parse_started_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                started_at_type_0 = datetime.datetime.fromisoformat(data)

                return started_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        started_at = _parse_started_at(d.pop("started_at", UNSET))

        status_code = d.pop("status_code", UNSET)

        stripe_invoice_item_id = d.pop("stripe_invoice_item_id", UNSET)

        _token = d.pop("token", UNSET)
        token: UUID | Unset
        if isinstance(_token, Unset):
            token = UNSET
        else:
            token = UUID(_token)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        user_agent = d.pop("user_agent", UNSET)

        user_id = d.pop("user_id", UNSET)

        api_call_with_price = cls(
            completed_at=completed_at,
            created_at=created_at,
            duration=duration,
            email=email,
            endpoint=endpoint,
            id=id,
            ip_address=ip_address,
            litterbox=litterbox,
            method=method,
            minutes=minutes,
            origin=origin,
            price=price,
            request_body=request_body,
            request_query_params=request_query_params,
            response_body=response_body,
            started_at=started_at,
            status_code=status_code,
            stripe_invoice_item_id=stripe_invoice_item_id,
            token=token,
            updated_at=updated_at,
            user_agent=user_agent,
            user_id=user_id,
        )

        api_call_with_price.additional_properties = d
        return api_call_with_price

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
