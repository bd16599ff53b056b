"""The fake server's chat responder: every method's real prompt is recognised, answered in the
shape its own parser reads, deterministically and with varied content."""

from __future__ import annotations

import random

import pytest

from datagen.llm.client import LLMRequest
from datagen.llm.fake_replies import PROMPT_KINDS, ChatResponder, recognise
from datagen.llm.fake_server import shape_reply
from datagen.methods.ensemble_instruct import parsers as ei_parse
from datagen.methods.ensemble_instruct import prompts as ei
from datagen.methods.ensemble_instruct.stages import InstanceConfig as EIInstanceConfig
from datagen.methods.ensemble_instruct.stages import InstructionConfig, ZeroShotConfig
from datagen.methods.explore_instruct import parsers as ex_parse
from datagen.methods.explore_instruct.prompts import STYLES, build_enrich_prompt, build_extend_prompt
from datagen.methods.explore_instruct.tree import DomainTree, make_example
from datagen.methods.instag.tagging import TaggingConfig, parse_tags, tagging_request
from datagen.methods.self_instruct import parsers as si_parse
from datagen.methods.self_instruct import prompts as si
from datagen.methods.self_instruct.stages import AlpacaConfig, BootstrapConfig, ClassifyConfig, InstanceConfig
from datagen.methods.syndg.judge import build_judge_prompt, parse_judge_reply
from datagen.methods.syndg.realize import RealizeConfig, build_turn_request, clean_utterance
from datagen.records import Dialogue, Instance, Task, Turn
from datagen.text.rouge import rouge_l_f

SEEDS = [Task(id=f"s{i}", method="seed", origin="seed", instruction=text, instances=[Instance(input=inp, output=out)],
              is_classification=clf)
         for i, (text, inp, out, clf) in enumerate([
             ("Summarize the paragraph in one sentence.", "Rain fell all week. The river rose.", "It rained.", False),
             ("Give three tips for sleeping better.", "", "1. Dim lights. 2. No coffee. 3. Same bedtime.", False),
             ("Is the review positive or negative?", "Loved it.", "Positive", True),
             ("Translate the sentence into French.", "Good morning.", "Bonjour.", False)])]
WOW = Dialogue(id="d-wow", method="syndg", flow=[
    "Honey bee | [none] | [none]", "Honey bee | Honey bee | Bees make honey.", "Honey bee | [none] | [none]"],
    meta={"style": "wow", "speakers": ["Apprentice", "Wizard"], "chosen_topic": "Honey bee",
          "knowledge_turns": [1]})
PERSONA = Dialogue(id="d-pc", method="syndg", flow=["I swim.", "[none]"],
                   meta={"style": "persona", "speakers": ["Person 1", "Person 2"],
                         "personas": [["I swim.", "I run."], ["I cook.", "I sing."]], "knowledge_turns": [0, 1]})


def body(req: LLMRequest, seed: int | None = None) -> dict:
    """What `OpenAICompatClient` sends in chat mode."""
    return {"model": "fake", "messages": req.as_messages(), "stop": list(req.stop), "max_tokens": req.max_tokens,
            "n": req.n, "temperature": req.temperature, "seed": req.seed if seed is None else seed}


def tree(name: str) -> DomainTree:
    t = DomainTree.from_root(name, [make_example("Shorten this text.", "A very long text.", "Short."),
                                    make_example("Give a title.", "", "A title.")])
    t.add_child(t.root, "Tone change", "Tone matters.", [make_example("Make it polite.", "Go.", "Please go.")])
    return t


