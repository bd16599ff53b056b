"""The Ensemble-Instruct flow end to end under the session Prefect harness, with scripted replies
for every ensemble member (fake backend, one responder per member), the stand-in ensemble,
resume, and the CLI."""

from __future__ import annotations

import asyncio
import json
import random
import re
from pathlib import Path

import yaml
from typer.testing import CliRunner

from datagen.cli import app
from datagen.config import load_config
from datagen.llm.fake import register_responder, user_text
from datagen.methods.ensemble_instruct.config import (
    EnsembleInstructConfig, ensemble_members, is_stand_in, member_names,
)
from flows.ensemble_instruct_flow import ensemble_instruct_flow

VOCAB = [f"{a}{b}" for a in ("zor", "mik", "tal", "ven", "kup", "dra", "sel", "nob", "fet", "ryx")
         for b in ("ar", "ev", "il", "om", "un", "yx", "ast", "orp", "ild", "enk")]
CALLS: dict[str, list[str]] = {"gen": [], "zs1": [], "zs2": []}
ZERO_SHOT_BY_GEN: list[tuple[str, int | None, float]] = []  # stand-in: (prompt, seed, temperature)


def words(key: str, n: int) -> str:
    return " ".join(random.Random(key).sample(VOCAB, n))


ORDER: dict[str, int] = {}  # instance-generation order of each instruction: decides its scenario


def bucket(instruction: str) -> int:
    """0: o0 matches a zero-shot output; 1: o1 == o2; 2: partial overlap (ROUGE); 3: no consensus."""
    return ORDER.get(instruction, 0) % 4


def answer(instruction: str) -> str:
    return words("answer " + instruction, 4)


def sampled(text: str, req) -> str:
    """A sampling model's answer: above temperature 0 the draw (seed, temperature) changes one word."""
    if not req.temperature:
        return text
    tokens = text.split()
    tokens[(req.seed or 0) % len(tokens)] = words(f"draw {req.seed} {req.temperature}", 1)
    return " ".join(tokens)


def sent_text(req) -> str:
    """Everything the endpoint received: every message of a chat request, or the raw prompt."""
    return "\n".join(m.content for m in req.messages) if req.messages is not None else req.prompt


def generator(req) -> str:
    """The generator answers as a chat model: some replies open with a preamble or bold."""
    prompt = user_text(req)
    CALLS["gen"].append(prompt)
    if re.search(r"\n\d+\.$|^Write task \d+\.$", prompt, re.M):  # one new instruction, |EoS| ends it
        slot = req.sample_index % 5
        if slot == 4:
            return "Draw a picture of a sunset over the sea. |EoS|"  # blacklisted
        if slot == 3:  # a demo reworded by one word: ROUGE-L far above 0.7 against the pool
            return "Now " + prompt.splitlines()[1].split(". ", 1)[1]
        text = f"Explain {words(prompt + str(req.sample_index), 6)} briefly. |EoS|"
        return f"Sure! Here's a new task:\n\n**{text}**" if slot == 1 else text
    if "instruction: " not in prompt:  # the stand-in: the generator also answers zero-shot
        ZERO_SHOT_BY_GEN.append((prompt, req.seed, req.temperature))
        return sampled(answer(prompt.split("\n", 1)[0]), req)
    instruction = prompt.rstrip("\n").rsplit("instruction: ", 1)[1]
    order = ORDER.setdefault(instruction, len(ORDER))
    if order == 7:
        return "Sure, here is one."  # talk and no instance: parse_failed
    lead = "Here is an example:\n\n" if order % 3 == 1 else ""
    if re.search(r"(?:^|\n)input:", sent_text(req)):  # type A demos show an input
        return f"{lead}input: {words('in ' + instruction, 3)}\noutput: {answer(instruction)}\n|EoS|"
    return f"{lead}output: {answer(instruction)}\n|EoS|"


def zero_shot(name: str):
    def reply(req) -> str:
        CALLS[name].append(user_text(req))
        instruction = user_text(req).split("\n", 1)[0]
        b = bucket(instruction)
        if b == 0:
            return answer(instruction) + "." if name == "zs1" else "unrelated " + name  # exact o0
        if b == 1:
            return "  The same words here!\n\nignored after the stop"  # o1 == o2, not o0; the endpoint cuts
        if b == 2:  # partial overlap with o0 and each other: ROUGE branch
            return " ".join(answer(instruction).split()[:3]) + (" extra" if name == "zs1" else " more")
        return "nothing shared " + name  # no consensus
    return reply


register_responder("ei-gen", generator)
register_responder("ei-zs1", zero_shot("zs1"))
register_responder("ei-zs2", zero_shot("zs2"))

MEMBERS = [{"backend": "fake", "model": "ei-gen"}, {"backend": "fake", "model": "ei-zs1"},
           {"backend": "fake", "model": "ei-zs2"}]


