"""How every analysis script exits: :func:`keysent.cli.pipes.run_main` (no traceback when
``... --list | head`` closes the pipe) loaded from this checkout's own ``keysent/cli/pipes.py`` by
path, so that an older keysent unpacked first on ``PYTHONPATH`` (``git archive <commit> keysent``,
to rebuild a first measurement with the rules of its time) still runs the script, even one from
before ``keysent.cli.pipes`` existed.

Example::

    if __name__ == "__main__":
        from script_entry import run_main
        run_main(main)
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Callable, NoReturn

_PIPES = Path(__file__).resolve().parents[1] / "keysent" / "cli" / "pipes.py"


def run_main(main: Callable[[], int | None]) -> NoReturn:
    """Exit with ``main()``'s status (status 1, no traceback, on a closed pipe)."""
    spec = importlib.util.spec_from_file_location("_keysent_cli_pipes", _PIPES)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.run_main(main)
