"""`python -m conformance.mocks VENDOR [--port N]`: one vendor's mock on loopback, served by hand.

Prints the base URL and the `export` lines that point the vendor's clients (and the README's examples)
at it, then serves until Ctrl-C. The credentials printed are the mock's published test values, never
a real account's. `nox -s mock -- VENDOR` runs it in a venv that has the clients installed too.
"""

from __future__ import annotations

import argparse
import shlex
import signal
import sys
import threading
from collections.abc import Mapping

from conformance.plugins import mock_for
from conformance.serving import serve
from registry.errors import RegistryError
from registry.vendors import load_vendors, select


def exports(environment: Mapping[str, str]) -> list[str]:
    """One shell `export` line per variable, values quoted for the shell."""
    return [f"export {name}={shlex.quote(value)}" for name, value in environment.items()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m conformance.mocks", description="A vendor's mock on loopback.")
    parser.add_argument("vendor", help=f"the vendor's key: {', '.join(load_vendors())}")
    parser.add_argument("--port", type=int, default=0, help="loopback port to listen on (default: a free one)")
    args = parser.parse_args(argv)
    try:
        (vendor,) = select([args.vendor])
    except RegistryError as err:
        parser.error(str(err))
    if not 0 <= args.port <= 65535:
        parser.error(f"--port must be 0..65535, not {args.port}")
    mock = mock_for(vendor.key)
    # "Until Ctrl-C" also when started as a background job (`cmd &`), which passes SIGINT on ignored:
    # Python would keep ignoring it, and `kill -INT` would not stop the mock.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        with serve(mock.create_app(), port=args.port) as origin:
            print(f"{vendor.title} mock at {origin}{vendor.base_path} (test credentials, not a real account's):")
            print("\n".join(exports({**mock.environment(vendor, origin), **mock.example_env})))
            print("Serving until Ctrl-C.", flush=True)
            threading.Event().wait()
    except KeyboardInterrupt:
        pass
    except OSError as err:  # the port is taken, or not ours to bind
        parser.error(f"cannot listen on 127.0.0.1:{args.port}: {err.strerror}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
