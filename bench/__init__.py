"""`nox -s bench`: the speed and memory goals of the SDKs, measured in one run and printed as one table."""
