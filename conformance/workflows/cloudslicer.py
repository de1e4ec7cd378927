"""Cloud Slicer's workflows: upload, quote, download."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from fabapi_cloudslicer import CloudSlicer

from conformance.stl_files import box

from . import Workflow


def client(origin: str, credentials: Mapping[str, str], transport: httpx.BaseTransport) -> CloudSlicer:
    return CloudSlicer(credentials["CLOUDSLICER_API_TOKEN"], base_url=origin, transport=transport, strict=True)


WORKFLOWS = [
    Workflow("account", lambda s, tmp: s.account.get_user()),
    Workflow("upload link", lambda s, tmp: s.upload_link()),
    Workflow(
        "quote a file",
        lambda s, tmp: s.quote_file(box(tmp / "part.stl", (10, 20, 5)), gcode_to=tmp / "p.gcode"),
        "Prism's printer volume is random numbers, often negative: the part does not fit it (DoesNotFit).",
    ),
    Workflow("read a quote", lambda s, tmp: s.quotes.get("quote-1")),
    Workflow("download the G-code", lambda s, tmp: s.download_gcode("quote-1", tmp / "out.gcode")),
    Workflow("clean up a file", lambda s, tmp: s.cleanup("file-1", ["quote-1"])),
]
