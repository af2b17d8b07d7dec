"""Shared pieces of the capture, attention and generation benchmarks (for those scripts only).

* :class:`ModelShape` and :func:`tiny_model`: a tiny random Qwen2 with the DeepSeek-R1 chat
  template, saved once to a directory so that worker subprocesses load the very same weights;
* :func:`star1_rows`, :func:`star1_traces`, :func:`star1_traces_of_length`: real STAR-1
  question/response pairs (``../shared/data/star1/STAR-1.json``) turned into located traces;
* :func:`alternate`: interleaved timing of several variants (the order flips every repetition);
* :class:`PeakRSS` and :func:`run_worker`: peak resident memory of one run, measured in a fresh
  subprocess (torch's CPU allocations are invisible to ``tracemalloc``);
* :func:`summarise`, :func:`print_table`: medians, length distributions and plain-text tables.

Run the scripts from the repository root, e.g. ``.venv/bin/python benchmarks/bench_capture.py --quick``.

Example:
    >>> from benchmarks.common import summarise, ModelShape
    >>> summarise([3, 1, 2])["median"]
    2.0
    >>> ModelShape.from_dict(ModelShape().to_dict()) == ModelShape()
    True
"""

from __future__ import annotations

import gc
import json
import os
import random
import statistics
import subprocess
import sys
import time
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Sequence

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("HF_DATASETS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

from keysent.errors import ConfigError, DatasetError  # noqa: E402

if TYPE_CHECKING:  # pragma: no cover
    from jaxtyping import Float
    from torch import Tensor

    from keysent.models.loading import LoadedModel
    from keysent.traces.trace import Trace

#: STAR-1 (real DeepSeek-R1 safety reasoning traces), read in place; never copied into the repo.
STAR1_PATH = ROOT.parent / "shared" / "data" / "star1" / "STAR-1.json"


# ---------------------------------------------------------------------------- the model
@dataclass(frozen=True)
class ModelShape:
    """Sizes of the tiny random Qwen2 the capture and attention benchmarks run on.

    The defaults keep DeepSeek-R1-Distill-Qwen-1.5B's ratios where a CPU allows: grouped-query
    attention (8 query heads over 2 key-value heads), an MLP about 5.8x ``d_model`` (8960/1536),
    and positions up to 8192; depth and width are those of the built-in ``toy-r1`` (4 layers of
    256), which keeps a full baseline run over 2,000-token traces within minutes on 2 cores.

    Example:
        >>> ModelShape(n_layers=4).n_layers
        4
    """

    d_model: int = 256
    n_layers: int = 4
    n_heads: int = 8
    n_kv_heads: int = 2
    d_mlp: int = 1472
    max_positions: int = 8192
    seed: int = 0

    def __post_init__(self) -> None:
        for f in fields(self):
            value = getattr(self, f.name)
            if not isinstance(value, int) or (f.name != "seed" and value < 1):
                raise ConfigError(f"ModelShape.{f.name} must be a positive integer, got {value!r}")
        if self.d_model % self.n_heads or self.n_heads % self.n_kv_heads:
            raise ConfigError(
                f"ModelShape: d_model ({self.d_model}) must divide by n_heads ({self.n_heads}) and "
                f"n_heads by n_kv_heads ({self.n_kv_heads})"
            )

    def to_dict(self) -> dict[str, int]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "ModelShape":
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"unknown ModelShape field(s) {unknown}; fields are {sorted(known)}")
        return cls(**data)

    def describe(self) -> str:
        return (
            f"Qwen2, d_model {self.d_model}, {self.n_layers} layers, {self.n_heads} heads "
            f"({self.n_kv_heads} KV), d_mlp {self.d_mlp}, R1 template, random weights (seed {self.seed})"
        )


def make_model_dir(shape: ModelShape, root: str | Path) -> Path:
    """Save the tiny checkpoint of ``shape`` under ``root`` (deterministic: same shape, same weights)."""
    from keysent.testing import make_tiny_checkpoint

    s = shape
    path = Path(root) / "qwen2-{d_model}x{n_layers}-h{n_heads}kv{n_kv_heads}-mlp{d_mlp}-s{seed}".format(**s.to_dict())
    if not (path / "config.json").is_file():
        make_tiny_checkpoint(
            path,
            arch="qwen2",
            template="r1",
            d_model=s.d_model,
            n_layers=s.n_layers,
            n_heads=s.n_heads,
            n_kv_heads=s.n_kv_heads,
            d_mlp=s.d_mlp,
            max_positions=s.max_positions,
            seed=s.seed,
        )
    return path


