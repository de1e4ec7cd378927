"""The API reference site: page sources derived from the registry, built by mkdocs with mkdocstrings."""
