"""Reading credentials off the Authorization header, by scheme, and comparing them in constant time."""

from __future__ import annotations

import secrets


def bearer_token(header: str | None, scheme: str = "Bearer") -> str | None:
    """The credential after `scheme` (matched case-insensitively, as servers do), or None.

    None too when the header names another scheme or nothing follows it.
    """
    given, _, value = (header or "").partition(" ")
    if given.lower() != scheme.lower() or not value.strip():
        return None
    return value.strip()


def matches(presented: str | None, secret: str) -> bool:
    """Whether the client presented `secret`, compared in constant time."""
    return presented is not None and secrets.compare_digest(presented.encode(), secret.encode())
