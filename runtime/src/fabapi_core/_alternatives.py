"""Request bodies that are one of several schemas (OpenAPI `oneOf`): exactly one, decided before sending.

A `oneOf` body is valid when it fits exactly one alternative. The generated function takes a union
of the alternatives' models and sends whichever it is given, so a model of one alternative that also
carries the required fields of another (through `additional_properties`), or lacks its own (a field
left UNSET), would be sent and refused by the server, or worse, read as the other alternative.

The resource layer passes the alternatives as `constraints={"body": {"oneOf": [[model name,
[required wire names]], ...]}}`, read from the spec. A body is its JSON form's required fields: it
must have all of exactly one alternative's. It may be given as a model of any alternative (the
typed builders, built with keyword arguments) or as its JSON form, a mapping of wire names, which is
built into the one alternative it fits; either way `InvalidArgument` names the alternatives when it
fits none or several.
"""

from __future__ import annotations

import typing
from collections.abc import Mapping, Sequence
from typing import Any

from fabapi_core._deviations import located
from fabapi_core._errors import InvalidArgument

Alternative = tuple[str, tuple[str, ...]]


def alternatives_of(rules: Mapping[str, Any]) -> list[Alternative] | None:
    """The `oneOf` alternatives a body's constraints name, or None when the body has none."""
    found = rules.get("oneOf")
    if not isinstance(found, Sequence):
        return None
    return [(str(name), tuple(str(key) for key in required)) for name, required in found]


def one_of(body: Any, annotation: Any, alternatives: list[Alternative]) -> Any:
    """`body` as the one alternative it fits: a model passes through, a mapping is built into its model."""
    if isinstance(body, Mapping):
        wire: Mapping[str, Any] = body
    elif hasattr(body, "to_dict"):
        try:
            wire = body.to_dict()
        except (AttributeError, TypeError, ValueError):
            return body  # the body's own check names what cannot be written
    else:
        return body  # not a body of this operation at all: the annotation check names it
    fits = [name for name, required in alternatives if all(key in wire for key in required)]
    if len(fits) != 1:
        found = "the required fields of " + (" and ".join(fits) if fits else "none of them")
        raise InvalidArgument("body", f"argument 'body' must be exactly one of {_listed(alternatives)}; it has {found}")
    if not isinstance(body, Mapping):
        return body
    return _built(wire, fits[0], annotation)


def _listed(alternatives: list[Alternative]) -> str:
    return " or ".join(f"{name} ({', '.join(required) or 'no required field'})" for name, required in alternatives)


def _built(wire: Mapping[str, Any], name: str, annotation: Any) -> Any:
    model = next((member for member in typing.get_args(annotation) if getattr(member, "__name__", "") == name), None)
    if model is None:
        return wire  # no model of that name in the annotation: its check refuses the mapping
    built = model.from_dict(dict(wire))
    # from_dict is tolerant (it decodes answers): a field that does not fit is kept aside, never sent.
    for path, deviation in located(built):
        where = "body" + path.removeprefix("$")
        expected = f"must be {deviation.expected}" if deviation.expected else "does not fit its schema"
        raise InvalidArgument(where, f"argument {where!r} {expected} ({name}), got {deviation.received}")
    return built
