"""Knowledge sources for SynDG dialogues: a topic knowledge base and a persona pool.

SynDG (Bao et al., ACL 2023) grounds each dialogue in Wikipedia passages
(Wizard-of-Wikipedia style) or in persona sentences (PersonaChat style). The project ships its own
small sources in `seeds/syndg/`; users pass their own files in the same JSONL formats:

topics, one topic a line (`id` optional, `related` optional; related entries name other topics
of the same file, most related first, and play the role of WoW's retrieved topics):

    {"id": "honey-bee", "topic": "Honey bee", "passage": ["First sentence.", "..."],
     "related": ["Pollination", "Beekeeping"]}

personas, one persona sentence a line (`id` optional):

    {"id": "p001", "persona": "I keep three hives on my roof."}

Every problem is an InputError naming the file, the line and the field.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Sequence

from datagen.errors import InputError
from datagen.io import iter_jsonl
from datagen.records import stable_id

NONE = "[none]"  # SynDG's marker for "no knowledge in this slot"
SEPARATOR = "|"  # flow items are written `chosen | topic | sentence`, personas joined with " | "

TOPIC_KEYS = {"id", "topic", "passage", "related"}
PERSONA_KEYS = {"id", "persona"}


@dataclass(frozen=True)
class Topic:
    id: str
    title: str
    sentences: tuple[str, ...]
    related: tuple[str, ...] = ()  # titles of other topics, most related first


@dataclass(frozen=True)
class Persona:
    id: str
    text: str


class KnowledgeBase:
    """Topics by title, in file order; `related(topic)` resolves the related-topic links."""

    def __init__(self, topics: Sequence[Topic]) -> None:
        self.topics = list(topics)
        self.by_title = {t.title: t for t in self.topics}

    def __len__(self) -> int:
        return len(self.topics)

    def get(self, title: str) -> Topic:
        return self.by_title[title]

    def related(self, topic: Topic) -> list[Topic]:
        return [self.by_title[title] for title in topic.related]


def _text(path: Path, lineno: int, value: Any, field: str, fix: str) -> str:
    if not isinstance(value, str) or not value.strip():
        problem = "missing" if value is None else "must be a non-empty string"
        raise InputError(path, problem, line=lineno, field=field, fix=fix)
    text = " ".join(value.split())
    if text == NONE:
        raise InputError(path, f"{NONE} is reserved for empty knowledge slots", line=lineno, field=field)
    return text


def _unknown_keys(path: Path, lineno: int, obj: dict[str, Any], known: set[str]) -> None:
    extra = sorted(set(obj) - known)
    if extra:
        raise InputError(path, f"unknown field (known fields: {', '.join(sorted(known))})",
                         line=lineno, field=extra[0], fix="check the spelling")


def _string_list(path: Path, lineno: int, value: Any, field: str, fix: str) -> list[str]:
    if not isinstance(value, list):
        raise InputError(path, f"expected a list of strings, got {type(value).__name__}",
                         line=lineno, field=field, fix=fix)
    return [_text(path, lineno, item, f"{field}[{k}]", fix) for k, item in enumerate(value)]


def _topic(path: Path, lineno: int, obj: dict[str, Any]) -> Topic:
    _unknown_keys(path, lineno, obj, TOPIC_KEYS)
    title = _text(path, lineno, obj.get("topic"), "topic", 'every line needs "topic": "<title>"')
    if SEPARATOR in title:
        raise InputError(path, f"a title may not contain {SEPARATOR!r} (it separates flow fields)",
                         line=lineno, field="topic")
    if "passage" not in obj:
        raise InputError(path, "missing", line=lineno, field="passage",
                         fix='write "passage": ["first sentence", "second sentence", ...]')
    sentences = _string_list(path, lineno, obj["passage"], "passage",
                             'write "passage": ["first sentence", "second sentence", ...]')
    if not sentences:
        raise InputError(path, "needs at least one sentence", line=lineno, field="passage")
    related = _string_list(path, lineno, obj.get("related", []), "related",
                           'write "related": ["Other topic title", ...]')
    topic_id = obj.get("id", stable_id("topic", title))
    topic_id = _text(path, lineno, topic_id, "id", 'use ids such as "honey-bee"')
    return Topic(id=topic_id, title=title, sentences=tuple(sentences), related=tuple(related))


def load_topics(path: str | Path) -> KnowledgeBase:
    """The topic knowledge base in `path` (format in the module docstring).

    Errors: a bad line, a missing/empty `topic` or `passage`, an unknown field, a duplicate title
    or id, a `related` title that is not a topic of the file, a topic related to itself, an
    empty file.
    """
    path = Path(path)
    topics: list[Topic] = []
    lines: dict[str, int] = {}
    ids: dict[str, int] = {}
    for lineno, obj in iter_jsonl(path):
        topic = _topic(path, lineno, obj)
        if topic.title in lines:
            raise InputError(path, f"duplicate topic {topic.title!r} (first on line {lines[topic.title]})",
                             line=lineno, field="topic")
        if topic.id in ids:
            raise InputError(path, f"duplicate id {topic.id!r} (first on line {ids[topic.id]})",
                             line=lineno, field="id")
        lines[topic.title], ids[topic.id] = lineno, lineno
        topics.append(topic)
    if not topics:
        raise InputError(path, "no topics found", fix="add one JSON object per line")
    for topic in topics:
        for k, title in enumerate(topic.related):
            if title == topic.title:
                raise InputError(path, "a topic cannot be related to itself", line=lines[topic.title],
                                 field=f"related[{k}]")
            if title not in lines:
                raise InputError(path, f"{title!r} is not a topic of this file", line=lines[topic.title],
                                 field=f"related[{k}]", fix="add that topic or remove the link")
    return KnowledgeBase(topics)


def load_personas(path: str | Path) -> list[Persona]:
    """The persona sentences in `path`, in file order, duplicates of the same text refused."""
    path = Path(path)
    personas: list[Persona] = []
    seen: dict[str, int] = {}
    ids: dict[str, int] = {}
    for lineno, obj in iter_jsonl(path):
        _unknown_keys(path, lineno, obj, PERSONA_KEYS)
        text = _text(path, lineno, obj.get("persona"), "persona",
                     'every line needs "persona": "<one first-person sentence>"')
        if SEPARATOR in text:
            raise InputError(path, f"a persona may not contain {SEPARATOR!r} (it joins persona sentences)",
                             line=lineno, field="persona")
        if text in seen:
            raise InputError(path, f"duplicate persona (first on line {seen[text]})", line=lineno,
                             field="persona")
        persona_id = _text(path, lineno, obj.get("id", stable_id("persona", text)), "id",
                           'use ids such as "p001"')
        if persona_id in ids:
            raise InputError(path, f"duplicate id {persona_id!r} (first on line {ids[persona_id]})",
                             line=lineno, field="id")
        seen[text], ids[persona_id] = lineno, lineno
        personas.append(Persona(id=persona_id, text=text))
    if not personas:
        raise InputError(path, "no personas found", fix="add one JSON object per line")
    return personas
