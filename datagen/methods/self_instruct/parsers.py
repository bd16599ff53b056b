"""Pure parsers and the instance filter for Self-Instruct and Alpaca (yizhongw/self-instruct
`bootstrap_instructions.py`, `identify_clf_or_not.py`, `prepare_for_finetuning.py`; stanford_alpaca
`generate_instruction.py`).

Rules follow yizhongw/self-instruct (`bootstrap_instructions.py`, `prepare_for_finetuning.py`)
and tatsu-lab/stanford_alpaca (`generate_instruction.py`), with three documented departures:
no `str.capitalize()` (pitfall 1), stable first-seen order instead of `set()` (pitfall 4), and
an "Example k" splitter anchored at line starts by default (the reference also splits on the
word "Example" inside content; `anchored=False` restores that).

Instance-level problem codes (evidence of an `invalid_instances` rejection):
`same_input_output`, `empty_output`, `ends_with_colon`.
"""

from __future__ import annotations

import random
import re
from typing import NamedTuple, Sequence

from datagen.records import Instance
from datagen.stage import Reject

# --- step 1: numbered instruction lists -------------------------------------------------------

# An item break: a new line that opens with a number and a dot ("\n12. ", "\n12 . ").
_ITEM_BREAK = re.compile(r"\n[ \t]*\d+[ \t]?\.(?:[ \t]+|(?=\n)|$)")


def parse_numbered_instructions(text: str, start: int = 9) -> list[str]:
    """The instructions in a continuation of a numbered list whose open number was `start`.

    A completion model continues right after "9.", so "9." is put back in front. A chat model
    may repeat the number or echo the demonstrations first: when some line opens with "9.",
    the text before it is dropped. Each item is whitespace-collapsed and stripped; empty items
    are skipped; casing is kept (no `str.capitalize()`).
    """
    opener = re.search(rf"(?:^|\n)[ \t]*{start}[ \t]?\.(?:[ \t]|$)", text)
    body = "\n" + (text[opener.start():].lstrip("\n") if opener else f"{start}. {text.lstrip()}")
    items = (" ".join(piece.split()) for piece in _ITEM_BREAK.split(body))
    return [item for item in items if item]


# --- step 2: classification label ------------------------------------------------------------

_YES = {"Yes", "yes", "YES"}  # identify_clf_or_not.py / generate_instances.py


def parse_clf_label(text: str, strict: bool = True) -> bool | None:
    """True for a yes, False for a no, None when the answer is neither (the caller decides).

    `strict` is the reference rule: yes iff `strip()` is exactly Yes/yes/YES. Otherwise the
    first word is read case-insensitively without punctuation ("Yes." and "yes, it is" count).
    """
    answer = text.strip()
    if strict:
        if answer in _YES:
            return True
        return False if answer.lower() == "no" else None
    words = answer.split()
    first = words[0].strip(".,!:;\"'").lower() if words else ""
    return True if first == "yes" else False if first == "no" else None


# --- step 4: instances -----------------------------------------------------------------------

_EXAMPLE_ANYWHERE = re.compile(r"Example\s?\d*\.?")  # the reference splitter
# Anchored: "Example 3", "Example 3:", "Example3." at a line start, or a bare "Example" line.
_EXAMPLE_ANCHORED = re.compile(
    r"(?:^|\n)[ \t]*Example(?:[ \t]?\d+[ \t]*[.:]?|[ \t]*[.:]?[ \t]*(?=\n|$))")
_OUTPUT = re.compile(r"Output\s*\d*\s*:")
_INPUT = re.compile(r"Input\s*\d*\s*:")
_INPUT_PREFIX = re.compile(r"^Input\s*\d*\s*:")
CLASS_LABEL = "Class label:"


def _input_output(chunk: str) -> Instance:
    """Input before the first "Output k:", output after it up to any later Input/Output marker."""
    parts = _OUTPUT.split(chunk, maxsplit=2)
    given, answer = ("", chunk) if len(parts) == 1 else (parts[0], parts[1])
    answer = _INPUT.split(answer, maxsplit=1)[0]
    given = _INPUT_PREFIX.sub("", given.strip())
    return Instance(input=given.strip(), output=answer.strip())


def parse_generation_instances(text: str, truncated: bool, anchored: bool = True) -> list[Instance]:
    """Input-first output: "Example k" blocks each split at "Output:", or one bare "Output:" pair.

    No "Example" and no "Output:" gives no instances. When the response hit max_tokens
    (`truncated`), the last instance is dropped.
    """
    text = text.strip()
    splitter = _EXAMPLE_ANCHORED if anchored else _EXAMPLE_ANYWHERE
    if splitter.search(text):
        instances = [_input_output(c.strip()) for c in splitter.split(text) if c.strip()]
    elif _OUTPUT.search(text):
        instances = [_input_output(text)]
    else:
        return []
    return instances[:-1] if truncated else instances


