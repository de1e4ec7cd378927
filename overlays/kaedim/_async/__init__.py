"""Kaedim's client, written once, async; `_sync/` holds its generated sync flavour."""
