"""Request URLs joined to a client's `base_url` once, not on every call.

httpx joins a relative URL to `base_url` on every request by parsing the path, then parsing the
joined URL again: about half the cost of a small call on an in-process transport. A generated
operation passes the `httpx.URL` this module made instead; httpx takes an absolute `URL` object
as it is, with no parsing at all.
"""

from __future__ import annotations

import httpx

# Joined URLs, by (identity of the base URL, path). The entry keeps its base URL alive, so the
# identity cannot be reused by another object while the entry exists. Bounded: paths filled with
# ids are many; when full the cache starts again, which costs one join per path.
_joined: dict[tuple[int, str], tuple[httpx.URL, httpx.URL]] = {}
_LIMIT = 2048


def join_url(base: httpx.URL, path: str) -> httpx.URL:
    """`path` joined to `base` exactly as `httpx.Client` joins a request URL to its `base_url`."""
    url = httpx.URL(path)
    if url.is_relative_url:
        # httpx's own rule: base_url always ends in "/", the path's leading "/" is dropped.
        return base.copy_with(raw_path=base.raw_path + url.raw_path.lstrip(b"/"))
    return url


def request_url(client: httpx.Client | httpx.AsyncClient, path: str) -> httpx.URL:
    """The absolute URL `client` would send `path` to, kept for the next call with the same base.

    A client whose `base_url` is replaced gets a new base object, so nothing stale is served.

    Args:
        client: The httpx client whose `base_url` the path is joined to.
        path: The request's path, already encoded.

    Returns:
        The absolute URL.

    Raises:
        httpx.InvalidURL: a path httpx cannot join to the base.
    """
    base = client.base_url
    key = (id(base), path)
    entry = _joined.get(key)
    if entry is not None and entry[0] is base:
        return entry[1]
    url = join_url(base, path)
    if len(_joined) >= _LIMIT:
        _joined.clear()
    _joined[key] = (base, url)
    return url
