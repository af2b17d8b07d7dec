"""The options of ``python -m keysent.steer`` after the model and data: :class:`SteerConfig`.

Example:
    >>> from keysent.steering.config import SteerConfig
    >>> cfg = SteerConfig.from_dict({"alphas": [-1, 0, 1], "steer_at": "after_c"})
    >>> cfg.alphas, cfg.mode
    ((-1.0, 0.0, 1.0), 'add')
    >>> SteerConfig(alphas=())
    Traceback (most recent call last):
    ...
    keysent.errors.ConfigError: alphas is empty; give at least one coefficient, e.g. --alphas=-1,0,1
"""

from __future__ import annotations

import math
from dataclasses import dataclass, fields
from typing import Any

from keysent.errors import ConfigError
from keysent.records import check_keys

__all__ = ["SteerConfig", "STEER_AT", "MODES", "STARTS", "DIRECTION_KINDS", "DEFAULT_ALPHAS", "KNOCKOUTS", "parse_alphas"]

#: Where the steering editor acts (``--steer-at``): the last token of C (the position just before
#: K), every token of C, every position from the last token of C on (C's last token, K and all
#: that is generated after it), or every position of the sequence.
STEER_AT = ("c_last", "c", "after_c", "all")
#: ``add``: activation addition of ``alpha * direction``; ``ablate``: directional ablation.
MODES = ("add", "ablate")
#: Where regeneration starts: ``c`` (the prompt and C teacher-forced from the original trace, K
#: and everything after regenerated) or ``prompt`` (the whole reasoning regenerated).
STARTS = ("c", "prompt")
#: Which probe direction: the difference of class means, or the logistic probe's normal.
DIRECTION_KINDS = ("diffmean", "logistic")
#: The default sweep: -2 .. 2 in 9 steps (0 included), in units of the class-mean difference.
DEFAULT_ALPHAS = (-2.0, -1.5, -1.0, -0.5, 0.0, 0.5, 1.0, 1.5, 2.0)
KNOCKOUTS = ("none", "query", "C", "query+C")


def parse_alphas(text: str | Any) -> tuple[float, ...]:
    """``"-2:2:9"`` (start:stop:count, both ends included) or ``"-1,0,1"`` as a tuple of floats.

    >>> parse_alphas("-2:2:5")
    (-2.0, -1.0, 0.0, 1.0, 2.0)
    >>> parse_alphas("0.5, 1")
    (0.5, 1.0)
    """
    if not isinstance(text, str):
        return tuple(float(a) for a in text)
    s = text.strip()
    if not s:
        return ()
    try:
        if ":" in s:
            lo, hi, count = s.split(":")
            n = int(count)
            if n < 1:
                raise ValueError
            if n == 1:
                return (float(lo),)
            a, b = float(lo), float(hi)
            return tuple(round(a + (b - a) * i / (n - 1), 10) for i in range(n))
        return tuple(float(x) for x in s.split(",") if x.strip())
    except ValueError:
        raise ConfigError(f"cannot parse alphas {text!r}; use a list like '-1,0,1' or start:stop:count like '-2:2:9'") from None


def _choice(name: str, value: Any, choices: tuple[str, ...]) -> None:
    if value not in choices:
        raise ConfigError(f"{name} must be one of {', '.join(map(repr, choices))}, got {value!r}")


