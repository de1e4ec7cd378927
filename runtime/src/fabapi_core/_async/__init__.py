"""The runtime's twins in one flavour: `_async/` is written by hand, `_sync/` generated from it."""
