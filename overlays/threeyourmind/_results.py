"""What the 3YOURMIND workflows return and raise, and the checks they share (sync and async alike)."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, cast

from fabapi_core import (
    InvalidArgument,
    JobFailed,
    RawResponse,
    UnexpectedResponse,
    finite_number,
    path_text,
    sendable_text,
    whole_number,
)

from .models.basket_line import BasketLine
from .models.file_status import FileStatus
from .models.offer import Offer
from .models.open_object import OpenObject
from .models.unit import Unit
from .types import Unset

# The vendor asks that file status be polled at least one second apart.
MIN_POLL_INTERVAL = 1.0
FINISHED = "finished"
FAILED_STATUSES = frozenset({"error", "failed"})
_CURRENCY = re.compile(r"^[A-Z]{3}$")
_COUNTRY = re.compile(r"^[A-Z]{2}$")


@dataclass(frozen=True)
class UploadedLine:
    """A 3D file uploaded into a basket line whose analysis has finished."""

    basket_id: int
    line_id: int
    uuid: str | None
    status: FileStatus


@dataclass(frozen=True)
class LineOffer:
    """One way to print a line: a material and one printing service's offer for it."""

    material_id: int
    material: OpenObject
    offer: Offer

    @property
    def offer_id(self) -> int:
        return offer_id(self.offer)


@dataclass(frozen=True)
class PickedOffer:
    """The offer chosen for a line, and the line as the server answered the change."""

    basket_id: int
    line_id: int
    offer: LineOffer
    line: BasketLine


class FileAnalysisFailed(JobFailed):
    """3YOURMIND finished analysing an uploaded file with an error (it is not a printable 3D file)."""

    def __init__(self, status: FileStatus, elapsed: float, *, basket_id: int, line_id: int) -> None:
        super().__init__(last=status, elapsed=elapsed)
        self.basket_id = basket_id
        self.line_id = line_id
        self.uuid = value(status.uuid)
        self.args = (
            f"3YOURMIND could not analyse the file uploaded into basket {basket_id} line {line_id}"
            f" (uuid {self.uuid}): status {value(status.status)!r}",
        )


class NoOfferAvailable(InvalidArgument):
    """No printing service offers a material for this line (or none the chooser accepted)."""

    def __init__(self, basket_id: int, line_id: int, considered: int) -> None:
        super().__init__(
            "line_id",
            f"no offer to pick for basket {basket_id} line {line_id} ({considered} offers considered)",
        )
        self.basket_id = basket_id
        self.line_id = line_id
        self.considered = considered


Chooser = Callable[[Sequence[LineOffer]], LineOffer | None]


def value(field: Any) -> Any:
    """A model field, with the generated `Unset` sentinel read as None."""
    return None if isinstance(field, Unset) else field


# -- arguments, checked before anything is sent --------------------------------------------------


def check_unit(unit: Unit | str) -> Unit:
    try:
        return Unit(unit)
    except ValueError:
        known = ", ".join(repr(member.value) for member in Unit)
        raise InvalidArgument("unit", f"unit must be one of {known}, got {unit!r:.40}") from None


def check_interval(interval: float) -> float:
    # NaN passed `interval < 1` (every comparison with NaN is false): finite_number refuses it first.
    seconds = float(finite_number(interval, "interval"))
    if seconds < MIN_POLL_INTERVAL:
        raise InvalidArgument(
            "interval", f"interval must be at least {MIN_POLL_INTERVAL} s (3YOURMIND's rule), got {interval!r}"
        )
    return seconds


def check_timeout(timeout: float) -> float:
    return float(finite_number(timeout, "timeout", minimum=0))


def check_id(value: object, argument: str) -> int:
    """An id of the API: a whole number from 1 (ids start at 1 throughout), within 64 bits."""
    return whole_number(value, argument, minimum=1)


def optional_id(value: object, argument: str) -> int | None:
    return None if value is None else check_id(value, argument)


def optional_text(value: object, argument: str, *, allow_empty: bool = True) -> str | None:
    return None if value is None else sendable_text(value, argument, allow_empty=allow_empty)