@dataclass(frozen=True)
class SteerConfig:
    """Options of the steering sweep (:func:`keysent.steering.sweep.steering_sweep`).

    Attributes:
        direction: ``"probe"`` (fit a probe on this run's traces), a probe run directory (its
            ``directions.safetensors``), or a tensor file (``.safetensors`` with one tensor, or
            ``.pt`` read with ``weights_only=True``) of shape ``[d_model]`` or ``[n_layers, d_model]``.
        target, position, kind: which probe direction (probe sources): the probe target
            (default ``k_aha``: safe vs unsafe key sentence, harmful queries; ``harmful``: harmful
            vs benign queries), the capture position (default ``c_last``, the token before K) and
            ``diffmean`` or ``logistic``.
        layers: ``"best"`` (the probe's highest held-out AUROC layer), ``"all"``, ``"0,2"``, ``"1:3"``.
        steer_at: :data:`STEER_AT`. mode: :data:`MODES`. start: :data:`STARTS`.
        alphas: coefficients; ``alpha = 1`` adds the full difference of class means (Arditi et
            al. 2024's activation addition; ``refusal_direction``'s convention). Add mode only.
        control: also run a random direction of the same norm per layer (seeded by ``seed``).
        knockout: a knock-out applied together with the steering (``none``, ``query``, ``C``,
            ``query+C``; :mod:`keysent.attention.knockout`, predicting rows).
        per_group: at most this many traces steered per query group (benign, harmful, jailbreak).
        folds: cross-validation folds of the probe fitted in the run (``direction="probe"``).
        seed: seeds the random control direction and the probe folds.
        batch_size: traces per hooked forward pass / prompts per decoding batch.
        static_figures: export PNG and PDF besides HTML.
    """

    direction: str = "probe"
    target: str = "k_aha"
    position: str = "c_last"
    kind: str = "diffmean"
    layers: str = "best"
    steer_at: str = "c_last"
    mode: str = "add"
    start: str = "c"
    alphas: tuple[float, ...] = DEFAULT_ALPHAS
    control: bool = True
    knockout: str = "none"
    per_group: int = 20
    folds: int = 5
    seed: int = 0
    batch_size: int = 8
    static_figures: bool = True

    def __post_init__(self) -> None:
        if not isinstance(self.direction, str) or not self.direction.strip():
            raise ConfigError("direction must be 'probe', a probe run directory or a tensor file")
        from keysent.probe.targets import parse_targets

        parse_targets([self.target])
        from keysent.capture import parse_positions

        parse_positions([self.position])
        _choice("kind", self.kind, DIRECTION_KINDS)
        _choice("steer_at", self.steer_at, STEER_AT)
        _choice("mode", self.mode, MODES)
        _choice("start", self.start, STARTS)
        _choice("knockout", self.knockout, KNOCKOUTS)
        if not isinstance(self.layers, str) or not self.layers.strip():
            raise ConfigError(f"layers must be 'best', 'all', a list like '0,2' or a range like '1:3', got {self.layers!r}")
        if self.layers != "best":
            from keysent.capture import resolve_layers

            resolve_layers(self.layers, 10**6)  # syntax only; the range is checked against the model
        alphas = parse_alphas(self.alphas)
        if not alphas:
            raise ConfigError("alphas is empty; give at least one coefficient, e.g. --alphas=-1,0,1")
        if not all(math.isfinite(a) for a in alphas):
            raise ConfigError(f"alphas must be finite numbers, got {list(alphas)}")
        object.__setattr__(self, "alphas", alphas)
        for name in ("control", "static_figures"):
            if not isinstance(getattr(self, name), bool):
                raise ConfigError(f"{name} must be True or False, got {getattr(self, name)!r}")
        for name, low in (("per_group", 1), ("folds", 2), ("batch_size", 1), ("seed", 0)):
            v = getattr(self, name)
            if isinstance(v, bool) or not isinstance(v, int) or v < low:
                raise ConfigError(f"{name} must be an integer >= {low}, got {v!r}")

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict; :meth:`from_dict` inverts it."""
        out = {f.name: getattr(self, f.name) for f in fields(self)}
        out["alphas"] = list(self.alphas)
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "SteerConfig":
        """Rebuild from :meth:`to_dict` output; unknown keys are a :class:`ConfigError`."""
        check_keys(cls, data)
        d = dict(data)
        if "alphas" in d:
            d["alphas"] = parse_alphas(d["alphas"])
        return cls(**d)
