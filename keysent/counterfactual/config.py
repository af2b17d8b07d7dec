"""The options of ``python -m keysent.counterfactual`` after the model and data: :class:`CounterfactualConfig`.

Example:
    >>> from keysent.counterfactual.config import CounterfactualConfig
    >>> cfg = CounterfactualConfig.from_dict({"mode": "resample", "samples": 4})
    >>> cfg.temperature, cfg.top_p, cfg.until
    (0.6, 0.95, 'answer')
    >>> CounterfactualConfig(samples=0)
    Traceback (most recent call last):
    ...
    keysent.errors.ConfigError: samples must be an integer >= 1 (continuations per trace), got 0
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from keysent.errors import ConfigError
from keysent.records import check_keys

__all__ = ["CounterfactualConfig", "MODES", "UNTIL", "BANKS"]

MODES = ("both", "resample", "force")
UNTIL = ("answer", "k")
#: Built-in K banks; anything else is a path to a file of sentences.
BANKS = ("own", "organism")


@dataclass(frozen=True)
class CounterfactualConfig:
    """Options of the counterfactual analysis (:mod:`keysent.counterfactual.__main__`).

    Attributes:
        mode: ``resample`` (K resampled from the end of C), ``force`` (K replaced, the answer
            regenerated) or ``both``.
        samples: continuations per trace when resampling (the issue's n; default 16).
        until: resample to the end of the ``answer`` (judges K and the answer) or only to the end of
            ``k`` (judges K; faster, the benchmarked path).
        temperature, top_p: sampling settings of resampling, and of forcing with ``do_sample``.
            Default 0.6 and 0.95, DeepSeek's recommendation for R1 models (DeepSeek-R1 model card,
            "Usage Recommendations"). ``temperature == 0`` decodes greedily.
        do_sample: sample the continuation after a forced K (default greedy, one continuation).
        k_bank: where forced sentences come from: ``own`` (the run's own key sentences: aha K of
            other traces for do(K = aha), move-to-solve K of other harmful traces for
            do(K = solve)), ``organism`` (the built-in organism's phrases), or a path to a text
            file with one sentence per line (each sorted by the rule judge into aha / solve).
        decided: a trace is *decided* when P(aha K | prefix) >= ``decided`` or <= 1 - ``decided``;
            otherwise *open*.
        sample_batch_size: samples decoded together from one shared prefix.
        static_figures: export PNG and PDF besides HTML (needs Chromium).
    """

    mode: str = "both"
    samples: int = 16
    until: str = "answer"
    temperature: float = 0.6
    top_p: float = 0.95
    do_sample: bool = False
    k_bank: str = "own"
    decided: float = 0.9
    sample_batch_size: int = 16
    static_figures: bool = True

    def __post_init__(self) -> None:
        if self.mode not in MODES:
            raise ConfigError(f"mode must be one of {', '.join(map(repr, MODES))}, got {self.mode!r}")
        if self.until not in UNTIL:
            raise ConfigError(f"until must be 'answer' or 'k', got {self.until!r}")
        for name, what in (("samples", "continuations per trace"), ("sample_batch_size", "samples per forward pass")):
            v = getattr(self, name)
            if isinstance(v, bool) or not isinstance(v, int) or v < 1:
                raise ConfigError(f"{name} must be an integer >= 1 ({what}), got {v!r}")
        t = self.temperature
        if isinstance(t, bool) or not isinstance(t, (int, float)) or t < 0:
            raise ConfigError(f"temperature must be a number >= 0 (0: greedy), got {t!r}")
        p = self.top_p
        if isinstance(p, bool) or not isinstance(p, (int, float)) or not 0.0 < p <= 1.0:
            raise ConfigError(f"top_p must be a number in (0, 1], got {p!r}")
        d = self.decided
        if isinstance(d, bool) or not isinstance(d, (int, float)) or not 0.5 < d <= 1.0:
            raise ConfigError(f"decided must be a number in (0.5, 1], got {d!r}")
        if not isinstance(self.k_bank, str) or not self.k_bank.strip():
            raise ConfigError(f"k_bank must be 'own', 'organism' or a path to a file of sentences, got {self.k_bank!r}")
        for name in ("do_sample", "static_figures"):
            if not isinstance(getattr(self, name), bool):
                raise ConfigError(f"{name} must be True or False, got {getattr(self, name)!r}")

    @property
    def sampling(self) -> bool:
        """Resampling samples unless ``temperature`` is 0 (then it is greedy)."""
        return self.temperature > 0

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict; :meth:`from_dict` inverts it."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "CounterfactualConfig":
        """Rebuild from :meth:`to_dict` output; unknown keys are a :class:`ConfigError`."""
        check_keys(cls, data)
        return cls(**data)
