"""Steering at the key sentence: add or ablate a safety direction before K, measure K and the answer.

``python -m keysent.steer`` (:mod:`keysent.steering.cli`) runs the whole sweep; the parts:

* :mod:`keysent.steering.directions`: :class:`SteeringDirection` from a probe run, a probe
  result, a saved tensor, or two sets of traces; the same-norm random control;
* :mod:`keysent.steering.interventions`: ``--steer-at`` position selectors and the editors
  (on :class:`keysent.edits.ResidualAddition` / :class:`keysent.edits.DirectionalAblation`);
* :mod:`keysent.steering.sweep`: :func:`steering_sweep`, regeneration in hooked KV-cached
  decoding and the measurement (:class:`SweepResult`);
* :mod:`keysent.steering.report`: ``steer.csv``, the text table and the dose-response figures;
* :mod:`keysent.steering.config`: :class:`SteerConfig`.

Details and measured curves: ``docs/steering.md``.
"""

from keysent.steering.config import SteerConfig
from keysent.steering.directions import (
    SteeringDirection,
    direction_from_probe,
    direction_from_probe_run,
    direction_from_tensor,
    direction_from_traces,
)
from keysent.steering.interventions import steer_positions, steering_editors
from keysent.steering.sweep import SweepResult, steering_sweep

__all__ = ["SteerConfig", "SteeringDirection", "direction_from_probe", "direction_from_probe_run",
           "direction_from_tensor", "direction_from_traces", "steer_positions", "steering_editors",
           "SweepResult", "steering_sweep"]
