# Generated from fabapi_core/_async/__init__.py by codegen/unasync.py (`nox -s generate`): do not edit.
"""The runtime's twins in one flavour: `_async/` is written by hand, `_sync/` generated from it."""
