"""LLM layer: one async client protocol, OpenAI-compatible and local transformers backends,
a request-level cache, a usage meter, a scripted fake client and a fake HTTP server."""
