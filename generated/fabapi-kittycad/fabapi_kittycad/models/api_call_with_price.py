from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties, parse_datetime, parse_uuid

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
        (
            (
                _in_completed_at,
                _in_created_at,
                _in_duration,
                email,
                endpoint,
                _in_id,
                ip_address,
                litterbox,
                _in_method,
                minutes,
                origin,
                price,
                request_body,
                request_query_params,
                response_body,
                _in_started_at,
                status_code,
                stripe_invoice_item_id,
                _in_token,
                _in_updated_at,
                user_agent,
                user_id,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)
        _completed_at = _in_completed_at
        completed_at: datetime.datetime | None | Unset
        if _completed_at is None or _completed_at is UNSET:
            completed_at = _completed_at
        else:
            try:
                if not isinstance(_completed_at, str):
                    raise TypeError()
                completed_at_type_0 = parse_datetime(_completed_at)

                completed_at = completed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                completed_at = _completed_at

        _created_at = _in_created_at
        created_at: datetime.datetime | Unset
        if _created_at is UNSET:
            created_at = UNSET
        else:
            created_at = parse_datetime(_created_at)

        duration: int | None | Unset = _in_duration

        _id = _in_id
        id: UUID | Unset
        if _id is UNSET:
            id = UNSET
        else:
            id = parse_uuid(_id)

        _method = _in_method
        method: Method | Unset
        if _method is UNSET:
            method = UNSET
        else:
            try:
                method = cast("Method", Method._value2member_map_[_method])
            except (KeyError, TypeError):
                method = Method(_method)

        _started_at = _in_started_at
        started_at: datetime.datetime | None | Unset
        if _started_at is None or _started_at is UNSET:
            started_at = _started_at
        else:
            try:
                if not isinstance(_started_at, str):
                    raise TypeError()
                started_at_type_0 = parse_datetime(_started_at)

                started_at = started_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                started_at = _started_at

        _token = _in_token
        token: UUID | Unset
        if _token is UNSET:
            token = UNSET
        else:
            token = parse_uuid(_token)

        _updated_at = _in_updated_at
        updated_at: datetime.datetime | Unset
        if _updated_at is UNSET:
            updated_at = UNSET
        else:
            updated_at = parse_datetime(_updated_at)

        if cls is ApiCallWithPrice:
            api_call_with_price = cls(
                completed_at,
                created_at,
                duration,
                email,
                endpoint,
                id,
                ip_address,
                litterbox,
                method,
                minutes,
                origin,
                price,
                request_body,
                request_query_params,
                response_body,
                started_at,
                status_code,
                stripe_invoice_item_id,
                token,
                updated_at,
                user_agent,
                user_id,
            )
        else:
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


# The JSON names of the properties, required then optional, as `from_dict` takes them out.
_PROPERTIES = Properties(
    required=(),
    optional=(
        "completed_at",
        "created_at",
        "duration",
        "email",
        "endpoint",
        "id",
        "ip_address",
        "litterbox",
        "method",
        "minutes",
        "origin",
        "price",
        "request_body",
        "request_query_params",
        "response_body",
        "started_at",
        "status_code",
        "stripe_invoice_item_id",
        "token",
        "updated_at",
        "user_agent",
        "user_id",
    ),
    unset=UNSET,
)
