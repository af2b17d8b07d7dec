"""A command's output piped into a reader that stops early (``... --list | head``).

When the reader closes the pipe, the next write raises :class:`BrokenPipeError`; Python would print
a traceback for what is no mistake. :func:`run_main` runs a command's ``main`` and, on a broken
pipe, points standard output at the null device (so the interpreter's final flush cannot fail
again) and exits with status 1 without a traceback, as the Python documentation advises
(``signal`` module, "Note on SIGPIPE").

Example::

    if __name__ == "__main__":
        from keysent.cli.pipes import run_main
        run_main(main)
"""

from __future__ import annotations

import os
import sys
from typing import Callable, NoReturn

__all__ = ["run_main"]


def run_main(main: Callable[[], int | None]) -> NoReturn:
    """Exit with ``main()``'s status; status 1 and no traceback when standard output's reader has
    closed the pipe."""
    try:
        status = main()
        sys.stdout.flush()
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(1)
    sys.exit(status)