def real_requests() -> dict[str, LLMRequest]:
    """One request per prompt type, built with each method's own builders and stage settings."""
    boot, alp, ins_cfg = BootstrapConfig(), AlpacaConfig(), InstanceConfig()
    clf_task, gen_task = SEEDS[2], SEEDS[0]
    reqs = {
        "self_instruct_bootstrap": LLMRequest(prompt=si.build_bootstrap_prompt([t.instruction for t in SEEDS]),
                                              stop=boot.stop_sequences()),
        "self_instruct_classify": LLMRequest(prompt=si.build_clf_prompt("Tell whether the email is spam or not."),
                                             stop=tuple(ClassifyConfig().stop), max_tokens=3),
        "self_instruct_output_first": LLMRequest(prompt=si.build_instance_prompt(clf_task), stop=ins_cfg.stop),
        "self_instruct_input_first": LLMRequest(prompt=si.build_instance_prompt(gen_task), stop=ins_cfg.stop),
        "alpaca": LLMRequest(prompt=si.build_alpaca_prompt(SEEDS[:3]), stop=alp.stop_sequences(), max_tokens=3072),
        "ensemble_zero_shot": LLMRequest(prompt=ei.build_zero_shot_prompt("Summarize the text.", "Rain fell."),
                                         stop=tuple(ZeroShotConfig().stop)),
        "instag_tags": tagging_request("Write a formal email to my landlord about a leak, under 100 words.",
                                       TaggingConfig()),
    }
    for kind in ("A", "B"):
        reqs[f"ensemble_instructions_{kind}"] = LLMRequest(
            prompt=ei.build_instruction_prompt([t.instruction for t in SEEDS], kind), stop=tuple(InstructionConfig().stop))
        reqs[f"ensemble_instances_{kind}"] = LLMRequest(
            prompt=ei.build_instance_prompt("Sort the numbers from small to large.", kind),
            stop=EIInstanceConfig().stop_sequences())
    for style in STYLES.values():
        t = tree(style.name)
        node = t.root.children[0]
        demos = t.root.examples
        reqs[f"explore_extend_{style.name}"] = LLMRequest(prompt=build_extend_prompt(
            node, demos, style, children=[], n_new=2, max_children=5, n_examples=3), max_tokens=3072)
        reqs[f"explore_enrich_{style.name}"] = LLMRequest(prompt=build_enrich_prompt(
            node, demos, style, n_examples=4), max_tokens=3072)
    for dialogue in (WOW, PERSONA):
        name = dialogue.meta["style"]
        reqs[f"syndg_turn_{name}"] = build_turn_request(dialogue, ["Hi! I love honey."], RealizeConfig())
        turns = [Turn(speaker=dialogue.meta["speakers"][k % 2], text=f"Line {k}.", grounding=piece)
                 for k, piece in enumerate(dialogue.flow)]
        reqs[f"syndg_judge_{name}"] = LLMRequest(prompt=build_judge_prompt(dialogue.model_copy(update={"turns": turns})))
    reqs.update(chat_requests(clf_task, gen_task))
    return reqs


def chat_requests(clf_task, gen_task) -> dict[str, LLMRequest]:
    """The chat forms the stages send when the client is in chat mode (`*_chat` keys)."""
    from datagen.methods.ensemble_instruct import chat as ei_chat
    from datagen.methods.self_instruct import chat_prompts as si_chat

    seeds = [t.instruction for t in SEEDS]
    reqs = {
        "self_instruct_bootstrap_chat": LLMRequest(messages=si_chat.chat_bootstrap_messages(seeds)),
        "self_instruct_classify_chat": LLMRequest(messages=si_chat.chat_clf_messages("Tell whether the email is spam.")),
        "self_instruct_output_first_chat": LLMRequest(messages=si_chat.chat_instance_messages(clf_task)),
        "self_instruct_input_first_chat": LLMRequest(messages=si_chat.chat_instance_messages(gen_task)),
        "alpaca_chat": LLMRequest(messages=si_chat.chat_alpaca_messages(SEEDS[:3])),
        "ensemble_zero_shot_chat": LLMRequest(messages=ei_chat.chat_zero_shot_messages("Summarize the text.", "Rain fell."),
                                              stop=("|EoS|",)),
    }
    for kind in ("A", "B"):
        reqs[f"ensemble_instructions_{kind}_chat"] = LLMRequest(
            messages=ei_chat.chat_instruction_messages(seeds, kind), stop=("|EoS|",))
        reqs[f"ensemble_instances_{kind}_chat"] = LLMRequest(
            messages=ei_chat.chat_instance_messages("Sort the numbers from small to large.", kind), stop=("|EoS|",))
    return reqs


REQUESTS = real_requests()


def kind_of(key: str) -> str:
    return next(k.name for k in PROMPT_KINDS if key == k.name or key.startswith(k.name + "_"))


@pytest.mark.parametrize("key", sorted(REQUESTS))
def test_recogniser_classifies_every_real_prompt(key):
    """A prompt change that hides a method's markers fails here, naming the prompt type."""
    kind = recognise(body(REQUESTS[key]))
    assert kind is not None and kind.name == kind_of(key), f"{key} recognised as {kind and kind.name}"


def test_unknown_prompt_gets_the_echo():
    reply = ChatResponder()(body(LLMRequest(prompt="What is the capital of Peru?")))
    assert reply[0].startswith("fake reply ")


