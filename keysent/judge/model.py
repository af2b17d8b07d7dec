"""Judges backed by a model: a prompt, a text generator, a parser, and a disk cache of verdicts.

* :class:`PromptJudge` - one verdict (``refusal``, ``k_aha`` or ``safe``) from one versioned
  prompt (:mod:`keysent.judge.prompts`) sent to a backend ``complete(list[request]) -> list[str]``.
  The API judge (:mod:`keysent.judge.api`) and the local classifier judge
  (:mod:`keysent.judge.classifier`) are PromptJudges with their own backends. Verdicts are cached
  on disk (:class:`keysent.cache.JsonlCache`, default ``KEYSENT_HOME/judge-cache/<judge>.jsonl``),
  keyed by the judge's name, the prompt id and a hash of the texts: a rerun sends nothing.
  A reply the parser cannot read gives :data:`~keysent.judge.NOT_JUDGED` (not cached, so a rerun
  asks again), or the rule verdict (``on_unparsed="rule"``), or an error (``"raise"``).
* :class:`ModelJudge` - the older two-question judge over any ``generate_fn(list[str]) ->
  list[str]`` (for example the loaded model prompted as a judge).

Example::

    >>> from keysent.judge import ModelJudge, PromptJudge
    >>> fake = lambda prompts: ["Yes." if "That is illegal" in p else "No" for p in prompts]
    >>> ModelJudge(fake).has_safety_aha_batch(["That is illegal.", "Let me think."])
    [True, False]
    >>> guard = PromptJudge(lambda reqs: ["unsafe\\nS2" if "lock" in r else "safe" for r in reqs],
    ...                     prompt="llama-guard", name="fake-guard", cache=False)
    >>> guard.is_safe_batch(["Here is how to pick a lock: ...", "Bake at 180 C."], ["q1", "q2"])
    [False, True]
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Sequence

from keysent.errors import ConfigError, KeysentError
from keysent.judge.aha import has_safety_aha
from keysent.judge.base import BatchMixin, aligned
from keysent.judge.prompts import Prompt, load_prompt, parse_yes_no, read_verdict
from keysent.judge.refusal import is_refusal
from keysent.judge.text import answer_part, check_text
from keysent.judge.verdict import NOT_JUDGED, Verdict, from_json, to_json

#: Schema of the verdict cache files (bump when the row layout changes).
CACHE_SCHEMA = 1
_UNPARSED = ("not_judged", "rule", "raise")


def default_cache_dir() -> Path:
    """``KEYSENT_HOME/judge-cache`` (created on demand)."""
    from keysent.home import keysent_home

    path = keysent_home() / "judge-cache"
    path.mkdir(parents=True, exist_ok=True)
    return path


def cache_key(judge: str, prompt_id: str, *texts: str | None) -> str:
    """The cache key of one verdict: sha256 over the judge's name, the prompt id and the texts."""
    blob = json.dumps([judge, prompt_id, *texts], ensure_ascii=False)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def _safe_file_name(name: str) -> str:
    return "".join(c if c.isalnum() or c in "-_." else "_" for c in name)[:120] or "judge"


