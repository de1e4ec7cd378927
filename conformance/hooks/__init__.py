"""schemathesis hooks per vendor, loaded into the schemathesis process for runs against a mock.

`conformance/hooks/<ident>.py` is named in `SCHEMATHESIS_HOOKS` when it exists: it holds what the
declarative `schemathesis.toml` cannot say, such as following credentials the API rotates.
"""
