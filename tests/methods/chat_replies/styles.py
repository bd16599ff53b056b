"""Chat styles per model family (GPT-4-class, Llama-3-Instruct, Qwen-Instruct) wrapped around
the hand-written cores; every wrapper knows exactly what the parser must return."""

from __future__ import annotations

TITLES = ["Creative writing", "Science", "Planning", "Math", "Editing", "Coding", "Advice"]
DEMOS = [f"Seed demonstration number {k}." for k in range(1, 9)]  # 8 demos: new items open at 9


def _rec(style: str, reply: str, expected, reasons, notes: str, **extra) -> dict:
    return {"style": style, "reply": reply, "expected": expected,
            "reasons": sorted(reasons) if reasons is not None else None, "notes": notes, **extra}


def _wrap(item: str) -> str:
    words = item.split()
    half = len(words) // 2
    return " ".join(words[:half]) + "\n   " + " ".join(words[half:])


def list_styles(cores: list[list[str]]) -> list[dict]:
    out = []
    for items in cores:
        n = len(items)
        extra = {"demos": DEMOS, "limit": 7}
        out.append(_rec("gpt4_continue", f"Sure! Here are {n} more tasks:\n\n" + "\n".join(
            f"{9 + k}. {t}" for k, t in enumerate(items)) + "\n\nLet me know if you'd like more ideas!",
            items, ["closing_remark", "preamble"], "GPT-4 style: preamble, numbering continues from the demos", **extra))
        out.append(_rec("gpt4_titles", f"Certainly, here are {n} new tasks:\n\n" + "\n".join(
            f"{k + 1}. **{TITLES[k % 7]}:** {t}" for k, t in enumerate(items)),
            items, ["preamble"], "bold category titles before each task are dropped", **extra))
        out.append(_rec("llama3_bold_numbers", f"Here are {n} new tasks:\n\n" + "\n\n".join(
            f"**{9 + k}.** {t}" for k, t in enumerate(items)) + "\n\nI hope these help!",
            items, ["closing_remark", "preamble"], "Llama-3 style: bold numbers, blank lines between items", **extra))
        out.append(_rec("qwen_paren", "Certainly! Below are some new tasks for an assistant:\n\n" + "\n".join(
            f"{k + 1}) {t}" for k, t in enumerate(items)) + "\n\nThese tasks cover a range of everyday skills.",
            items, ["closing_remark", "preamble"], "Qwen style: 1) markers, restart at 1, summary closing", **extra))
        out.append(_rec("fenced", "```\n" + "\n".join(f"{9 + k}. {t}" for k, t in enumerate(items)) + "\n```",
                        items, [], "code fence around the whole answer", **extra))
        bullets = "-*•"
        out.append(_rec("heading_bullets", "### New Tasks\n\n" + "\n".join(
            f"{bullets[k % 3]} {t}" for k, t in enumerate(items)),
            items, ["heading"], "markdown heading, mixed - * • bullets", **extra))
        out.append(_rec("quoted", "\n".join(f'{k + 1}. "{t}"' for k, t in enumerate(items))
                        + "\n\nFeel free to ask for more.", items, ["closing_remark"],
                        "each task wrapped in quotes", **extra))
        out.append(_rec("wrapped_paren", "\n".join(f"({9 + k}) {_wrap(t)}" for k, t in enumerate(items)),
                        items, [], "(9) markers, items spanning two lines", **extra))
    return out


CLF_YES = ["Yes", "**Yes**", "Yes.", "yes", "YES", "Yes, it is a classification task.", "Yes - the answer is one of a few labels.",
           "Answer: Yes", "Is it classification? Yes", "`Yes`", "Yes\n\nThe answer is picked from a fixed set.",
           "**Yes**, because the output is a label.", "Yes!", "```\nYes\n```", "yes, it is", "Yes (positive, negative or neutral).",
           "Label: Yes", "*Yes*", "Yes\nThe task has fixed labels.", "  Yes  ", "Classification: Yes",
           "Yes; the answer comes from a closed set.", "'Yes'", '"Yes"', "**Answer:** Yes"]
CLF_UNKNOWN = ["Maybe", "It depends on the labels.", "Sure! Let me think.", "Classification", "I am not sure.",
               "Possibly", "This is a generation task.", "Y", "N/A", "Unclear"]


def clf_replies(_core) -> list[dict]:
    out = [_rec("yes_form", r, True, None, "a yes in chat form") for r in CLF_YES]
    out += [_rec("no_form", r.replace("Yes", "No").replace("yes", "no").replace("YES", "NO"), False, None,
                 "the same form answering no") for r in CLF_YES]
    out += [_rec("unknown", r, None, None, "neither yes nor no: the stage decides") for r in CLF_UNKNOWN]
    return out


def _examples(instances, head, label, sep="\n", between="\n") -> str:
    blocks = []
    for k, (given, output) in enumerate(instances, start=1):
        lines = [head.format(k=k)]
        if given:
            name, _, value = given.partition(": ")
            lines.append(label.format(name=name) + " " + value if value else given)
        lines.append(label.format(name="Output") + sep + output)
        blocks.append("\n".join(lines))
    return between.join(blocks)


