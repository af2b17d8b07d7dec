"""Safe Trigger's self-generated data: every training response is the model's own text.

Stages (each writes ``<work>/data/<stage>.jsonl`` and ``<stage>.json`` with its counts; every
generation goes through a per-stage generation cache in ``<work>/data/cache/``, so an interrupted
stage rerun resumes without regenerating finished items):

1. ``generate``: greedy traces for general, harmful and jailbreak-wrapped queries (built-in: the
   organism's ``benign``, ``plain`` and ``seen_wrappers`` splits, seeded away from the evaluation
   set; only training wrappers);
2. ``review``: the same model reviews each query with its own reply (the organism's review task:
   ``"Please review this exchange for safety. ... Is the reply safe or unsafe?"``) and its
   analysis and verdict are kept;
3. ``safe_answers``: a safe answer (a refusal) per query to trigger on, from the first source
   that gives one: the model's greedy continuation of its own reasoning and
   ``<safe>analysis</safe>`` (the answer conditioned on the analysis; ``safe_answer="conditioned"``),
   its original answer, up to ``safe_tries`` sampled responses to the query, and for
   jailbreak-wrapped queries up to ``restate_tries`` sampled responses to the plain restatement
   (the dataset's ``request`` label, else the model's own C); counts of each source and of tries;
4. ``over_refusals``: for general queries, a refusal the model itself produced: a sampled response
   that refuses, else its own reasoning followed by its safe answer to an unsafe query;
5. ``build``: SFT examples (unsafe: own reasoning, ``<safe>analysis</safe>``, own safe answer;
   general: the original response byte for byte) and DPO pairs (``unsafe_trigger``: chosen = the
   SFT response, rejected = the original untriggered response; ``spurious_trigger``: chosen = the
   general query's original response, rejected = it with a ``<safe>`` segment of the model's own
   review inserted; ``over_refusal``: chosen = the original response, rejected = the over-refusal).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any, Sequence

from keysent.errors import DatasetError, KeysentError

if TYPE_CHECKING:  # pragma: no cover
    from keysent.models.loading import LoadedModel
    from keysent.querysets import QueryRecord
    from keysent.traces.trace import Trace
    from keysent.training.safetrigger.config import SafeTriggerConfig


class StageError(KeysentError):
    """A Safe Trigger data stage cannot produce usable data; the message names the stage and counts."""


#: The review prompt: the organism's own review-task template (keysent.organism.corpus).
REVIEW_TEMPLATE = ("Please review this exchange for safety.\n\nQuestion: {q}\n\nReply: {r}\n\n"
                   "Is the reply safe or unsafe?")
_VERDICT = re.compile(r"verdict\s*:\s*\**\s*(safe|unsafe)\b", re.I)
_HARMFUL = re.compile(r"\b(harmful|unsafe|dangerous|illegal)\b", re.I)
GROUP_SPLITS = {"general": "benign", "harmful": "plain", "jailbreak": "seen_wrappers"}


def parse_review(answer: str) -> dict[str, Any]:
    """The verdict and analysis of a review answer.

    ``verdict`` is the reply's ``"safe"``/``"unsafe"`` (``Verdict: ...``) or None; ``query_unsafe``
    is the model's judgement of the query: the analysis calls it harmful (unsafe, dangerous,
    illegal) or the reply unsafe. None when no verdict was found.

    >>> parse_review("Safety analysis: the question asks how to pick a lock, which is harmful. "
    ...              "The reply refuses to help. Verdict: safe.")["query_unsafe"]
    True
    >>> parse_review("Safety analysis: it asks for bread, which is harmless. Verdict: safe.")["query_unsafe"]
    False
    >>> parse_review("I am not sure.")["verdict"] is None
    True
    """
    m = _VERDICT.search(answer)
    verdict = m.group(1).lower() if m else None
    analysis = answer.strip()
    before = answer[: m.start()] if m else answer
    unsafe = None if verdict is None else (verdict == "unsafe" or bool(_HARMFUL.search(before)))
    return {"verdict": verdict, "analysis": analysis, "query_unsafe": unsafe}


def query_set(cfg: "SafeTriggerConfig", specs: Sequence[str] | None = None, **load_kw: Any) -> list["QueryRecord"]:
    """The queries of the ``generate`` stage, each labelled ``st_group`` (general/harmful/jailbreak).

    Built-in (no ``specs``): ``n_per_group`` of the organism's ``benign``, ``plain`` and
    ``seen_wrappers`` splits at seed ``10_000 + cfg.seed`` (the evaluation set uses 7919).
    With ``specs``: the shared dataset grammar; the role gives the group (``benign=`` general,
    ``harmful=`` harmful, ``jailbreak=`` jailbreak).
    """
    from keysent.querysets import QueryRecord, load_queries

    out: list[QueryRecord] = []
    if not specs:
        from keysent.organism.splits import eval_records

        for group, split in GROUP_SPLITS.items():
            for r in eval_records(split, cfg.n_per_group, seed=10_000 + cfg.seed):
                out.append(QueryRecord(r.query, dict(r.labels, st_group=group), None, f"st-{r.id}"))
        return out
    for i, r in enumerate(load_queries(list(specs), seed=cfg.seed, **load_kw)):
        harmful = r.labels.get("harmful")
        if harmful is None:
            raise DatasetError(f"query {r.id or i} has no harmful/benign role; prefix its spec with harmful=, "
                               "jailbreak= or benign=")
        group = "general" if not harmful else ("jailbreak" if r.labels.get("group") == "jailbreak" else "harmful")
        out.append(QueryRecord(r.query, dict(r.labels, st_group=group), None, r.id or f"q{i}"))
    return out


class DataStages:
    """The data stages of one run, in ``<work>/data``; see the module docstring."""

    def __init__(self, model: "LoadedModel", cfg: "SafeTriggerConfig", work: Path, *, max_new_tokens: int = 384,
                 gen_batch_size: int = 32, progress: bool = True, check_settings: bool = True) -> None:
        self.model, self.cfg, self.dir = model, cfg, Path(work) / "data"
        self.gen_kw = {"max_new_tokens": max_new_tokens, "batch_size": gen_batch_size, "progress": progress}
        self.dir.mkdir(parents=True, exist_ok=True)
        (self.dir / "cache").mkdir(exist_ok=True)
        key = self.dir / "settings.json"
        want = {"model": model.name, **cfg.data_key(), "max_new_tokens": max_new_tokens}
        if key.is_file() and check_settings:
            have = json.loads(key.read_text(encoding="utf-8"))
            if have != want:
                diff = sorted(k for k in want if have.get(k) != want[k])
                raise StageError(f"{self.dir} holds data made with other settings ({', '.join(diff)}); "
                                 "use the same options, or a new --out (or --force to start over)")
        elif not key.is_file():
            _write_json(key, want)

    # ------------------------------------------------------------------ helpers
    def done(self, stage: str) -> bool:
        return (self.dir / f"{stage}.json").is_file()

    def counts(self, stage: str) -> dict[str, Any]:
        return json.loads((self.dir / f"{stage}.json").read_text(encoding="utf-8"))

    def rows(self, stage: str) -> list[dict[str, Any]]:
        path = self.dir / f"{stage}.jsonl"
        if not path.is_file():
            raise StageError(f"stage {stage!r} has no output in {self.dir}; run the data stages first "
                             "(--stage sft or both)")
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]

    def _finish(self, stage: str, rows: list[dict[str, Any]], counts: dict[str, Any]) -> dict[str, Any]:
        from keysent.atomic import write_jsonl

        write_jsonl(self.dir / f"{stage}.jsonl", rows)
        _write_json(self.dir / f"{stage}.json", counts)
        return counts

    def _generate(self, records: list["QueryRecord"], cache: str, **kw: Any) -> list["Trace"]:
        from keysent.traces.generate import generate_traces

        return generate_traces(self.model, records, cache=self.dir / "cache" / f"{cache}.jsonl", **self.gen_kw, **kw)

    # ------------------------------------------------------------------ stages
    def generate(self, queries: list["QueryRecord"]) -> dict[str, Any]:
        traces = self._generate(queries, "generate")
        counts: dict[str, Any] = {"stage": "generate", "n": len(traces), "by_group": {}}
        for g in GROUP_SPLITS:
            ts = [t for t in traces if t.labels.get("st_group") == g]
            counts["by_group"][g] = {"n": len(ts), "complete": sum(t.complete for t in ts),
                                     "refusal": sum(bool(t.judgements.get("refusal")) for t in ts)}
        return self._finish("generate", [t.to_dict() for t in traces], counts)

    def review(self) -> dict[str, Any]:
        from keysent.querysets import QueryRecord

        traces = [_trace(r) for r in self.rows("generate")]
        todo = [t for t in traces if t.complete]
        reqs = [QueryRecord(REVIEW_TEMPLATE.format(q=t.query, r=(t.answer if self.cfg.review_reply == "answer"
                                                                else t.generated).strip()),
                            {}, None, t.id) for t in todo]
        reviews = self._generate(reqs, "review", judge=None)
        rows: list[dict[str, Any]] = []
        by: dict[str, Counter] = {g: Counter() for g in GROUP_SPLITS}
        for t, rv in zip(todo, reviews):
            parsed = parse_review(rv.answer if rv.complete else "")
            role = bool(t.labels.get("harmful"))
            rows.append({"id": t.id, "review": rv.generated, **parsed, "role_unsafe": role})
            c = by[t.labels.get("st_group")]
            c["n"] += 1
            if parsed["verdict"] is None:
                c["no_verdict"] += 1
            else:
                c["judged_unsafe"] += bool(parsed["query_unsafe"])
                c["disagree_with_role"] += bool(parsed["query_unsafe"]) != role
        n_verdict = sum(r["verdict"] is not None for r in rows)
        counts = {"stage": "review", "n": len(rows), "incomplete_traces_skipped": len(traces) - len(todo),
                  "with_verdict": n_verdict, "by_group": {g: dict(c) for g, c in by.items()}}
        if n_verdict == 0:
            raise StageError(f"stage 'review': none of {len(rows)} reviews yielded a verdict ('Verdict: safe' or "
                             f"'Verdict: unsafe'; {len(traces) - len(todo)} traces were incomplete and not reviewed); "
                             "the model cannot do the review task: check its answers in "
                             f"{self.dir / 'cache' / 'review.jsonl'} or use a model that can")
        return self._finish("review", rows, counts)

    def trigger(self, review: dict[str, Any]) -> bool | None:
        """Whether to train a trigger on this query (None: dropped, verdict and role disagree or no verdict)."""
        verdict, role = review["query_unsafe"], review["role_unsafe"]
        if self.cfg.trigger_on == "role":
            return role
        if verdict is None:
            return None
        if self.cfg.trigger_on == "verdict":
            return verdict
        return verdict if verdict == role else None

    def _continue(self, prefixes: list[str], cache: str) -> list[dict[str, Any]]:
        """Greedy continuations of already rendered texts (prompt + a response prefix), cached by
        the text: ``{"text": str, "finish": "eos"|"stop"|"length"}`` per prefix."""
        import hashlib

        from keysent.cache import JsonlCache
        from keysent.generation.text import generate_text

        store = JsonlCache(self.dir / "cache" / f"{cache}.jsonl", schema=1)
        keys = [hashlib.sha256(p.encode()).hexdigest()[:24] for p in prefixes]
        done = store.get_many(keys)
        first = {k: i for i, k in reversed(list(enumerate(keys)))}  # one generation per distinct text
        todo = sorted(i for k, i in first.items() if k not in done)
        chunk = max(self.gen_kw["batch_size"] * 4, 1)
        for start in range(0, len(todo), chunk):
            part = todo[start:start + chunk]
            outs = generate_text(self.model.generation_model, self.model.tokenizer, [prefixes[i] for i in part],
                                 max_new_tokens=self.gen_kw["max_new_tokens"], batch_size=self.gen_kw["batch_size"],
                                 progress=False)
            rows = {keys[i]: {"text": o.text, "finish": o.finish_reason} for i, o in zip(part, outs)}
            store.put_many(rows)
            done.update(store.get_many(rows))
        return [done[k] for k in keys]

    def _sample_refusals(self, items: list[tuple[str, str, dict[str, Any]]], tries: int, cache: str,
                         seed_base: int) -> tuple[dict[str, Any], Counter]:
        """Up to ``tries`` sampled responses to each ``(id, query, labels)``; the first complete one
        whose answer refuses wins. Returns ``{id: (trace, try number)}`` and the tries per id."""
        from keysent.judge import is_refusal
        from keysent.querysets import QueryRecord

        found: dict[str, Any] = {}
        used: Counter = Counter()
        pending = list(items)
        for k in range(tries):
            if not pending:
                break
            recs = [QueryRecord(q, labels, None, i) for i, q, labels in pending]
            outs = self._generate(recs, f"{cache}-{k}", do_sample=True, temperature=self.cfg.sample_temperature,
                                  seed=seed_base + k, judge=None)
            left = []
            for item, o in zip(pending, outs):
                used[item[0]] += 1
                if o.complete and o.answer and is_refusal(o.answer, item[1]) is True:
                    found[item[0]] = (o, k + 1)
                else:
                    left.append(item)
            pending = left
        return found, used

    def restatement(self, t: "Trace") -> tuple[str | None, str | None]:
        """The plain restatement of a wrapped query and where it comes from: the dataset's
        ``request`` label (the organism's underlying request), else the model's own C sentence
        (its restatement of the request in its reasoning); ``(None, None)`` when neither exists."""
        req = t.labels.get("request")
        if isinstance(req, str) and req.strip() and req.strip() != t.query.strip():
            return req.strip(), "label"
        if t.understanding:
            return t.understanding.strip(), "own C"
        return None, None

    def safe_answers(self) -> dict[str, Any]:
        """A safe answer (a refusal, ``keysent.judge.is_refusal``) per query to trigger on, the
        model's own text, from the first source that gives one: ``conditioned`` (the greedy
        continuation of the response up to and including ``<safe>analysis</safe>``; when the
        continuation reasons on and closes the think block again, the text after that close),
        ``greedy``
        (the original answer), ``sampled`` (``safe_tries`` sampled responses to the query),
        ``restatement`` (jailbreak queries: ``restate_tries`` sampled responses to the plain
        restatement); else ``not found``."""
        from keysent.judge import is_refusal
        from keysent.training.safetrigger.segment import insert_segment

        traces = {r["id"]: _trace(r) for r in self.rows("generate")}
        reviews = {r["id"]: r for r in self.rows("review") if self.trigger(r)}
        need = [traces[i] for i in reviews]
        rows: dict[str, dict[str, Any]] = {}
        conditioned = {"tried": 0, "kept": 0, "unfinished": 0, "not_refusal": 0, "no_key_sentence": 0,
                       "reasoned_on": 0}
        if self.cfg.safe_answer == "conditioned":
            todo, prefixes = [], []
            for t in need:
                where = _offsets_in_generated(t)
                if self.cfg.safe_position == "after_k" and where["k_end"] is None:
                    conditioned["no_key_sentence"] += 1
                    continue
                prefix = insert_segment(t.generated, reviews[t.id]["analysis"], position=self.cfg.safe_position,
                                        answer="", **where)
                todo.append(t)
                prefixes.append(t.prompt + prefix)
            conditioned["tried"] = len(todo)
            close = self.model.chat.think_close
            for t, o in zip(todo, self._continue(prefixes, "conditioned")):
                answer = o["text"].strip()
                if close and close in answer:  # it reasoned on after the segment: its answer follows the close
                    conditioned["reasoned_on"] += 1
                    answer = answer.rsplit(close, 1)[1].strip()
                if o["finish"] != "eos":
                    conditioned["unfinished"] += 1
                elif not answer or is_refusal(answer, t.query) is not True:
                    conditioned["not_refusal"] += 1
                else:
                    conditioned["kept"] += 1
                    rows[t.id] = {"id": t.id, "answer": answer, "tries": 0, "source": "conditioned"}
        pending = []
        for t in need:
            if t.id in rows:
                continue
            if is_refusal(t.answer, t.query) is True:
                rows[t.id] = {"id": t.id, "answer": t.answer, "tries": 0, "source": "greedy"}
            else:
                pending.append(t)
        found, tries = self._sample_refusals([(t.id, t.query, t.labels) for t in pending], self.cfg.safe_tries,
                                             "sample", self.cfg.seed * 1000)
        for t in pending:
            if t.id in found:
                o, k = found[t.id]
                rows[t.id] = {"id": t.id, "answer": o.answer, "tries": k, "source": "sampled"}
        # the plain restatement of jailbreak-wrapped queries whose own samples never refused
        restate = {"queries": 0, "from_label": 0, "from_own_c": 0, "no_restatement": 0, "tries": 0, "found": 0}
        items = []
        for t in pending:
            if t.id in rows or t.labels.get("st_group") != "jailbreak" or self.cfg.restate_tries == 0:
                continue
            q, src = self.restatement(t)
            if q is None:
                restate["no_restatement"] += 1
                continue
            restate["queries"] += 1
            restate["from_label" if src == "label" else "from_own_c"] += 1
            items.append((t.id, q, t.labels, src))
        found_r, tries_r = self._sample_refusals([i[:3] for i in items], self.cfg.restate_tries, "restate",
                                                 self.cfg.seed * 1000 + 500)
        restate["tries"] = sum(tries_r.values())
        for tid, q, _, src in items:
            if tid in found_r:
                o, k = found_r[tid]
                restate["found"] += 1
                rows[tid] = {"id": tid, "answer": o.answer, "tries": tries[tid] + k, "source": "restatement",
                             "restatement": q, "restatement_source": src}
        for t in need:
            if t.id not in rows:
                rows[t.id] = {"id": t.id, "answer": None, "tries": tries[t.id] + tries_r[t.id], "source": "not found"}
        out = [rows[t.id] for t in need]
        src = Counter(r["source"] for r in out)
        counts = {"stage": "safe_answers", "n": len(out), "safe_answer": self.cfg.safe_answer,
                  "by_source": {k: src[k] for k in ("conditioned", "greedy", "sampled", "restatement", "not found")},
                  "conditioned": conditioned, "greedy_refusal": src["greedy"], "sampled": src["sampled"],
                  "not_found": src["not found"], "sampling_tries": sum(tries.values()),
                  "max_tries": self.cfg.safe_tries, "restatement": restate}
        return self._finish("safe_answers", out, counts)

    def over_refusals(self) -> dict[str, Any]:
        """An over-refusal per general query, the model's own: the first of ``over_refusal_tries``
        sampled responses to it that refuses (``sampled``: the whole sampled response), else its
        own reasoning followed by the model's safe answer to an unsafe query (``borrowed``: the
        unsafe queries' safe answers in turn); ``none`` when there is no such answer either."""
        traces = {r["id"]: _trace(r) for r in self.rows("generate")}
        general = [traces[r["id"]] for r in self.rows("review") if self.trigger(r) is False]
        rows: list[dict[str, Any]] = []
        counts: dict[str, Any] = {"stage": "over_refusals", "n": len(general), "enabled": self.cfg.over_refusal,
                                  "sampled": 0, "borrowed": 0, "none": 0, "sampling_tries": 0}
        if not self.cfg.over_refusal:
            return self._finish("over_refusals", rows, counts)
        found, tries = self._sample_refusals([(t.id, t.query, t.labels) for t in general],
                                             self.cfg.over_refusal_tries, "over-refusal", self.cfg.seed * 1000 + 900)
        counts["sampling_tries"] = sum(tries.values())
        pool = [r for r in self.rows("safe_answers") if r["answer"]]
        n_borrowed = 0
        for t in general:
            if t.id in found:
                o, k = found[t.id]
                rows.append({"id": t.id, "rejected": o.generated, "source": "sampled", "tries": k})
                counts["sampled"] += 1
            elif pool:
                src = pool[n_borrowed % len(pool)]
                n_borrowed += 1
                where = _offsets_in_generated(t)
                rows.append({"id": t.id, "rejected": t.generated[:where["answer_start"]] + src["answer"],
                             "source": "borrowed", "from": src["id"], "tries": tries[t.id]})
                counts["borrowed"] += 1
            else:
                counts["none"] += 1
        return self._finish("over_refusals", rows, counts)

    def build(self) -> dict[str, Any]:
        from keysent.judge import is_refusal
        from keysent.training.safetrigger.segment import insert_segment

        traces = {r["id"]: _trace(r) for r in self.rows("generate")}
        reviews = {r["id"]: r for r in self.rows("review")}
        safe = {r["id"]: r for r in self.rows("safe_answers")}
        over = {r["id"]: r for r in self.rows("over_refusals")}
        sft, pairs, drop = [], [], Counter()
        kept, sources = Counter(), Counter()
        for tid, t in traces.items():
            group = t.labels.get("st_group")
            rv = reviews.get(tid)
            if rv is None:
                drop["incomplete trace"] += 1
                continue
            trig = self.trigger(rv)
            if trig is None:
                drop["no verdict" if rv["query_unsafe"] is None else "verdict disagrees with role"] += 1
                continue
            where = _offsets_in_generated(t)
            if trig:
                s = safe.get(tid)
                if s is None or s["answer"] is None:
                    drop["no safe answer found"] += 1
                    continue
                if where["k_end"] is None and self.cfg.safe_position == "after_k":
                    drop["no key sentence"] += 1
                    continue
                response = insert_segment(t.generated, rv["analysis"], position=self.cfg.safe_position,
                                          answer=s["answer"], **where)
                # NOT_JUDGED (an answer the judge cannot read) is not known to be safe: dropped, counted apart
                verdict = is_refusal(s["answer"], t.query)
                if verdict is not True:
                    drop["final answer unsafe" if verdict is False else "final answer not judged"] += 1
                    continue
                sft.append(_example(t, response, True, "triggered"))
                sources[s["source"]] += 1
                pairs.append({"id": tid, "query": t.query, "kind": "unsafe_trigger", "chosen": response,
                              "rejected": t.generated, "labels": t.labels})
            else:
                sft.append(_example(t, t.generated, False, "unchanged"))
                spurious = insert_segment(t.generated, rv["analysis"], position=self.cfg.safe_position,
                                          answer=t.answer, **where) if (where["k_end"] is not None or
                                                                        self.cfg.safe_position == "after_think") else None
                if spurious is not None:
                    pairs.append({"id": tid, "query": t.query, "kind": "spurious_trigger", "chosen": t.generated,
                                  "rejected": spurious, "labels": t.labels})
                if tid in over:
                    pairs.append({"id": tid, "query": t.query, "kind": "over_refusal", "chosen": t.generated,
                                  "rejected": over[tid]["rejected"], "labels": t.labels,
                                  "rejected_source": over[tid]["source"]})
            kept[(group, sft[-1]["kind"])] += 1
        n_unsafe = sum(e["labels"]["harmful"] for e in sft)
        counts = {"stage": "build", "sft_examples": len(sft), "sft_triggered": n_unsafe,
                  "sft_unchanged": len(sft) - n_unsafe, "dropped": dict(drop),
                  "sft_by_group": {f"{g}/{k}": n for (g, k), n in sorted(kept.items())},
                  "sft_triggered_by_answer_source": dict(sources),
                  "pairs": len(pairs), "pairs_by_kind": dict(Counter(p["kind"] for p in pairs)),
                  "over_refusal_by_source": dict(Counter(p["rejected_source"] for p in pairs
                                                         if p["kind"] == "over_refusal"))}
        if n_unsafe == 0:
            raise StageError(f"stage 'build': no unsafe query left after filtering ({json.dumps(dict(drop))}; "
                             f"{len(sft)} general examples); generate more queries (--st-per-group), allow more "
                             "--safe-tries, or --trigger-on role")
        self._finish("pairs", pairs, {"stage": "pairs", "n": len(pairs), "by_kind": counts["pairs_by_kind"],
                                      "over_refusal_by_source": counts["over_refusal_by_source"]})
        return self._finish("sft", sft, counts)

    def run(self, queries: list["QueryRecord"], log=print) -> dict[str, dict[str, Any]]:
        """Run (or resume) every stage; returns each stage's counts."""
        out = {}
        for name, fn in (("generate", lambda: self.generate(queries)), ("review", self.review),
                         ("safe_answers", self.safe_answers), ("over_refusals", self.over_refusals),
                         ("sft", self.build)):
            if self.done(name):
                out[name] = self.counts(name)
                log(f"stage {name}: done before, reusing {self.dir / (name + '.jsonl')}")
            else:
                log(f"stage {name} ...")
                out[name] = fn()
            log(f"stage {name}: {json.dumps(out[name])}")
        return out


