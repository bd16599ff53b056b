"""Prompt templates as data files, read with importlib.resources."""
