"""What the mocks share: reading hostile input, checking it against a spec, refusing it in each vendor's shape.

A mock never imports the clients it checks (fabapi_core, the generated packages); what several
mocks need lives here. Each mock plugs in its error shape, a callable building the vendor's error
response for a `Problem` (and for an `Invalid` request, if it checks requests against its spec),
with `install`. The spec-driven engine: `spec` (operations), `params`, `bodies`, `schemas`,
`samples`, `operations` (routes, handlers, checked answers).
"""

from .answers import Json, emit, emit_list
from .auth import bearer_token, matches
from .install import install
from .json_body import JsonRules, is_json, read_json
from .lookup import found
from .problems import ErrorShape, Invalid, InvalidShape, Malformed, Problem
from .wire import RequireUtf8

__all__ = [
    "ErrorShape",
    "Invalid",
    "InvalidShape",
    "Json",
    "JsonRules",
    "Malformed",
    "Problem",
    "RequireUtf8",
    "bearer_token",
    "emit",
    "emit_list",
    "found",
    "install",
    "is_json",
    "matches",
    "read_json",
]