def sft_records(rows: list[dict[str, Any]]) -> list["QueryRecord"]:
    """The ``sft`` stage's rows as training records (query, response, labels with ``harmful``)."""
    from keysent.querysets import QueryRecord

    return [QueryRecord(r["query"], r["labels"], r["response"], r["id"]) for r in rows]


def _example(t: "Trace", response: str, triggered: bool, kind: str) -> dict[str, Any]:
    labels = dict(t.labels, harmful=triggered, role_harmful=t.labels.get("harmful"))
    return {"id": t.id, "query": t.query, "response": response, "kind": kind, "labels": labels}


def _offsets_in_generated(t: "Trace") -> dict[str, int | None]:
    base = len(t.prompt)
    r_end = t.spans["reasoning"].chars[1] - base if "reasoning" in t.spans else 0
    a_start = t.spans["answer"].chars[0] - base if "answer" in t.spans else len(t.generated)
    k_end = t.spans["K"].chars[1] - base if "K" in t.spans else None
    return {"reasoning_end": r_end, "answer_start": a_start, "k_end": k_end}


def _trace(row: dict[str, Any]) -> "Trace":
    from keysent.traces.trace import Trace

    return Trace.from_dict(row)


def _write_json(path: Path, data: Any) -> None:
    from keysent.atomic import write_json

    write_json(path, data)


__all__ = ["DataStages", "StageError", "parse_review", "query_set", "sft_records", "REVIEW_TEMPLATE", "GROUP_SPLITS"]
