"""keysent: mechanistic interpretability of the key sentence in large reasoning models.

The public API is small and imported lazily (torch and transformers load on first use)::

    import keysent
    model = keysent.load_model("toy-r1-micro")          # built-in model organism, built on first use
    loc = keysent.locate_key_sentence("Okay, so the user wants X. Hmm, that is illegal. ...")

Submodules hold one concept each: ``keysent.models`` (loading, chat formats), ``keysent.organism``
(the built-in reasoning model), ``keysent.traces`` (traces, generation, C/K location),
``keysent.judge``, ``keysent.capture``, ``keysent.probe``, ``keysent.attention``, ``keysent.figures``.
"""

from __future__ import annotations

import importlib
from typing import Any

__version__ = "0.1.0"

# public name -> module that defines it; imported on first attribute access
_LAZY = {
    "KeysentError": "keysent.errors",
    "load_model": "keysent.models.loading",
    "LoadedModel": "keysent.models.loading",
    "ChatFormat": "keysent.models.chat_format",
    "locate_key_sentence": "keysent.traces.locate",
    "KeySentenceLocation": "keysent.traces.locate",
    "split_sentences": "keysent.traces.segment",
    "Trace": "keysent.traces.trace",
    "generate_traces": "keysent.traces.generate",
    "capture": "keysent.capture",
    "aha_table": "keysent.traces.aha",
    "is_refusal": "keysent.judge",
    "has_safety_aha": "keysent.judge",
    "get_judge": "keysent.judge",
    "get_judges": "keysent.judge",
    "NOT_JUDGED": "keysent.judge",
    "load_queries": "keysent.querysets",
    "save_traces": "keysent.traces.generate",
    "load_traces": "keysent.traces.generate",
    "attention_metrics": "keysent.attention.metrics",
    "knockout": "keysent.attention.knockout",
    "fit_probes": "keysent.probe.fit",
}

__all__ = sorted(_LAZY) + ["__version__"]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'keysent' has no attribute {name!r}")
    mod = importlib.import_module(module)
    value = getattr(mod, name) if name != "capture" else mod
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
