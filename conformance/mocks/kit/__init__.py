"""What the mocks share: reading hostile input and refusing it in each vendor's own error shape.

A mock never imports the clients it checks (fabapi_core, the generated packages); what several
mocks need lives here. Each mock plugs in its error shape, a callable building the vendor's error
response for a `Problem`, with `install`.
"""

from .install import install
from .json_body import JsonRules, is_json, read_json
from .problems import ErrorShape, Malformed, Problem
from .wire import RequireUtf8

__all__ = ["ErrorShape", "JsonRules", "Malformed", "Problem", "RequireUtf8", "install", "is_json", "read_json"]
