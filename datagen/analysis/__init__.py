"""Dataset analysis: FP-Growth and the figures reports use."""