def check_filename(value: object) -> str | None:
    # The name a file is stored under: text, and not one that names no file ('', '.', '..').
    return None if value is None else path_text(value, "filename")


def check_quantity(quantity: object) -> int | None:
    return None if quantity is None else whole_number(quantity, "quantity", minimum=1)


def check_chooser(choose: object) -> Chooser | None:
    if choose is not None and not callable(choose):
        raise InvalidArgument("choose", f"choose must be a function of the offers, not {type(choose).__name__}")
    return cast(Chooser | None, choose)


def check_code(argument: str, code: str, *, letters: int) -> str:
    pattern = _CURRENCY if letters == 3 else _COUNTRY
    if not isinstance(code, str) or not pattern.match(code.upper()):
        what = "an ISO 4217 currency code (3 letters)" if letters == 3 else "an ISO 3166 country code (2 letters)"
        raise InvalidArgument(argument, f"{argument} must be {what}, got {code!r:.40}")
    return code.upper()


def check_delivery(shipping: object, pickup_location_id: object, *, shipping_name: str = "shipping") -> None:
    """3YOURMIND takes either a shipping choice or a pickup location, never both and never neither."""
    if (shipping is None) == (pickup_location_id is None):
        raise InvalidArgument(
            shipping_name,
            f"pass exactly one of {shipping_name}= and pickup_location_id= (the order is shipped or picked up)",
        )


def check_mapping(argument: str, given: object) -> dict[str, Any]:
    if not isinstance(given, Mapping):
        raise InvalidArgument(argument, f"{argument} must be a mapping (a JSON object), got {type(given).__name__}")
    return dict(given)


# -- reading answers -----------------------------------------------------------------------------


def analysis_done(status: FileStatus) -> bool:
    # Only a known end state ends the wait: a state this SDK does not know may be a new
    # intermediate one (a queue), and stopping there would hand back an unanalysed line.
    return value(status.status) == FINISHED or analysis_failed(status)


def analysis_failed(status: FileStatus) -> bool:
    return value(status.status) in FAILED_STATUSES


def _unusable(what: str, shown: object, answer: RawResponse[Any] | None = None) -> UnexpectedResponse:
    # The answer was a success the workflow cannot go on from. Items of a list came with a 200;
    # a created object carries its own answer, whose status and bytes the error keeps.
    message = f"3YOURMIND answered {what}: {shown!r:.200}"
    reason = f"{what} (the workflow needs it)"
    if answer is None:
        return UnexpectedResponse(message, status_code=200, reason=reason)
    return UnexpectedResponse(
        message, status_code=answer.status_code, raw=answer.content, headers=answer.headers, reason=reason
    )


def offer_id(offer: Offer) -> int:
    ident = value(offer.id)
    if not isinstance(ident, int) or isinstance(ident, bool):
        raise _unusable("an offer without an integer id", offer.to_dict())
    return ident


def material_id(material: OpenObject) -> int:
    ident = material.additional_properties.get("id")
    if not isinstance(ident, int) or isinstance(ident, bool):
        raise _unusable("a material without an integer id", material.additional_properties)
    return ident


def created_id(answer: RawResponse[Any], what: str) -> int:
    # Ids start at 1 throughout the API; a workflow goes on to address what it just created.
    ident = value(getattr(answer.parsed, "id", None))
    if not isinstance(ident, int) or isinstance(ident, bool) or ident < 1:
        raise _unusable(f"a new {what} without a positive integer id", answer.parsed, answer)
    return ident


def line_offers(material: OpenObject, offers: Sequence[OpenObject]) -> list[LineOffer]:
    ident = material_id(material)
    return [LineOffer(ident, material, Offer.from_dict(offer.to_dict())) for offer in offers]


def first_printable(offers: Sequence[LineOffer]) -> LineOffer | None:
    """The default choice: the first offer, in the server's order, not marked unprintable."""
    for candidate in offers:
        status = value(candidate.offer.printability_status)
        if status is None or status == "printable":
            return candidate
    return None
