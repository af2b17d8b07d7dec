"""``python -m keysent.train``: see :mod:`keysent.training.cli` (and ``docs/training.md``)."""

from __future__ import annotations

if __name__ == "__main__":
    from keysent.cli.pipes import run_main
    from keysent.training.cli import main

    run_main(main)
