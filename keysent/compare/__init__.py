"""Before/after comparison of two models or snapshots (``python -m keysent.compare``).

:mod:`~keysent.compare.snapshot` measures one model on a fixed evaluation set;
:mod:`~keysent.compare.report` turns two snapshots into ``compare.json`` (schema documented
there and in ``docs/training.md``), ``compare.md`` and figures.
"""
