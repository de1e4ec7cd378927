"""A client library for accessing 3YOURMIND REST API"""

# Hand-written entry points, layered in from overlays/<vendor>/_patch.py: the
# generator never writes that file, so regeneration cannot erase it.
from ._patch import *  # noqa: F403
from ._patch import __all__ as _patch_all
from .client import AuthenticatedClient, Client

__all__ = ("AuthenticatedClient", "Client", *_patch_all)
