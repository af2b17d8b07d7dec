"""keysent: mechanistic interpretability of the key sentence in large reasoning models.

The public API is small and imported lazily (torch and transformers load on first use)::

    import keysent
    model = keysent.load_model("toy-r1-micro")          # built-in model organism, built on first use
    loc = keysent.locate_key_sentence("Okay, so the user wants X. Hmm, that is illegal. ...")

Every name exported here is a function or a class (``keysent.fit_probes``, ``keysent.knockout``,
``keysent.RunDir``); submodules are reached as submodules, also lazily (``keysent.capture.capture``,
``keysent.probe.pipeline``). They hold one concept each: ``keysent.models`` (loading, chat formats),
``keysent.organism`` (the built-in reasoning model), ``keysent.traces`` (traces, generation, C/K
location, the aha table), ``keysent.judge``, ``keysent.capture``, ``keysent.probe``,
``keysent.attention``, ``keysent.figures``, ``keysent.rundir`` (run directories),
``keysent.versions``, ``keysent.intervals``.

Example:
    >>> import keysent
    >>> callable(keysent.fit_probes) and callable(keysent.knockout), keysent.capture.__name__
    (True, 'keysent.capture')
"""

from __future__ import annotations

import importlib
import importlib.util
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
    "build_trace": "keysent.traces.trace",
    "split_response": "keysent.traces.reasoning",
    "generate_traces": "keysent.traces.generate",
    "hooked": "keysent.engine",
    "run_hooked": "keysent.engine",
    "Reader": "keysent.engine",
    "Editor": "keysent.engine",
    "hook_name": "keysent.hook_names",
    "aha_table": "keysent.traces.aha",
    "is_refusal": "keysent.judge",
    "has_safety_aha": "keysent.judge",
    "get_judge": "keysent.judge",
    "load_queries": "keysent.querysets",
    "save_traces": "keysent.traces.generate",
    "load_traces": "keysent.traces.generate",
    "attention_metrics": "keysent.attention.metrics",
    "knockout": "keysent.attention.knockout",
    "fit_probes": "keysent.probe.fit",
    "ProbeConfig": "keysent.probe.config",
    "ProbeRunConfig": "keysent.probe.config",
    "ProbeResult": "keysent.probe.result",
    "run_probes": "keysent.probe.pipeline",
    "load_directions": "keysent.probe.directions",
    "aha_for": "keysent.traces.aha",
    "RunDir": "keysent.rundir",
    "read_run": "keysent.rundir",
}

__all__ = sorted(_LAZY) + ["__version__"]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        if not name.startswith("_") and importlib.util.find_spec(f"keysent.{name}") is not None:
            return importlib.import_module(f"keysent.{name}")  # a submodule, e.g. keysent.capture
        raise AttributeError(f"module 'keysent' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
