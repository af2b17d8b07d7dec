"""Helpers for testing code built on keysent: tiny random checkpoints of real architectures."""

from keysent.testing.checkpoints import make_tiny_checkpoint, make_tokenizer, tiny_checkpoint_around

__all__ = ["make_tiny_checkpoint", "make_tokenizer", "tiny_checkpoint_around"]