def tiny_model(model_dir: str | Path) -> "LoadedModel":
    """Load a saved tiny checkpoint through keysent, on CPU."""
    import keysent

    return keysent.load_model(str(model_dir), device="cpu")


# ---------------------------------------------------------------------------- STAR-1 traces
def star1_rows(n: int, *, seed: int = 0, path: str | Path = STAR1_PATH) -> list[dict[str, Any]]:
    """``n`` STAR-1 rows (``question``, ``response``, ...) sampled without replacement with ``seed``.

    Example:
        >>> [r["id"] for r in star1_rows(2, seed=0)] == [r["id"] for r in star1_rows(2, seed=0)]
        True
    """
    path = Path(path)
    if not path.is_file():
        raise DatasetError(f"STAR-1 not found at {path}; the benchmarks read ../shared/data/star1/STAR-1.json")
    rows = json.loads(path.read_text(encoding="utf-8"))
    if not 1 <= n <= len(rows):
        raise ConfigError(f"asked for {n} STAR-1 rows; there are {len(rows)} (use 1..{len(rows)})")
    picked = random.Random(seed).sample(range(len(rows)), n)
    return [rows[i] for i in picked]


def star1_traces(model: "LoadedModel", n: int, *, seed: int = 0) -> list["Trace"]:
    """``n`` STAR-1 question + response pairs as located traces that have C and K.

    Rows are drawn in the seeded order of :func:`star1_rows`; rows without C or K are passed over
    (the rule locator finds both in nearly all STAR-1 responses).
    """
    from keysent.traces.trace import build_trace

    out: list["Trace"] = []
    for row in star1_rows(1000, seed=seed):
        t = build_trace(model, row["question"], row["response"], judge=None, id=str(row["id"]))
        if "C" in t.spans and "K" in t.spans:
            out.append(t)
        if len(out) == n:
            return out
    raise DatasetError(f"only {len(out)} STAR-1 traces have both C and K; asked for {n}")


def _reasoning(response: str) -> str:
    text = response.split("</think>")[0]
    return text.replace("<think>", "").strip()


def star1_traces_of_length(model: "LoadedModel", n: int, length: int = 2048, *, seed: int = 0) -> list["Trace"]:
    """``n`` traces of exactly ``length`` tokens: a STAR-1 query and its reasoning (C, K early),
    continued with the reasoning of the next STAR-1 rows and cut at ``length`` tokens.

    The cut traces end inside the reasoning (no think-close, no answer), like a generation that
    hit its token budget.
    """
    from keysent.traces.trace import build_trace

    pool = star1_rows(1000, seed=seed)
    out: list["Trace"] = []
    for i, row in enumerate(pool):
        first = build_trace(model, row["question"], row["response"], judge=None)
        if "C" not in first.spans or "K" not in first.spans or first.spans["K"].tokens[1] >= length:
            continue
        parts, j = [_reasoning(row["response"])], i
        prompt_len = first.spans["prompt"].tokens[1]
        while len(model.tokenize("\n\n".join(parts)).ids) + prompt_len < length + 8:
            j = (j + 1) % len(pool)
            parts.append(_reasoning(pool[j]["response"]))
        generated = "\n\n".join(parts)
        text = model.render_prompt(row["question"]) + generated
        offsets = model.tokenize(text).offsets
        prompt_chars = len(text) - len(generated)
        for back in range(8):  # a cut inside a word can re-merge into fewer/more tokens: step back
            end = offsets[length - back][0]
            t = build_trace(model, row["question"], text[prompt_chars:end], judge=None, id=str(row["id"]))
            if t.n_tokens <= length:
                break
        if t.n_tokens <= length and "K" in t.spans and t.spans["K"].tokens == first.spans["K"].tokens:
            out.append(t)
        if len(out) == n:
            return out
    raise DatasetError(f"could build only {len(out)} STAR-1 traces of {length} tokens; asked for {n}")


