"""Text generation below the trace layer: the KV-cached decoding loop (:mod:`.decoding`, hooked or
hook-free) and batched generation from prompts (:mod:`.text`). It imports nothing from
:mod:`keysent.traces` or :mod:`keysent.organism`, so the organism's quality check can use it."""
