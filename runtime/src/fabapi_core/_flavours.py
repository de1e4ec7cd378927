"""The few names whose async and sync flavours really differ, side by side.

The twins in `_async/` use the async name; `codegen/unasync.py` maps it to its sync partner here
when it writes `_sync/`, so neither flavour needs a branch of its own.
"""

from __future__ import annotations

import asyncio
import time

# Waiting between polls: the event loop keeps running under `asleep`; `sleep` blocks the thread.
asleep = asyncio.sleep
sleep = time.sleep

__all__ = ["asleep", "sleep"]
