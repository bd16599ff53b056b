"""Filters that compose after any generator: heuristics, ROUGE-L novelty, MinHash/exact dedup,
decontamination, LM scoring."""