def _config(tmp_path: Path, *sets: str, ensemble=MEMBERS) -> EnsembleInstructConfig:
    base = {"llm": {"backend": "fake", "model": "ei-gen"}, "ensemble": ensemble}
    return load_config(EnsembleInstructConfig, None, [
        "target=4", f"run.cache_path={tmp_path / 'cache.sqlite'}", *sets], base=base)


def _stats(run_dir: Path) -> dict[str, dict]:
    return {p.parent.name: json.loads(p.read_text()) for p in sorted(run_dir.glob("*/stats.json"))}


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def test_flow_with_three_scripted_members(tmp_path):
    for calls in CALLS.values():
        calls.clear()
    ORDER.clear()
    cfg = _config(tmp_path)
    out = tmp_path / "run"
    asyncio.run(ensemble_instruct_flow(config=cfg, out_dir=str(out)))

    stats = _stats(out)
    assert all(s["n_in"] == s["n_kept"] + s["n_rejected"] for s in stats.values())
    names = list(stats)
    assert names[0] == "000_seeds" and names[1].endswith("instructions_a") and names[-1].endswith("vote")
    plain = [re.sub(r"^\d+_", "", n) for n in names]
    assert plain[-6:] == ["select_target_b", "instances_m0", "parse_instances", "outputs_m1", "outputs_m2", "vote"]
    assert plain.index("select_target_a") < plain.index("instructions_b")
    reasons = {r for s in stats.values() for r in s["rejected_by_reason"]}
    assert {"blacklisted_word", "rouge_too_similar", "parse_failed", "vote_no_consensus"} <= reasons

    # per type: target reached, one instruction per request, the marker never stored
    picked = [s for n, s in stats.items() if "select_target" in n]
    assert [s["n_kept"] for s in picked] == [4, 4]
    instances = next(s for n, s in stats.items() if n.endswith("instances_m0"))
    assert instances["n_in"] == 8 and instances["llm_requests"] == 8
    records = _jsonl(out / "records.jsonl")
    assert records and not any("|EoS|" in r["instruction"] for r in records)
    # A prompts show 24 demos, B prompts 10; every zero-shot prompt is instruction + newline + input
    gen_prompts = [p for p in CALLS["gen"] if re.search(r"^Write task \d+\.$", p, re.M)]
    assert {p.rsplit(" ", 1)[1] for p in gen_prompts} == {"25.", "11."}
    parsed = _jsonl(next(out.glob("*_parse_instances")) / "kept.jsonl")
    assert sorted(CALLS["zs1"]) == sorted(f"{t['instruction']}\n{t['instances'][0]['input']}" for t in parsed)
    assert len(CALLS["zs2"]) == len(parsed)

    # the vote: every branch occurs, winners carry their evidence, output is the original text
    branches = {r["meta"]["votes"]["branch"] for r in records}
    assert {"exact_o0", "exact_o1o2", "medoid"} <= branches
    for r in records:
        votes, cands = r["meta"]["votes"], r["meta"]["candidates"]
        assert [c["member"] for c in cands] == ["m0-ei-gen", "m1-ei-zs1", "m2-ei-zs2"]
        assert r["instances"][0]["output"] == cands[votes["winner"]]["text"]
        assert set(votes["pairwise"]) == {"0-1", "0-2", "1-2"}
    o1o2 = [r for r in records if r["meta"]["votes"]["branch"] == "exact_o1o2"]
    assert all(r["instances"][0]["output"] == "The same words here!" for r in o1o2)  # cut at "\n\n"
    rejected = _jsonl(next(out.glob("*_vote")) / "rejected.jsonl")
    assert rejected and all(len(r["evidence"]["candidates"]) == 3 for r in rejected)

    rows = _jsonl(out / "dataset.jsonl")
    assert len(rows) == len(records) and all(set(r) == {"instruction", "input", "output"} for r in rows)
    summary = json.loads((out / "summary.json").read_text())
    assert summary["flow"] == "ensemble-instruct" and summary["dataset_rows"] == len(rows)
    assert summary["figures"]["rows kept by the vote"] == len(records)
    report = (out / "report.md").read_text()
    assert "## Vote (wins per member)" in report and "m1-ei-zs1" in report

    # a rerun into the same folder resumes every stage and asks no model anything
    n_calls = {k: len(v) for k, v in CALLS.items()}
    dataset = (out / "dataset.jsonl").read_bytes()
    asyncio.run(ensemble_instruct_flow(config=cfg, out_dir=str(out)))
    assert {k: len(v) for k, v in CALLS.items()} == n_calls
    assert (out / "dataset.jsonl").read_bytes() == dataset


