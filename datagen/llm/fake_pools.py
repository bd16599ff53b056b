"""Word pools and a seeded task maker for the fake server's chat replies (`fake_replies`).

Everything here is our own wording. A task is built from a template with several free slots
(topic, audience, count, tone, document kind), so two draws rarely share more than the
template's few fixed words: hundreds of them stay under the ROUGE-L 0.7 novelty bar that
Self-Instruct (Wang et al., ACL 2023) applies. `answer` depends only on the instruction and
input, never on the seed, so every ensemble member "agrees" (Ensemble-Instruct's vote needs
consensus; Lee et al., Findings of EMNLP 2023).
"""

from __future__ import annotations

import hashlib
import random
import re
from dataclasses import dataclass

TOPICS = (
    "a community garden", "remote work", "the water cycle", "a weekend trip to Porto", "electric bikes",
    "sourdough baking", "saving for retirement", "houseplants that need little light", "a school science fair",
    "learning a second language", "composting at home", "a first marathon", "online privacy",
    "volcanoes", "a small bakery's opening week", "public libraries", "board games for families",
    "time zones", "recycling plastic", "the history of the bicycle", "job interviews", "solar panels",
    "a neighbourhood cleanup day", "sleep habits", "budget meal planning", "honeybees", "rainy-day activities",
    "moving to a new city", "password managers", "tide pools", "a wedding toast", "city parking rules",
    "winter camping", "fermented vegetables", "the Moon's phases", "a book club", "stretching at a desk",
    "chess openings", "noise in open offices", "a lost-and-found service", "the printing press",
    "kitchen knife care", "birdwatching", "a charity bake sale", "first aid for small burns",
    "spreadsheets for beginners", "train travel in Europe", "coral reefs", "a podcast launch",
    "a dog adoption", "earthquake safety", "vintage furniture", "water-saving showers", "a debate club",
)
AUDIENCES = (
    "a ten-year-old", "a busy manager", "first-year students", "a retired teacher", "new employees",
    "a nervous beginner", "a group of tourists", "a hiring committee", "your neighbours", "a sceptical friend",
    "a school principal", "parents of toddlers", "a local newspaper's readers",
)
TONES = ("friendly", "formal", "playful", "concise", "cheerful", "neutral", "persuasive", "warm")  # all take "a"
DOCS = ("paragraph", "email", "product review", "news snippet", "diary entry", "meeting note", "text message")
NAMES = ("Maya", "Tomasz", "Aisha", "Jonas", "Priya", "Lucas", "Mei", "Omar", "Elena", "Kwame")
LABEL_SETS = (("positive", "negative"), ("urgent", "not urgent"), ("fact", "opinion"),
              ("formal", "informal"), ("question", "request", "complaint"), ("true", "false"),
              ("beginner", "intermediate", "advanced"), ("relevant", "off-topic"))
ADVICE = (
    "start small and build the habit step by step", "write down a simple plan before you begin",
    "ask someone with experience for feedback", "set a fixed time for it each week",
    "keep a short checklist you can reuse", "compare two or three options before deciding",
    "track what works in a notebook", "leave some slack for surprises", "focus on the one change "
    "that matters most", "review the result after a few days", "keep the cost low at first",
    "explain your reasons to the people involved", "test the idea once before committing to it",
)
OPENERS = (
    "Honestly, I did not expect much from {t}.", "Last week our team finally looked into {t}.",
    "Everyone keeps talking about {t} these days.", "I spent the whole afternoon reading about {t}.",
    "Our town council sent a letter about {t}.", "My cousin asked me for help with {t}.",
)
MIDDLES = (
    "The first attempt was messy, but the second went much better.", "Some people loved it and others "
    "were confused.", "It took longer than planned and cost a little more.", "The instructions were "
    "unclear in a few places.", "Still, most of us agreed it was worth the effort.",
    "We ran out of time before the last step.", "A few neighbours offered to help next time.",
)

