"""Per-row decoding controls for batched `model.generate` (used by `local_hf`; imports torch).

Batched generation normally shares one sampling setup and one global RNG across the batch, so a
request's text would depend on which other requests shared its batch. Here generation runs in
greedy mode and `RowSampler` does the sampling itself, row by row, each row with its own
temperature, top_p, penalties and its own `torch.Generator` seeded from the request: the same
request gives the same text whatever batch it lands in. `RowStopper` ends each row at its own
token budget or at its first stop string, so a short request does not wait for a long one.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import torch
from transformers import LogitsProcessor, StoppingCriteria

from datagen.llm.client import cut_at_stops

STOP_WINDOW_TOKENS = 32  # stop strings are short: decode only the tail of each row
NUCLEUS_CANDIDATES = 256  # top-p mass almost always lies in the top few hundred tokens


@dataclass
class RowSpec:
    """One generated sequence: request `request_index`, sample `sample` of its n."""

    request_index: int
    sample: int
    max_tokens: int
    temperature: float
    top_p: float
    presence_penalty: float
    frequency_penalty: float
    stops: tuple[str, ...]
    seed: int
    generator: torch.Generator = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.generator = torch.Generator().manual_seed(self.seed % (2 ** 63))


class RowSampler(LogitsProcessor):
    """OpenAI-style presence/frequency penalties, then greedy (temperature 0) or seeded top-p sampling;
    a sampled token is returned as the only finite logit, so greedy search picks it."""

    def __init__(self, rows: list[RowSpec], prompt_len: int) -> None:
        self.rows = rows
        self.prompt_len = prompt_len

    def __call__(self, input_ids: torch.LongTensor, scores: torch.FloatTensor) -> torch.FloatTensor:
        generated = input_ids[:, self.prompt_len:]
        vocab = scores.shape[-1]
        for i, row in enumerate(self.rows):
            logits = scores[i].float()
            if (row.presence_penalty or row.frequency_penalty) and generated.shape[1]:
                counts = torch.bincount(generated[i], minlength=vocab)[:vocab].to(logits)
                logits = logits - row.frequency_penalty * counts - row.presence_penalty * (counts > 0).to(logits)
            if row.temperature > 0:
                chosen = sample_top_p(logits / row.temperature, row.top_p, row.generator)
                logits = torch.full_like(logits, float("-inf"))
                logits[chosen] = 0.0
            scores[i] = logits.to(scores.dtype)
        return scores


def sample_top_p(logits: torch.Tensor, top_p: float, generator: torch.Generator) -> int:
    """Nucleus sampling by inverse CDF (torch.multinomial and a full-vocabulary sort cost ~20 ms a
    row on CPU; this ~0.3 ms). The nucleus is looked for among the top 256 tokens first."""
    probs = torch.softmax(logits.detach().float().cpu(), dim=-1)
    index: torch.Tensor | None = None
    if top_p < 1.0:
        probs, index = torch.topk(probs, min(NUCLEUS_CANDIDATES, probs.numel()))
        if float(probs.sum()) < top_p and probs.numel() < logits.numel():
            probs, index = torch.sort(torch.softmax(logits.detach().float().cpu(), dim=-1), descending=True)
        keep = torch.cumsum(probs, dim=0) - probs < top_p  # always keeps the top token
        probs, index = probs[keep], index[keep]
    cdf = torch.cumsum(probs, dim=0)
    u = torch.rand(1, generator=generator, dtype=cdf.dtype) * cdf[-1]
    pick = min(int(torch.searchsorted(cdf, u)), cdf.numel() - 1)
    return int(index[pick]) if index is not None else pick


class RowStopper(StoppingCriteria):
    """Finishes a row at its own token budget or once its generated tail contains a stop string."""

    def __init__(self, rows: list[RowSpec], prompt_len: int, tokenizer) -> None:
        self.rows = rows
        self.prompt_len = prompt_len
        self.tokenizer = tokenizer

    def __call__(self, input_ids: torch.LongTensor, scores: torch.FloatTensor, **kwargs) -> torch.BoolTensor:
        generated = input_ids[:, self.prompt_len:]
        done = torch.zeros(len(self.rows), dtype=torch.bool)
        for i, row in enumerate(self.rows):
            if generated.shape[1] >= row.max_tokens:
                done[i] = True
            elif row.stops:
                tail = self.tokenizer.decode(generated[i, -STOP_WINDOW_TOKENS:], skip_special_tokens=True)
                done[i] = any(s in tail for s in row.stops)
        return done.to(input_ids.device)


def finish_row(tokens: list[int], row: RowSpec, end_ids: set[int], tokenizer) -> tuple[str, str, int]:
    """(text, finish_reason, completion tokens) for one generated row: cut at end-of-sequence, at
    the row's budget, then at its first stop string. "length" means the budget ran out first."""
    end = next((k for k, t in enumerate(tokens) if t in end_ids), len(tokens))
    ended = end < row.max_tokens
    kept = tokens[:min(end, row.max_tokens)]
    text, stopped = cut_at_stops(tokenizer.decode(kept, skip_special_tokens=True), row.stops)
    return text, "stop" if stopped or ended else "length", len(kept)