def parse_classification_instances(text: str, truncated: bool) -> list[Instance]:
    """Output-first output: each "Class label:" chunk's first line is the label (the output),
    the rest is the input (may be empty). Text before the first label is ignored; when the
    response hit max_tokens the last instance is dropped."""
    if CLASS_LABEL not in text:
        return []
    instances = []
    for chunk in text.split(CLASS_LABEL)[1:]:
        label, _, rest = chunk.strip().partition("\n")
        instances.append(Instance(input=rest.strip(), output=label.strip()))
    return instances[:-1] if truncated else instances


def instance_problem(instance: Instance) -> str | None:
    """Why one instance is unusable (`filter_invalid_instances`), or None."""
    if instance.input == instance.output:
        return "same_input_output"
    if not instance.output.strip():
        return "empty_output"
    if instance.input.strip().endswith(":") or instance.output.strip().endswith(":"):
        return "ends_with_colon"  # the reference reads a trailing colon as an unfinished field
    return None


def filter_instances(instances: Sequence[Instance], max_instances: int = 5,
                     rng: random.Random | None = None) -> tuple[list[Instance], Reject | None]:
    """(kept instances, None) or ([], Reject) for the whole task.

    Order as in `prepare_for_finetuning.py`: drop invalid instances; reject the task when one
    non-empty input maps to two different outputs; remove exact duplicates keeping first-seen
    order; keep at most `max_instances` by a seeded random sample in original order (seed 123
    in the reference). Rejects: `no_instances`, `invalid_instances` (evidence: per-instance
    problem codes), `conflicting_instances` (evidence: the input and both outputs).
    """
    if not instances:
        return [], Reject("no_instances")
    problems = [instance_problem(inst) for inst in instances]
    valid = [inst for inst, problem in zip(instances, problems) if problem is None]
    if not valid:
        return [], Reject("invalid_instances", instance_reasons=problems)
    first_output: dict[str, str] = {}
    for inst in valid:
        if not inst.input:
            continue
        seen = first_output.setdefault(inst.input, inst.output)
        if seen != inst.output:
            return [], Reject("conflicting_instances", input=inst.input, outputs=[seen, inst.output])
    unique = list({(inst.input, inst.output): inst for inst in valid}.values())  # first-seen order
    if len(unique) > max_instances:
        rng = rng or random.Random(123)
        unique = [unique[i] for i in sorted(rng.sample(range(len(unique)), max_instances))]
    return unique, None


# --- Alpaca: ###-separated numbered Instruction/Input/Output triples ---------------------------

class AlpacaParse(NamedTuple):
    items: list[tuple[str, str, str]]  # (instruction, input, output)
    malformed: list[str]  # chunks the strict numbering / 7-part rule skipped
    truncated: str | None  # the last chunk, dropped because the response hit max_tokens


def split_alpaca_response(text: str, truncated: bool, start: int = 4) -> AlpacaParse:
    """Parse an Alpaca continuation, keeping what was skipped (see `parse_alpaca_response`)."""
    opening = text.lstrip()
    if opening.startswith("###"):
        opening = opening[3:].lstrip()
    # A completion model continues after "4. Instruction:"; a chat model may repeat it.
    body = opening if re.match(rf"{start}\.\s+Instruction:", opening) else f"{start}. Instruction:{text}"
    chunks = body.split("###")
    items: list[tuple[str, str, str]] = []
    malformed: list[str] = []
    dropped: str | None = None
    for j, chunk in enumerate(chunks):
        if truncated and j == len(chunks) - 1:
            dropped = chunk.strip() or None
            continue
        if not chunk.strip():
            continue
        # Chunk j must carry the number start + j; the lookbehind keeps "14." from matching "4.".
        parts = re.split(rf"(?<!\d){start + j}\.\s+(Instruction|Input|Output):", chunk)
        if len(parts) != 7 or parts[1::2] != ["Instruction", "Input", "Output"]:
            malformed.append(chunk.strip())
            continue
        given = parts[4].strip()
        items.append((parts[2].strip(), "" if given.lower() == "<noinput>" else given, parts[6].strip()))
    return AlpacaParse(items, malformed, dropped)


def parse_alpaca_response(text: str, truncated: bool, start: int = 4) -> list[tuple[str, str, str]]:
    """(instruction, input, output) triples from an Alpaca continuation.

    "4. Instruction:" is put back in front and the text split on "###". Chunk j is kept only if
    splitting it on "<start+j>. Instruction|Input|Output:" gives exactly 7 parts, in that field
    order (the reference's strict rule): a misnumbered chunk is lost, and when the model skips
    a number every later chunk is off by one and lost too. `<noinput>` (any case) becomes "".
    The last chunk is dropped when truncated.
    """
    return split_alpaca_response(text, truncated, start).items
