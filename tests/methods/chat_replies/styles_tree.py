"""Chat styles (GPT-4-class, Llama-3-Instruct, Qwen-Instruct) for the Explore-Instruct, SynDG
and InsTag corpus, built on `styles._rec`; each wrapper knows the exact expected parse."""

from __future__ import annotations

import json

from styles import _rec


def _block(ex, fmt="plain") -> str:
    ins, given, out = ex
    given = given or "<noinput>"
    if fmt == "bold":
        return f"**Instruction:** {ins}\n**Input:** {given}\n**Output:** {out}"
    if fmt == "bullets":
        return f"- **Instruction**: {ins}\n- **Input**: {given}\n- **Output**: {out}"
    return f"Instruction: {ins}\nInput: {given}\nOutput: {out}"


def _group(name, why, examples, fmt="plain") -> str:
    head = (f"**New subtask:** {name}\n**Reason:** {why}\n**Examples:**" if fmt == "bold"
            else f"New subtask: {name}\nReason: {why}\nExamples:")
    return head + "\n###\n" + "\n###\n".join(_block(e, fmt) for e in examples) + "\n###"


def _expected_extend(groups):
    return [[n, w, [list(e) for e in ex]] for n, w, ex in groups]


def extend_styles(cores) -> list[dict]:
    out = []
    pairs = [cores[k:k + 2] for k in range(0, len(cores), 2)] + [cores[k::4] for k in range(4)]
    for groups in pairs:
        exp = _expected_extend(groups)
        n = len(groups)
        for style, reply, reasons, notes in [
            ("plain", "\n".join(_group(*g) for g in groups), [], "the requested form"),
            ("gpt4_preamble", f"Sure! Here are {n} new subtasks:\n\n" + "\n\n".join(_group(*g) for g in groups)
             + "\n\nLet me know if you would like more subtasks!", ["closing_remark", "preamble"], "GPT-4 lead-in and sign-off"),
            ("gpt4_bold", "\n\n".join(_group(*g, fmt="bold") for g in groups), [], "bold labels"),
            ("llama3_headings", "Here are the new subtasks:\n\n" + "\n\n".join(
                f"### Subtask {k}\n" + _group(*g) for k, g in enumerate(groups, 1)) + "\n\nI hope these help!",
             ["closing_remark", "heading", "preamble"] + ["heading"] * (n - 1), "### Subtask N headings"),
            ("qwen_rules", "Certainly! Below are the subtasks.\n\n" + "\n\n---\n\n".join(_group(*g) for g in groups),
             ["preamble"] + ["heading"] * (n - 1), "--- rules between groups"),
            ("fenced", "```\n" + "\n".join(_group(*g) for g in groups) + "\n```", [], "fence around the answer"),
            ("bullets", "\n\n".join(_group(*g, fmt="bullets") for g in groups), [], "bulleted bold labels"),
        ]:
            out.append(_rec(style, reply, exp, reasons, notes))
    return out


def enrich_styles(cores) -> list[dict]:
    out = []
    for _name, _why, examples in cores:
        exp = [list(e) for e in examples]
        n = len(examples)
        for style, reply, reasons, notes in [
            ("plain", "###\n" + "\n###\n".join(_block(e) for e in examples) + "\n###", [], "the requested form"),
            ("gpt4_preamble", f"Sure! Here are {n} more examples:\n\n" + "\n###\n".join(_block(e, "bold") for e in examples)
             + "\n\nLet me know if you need more examples!", ["closing_remark", "preamble"], "bold labels, lead-in, sign-off"),
            ("llama3_example_headings", "\n\n".join(f"**Example {k}**\n{_block(e)}" for k, e in enumerate(examples, 1)),
             ["heading"] * n, "bold Example N headings"),
            ("qwen_fence_after_lead", "Certainly! Here they are:\n```\n" + "\n###\n".join(_block(e) for e in examples)
             + "\n```\n\nThese examples cover the subtask.", ["closing_remark", "preamble"], "fence opened after a lead-in"),
            ("numbered", "\n###\n".join(f"{k}. " + _block(e) for k, e in enumerate(examples, 1)), [], "numbered instructions"),
            ("examples_heading", "Examples:\n###\n" + "\n###\n".join(_block(e, "bullets") for e in examples),
             [], "an Examples: heading, bulleted labels"),
            ("markdown_headings", "\n\n".join(f"### Example {k}\n{_block(e)}" for k, e in enumerate(examples, 1))
             + "\n\nHope this helps!", ["closing_remark"] + ["heading"] * n, "### Example N headings"),
        ]:
            out.append(_rec(style, reply, exp, reasons, notes))
    return out


