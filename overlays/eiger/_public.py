"""Hand-written layer of fabapi-eiger, imported by the generated package __init__."""

from ._async.eiger import AsyncEiger
from ._results import PrintStarted, QueueInfo, Utilization
from ._sync.eiger import Eiger

__all__ = ["AsyncEiger", "Eiger", "PrintStarted", "QueueInfo", "Utilization"]
