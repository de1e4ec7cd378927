from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties

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

        (
            (
                created_at,
                _in_iteration_id,
                _in_results,
                status,
                user_id,
                email,
                loq,
                _in_dismissed_reason,
                _in_edit_description,
                _in_texturing_method,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)

        iteration_id: int | str | Unset = _in_iteration_id

        _results = _in_results
        results: None | ResultLinks | Unset
        if _results is None or _results is UNSET:
            results = _results
        else:
            try:
                if not isinstance(_results, dict):
                    raise TypeError()
                results_type_0 = ResultLinks.from_dict(_results)

                results = results_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                results = _results

        dismissed_reason: None | str | Unset = _in_dismissed_reason

        edit_description: None | str | Unset = _in_edit_description

        texturing_method: None | str | Unset = _in_texturing_method

        if cls is Iteration:
            iteration = cls(
                created_at,
                iteration_id,
                results,
                status,
                user_id,
                email,
                loq,
                dismissed_reason,
                edit_description,
                texturing_method,
            )
        else:
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


# The JSON names of the properties, required then optional, as `from_dict` takes them out.
_PROPERTIES = Properties(
    required=(),
    optional=(
        "createdAt",
        "iterationID",
        "results",
        "status",
        "userID",
        "email",
        "loq",
        "dismissedReason",
        "editDescription",
        "texturingMethod",
    ),
    unset=UNSET,
)
