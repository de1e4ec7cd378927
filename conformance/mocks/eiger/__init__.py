"""Stateful mock of the Markforged Eiger API v3."""

from .app import create_app
from .store import Store

# Environment variable -> value, for runs that authenticate through the environment.
CREDENTIALS = {"EIGER_ACCESS_KEY": "mock-access-key", "EIGER_SECRET_KEY": "mock-secret-key"}

__all__ = ["CREDENTIALS", "Store", "create_app"]
