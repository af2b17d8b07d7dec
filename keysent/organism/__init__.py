"""The built-in reasoning model organism: a small Qwen2 model keysent builds itself.

It is trained from scratch, deterministically, on a synthetic R1-style corpus whose ground truth
(C and K spans, whether K is a safety aha, whether the answer is safe) is known for every example,
so every part of keysent has a real model to run on.

* :mod:`~keysent.organism.corpus`: :func:`generate_examples`, :func:`sample_queries`,
  :class:`OrganismExample`, :class:`QueryItem`;
* :mod:`~keysent.organism.config`: :class:`CorpusConfig`, :class:`OrganismConfig`;
* :mod:`~keysent.organism.registry`: :data:`ORGANISMS` (``"toy-r1"``, ``"toy-r1-micro"``);
* :mod:`~keysent.organism.build`: :func:`organism_path`, :func:`build_organism`;
* :mod:`~keysent.organism.quality`: :func:`evaluate_organism`;
* :mod:`~keysent.organism.splits`: the safety-SFT splits (:func:`safety_sft_records`,
  :func:`eval_records`, :func:`grade_answer`, :data:`REFERENCE_SFT`);
* :mod:`~keysent.organism.sft`: the reference safety SFT and its split evaluation.

Command line: ``python -m keysent.organism build toy-r1-micro`` and
``python -m keysent.organism quality toy-r1``.

Example:
    >>> from keysent.organism import generate_examples, ORGANISMS
    >>> sorted(ORGANISMS)
    ['toy-r1', 'toy-r1-micro']
    >>> generate_examples(n=1, seed=0)[0].task
    'chat'
"""

from __future__ import annotations

from keysent.lazy import lazy_exports


_LAZY = {
    "CorpusConfig": "keysent.organism.config",
    "OrganismConfig": "keysent.organism.config",
    "OrganismExample": "keysent.organism.corpus",
    "QueryItem": "keysent.organism.corpus",
    "generate_examples": "keysent.organism.corpus",
    "sample_queries": "keysent.organism.corpus",
    "ORGANISMS": "keysent.organism.registry",
    "get_organism_config": "keysent.organism.registry",
    "organism_path": "keysent.organism.build",
    "build_organism": "keysent.organism.build",
    "evaluate_organism": "keysent.organism.quality",
    "QualityReport": "keysent.organism.quality",
    "SPLITS": "keysent.organism.splits",
    "REFERENCE_SFT": "keysent.organism.splits",
    "safety_sft_records": "keysent.organism.splits",
    "eval_records": "keysent.organism.splits",
    "grade_answer": "keysent.organism.splits",
    "safety_sft": "keysent.organism.sft",
    "evaluate_splits": "keysent.organism.sft",
}

__all__, __getattr__, __dir__ = lazy_exports(__name__, _LAZY)
