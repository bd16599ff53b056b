"""InsTag tagging (Lu et al., ICLR 2024, §3.1; OFA-Sys/InsTag): open-set intention tags per query.

An LLM reads one query and answers a JSON list of `{"tag", "explanation"}` objects. The prompt
follows the paper's structure (a helpful-assistant system line; an instruction to name the
user's intentions as tags and explain each, answering JSON; "Query:" and "Assistant:") with two
few-shot examples, in our own wording (`datagen/prompts/instag/tagging.txt`; `template` replaces it). On a chat
client the system line also states the JSON format (`instag/chat_tagging_system.txt`). Each user turn of
a dialogue is its own request; identical queries are asked once.

`parse_tags` accepts clean JSON, JSON inside a code fence or inside prose, and falls back to
the `"tag": "..."` pairs of broken JSON, as the reference reimplementations do. Chat models
also write JSON with trailing commas or single quotes (read as `repaired`), or a markdown list
"1. **tag**: explanation" with no JSON at all (read as `list`); a reply with neither is
`parse_failed`, never guessed from prose.

`tag_stage` consumes Tasks and Dialogues and produces them with `meta["tags"]` (the record's
tags: every turn's, deduplicated, in order) and `meta["instag_raw"]` (turn, tag, explanation).
Rejections: `empty_query` (no text to tag), `llm_error` (the call failed), `parse_failed` (no
tag could be read; the raw reply is the evidence), `no_tags` (the tagger answered an empty list).
A truncated reply (finish_reason "length") keeps the tags read before the cut and is marked
`meta["instag_truncated"]`.
"""

from __future__ import annotations

import ast
import json
import re
import time
from collections import Counter
from typing import Any, Sequence

from pydantic import Field

from datagen.prompts import load_template, template_field, template_text
from datagen.text.chat_reply import strip_fence, strip_markdown
from datagen.config import StrictModel, TokenCount
from datagen.llm.client import Completion, LLMRequest, Message
from datagen.methods.instag.input import query_texts
from datagen.records import Record, Rejected
from datagen.stage import Reject, RunContext, StageResult, make_result, reject

TEMPLATE = "instag/tagging.txt"
CHAT_SYSTEM = "instag/chat_tagging_system.txt"
STAGE = "tag"
MAX_TAG_CHARS = 80  # longer "tags" are sentences the model spilled into the tag field
RAW_EVIDENCE_CHARS = 2000

_FENCE = re.compile(r"```[a-zA-Z]*\s*\n?(.*?)```", re.DOTALL)
_TAG_PAIR = re.compile(r'"tag"\s*:\s*"((?:[^"\\]|\\.)*)"(?:\s*,\s*"explanation"\s*:\s*"((?:[^"\\]|\\.)*)")?')


class TaggingConfig(StrictModel):
    """The tagging call. The paper used ChatGPT; decoding settings were not published."""

    system_prompt: str = "You are a helpful assistant."  # the paper's system line (Lu et al. 2024, §3.1)
    temperature: float = 0.0  # ours: labelling should be repeatable
    max_tokens: TokenCount = Field(768, ge=16)  # ours: ~20 tags with one-sentence explanations
    max_query_chars: int = Field(6000, ge=100, description="longer queries are cut (keeps the "
                                 "prompt inside small context windows); ours, not the paper's")
    include_input: bool = Field(True, description="tag an Alpaca row's instruction together with "
                                "its input: both are what the user asked")
    seed: int | None = 0
    template: str | None = template_field(("{query}",), "the tagging request")



def build_tagging_prompt(query: str, cfg: TaggingConfig, chat: bool = False) -> tuple[Message, ...]:
    """System line + the instruction with few-shot examples, ending "Query: ...\\nAssistant:".
    With `chat`, the system line also states the JSON format exactly."""
    text = query.strip()
    if len(text) > cfg.max_query_chars:
        text = text[: cfg.max_query_chars].rstrip() + " ..."
    user = template_text(cfg.template, TEMPLATE).replace("{query}", text)
    system = f"{cfg.system_prompt} {load_template(CHAT_SYSTEM)}" if chat else cfg.system_prompt
    return (Message(role="system", content=system), Message(role="user", content=user))


def _items(data: Any) -> list[tuple[str, str]] | None:
    """Tag/explanation pairs from a decoded JSON value, or None when it has no tag shape."""
    if isinstance(data, dict):
        if isinstance(data.get("tags"), list):
            return _items(data["tags"])
        return _items([data]) if "tag" in data else None
    if not isinstance(data, list):
        return None
    out = []
    for item in data:
        if isinstance(item, dict) and isinstance(item.get("tag"), str):
            expl = item.get("explanation", "")
            out.append((item["tag"], expl if isinstance(expl, str) else json.dumps(expl)))
        elif isinstance(item, str):
            out.append((item, ""))
        else:
            return None
    return out


def _decode_first(text: str) -> list[tuple[str, str]] | None:
    """The first JSON list (or `{"tags": [...]}` object) inside `text` that has the tag shape.
    A lone `{"tag": ...}` object is left to the regex fallback: it may be one item of a broken list."""
    decoder = json.JSONDecoder()
    for match in re.finditer(r"[\[{]", text):
        try:
            data, _ = decoder.raw_decode(text, match.start())
        except json.JSONDecodeError:
            continue
        if isinstance(data, list) or (isinstance(data, dict) and "tags" in data):
            items = _items(data)
            if items is not None:
                return items
    return None


def clean_tags(items: list[tuple[str, str]]) -> list[dict[str, str]]:
    """Strip, drop empty or sentence-long tags, keep each tag once (first explanation wins)."""
    seen: set[str] = set()
    out = []
    for tag, expl in items:
        tag = " ".join(tag.split()).strip("\"'` ")
        if not tag or len(tag) > MAX_TAG_CHARS or tag in seen:
            continue
        seen.add(tag)
        out.append({"tag": tag, "explanation": " ".join(expl.split())})
    return out


