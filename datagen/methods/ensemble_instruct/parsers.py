"""Pure parsers for Ensemble-Instruct's model outputs (IBM/ensemble-instruct
`gen_instructions.py`, `sample_instances.py`).

Instruction responses: the backend should stop at the end-of-item marker `|EoS|`, but some
(IBM BAM) return the marker in the text and some ignore the stop; the text is cut at the first
marker, so the marker never reaches a stored instruction, and split on numbered lines as
`gen_instructions.py` does.

Raw instances (`sample_instances.py`), two parsers:
- `reference` reproduces the repo's rule exactly (it rebuilds the released
  `sample/openei.io_samples.jsonl`, 72 rows, and `openei.o_samples.jsonl`, 81 rows): blank lines
  become "^", the text is split on "^" (so a literal "^" also splits); chunk 0 is the instance of
  the given instruction, taken from its first line ("input: ...", then "output: ..." on the
  second line) or, for output-only, from its first line alone: a multi-line input fails and a
  multi-line output is cut to its first line. Later chunks with "instruction:" (more than 5
  words), "input:" and "output:" lines (or "instruction:" and "output:") are harvested as new
  tasks. Labels and `|EoS|` are removed and an empty output drops the row. The repo crashes on
  an empty text; here that is an `empty_raw` verdict.
  Pitfall kept for parity: the harvest test sits inside the branch that requires the chunk's
  FIRST line to carry "input:" (or "output:"), while it also needs "instruction:" on that line,
  so harvesting almost never fires (0 of the 89 later chunks in the released sample).
- `multiline` keeps multi-line fields: chunks end at a `|EoS|` that closes an example (or at a
  blank line followed by a new "instruction:" line), and each labelled field runs until the
  next label. Later chunks
  that start with "instruction:" (at least 5 words) and carry an "output:" are harvested, as
  the repo intended. Pair it with stop ["|EoS|"] only: a "\n\n" stop ends multi-paragraph outputs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from datagen.llm.client import cut_at_stops

EOS = "|EoS|"
ParserName = Literal["reference", "multiline"]
MIN_HARVEST_WORDS = 5  # sample_instances.py: a harvested instruction needs more than 5 words
_NUMBERED = re.compile(r"\n\d+\s?\. ")  # gen_instructions.py splits the response on these
_LABEL = re.compile(r"^(instruction|input|output):", re.MULTILINE)
# A chunk ends at a |EoS| that closes an example (followed by a blank line, a new "instruction:"
# or the end), or at a blank line before a new "instruction:". A marker inside an example
# ("input: ... |EoS|\noutput: ...") is not a boundary; it is removed from the field.
_BOUNDARY = re.compile(r"\|EoS\|[ \t]*(?=\n[ \t]*\n|\n[ \t]*instruction:|\s*$)"
                       r"|\n[ \t]*\n(?=[ \t]*instruction:)")


def parse_instruction_response(text: str) -> list[str]:
    """Instructions in one generation response: cut at the first `|EoS|`, split on numbered
    lines, whitespace collapsed, empty items dropped (usually one item: the open number's)."""
    body, _ = cut_at_stops(text, (EOS,))
    items = [re.sub(r"\s+", " ", part).strip() for part in _NUMBERED.split(body)]
    return [item for item in items if item]


@dataclass(frozen=True)
class ParsedChunk:
    """One chunk of a raw instance text: a row (`output` set) or a verdict on why it is not one."""

    index: int  # 0 = the instance of the given instruction; > 0 = harvested
    text: str
    instruction: str = ""
    input: str = ""
    output: str = ""
    reason: str | None = None  # empty_raw | parse_failed | empty_output | harvest_not_a_task

    @property
    def ok(self) -> bool:
        return self.reason is None

    @property
    def harvested(self) -> bool:
        return self.index > 0


def _clean(value: str, label: str) -> str:
    # The repo: .replace("<label>:", "").strip().replace("|EoS|", "").strip()
    return value.replace(f"{label}:", "").strip().replace(EOS, "").strip()


def _has_output(output: str) -> bool:
    return len(output.split()) > 0


def _reference_chunk(idx: int, chunk: str, instruction: str) -> ParsedChunk:
    lines = chunk.splitlines()
    first = lines[0] if lines else ""
    if "input:" in first:
        if idx == 0 and len(lines) > 1:
            inp, out = lines[0].strip(), lines[1].strip()
            if "input:" in inp and "output:" in out:
                return _row(idx, chunk, instruction, _clean(inp, "input"), _clean(out, "output"))
        elif idx > 0 and len(lines) > 2:
            ins, inp, out = (line.strip() for line in lines[:3])
            if "instruction:" in ins and "input:" in inp and "output:" in out \
                    and len(ins.split()) > MIN_HARVEST_WORDS:
                return _row(idx, chunk, _clean(ins, "instruction"), _clean(inp, "input"),
                            _clean(out, "output"))
    elif "output:" in first:
        if idx == 0:
            return _row(idx, chunk, instruction, "", _clean(first.strip(), "output"))
        if len(lines) > 1:
            ins, out = lines[0].strip(), lines[1].strip()
            if "instruction:" in ins and "output:" in out and len(ins.split()) > MIN_HARVEST_WORDS:
                return _row(idx, chunk, _clean(ins, "instruction"), "", _clean(out, "output"))
    return ParsedChunk(idx, chunk, reason="parse_failed" if idx == 0 else "harvest_not_a_task")


def _row(idx: int, chunk: str, instruction: str, inp: str, out: str) -> ParsedChunk:
    if not _has_output(out):
        return ParsedChunk(idx, chunk, instruction, inp, out,
                           reason="empty_output" if idx == 0 else "harvest_not_a_task")
    return ParsedChunk(idx, chunk, instruction, inp, out)


def _fields(chunk: str) -> dict[str, str]:
    """Labelled fields of a multiline chunk; each runs from its label to the next label line."""
    marks = list(_LABEL.finditer(chunk))
    fields: dict[str, str] = {}
    for n, mark in enumerate(marks):
        end = marks[n + 1].start() if n + 1 < len(marks) else len(chunk)
        fields.setdefault(mark.group(1), chunk[mark.end():end].replace(EOS, "").strip())
    return fields


def _multiline_chunk(idx: int, chunk: str, instruction: str) -> ParsedChunk:
    body = chunk.strip()
    fields = _fields(body)
    head = _LABEL.match(body)
    label = head.group(1) if head else None
    if idx == 0 and label in ("input", "output"):
        return _row(idx, chunk, instruction, fields.get("input", ""), fields.get("output", "")) \
            if "output" in fields else ParsedChunk(idx, chunk, reason="parse_failed")
    if idx > 0 and label == "instruction" and "output" in fields \
            and len(fields["instruction"].split()) >= MIN_HARVEST_WORDS:
        return _row(idx, chunk, fields["instruction"], fields.get("input", ""), fields["output"])
    return ParsedChunk(idx, chunk, reason="parse_failed" if idx == 0 else "harvest_not_a_task")


def split_chunks(raw: str, parser: ParserName = "reference") -> list[str]:
    """The raw text's chunks: the repo's blank-line/"^" split, or |EoS|-terminated blocks."""
    text = raw.strip()
    if parser == "reference":
        return text.replace("\n\n", "^").split("^")
    return _BOUNDARY.split(text)


def parse_raw_instances(instruction: str, raw: str, parser: ParserName = "reference") -> list[ParsedChunk]:
    """Every chunk of `raw` with its verdict; chunk 0 always comes first (`empty_raw` when the
    text is blank). Later chunks with no text at all are skipped: they are not candidates."""
    instruction = instruction.replace(EOS, "").strip()
    if not raw.strip():
        return [ParsedChunk(0, raw, reason="empty_raw")]
    parse = _reference_chunk if parser == "reference" else _multiline_chunk
    first, *later = split_chunks(raw, parser)
    chunks = [first, *(c for c in later if c.strip())]
    return [parse(idx, chunk, instruction) for idx, chunk in enumerate(chunks)]
