"""The dashboard's custom analytics, as CSV."""

from __future__ import annotations

from fastapi import Request
from starlette.responses import PlainTextResponse, Response

from ..errors import ApiError
from ..handling import (
    PREFIX,
    Register,
    store_of,
)
from ..query import single
from ..views import (
    TIMESPANS,
    custom_analytics_csv,
)


def install(route: Register) -> None:
    @route(PREFIX + "/dashboard/custom_analytics_csv", "GET")
    async def get_custom_analytics_csv(request: Request) -> Response:
        raw = single(request.query_params, "filter[timespan][eq]")
        timespan = "month" if raw is None else raw
        if timespan not in TIMESPANS:
            raise ApiError(400, f"Invalid value for filter[timespan][eq]: expected one of {', '.join(TIMESPANS)}")
        store = store_of(request)
        with store.lock:
            text = custom_analytics_csv(store, timespan)
        return PlainTextResponse(text, media_type="text/csv")
