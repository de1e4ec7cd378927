"""Stateful mock servers, one package per vendor."""