# An instruction is composed from independent parts (head, topic link, audience, constraint),
# each with its own pool, so two draws rarely share more than a few words: hundreds stay
# under Self-Instruct's ROUGE-L 0.7 novelty bar. Heads: (text, needs an input).
HEADS = (
    ("Explain the key ideas", False), ("Write a short story", False), ("Draft a checklist", False), ("Create a quiz", False),
    ("Outline a lesson", False), ("Compose a limerick", False), ("Suggest {n} names for a club", False),
    ("Brainstorm {n} ideas", False), ("Prepare interview questions", False), ("Design a weekly plan", False),
    ("Propose a slogan", False), ("Give {n} practical tips", False), ("Describe a typical day", False),
    ("Compare two approaches", False), ("List common myths", False), ("Write a product description", False),
    ("Invent a riddle", False), ("Plan a {n}-step routine", False), ("Argue for and against a rule", False),
    ("Recommend {n} beginner books", False), ("Create a packing list", False), ("Write a diary entry", False),
    ("Pose {n} discussion questions", False), ("Estimate a simple monthly budget", False),
    ("Summarize the {doc}", True), ("Rewrite the {doc} in a {tone} tone", True),
    ("Pick out the {n} key points of the {doc}", True), ("Turn the {doc} into a reply", True),
    ("Find vague wording in the {doc}", True), ("Shorten the {doc}", True), ("Translate the {doc} into plain English", True),
    ("Extract every name and date from the {doc}", True), ("Give the {doc} a headline", True),
    ("Point out the weakest argument in the {doc}", True),
)
LINKS = ("about {t}", "on {t}", "covering {t}", "centred on {t}", "that deals with {t}", "related to {t}",
         "for anyone curious about {t}", "touching on {t}")
AUDIENCE_LINKS = ("", "", "for {a}", "aimed at {a}", "that {a} would enjoy", "suitable for {a}")
CONSTRAINTS = (
    "", "", "Keep it under {n}0 words.", "Use a {tone} tone.", "End with a question.", "Avoid jargon.",
    "Format the answer as a table.", "Mention {name} by name.", "Use bullet points.",
    "Include at least one number.", "Write no more than {n} sentences.", "Start with a surprising fact.",
    "Add a one-line summary at the end.", "Do not use the letter z.", "Make it rhyme if you can.",
    "Explain any technical term you use.", "Give an example from everyday life.",
)
CLF_TEMPLATES = (
    "Classify the {doc} about {t} as {labels}.", "Decide whether the {doc} is {labels}.",
    "Label each {doc} from {a} as {labels}.", "Tell whether this {doc} on {t} reads as {labels}.",
    "Sort the {doc} into one of these groups: {labels}.",
)


@dataclass(frozen=True)
class FakeTask:
    instruction: str
    input: str  # "" when the task needs none
    labels: tuple[str, ...] = ()  # set for classification tasks

    @property
    def is_classification(self) -> bool:
        return bool(self.labels)


def rng_for(*parts: object) -> random.Random:
    """A private RNG seeded from anything printable: deterministic across processes."""
    digest = hashlib.sha256("\x1f".join(map(str, parts)).encode()).hexdigest()
    return random.Random(int(digest[:16], 16))


def _labels(labels: tuple[str, ...]) -> str:
    return ", ".join(labels[:-1]) + f" or {labels[-1]}"


def make_input(rng: random.Random, topic: str | None = None, doc: str | None = None) -> str:
    """A short, concrete text to work on (two or three sentences)."""
    topic = topic or rng.choice(TOPICS)
    parts = [rng.choice(OPENERS).format(t=topic)] + rng.sample(MIDDLES, rng.randint(1, 2))
    if doc == "email":
        return f"Hi {rng.choice(NAMES)}, " + " ".join(parts) + f" Best, {rng.choice(NAMES)}"
    return " ".join(parts)


