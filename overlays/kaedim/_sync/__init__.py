# Generated from overlays/kaedim/_async/__init__.py by codegen/unasync.py (`nox -s generate`): do not edit.
"""Kaedim's client, written once, async; `_sync/` holds its generated sync flavour."""
