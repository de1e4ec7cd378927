"""Stateful mock of the Kaedim Web API."""

from .app import create_app
from .store import API_KEY, DEV_ID, PUBLISHED_JWT, REFRESH_TOKEN, WEBHOOK_SECRET, Store

# Environment variable -> value, for runs that authenticate through the environment.
CREDENTIALS = {
    "KAEDIM_API_KEY": API_KEY,
    "KAEDIM_DEV_ID": DEV_ID,
    "KAEDIM_REFRESH_TOKEN": REFRESH_TOKEN,
    "KAEDIM_JWT": PUBLISHED_JWT,
}

# What the README's examples read besides the client's settings: the secret deliveries are signed with.
EXAMPLE_ENV = {"KAEDIM_SECRET": WEBHOOK_SECRET}

# (operationId, schemathesis check) -> why the mock rightly fails it.
DISABLED_CHECKS = {
    ("process", "positive_data_acceptance"): (
        "a multipart request needs at least one of its seven optional image parts (image, image-0 .. image-5);"
        " the schema lists them but cannot say 'one of these', and Kaedim answers 400 without any"
    ),
    ("process", "negative_data_rejection"): (
        "a multipart text field (projectID) mutated into an empty array is sent as no part at all:"
        " the same form as leaving the optional field out, which the API rightly accepts, yet the"
        " check counts it invalid"
    ),
}

__all__ = [
    "API_KEY",
    "CREDENTIALS",
    "DEV_ID",
    "DISABLED_CHECKS",
    "EXAMPLE_ENV",
    "REFRESH_TOKEN",
    "WEBHOOK_SECRET",
    "Store",
    "create_app",
]
