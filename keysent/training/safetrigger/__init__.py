"""Safe Trigger (Miao et al. 2026) on keysent's trainer: self-generated ``<safe>`` SFT data,
SFT, then DPO. See ``docs/safetrigger.md``."""
