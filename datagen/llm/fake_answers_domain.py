"""Chat-style fake answers to Explore-Instruct, SynDG and InsTag prompts.

Explore-Instruct: Wan et al., EMNLP 2023 (New subtask / Reason / Examples groups; `###`
example blocks). SynDG: Bao et al., ACL 2023 (one utterance per turn; our 1-10 judge ratings).
InsTag: Lu et al., ICLR 2024 (a JSON list of {tag, explanation}). `Style` is shared with
`fake_answers_instruct`.
"""

from __future__ import annotations

import json
import random
import re

from datagen.llm.fake_answers_instruct import Style
from datagen.llm.fake_pools import DOCS, NAMES, TONES, TOPICS, answer, key_phrase, make_input, make_task

SUBTASK_FORMS = {
    "rewriting": ("making a {doc} sound {tone}", "tightening a wordy {doc}", "adapting a {doc} for {topic}",
                  "fixing the flow of a {doc}", "turning a {doc} into a {tone} note"),
    "brainstorming": ("ideas for {topic}", "names related to {topic}", "questions about {topic}",
                      "plans involving {topic}", "gift ideas linked to {topic}"),
    "math": ("{op} word problems about {topic}", "{op} with units in {topic}", "mental {op} for {topic}"),
}
OPS = ("addition", "multiplication", "percentages", "averages", "rates")


def domain_of(prompt: str) -> str:
    if "\\boxed" in prompt:
        return "math"
    return "rewriting" if re.search(r"\brewrit", prompt[:400], re.IGNORECASE) else "brainstorming"


def _math_example(rng: random.Random) -> tuple[str, str, str]:
    name, count, price, extra = rng.choice(NAMES), rng.randint(2, 9), rng.randint(2, 15), rng.randint(1, 20)
    item = rng.choice(("notebooks", "tickets", "plants", "mugs", "bus passes", "jars of honey"))
    total = count * price + extra
    question = f"{name} buys {count} {item} at {price} dollars each and pays {extra} dollars for delivery."
    steps = f"Explanation: {count} x {price} = {count * price}, and {count * price} + {extra} = {total}."
    return rng.choice(("How much does it cost in total?", "Work out the total amount paid.",
                       "Find the full bill.")), question, f"{steps} Answer: $\\boxed{{{total}}}$"


def _example(domain: str, rng: random.Random) -> tuple[str, str, str]:
    if domain == "math":
        return _math_example(rng)
    if domain == "rewriting":
        doc, tone = rng.choice(DOCS), rng.choice(TONES)
        instruction = rng.choice((f"Rewrite the {doc} so it sounds {tone}.", f"Make this {doc} more {tone}.",
                                  f"Polish the {doc} and keep the tone {tone}.", f"Recast the {doc} for a {tone} reader."))
        given = make_input(rng, doc=doc)
        return instruction, given, answer(instruction, given)
    task = make_task(rng, classification=False, needs_input=False)
    return task.instruction, "", answer(task.instruction)


def example_blocks(domain: str, count: int, numbered: bool, rng: random.Random, style: Style) -> str:
    blocks = []
    for k in range(1, count + 1):
        instruction, given, out = _example(domain, rng)
        number = f"{k}. " if numbered else ""
        blocks.append(f"###\n{number}{style.label('Instruction')} {instruction}\n{style.label('Input')} "
                      f"{given or '<noinput>'}\n{style.label('Output')} {out}")
    return "\n".join(blocks + ["###"])


def _count(pattern: str, prompt: str, default: int) -> int:
    found = re.findall(pattern, prompt)
    return max(1, min(int(found[-1]), 60)) if found else default  # one reply holds at most 60 examples


def explore_extend(prompt: str, rng: random.Random, style: Style) -> str:
    domain = domain_of(prompt)
    numbered = bool(re.search(r"^\d+\. Instruction:", prompt, re.MULTILINE))
    n_new = _count(r"(\d+) new subtasks", prompt, 2)
    n_examples = _count(r"(\d+) examples", prompt, 2)
    target = re.findall(r"Target task:\s*(.+)", prompt)
    groups = []
    for _ in range(n_new):
        name = rng.choice(SUBTASK_FORMS[domain]).format(doc=rng.choice(DOCS), tone=rng.choice(TONES),
                                                        topic=rng.choice(TOPICS), op=rng.choice(OPS))
        why = (f"It is a narrower part of {target[-1].strip() if target else 'the target task'} that people "
               f"need when working on {rng.choice(TOPICS)}.")
        groups.append(f"{style.label('New subtask')} {name}\n{style.label('Reason')} {why}\n"
                      f"{style.label('Examples')}\n{example_blocks(domain, n_examples, numbered, rng, style)}")
    return style.wrap("\n\n".join(groups), rng, f"Here are {n_new} new subtasks:")


