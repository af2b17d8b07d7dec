"""The intervention engine: readers and editors on hook points, with or without gradients.

An *intervention* names hook points (:func:`keysent.hook_names.hook_name`) and acts on the
tensor at each: a :class:`Reader` looks (``read`` returns nothing), an :class:`Editor` replaces
(``edit`` returns the new tensor). The same objects run in three places:

* :func:`run_hooked`: over traces in batches, each batch cut at its furthest needed token and
  (without gradients) stopped once every needed hook has fired: what capture, the attention
  metrics and the teacher-forced knock-outs use;
* :func:`hooked`: a context manager that registers interventions on the bridge's own hook points
  (``TransformerBridge.hooks``) for any forward the caller runs, e.g. a training step with
  gradients;
* hooked KV-cached decoding (:func:`keysent.generation.decoding.decode_batch` with
  ``interventions=``), which serves the residual-stream hooks on the plain generation twin.

Every intervention gets a :class:`Batch` before each forward pass: which rows run, their
absolute token positions, and (in :func:`run_hooked`) the traces.

Gradients and recomputation: ``read`` and ``edit`` must be functions of the batch and the
tensor only (the built-in ones are): under gradient checkpointing a layer's hooks fire again
during the backward recomputation, and a reader then writes the same values again.

Example (a reader on the micro model):

>>> import torch, keysent
>>> from keysent.hook_names import hook_name
>>> model = keysent.load_model("toy-r1-micro", progress=False)
>>> class Norms(Reader):
...     def __init__(self):
...         self.seen = {}
...     def hook_names(self):
...         return [hook_name("resid_post", 0)]
...     def read(self, name, tensor):
...         self.seen[name] = tensor.norm(dim=-1)
>>> norms = Norms()
>>> with hooked(model, [norms]) as run:
...     _ = run.forward(torch.tensor([[1, 2, 3]]))
>>> norms.seen[hook_name("resid_post", 0)].shape
torch.Size([1, 3])
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable, Iterator, Sequence

from keysent.errors import ConfigError, SpanError

if TYPE_CHECKING:  # pragma: no cover
    from jaxtyping import Int
    from torch import Tensor

    from keysent.models.loading import LoadedModel
    from keysent.traces.trace import Trace

__all__ = ["Batch", "Intervention", "Reader", "Editor", "StopForward", "HookedRun", "hooked", "run_hooked",
           "check_hook_names"]


class StopForward(Exception):
    """Raised inside a hook once every needed hook has fired (no-grad reads only)."""


@dataclass
class Batch:
    """What an intervention knows about the forward pass about to run.

    Attributes:
        indices: Each batch row's index in the caller's list (traces or prompts); in decoding
            only the rows still generating are present.
        length: Tokens per row in this pass (the query length of the hooked tensors).
        device: Where the activations live.
        positions: ``Int[Tensor, "batch pos"]``: each row's absolute token position (index into
            the row's own prompt + generated tokens) of every position of this pass. Padding
            positions are ``-1``.
        traces: The traces (in :func:`run_hooked`); None when decoding from prompts.
        prompt_lengths: Each row's prompt length in tokens (in decoding; None otherwise).
        step: 0 for the full (prefill) pass, 1, 2, ... for each decoding step.
    """

    indices: list[int]
    length: int
    device: Any
    positions: "Int[Tensor, 'batch pos']"
    traces: list["Trace"] | None = None
    prompt_lengths: list[int] | None = None
    step: int = 0
    meta: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def of_traces(cls, indices: list[int], traces: list["Trace"], length: int, device: Any) -> "Batch":
        """A right-padded batch of traces run from position 0 to ``length``."""
        import torch

        pos = torch.arange(length, device=device).expand(len(indices), length)
        return cls(indices=list(indices), length=length, device=device, positions=pos, traces=list(traces))


class Intervention:
    """Base class: the no-op defaults of every reader and editor.

    Subclasses name their hook points in :meth:`hook_names`, may ask for tokens to be run with
    :meth:`needed_end`, and prepare per-batch tensors in :meth:`start_batch`.
    """

    def hook_names(self) -> list[str]:
        """The hook points it acts on."""
        return []

    def needed_end(self, trace: "Trace") -> int:
        """How many tokens of ``trace`` must be run for it (0: it does not decide)."""
        return 0

    def start_batch(self, batch: Batch) -> None:
        """Prepare for a forward pass (e.g. build per-row weights on ``batch.device``)."""

    def end_batch(self, batch: Batch) -> None:
        """Called after the forward pass of ``batch`` (e.g. to backpropagate a loss)."""

    def apply(self, name: str, tensor: "Tensor") -> "Tensor":
        """What the engine calls at hook ``name``: returns the tensor for the rest of the forward."""
        raise NotImplementedError


class Reader(Intervention):
    """Reads activations; never changes the forward pass."""

    def read(self, name: str, tensor: "Tensor") -> None:
        """Look at ``tensor`` at hook ``name``."""
        raise NotImplementedError

    def apply(self, name: str, tensor: "Tensor") -> "Tensor":
        self.read(name, tensor)
        return tensor


class Editor(Intervention):
    """Replaces activations: ``edit`` returns the tensor the forward continues with."""

    def edit(self, name: str, tensor: "Tensor") -> "Tensor":
        """The replacement of ``tensor`` at hook ``name`` (same shape)."""
        raise NotImplementedError

    def apply(self, name: str, tensor: "Tensor") -> "Tensor":
        out = self.edit(name, tensor)
        if out is None or out.shape != tensor.shape:
            raise RuntimeError(f"{type(self).__name__}.edit must return a tensor of shape {tuple(tensor.shape)} at {name}")
        return out


def check_hook_names(available: Any, interventions: Sequence[Intervention]) -> list[str]:
    """All hook names the interventions need, in order, each checked against ``available``."""
    names: list[str] = []
    for iv in interventions:
        if not isinstance(iv, Intervention):
            raise ConfigError(f"{type(iv).__name__} is not a keysent.engine.Reader or Editor")
        for n in iv.hook_names():
            if n not in available:
                raise ConfigError(f"the model has no hook point {n!r}; see model.bridge.hook_dict for the names")
            if n not in names:
                names.append(n)
    return names


class HookedRun:
    """The handle :func:`hooked` yields: run forwards with the interventions in place."""

    def __init__(self, model: "LoadedModel", interventions: Sequence[Intervention], names: list[str], stop_early: bool):
        self.model, self.interventions, self.names, self.stop_early = model, list(interventions), names, stop_early
        self.fired: set[str] = set()

    def hook_fn(self, name: str) -> Callable:
        users = [iv for iv in self.interventions if name in iv.hook_names()]

        def fn(tensor: "Tensor", hook: Any) -> "Tensor":
            for iv in users:
                tensor = iv.apply(name, tensor)
            self.fired.add(name)
            if self.stop_early and len(self.fired) == len(self.names):
                raise StopForward()
            return tensor

        return fn

    def forward(self, tokens: "Int[Tensor, 'batch pos']", *, batch: Batch | None = None, **kwargs: Any) -> Any:
        """Run the bridge on ``tokens`` (no KV cache); returns its output, or None when stopped early.

        ``batch`` (default: every row from position 0) is given to each intervention's
        ``start_batch`` first and ``end_batch`` after. Raises if a needed hook never fired.
        """
        if batch is None:
            batch = Batch.of_traces(list(range(tokens.shape[0])), [], tokens.shape[1], tokens.device)
            batch.traces = None
        for iv in self.interventions:
            iv.start_batch(batch)
        self.fired.clear()
        out = None
        kwargs.setdefault("use_cache", False)
        try:
            out = self.model.bridge(tokens, **kwargs)
        except StopForward:
            pass
        missing = set(self.names) - self.fired
        if missing:
            raise RuntimeError(f"hook points never fired during the forward pass: {sorted(missing)}")
        for iv in self.interventions:
            iv.end_batch(batch)
        return out


@contextlib.contextmanager
def hooked(model: "LoadedModel", interventions: Sequence[Intervention], *, stop_early: bool = False) -> Iterator[HookedRun]:
    """Register ``interventions`` on the bridge's hook points for the duration of the block.

    Works with and without gradients (the caller's ``torch.no_grad``/``enable_grad`` applies);
    ``stop_early`` raises :class:`StopForward` once every needed hook has fired (for reads
    without gradients: the rest of the network is skipped). The hooks are removed on exit, also
    after an error.

    Raises:
        ConfigError: an intervention names a hook point the model does not have.
    """
    bridge = model.bridge
    names = check_hook_names(bridge.hook_dict, interventions)
    run = HookedRun(model, interventions, names, stop_early)
    with bridge.hooks(fwd_hooks=[(n, run.hook_fn(n)) for n in names]):
        yield run


def run_hooked(
    model: "LoadedModel",
    traces: Sequence["Trace"],
    interventions: Sequence[Intervention],
    *,
    batch_size: int = 8,
    progress: bool | str = True,
    stop_early: bool = True,
    grad: bool = False,
) -> None:
    """Run the model over ``traces`` with ``interventions`` on their hook points.

    Traces are grouped by the number of tokens the interventions need (the maximum of their
    :meth:`~Intervention.needed_end`), each batch is right-padded and run only that far, and
    traces no intervention needs are skipped. Without gradients (``grad=False``, the default)
    the forward stops once every needed hook has fired (``stop_early``); with ``grad=True`` the
    forward runs with autograd on and to the end (a loss needs the graph), and an intervention's
    ``end_batch`` can call ``backward`` on what it read.

    Raises:
        ConfigError: ``batch_size < 1`` or an unknown hook point.
        SpanError: a trace needs more tokens than it has.
    """
    import torch
    from tqdm.auto import tqdm

    from keysent.traces.spans import pad_right

    if batch_size < 1:
        raise ConfigError(f"batch_size must be at least 1, got {batch_size}")
    ends = [max((iv.needed_end(t) for iv in interventions), default=0) for t in traces]
    for i, (t, e) in enumerate(zip(traces, ends)):
        if e > t.n_tokens:
            raise SpanError(f"trace {i} needs {e} tokens but has only {t.n_tokens}")
    order = sorted((i for i, e in enumerate(ends) if e > 0), key=lambda i: (ends[i], i))
    device = model.device
    pad_id = model.tokenizer.pad_token_id if model.tokenizer.pad_token_id is not None else 0
    desc = progress if isinstance(progress, str) else "capturing"
    bar = tqdm(total=len(order), desc=desc, unit="trace", disable=not progress, leave=False)
    try:
        with torch.set_grad_enabled(grad), hooked(model, interventions, stop_early=stop_early and not grad) as run:
            for start in range(0, len(order), batch_size):
                idx = order[start : start + batch_size]
                length = max(ends[i] for i in idx)
                tokens, _ = pad_right([traces[i].token_ids[: ends[i]] for i in idx], pad_id, length)
                batch = Batch.of_traces(idx, [traces[i] for i in idx], length, device)
                run.forward(tokens.to(device), batch=batch)
                bar.update(len(idx))
    finally:
        bar.close()