def input_first_styles(cores) -> list[dict]:
    out = []
    for task, instances in cores:
        expected = [list(pair) for pair in instances]
        if not instances[0][0]:  # a no-input task: a bare output
            output = instances[0][1]
            for style, reply, reasons in [
                    ("plain_output", f"Output: {output}", []),
                    ("bold_output", f"**Output:** {output}", []),
                    ("gpt4_preamble", f"Sure! Here's an example:\n\nOutput: {output}\n\nLet me know if you need more!",
                     ["closing_remark", "preamble"]),
                    ("echo_task", f"Task: {task}\nOutput:\n{output}", ["echo"]),
                    ("fenced", f"```\nOutput: {output}\n```", []),
                    ("heading_output", f"### Output\n{output}", [])]:
                out.append(_rec(style, reply, expected, reasons, f"no-input task: {task}"))
            continue
        plain = _examples(instances, "Example {k}", "{name}:")
        out.append(_rec("plain", plain, expected, [], "completion-like form"))
        out.append(_rec("gpt4_bold", "Sure! Here are some examples:\n\n" + _examples(
            instances, "**Example {k}**", "**{name}:**", between="\n\n") + "\n\nLet me know if you'd like more examples!",
            expected, ["closing_remark", "preamble"], "GPT-4: bold headers and labels"))
        out.append(_rec("llama3_headings", _examples(instances, "### Example {k}", "{name}:", between="\n\n")
                        + "\n\nI hope these examples help.", expected, ["closing_remark"], "Llama-3: ### headers"))
        out.append(_rec("qwen_rules", "Here are examples for the task:\n\n" + _examples(
            instances, "Example {k}:", "{name}:", between="\n---\n") + "\n\nThese examples cover common cases.",
            expected, ["closing_remark", "preamble"], "Qwen: 'Example 1:' and --- rules between examples"))
        out.append(_rec("fenced", "```\n" + plain + "\n```", expected, [], "fence around the whole answer"))
        out.append(_rec("bold_label_colon_outside", _examples(instances, "Example {k}", "**{name}**:"),
                        expected, [], "**Label**: form"))
    return out


def _labels(pairs, label_fmt, value_fmt="{v}", between="\n") -> str:
    blocks = []
    for label, given in pairs:
        block = label_fmt.format(v=value_fmt.format(v=label))
        blocks.append(block + ("\n" + given if given else ""))
    return between.join(blocks)


def output_first_styles(cores) -> list[dict]:
    out = []
    for task, pairs in cores:
        expected = [[given, label] for label, given in pairs]
        bolded = [(label, "\n".join("**" + ln.replace(": ", ":** ", 1) for ln in given.splitlines()))
                  for label, given in pairs]
        out.append(_rec("plain", _labels(pairs, "Class label: {v}"), expected, [], "completion-like form"))
        out.append(_rec("gpt4_bold", "Sure! Here are the labels with example inputs:\n\n" + _labels(
            bolded, "**Class label:** {v}", between="\n\n") + "\n\nLet me know if you need more!",
            expected, ["closing_remark", "preamble"], "GPT-4: bold labels and field names"))
        out.append(_rec("bold_value", _labels(pairs, "Class label: {v}", "**{v}**"), expected, [], "label value in bold"))
        out.append(_rec("llama3_heading", _labels(pairs, "### Class label: {v}", between="\n\n")
                        + "\n\nI hope this helps.", expected, ["closing_remark"], "Llama-3: heading labels"))
        out.append(_rec("qwen_quoted", "Here you go:\n" + _labels(pairs, "Class label: {v}", '"{v}"'),
                        expected, ["preamble"], "Qwen: quoted label values"))
        out.append(_rec("fenced", "```\n" + _labels(pairs, "Class label: {v}") + "\n```", expected, [], "fenced"))
    return out


def _alpaca(tasks, first, fmt, sep="###", noinput="<noinput>") -> str:
    blocks = []
    for k, (ins, given, output) in enumerate(tasks, start=first):
        blocks.append(fmt.format(k=k, ins=ins, inp=given or noinput, out=output))
    return f"\n{sep}\n".join(blocks)


PLAIN_ALPACA = "{k}. Instruction: {ins}\n{k}. Input:\n{inp}\n{k}. Output:\n{out}"