def turn_styles(cores) -> list[dict]:
    out = []
    for speakers, text in cores:
        me, other = speakers[1], speakers[0]
        for style, reply, reasons, notes in [
            ("plain", text, [], "the message only"),
            ("gpt4_preamble", f"Sure, here's the next turn:\n\n\"{text}\"", ["preamble"], "lead-in and quotes"),
            ("llama3_bold_label", f"**{me}:** {text}", ["speaker_label"], "bold speaker label"),
            ("qwen_label_next_turn", f"{me}: {text}\n{other}: Oh, tell me more!", ["next_turn", "speaker_label"],
             "the model goes on with the other speaker"),
            ("closing", f"{text}\n\nI hope this fits the conversation!", ["closing_remark"], "a sign-off after the message"),
            ("label_line_and_note", f"Here is {me}'s next message:\n\n{me}:\n{text}\n\n(Note: this follows the knowledge given.)",
             ["not_an_utterance", "preamble", "speaker_label"], "label alone on its line, a note after"),
        ]:
            out.append(_rec(style, reply, text, reasons, notes, speakers=list(speakers)))
    return out


def judge_styles(cores) -> list[dict]:
    out = []
    for c, g in cores:
        exp = [float(c), float(g)]
        for style, reply in [
            ("plain", f"coherence: {c}\ngroundedness: {g}"),
            ("gpt4_bold_out_of", f"**Coherence:** {c}/10\n**Groundedness:** {g}/10\n\nThe messages follow naturally."),
            ("llama3_scale_echo", f"Here are my ratings:\n\nCoherence (1-10): {c}\nGroundedness (1-10): {g}"),
            ("qwen_json", "```json\n" + json.dumps({"coherence": c, "groundedness": g}) + "\n```"),
            ("prose", f"I would rate the coherence at {c} out of 10, and the groundedness at {g} out of 10."),
            ("markdown_list", f"- **Coherence**: {c}\n- **Groundedness**: {g}"),
        ]:
            out.append(_rec(style, reply, exp, None, "ratings in chat form"))
    return out


def tagging_styles(cores) -> list[dict]:
    out = []
    for tags in cores:
        exp = [list(t) for t in tags]
        data = [{"tag": t, "explanation": e} for t, e in tags]
        compact = json.dumps(data, ensure_ascii=False)
        pretty = json.dumps(data, ensure_ascii=False, indent=2)
        for style, reply, how in [
            ("plain_json", compact, "json"),
            ("gpt4_fenced_preamble", f"Sure! Here are the intention tags:\n\n```json\n{pretty}\n```\n\nLet me know if you need anything else!", "fenced"),
            ("llama3_prose_json", f"Here is my analysis of the query:\n{compact}\nThese tags cover the main intentions.", "embedded"),
            ("qwen_trailing_comma", "```json\n" + pretty[:-2] + ",\n]\n```", "repaired"),
            ("single_quotes", repr(data), "repaired"),
            ("markdown_list", "The query has these intentions:\n\n" + "\n".join(
                f"{k}. **{t}**: {e}" for k, (t, e) in enumerate(tags, 1)), "list"),
        ]:
            out.append(_rec(style, reply, exp, None, f"tags read as {how}", how=how))
    return out