def parse_tags(text: str) -> tuple[list[dict[str, str]], str] | None:
    """(tags, how) with how in json | fenced | embedded | regex; None when no tag can be read."""
    stripped = text.strip()
    try:
        items = _items(json.loads(stripped))
        if items is not None:
            return clean_tags(items), "json"
    except json.JSONDecodeError:
        pass
    for block in _FENCE.findall(stripped):
        try:
            items = _items(json.loads(block.strip()))
        except json.JSONDecodeError:
            items = _decode_first(block)
        if items is not None:
            return clean_tags(items), "fenced"
    items = _decode_first(stripped)
    if items is not None:
        return clean_tags(items), "embedded"
    items = _repaired(strip_fence(stripped)[0])  # before the regex: it keeps every field of every item
    if items is not None:
        return clean_tags(items), "repaired"
    pairs = [(_unescape(t), _unescape(e or "")) for t, e in _TAG_PAIR.findall(stripped)]
    if pairs:
        return clean_tags(pairs), "regex"
    items = _markdown_list(stripped)
    return (clean_tags(items), "list") if items else None


def _repaired(text: str) -> list[tuple[str, str]] | None:
    """The first list in `text` read after removing trailing commas, or as a Python literal
    (single quotes): two slips chat models make in JSON."""
    start, end = text.find("["), text.rfind("]")
    if start < 0 or end <= start:
        return None
    body = text[start:end + 1]
    try:
        return _items(json.loads(re.sub(r",\s*([\]}])", r"\1", body)))
    except json.JSONDecodeError:
        pass
    try:
        return _items(ast.literal_eval(body))
    except (ValueError, SyntaxError, MemoryError, RecursionError):
        return None


_LIST_LINE = re.compile(r"^[ \t]*(?:\d{1,3}[.)]|[-*•])[ \t]+(\S.*)$")
_LIST_TAG = re.compile(r"^(?:tag[ \t]*:[ \t]*)?([^:\n]{1,80}?)[ \t]*(?::|[-–—][ \t])[ \t]*(\S.*)$", re.I | re.S)


def _markdown_list(text: str) -> list[tuple[str, str]] | None:
    """"1. **tag**: explanation" list lines (lines without a list marker are talk around the
    list); every list line must have the tag shape, else None."""
    pairs = []
    for line in strip_fence(text)[0].splitlines():
        marker = _LIST_LINE.match(line)
        if marker is None:
            continue
        match = _LIST_TAG.match(strip_markdown(marker.group(1)).strip())
        if match is None:
            return None
        pairs.append((match.group(1), match.group(2)))
    return pairs or None


def _unescape(value: str) -> str:
    try:
        return json.loads(f'"{value}"')
    except json.JSONDecodeError:
        return value


def tagging_request(query: str, cfg: TaggingConfig, chat: bool = False) -> LLMRequest:
    return LLMRequest(messages=build_tagging_prompt(query, cfg, chat), temperature=cfg.temperature,
                      max_tokens=cfg.max_tokens, seed=cfg.seed, tag=STAGE)


def _tag_record(record: Record, queries: list[str], answers: dict[str, Completion],
                stats: Counter) -> Record | Reject:
    raw: list[dict[str, Any]] = []
    modes: list[str] = []
    truncated = False
    for turn, query in enumerate(queries):
        out = answers[query]
        if not out.ok:
            return Reject("llm_error", turn=turn, error=out.error)
        parsed = parse_tags(out.text)
        if parsed is None:
            return Reject("parse_failed", turn=turn, raw=out.text[:RAW_EVIDENCE_CHARS],
                          truncated=out.truncated)
        tags, how = parsed
        truncated |= out.truncated
        modes.append(how)
        raw += [{"turn": turn, **t} for t in tags]
    tags = list(dict.fromkeys(t["tag"] for t in raw))
    if not tags:
        return Reject("no_tags", replies=[answers[q].text[:200] for q in queries])
    stats.update(f"parsed_{m}" for m in modes)
    stats["truncated"] += truncated
    stats["queries"] += len(queries)
    meta = {**record.meta, "tags": tags, "instag_raw": raw, "instag_parse": modes}
    if truncated:
        meta["instag_truncated"] = True
    return record.model_copy(update={"meta": meta})


async def tag_stage(records: Sequence[Record], cfg: TaggingConfig, ctx: RunContext) -> StageResult:
    """Tag every query of every record with one LLM call per distinct query (module docstring)."""
    started = time.perf_counter()
    chat = getattr(ctx.llm, "mode", "completion") == "chat"
    per_record = [query_texts(r, cfg.include_input) for r in records]
    distinct = list(dict.fromkeys(q for qs in per_record for q in qs))
    completions = await ctx.llm.generate_many([tagging_request(q, cfg, chat) for q in distinct]) if distinct else []
    answers = dict(zip(distinct, completions))
    kept: list[Record] = []
    rejected: list[Rejected] = []
    stats: Counter = Counter()
    for record, queries in zip(records, per_record):
        result = _tag_record(record, queries, answers, stats) if queries else Reject("empty_query")
        if isinstance(result, Reject):
            rejected.append(reject(record, STAGE, result))
        else:
            kept.append(result)
    raw_tags = {t for r in kept for t in r.meta["tags"]}
    extra = {**{k: float(v) for k, v in stats.items()}, "distinct_queries": float(len(distinct)),
             "raw_tags": float(len(raw_tags))}
    return make_result(STAGE, len(records), kept, rejected, started, extra=extra)