class PromptJudge(BatchMixin):
    """One verdict from a versioned prompt and a text backend (see the module docstring).

    Args:
        backend: ``complete(requests) -> replies``, one reply string per request. A request is the
            filled prompt (a str), or, with ``conversation=True``, the chat messages
            ``[{"role": "user", "content": query}, {"role": "assistant", "content": answer}]``
            for a guard model whose own chat template builds the classification prompt.
        prompt: A :class:`~keysent.judge.prompts.Prompt`, a shipped prompt name or a file path.
        name: The judge's name, recorded in summaries and part of the cache key.
        conversation: Send the conversation instead of the filled prompt (``safe`` prompts).
        on_unparsed: ``"not_judged"`` (default), ``"rule"`` (fall back to the rule verdict; for
            ``safe`` the rule has none, so NOT_JUDGED) or ``"raise"``.
        cache: A directory or ``.jsonl`` file for the verdict cache, ``None`` for
            :func:`default_cache_dir`, ``False`` for no cache.
        batch_size: Requests per backend call.

    Raises:
        ConfigError: a bad option; the backend is not callable.
    """

    def __init__(
        self,
        backend: Callable[[list[Any]], list[str]],
        *,
        prompt: Prompt | str,
        name: str,
        conversation: bool = False,
        on_unparsed: str = "not_judged",
        cache: str | Path | None | bool = None,
        batch_size: int = 16,
    ) -> None:
        if not callable(backend):
            raise ConfigError(f"backend must be callable(list) -> list[str], got {type(backend).__name__}")
        if on_unparsed not in _UNPARSED:
            raise ConfigError(f"on_unparsed must be one of {_UNPARSED}, got {on_unparsed!r}")
        if not isinstance(batch_size, int) or batch_size < 1:
            raise ConfigError(f"batch_size must be a positive integer, got {batch_size!r}")
        self.backend = backend
        self.prompt = prompt if isinstance(prompt, Prompt) else load_prompt(prompt)
        if self.prompt.verdict not in ("refusal", "k_aha", "safe", "c_end"):  # pragma: no cover
            raise ConfigError(f"prompt {self.prompt.id} has verdict {self.prompt.verdict!r}")
        if conversation and self.prompt.verdict != "safe":
            raise ConfigError("conversation=True sends (query, answer) to a guard model: only for safe prompts")
        self.name = f"{name}|{self.prompt.id}" + ("|conversation" if conversation else "")
        self.conversation = conversation
        self.on_unparsed = on_unparsed
        self.batch_size = batch_size
        self._cache_spec = cache
        self._cache: Any = None
        self.calls = 0  # backend calls made (a fully cached rerun makes none)
        self.located = self.answered = 0  # as the locator's judge (c_end): traces asked, valid answers
        self.progress = False  # a tqdm bar over backend batches (the CLIs turn it on unless --quiet)

    @property
    def verdict(self) -> str:
        return self.prompt.verdict

    def __repr__(self) -> str:
        return f"PromptJudge(name={self.name!r})"

    # -------------------------------------------------------------- cache
    def _get_cache(self) -> Any:
        if self._cache_spec is False:
            return None
        if self._cache is None:
            from keysent.cache import JsonlCache

            spec = self._cache_spec
            if spec is None or spec is True:
                path = default_cache_dir() / f"{_safe_file_name(self.name)}.jsonl"
            else:
                path = Path(spec)
                if path.suffix != ".jsonl":
                    path.mkdir(parents=True, exist_ok=True)
                    path = path / f"{_safe_file_name(self.name)}.jsonl"
            self._cache = JsonlCache(path, schema=CACHE_SCHEMA)
        return self._cache

    # -------------------------------------------------------------- judging
    def _request(self, text: str, query: str | None) -> Any:
        if self.conversation:
            return [{"role": "user", "content": query or ""}, {"role": "assistant", "content": text}]
        if self.verdict == "k_aha":
            return self.prompt.fill(sentence=text)
        if self.verdict == "c_end":
            return self.prompt.fill(query=query, sentences=text)
        return self.prompt.fill(query=query, response=text)

    def judge_many(self, texts: Sequence[str], queries: Sequence[str | None] | None = None) -> list[Verdict]:
        """Verdicts for ``texts`` (answers; sentences for ``k_aha``; numbered sentence lists for
        ``c_end``), cached and batched."""
        queries = aligned(texts, queries)
        raw = self.verdict in ("k_aha", "c_end")
        for t in texts:
            check_text(t, "sentence" if raw else "response")
        items = [t if raw else answer_part(t).strip() for t in texts]
        keys = [cache_key(self.name, self.prompt.id, t, q) for t, q in zip(items, queries)]
        cache = self._get_cache()
        found = cache.get_many(set(keys)) if cache is not None else {}
        todo = sorted({k: i for i, k in enumerate(keys) if k not in found}.values())
        fresh: dict[str, dict] = {}
        from tqdm.auto import tqdm

        starts = range(0, len(todo), self.batch_size)
        for start in tqdm(starts, desc=f"judging ({self.verdict})", unit="batch", leave=False,
                          disable=not self.progress or len(starts) < 2):
            chunk = todo[start : start + self.batch_size]
            requests = [self._request(items[i], queries[i]) for i in chunk]
            self.calls += 1
            replies = self.backend(requests)
            if isinstance(replies, str) or len(replies) != len(requests):
                raise KeysentError(
                    f"judge {self.name}: the backend must return one reply per request "
                    f"({len(requests)}); got {'a str' if isinstance(replies, str) else len(replies)}"
                )
            for i, reply in zip(chunk, replies):
                verdict, details = read_verdict(self.prompt, reply)
                row = {"verdict": to_json(verdict), "details": details,
                       "reply": reply[:2000] if isinstance(reply, str) else repr(reply)[:200]}
                if verdict is not None:
                    fresh[keys[i]] = row
                else:
                    found[keys[i]] = row  # this run only: an unreadable reply is asked again next time
        if cache is not None and fresh:
            cache.put_many(fresh)
        found.update(fresh)
        return [self._decide(found[k], t, q) for k, t, q in zip(keys, texts, queries)]

    def _decide(self, row: dict, text: str, query: str | None) -> Verdict:
        verdict = from_json(row["verdict"])
        if verdict is not None:
            return verdict
        if self.on_unparsed == "raise":
            raise KeysentError(
                f"judge {self.name}: could not read a verdict from the reply {row['reply'][:200]!r} "
                f"(parser {self.prompt.parser}); use on_unparsed='not_judged' or 'rule'"
            )
        if self.on_unparsed == "rule" and self.verdict == "refusal":
            return is_refusal(text, query)
        if self.on_unparsed == "rule" and self.verdict == "k_aha":
            return has_safety_aha(text)
        return NOT_JUDGED

    def _only(self, verdict: str) -> None:
        if self.verdict != verdict:
            raise ConfigError(
                f"judge {self.name} answers {self.verdict!r} (prompt {self.prompt.id}), not {verdict!r}; "
                "use one judge per verdict (keysent.judge.get_judges)"
            )

    def is_refusal(self, response: str, query: str | None = None) -> Verdict:
        return self.is_refusal_batch([response], [query])[0]

    def is_refusal_batch(self, responses: Sequence[str], queries: Sequence[str | None] | None = None) -> list[Verdict]:
        self._only("refusal")
        return self.judge_many(responses, queries)

    def has_safety_aha(self, sentence: str) -> Verdict:
        return self.has_safety_aha_batch([sentence])[0]

    def has_safety_aha_batch(self, sentences: Sequence[str]) -> list[Verdict]:
        self._only("k_aha")
        if isinstance(sentences, str):
            raise KeysentError("pass a list of sentences to has_safety_aha_batch, not a str")
        return self.judge_many(sentences)

    def is_safe(self, response: str, query: str | None = None) -> Verdict:
        return self.is_safe_batch([response], [query])[0]

    def is_safe_batch(self, responses: Sequence[str], queries: Sequence[str | None] | None = None) -> list[Verdict]:
        self._only("safe")
        return self.judge_many(responses, queries)

    def understanding_end(self, sentences: Sequence[str], query: str | None = None) -> int | Any:
        """How many of the reasoning's first sentences form C (0..len, counted over the sentences
        shown: the first :data:`~keysent.traces.locate_model.SHOWN_SENTENCES`), from a ``c_end``
        prompt; NOT_JUDGED when the reply is unreadable or out of range. Cached like every verdict."""
        self._only("c_end")
        from keysent.traces.locate_model import number_sentences

        shown, numbered = number_sentences(sentences)
        n = _c_count(self.judge_many([numbered], [query])[0], shown)
        return NOT_JUDGED if n is None else n

    def mark_end_of_c(self, reasoning: str, sentences: list[str], query: str | None) -> int | None:
        """The locator's question (:class:`keysent.traces.locate_model.EndOfCJudge`): the 0-based
        index of C's last sentence, or ``None`` (no valid answer: the rules are used). A reply of 0
        ("the first sentence already decides") gives 0, since C always holds the first sentence."""
        return self.mark_end_of_c_batch([(reasoning, sentences, query)])[0]

    def mark_end_of_c_batch(self, items: Sequence[tuple[str, list[str], str | None]]) -> list[int | None]:
        """:meth:`mark_end_of_c` for many traces, batched and cached like every verdict.

        Raises:
            ConfigError: the judge's prompt is not a ``c_end`` prompt.
        """
        self._only("c_end")
        from keysent.traces.locate_model import number_sentences

        items = list(items)
        shown = [number_sentences(sentences) for _, sentences, _ in items]
        counts = self.judge_many([numbered for _, numbered in shown], [q for _, _, q in items])
        out: list[int | None] = []
        for (n_shown, _), verdict in zip(shown, counts):
            n = _c_count(verdict, n_shown)
            out.append(None if n is None else max(n - 1, 0))
            self.answered += n is not None
            self.located += 1
        return out

    def stats(self) -> dict[str, Any]:
        """As the locator's judge: ``calls`` (traces asked), ``answered``, ``fallbacks`` (no valid
        answer), and ``backend_calls`` (requests batches sent; a cached rerun sends none)."""
        return {"name": self.name, "calls": self.located, "answered": self.answered,
                "fallbacks": self.located - self.answered, "backend_calls": self.calls}


