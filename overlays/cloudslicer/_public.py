"""Hand-written layer of fabapi-cloudslicer, imported by the generated package __init__."""

from ._async.cloudslicer import AsyncCloudSlicer
from ._cloudslicer import DoesNotFit, QuotedFile, UploadLink
from ._profiles import pricing_profile, printer_profile
from ._sync.cloudslicer import CloudSlicer

__all__ = [
    "AsyncCloudSlicer",
    "CloudSlicer",
    "DoesNotFit",
    "QuotedFile",
    "UploadLink",
    "pricing_profile",
    "printer_profile",
]
