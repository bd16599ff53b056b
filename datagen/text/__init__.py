"""Text primitives: rouge_score-exact ROUGE-L and the NoveltyIndex, MinHash, normalization."""
