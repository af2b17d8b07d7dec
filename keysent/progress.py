"""Hugging Face's own progress bars ("Loading weights", "Writing model shards"), on or off.

keysent's commands take ``--quiet`` to mean no progress bars at all; transformers draws its own
bars while loading and saving weights. :func:`hf_progress_bars` switches them for a block and
restores the previous setting afterwards.

Example:
    >>> with hf_progress_bars(False):
    ...     pass  # from_pretrained / save_pretrained here draw no bar
"""

from __future__ import annotations

import contextlib
from typing import Iterator

__all__ = ["hf_progress_bars"]


@contextlib.contextmanager
def hf_progress_bars(enabled: bool) -> Iterator[None]:
    """Turn transformers' progress bars on or off inside the block."""
    from transformers.utils import logging as hf_logging

    before = hf_logging.is_progress_bar_enabled()
    if enabled:
        hf_logging.enable_progress_bar()
    else:
        hf_logging.disable_progress_bar()
    try:
        yield
    finally:
        if before:
            hf_logging.enable_progress_bar()
        else:
            hf_logging.disable_progress_bar()