def alpaca_styles(cores) -> list[dict]:
    out = []
    for tasks in cores:
        expected = [list(t) for t in tasks]
        bold = "**{k}. Instruction:** {ins}\n**{k}. Input:** {inp}\n**{k}. Output:** {out}"
        for style, reply, reasons, notes in [
            ("plain_continue", _alpaca(tasks, 4, PLAIN_ALPACA), [], "numbering continues at 4"),
            ("restart_at_1", _alpaca(tasks, 1, PLAIN_ALPACA), [], "numbering restarts at 1"),
            ("one_line_preamble", "Sure! Here are 16 more tasks:\n" + _alpaca(tasks, 4, PLAIN_ALPACA),
             ["preamble"], "a one-line preamble used to shift the strict numbering"),
            ("leading_separator", "###\n" + _alpaca(tasks, 4, PLAIN_ALPACA) + "\n###", [], "### before and after"),
            ("gpt4_bold", "Certainly! Here are the new tasks:\n\n" + _alpaca(tasks, 4, bold, sep="---")
             + "\n\nLet me know if you want more tasks!", ["closing_remark", "preamble"], "bold numbered labels, --- rules"),
            ("llama3_task_headings", "\n\n".join(
                f"### Task {k}\n**Instruction:** {i}\n**Input:** {g or 'None'}\n**Output:** {o}"
                for k, (i, g, o) in enumerate(tasks, start=4)), [], "### Task N headings, 'None' for no input"),
            ("qwen_unnumbered", _alpaca(tasks, 4, "Instruction: {ins}\nInput: {inp}\nOutput: {out}", sep="###",
                                        noinput="`<noinput>`") + "\n\nI hope these tasks are useful.",
             ["closing_remark"], "unnumbered labels, <noinput> in backticks"),
            ("fenced", "```\n" + _alpaca(tasks, 4, PLAIN_ALPACA) + "\n```", [], "fence around the answer"),
            ("heading_labels", "\n###\n".join(f"#### {k}. Instruction\n{i}\n#### {k}. Input\n{g or '<noinput>'}\n"
                                               f"#### {k}. Output\n{o}" for k, (i, g, o) in enumerate(tasks, start=4)),
             [], "labels as headings"),
        ]:
            out.append(_rec(style, reply, expected, reasons, notes))
    return out


def ei_instruction_styles(cores: list[str]) -> list[dict]:
    out = []
    for k, item in enumerate(cores):
        num = 11 + k
        for style, reply, reasons, notes in [
            ("plain", f"{item} |EoS|", [], "what the prompt asks for"),
            ("repeated_number", f"{num}. {item} |EoS|", [], "the open number repeated"),
            ("stop_fired", f"{num}. {item}", [], "the |EoS| stop removed the marker"),
            ("gpt4_preamble", f"Sure! Here's a new task:\n\n{item}\n\nLet me know if you need another one.",
             ["closing_remark", "preamble"], "preamble and closing around the task"),
            ("llama3_bold", f"**{num}.** {item} |EoS|", [], "bold number"),
            ("qwen_label", f"New task: {item} |EoS|", ["preamble"], "inline 'New task:' lead"),
        ]:
            out.append(_rec(style, reply, [item], reasons, notes, demos=[f"Seed task number {j}." for j in range(10)]))
    return out


def ei_instance_styles(cores, with_input: bool) -> list[dict]:
    out = []
    for instruction, given, output in cores:
        given = given or ""
        expected = [[instruction, given, output]]
        inp = f"input: {given}\n" if with_input else ""
        bold_inp = f"**Input:** {given}\n" if with_input else ""
        head_inp = f"### Input\n{given}\n\n" if with_input else ""
        for style, reply, reasons, notes in [
            ("plain", f"{inp}output: {output}\n|EoS|", [], "the requested form"),
            ("echo_instruction", f"instruction: {instruction}\n{inp}output: {output} |EoS|", [], "the instruction echoed"),
            ("gpt4_bold", f"Sure! Here's an example:\n\n{bold_inp}**Output:** {output}\n\nLet me know if you need more!",
             ["closing_remark", "preamble"], "bold labels, preamble and closing"),
            ("llama3_headings", f"{head_inp}### Output\n{output}", [], "labels as headings"),
            ("qwen_bullets", (f"- **Input**: {given}\n" if with_input else "") + f"- **Output**: {output}\n|EoS|",
             [], "bulleted bold labels"),
            ("fenced", f"```\n{inp}output: {output}\n```", [], "fence around the answer"),
        ]:
            out.append(_rec(style, reply, expected, reasons, notes, instruction=instruction))
    return out


def zero_shot_styles(cores: list[str]) -> list[dict]:
    out = []
    for answer in cores:
        for style, reply, reasons, notes in [
            ("plain", answer, [], "the bare answer"),
            ("gpt4_inline", f"Sure! The answer is: {answer}", ["preamble"], "inline preamble"),
            ("llama3_lead", f"Here is the answer:\n\n{answer}\n\nI hope this helps!",
             ["closing_remark", "preamble"], "lead line and closing"),
            ("qwen_label", f"**Answer:** {answer}", ["label"], "bold answer label"),
            ("quoted", f'"{answer}"', [], "quotes around the answer"),
            ("fenced", f"Certainly!\n```\n{answer}\n```", ["preamble"], "fence after a short preamble"),
        ]:
            out.append(_rec(style, reply, answer, reasons, notes, stops=["\n\n", "|EoS|"]))
    return out
