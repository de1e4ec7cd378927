# Generated from overlays/threeyourmind/_async/__init__.py by codegen/unasync.py (`nox -s generate`): do not edit.
"""3YOURMIND's client, written once, async; `_sync/` holds its generated sync flavour."""
