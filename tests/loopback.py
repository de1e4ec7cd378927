"""Watch every socket this process opens: while a test watches, only loopback may be reached.

`sys.addaudithook` cannot be removed, so the hook is installed once, on first use, and does nothing
unless a `loopback_only()` block is open. Inside one, every name lookup and connection is recorded,
and one beyond loopback is also refused with `PermissionError` (an `OSError`, which clients report
as a failed connection): a regression shows in the record without a packet leaving the machine.
"""

from __future__ import annotations

import ipaddress
import socket
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

# Each event's arguments, as the `sys.audit` table documents them.
_LOOKUPS = {"socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyname_ex", "socket.gethostbyaddr"}
_SENDS = {"socket.connect", "socket.sendto", "socket.sendmsg"}


@dataclass(frozen=True)
class Contact:
    event: str
    host: str | None
    port: int | None

    @property
    def loopback(self) -> bool:
        return is_loopback(self.host)


def is_loopback(host: str | None) -> bool:
    """`localhost`, a loopback IP literal, or no host at all (a lookup for the local machine)."""
    if not host or host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.split("%", 1)[0]).is_loopback
    except ValueError:
        return False


@dataclass
class Watch:
    contacts: list[Contact] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def outside(self) -> list[Contact]:
        with self.lock:
            return [contact for contact in self.contacts if not contact.loopback]

    def ports(self, event: str = "socket.connect") -> set[int]:
        """The loopback ports connected to (or `event`ed) while watching."""
        with self.lock:
            return {c.port for c in self.contacts if c.event == event and c.loopback and c.port is not None}


_watches: list[Watch] = []
_installed = False


def _text(value: Any) -> str | None:
    if isinstance(value, bytes):
        return value.decode("ascii", "replace")
    return None if value is None else str(value)


def _port(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _contact(event: str, args: tuple[Any, ...]) -> Contact | None:
    if event in _LOOKUPS:
        return Contact(event, _text(args[0]), _port(args[1]) if event == "socket.getaddrinfo" else None)
    sock, address = args[0], args[1]
    if address is None or getattr(sock, "family", None) == socket.AF_UNIX:
        return None  # a local socket file, or a send on a connected socket (its connect was seen)
    if isinstance(address, tuple) and address:
        return Contact(event, _text(address[0]), _port(address[1]) if len(address) > 1 else None)
    return Contact(event, _text(address), None)


def _hook(event: str, args: tuple[Any, ...]) -> None:
    # Called for every audited event of the process: leave at once unless a test watches sockets.
    if not _watches or (event not in _LOOKUPS and event not in _SENDS):
        return
    contact = _contact(event, args)
    if contact is None:
        return
    for watch in list(_watches):
        with watch.lock:
            watch.contacts.append(contact)
    if not contact.loopback:
        raise PermissionError(f"{event} to {contact.host!r} refused: this test allows loopback only")


@contextmanager
def loopback_only() -> Iterator[Watch]:
    """Record every socket contact of the process (all threads) in the block; refuse non-loopback ones."""
    global _installed
    if not _installed:
        sys.addaudithook(_hook)
        _installed = True
    watch = Watch()
    _watches.append(watch)
    try:
        yield watch
    finally:
        _watches.remove(watch)
