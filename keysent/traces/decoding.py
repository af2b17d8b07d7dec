"""Moved to :mod:`keysent.generation.decoding` (generation sits below the organism and the traces
in keysent's layering); this name keeps old imports working."""

from keysent.generation.decoding import TwinHooks, decode_batch, left_pad, nucleus_probs, row_generator

__all__ = ["decode_batch", "left_pad", "row_generator", "nucleus_probs", "TwinHooks"]