def make_task(rng: random.Random, classification: bool | None = None, needs_input: bool | None = None) -> FakeTask:
    """One task with a concrete input where it needs one; a fifth are classification tasks
    unless `classification` says; `needs_input` restricts the heads (Ensemble-Instruct's A/B)."""
    slots = dict(t=rng.choice(TOPICS), a=rng.choice(AUDIENCES), n=rng.randint(2, 6), tone=rng.choice(TONES),
                 doc=rng.choice(DOCS), name=rng.choice(NAMES))
    if classification is None:
        classification = rng.random() < 0.2
    if classification:
        labels = rng.choice(LABEL_SETS)
        text = rng.choice(CLF_TEMPLATES).format(labels=_labels(labels), **slots)
        return FakeTask(text, make_input(rng, slots["t"], slots["doc"]), labels)
    head, needs_input = rng.choice([h for h in HEADS if needs_input is None or h[1] == needs_input])
    parts = [head, rng.choice(LINKS), rng.choice(AUDIENCE_LINKS)]
    text = " ".join(p for p in parts if p).format(**slots) + "."
    constraint = rng.choice(CONSTRAINTS).format(**slots)
    given = make_input(rng, slots["t"], slots["doc"]) if needs_input else ""
    return FakeTask(f"{text} {constraint}".strip(), given)


_STOP = {"the", "a", "an", "of", "to", "for", "and", "or", "in", "on", "about", "with", "your", "this", "that",
         "what", "how", "write", "give", "list", "explain", "each", "into", "from", "who", "are", "is", "it"}


def key_phrase(text: str) -> str:
    """The instruction's content words (at most four), to mention in an answer or tag."""
    words = [w for w in re.findall(r"[A-Za-z][A-Za-z'-]+", text) if w.lower() not in _STOP]
    return " ".join(words[:4]).lower() or "the request"


def labels_in(instruction: str) -> tuple[str, ...]:
    """Labels named as "X, Y or Z" ("spam or not": spam / not spam) in an instruction, else yes/no."""
    found = re.findall(r"((?:[\w-]+,\s*)*[\w-]+),?\s+or\s+((?:not\s+)?[\w-]+)", instruction)
    if not found:
        return ("yes", "no")
    head, last = found[-1]
    labels = [p.strip() for p in head.split(",") if p.strip()]
    return tuple(labels + [f"not {labels[-1]}" if last == "not" else last])


def answer(instruction: str, given: str = "") -> str:
    """A plausible answer that depends only on the instruction and input (see module doc)."""
    rng = rng_for("answer", instruction.strip(), given.strip())
    low = instruction.lower()
    counted = re.search(r"\b([2-9])\b", instruction)
    if re.search(r"classify|decide whether|label|tell whether|one of these|is it|which", low):
        return rng.choice(labels_in(instruction)).capitalize()
    if given and re.search(r"summar|shorten|point", low):
        return given.split(".")[0].strip() + "."
    if given and re.search(r"rewrite|turn the|reply|wording|phrasing", low):
        return f"Thank you for the note. {rng.choice(MIDDLES)} I will keep you posted on {key_phrase(given)}."
    if counted or re.search(r"\blist|tips|ideas|titles|questions|steps?\b", low):
        k = int(counted.group(1)) if counted else 3
        return "\n".join(f"{i}. {tip[0].upper()}{tip[1:]}." for i, tip in enumerate(rng.sample(ADVICE, min(k, 6)), 1))
    found = re.search(r"\b(?:about|on|covering|centred on|with|related to) (.+?)(?: for | aimed | that | suitable|[.?]|$)",
                      instruction)
    topic = found.group(1) if found else key_phrase(instruction)
    return (f"When it comes to {topic}, the key is to {rng.choice(ADVICE)}. "
            f"It also helps to {rng.choice(ADVICE)}, so the result stays clear and useful.")
