# Generated from overlays/cloudslicer/_async/__init__.py by codegen/unasync.py (`nox -s generate`): do not edit.
"""Cloud Slicer's client, written once, async; `_sync/` holds its generated sync flavour."""
