"""Conformance tooling: stateful vendor mocks and helpers to serve them."""
