"""The fabapi pipeline: curated specs in, generated packages and mock models out."""
