"""Hand-written layer of fabapi-eiger, imported by the generated package __init__."""

from ._eiger import AsyncEiger, Eiger
from ._results import PrintStarted, QueueInfo, Utilization

__all__ = ["AsyncEiger", "Eiger", "PrintStarted", "QueueInfo", "Utilization"]
