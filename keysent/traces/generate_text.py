"""Moved to :mod:`keysent.generation.text` (generation sits below the organism and the traces in
keysent's layering); this name keeps old imports working."""

from keysent.generation.text import GenerationOutput, generate_text, length_sorted_batches

__all__ = ["GenerationOutput", "generate_text", "length_sorted_batches"]