def reply(key: str, chatty: float = 0.0, seed: int = 0) -> tuple[str, bool]:
    """The shaped reply (stop and max_tokens applied, as the server does) and its truncation."""
    b = body(REQUESTS[key], seed=seed)
    text, finish = shape_reply(ChatResponder(chatty=chatty)(b)[0], b)
    return text, finish == "length"


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_plain_replies_parse_with_each_methods_parser(seed):
    text, cut = reply("self_instruct_bootstrap", seed=seed)
    assert len(si_parse.parse_numbered_instructions(text, start=5)) >= 4 and not cut
    assert si_parse.parse_clf_label(reply("self_instruct_classify", seed=seed)[0]) is True
    assert len(si_parse.parse_classification_instances(*reply("self_instruct_output_first", seed=seed))) == 2
    kept, why = si_parse.filter_instances(si_parse.parse_generation_instances(*reply("self_instruct_input_first", seed=seed)))
    assert kept and why is None
    assert len(si_parse.parse_alpaca_response(*reply("alpaca", seed=seed))) >= 3
    for kind in ("A", "B"):
        assert len(ei_parse.parse_instruction_response(reply(f"ensemble_instructions_{kind}", seed=seed)[0])) == 1
        first = ei_parse.parse_raw_instances("Sort the numbers from small to large.",
                                             reply(f"ensemble_instances_{kind}", seed=seed)[0])[0]
        assert first.ok and bool(first.input) == (kind == "A")
    for name in STYLES:
        extend = ex_parse.parse_extend_response(reply(f"explore_extend_{name}", seed=seed)[0])
        assert not extend.failures and [len(s.examples) for s in extend.subtasks] == [3, 3]
        examples, failures = ex_parse.parse_enrich_response(reply(f"explore_enrich_{name}", seed=seed)[0])
        assert len(examples) == 4 and not failures
    for name, speakers in (("wow", ["Apprentice", "Wizard"]), ("persona", ["Person 1", "Person 2"])):
        assert clean_utterance(reply(f"syndg_turn_{name}", seed=seed)[0], speakers)
        assert parse_judge_reply(reply(f"syndg_judge_{name}", seed=seed)[0]) is not None
    tags = parse_tags(reply("instag_tags", seed=seed)[0])
    assert tags is not None and tags[1] == "json" and len(tags[0]) >= 3


def test_zero_shot_answer_agrees_with_the_instance_output():
    """Every ensemble member answers an instruction alike, so the vote finds consensus."""
    raw = ChatResponder(chatty=0)(body(REQUESTS["ensemble_instances_A"]))[0]
    first = ei_parse.parse_raw_instances("Sort the numbers from small to large.", raw)[0]
    zero = LLMRequest(prompt=ei.build_zero_shot_prompt("Sort the numbers from small to large.", first.input),
                      stop=tuple(ZeroShotConfig().stop))
    assert ChatResponder(chatty=0)(body(zero, seed=99))[0] == first.output


def test_chatty_replies_look_like_chat_and_still_carry_the_content():
    texts = [ChatResponder(chatty=1.0)(body(REQUESTS["self_instruct_bootstrap"], seed=s))[0] for s in range(30)]
    assert sum(t.startswith(("Sure!", "Here are")) for t in texts) >= 15
    assert any("\n1. " in t for t in texts) and any("**" in t for t in texts)
    assert any(t.rstrip().endswith(("more!", "help.", "changes.")) for t in texts)
    bold = [ChatResponder(chatty=1.0)(body(REQUESTS["explore_enrich_rewriting"], seed=s))[0] for s in range(20)]
    assert any("**Input:**" in t for t in bold)
    for t in bold:  # the Explore-Instruct parser already reads bold labels
        assert len(ex_parse.parse_enrich_response(t)[0]) == 4
    for s in range(10):
        assert parse_judge_reply(ChatResponder(chatty=1.0)(body(REQUESTS["syndg_judge_wow"], seed=s))[0])
        assert parse_tags(ChatResponder(chatty=1.0)(body(REQUESTS["instag_tags"], seed=s))[0])


def test_replies_are_deterministic_per_request_and_n_choices_differ():
    b = {**body(REQUESTS["alpaca"]), "n": 3}
    first, again = ChatResponder()(b), ChatResponder()(b)
    assert first == again and len(set(first)) == 3


def test_bootstrap_instructions_vary_enough_for_rouge_novelty():
    """200 bootstrap answers: >= 90% distinct instructions, and few fall to a ROUGE-L 0.7 filter."""
    instructions = []
    for s in range(200):
        text, _ = reply("self_instruct_bootstrap", seed=s)
        instructions.append(si_parse.parse_numbered_instructions(text, start=5)[0])
    assert len(set(instructions)) >= 180
    rng = random.Random(0)
    pool = rng.sample(instructions, 150)
    kept: list[str] = []
    for text in pool:
        if all(rouge_l_f(text, k) <= 0.7 for k in kept):
            kept.append(text)
    assert len(kept) >= 0.8 * len(pool)
