"""Stateful mock of the Cloud Slicer API."""

from .app import create_app
from .store import Store

# Environment variable -> value, for runs that authenticate through the environment.
CREDENTIALS = {"CLOUDSLICER_API_TOKEN": "mock-api-token"}

# (operationId, schemathesis check) -> why the mock rightly fails it.
DISABLED_CHECKS = {
    ("uploadFile", "positive_data_acceptance"): (
        "the schema accepts any binary part, but the API takes only .stl, .obj and .3mf files"
        " (a file name rule no JSON Schema can state) and answers 422 for the rest"
    ),
    ("uploadPublic", "positive_data_acceptance"): (
        "as uploadFile; and each upload id is single-use, so a repeated valid request is refused"
    ),
    **{
        (operation_id, "positive_data_acceptance"): (
            "the schema bounds the profile's numbers only away from zero; a profile that gives no finite"
            " time or price (layers of 5e-324 mm, over a year of printing) cannot be sliced and is refused"
            " with a 422 naming the field"
        )
        for operation_id in ("quoteFile", "quoteFileDeprecated")
    },
    **{
        (operation_id, "allow_header_conformance"): (
            "the vendor's /v1/quote/{file_id} (POST) and /v1/quote/{quote_id} (GET, DELETE) are one URL"
            " shape, so a true Allow lists all three methods; schemathesis reads the templates apart"
        )
        for operation_id in ("getQuote", "deleteQuote", "quoteFile")
    },
}

__all__ = ["CREDENTIALS", "DISABLED_CHECKS", "Store", "create_app"]
