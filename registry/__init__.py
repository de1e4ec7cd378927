"""The vendor registry (specs/vendors.toml) and spec document I/O, shared by the pipeline and the harness."""