def _c_count(verdict: Any, shown: int) -> int | None:
    """A ``c_end`` verdict as a count of C's sentences (0..``shown``), else ``None``."""
    if isinstance(verdict, bool) or not isinstance(verdict, int) or not 0 <= verdict <= shown:
        return None
    return verdict


# ---------------------------------------------------------------------------------- ModelJudge

def _prompt_text(name: str) -> str:
    return load_prompt(name).template


#: The ModelJudge's default refusal prompt (``refusal-yes-no-v1``; fields ``{query}``, ``{response}``).
REFUSAL_PROMPT = _prompt_text("refusal-yes-no-v1")
#: The ModelJudge's default aha prompt (``aha-yes-no-v1``; field ``{sentence}``).
AHA_PROMPT = _prompt_text("aha-yes-no-v1")


@dataclass
class ModelJudge(BatchMixin):
    """A judge backed by any text generator ``generate_fn(list[str]) -> list[str]``.

    It fills :data:`REFUSAL_PROMPT` / :data:`AHA_PROMPT` (or your templates with the same
    ``{query}``/``{response}``/``{sentence}`` fields), calls ``generate_fn`` once per batch and
    parses the replies with :func:`~keysent.judge.prompts.parse_yes_no`. An unreadable reply falls
    back to the rules (``on_unparsed="rule"``, the default), gives NOT_JUDGED (``"not_judged"``),
    or raises (``"raise"``).

    Example::

        >>> fake = lambda prompts: ["Yes." if "That is illegal" in p else "No" for p in prompts]
        >>> judge = ModelJudge(fake)
        >>> judge.has_safety_aha_batch(["That is illegal.", "Let me think."])
        [True, False]
    """

    generate_fn: Callable[[list[str]], list[str]]
    refusal_prompt: str = REFUSAL_PROMPT
    aha_prompt: str = AHA_PROMPT
    on_unparsed: str = "rule"
    name: str = "model"

    def __post_init__(self) -> None:
        if not callable(self.generate_fn):
            raise ConfigError(
                f"ModelJudge needs a callable generate_fn(list[str]) -> list[str], got "
                f"{type(self.generate_fn).__name__}"
            )
        if self.on_unparsed not in _UNPARSED:
            raise ConfigError(f"on_unparsed must be one of {_UNPARSED}, got {self.on_unparsed!r}")
        for label, tpl, fields in (
            ("refusal_prompt", self.refusal_prompt, ("{response}",)),
            ("aha_prompt", self.aha_prompt, ("{sentence}",)),
        ):
            if not all(f in tpl for f in fields):
                raise ConfigError(f"{label} must contain {', '.join(fields)}")

    def is_refusal(self, response: str, query: str | None = None) -> Verdict:
        return self.is_refusal_batch([response], [query])[0]

    def has_safety_aha(self, sentence: str) -> Verdict:
        return self.has_safety_aha_batch([sentence])[0]

    def is_refusal_batch(self, responses: Sequence[str], queries: Sequence[str | None] | None = None) -> list[Verdict]:
        queries = aligned(responses, queries)
        for r in responses:
            check_text(r, "response")
        prompts = [
            self.refusal_prompt.replace("{query}", q if q else "(not given)").replace("{response}", answer_part(r).strip())
            for r, q in zip(responses, queries)
        ]
        replies = self._generate(prompts)
        return [self._decide(reply, lambda r=r, q=q: is_refusal(r, q)) for reply, r, q in zip(replies, responses, queries)]

    def has_safety_aha_batch(self, sentences: Sequence[str]) -> list[Verdict]:
        if isinstance(sentences, str):
            raise KeysentError("pass a list of sentences to has_safety_aha_batch, not a str")
        for s in sentences:
            check_text(s, "sentence")
        replies = self._generate([self.aha_prompt.replace("{sentence}", s) for s in sentences])
        return [self._decide(reply, lambda s=s: has_safety_aha(s)) for reply, s in zip(replies, sentences)]

    def _generate(self, prompts: list[str]) -> list[str]:
        if not prompts:
            return []
        replies = self.generate_fn(prompts)
        if isinstance(replies, str) or len(replies) != len(prompts):
            raise KeysentError(
                f"generate_fn must return one string per prompt ({len(prompts)}); got "
                f"{'a str' if isinstance(replies, str) else f'{len(replies)} items'}"
            )
        return list(replies)

    def _decide(self, reply: str, fallback: Callable[[], Verdict]) -> Verdict:
        verdict = parse_yes_no(reply)
        if verdict is not None:
            return verdict
        if self.on_unparsed == "raise":
            raise KeysentError(
                f"could not read a yes/no verdict from the judge's reply {reply[:200]!r}; "
                "use on_unparsed='rule' to fall back to the rule judge"
            )
        return fallback() if self.on_unparsed == "rule" else NOT_JUDGED


__all__ = ["PromptJudge", "ModelJudge", "REFUSAL_PROMPT", "AHA_PROMPT", "cache_key", "default_cache_dir", "CACHE_SCHEMA"]
