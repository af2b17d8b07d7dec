"""Attention from the key sentence: span metrics, causal knock-outs, sentence-level views.

``python -m keysent.attention`` runs the whole analysis on a model and a query set.
"""

from keysent.attention.knockout import (
    CONDITIONS,
    KnockoutResult,
    PatternKnockout,
    knockout,
    knockout_editor,
    regenerate_key_sentence,
)
from keysent.attention.metrics import ATTENDED_SPANS, AttentionMetrics, attention_metrics
from keysent.attention.sentences import SentenceAttention, sentence_attention

__all__ = [
    "attention_metrics",
    "AttentionMetrics",
    "ATTENDED_SPANS",
    "knockout",
    "KnockoutResult",
    "PatternKnockout",
    "knockout_editor",
    "regenerate_key_sentence",
    "CONDITIONS",
    "sentence_attention",
    "SentenceAttention",
]
