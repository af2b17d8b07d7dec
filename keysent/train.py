"""``python -m keysent.train``: see :mod:`keysent.training.cli` (and ``docs/training.md``)."""

from __future__ import annotations

if __name__ == "__main__":
    import sys

    from keysent.training.cli import main

    sys.exit(main())
