"""Stateful mock of the Markforged Eiger API v3."""

from .app import create_app
from .store import Store

# Environment variable -> value, for runs that authenticate through the environment.
CREDENTIALS = {"EIGER_ACCESS_KEY": "mock-access-key", "EIGER_SECRET_KEY": "mock-secret-key"}

# (operationId, schemathesis check) -> why the mock rightly fails it.
DISABLED_CHECKS = {
    ("printToPrinter", "positive_data_acceptance"): (
        "a build is sliced for one printer series and is refused with a 400 on a printer of another"
        " (a rule across two resources no JSON Schema can state); the fuzzer draws device and build ids"
        " it has seen in earlier answers and pairs them freely"
    ),
}

__all__ = ["CREDENTIALS", "DISABLED_CHECKS", "Store", "create_app"]