def test_stand_in_ensemble_and_legacy_rule(tmp_path):
    cfg = _config(tmp_path, "vote.rule=legacy", "task_types=[B]", "target=2", ensemble=[])
    members = ensemble_members(cfg)
    assert [(m.model, m.seed_offset, m.temperature_override) for m in members] == [
        ("ei-gen", 0, None), ("ei-gen", 1, 0.3), ("ei-gen", 2, 0.6)]
    assert member_names(members) == ["m0-ei-gen", "m1-ei-gen", "m2-ei-gen"]
    out = tmp_path / "standin"
    ZERO_SHOT_BY_GEN.clear()
    asyncio.run(ensemble_instruct_flow(config=cfg, out_dir=str(out)))
    stats = _stats(out)
    assert any(n.endswith("outputs_m2") for n in stats) and not any(n.endswith("instructions_a") for n in stats)
    summary = json.loads((out / "summary.json").read_text())
    assert "stand-in" in summary["figures"]["members"]

    # each zero-shot prompt reached the model twice, once per member with its own seed and temperature
    records = _jsonl(out / "records.jsonl")
    assert records
    draws: dict[str, set] = {}
    for prompt, seed, temperature in ZERO_SHOT_BY_GEN:
        draws.setdefault(prompt, set()).add((seed, temperature))
    assert len(ZERO_SHOT_BY_GEN) == 2 * len(draws) >= 2 * len(records)
    assert all(d == {(1, 0.3), (2, 0.6)} for d in draws.values())
    # so the vote compared three different candidates and decided by ROUGE-L, never by exact match
    for r in records:
        texts = [c["text"] for c in r["meta"]["candidates"]]
        votes = r["meta"]["votes"]
        assert len(set(texts)) == 3, texts
        assert votes["branch"] == "medoid" and votes["rule"] == "legacy"
        assert 0.01 < votes["min_pairwise"] < 1.0


def test_shipped_yaml_is_the_stand_in(tmp_path):
    from datagen.run_options import PROJECT_ROOT

    cfg = load_config(EnsembleInstructConfig, PROJECT_ROOT / "flows" / "configs" / "ensemble_instruct.yaml")
    members = ensemble_members(cfg)
    assert len(members) == 3 and {m.backend for m in members} == {"local"}
    assert [m.seed_offset for m in members] == [0, 1, 2]
    assert len({m.temperature_override for m in members}) == 3
    assert members[0] == cfg.llm  # the generator writes the instances and shares its client
    assert is_stand_in(members) and not is_stand_in(_config(tmp_path).ensemble)


runner = CliRunner()


def test_cli_with_ensemble_file(tmp_path):
    members = tmp_path / "members.yaml"
    members.write_text(yaml.safe_dump(MEMBERS))
    out = tmp_path / "cli"
    res = runner.invoke(app, ["run", "ensemble-instruct", "--ensemble", str(members), "--target", "2",
                              "--rule", "paper", "--out", str(out),
                              "--set", f"run.cache_path={tmp_path / 'c.sqlite'}"])
    assert res.exit_code == 0, res.output
    assert f"dataset: {out / 'dataset.jsonl'}" in res.output
    config = yaml.safe_load((out / "config.yaml").read_text())
    assert config["llm"]["model"] == "ei-gen" and config["vote"]["rule"] == "paper"
    assert [m["model"] for m in config["ensemble"]] == ["ei-gen", "ei-zs1", "ei-zs2"]


def test_cli_errors_are_one_line_and_leave_no_run_folder(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("just a string\n")
    out = tmp_path / "r"
    res = runner.invoke(app, ["run", "ensemble-instruct", "--ensemble", str(bad), "--out", str(out)])
    assert res.exit_code == 2 and "expected a list of LLM configs" in res.output
    one = tmp_path / "one.yaml"
    one.write_text(yaml.safe_dump(MEMBERS[:1]))
    res = runner.invoke(app, ["run", "ensemble-instruct", "--ensemble", str(one), "--out", str(out)])
    assert res.exit_code == 2 and "at least 2 ensemble members" in res.output
    res = runner.invoke(app, ["run", "ensemble-instruct", "--llm", "fake", "--rule", "best", "--out", str(out)])
    assert res.exit_code == 2 and "--rule 'best'" in res.output
    seeds = tmp_path / "seeds.jsonl"
    seeds.write_text('{"id": "s1", "instruction": "Say hi to me.", "instances": [{"input": "", "output": "hi"}]}\n')
    res = runner.invoke(app, ["run", "ensemble-instruct", "--llm", "fake", "--seeds", str(seeds),
                              "--out", str(out), "--set", f"run.cache_path={tmp_path / 'c.sqlite'}"])
    assert res.exit_code == 2 and "no type A seed tasks" in res.output
    assert "Traceback" not in res.output and not out.exists()
