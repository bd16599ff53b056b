"""Writes the chat-reply corpus (one JSONL file per prompt type) from hand-written cores and
per-model-family style wrappers. Run `python tests/methods/chat_replies/make_corpus.py` after
editing; the JSONL files are the test data. All text here is this project's own.

Each record: {"id", "style", "reply", "expected", "reasons", "notes", ...}. `expected` is the
exact parse; `reasons` the sorted reason codes of the rejected pieces (None: not checked).
"""

from __future__ import annotations

import json
from pathlib import Path

from cores import (ALPACA, BOOTSTRAP, CLF, EI_INSTANCES_A, EI_INSTANCES_B, EI_INSTRUCTIONS_A,
                   EI_INSTRUCTIONS_B, INPUT_FIRST, OUTPUT_FIRST, ZERO_SHOT)
from styles import (alpaca_styles, clf_replies, ei_instance_styles, ei_instruction_styles,
                    input_first_styles, list_styles, output_first_styles, zero_shot_styles)
from adversarial import ADVERSARIAL
from cores_tree import RATINGS, SUBTASKS, TAGS, UTTERANCES
from styles_tree import enrich_styles, extend_styles, judge_styles, tagging_styles, turn_styles

HERE = Path(__file__).parent


def build() -> dict[str, list[dict]]:
    corpus: dict[str, list[dict]] = {
        "si_bootstrap": list_styles(BOOTSTRAP),
        "si_clf": clf_replies(CLF),
        "si_input_first": input_first_styles(INPUT_FIRST),
        "si_output_first": output_first_styles(OUTPUT_FIRST),
        "alpaca": alpaca_styles(ALPACA),
        "ei_instructions_a": ei_instruction_styles(EI_INSTRUCTIONS_A),
        "ei_instructions_b": ei_instruction_styles(EI_INSTRUCTIONS_B),
        "ei_instances_a": ei_instance_styles(EI_INSTANCES_A, with_input=True),
        "ei_instances_b": ei_instance_styles(EI_INSTANCES_B, with_input=False),
        "ei_zero_shot": zero_shot_styles(ZERO_SHOT),
        "explore_extend": extend_styles(SUBTASKS),
        "explore_enrich": enrich_styles(SUBTASKS),
        "syndg_turn": turn_styles(UTTERANCES),
        "syndg_judge": judge_styles(RATINGS),
        "instag_tagging": tagging_styles(TAGS),
    }
    for kind, records in ADVERSARIAL.items():
        corpus[kind] += records
    for kind, records in corpus.items():
        for n, record in enumerate(records):
            record["id"] = f"{kind}-{n:03d}"
    return corpus


def main() -> None:
    for kind, records in build().items():
        with open(HERE / f"{kind}.jsonl", "w", encoding="utf-8") as fh:
            for record in records:
                fh.write(json.dumps(record, ensure_ascii=False) + "\n")
        print(kind, len(records))


if __name__ == "__main__":
    main()
