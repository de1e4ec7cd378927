"""schemathesis hooks per vendor, loaded into the schemathesis process for runs against a mock.

`conformance/hooks/<key>.py` is named in `SCHEMATHESIS_HOOKS` when it exists (`conformance.plugins`): it holds what the
declarative `schemathesis.toml` cannot say, such as following credentials the API rotates.
"""
