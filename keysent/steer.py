"""``python -m keysent.steer``: the steering command (:mod:`keysent.steering.cli`)."""

from __future__ import annotations

import sys

from keysent.steering.cli import main

__all__ = ["main"]

if __name__ == "__main__":
    from keysent.cli.pipes import run_main

    run_main(main)
