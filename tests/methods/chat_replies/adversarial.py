"""Hand-written adversarial chat replies, each with its exact expected parse."""

from styles import DEMOS, _rec

_EI_DEMOS = [f"Seed task number {j}." for j in range(10)]

ADVERSARIAL = {
    "si_bootstrap": [
        _rec("math_answers", "1. 20 + 5 = 7\n2. 14 / 2 = 7\n3. Write a recipe for pancakes.",
             ["Write a recipe for pancakes."], ["not_an_instruction", "not_an_instruction"],
             "numbered items that are arithmetic, not instructions", demos=DEMOS, limit=7),
        _rec("echo_demos", "\n".join(f"{k}. {d}" for k, d in enumerate(DEMOS, start=1))
             + "\n9. Plan a picnic for six people.\n10. Explain how a compass works.",
             ["Plan a picnic for six people.", "Explain how a compass works."], ["echoed_demo"] * 8,
             "the model repeats the 8 demonstrations before its new items", demos=DEMOS, limit=7),
        _rec("code_inside_item", '9. Add the missing items to the list:\n```python\nitems = ["a", "b"]\n\n```\n'
             "10. Explain what the code prints.",
             ['Add the missing items to the list: ```python items = ["a", "b"] ```', "Explain what the code prints."],
             [], "a fenced block inside an item (with a blank line) stays in the item", demos=DEMOS, limit=7),
        _rec("over_limit", "\n".join(f"{9 + k}. Write task number {k} about gardening." for k in range(9)),
             [f"Write task number {k} about gardening." for k in range(7)], ["over_limit", "over_limit"],
             "9 items where the reference stop allows 7", demos=DEMOS, limit=7),
        _rec("year_inside_item", "9. Name the team that won the league in 2016. Then explain why.\n10. List 3 uses of vinegar.",
             ["Name the team that won the league in 2016. Then explain why.", "List 3 uses of vinegar."], [],
             "a year followed by a dot inside an item is not a marker", demos=DEMOS, limit=7),
        _rec("mid_list_lead", "Here are some tasks:\n1. Write a thank-you note to a teacher.\n2. Describe a sunset.\n\n"
             "And a few harder ones:\n\n3. Prove that the sum of two even numbers is even.\n4. Design a simple budget app.",
             ["Write a thank-you note to a teacher.", "Describe a sunset.",
              "Prove that the sum of two even numbers is even.", "Design a simple budget app."],
             ["preamble", "preamble"], "a second lead-in between items", demos=DEMOS, limit=7),
        _rec("only_math", "9. 7 x 8 = 56", [], ["not_an_instruction"], "the model answered instead of proposing",
             demos=DEMOS, limit=7),
        _rec("bold_whole_item", "9. **Write a story about a dragon who is afraid of heights.**\n10. *Summarize the news in one line.*",
             ["Write a story about a dragon who is afraid of heights.", "Summarize the news in one line."], [],
             "whole items in bold or italics", demos=DEMOS, limit=7),
        _rec("nested_bullets", "9. Plan a weekend trip:\n   - pick a city\n   - book a hotel\n10. Write a packing list for a beach day.",
             ["Plan a weekend trip: - pick a city - book a hotel", "Write a packing list for a beach day."], [],
             "indented sub-bullets belong to their numbered item", demos=DEMOS, limit=7),
        _rec("unlisted_prose", "I think a good task would be to write a poem about the sea.", [], ["not_an_item"],
             "prose without any list marker is not an item", demos=DEMOS, limit=7),
    ],
    "si_input_first": [
        _rec("preamble_no_header", "Sure! Here's an example for this task:\nSentence: I am tired.\nOutput: Estoy cansado.",
             [["Sentence: I am tired.", "Estoy cansado."]], ["preamble"], "a stock lead-in line before an unnumbered pair"),
        _rec("example_word_in_content", "Example 1\nQuestion: Give an example of a mammal.\nOutput: A whale is an example of a mammal.",
             [["Question: Give an example of a mammal.", "A whale is an example of a mammal."]], [],
             "the word example inside content is not a header"),
        _rec("field_name_with_colon_line", "Example 1\nIngredients:\nflour, eggs, milk\nOutput: Pancakes.",
             [["Ingredients:\nflour, eggs, milk", "Pancakes."]], [], "an input field name alone on its line is data"),
    ],
    "si_output_first": [
        _rec("note_after", "Class label: Positive\nReview: Loved every minute.\n\nNote: a Neutral label is also possible.",
             [["Review: Loved every minute.", "Positive"]], ["closing_remark"], "a trailing note is not input"),
        _rec("echo_task", "Task: Is the review positive or negative?\nClass label: Negative\nReview: Cold food.",
             [["Review: Cold food.", "Negative"]], ["echo"], "the task echoed before the labels"),
    ],
    "alpaca": [
        _rec("missing_output", "4. Instruction: Name a colour.\n4. Input:\n<noinput>\n###\n"
             "5. Instruction: Name a fruit.\n5. Input:\n<noinput>\n5. Output:\nA plum.",
             [["Name a fruit.", "", "A plum."]], [], "a block without Output is malformed", malformed=1),
        _rec("skipped_number", "4. Instruction: Say hello in Spanish.\n4. Input:\n<noinput>\n4. Output:\nHola.\n###\n"
             "6. Instruction: Say goodbye in Spanish.\n6. Input:\n<noinput>\n6. Output:\nAdiós.",
             [["Say hello in Spanish.", "", "Hola."], ["Say goodbye in Spanish.", "", "Adiós."]], [],
             "a skipped number no longer loses the later blocks", malformed=0),
    ],
    "ei_instructions_b": [
        _rec("two_items", "25. Write a limerick about a sleepy owl. |EoS|\n26. Another one here. |EoS|",
             ["Write a limerick about a sleepy owl."], [], "cut at the first |EoS|, number removed", demos=_EI_DEMOS),
        _rec("lead_with_number", "Sure! Here is task 11:\n\n11. Describe the smell of rain. |EoS|",
             ["Describe the smell of rain."], ["preamble"], "a lead-in naming the number", demos=_EI_DEMOS),
        _rec("echo_demo", "Seed task number 3. |EoS|", [], ["echoed_demo"], "a demo repeated", demos=_EI_DEMOS),
    ],
    "ei_instances_a": [
        _rec("no_output", "input: Hello there", [], ["parse_failed"], "no output field", instruction="Translate the greeting."),
        _rec("harvest", "input: cat\noutput: gato\n|EoS|\n\ninstruction: Translate the animal name into Spanish please.\n"
             "input: dog\noutput: perro\n|EoS|",
             [["Translate the word into Spanish.", "cat", "gato"],
              ["Translate the animal name into Spanish please.", "dog", "perro"]], [],
             "a second complete example is harvested", instruction="Translate the word into Spanish."),
    ],
    "ei_zero_shot": [
        _rec("two_paragraphs", "Sure! Here's a short answer:\n\nFirst paragraph of the answer.\n\nSecond paragraph.",
             "First paragraph of the answer.", ["preamble"], "the \\n\\n stop cuts the answer, not the preamble",
             stops=["\n\n", "|EoS|"]),
        _rec("sure_as_content", "Sure, you can freeze bread for up to three months.",
             "Sure, you can freeze bread for up to three months.", [], "an answer that starts with Sure is kept",
             stops=["\n\n", "|EoS|"]),
        _rec("ingredients", "Ingredients:\n- flour\n- eggs", "Ingredients:\n- flour\n- eggs", [],
             "a content line ending in a colon is not a lead-in", stops=["\n\n", "|EoS|"]),
    ],
}

ADVERSARIAL.update({
    "explore_extend": [
        _rec("no_groups", "I'm sorry, but I can't split this task any further.", [], ["parse_failed"],
             "a refusal has no group: one parse_failed, nothing kept"),
        _rec("group_without_examples", "Sure! Here is one:\n\nNew subtask: Haiku writing\nReason: Short poems.\nExamples:\n"
             "(none yet)", [["Haiku writing", "Short poems.", []]], ["parse_failed", "preamble"],
             "a group with no example block keeps its name; the missing examples are reported"),
    ],
    "syndg_turn": [
        _rec("only_talk", "Sure! Here's the next turn:\n\n**Wizard:**", "", ["preamble", "speaker_label"],
             "nothing but talk: an empty utterance", speakers=["Apprentice", "Wizard"]),
    ],
    "syndg_judge": [
        _rec("out_of_range", "Coherence: 12/10\nGroundedness: 7/10", None, None, "12 is not a 1-10 rating"),
        _rec("one_missing", "**Coherence:** 8/10. The facts look fine overall.", None, None, "groundedness missing"),
    ],
    "instag_tagging": [
        _rec("prose_only", "The user wants help with cooking and maybe with shopping.", None, None,
             "prose with no tag structure is not guessed", how=None),
    ],
})