def explore_enrich(prompt: str, rng: random.Random, style: Style) -> str:
    numbered = bool(re.search(r"^\d+\. Instruction:", prompt, re.MULTILINE))
    count = _count(r"Write (\d+) new examples", prompt, 3)
    body = example_blocks(domain_of(prompt), count, numbered, rng, style)
    return style.wrap(body, rng, f"Sure! Here are {count} new examples:")


def syndg_turn(prompt: str, rng: random.Random, style: Style) -> str:
    """One utterance that uses the turn's knowledge note (or persona) in other words."""
    speaker = re.findall(r"Write (.+?)'s next message", prompt)[-1]
    note = re.search(r"(?:Knowledge|Persona) for .+?'s next message:\s*(.+)", prompt)
    topic = re.search(r'about "(.+?)"', prompt)
    fact = re.search(r'"(.+?)"', note.group(1)) if note else None
    if fact:
        sentence = fact.group(1).rstrip(".")
        text = rng.choice(("I read that {s}.", "Fun fact: {s}.", "As far as I know, {s}.")).format(
            s=sentence[0].lower() + sentence[1:])
    elif note and not note.group(1).startswith("none"):
        text = f"Oh, that reminds me: {note.group(1).strip().rstrip('.').lower()}."
    else:
        subject = topic.group(1) if topic else rng.choice(TOPICS)
        text = rng.choice(("That's interesting! What got you into {t}?", "I have always wondered about {t}.",
                           "Really? Tell me more about {t}.")).format(t=subject)
    text += rng.choice(("", " What do you think?", " It surprised me too."))
    if style.preamble:
        return rng.choice((f"{speaker}: {text}", f'"{text}"'))
    return text


def syndg_judge(prompt: str, rng: random.Random, style: Style) -> str:
    coherence, grounded = rng.randint(5, 9), rng.randint(4, 9)
    if not style.preamble:
        return f"coherence: {coherence}\ngroundedness: {grounded}"
    return (f"{style.label('Coherence')} {coherence}/10\n{style.label('Groundedness')} {grounded}/10\n\n"
            "The messages follow each other naturally and mostly use their knowledge well.")


TASK_TAGS = (("write", "creative writing"), ("explain", "explanation"), ("list", "listing"),
             ("summar", "summarization"), ("rewrit", "rewriting"), ("classif", "classification"),
             ("translat", "translation"), ("suggest", "recommendation"), ("plan", "planning"),
             ("compar", "comparison"), ("calculat", "math calculation"), ("code", "programming"))


def instag(prompt: str, rng: random.Random, style: Style) -> str:
    """A JSON list of {tag, explanation} for the prompt's last query."""
    query = prompt.rsplit("Query:", 1)[-1].split("\nAssistant:", 1)[0].strip()
    low = query.lower()
    tags = [(tag, f"The user asks for {tag}.") for stem, tag in TASK_TAGS if stem in low][:2]
    tags.append((key_phrase(query).split(" ", 1)[-1], "The topic the query is about."))
    for pattern, tag in ((r"\b\d+\b", "quantity constraint"), (r"tone|formal|friendly", "tone constraint"),
                         (r"\bfor (?:a|an|the)? ?\w+", "target audience"), (r"word|sentence|short", "length limit"),
                         (r"table|bullet|list|json", "output format")):
        if re.search(pattern, low):
            tags.append((tag, f"The query sets a {tag}."))
    if len(tags) < 2:
        tags.append(("information request", "The user wants to learn something."))
    rng.shuffle(tags)
    data = json.dumps([{"tag": t, "explanation": e} for t, e in tags], ensure_ascii=False)
    if not style.preamble:
        return data
    return style.wrap(f"```json\n{data}\n```", rng, "Here are the intention tags for this query:")