# ---------------------------------------------------------------------------- timing
def alternate(
    variants: dict[str, Callable[[], Any]],
    repeats: int,
    *,
    warmup: bool | dict[str, Callable[[], Any]] = True,
    progress: bool = True,
) -> tuple[dict[str, dict[str, list[float]]], dict[str, Any]]:
    """Time each variant ``repeats`` times, interleaved; the order reverses every repetition.

    Returns ``({name: {"wall": [s, ...], "cpu": [s, ...]}}, {name: last result})``. ``cpu`` is
    this process's CPU time (all threads), which other jobs on a shared machine disturb less than
    wall-clock time. One untimed warm-up call per variant comes first (when ``warmup``; pass a
    dict of cheaper callables, e.g. the same variants on one short input, to warm up with those),
    so lazy imports and first-call set-up are not timed.

    Example:
        >>> times, results = alternate({"a": lambda: 1, "b": lambda: 2}, 3, progress=False)
        >>> len(times["a"]["wall"]), results["b"]
        (3, 2)
    """
    from tqdm.auto import tqdm

    if repeats < 1:
        raise ConfigError(f"repeats must be at least 1, got {repeats}")
    names = list(variants)
    results: dict[str, Any] = {}
    if warmup:
        for name in names:
            (warmup[name] if isinstance(warmup, dict) else variants[name])()
    times: dict[str, dict[str, list[float]]] = {name: {"wall": [], "cpu": []} for name in names}
    bar = tqdm(total=repeats * len(names), desc="timing", unit="run", disable=not progress, leave=False)
    for rep in range(repeats):
        for name in names if rep % 2 == 0 else names[::-1]:
            gc.collect()
            bar.set_postfix_str(name)
            c0, t0 = time.process_time(), time.perf_counter()
            results[name] = variants[name]()
            times[name]["wall"].append(time.perf_counter() - t0)
            times[name]["cpu"].append(time.process_time() - c0)
            bar.update(1)
    bar.close()
    return times, results


def median(values: Sequence[float]) -> float:
    return float(statistics.median(values))


def summarise(values: Sequence[float]) -> dict[str, float]:
    """``min``, ``p25``, ``median``, ``p75``, ``max``, ``mean`` of a sample (as floats)."""
    if len(values) == 0:
        raise ConfigError("cannot summarise an empty sample")
    v = sorted(float(x) for x in values)
    q = statistics.quantiles(v, n=4, method="inclusive") if len(v) > 1 else [v[0]] * 3
    return {"min": v[0], "p25": q[0], "median": statistics.median(v), "p75": q[2], "max": v[-1], "mean": statistics.fmean(v)}


def length_line(lengths: Sequence[int], what: str = "tokens") -> str:
    """One line describing a token-length distribution."""
    s = summarise(lengths)
    return (
        f"{what}: n={len(lengths)} min {s['min']:.0f}, p25 {s['p25']:.0f}, median {s['median']:.0f}, "
        f"p75 {s['p75']:.0f}, max {s['max']:.0f}, mean {s['mean']:.0f}, total {sum(lengths)}"
    )


