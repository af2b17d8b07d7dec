"""Where keysent keeps what it builds: the ``KEYSENT_HOME`` directory.

The built-in model organisms are built on first use and cached under ``keysent_home() / "models"``.
``KEYSENT_HOME`` overrides the location (default ``~/.cache/keysent``).
"""

from __future__ import annotations

import os
from pathlib import Path


def keysent_home() -> Path:
    """The cache root: ``$KEYSENT_HOME`` if set, else ``~/.cache/keysent`` (created on demand)."""
    root = os.environ.get("KEYSENT_HOME")
    path = Path(root).expanduser() if root else Path.home() / ".cache" / "keysent"
    path.mkdir(parents=True, exist_ok=True)
    return path


def models_dir() -> Path:
    """The directory holding built organisms, one subdirectory per name and version."""
    path = keysent_home() / "models"
    path.mkdir(parents=True, exist_ok=True)
    return path
