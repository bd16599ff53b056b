"""Masked in-filling scores with a local causal LM: mean NLL per real target token.

SynDG (Bao et al., ACL 2023; HITSZ-HLT/SynDG `filtering/`) scores a synthetic dialogue by how well filter models
rebuild each masked knowledge piece and each masked utterance from the rest. With a causal LM the
"masked" text becomes a context that shows the hole, and the score of one (context, target) pair is
the negative log-likelihood of the target tokens given the context, summed over the target's real
tokens and divided by their count.

The reference (`model_for_ppl.py`) divided by the padded label length, so short targets scored
low and a score depended on its batch-mates. Here padding never counts: targets are
masked per token, attention masks hide the padding (right or left), and position ids are rebuilt
from the mask so a left-padded row sees the same positions as when it is alone.
"""

from __future__ import annotations

import math
from typing import Any, Literal, Sequence

PaddingSide = Literal["right", "left"]


def target_nll_batch(model: Any, contexts: Sequence[Sequence[int]], targets: Sequence[Sequence[int]], *,
                     pad_id: int = 0, padding_side: PaddingSide = "right") -> list[float]:
    """Mean NLL per target token of each `context + target` row of one padded batch.

    Every context and every target needs at least one token (the first target token is predicted
    from the last context token).
    """
    import torch

    if len(contexts) != len(targets):
        raise ValueError("contexts and targets differ in length")
    if any(not c for c in contexts) or any(not t for t in targets):
        raise ValueError("every context and every target needs at least one token")
    rows = [list(c) + list(t) for c, t in zip(contexts, targets)]
    width = max(len(r) for r in rows)
    device = next(model.parameters()).device
    ids = torch.full((len(rows), width), pad_id, dtype=torch.long)
    mask = torch.zeros((len(rows), width), dtype=torch.long)
    is_target = torch.zeros((len(rows), width), dtype=torch.bool)
    for b, (row, context) in enumerate(zip(rows, contexts)):
        start = 0 if padding_side == "right" else width - len(row)
        ids[b, start:start + len(row)] = torch.tensor(row)
        mask[b, start:start + len(row)] = 1
        is_target[b, start + len(context):start + len(row)] = True
    positions = (mask.cumsum(-1) - 1).clamp(min=0)
    ids, mask, positions, is_target = ids.to(device), mask.to(device), positions.to(device), is_target.to(device)
    with torch.inference_mode():
        logits = model(input_ids=ids, attention_mask=mask, position_ids=positions).logits.float()
    logp = torch.log_softmax(logits[:, :-1], dim=-1)
    token_logp = logp.gather(-1, ids[:, 1:].unsqueeze(-1)).squeeze(-1)
    scored = is_target[:, 1:]
    nll_sum = -torch.where(scored, token_logp, torch.zeros_like(token_logp)).sum(-1)
    return (nll_sum / scored.sum(-1)).tolist()


class CausalLMScorer:
    """Scores (context, target) text pairs with a causal LM, in length-sorted batches.

    A context longer than `max_context_tokens` keeps its end (the hole and what is asked sit
    there); a target longer than `max_target_tokens` keeps its start.
    """

    def __init__(self, model: Any, tokenizer: Any = None, *, batch_size: int = 8,
                 max_context_tokens: int = 1000, max_target_tokens: int = 128,
                 padding_side: PaddingSide = "right", name: str = "") -> None:
        self.model, self.tokenizer = model, tokenizer
        self.batch_size = max(1, batch_size)
        self.max_context_tokens, self.max_target_tokens = max_context_tokens, max_target_tokens
        self.padding_side = padding_side
        self.name = name
        pad = getattr(tokenizer, "pad_token_id", None) if tokenizer is not None else None
        if pad is None and tokenizer is not None:
            pad = getattr(tokenizer, "eos_token_id", None)
        self.pad_id = pad if pad is not None else 0

    def encode(self, context: str, target: str) -> tuple[list[int], list[int]]:
        ctx_ids = list(self.tokenizer(context, add_special_tokens=True)["input_ids"])
        tgt_ids = list(self.tokenizer(target, add_special_tokens=False)["input_ids"])
        return ctx_ids[-self.max_context_tokens:], tgt_ids[:self.max_target_tokens]

    def score_ids(self, pairs: Sequence[tuple[Sequence[int], Sequence[int]]]) -> list[float]:
        """Mean NLL per real target token for each (context ids, target ids) pair, in input order.
        A pair with an empty target scores NaN."""
        out = [math.nan] * len(pairs)
        order = sorted((i for i, (c, t) in enumerate(pairs) if t),
                       key=lambda i: len(pairs[i][0]) + len(pairs[i][1]))
        for start in range(0, len(order), self.batch_size):
            chunk = order[start:start + self.batch_size]
            scores = target_nll_batch(self.model, [pairs[i][0] or [self.pad_id] for i in chunk],
                                      [pairs[i][1] for i in chunk], pad_id=self.pad_id,
                                      padding_side=self.padding_side)
            for i, s in zip(chunk, scores):
                out[i] = s
        return out

    def score(self, pairs: Sequence[tuple[str, str]]) -> list[float]:
        return self.score_ids([self.encode(c, t) for c, t in pairs])


def load_causal_lm_scorer(model: str | None = None, device: str = "auto", **kwargs: Any) -> CausalLMScorer:
    """A scorer over a local model: a HF folder, a .gguf file, or (None) the embedded SmolLM2 GGUF.
    Loading goes through `datagen.llm.local_hf`, so paths, errors and the no-download rule match
    the local generation backend."""
    from datagen.llm.local_hf import LocalHFClient
    from datagen.llm.settings import LLMConfig

    client = LocalHFClient(LLMConfig(backend="local", model=model, device=device))
    client.load()
    return CausalLMScorer(client._lm, client._tokenizer, name=client.model, **kwargs)
