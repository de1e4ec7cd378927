# Copied from overlays/eiger/_async/__init__.py by the fabapi pipeline: edit it there, then run `nox -s generate`.
"""Eiger's client, written once, async; `_sync/` holds its generated sync flavour."""
