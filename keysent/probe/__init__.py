"""Per-layer linear probes of the hidden states around K, and the ``probe`` command.

* :mod:`~keysent.probe.config`: :class:`ProbeConfig` (one fit), :class:`ProbeRunConfig` (the command);
* :mod:`~keysent.probe.fit`: :func:`fit_probes` (all layers, folds and the refit at once);
* :mod:`~keysent.probe.result`: :class:`ProbeResult`;
* :mod:`~keysent.probe.targets`: :data:`PROBE_TARGETS`, :func:`target_labels`;
* :mod:`~keysent.probe.pipeline`: :func:`run_probes`, :func:`write_run`;
* :mod:`~keysent.probe.directions`: :func:`load_directions` (steering directions of a run);
* :mod:`~keysent.probe.metrics`: :func:`auroc`, :func:`accuracy`;
* internals: :mod:`~keysent.probe.folds`, :mod:`~keysent.probe.design`,
  :mod:`~keysent.probe.logistic`, :mod:`~keysent.probe.newton`, :mod:`~keysent.probe.newton_cg`.

Example:
    >>> from keysent.probe import ProbeConfig, PROBE_TARGETS
    >>> ProbeConfig().solver, list(PROBE_TARGETS)
    ('auto', ['harmful', 'k_aha', 'answer_safe'])
"""

from __future__ import annotations

from keysent.lazy import lazy_exports


_LAZY = {
    "ProbeConfig": "keysent.probe.config",
    "ProbeRunConfig": "keysent.probe.config",
    "fit_probes": "keysent.probe.fit",
    "ProbeResult": "keysent.probe.result",
    "PROBE_TARGETS": "keysent.probe.targets",
    "target_labels": "keysent.probe.targets",
    "run_probes": "keysent.probe.pipeline",
    "write_run": "keysent.probe.pipeline",
    "ProbeRun": "keysent.probe.pipeline",
    "load_directions": "keysent.probe.directions",
    "ProbeDirections": "keysent.probe.directions",
    "auroc": "keysent.probe.metrics",
    "accuracy": "keysent.probe.metrics",
}

__all__, __getattr__, __dir__ = lazy_exports(__name__, _LAZY)