def print_table(rows: Sequence[Sequence[Any]], header: Sequence[str]) -> None:
    """Print a left-aligned plain-text table."""
    cells = [[str(c) for c in header]] + [[str(c) for c in r] for r in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(header))]
    for k, r in enumerate(cells):
        print("  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip())
        if k == 0:
            print("  ".join("-" * w for w in widths))


def machine_line() -> str:
    """CPU count, torch threads and versions (:mod:`keysent.versions`): printed with every result."""
    import torch

    from keysent.versions import package_versions

    v = package_versions()
    try:
        load = " load avg %.1f %.1f %.1f," % os.getloadavg()
    except OSError:
        load = ""
    return (
        f"machine: {os.cpu_count()} CPU cores,{load} torch {v['torch']} "
        f"({torch.get_num_threads()} threads), transformers {v['transformers']}, "
        f"transformer-lens {v['transformer_lens']}, python {v['python']}"
    )


def set_threads(threads: int | None) -> None:
    """Set torch's intra-op threads (``None``: leave torch's default, one per core).

    On a machine shared with other jobs, one thread per process makes timings far less erratic:
    OpenMP workers that spin at barriers lose whole time slices when a core is taken away.
    """
    if threads is None:
        return
    if threads < 1:
        raise ConfigError(f"threads must be at least 1, got {threads}")
    import torch

    torch.set_num_threads(threads)


def verdict(value: float, goal: float, *, higher_is_better: bool = True) -> str:
    ok = value >= goal if higher_is_better else value <= goal
    return "met" if ok else "MISSED"


def max_abs_diff(a: "Float[Tensor, '...']", b: "Float[Tensor, '...']") -> float:
    """Largest absolute difference where both are finite; NaN patterns must agree.

    Example:
        >>> import torch
        >>> max_abs_diff(torch.tensor([1.0, float("nan")]), torch.tensor([1.5, float("nan")]))
        0.5
    """
    import torch

    if a.shape != b.shape:
        raise ConfigError(f"shapes differ: {tuple(a.shape)} vs {tuple(b.shape)}")
    if not torch.equal(torch.isnan(a), torch.isnan(b)):
        raise AssertionError("the variants disagree on which positions exist (NaN patterns differ)")
    ok = ~torch.isnan(a)
    return float((a[ok] - b[ok]).abs().max()) if bool(ok.any()) else 0.0


# ---------------------------------------------------------------------------- peak memory
def _status_kib(field: str) -> int | None:
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith(field + ":"):
                    return int(line.split()[1])
    except OSError:
        return None
    return None


def _trim_heap() -> None:
    gc.collect()
    try:
        import ctypes

        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass


class PeakRSS:
    """Peak resident memory added by a block of code, in this process (use a fresh subprocess).

    On entry the heap is trimmed, the current RSS is recorded and the kernel's high-water mark is
    reset (``/proc/self/clear_refs``, Linux >= 4.0); on exit the peak is read back. Where the
    reset is refused, ``ru_maxrss`` is used instead, which may include an earlier peak, so it is
    an upper bound (``method`` says which was used).

    Example:
        >>> with PeakRSS() as m:
        ...     block = bytearray(64 * 2**20)
        >>> m.peak_mib > 32
        True
    """

    def __enter__(self) -> "PeakRSS":
        _trim_heap()
        self.rss_before_kib = _status_kib("VmRSS") or 0
        try:
            with open("/proc/self/clear_refs", "w", encoding="ascii") as fh:
                fh.write("5")
            self.method = "VmHWM after clear_refs reset"
        except OSError:
            self.method = "ru_maxrss (not reset: upper bound)"
        return self

    def __exit__(self, *exc: Any) -> None:
        import resource

        hwm = _status_kib("VmHWM") if self.method.startswith("VmHWM") else None
        if hwm is None:
            hwm = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        self.peak_kib = max(hwm - self.rss_before_kib, 0)

    @property
    def peak_mib(self) -> float:
        return self.peak_kib / 1024

    def to_dict(self) -> dict[str, Any]:
        return {"peak_mib": self.peak_mib, "rss_before_mib": self.rss_before_kib / 1024, "method": self.method}


#: Worker environment for ``allocator="mmap"``: glibc serves every block over 64 KiB with its own
#: mmap and unmaps it when freed, so the resident set follows the memory in use instead of what
#: the allocator keeps after frees (which made repeated measurements differ by 20 MiB or more).
MMAP_ENV = {"MALLOC_MMAP_THRESHOLD_": "65536"}
ALLOCATORS = ("mmap", "default")


def run_worker(script: str | Path, args: Sequence[str], *, allocator: str = "mmap", timeout: float = 1200) -> dict[str, Any]:
    """Run ``python script *args`` in a fresh process; return the JSON object on its last stdout line.

    ``allocator="mmap"`` sets :data:`MMAP_ENV` in the worker; ``"default"`` leaves glibc as it is.
    """
    if allocator not in ALLOCATORS:
        raise ConfigError(f"unknown allocator setting {allocator!r}; use one of {', '.join(ALLOCATORS)}")
    env = dict(os.environ)
    for key in MMAP_ENV:
        env.pop(key, None)
    if allocator == "mmap":
        env.update(MMAP_ENV)
    cmd = [sys.executable, str(script), *args]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, cwd=str(ROOT), env=env)
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("{")]
    if proc.returncode != 0 or not lines:
        raise RuntimeError(
            f"memory worker failed (exit {proc.returncode}): {' '.join(cmd)}\n{proc.stderr[-3000:]}"
        )
    result = json.loads(lines[-1])
    result["allocator"] = allocator
    return result


def emit(result: dict[str, Any]) -> None:
    """Worker side of :func:`run_worker`: print one JSON line."""
    print(json.dumps(result), flush=True)


__all__ = [
    "ModelShape",
    "make_model_dir",
    "tiny_model",
    "star1_rows",
    "star1_traces",
    "star1_traces_of_length",
    "alternate",
    "median",
    "summarise",
    "length_line",
    "print_table",
    "machine_line",
    "verdict",
    "set_threads",
    "max_abs_diff",
    "PeakRSS",
    "run_worker",
    "MMAP_ENV",
    "ALLOCATORS",
    "emit",
    "STAR1_PATH",
    "ROOT",
]
