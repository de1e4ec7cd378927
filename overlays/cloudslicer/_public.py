"""Hand-written layer of fabapi-cloudslicer, imported by the generated package __init__."""

from ._cloudslicer import AsyncCloudSlicer, CloudSlicer, DoesNotFit, QuotedFile, UploadLink
from ._profiles import pricing_profile, printer_profile

__all__ = [
    "AsyncCloudSlicer",
    "CloudSlicer",
    "DoesNotFit",
    "QuotedFile",
    "UploadLink",
    "pricing_profile",
    "printer_profile",
]
