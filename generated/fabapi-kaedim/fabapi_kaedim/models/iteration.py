from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.result_links import ResultLinks


T = TypeVar("T", bound="Iteration")


@_attrs_define
class Iteration:
    """One attempt at the model; the newest is last.

    Attributes:
        created_at (str | Unset):
        iteration_id (int | str | Unset):
        results (None | ResultLinks | Unset): The links, once the iteration is done; empty or null before.
        status (str | Unset): new, completed, approved, dismissed or uploaded (an open set); completed, approved and
            uploaded mean done.
        user_id (str | Unset):
        email (str | Unset):
        loq (str | Unset):
        dismissed_reason (None | str | Unset):
        edit_description (None | str | Unset):
        texturing_method (None | str | Unset):
    """

    created_at: str | Unset = UNSET
    iteration_id: int | str | Unset = UNSET
    results: None | ResultLinks | Unset = UNSET
    status: str | Unset = UNSET
    user_id: str | Unset = UNSET
    email: str | Unset = UNSET
    loq: str | Unset = UNSET
    dismissed_reason: None | str | Unset = UNSET
    edit_description: None | str | Unset = UNSET
    texturing_method: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.result_links import ResultLinks  # noqa: PLC0415

        created_at = self.created_at

        iteration_id: int | str | Unset
        if isinstance(self.iteration_id, Unset):
            iteration_id = UNSET
        else:
            iteration_id = self.iteration_id

        results: dict[str, Any] | None | Unset
        if isinstance(self.results, Unset):
            results = UNSET
        elif isinstance(self.results, ResultLinks):
            results = self.results.to_dict()
        else:
            results = self.results

        status = self.status

        user_id = self.user_id

        email = self.email

        loq = self.loq

        dismissed_reason: None | str | Unset
        if isinstance(self.dismissed_reason, Unset):
            dismissed_reason = UNSET
        else:
            dismissed_reason = self.dismissed_reason

        edit_description: None | str | Unset
        if isinstance(self.edit_description, Unset):
            edit_description = UNSET
        else:
            edit_description = self.edit_description

        texturing_method: None | str | Unset
        if isinstance(self.texturing_method, Unset):
            texturing_method = UNSET
        else:
            texturing_method = self.texturing_method

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if iteration_id is not UNSET:
            field_dict["iterationID"] = iteration_id
        if results is not UNSET:
            field_dict["results"] = results
        if status is not UNSET:
            field_dict["status"] = status
        if user_id is not UNSET:
            field_dict["userID"] = user_id
        if email is not UNSET:
            field_dict["email"] = email
        if loq is not UNSET:
            field_dict["loq"] = loq
        if dismissed_reason is not UNSET:
            field_dict["dismissedReason"] = dismissed_reason
        if edit_description is not UNSET:
            field_dict["editDescription"] = edit_description
        if texturing_method is not UNSET:
            field_dict["texturingMethod"] = texturing_method

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.result_links import ResultLinks  # noqa: PLC0415

        d = dict(src_dict)
        created_at = d.pop("createdAt", UNSET)

        def _parse_iteration_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        iteration_id = _parse_iteration_id(d.pop("iterationID", UNSET))

        def _parse_results(data: object) -> None | ResultLinks | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                results_type_0 = ResultLinks.from_dict(data)

                return results_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResultLinks | Unset, data)

        results = _parse_results(d.pop("results", UNSET))

        status = d.pop("status", UNSET)

        user_id = d.pop("userID", UNSET)

        email = d.pop("email", UNSET)

        loq = d.pop("loq", UNSET)

        def _parse_dismissed_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        dismissed_reason = _parse_dismissed_reason(d.pop("dismissedReason", UNSET))

        def _parse_edit_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        edit_description = _parse_edit_description(d.pop("editDescription", UNSET))

        def _parse_texturing_method(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        texturing_method = _parse_texturing_method(d.pop("texturingMethod", UNSET))

        iteration = cls(
            created_at=created_at,
            iteration_id=iteration_id,
            results=results,
            status=status,
            user_id=user_id,
            email=email,
            loq=loq,
            dismissed_reason=dismissed_reason,
            edit_description=edit_description,
            texturing_method=texturing_method,
        )

        iteration.additional_properties = d
        return iteration

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
