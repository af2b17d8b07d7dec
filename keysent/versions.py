"""The one place that records versions and the machine, for run directories and build logs.

Example:
    >>> from keysent.versions import package_versions
    >>> v = package_versions()
    >>> sorted(v) == sorted(["keysent", "python", "torch", "transformers", "transformer_lens",
    ...                      "tokenizers", "numpy"])
    True
    >>> v["transformer_lens"].startswith("4.")
    True
"""

from __future__ import annotations

import os
import platform
from importlib import metadata
from typing import Any

#: Distributions whose versions every run records (import name -> distribution name).
PACKAGES = {
    "torch": "torch",
    "transformers": "transformers",
    "transformer_lens": "transformer-lens",
    "tokenizers": "tokenizers",
    "numpy": "numpy",
}


def package_versions() -> dict[str, str]:
    """``{name: version}`` of keysent, Python and :data:`PACKAGES` (``"not installed"`` if absent).

    Versions come from the installed distributions' metadata (``importlib.metadata``), so nothing
    heavy is imported and packages without ``__version__`` (transformer-lens 4.x) are covered.
    """
    import keysent

    out = {"keysent": keysent.__version__, "python": platform.python_version()}
    for name, dist in PACKAGES.items():
        try:
            out[name] = metadata.version(dist)
        except metadata.PackageNotFoundError:
            out[name] = "not installed"
    return out


def environment() -> dict[str, Any]:
    """The machine a run ran on: platform, CPU count, torch threads, CUDA devices.

    Example:
        >>> env = environment()
        >>> env["cpu_count"] >= 1 and env["torch_threads"] >= 1
        True
    """
    import torch

    env: dict[str, Any] = {
        "platform": platform.platform(),
        "machine": platform.machine(),
        "cpu_count": os.cpu_count() or 1,
        "torch_threads": torch.get_num_threads(),
        "cuda": torch.cuda.is_available(),
    }
    if env["cuda"]:  # pragma: no cover - no GPU in CI
        env["cuda_devices"] = [torch.cuda.get_device_name(i) for i in range(torch.cuda.device_count())]
    return env


__all__ = ["package_versions", "environment", "PACKAGES"]
